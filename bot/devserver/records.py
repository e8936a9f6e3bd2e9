"""What the server remembers: every request and every message in every chat.

* ``RequestRecord`` - one API call: method, params (uploads replaced by ``UploadedFile``), HTTP
  status and the exact JSON answer. ``server.requests`` holds all of them, ``server.rejected``
  the ones answered ``ok: false`` (``record.injected`` tells faults asked for by the test apart).
* ``ChatMessage`` - one message in a chat, from the bot (``outgoing``) or from a simulated user.
  It is live: edits and deletions by the bot are applied to the same object (``raw`` is the
  current Message JSON, ``edits`` the earlier versions, ``deleted`` is set by deleteMessage).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .files import FileRecord


@dataclass
class RequestRecord:
    bot: str  # token
    method: str  # canonical spelling from the spec, or as requested when unknown
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    at: float = field(default_factory=time.time)
    duration: float = 0.0
    injected: bool = False  # answered by a fault the test injected
    via: str = "http"  # "http" or "webhook-reply" (a method returned in a webhook answer)

    @property
    def ok(self) -> bool:
        return bool(self.response.get("ok"))

    @property
    def result(self) -> Any:
        return self.response.get("result")

    @property
    def description(self) -> str | None:
        return self.response.get("description")

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    def __str__(self) -> str:
        outcome = "ok" if self.ok else f"{self.status} {self.description}"
        return f"{self.method}({_short(self.params)}) -> {outcome}"


def _short(params: dict[str, Any]) -> str:
    parts = []
    for k, v in params.items():
        s = repr(v)
        parts.append(f"{k}={s[:60] + '...' if len(s) > 60 else s}")
    return ", ".join(parts)


@dataclass
class ChatMessage:
    chat_id: int
    message_id: int
    outgoing: bool  # True when the bot sent it
    raw: dict[str, Any]  # current Message JSON, as the Bot API returns it
    method: str | None = None  # sendMessage / sendDocument / ... for bot messages
    params: dict[str, Any] = field(default_factory=dict)
    files: list[FileRecord] = field(default_factory=list)
    reply_keyboard: dict[str, Any] | None = None  # ReplyKeyboardMarkup/Remove/ForceReply sent with it
    edits: list[dict[str, Any]] = field(default_factory=list)  # earlier raw versions, oldest first
    deleted: bool = False

    # --- content ----------------------------------------------------------------------------

    @property
    def text(self) -> str | None:
        """Text (or caption) after entity parsing, i.e. what the user reads."""
        return self.raw.get("text", self.raw.get("caption"))

    @property
    def caption(self) -> str | None:
        return self.raw.get("caption")

    @property
    def source_text(self) -> str | None:
        """Text or caption exactly as the bot sent it (with HTML/Markdown markup)."""
        return self.params.get("text", self.params.get("caption"))

    @property
    def parse_mode(self) -> str | None:
        return self.params.get("parse_mode")

    @property
    def entities(self) -> list[dict[str, Any]]:
        return self.raw.get("entities", self.raw.get("caption_entities", []))

    @property
    def kind(self) -> str:
        for key in ("text", "document", "venue", "location", "photo", "sticker", "audio", "video",
                    "voice", "animation", "contact", "poll", "dice"):
            if key in self.raw:
                return key
        return "other"

    @property
    def document(self) -> FileRecord | None:
        return next((f for f in self.files if f.kind == "document"), None)

    @property
    def location(self) -> dict[str, Any] | None:
        return self.raw.get("location")

    @property
    def venue(self) -> dict[str, Any] | None:
        return self.raw.get("venue")

    @property
    def date(self) -> int:
        return int(self.raw.get("date", 0))

    # --- keyboards --------------------------------------------------------------------------

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        """The inline keyboard currently attached (None when there is none)."""
        return self.raw.get("reply_markup")

    @property
    def buttons(self) -> list[dict[str, Any]]:
        markup = self.reply_markup or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]

    @property
    def button_texts(self) -> list[str]:
        return [b["text"] for b in self.buttons]

    @property
    def keyboard_texts(self) -> list[list[str]]:
        """Rows of the reply keyboard sent with this message (texts only)."""
        rows = (self.reply_keyboard or {}).get("keyboard", [])
        return [[b["text"] if isinstance(b, dict) else str(b) for b in row] for row in rows]

    def button(self, text: str | None = None, *, callback_data: str | None = None) -> dict[str, Any]:
        for b in self.buttons:
            if (text is None or b.get("text") == text) and (
                callback_data is None or b.get("callback_data") == callback_data
            ):
                return b
        raise LookupError(
            f"no button text={text!r} callback_data={callback_data!r} on message {self.message_id}; "
            f"buttons: {[(b.get('text'), b.get('callback_data') or b.get('url')) for b in self.buttons]}"
        )

    def __str__(self) -> str:
        who = "bot" if self.outgoing else "user"
        body = self.text if self.text is not None else f"<{self.kind}>"
        flags = " (deleted)" if self.deleted else (" (edited)" if self.edits else "")
        btns = f" [{' | '.join(self.button_texts)}]" if self.buttons else ""
        return f"#{self.message_id} {who}: {body}{btns}{flags}"
