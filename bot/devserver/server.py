"""``BotApiServer``: a local Telegram Bot API server over real HTTP (aiohttp.web).

Routes, as on api.telegram.org:

* ``/bot<token>/<method>`` - any HTTP verb; params from the query string and an
  application/json, application/x-www-form-urlencoded or multipart/form-data body; method names
  are case-insensitive. Unknown token -> 401 Unauthorized, unknown method -> 404 Not Found.
* ``/file/bot<token>/<file_path>`` - download a file found with getFile.

Each request goes: parse -> spec validation (400) -> blocked chat (403) -> injected faults ->
rate limits (429) -> the method (see ``methods.py``). The answer is Telegram's JSON
(``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code", "description", "parameters"}``)
with the same HTTP status as ``error_code``.

Pointing the real clients at it::

    # aiogram 3
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    bot = Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(server.base_url)))
    # python-telegram-bot 22
    bot = telegram.Bot(token, base_url=f"{server.base_url}/bot", base_file_url=f"{server.base_url}/file/bot")

See ``bot.devserver`` (package docstring) for the test-side API.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from multidict import MultiDict

from .actors import GroupActor, UserActor, WaitTimeout
from .errors import ApiError, bad_request, error, too_many_requests
from .faults import Faults
from .files import MAX_UPLOAD, FileRecord, FileStore, UploadedFile
from .methods import Answer, Call, handler_for
from .ratelimit import RateLimiter, RateLimits, is_counted
from .records import ChatMessage, RequestRecord
from .spec import Spec, load_spec
from .webhook import WebhookSender
from .world import BotState, ChatInfo, ChatState, UserInfo

log = logging.getLogger(__name__)

# Methods a blocked chat refuses (403) - everything that puts something into the chat.
_SENDING_PREFIXES = ("send", "copymessage", "forwardmessage", "editmessage")


@dataclass
class Event:
    """What ``subscribe`` callbacks receive.

    kind: request / update / message / edit / delete / chat_action / callback_answer /
    inline_answer; ``data`` is the RequestRecord, update dict, ChatMessage, action string or
    query handle.
    """

    kind: str
    bot: str
    chat_id: int | None
    data: Any


class BotApiServer:
    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        rate_limits: RateLimits | None = None,
        strict_html_entities: bool = True,
        webhook_attempts: int = 3,
        webhook_retry_delay: float = 0.05,
        webhook_timeout: float = 10.0,
        now: Callable[[], float] = time.time,
        spec: Spec | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.spec = spec or load_spec()
        self.strict_html_entities = strict_html_entities
        self.webhook_attempts = webhook_attempts
        self.webhook_retry_delay = webhook_retry_delay
        self.webhook_timeout = webhook_timeout
        self._now = now
        self.faults = Faults()
        self.limiter = RateLimiter(rate_limits or RateLimits())
        self.files = FileStore()
        self.users: dict[int, UserInfo] = {}
        self.groups: dict[int, ChatInfo] = {}
        self.requests: list[RequestRecord] = []
        self.webhook_deliveries: list[tuple[str, dict[str, Any], Any]] = []
        self.closing = asyncio.Event()
        self._bots: dict[str, BotState] = {}
        self._senders: dict[str, WebhookSender] = {}
        self._subscribers: list[Callable[[Event], None]] = []
        self._changed = asyncio.Event()
        self._busy = 0
        self._last_activity = time.monotonic()
        self._runner: web.AppRunner | None = None
        self._query_seq = 4_382_911_000_000_000_000

    # --- lifecycle ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_URL should be set to, e.g. ``http://127.0.0.1:39113``."""
        if self._runner is None:
            raise RuntimeError("server not started")
        return f"http://{self.host}:{self.port}"

    def make_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_UPLOAD + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        return app

    async def start(self) -> BotApiServer:
        self.closing.clear()
        # handler_cancellation: a long poll the client gave up on must not take updates.
        self._runner = web.AppRunner(self.make_app(), access_log=None, shutdown_timeout=1.0,
                                     handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        self.closing.set()  # long polls answer [] at once
        for bot in self._bots.values():
            bot.wake()
        for sender in self._senders.values():
            await sender.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiServer:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # --- bots, users, chats ---------------------------------------------------------------------

    def add_bot(
        self,
        token: str = "123456:TEST",
        username: str = "test_bot",
        *,
        first_name: str | None = None,
        can_read_all_group_messages: bool = False,
        supports_inline_queries: bool = True,
    ) -> BotState:
        """Register a bot identity; getMe answers with it. The first bot is the default one."""
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1000 + len(self._bots)
        user = UserInfo(bot_id, first_name or username, username=username, is_bot=True)
        bot = BotState(token, user, can_read_all_group_messages=can_read_all_group_messages,
                       supports_inline_queries=supports_inline_queries)
        self._bots[token] = bot
        return bot

    def bot(self, token: str | None = None) -> BotState:
        if token is not None:
            return self._bots[token]
        if not self._bots:
            raise RuntimeError("no bot registered: call server.add_bot(token=..., username=...) first")
        return next(iter(self._bots.values()))

    @property
    def bots(self) -> list[BotState]:
        return list(self._bots.values())

    def user(
        self,
        user_id: int = 1001,
        first_name: str = "User",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        is_premium: bool = False,
        known: bool = False,
        token: str | None = None,
    ) -> UserActor:
        """A simulated user and their private chat with the (default) bot.

        ``known=True`` makes the chat exist for the bot without the user writing first (as if
        they had talked before); otherwise the bot gets "chat not found" until the user writes.
        """
        info = self.users.get(user_id)
        if info is None:
            info = UserInfo(user_id, first_name, last_name, username, language_code, is_premium=is_premium)
            self.users[user_id] = info
        actor = UserActor(self, info, token)
        if known:
            actor.chat.known = True
        return actor

    def group(
        self,
        chat_id: int = -1001234567890,
        title: str = "Group",
        *,
        type: str = "supergroup",
        username: str | None = None,
        bot_member: bool = True,
        token: str | None = None,
    ) -> GroupActor:
        """A group the bot is a member of (``bot_member=False``: "chat not found" for the bot)."""
        info = self.groups.get(chat_id)
        if info is None:
            info = ChatInfo(chat_id, type, title=title, username=username)
            self.groups[chat_id] = info
        actor = GroupActor(self, info, token)
        if bot_member:
            actor.chat.known = True
        return actor

    def chat_state(self, chat_id: int, token: str | None = None) -> ChatState:
        bot = self.bot(token)
        if chat_id in bot.chats:
            return bot.chats[chat_id]
        info = self.groups.get(chat_id)
        if info is None and chat_id in self.users:
            info = ChatInfo.private(self.users[chat_id])
        if info is None:
            raise KeyError(f"unknown chat {chat_id}")
        return bot.chat(info)

    def block(self, chat_id: int, token: str | None = None) -> None:
        """From now on sending to this chat answers 403 (user blocked the bot / bot was kicked)."""
        self.bot(token).settings.setdefault("_blocked", set()).add(chat_id)

    def unblock(self, chat_id: int, token: str | None = None) -> None:
        self.bot(token).settings.setdefault("_blocked", set()).discard(chat_id)

    def is_blocked(self, chat_id: Any, token: str | None = None) -> bool:
        return chat_id in self.bot(token).settings.get("_blocked", set())

    # --- records --------------------------------------------------------------------------------

    @property
    def rejected(self) -> list[RequestRecord]:
        """Every request answered ok=false (validation, 403, 429, injected faults...)."""
        return [r for r in self.requests if not r.ok]

    def calls(self, method: str, token: str | None = None) -> list[RequestRecord]:
        """Records of one method (case-insensitive), in order."""
        return [
            r for r in self.requests
            if r.method.lower() == method.lower() and (token is None or r.bot == token)
        ]

    def assert_no_rejections(self, *, include_injected: bool = False) -> None:
        bad = [r for r in self.rejected if include_injected or not r.injected]
        if bad:
            raise AssertionError("server rejected requests:\n" + "\n".join(f"  {r}" for r in bad))

    def messages(self, chat_id: int, token: str | None = None) -> list[ChatMessage]:
        """Messages the bot sent to the chat (edits applied; deleted ones flagged)."""
        return self.chat_state(chat_id, token).bot_messages

    def transcript(self, chat_id: int, token: str | None = None) -> list[ChatMessage]:
        """The whole chat: user and bot messages, in order."""
        return list(self.chat_state(chat_id, token).timeline)

    @property
    def uploads(self) -> list[FileRecord]:
        """Files the bot uploaded or sent by URL, in order (with their bytes)."""
        ids = [f.file_id for bot in self._bots.values() for c in bot.chats.values()
               for m in c.timeline if m.outgoing for f in m.files]
        seen: dict[str, FileRecord] = {}
        for fid in ids:
            rec = self.files.get(fid)
            if rec is not None:
                seen.setdefault(fid, rec)
        return list(seen.values())

    def reset_rate_limits(self) -> None:
        self.limiter.reset()

    @property
    def rate_limits(self) -> RateLimits:
        return self.limiter.limits

    @rate_limits.setter
    def rate_limits(self, limits: RateLimits) -> None:
        self.limiter.limits = limits
        self.limiter.reset()

    # --- events and waiting -----------------------------------------------------------------------

    def now(self) -> int:
        return int(self._now())

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        """Call ``callback(event)`` on every request / message / edit...; returns unsubscribe."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def emit(self, kind: str, bot: BotState, chat_id: int | None, data: Any) -> None:
        event = Event(kind, bot.token, chat_id, data)
        for cb in list(self._subscribers):
            try:
                cb(event)
            except Exception:  # a broken observer must not break the API
                log.exception("devserver subscriber failed")
        self.notify()

    def notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def touch(self) -> None:
        self._last_activity = time.monotonic()

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5.0,
                         describe: Callable[[], str] | None = None) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked on every server event)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                detail = describe() if describe else ""
                raise WaitTimeout(f"timed out after {timeout}s{': ' + detail if detail else ''}"
                                  + self._rejections_hint())
            try:
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.05))
            except asyncio.TimeoutError:
                pass

    def _rejections_hint(self) -> str:
        bad = self.rejected[-5:]
        return ("\nlast rejected requests:\n" + "\n".join(f"  {r}" for r in bad)) if bad else ""

    async def wait_idle(self, quiet: float = 0.1, timeout: float = 5.0) -> None:
        """Wait until every update was handed to the bot and it made no request for ``quiet`` s.

        A long-polling getUpdates does not count as activity.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            undelivered = sum(b.undelivered for b in self._bots.values())
            delivering = any(s.delivering for s in self._senders.values())
            idle_for = time.monotonic() - self._last_activity
            if not undelivered and not delivering and self._busy == 0 and idle_for >= quiet:
                return
            if loop.time() >= deadline:
                raise WaitTimeout(
                    f"bot not idle after {timeout}s: {undelivered} update(s) not yet fetched, "
                    f"{self._busy} request(s) in flight" + self._rejections_hint()
                )
            await asyncio.sleep(min(quiet / 2, 0.02))

    def next_query_id(self) -> str:
        self._query_seq += 1
        return str(self._query_seq)

    def start_webhook(self, bot: BotState) -> None:
        sender = self._senders.get(bot.token)
        if sender is None:
            sender = self._senders[bot.token] = WebhookSender(self, bot)
        sender.start()

    def deliver(self, bot: BotState, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for the bot (getUpdates or webhook, whichever it uses)."""
        update = bot.push(kind, payload)
        self.touch()
        if bot.webhook is not None:
            self.start_webhook(bot)
        self.emit("update", bot, None, update)
        return update

    # --- HTTP -----------------------------------------------------------------------------------

    async def _handle_api(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        try:
            params, uploads = await self._read_params(request)
        except ApiError as e:
            params, uploads = {}, {}
            return self._respond(self._record(token, method, params, e.code, e.payload()))
        record = await self.call(method, token=token, _uploads=uploads, **params)
        return self._respond(record)

    def _respond(self, record: RequestRecord) -> web.Response:
        return web.json_response(
            record.response, status=record.status, dumps=lambda o: json.dumps(o, ensure_ascii=False)
        )

    async def _read_params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        params: dict[str, Any] = dict(request.query)
        uploads: dict[str, UploadedFile] = {}
        if not request.can_read_body:
            return params, uploads
        ctype = request.content_type
        try:
            if ctype == "application/json":
                data = await request.json()
                if not isinstance(data, dict):
                    raise bad_request("JSON object expected")
                params.update(data)
            elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form: MultiDict[Any] = MultiDict(await request.post())
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        up = UploadedFile(key, value.filename, value.content_type, value.file.read())
                        uploads[key] = up
                        params[key] = up
                    else:
                        params[key] = value
        except web.HTTPRequestEntityTooLarge:
            raise error(413) from None
        except ValueError:
            raise bad_request("can't parse request body") from None
        return params, uploads

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        bot = self._bots.get(request.match_info["token"])
        if bot is None or bot.logged_out:
            return web.json_response(error(401).payload(), status=401)
        rec = self.files.by_path(request.match_info["path"])
        if rec is None:
            return web.json_response(error(404).payload(), status=404)
        return web.Response(body=rec.data, content_type=rec.mime_type or "application/octet-stream")

    # --- the pipeline ---------------------------------------------------------------------------

    async def call(self, method: str, *, token: str | None = None, via: str = "http",
                   _uploads: dict[str, UploadedFile] | None = None, **params: Any) -> RequestRecord:
        """Run one API call in-process exactly as an HTTP request would; returns its record."""
        token = token if token is not None else self.bot().token
        started = time.monotonic()
        bot = self._bots.get(token)
        if bot is None or bot.logged_out:
            return self._record(token, method, params, 401, error(401).payload(), via=via)
        spec = self.spec.method(method)
        if spec is None:
            return self._record(token, method, params, 404, error(404).payload(), via=via)
        long_poll = spec.name == "getUpdates"
        if not long_poll:
            self._busy += 1
            self.touch()
        injected = False
        try:
            result = await self._execute(bot, spec, params, _uploads or {})
            body: dict[str, Any] = {"ok": True, "result": result.result}
            if result.description:
                body["description"] = result.description
            status = 200
            if long_poll and result.result:
                self.touch()
        except ApiError as e:
            body, status, injected = e.payload(), e.code, e.injected
        finally:
            if not long_poll:
                self._busy -= 1
                self.touch()
        shown = {k: v for k, v in params.items() if not (isinstance(v, UploadedFile) and spec.field(k) is None)}
        rec = self._record(token, spec.name, shown, status, body, via=via, injected=injected,
                           duration=time.monotonic() - started)
        return rec

    def _record(self, token: str, method: str, params: dict[str, Any], status: int, body: dict[str, Any],
                *, via: str = "http", injected: bool = False, duration: float = 0.0) -> RequestRecord:
        rec = RequestRecord(token, method, params, status, body, injected=injected, via=via, duration=duration)
        self.requests.append(rec)
        bot = self._bots.get(token)
        if bot is not None:
            self.emit("request", bot, None, rec)
        if not rec.ok and not injected:
            log.info("rejected %s", rec)
        return rec

    async def _execute(self, bot: BotState, spec: Any, params: dict[str, Any],
                       uploads: dict[str, UploadedFile]) -> Answer:
        validated = self.spec.validate(spec, params, uploads)
        params.clear()
        params.update(validated)  # the record shows converted values
        chat_id = validated.get("chat_id")
        private = self._is_private(bot, chat_id)
        lname = spec.name.lower()
        if chat_id is not None and lname.startswith(_SENDING_PREFIXES) and self.is_blocked(chat_id, bot.token):
            text = "bot was blocked by the user" if private else "bot was kicked from the group chat"
            raise ApiError(403, f"Forbidden: {text}")
        delay, fault = self.faults.select(spec.name, chat_id)
        if delay:
            await asyncio.sleep(delay)
        if fault is not None:
            raise fault.to_error(private)
        counted = is_counted(spec.name, self.limiter.limits.count_edits)
        limit_args: dict[str, Any] = {}
        if counted:
            limit_args = dict(is_private=private, edit=lname.startswith("edit"),
                              paid=bool(validated.get("allow_paid_broadcast")))
            retry = self.limiter.check(bot.token, chat_id, **limit_args)
            if retry is not None:
                raise too_many_requests(retry)
        result = await handler_for(spec)(Call(self, bot, spec, validated))
        if counted:
            self.limiter.consume(bot.token, chat_id, **limit_args)
        return result if isinstance(result, Answer) else Answer(result)

    def _is_private(self, bot: BotState, chat_id: Any) -> bool:
        if isinstance(chat_id, int):
            st = bot.chats.get(chat_id)
            return st.info.is_private if st is not None else chat_id > 0
        return False
