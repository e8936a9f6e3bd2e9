"""A named venue or landmark in a query (浙江省科技馆, 唐山抗震纪念馆, 三峡大坝, Poyang Lake): the asker wants
that place's events, not every event of the province the name starts with.

The name is the run of words ending in a venue word (data/query_words.json: venue_suffixes_zh/_en)
with at least a name before it: 科技馆 alone is any science museum. Search matches it against events'
venues and titles with `venue_key`, which forgives 市/省 and 科学技术馆 = 科技馆 (温州科技馆 is the venue
温州市科技馆, 中国科技馆 is 中国科学技术馆).
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.nlu import lexicon

_LEAD_ZH = re.compile(r"^(?:想|要|带娃|带孩子|带小孩|一起)?(?:去|到|在|逛|逛逛|参观|看看|打卡)")
_NAME_EN = r"(?:(?!(?:the|a|an|in|at|to|of|near|around|on|for|and|or|with|events?|what|whats|is)\b)[a-z][a-z'\-]*\s+){1,3}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, tuple[str, ...], tuple[str, ...]]:
    raw = lexicon.data("query_words.json")
    zh = tuple(sorted(raw["venue_suffixes_zh"], key=len, reverse=True))
    en = tuple(sorted(raw["venue_suffixes_en"], key=len, reverse=True))
    # 大学生 is a student, not a university; 学院派 a style.
    zh_rx = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:{'|'.join(map(re.escape, zh))})(?![生派])")
    en_rx = re.compile(rf"\b{_NAME_EN}(?:{'|'.join(map(re.escape, en))})\b")
    return zh_rx, en_rx, zh, en


def _name_part(phrase: str, suffixes: tuple[str, ...]) -> str:
    suffix = next((s for s in suffixes if phrase.endswith(s)), "")
    return phrase[: len(phrase) - len(suffix)].strip()


def find_venue(text: str) -> str | None:
    """The venue named in `text` (normalized), as written there, or None."""
    zh_rx, en_rx, zh, en = _patterns()
    filler = lexicon.query_words().filler_zh
    for m in zh_rx.finditer(text):
        # The run may start with a verb or a filler word (去浙江省科技馆, 有没有天文台): not part of the name.
        name, before = m.group(0), None
        while name != before:
            before = name
            name = _LEAD_ZH.sub("", name)
            name = next((name[len(f):] for f in filler if name.startswith(f)), name)
        if len(venue_key(_name_part(name, zh))) >= 2:
            return name
    for m in en_rx.finditer(text):
        name = m.group(0).strip()
        if venue_key(_name_part(name, en)) not in ("", "science", "local", "city", "national", "new"):
            return name
    return None


def venue_key(text: str) -> str:
    """What two spellings of one venue share: 温州市科技馆 / 温州科技馆, 中国科学技术馆 / 中国科技馆."""
    t = lexicon.normalize(text).replace("科学技术馆", "科技馆")
    return re.sub(r"[市省\s·,，|]|\bthe\b", "", t)


def _like_chars(venue: str) -> str:
    return re.sub(r"[%_\\]", "", venue_key(venue))  # LIKE's own wildcards and escape are not names


def like_pattern(venue: str) -> str:
    """A LIKE pattern finding the venue in a venue name or a title however its parts are joined:
    浙江省科技馆 → %浙%江%科%技%馆% finds 西湖文化广场浙江省科技馆; 中国科技馆 finds 中国科学技术馆."""
    return "%" + "%".join(_like_chars(venue)) + "%"


def like_matches(venue: str, text: str | None) -> bool:
    """like_pattern(venue) applied in Python: the key's characters appear in `text` in order."""
    if not text:
        return False
    rest = iter(text.lower())
    return all(ch in rest for ch in _like_chars(venue))
