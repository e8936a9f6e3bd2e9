"""The simulated Telegram world: users, chats, and per-bot state (updates, chats, settings).

A bot only "knows" a chat after a user talked to it there (or the test marked the chat known);
sending to any other chat answers 400 "chat not found", as Telegram does.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError
from .records import ChatMessage

# Update types a bot gets when allowed_updates is empty / never set (Telegram's default).
DEFAULT_EXCLUDED = {"chat_member", "message_reaction", "message_reaction_count"}
CONFLICT_OTHER_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
)


@dataclass
class UserInfo:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False
    is_premium: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.is_premium:
            out["is_premium"] = True
        return out


@dataclass
class ChatInfo:
    id: int
    type: str  # private / group / supergroup / channel
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None

    @property
    def is_private(self) -> bool:
        return self.type == "private"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out

    def to_full_json(self) -> dict[str, Any]:
        # ChatFullInfo: the required fields beyond Chat.
        return {
            **self.to_json(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,  # newer clients (PTB 22.8) require it
            },
        }

    @classmethod
    def private(cls, user: UserInfo) -> ChatInfo:
        return cls(user.id, "private", username=user.username, first_name=user.first_name, last_name=user.last_name)


@dataclass
class ChatState:
    """One chat as one bot sees it."""

    info: ChatInfo
    known: bool = False
    next_message_id: int = 1
    messages: dict[int, ChatMessage] = field(default_factory=dict)
    timeline: list[ChatMessage] = field(default_factory=list)  # all messages, in order
    chat_actions: list[str] = field(default_factory=list)
    menu_button: dict[str, Any] | None = None

    def new_message_id(self) -> int:
        mid = self.next_message_id
        self.next_message_id += 1
        return mid

    def add(self, msg: ChatMessage) -> None:
        self.messages[msg.message_id] = msg
        self.timeline.append(msg)

    @property
    def bot_messages(self) -> list[ChatMessage]:
        return [m for m in self.timeline if m.outgoing]


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] | None = None
    ip_address: str = "127.0.0.1"
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass
class PendingUpdate:
    update: dict[str, Any]
    handed_out: bool = False  # returned by getUpdates / POSTed to the webhook at least once

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])

    @property
    def kind(self) -> str:
        return next(k for k in self.update if k != "update_id")


class BotState:
    """Everything one bot token owns on the server."""

    def __init__(self, token: str, user: UserInfo, *, can_read_all_group_messages: bool = False,
                 supports_inline_queries: bool = True) -> None:
        self.token = token
        self.user = user
        self.can_read_all_group_messages = can_read_all_group_messages
        self.supports_inline_queries = supports_inline_queries
        self.chats: dict[int, ChatState] = {}
        self.pending: list[PendingUpdate] = []
        self.next_update_id = 1
        self.allowed_updates: list[str] | None = None
        self.webhook: WebhookConfig | None = None
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.default_menu_button: dict[str, Any] | None = None
        self.settings: dict[str, Any] = {}  # other set* methods, stored verbatim
        self.callback_queries: dict[str, Any] = {}
        self.inline_queries: dict[str, Any] = {}
        self.logged_out = False
        self._changed = asyncio.Event()
        self._poll_gen = 0
        self.polling_since: float | None = None  # monotonic time of the last getUpdates

    @property
    def username(self) -> str:
        return self.user.username or ""

    def get_me(self) -> dict[str, Any]:
        return {
            **self.user.to_json(),
            "can_join_groups": True,
            "can_read_all_group_messages": self.can_read_all_group_messages,
            "supports_inline_queries": self.supports_inline_queries,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def chat(self, info: ChatInfo) -> ChatState:
        st = self.chats.get(info.id)
        if st is None:
            st = self.chats[info.id] = ChatState(info)
        return st

    # --- updates -------------------------------------------------------------------------------

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": self.next_update_id, kind: payload}
        self.next_update_id += 1
        self.pending.append(PendingUpdate(update))
        self.wake()
        return update

    def wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def allowed(self, kind: str) -> bool:
        allowed = self.webhook.allowed_updates if self.webhook else self.allowed_updates
        if not allowed:
            return kind not in DEFAULT_EXCLUDED
        return kind in allowed

    def drop_pending(self) -> None:
        self.pending.clear()

    def confirm(self, offset: int) -> None:
        if offset > 0:
            self.pending = [p for p in self.pending if p.update_id >= offset]
        elif offset < 0:
            self.pending = self.pending[offset:]

    def take(self, limit: int) -> list[dict[str, Any]]:
        # Updates of types the bot did not ask for are dropped, never shown.
        self.pending = [p for p in self.pending if self.allowed(p.kind)]
        batch = self.pending[:limit]
        for p in batch:
            p.handed_out = True
        return [p.update for p in batch]

    async def get_updates(
        self, offset: int, limit: int, timeout: float, allowed: list[str] | None, closing: asyncio.Event
    ) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(409, CONFLICT_WEBHOOK)
        self._poll_gen += 1
        gen = self._poll_gen
        self.wake()  # a getUpdates already waiting is terminated with 409
        self.polling_since = time.monotonic()
        if allowed is not None:
            self.allowed_updates = allowed
        self.confirm(offset)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, timeout)
        while True:
            batch = self.take(limit)
            if batch or closing.is_set():
                return batch
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            changed = self._changed
            closing_wait = asyncio.ensure_future(closing.wait())
            changed_wait = asyncio.ensure_future(changed.wait())
            try:
                await asyncio.wait({closing_wait, changed_wait}, timeout=remaining,
                                   return_when=asyncio.FIRST_COMPLETED)
            finally:
                closing_wait.cancel()
                changed_wait.cancel()
            if gen != self._poll_gen:
                raise ApiError(409, CONFLICT_OTHER_POLL)
            if self.webhook is not None:
                raise ApiError(409, CONFLICT_WEBHOOK)
            self.polling_since = time.monotonic()

    @property
    def undelivered(self) -> int:
        return sum(1 for p in self.pending if not p.handed_out and self.allowed(p.kind))
