"""What both runtimes share, so that aiogram and python-telegram-bot hold identical conversations.

An adapter does two things only: hand each update over as Bot API JSON (`Bridge.process`), and
implement `BotApi` — a handful of sending calls — with its framework. Everything in between lives
here, once:

- reading the update into a neutral `Incoming` (commands, mentions, replies to the bot, groups);
- one user's updates handled one at a time, in order (different users in parallel);
- rendering the `Reply` list: every callback query answered exactly once, edits that would change
  nothing skipped (Telegram answers them 400 "message is not modified"), an edit whose message is
  gone sent anew;
- staying inside Telegram's flood limits (`Pacer`) and, should a 429 come anyway, waiting
  `retry_after` and trying again;
- never letting an exception reach the framework: it is logged, and the user gets a short apology
  from the conversation layer.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Protocol

from bot import ops
from handlers.conversation import Conversation
from handlers.types import Button, ChatInfo, Document, Incoming, InlineArticle, Reply, UserInfo

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]
MAX_SEND_ATTEMPTS = 4


# ---------------------------------------------------------------- what an adapter implements

class ApiFailure(Exception):
    """A Bot API call that failed, in neutral terms (each adapter translates its framework's errors)."""

    def __init__(self, description: str, *, retry_after: float | None = None, code: int | None = None):
        super().__init__(description)
        self.description = description
        self.retry_after = retry_after
        self.code = code

    @property
    def not_modified(self) -> bool:
        return "message is not modified" in self.description.lower()

    @property
    def message_gone(self) -> bool:
        d = self.description.lower()
        return "message to edit not found" in d or "message can't be edited" in d


class BotApi(Protocol):
    async def send_text(self, chat_id: int, text: str, buttons: list[list[Button]]) -> int: ...
    async def edit_text(self, chat_id: int, message_id: int, text: str, buttons: list[list[Button]]) -> None: ...
    async def send_document(self, chat_id: int, file_name: str, data: bytes, caption: str) -> int: ...
    async def send_venue(self, chat_id: int, lat: float, lon: float, title: str, address: str) -> int: ...
    async def send_location(self, chat_id: int, lat: float, lon: float) -> int: ...
    async def answer_callback(self, callback_id: str, text: str | None, alert: bool) -> None: ...
    async def answer_inline(self, query_id: str, results: list[InlineArticle], next_offset: str,
                            start: tuple[str, str] | None) -> None: ...
    async def download(self, file_id: str) -> bytes: ...


# ---------------------------------------------------------------- flood limits for what we send

@dataclass(frozen=True)
class SendLimits:
    """At most `count` messages in any `period` seconds (Telegram's Bot FAQ, approximately)."""
    private: tuple[int, float] = (3, 3.0)
    group: tuple[int, float] = (20, 60.0)
    overall: tuple[int, float] = (30, 1.0)

    def scaled(self, factor: float) -> "SendLimits":
        return SendLimits(*((c, p * factor) for c, p in (self.private, self.group, self.overall)))


class Pacer:
    """Sliding windows per chat and overall. `async with pacer.slot(chat_id):` waits until a message
    may go out; the slot counts from when the call *finished*, the latest moment the server can have
    counted it, so network jitter never pushes us over the server's window."""

    def __init__(self, limits: SendLimits | None = None, clock: Callable[[], float] = time.monotonic):
        self.limits = limits or SendLimits()
        self._clock = clock
        self._logs: dict[Any, deque[list[float]]] = {}
        self._lock = asyncio.Lock()
        # True when a shared budget (bot.ops.RedisBudget) keeps the overall rate over all replicas:
        # a second, per-process overall window would cap each replica at the whole bot's rate.
        self.overall_shared = False

    @contextlib.asynccontextmanager
    async def slot(self, chat_id: int):
        per_chat = self.limits.private if chat_id > 0 else self.limits.group
        overall = not self.overall_shared
        async with self._lock:  # reservations are taken in order, so nobody starves
            while True:
                delay = self._delay(chat_id, per_chat)
                if overall:
                    delay = max(delay, self._delay("*", self.limits.overall))
                if delay <= 0:
                    break
                await asyncio.sleep(delay)
            stamp = [float("inf")]  # in flight: counts as "just now" until it finishes
            self._logs.setdefault(chat_id, deque()).append(stamp)
            if overall:
                self._logs.setdefault("*", deque()).append(stamp)
            if len(self._logs) > 10_000:
                self._forget_idle(self._clock())
        try:
            yield
        finally:
            stamp[0] = self._clock()

    def _delay(self, key: Any, limit: tuple[int, float]) -> float:
        count, period = limit
        log_ = self._logs.get(key)
        if not log_:
            return 0.0
        now = self._clock()
        while log_ and log_[0][0] <= now - period:
            log_.popleft()
        if len(log_) < count:
            return 0.0
        oldest = min(s[0] for s in log_)
        return (oldest + period - now + 0.001) if oldest != float("inf") else 0.01

    def _forget_idle(self, now: float) -> None:
        longest = max(self.limits.private[1], self.limits.group[1], self.limits.overall[1])
        for key in [k for k, v in self._logs.items() if not v or v[-1][0] <= now - longest]:
            del self._logs[key]


# ---------------------------------------------------------------- reading an update

_SERVICE_KEYS = ("new_chat_members", "left_chat_member", "new_chat_title", "new_chat_photo", "delete_chat_photo",
                 "group_chat_created", "supergroup_chat_created", "migrate_to_chat_id", "migrate_from_chat_id",
                 "pinned_message", "message_auto_delete_timer_changed", "video_chat_started", "video_chat_ended",
                 "forum_topic_created", "forum_topic_closed", "forum_topic_reopened", "write_access_allowed")


def _command(text: str, bot_username: str) -> tuple[str, str, bool] | None:
    """(command, args, addressed to us) when the text starts with a bot command."""
    if not text.startswith("/"):
        return None
    head, _, args = text.partition(" ")
    name, _, target = head[1:].partition("@")
    if not name:
        return None
    ours = not target or target.lower() == bot_username.lower()
    return name.lower(), args.strip(), ours


def incoming_from_update(update: dict, bot_id: int, bot_username: str,
                         download: Callable[[str], Awaitable[bytes]]) -> Incoming | None:
    """The neutral form of a Bot API update (JSON as Telegram sends it); None for what we ignore."""
    uid = int(update.get("update_id") or 0)
    if "callback_query" in update:
        q = update["callback_query"]
        msg = q.get("message") or {}
        chat = msg.get("chat")
        return Incoming(kind="callback", user=_user(q["from"]), chat=_chat(chat) if chat else None, update_id=uid,
                        callback_id=str(q["id"]), callback_data=q.get("data"),
                        message_id=msg.get("message_id") if chat else None)
    if "inline_query" in update:
        q = update["inline_query"]
        return Incoming(kind="inline", user=_user(q["from"]), chat=None, update_id=uid, text=q.get("query") or "",
                        inline_query_id=str(q["id"]), inline_offset=q.get("offset") or "")
    msg = update.get("message")
    if not msg or "from" not in msg or msg["from"].get("is_bot"):
        return None  # channel posts, edits, other bots: not a conversation with a person
    user, chat = _user(msg["from"]), _chat(msg["chat"])
    base = dict(user=user, chat=chat, update_id=uid, message_id=msg.get("message_id"))
    text = msg.get("text")
    replied_to_us = (msg.get("reply_to_message") or {}).get("from", {}).get("id") == bot_id
    if text is not None:
        cmd = _command(text, bot_username)
        if cmd is not None:
            name, args, ours = cmd
            return Incoming(kind="command", command=name, text=args, addressed=ours or chat.is_private, **base)
        mentioned = f"@{bot_username.lower()}" in text.lower() if bot_username else False
        return Incoming(kind="text", text=text, addressed=chat.is_private or mentioned or replied_to_us, **base)
    caption = (msg.get("caption") or "").lower()
    addressed = chat.is_private or replied_to_us or (bool(bot_username) and f"@{bot_username.lower()}" in caption)
    if "location" in msg:
        loc = msg["location"]
        venue = msg.get("venue") or None  # a shared venue is a location with a name and an address
        return Incoming(kind="location", location=(float(loc["latitude"]), float(loc["longitude"])),
                        venue=(venue.get("title") or "", venue.get("address") or "") if venue else None,
                        addressed=addressed, **base)
    if "document" in msg:
        d = msg["document"]
        file_id = d["file_id"]
        doc = Document(file_id=file_id, file_name=d.get("file_name"), mime_type=d.get("mime_type"),
                       file_size=d.get("file_size"), download=lambda: download(file_id))
        return Incoming(kind="document", document=doc, text=msg.get("caption") or "", addressed=addressed, **base)
    if any(msg.get(k) for k in _SERVICE_KEYS):  # PTB's to_dict() writes the flags out as False
        return None  # somebody joined, left, pinned…: nothing was said to us
    return Incoming(kind="other", addressed=addressed, **base)


def _user(d: dict) -> UserInfo:
    return UserInfo(id=int(d["id"]), language_code=d.get("language_code"), first_name=d.get("first_name") or "",
                    username=d.get("username"))


def _chat(d: dict) -> ChatInfo:
    return ChatInfo(id=int(d["id"]), type=d.get("type") or "private")


# ---------------------------------------------------------------- the bridge

class Bridge:
    """Feeds updates to the conversation and renders its replies through a BotApi."""

    def __init__(self, conversation: Conversation, api: BotApi, *, bot_id: int, bot_username: str,
                 pacer: Pacer | None = None, chat_lock: Callable[[int], Any] | None = None, budget=None):
        self.conversation = conversation
        self.budget = budget  # bot.ops.RedisBudget: replies and notices of every replica share one overall rate
        self.chat_lock = chat_lock  # across replicas (bot.ops.RedisChatLock); None: this process only
        self.api = api
        self.bot_id = bot_id
        self.bot_username = bot_username
        self.pacer = pacer or Pacer()
        if budget is not None:
            self.pacer.overall_shared = True
        self._user_locks: dict[int, asyncio.Lock] = {}
        self._shown: OrderedDict[tuple[int, int], str] = OrderedDict()  # what each message shows now
        self.busy = 0  # updates being handled right now (the playground waits for 0)
        conversation.bot_username = bot_username

    async def process(self, update: dict) -> None:
        """Never raises: whatever fails is logged (and the user was already apologised to)."""
        try:
            inc = incoming_from_update(update, self.bot_id, self.bot_username, self.api.download)
        except (KeyError, TypeError, ValueError):
            log.warning("update %s is malformed; ignored", update.get("update_id"))
            return
        if inc is None:
            return
        lock = self._user_locks.setdefault(inc.user.id, asyncio.Lock())
        self.busy += 1
        started, outcome = time.perf_counter(), "error"
        try:
            async with lock, (self.chat_lock(inc.user.id) if self.chat_lock else contextlib.nullcontext()):
                replies = await self.conversation.handle(inc)
                await self.render(inc, replies)
            outcome = "ok"
        except Exception:  # noqa: BLE001 - rendering failed in a way we did not foresee
            log.exception("update %s: could not deliver the answer", inc.update_id)
            ops.ERRORS.labels("bridge").inc()
        finally:
            seconds = time.perf_counter() - started
            ops.UPDATES.labels(inc.kind, outcome).inc()
            ops.UPDATE_SECONDS.labels(inc.kind).observe(seconds)
            # Which update, whose chat, how it went: never what the user wrote.
            chat_id = inc.chat.id if inc.chat else None
            log.info("update %s (%s) in chat %s: %s in %.0f ms", inc.update_id, inc.kind, chat_id, outcome,
                     seconds * 1000, extra={"update_id": inc.update_id, "chat_id": chat_id, "user_id": inc.user.id,
                                            "kind": inc.kind, "outcome": outcome, "ms": round(seconds * 1000, 1)})
            self.busy -= 1
            if not lock.locked() and len(self._user_locks) > 10_000:
                self._user_locks.pop(inc.user.id, None)

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for the updates in hand to be answered (shutdown), at most `timeout` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.busy and loop.time() < deadline:
            await asyncio.sleep(0.02)
        if self.busy:
            log.warning("stopped with %d update(s) still being answered", self.busy)

    async def render(self, inc: Incoming, replies: list[Reply]) -> None:
        if inc.kind == "callback" and inc.callback_id:
            toast = next((r for r in replies if r.toast), None)
            await self._call(lambda: self.api.answer_callback(inc.callback_id, toast.toast if toast else None,
                                                              bool(toast and toast.toast_alert)))
        if inc.kind == "inline" and inc.inline_query_id:
            answer = next((r for r in replies if r.inline_results is not None), Reply(inline_results=[]))
            await self._call(lambda: self.api.answer_inline(inc.inline_query_id, answer.inline_results or [],
                                                            answer.inline_next_offset, answer.inline_start))
            return
        for reply in replies:
            chat_id = reply.chat_id or (inc.chat.id if inc.chat else None)
            if chat_id is None:
                continue
            await self._send(inc, reply, chat_id)

    async def _send(self, inc: Incoming, r: Reply, chat_id: int) -> None:
        api = self.api
        if r.document is not None:
            name, data = r.document
            await self._paced(chat_id, lambda: api.send_document(chat_id, name, data, r.text))
        elif r.venue is not None:
            lat, lon, title, address = r.venue
            await self._paced(chat_id, lambda: api.send_venue(chat_id, lat, lon, title, address))
        elif r.location is not None:
            await self._paced(chat_id, lambda: api.send_location(chat_id, *r.location))
        elif r.text:
            if r.edit and inc.kind == "callback" and inc.message_id and chat_id == (inc.chat.id if inc.chat else None):
                if await self._edit(chat_id, inc.message_id, r):
                    return
            message_id = await self._paced(chat_id, lambda: api.send_text(chat_id, r.text, r.buttons))
            if message_id:
                self._remember((chat_id, message_id), r)

    async def _edit(self, chat_id: int, message_id: int, r: Reply) -> bool:
        """True when the message shows the reply now; False when it is gone and must be sent anew."""
        key = (chat_id, message_id)
        if self._shown.get(key) == _digest(r):
            return True  # a second press of the same button: the message already says this
        try:
            await self._paced(chat_id, lambda: self.api.edit_text(chat_id, message_id, r.text, r.buttons),
                              quiet=False)
        except ApiFailure as exc:
            if exc.not_modified:
                self._remember(key, r)
                return True
            if exc.message_gone:
                return False
            log.warning("edit in chat %s failed: %s", chat_id, exc.description)
            return True
        self._remember(key, r)
        return True

    def _remember(self, key: tuple[int, int], r: Reply) -> None:
        self._shown[key] = _digest(r)
        self._shown.move_to_end(key)
        while len(self._shown) > 5000:
            self._shown.popitem(last=False)

    async def _paced(self, chat_id: int, call: Callable[[], Awaitable[Any]], *, quiet: bool = True) -> Any:
        if self.budget is not None:
            await self.budget.acquire()
        async with self.pacer.slot(chat_id):
            return await self._call(call, quiet=quiet)

    async def _call(self, call: Callable[[], Awaitable[Any]], *, quiet: bool = True) -> Any:
        """Retry on 429 after `retry_after`; other failures are logged (quiet) or raised."""
        for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
            try:
                return await call()
            except ApiFailure as exc:
                if exc.retry_after is not None and attempt < MAX_SEND_ATTEMPTS:
                    await asyncio.sleep(min(exc.retry_after, 60))
                    continue
                if quiet:
                    log.warning("Bot API call failed: %s", exc.description)
                    return None
                raise
        return None


def _digest(r: Reply) -> str:
    rows = [[(b.text, b.callback_data, b.url, b.switch_inline_query) for b in row] for row in r.buttons]
    return hashlib.sha1(repr((r.text, rows)).encode()).hexdigest()
