"""The neutral conversation interface: what a runtime (aiogram or PTB) hands to the handlers, and
what the handlers hand back. No Telegram framework types cross this line."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Awaitable, Callable, Literal

Kind = Literal["text", "command", "callback", "location", "document", "inline", "other"]


@dataclass(frozen=True)
class UserInfo:
    id: int
    language_code: str | None = None  # Telegram's, e.g. "zh-hans", "en"
    first_name: str = ""
    username: str | None = None


@dataclass(frozen=True)
class ChatInfo:
    id: int
    type: str = "private"  # private | group | supergroup | channel

    @property
    def is_private(self) -> bool:
        return self.type == "private"


@dataclass(frozen=True)
class Document:
    file_id: str
    file_name: str | None
    mime_type: str | None
    file_size: int | None
    download: Callable[[], Awaitable[bytes]]  # supplied by the runtime


@dataclass(frozen=True)
class Incoming:
    kind: Kind
    user: UserInfo
    chat: ChatInfo | None  # None for inline queries
    update_id: int = 0
    text: str = ""  # message text; for commands, the arguments after the command
    command: str | None = None  # "start", without slash or @bot
    addressed: bool = True  # in groups: a command to this bot, a mention, or a reply to it
    callback_id: str | None = None
    callback_data: str | None = None
    message_id: int | None = None  # the message a callback came from, or the incoming message
    location: tuple[float, float] | None = None
    venue: tuple[str, str] | None = None  # (title, address) when the location is a shared venue
    document: Document | None = None
    inline_query_id: str | None = None
    inline_offset: str = ""


@dataclass(frozen=True)
class Button:
    text: str
    callback_data: str | None = None  # ≤ 64 bytes
    url: str | None = None
    switch_inline_query: str | None = None  # share: opens the chat picker with this query


@dataclass(frozen=True)
class InlineArticle:
    id: str
    title: str
    description: str
    text: str  # HTML message sent when chosen
    buttons: list[list[Button]] = field(default_factory=list)


@dataclass
class Reply:
    """One thing to send. `edit=True` edits the message a callback came from instead of sending anew."""

    text: str = ""  # HTML; every piece of user or event text escaped
    buttons: list[list[Button]] = field(default_factory=list)
    edit: bool = False
    document: tuple[str, bytes] | None = None  # (file name, content), text becomes its caption
    venue: tuple[float, float, str, str] | None = None  # (lat, lon, title, address)
    location: tuple[float, float] | None = None
    toast: str | None = None  # answer to a callback query (shown briefly); runtimes always answer callbacks
    toast_alert: bool = False
    inline_results: list[InlineArticle] | None = None  # for inline queries
    inline_next_offset: str = ""
    inline_start: tuple[str, str] | None = None  # (button text, /start parameter) above inline results
    chat_id: int | None = None  # send to another chat than the incoming one (notices); None = reply
