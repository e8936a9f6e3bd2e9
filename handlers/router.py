"""The registry every handler module registers into: commands, callback prefixes, pending questions,
plain text, locations, inline queries, other messages, and extra buttons for the event card.

See handlers/__init__.py for how a module plugs in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Awaitable, Callable

from handlers.types import Button, Incoming, Reply

if TYPE_CHECKING:
    from bot.services import EventView
    from handlers.context import Ctx

Handler = Callable[["Ctx", Incoming], Awaitable[list[Reply]]]
CallbackHandler = Callable[["Ctx", Incoming, list[str]], Awaitable[list[Reply]]]
CardButtons = Callable[["Ctx", "EventView"], Awaitable[list[list[Button]]]]

CALLBACK_VERSION = "v1"
MAX_CALLBACK_BYTES = 64


def N_(msgid: str) -> str:
    """Marks a string for extraction whose translation happens later (menus, example lists)."""
    return msgid


class Expired(Exception):
    """Callback data that no longer means anything (forged, stale, from an old version): the user
    sees "this button has expired", nobody sees a traceback."""


def callback_data(prefix: str, *args: object) -> str:
    """"v1:<prefix>:<arg>:<arg>" — compact, versioned, at most 64 bytes (Telegram's limit)."""
    data = ":".join([CALLBACK_VERSION, prefix, *map(str, args)])
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def parse_callback(data: str | None) -> tuple[str, list[str]] | None:
    """(prefix, args) of well-formed data of this version; None for anything else."""
    if not data or len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != CALLBACK_VERSION or not parts[1]:
        return None
    return parts[1], parts[2:]


def int_arg(args: list[str], i: int, *, lo: int = 0, hi: int = 2**63 - 1) -> int:
    """The i-th callback argument as an int in [lo, hi], or Expired."""
    try:
        value = int(args[i])
    except (IndexError, ValueError):
        raise Expired from None
    if not lo <= value <= hi or args[i] != str(value):
        raise Expired
    return value


@dataclass(frozen=True)
class MenuEntry:
    command: str
    description: str  # msgid, translated when the menu is set


@dataclass
class Router:
    commands: dict[str, Handler] = field(default_factory=dict)
    callbacks: dict[str, CallbackHandler] = field(default_factory=dict)
    pending: dict[str, Handler] = field(default_factory=dict)
    menu: list[MenuEntry] = field(default_factory=list)
    card_button_providers: list[CardButtons] = field(default_factory=list)
    text_handler: Handler | None = None
    location_handler: Handler | None = None
    inline_handler: Handler | None = None
    document_handler: Handler | None = None
    other_handler: Handler | None = None

    def command(self, *names: str, menu: str | None = None) -> Callable[[Handler], Handler]:
        """Register /name (and aliases). `menu` is the msgid describing it in Telegram's command menu."""
        def register(fn: Handler) -> Handler:
            for name in names:
                if name in self.commands:
                    raise ValueError(f"/{name} is registered twice")
                self.commands[name] = fn
            if menu:
                self.menu.append(MenuEntry(names[0], menu))
            return fn
        return register

    def callback(self, prefix: str) -> Callable[[CallbackHandler], CallbackHandler]:
        """Register callback data "v1:<prefix>:…"; the handler gets the arguments after the prefix and
        raises Expired for any it cannot use."""
        def register(fn: CallbackHandler) -> CallbackHandler:
            if prefix in self.callbacks:
                raise ValueError(f"callback prefix {prefix!r} is registered twice")
            self.callbacks[prefix] = fn
            return fn
        return register

    def on_pending(self, name: str) -> Callable[[Handler], Handler]:
        """Register what answers the next plain message when a user's pending question is `name`."""
        def register(fn: Handler) -> Handler:
            self.pending[name] = fn
            return fn
        return register

    def card_buttons(self, fn: CardButtons) -> CardButtons:
        """Add rows of buttons to every event card (e.g. "remind me" from handlers/subscriptions.py)."""
        self.card_button_providers.append(fn)
        return fn

    def on_text(self, fn: Handler) -> Handler:
        self.text_handler = fn
        return fn

    def on_location(self, fn: Handler) -> Handler:
        self.location_handler = fn
        return fn

    def on_inline(self, fn: Handler) -> Handler:
        self.inline_handler = fn
        return fn

    def on_document(self, fn: Handler) -> Handler:
        self.document_handler = fn
        return fn

    def on_other(self, fn: Handler) -> Handler:
        """Stickers, photos, voice…: anything that is not text, a location, a document or a command."""
        self.other_handler = fn
        return fn


router = Router()
