"""Telegram text formatting: parse_mode HTML / MarkdownV2 / Markdown, checked like Telegram.

``parse_text(text, parse_mode)`` returns ``(plain_text, entities)`` with entity offsets in
UTF-16 code units (as the Bot API reports them) or raises ``EntityParseError`` whose message
becomes ``Bad Request: can't parse entities: <message>``.

HTML follows Telegram's rules: only the tags Telegram documents (b strong i em u ins s strike
del span.tg-spoiler tg-spoiler a[href] code pre blockquote tg-emoji), properly nested and closed.
Character references are limited to &lt; &gt; &amp; &quot; and numeric ones; with
``strict_entities`` (the server default) any other ``&`` is rejected too. Real Telegram keeps an
unknown ``&name;`` literally; being stricter catches text that was never html.escape()d.
"""

from __future__ import annotations

import re
from typing import Any

_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[a-zA-Z][a-zA-Z0-9]{0,31});")
_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")


class EntityParseError(ValueError):
    pass


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Builder:
    """Accumulates plain text and entities while a parser walks the source."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0  # current UTF-16 offset
        self.entities: list[dict[str, Any]] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += utf16_len(s)

    def entity(self, kind: str, start: int, **extra: Any) -> None:
        if self.pos > start:
            self.entities.append({"type": kind, "offset": start, "length": self.pos - start, **extra})

    def result(self) -> tuple[str, list[dict[str, Any]]]:
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.parts), self.entities


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(text: str, i: int, strict: bool) -> tuple[str, int]:
    """Decode a character reference at ``text[i] == '&'``; return (chars, new_index)."""
    m = _ENTITY_RE.match(text, i)
    if m:
        name = m.group(1)
        if name.startswith("#"):
            code = int(name[2:], 16) if name[1:2] in "xX" else int(name[1:])
            if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000:
                return chr(code), m.end()
        elif name in _NAMED:
            return _NAMED[name], m.end()
        if strict:
            raise EntityParseError(
                f'Unsupported HTML entity "{m.group(0)}" at byte offset {_byte_offset(text, i)}'
            )
    elif strict:
        raise EntityParseError(
            f'Character "&" must be escaped as "&amp;" at byte offset {_byte_offset(text, i)}'
        )
    return "&", i + 1


def _parse_attrs(text: str, i: int, tag_start: int) -> tuple[dict[str, str], int, bool]:
    """Parse attributes up to '>' starting at ``i``; return (attrs, index after '>', self_closing)."""
    attrs: dict[str, str] = {}
    n = len(text)
    while True:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(text, tag_start)}")
        if text[i] == ">":
            return attrs, i + 1, False
        if text.startswith("/>", i):
            return attrs, i + 2, True
        m = re.compile(r"[a-zA-Z0-9_-]+").match(text, i)
        if not m:
            raise EntityParseError(
                f"Empty attribute name in the tag at byte offset {_byte_offset(text, tag_start)}"
            )
        name = m.group(0).lower()
        i = m.end()
        value = ""
        if i < n and text[i] == "=":
            i += 1
            if i < n and text[i] in "\"'":
                quote = text[i]
                end = text.find(quote, i + 1)
                if end < 0:
                    raise EntityParseError(
                        f"Unclosed start tag at byte offset {_byte_offset(text, tag_start)}"
                    )
                raw = text[i + 1 : end]
                i = end + 1
            else:
                m2 = re.compile(r"[^\s>]*").match(text, i)
                raw = m2.group(0) if m2 else ""
                i += len(raw)
            value = _unescape_attr(raw)
        attrs[name] = value


def _unescape_attr(raw: str) -> str:
    out, i = [], 0
    while i < len(raw):
        if raw[i] == "&":
            ch, i = _decode_entity(raw, i, strict=False)
            out.append(ch)
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def parse_html(text: str, strict_entities: bool = True) -> tuple[str, list[dict[str, Any]]]:
    b = _Builder()
    stack: list[tuple[str, int, dict[str, Any]]] = []  # (tag, utf16 start, entity extras)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "&":
            ch, i = _decode_entity(text, i, strict_entities)
            b.add(ch)
            continue
        if c != "<":
            j = i
            while j < n and text[j] not in "<&":
                j += 1
            b.add(text[i:j])
            i = j
            continue
        tag_start = i
        if text.startswith("</", i):
            end = text.find(">", i)
            if end < 0:
                raise EntityParseError(f"Unclosed end tag at byte offset {_byte_offset(text, i)}")
            name = text[i + 2 : end].strip().lower()
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
            open_tag, start, extra = stack.pop()
            if name != open_tag:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {_byte_offset(text, i)}, expected "</{open_tag}>", '
                    f'found "</{name}>"'
                )
            _close_html(b, open_tag, start, extra)
            i = end + 1
            continue
        m = re.compile(r"[a-zA-Z0-9-]*").match(text, i + 1)
        name = m.group(0).lower() if m else ""
        if name not in _HTML_TAGS:
            raise EntityParseError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, tag_start)}'
            )
        attrs, i, self_closing = _parse_attrs(text, i + 1 + len(name), tag_start)
        if self_closing:
            raise EntityParseError(
                f'Unsupported self-closing tag "{name}" at byte offset {_byte_offset(text, tag_start)}'
            )
        extra = _html_entity_extra(name, attrs, text, tag_start, stack)
        stack.append((name, b.pos, extra))
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return b.result()


def _html_entity_extra(
    name: str, attrs: dict[str, str], text: str, tag_start: int, stack: list[tuple[str, int, dict[str, Any]]]
) -> dict[str, Any]:
    where = f"at byte offset {_byte_offset(text, tag_start)}"
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" {where}')
    if name == "a":
        href = attrs.get("href", "")
        if not href:
            # Telegram drops a link without href; keep it as plain text.
            return {"_drop": True}
        return {"url": href}
    if name == "tg-emoji":
        if not attrs.get("emoji-id", "").isdigit():
            raise EntityParseError(f'Tag "tg-emoji" must have a numeric "emoji-id" attribute {where}')
        return {"custom_emoji_id": attrs["emoji-id"]}
    if name == "code" and stack and stack[-1][0] == "pre":
        # <pre><code class="language-x"> is one pre entity with a language, as in Telegram.
        lang = attrs.get("class", "")
        if lang.startswith("language-"):
            stack[-1][2]["language"] = lang[len("language-") :]
        return {"_drop": True}
    if name == "blockquote" and "expandable" in attrs:
        return {"_expandable": True}
    return {}


def _close_html(b: _Builder, tag: str, start: int, extra: dict[str, Any]) -> None:
    if extra.pop("_drop", False):
        return
    kind = _HTML_TAGS[tag]
    if extra.pop("_expandable", False):
        kind = "expandable_blockquote"
    b.entity(kind, start, **extra)


# --- MarkdownV2 -----------------------------------------------------------------------------

_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


def parse_markdown_v2(text: str) -> tuple[str, list[dict[str, Any]]]:
    b = _Builder()
    stack: list[tuple[str, int, int]] = []  # (kind, utf16 start, source index)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            b.add(text[i + 1])
            i += 2
            continue
        if c == "`":
            i = _mdv2_code(text, i, b)
            continue
        kind, width = _mdv2_marker(text, i)
        if kind:
            if stack and stack[-1][0] == kind and kind not in ("text_link", "custom_emoji"):
                _, start, _ = stack.pop()
                b.entity(kind, start)
            elif any(k == kind for k, _, _ in stack):
                raise EntityParseError(
                    f"Can't find end of {_MDV2_NAMES[kind]} entity at byte offset "
                    f"{_byte_offset(text, next(s for k, _, s in stack if k == kind))}"
                )
            else:
                stack.append((kind, b.pos, i))
            i += width
            continue
        if c == "]" and stack and stack[-1][0] in ("text_link", "custom_emoji"):
            kind, start, src = stack.pop()
            if i + 1 >= n or text[i + 1] != "(":
                raise EntityParseError(f"Can't find end of a URL at byte offset {_byte_offset(text, src)}")
            url, i = _mdv2_url(text, i + 2)
            if kind == "custom_emoji":
                b.entity(kind, start, custom_emoji_id=url.rsplit("=", 1)[-1])
            else:
                b.entity(kind, start, url=url)
            continue
        if c == ">" and (i == 0 or text[i - 1] == "\n"):
            i = _mdv2_quote(text, i, b)
            continue
        if c in _MDV2_RESERVED:
            raise EntityParseError(
                f"Character '{c}' is reserved and must be escaped with the preceding '\\'"
            )
        b.add(c)
        i += 1
    if stack:
        kind, _, src = stack[-1]
        raise EntityParseError(
            f"Can't find end of {_MDV2_NAMES[kind]} entity at byte offset {_byte_offset(text, src)}"
        )
    return b.result()


def _mdv2_marker(text: str, i: int) -> tuple[str | None, int]:
    c = text[i]
    if c == "*":
        return "bold", 1
    if c == "_":
        return ("underline", 2) if text.startswith("__", i) else ("italic", 1)
    if c == "~":
        return "strikethrough", 1
    if c == "|" and text.startswith("||", i):
        return "spoiler", 2
    if c == "[":
        return "text_link", 1
    if c == "!" and text.startswith("![", i):
        return "custom_emoji", 2
    return None, 0


def _mdv2_code(text: str, i: int, b: _Builder) -> int:
    fence = text.startswith("```", i)
    marker = "```" if fence else "`"
    j = i + len(marker)
    language = ""
    if fence:
        nl = text.find("\n", j)
        if nl >= 0 and re.fullmatch(r"[A-Za-z0-9_+#.-]*", text[j:nl]):
            language, j = text[j:nl], nl + 1
    start = b.pos
    while j < len(text):
        if text[j] == "\\" and j + 1 < len(text) and text[j + 1] in "`\\":
            b.add(text[j + 1])
            j += 2
            continue
        if text.startswith(marker, j):
            extra = {"language": language} if language else {}
            b.entity("pre" if fence else "code", start, **extra)
            return j + len(marker)
        b.add(text[j])
        j += 1
    name = "Pre" if fence else "Code"
    raise EntityParseError(f"Can't find end of {name} entity at byte offset {_byte_offset(text, i)}")


def _mdv2_url(text: str, j: int) -> tuple[str, int]:
    out = []
    start = j
    while j < len(text):
        if text[j] == "\\" and j + 1 < len(text) and text[j + 1] in ")\\":
            out.append(text[j + 1])
            j += 2
            continue
        if text[j] == ")":
            return "".join(out), j + 1
        out.append(text[j])
        j += 1
    raise EntityParseError(f"Can't find end of a URL at byte offset {_byte_offset(text, start)}")


def _mdv2_quote(text: str, i: int, b: _Builder) -> int:
    # A blockquote line: '>' at line start; its content is parsed as regular text by the caller.
    start = b.pos
    end = text.find("\n", i)
    line = text[i + 1 : end if end >= 0 else len(text)]
    inner_text, inner_entities = parse_markdown_v2(line)
    base = b.pos
    b.add(inner_text)
    for e in inner_entities:
        b.entities.append({**e, "offset": e["offset"] + base})
    b.entity("blockquote", start)
    return end if end >= 0 else len(text)


# --- legacy Markdown ---------------------------------------------------------------------------


def parse_markdown(text: str) -> tuple[str, list[dict[str, Any]]]:
    b = _Builder()
    i, n = 0, len(text)
    pairs = {"*": "bold", "_": "italic"}
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            b.add(text[i + 1])
            i += 2
            continue
        if c in pairs or c == "`":
            fence = text.startswith("```", i)
            marker = "```" if fence else c
            end = text.find(marker, i + len(marker))
            if end < 0:
                raise EntityParseError(
                    f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}"
                )
            start = b.pos
            b.add(text[i + len(marker) : end])
            b.entity("pre" if fence else pairs.get(c, "code"), start)
            i = end + len(marker)
            continue
        if c == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close >= 0 else -1
            if close < 0 or end < 0:
                raise EntityParseError(
                    f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}"
                )
            start = b.pos
            b.add(text[i + 1 : close])
            b.entity("text_link", start, url=text[close + 2 : end])
            i = end + 1
            continue
        b.add(c)
        i += 1
    return b.result()


def parse_text(
    text: str, parse_mode: str | None, *, strict_html_entities: bool = True
) -> tuple[str, list[dict[str, Any]]]:
    """Apply ``parse_mode``; raise EntityParseError (or ValueError for an unknown mode)."""
    mode = (parse_mode or "").lower()
    if not mode:
        return text, []
    if mode == "html":
        return parse_html(text, strict_html_entities)
    if mode == "markdownv2":
        return parse_markdown_v2(text)
    if mode == "markdown":
        return parse_markdown(text)
    raise ValueError(f"unsupported parse_mode {parse_mode!r}")


def text_length(text: str) -> int:
    # Telegram counts characters (code points) for the 4096 / 1024 limits.
    return len(text)
