"""The local Bot API server (bot.devserver), driven by the real aiogram and PTB clients."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import telegram
import telegram.error as tg_error
from aiogram import Bot, Dispatcher, F
from aiogram import exceptions as aio_exc
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
)
from aiohttp import web
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.devserver import BotApiServer, Limit, RateLimits, WaitTimeout
from bot.devserver.formatting import EntityParseError, parse_html, parse_markdown_v2

TOKEN = "123456:TEST"
ROOT = Path(__file__).resolve().parents[1]


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture
async def server() -> AsyncIterator[BotApiServer]:
    srv = BotApiServer(rate_limits=RateLimits.off(), webhook_retry_delay=0.01)
    await srv.start()
    srv.add_bot(TOKEN, "kepu_test_bot")
    yield srv
    await srv.stop()


def aiogram_bot(server: BotApiServer, token: str = TOKEN) -> Bot:
    return Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(server.base_url)))


def ptb_bot(server: BotApiServer, token: str = TOKEN) -> telegram.Bot:
    return telegram.Bot(token, base_url=f"{server.base_url}/bot", base_file_url=f"{server.base_url}/file/bot")


async def close_aiogram(bot: Bot) -> None:
    # AiohttpSession.close() sleeps 250 ms for TLS shutdown; there is no TLS here.
    session = bot.session._session  # type: ignore[attr-defined]
    if session is not None:
        await session.close()


@pytest.fixture
async def aio(server: BotApiServer) -> AsyncIterator[Bot]:
    bot = aiogram_bot(server)
    yield bot
    await close_aiogram(bot)


@pytest.fixture
async def ptb(server: BotApiServer) -> AsyncIterator[telegram.Bot]:
    bot = ptb_bot(server)
    async with bot:
        yield bot


@pytest.fixture
async def user(server: BotApiServer):  # type: ignore[no-untyped-def]
    return server.user(1001, "Li", language_code="zh", known=True)


async def raw(server: BotApiServer, method: str, *, token: str = TOKEN, http: str = "POST",
              **kw: Any) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as s:
        async with s.request(http, f"{server.base_url}/bot{token}/{method}", **kw) as r:
            return r.status, await r.json()


def retry_seconds(e: tg_error.RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ra = e.retry_after
    return ra.total_seconds() if hasattr(ra, "total_seconds") else float(ra)


KB = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="更多", callback_data="more")]])


# --- basics: routing, auth, body formats ------------------------------------------------------------


async def test_get_me_with_both_clients(server: BotApiServer, aio: Bot, ptb: telegram.Bot) -> None:
    me = await aio.get_me()
    assert (me.id, me.username, me.is_bot) == (123456, "kepu_test_bot", True)
    assert ptb.username == "kepu_test_bot"  # PTB's initialize() called getMe
    assert server.base_url.startswith("http://127.0.0.1:")
    assert [r.method for r in server.calls("getMe")] == ["getMe", "getMe"]


async def test_unknown_token_401_and_unknown_method_404(server: BotApiServer) -> None:
    bad = aiogram_bot(server, "999:NOPE")
    with pytest.raises(aio_exc.TelegramUnauthorizedError):
        await bad.get_me()
    await close_aiogram(bad)
    with pytest.raises(tg_error.InvalidToken):
        async with ptb_bot(server, "999:NOPE"):
            pass
    status, body = await raw(server, "noSuchMethod")
    assert (status, body) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    status, body = await raw(server, "getMe", token="999:NOPE")
    assert (status, body["description"]) == (401, "Unauthorized")


async def test_method_names_are_case_insensitive_and_all_body_formats_work(
    server: BotApiServer, user: Any
) -> None:
    markup = {"inline_keyboard": [[{"text": "a", "callback_data": "x"}]]}
    cases = [
        dict(http="GET", params={"chat_id": "1001", "text": "query", "reply_markup": json.dumps(markup)}),
        dict(json={"chat_id": 1001, "text": "json", "reply_markup": markup}),
        dict(data={"chat_id": "1001", "text": "form", "reply_markup": json.dumps(markup)}),
    ]
    for kw in cases:
        status, body = await raw(server, "SENDMESSAGE", **kw)  # type: ignore[arg-type]
        assert status == 200 and body["ok"], body
    form = aiohttp.FormData()
    form.add_field("chat_id", "1001")
    form.add_field("text", "multipart")
    form.add_field("reply_markup", json.dumps(markup))
    form.add_field("document", b"x", filename="x.txt")  # forces multipart/form-data
    status, body = await raw(server, "sendmessage", data=form)
    assert status == 200, body
    assert [m.text for m in user.read()] == ["query", "json", "form", "multipart"]
    assert all(m.button_texts == ["a"] for m in user.messages)
    assert [r.method for r in server.requests] == ["sendMessage"] * 4


async def test_every_spec_method_is_routed_and_validated(server: BotApiServer) -> None:
    spec = server.spec
    for m in spec.methods.values():
        if m.name in ("logOut", "close", "setWebhook"):  # setWebhook() without url = delete
            continue
        status, body = await raw(server, m.name)
        required = [f.name for f in m.fields if f.required]
        if required:
            assert status == 400, (m.name, body)
            assert required[0] in body["description"] or "empty" in body["description"], (m.name, body)
        else:
            assert status in (200, 400), (m.name, body)
    assert len(spec.methods) == 158


# --- sending and updates ----------------------------------------------------------------------------


async def test_send_message_and_get_updates_round_trip_aiogram(server: BotApiServer, aio: Bot) -> None:
    user = server.user(1001, "Li", language_code="zh")
    await user.send_command("/start", args="e_42")
    await user.send_text("这周末南京 @kepu_test_bot")
    updates = await aio.get_updates(timeout=1)
    first, second = updates
    assert first.message.text == "/start e_42"
    assert first.message.entities[0].type == "bot_command" and first.message.entities[0].length == 6
    assert first.message.from_user.language_code == "zh"
    assert second.message.entities[0].type == "mention"
    assert second.message.message_id == first.message.message_id + 1
    sent = await aio.send_message(1001, "<b>周末</b>活动 &amp; 讲座", parse_mode="HTML", reply_markup=KB)
    assert sent.text == "周末活动 & 讲座"
    assert sent.entities[0].type == "bold" and sent.message_id == 3
    [msg] = await user.wait_for_messages(1)
    assert msg.text == "周末活动 & 讲座" and msg.source_text.startswith("<b>")
    assert msg.parse_mode == "HTML" and msg.button_texts == ["更多"]


async def test_send_message_and_get_updates_round_trip_ptb(server: BotApiServer, ptb: telegram.Bot) -> None:
    user = server.user(1002, "Wang")
    await user.send_text("hello")
    [update] = await ptb.get_updates(timeout=1)
    assert update.message.text == "hello" and update.message.chat.id == 1002
    kb = telegram.InlineKeyboardMarkup([[telegram.InlineKeyboardButton("下一页", callback_data="p:2")]])
    sent = await ptb.send_message(1002, "第一页", reply_markup=kb)
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "p:2"
    assert (await user.wait_for_message()).text == "第一页"


async def test_get_updates_offset_limit_and_confirmation(server: BotApiServer, aio: Bot) -> None:
    user = server.user(1001, "Li")
    for i in range(5):
        await user.send_text(f"m{i}")
    batch = await aio.get_updates(limit=2)
    assert [u.message.text for u in batch] == ["m0", "m1"]
    again = await aio.get_updates(limit=2)  # not confirmed yet: delivered again
    assert [u.update_id for u in again] == [u.update_id for u in batch]
    rest = await aio.get_updates(offset=batch[-1].update_id + 1)
    assert [u.message.text for u in rest] == ["m2", "m3", "m4"]
    last = await aio.get_updates(offset=-1)  # negative offset: only the last one, the rest forgotten
    assert [u.message.text for u in last] == ["m4"]
    assert await aio.get_updates(offset=last[-1].update_id + 1) == []


async def test_long_poll_wakes_up_when_a_user_writes(server: BotApiServer, aio: Bot) -> None:
    user = server.user(1001, "Li")

    async def later() -> None:
        await asyncio.sleep(0.1)
        await user.send_text("late")

    t0 = time.monotonic()
    task = asyncio.create_task(later())
    updates = await aio.get_updates(timeout=5)
    await task
    assert [u.message.text for u in updates] == ["late"]
    assert time.monotonic() - t0 < 2


async def test_abandoned_long_poll_does_not_swallow_updates(server: BotApiServer, aio: Bot) -> None:
    poll = asyncio.create_task(aio.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    poll.cancel()  # what a stopping dispatcher does
    await asyncio.sleep(0.1)
    await server.user(1001, "Li").send_text("after the poller left")
    with pytest.raises(WaitTimeout, match="1 update"):
        await server.wait_idle(timeout=0.3)
    assert [u.message.text for u in await aio.get_updates()] == ["after the poller left"]


async def test_allowed_updates_filter(server: BotApiServer, aio: Bot, user: Any) -> None:
    msg = await aio.send_message(1001, "pick", reply_markup=KB)
    await user.send_text("text")
    await user.press(msg, "更多")  # the aiogram Message itself is accepted
    updates = await aio.get_updates(allowed_updates=["callback_query"])
    assert len(updates) == 1 and updates[0].callback_query.data == "more"


async def test_second_poller_terminates_the_first_with_409(server: BotApiServer, aio: Bot,
                                                           ptb: telegram.Bot) -> None:
    first = asyncio.create_task(aio.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    await ptb.get_updates(timeout=0)
    with pytest.raises(aio_exc.TelegramConflictError, match="terminated by other getUpdates"):
        await first


# --- webhook ---------------------------------------------------------------------------------------


class Receiver:
    """A tiny webhook endpoint: records requests, answers with the queued statuses/bodies."""

    def __init__(self) -> None:
        self.seen: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.answers: list[web.Response] = []
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.seen.append((dict(request.headers), await request.json()))
        return self.answers.pop(0) if self.answers else web.Response(text="ok")

    async def __aenter__(self) -> Receiver:
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/hook"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.runner is not None
        await self.runner.cleanup()


async def test_webhook_delivery_with_secret_header(server: BotApiServer, aio: Bot, ptb: telegram.Bot) -> None:
    user = server.user(1001, "Li")
    async with Receiver() as hook:
        assert await aio.set_webhook(hook.url, secret_token="s3cret_-X", drop_pending_updates=True)
        await user.send_text("via webhook")
        await server.wait_until(lambda: hook.seen)
        headers, update = hook.seen[0]
        assert headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret_-X"
        assert update["message"]["text"] == "via webhook"
        with pytest.raises(aio_exc.TelegramConflictError, match="webhook is active"):
            await aio.get_updates()
        with pytest.raises(tg_error.Conflict):
            await ptb.get_updates()
        info = await ptb.get_webhook_info()
        assert info.url == hook.url and info.pending_update_count == 0
        assert await aio.delete_webhook()
    await user.send_text("polling again")
    assert [u.message.text for u in await aio.get_updates()] == ["polling again"]


async def test_webhook_retries_failures_and_reports_last_error(server: BotApiServer, aio: Bot) -> None:
    user = server.user(1001, "Li")
    async with Receiver() as hook:
        hook.answers = [web.Response(status=500), web.Response(status=502)]
        await aio.set_webhook(hook.url)
        await user.send_text("retry me")
        await server.wait_until(lambda: len(hook.seen) == 3)
        await server.wait_idle()
        assert [u["message"]["text"] for _, u in hook.seen] == ["retry me"] * 3
        info = await aio.get_webhook_info()
        assert info.pending_update_count == 0 and "502" in (info.last_error_message or "")


async def test_webhook_reply_with_method_is_executed(server: BotApiServer, aio: Bot) -> None:
    user = server.user(1001, "Li")
    async with Receiver() as hook:
        hook.answers = [web.json_response({"method": "sendMessage", "chat_id": 1001, "text": "pong"})]
        await aio.set_webhook(hook.url)
        await user.send_text("ping")
        assert (await user.wait_for_message()).text == "pong"
    assert server.calls("sendMessage")[0].via == "webhook-reply"


async def test_set_webhook_validation(server: BotApiServer, aio: Bot) -> None:
    with pytest.raises(aio_exc.TelegramBadRequest, match="secret token contains unallowed characters"):
        await aio.set_webhook("https://example.org/hook", secret_token="no spaces!")
    with pytest.raises(aio_exc.TelegramBadRequest, match="An HTTPS URL must be provided"):
        await aio.set_webhook("http://example.org/hook")


# --- validation errors -------------------------------------------------------------------------------

LONG = "字" * 4097
BAD_HTML = [
    ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
    ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
    ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
    ("a < b", 'Unsupported start tag "" at byte offset 2'),
    ("R&D", 'Character "&" must be escaped as "&amp;" at byte offset 1'),
    ("&nbsp;", 'Unsupported HTML entity "&nbsp;" at byte offset 0'),
    ('<span class="x">s</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
]


@pytest.mark.parametrize(("html", "detail"), BAD_HTML)
async def test_html_parse_errors_with_both_clients(server: BotApiServer, aio: Bot, ptb: telegram.Bot,
                                                   user: Any, html: str, detail: str) -> None:
    expected = f"Bad Request: can't parse entities: {detail}"
    with pytest.raises(aio_exc.TelegramBadRequest) as e1:
        await aio.send_message(1001, html, parse_mode="HTML")
    assert e1.value.message == expected
    with pytest.raises(tg_error.BadRequest) as e2:
        await ptb.send_message(1001, html, parse_mode="HTML")
    assert e2.value.message.lower() == expected.removeprefix("Bad Request: ").lower()
    assert user.messages == []


async def test_text_and_caption_limits(server: BotApiServer, aio: Bot, ptb: telegram.Bot, user: Any) -> None:
    with pytest.raises(aio_exc.TelegramBadRequest, match="message is too long"):
        await aio.send_message(1001, LONG)
    with pytest.raises(tg_error.BadRequest, match="Message is too long"):
        await ptb.send_message(1001, LONG)
    with pytest.raises(aio_exc.TelegramBadRequest, match="message text is empty"):
        await aio.send_message(1001, "  <b> </b> ", parse_mode="HTML")
    # 4096 characters after entity parsing is fine even though the markup is longer.
    ok = await aio.send_message(1001, "<b>" + "字" * 4096 + "</b>", parse_mode="HTML")
    assert len(ok.text) == 4096
    with pytest.raises(aio_exc.TelegramBadRequest, match="message caption is too long"):
        await aio.send_document(1001, BufferedInputFile(b"x", "a.txt"), caption="c" * 1025)
    with pytest.raises(tg_error.BadRequest, match="character '.' is reserved"):
        await ptb.send_message(1001, "3.5 km", parse_mode="MarkdownV2")


async def test_missing_and_mistyped_fields(server: BotApiServer, ptb: telegram.Bot, user: Any) -> None:
    with pytest.raises(tg_error.BadRequest, match="Chat_id is empty"):
        await ptb.do_api_request("sendMessage", api_kwargs={"text": "x"})
    with pytest.raises(tg_error.BadRequest, match="Message text is empty"):
        await ptb.do_api_request("sendMessage", api_kwargs={"chat_id": 1001})
    with pytest.raises(tg_error.BadRequest, match='Parameter "latitude" is required'):
        await ptb.do_api_request("sendLocation", api_kwargs={"chat_id": 1001, "longitude": 1.0})
    status, body = await raw(server, "sendLocation", data={"chat_id": "1001", "latitude": "north",
                                                          "longitude": "118.8"})
    assert (status, body["description"]) == (400, 'Bad Request: parameter "latitude" must be of type Float')
    status, body = await raw(server, "sendMessage", data={"chat_id": "1001", "text": "x",
                                                          "disable_notification": "maybe"})
    assert body["description"] == 'Bad Request: parameter "disable_notification" must be of type Boolean'
    status, body = await raw(server, "sendMessage", json={"chat_id": [1], "text": "x"})
    assert body["description"] == 'Bad Request: parameter "chat_id" must be of type Integer or String'
    status, body = await raw(server, "sendMessage", data={"chat_id": "1001", "text": "x", "reply_markup": "{oops"})
    assert body["description"] == "Bad Request: can't parse reply keyboard markup JSON object"
    assert len(server.rejected) == 7 and user.messages == []


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ({"text": "plain"}, "can't parse InlineKeyboardButton: Text buttons are not allowed in the inline keyboard"),
        ({"text": "x", "callback_data": "d" * 65}, "BUTTON_DATA_INVALID"),
        ({"text": "x", "callback_data": "数据" * 11}, "BUTTON_DATA_INVALID"),  # 66 bytes in UTF-8
        ({"text": "x", "callback_data": "a", "url": "https://a.b"},
         "can't parse InlineKeyboardButton: exactly one of the optional fields must be used, got url, callback_data"),
        ({"text": "x", "url": "javascript:alert(1)"}, "BUTTON_URL_INVALID"),
        ({"callback_data": "a"}, 'can\'t parse InlineKeyboardButton: Can\'t find field "text"'),
    ],
)
async def test_inline_keyboard_validation_with_both_clients(
    server: BotApiServer, aio: Bot, ptb: telegram.Bot, user: Any, button: dict[str, str], expected: str
) -> None:
    with pytest.raises(aio_exc.TelegramBadRequest) as e1:
        await aio.send_message(
            1001, "x", reply_markup=InlineKeyboardMarkup.model_construct(inline_keyboard=[[button]])
        )
    assert e1.value.message == f"Bad Request: {expected}"
    with pytest.raises(tg_error.BadRequest) as e2:
        await ptb.do_api_request("sendMessage", api_kwargs={
            "chat_id": 1001, "text": "x", "reply_markup": {"inline_keyboard": [[button]]}})
    assert e2.value.message.lower() == expected.lower()


async def test_chat_not_found_until_the_user_writes(server: BotApiServer, aio: Bot, ptb: telegram.Bot) -> None:
    user = server.user(2002, "New")
    with pytest.raises(aio_exc.TelegramBadRequest, match="chat not found"):
        await aio.send_message(2002, "hi")
    with pytest.raises(tg_error.BadRequest, match="Chat not found"):
        await ptb.get_chat(2002)
    await user.send_command("/start")
    assert (await aio.send_message(2002, "hi")).chat.id == 2002
    chat = await ptb.get_chat(2002)
    assert chat.first_name == "New" and chat.type == "private"


async def test_callback_and_inline_answer_limits(server: BotApiServer, aio: Bot, user: Any) -> None:
    msg = await aio.send_message(1001, "x", reply_markup=KB)
    press = await user.press(msg.message_id, "更多")
    with pytest.raises(aio_exc.TelegramBadRequest, match="MESSAGE_TOO_LONG"):
        await aio.answer_callback_query(press.id, text="t" * 201)
    assert await aio.answer_callback_query(press.id, text="t" * 200)
    with pytest.raises(aio_exc.TelegramBadRequest, match="query is too old"):
        await aio.answer_callback_query(press.id)  # answered already
    query = await user.inline_query("AI 北京")

    def article(i: int | str) -> InlineQueryResultArticle:
        return InlineQueryResultArticle(id=str(i), title=f"t{i}",
                                        input_message_content=InputTextMessageContent(message_text="m"))

    with pytest.raises(aio_exc.TelegramBadRequest, match="RESULTS_TOO_MUCH"):
        await aio.answer_inline_query(query.id, [article(i) for i in range(51)])
    with pytest.raises(aio_exc.TelegramBadRequest, match="RESULT_ID_DUPLICATE"):
        await aio.answer_inline_query(query.id, [article(1), article(1)])
    bad = InlineQueryResultArticle(id="x", title="t", input_message_content=InputTextMessageContent(
        message_text="<b>x", parse_mode="HTML"))
    with pytest.raises(aio_exc.TelegramBadRequest, match="can't parse entities"):
        await aio.answer_inline_query(query.id, [bad])
    assert await aio.answer_inline_query(query.id, [article(1), article(2)], next_offset="2", cache_time=0)
    answer = await query.wait_answer()
    assert answer.ids == ["1", "2"] and answer.next_offset == "2" and answer.titles == ["t1", "t2"]


# --- rate limits --------------------------------------------------------------------------------------


async def test_private_chat_rate_limit_429_with_retry_after(server: BotApiServer, aio: Bot,
                                                            ptb: telegram.Bot, user: Any) -> None:
    server.rate_limits = RateLimits(private=Limit(2, 0.3))
    await aio.send_message(1001, "1")
    await aio.send_message(1001, "2")
    with pytest.raises(aio_exc.TelegramRetryAfter) as e1:
        await aio.send_message(1001, "3")
    assert e1.value.retry_after == 1  # whole seconds, at least 1, like Telegram
    with pytest.raises(tg_error.RetryAfter) as e2:
        await ptb.send_message(1001, "3")
    assert retry_seconds(e2.value) == 1
    await aio.send_chat_action(1001, "typing")  # chat actions are not counted
    rec = server.rejected[-1]
    assert rec.status == 429 and rec.response["parameters"] == {"retry_after": 1}
    assert rec.description == "Too Many Requests: retry after 1" and not rec.injected
    await asyncio.sleep(0.31)
    await aio.send_message(1001, "3")
    assert [m.text for m in user.messages] == ["1", "2", "3"]


async def test_group_and_overall_limits(server: BotApiServer, aio: Bot) -> None:
    server.rate_limits = RateLimits(private=None, group=Limit(3, 0.3), overall=Limit(5, 0.3))
    group = server.group(-100123, "科普群")
    for i in range(3):
        await aio.send_message(-100123, f"g{i}")
    with pytest.raises(aio_exc.TelegramRetryAfter):
        await aio.send_message(-100123, "g3")
    users = [server.user(3000 + i, f"u{i}", known=True) for i in range(3)]
    await aio.send_message(users[0].chat_id, "a")
    await aio.send_message(users[1].chat_id, "b")
    with pytest.raises(aio_exc.TelegramRetryAfter):  # 6th message within 0.3 s across chats
        await aio.send_message(users[2].chat_id, "c")
    assert len(group.messages) == 3
    server.rate_limits = RateLimits.off()
    for i in range(10):
        await aio.send_message(-100123, f"free{i}")


async def test_edits_count_per_chat(server: BotApiServer, aio: Bot, user: Any) -> None:
    server.rate_limits = RateLimits(private=Limit(2, 0.3))
    msg = await aio.send_message(1001, "v1")
    await aio.edit_message_text("v2", chat_id=1001, message_id=msg.message_id)
    with pytest.raises(aio_exc.TelegramRetryAfter):
        await aio.edit_message_text("v3", chat_id=1001, message_id=msg.message_id)


def test_scaled_limits() -> None:
    fast = RateLimits().scaled(0.01)
    assert fast.group == Limit(20, 0.6) and fast.private == Limit(3, 0.03)


# --- faults --------------------------------------------------------------------------------------------

FAULTS = [
    ("rate_limit", dict(retry_after=7), 429, aio_exc.TelegramRetryAfter, tg_error.RetryAfter,
     "Too Many Requests: retry after 7"),
    ("blocked", {}, 403, aio_exc.TelegramForbiddenError, tg_error.Forbidden,
     "Forbidden: bot was blocked by the user"),
    ("chat_not_found", {}, 400, aio_exc.TelegramBadRequest, tg_error.BadRequest, "Bad Request: chat not found"),
    ("server_error", {}, 500, aio_exc.TelegramServerError, tg_error.NetworkError, "Internal Server Error"),
    ("bad_gateway", {}, 502, aio_exc.TelegramServerError, tg_error.NetworkError, "Bad Gateway"),
]


@pytest.mark.parametrize(("kind", "kw", "status", "aio_error", "ptb_error", "description"), FAULTS)
async def test_fault_kinds_with_both_clients(server: BotApiServer, aio: Bot, ptb: telegram.Bot, user: Any,
                                             kind: str, kw: dict[str, Any], status: int, aio_error: type,
                                             ptb_error: type, description: str) -> None:
    fault = server.faults.add(kind, method="sendMessage", chat_id=1001, times=2, **kw)  # type: ignore[arg-type]
    with pytest.raises(aio_error):
        await aio.send_message(1001, "x")
    with pytest.raises(ptb_error):
        await ptb.send_message(1001, "x")
    await aio.send_message(1001, "through")  # times=2 used up
    assert fault.hits == 2 and fault.remaining == 0
    rejected = server.rejected
    assert [r.status for r in rejected] == [status, status]
    assert all(r.injected and r.description == description for r in rejected)
    server.assert_no_rejections()  # injected faults are not the bot's fault
    with pytest.raises(AssertionError):
        server.assert_no_rejections(include_injected=True)


async def test_fault_matching_probability_and_slow(server: BotApiServer, aio: Bot, user: Any) -> None:
    other = server.user(1002, "Other", known=True)
    server.faults.server_error(chat_id=1002, times=None)
    await aio.send_message(1001, "fine")  # other chat: not matched
    with pytest.raises(aio_exc.TelegramServerError):
        await aio.send_message(other.chat_id, "x")
    server.faults.clear()
    flaky = server.faults.bad_gateway(method="sendChatAction", probability=0.5, seed=3)
    outcomes = []
    for _ in range(20):
        try:
            await aio.send_chat_action(1001, "typing")
            outcomes.append(True)
        except aio_exc.TelegramServerError:
            outcomes.append(False)
    assert 0 < flaky.hits < 20 and outcomes.count(False) == flaky.hits
    server.faults.clear()
    server.faults.slow(0.3, method="getMe")
    t0 = time.monotonic()
    await aio.get_me()
    assert time.monotonic() - t0 >= 0.3


async def test_block_is_permanent_and_user_block_sends_my_chat_member(server: BotApiServer, aio: Bot,
                                                                        user: Any) -> None:
    await user.block_bot()
    for _ in range(2):
        with pytest.raises(aio_exc.TelegramForbiddenError, match="bot was blocked by the user"):
            await aio.send_message(1001, "x")
    [update] = await aio.get_updates()
    assert update.my_chat_member.new_chat_member.status == "kicked"
    await user.unblock_bot()
    await aio.send_message(1001, "back")
    server.group(-100555, "g")
    server.block(-100555)
    with pytest.raises(aio_exc.TelegramForbiddenError, match="bot was kicked from the group chat"):
        await aio.send_message(-100555, "x")


# --- files -----------------------------------------------------------------------------------------------


async def test_document_upload_and_download_both_clients(server: BotApiServer, aio: Bot, ptb: telegram.Bot,
                                                         user: Any) -> None:
    ics = "BEGIN:VCALENDAR\r\nSUMMARY:天文讲座\r\nEND:VCALENDAR\r\n".encode()
    m1 = await aio.send_document(1001, BufferedInputFile(ics, "event.ics"), caption="<b>日历</b>", parse_mode="HTML")
    m2 = await ptb.send_document(1001, ics, filename="event2.ics")
    assert m1.document.file_name == "event.ics" and m1.document.mime_type == "text/calendar"
    assert m1.caption == "日历" and m1.caption_entities[0].type == "bold"
    doc1, doc2 = user.read()
    assert doc1.document.data == ics and doc2.document.file_name == "event2.ics"
    assert [f.data for f in server.uploads] == [ics, ics]
    f = await aio.get_file(m1.document.file_id)
    assert (await aio.download_file(f.file_path)).read() == ics
    pf = await ptb.get_file(m2.document.file_id)
    assert bytes(await pf.download_as_bytearray()) == ics
    again = await aio.send_document(1001, m1.document.file_id)  # resend by file_id
    assert again.document.file_id == m1.document.file_id
    with pytest.raises(aio_exc.TelegramBadRequest, match="wrong file identifier"):
        await aio.send_document(1001, "no-such-file-id")
    with pytest.raises(aio_exc.TelegramBadRequest, match="invalid file_id"):
        await aio.get_file("nope")


async def test_user_sent_files_reach_the_bot(server: BotApiServer, aio: Bot, user: Any) -> None:
    await user.send_document("events.ics", b"BEGIN:VCALENDAR", mime_type="text/calendar", caption="导入")
    await user.send_photo()
    await user.send_sticker("🔭")
    await user.send_location(32.04, 118.82)
    doc, photo, sticker, loc = [u.message for u in await aio.get_updates()]
    assert (doc.document.file_name, doc.document.mime_type, doc.document.file_size) == (
        "events.ics", "text/calendar", 15)
    assert doc.caption == "导入"
    data = await aio.download(doc.document.file_id)
    assert data.read() == b"BEGIN:VCALENDAR"
    assert len(photo.photo) == 2 and photo.photo[-1].width == 1280
    assert sticker.sticker.emoji == "🔭"
    assert (loc.location.latitude, loc.location.longitude) == (32.04, 118.82)


# --- messages: edits, deletes, locations, venues, chat actions ---------------------------------------------


async def test_edits_and_deletes_are_applied(server: BotApiServer, aio: Bot, ptb: telegram.Bot, user: Any) -> None:
    msg = await aio.send_message(1001, "v1", reply_markup=KB)
    with pytest.raises(aio_exc.TelegramBadRequest, match="message is not modified"):
        await aio.edit_message_text("v1", chat_id=1001, message_id=msg.message_id, reply_markup=KB)
    edited = await aio.edit_message_text("v2", chat_id=1001, message_id=msg.message_id)
    assert edited.text == "v2" and edited.reply_markup is None and edited.edit_date is not None
    await ptb.edit_message_reply_markup(1001, msg.message_id, reply_markup=telegram.InlineKeyboardMarkup(
        [[telegram.InlineKeyboardButton("再来", callback_data="again")]]))
    [record] = user.messages
    assert record.text == "v2" and record.button_texts == ["再来"] and len(record.edits) == 2
    assert await aio.delete_message(1001, msg.message_id)
    assert record.deleted and user.last_message is None
    with pytest.raises(aio_exc.TelegramBadRequest, match="message to edit not found"):
        await aio.edit_message_text("v3", chat_id=1001, message_id=msg.message_id)
    with pytest.raises(aio_exc.TelegramBadRequest, match="message to delete not found"):
        await aio.delete_message(1001, 999)


async def test_location_venue_and_chat_action(server: BotApiServer, aio: Bot, user: Any) -> None:
    loc = await aio.send_location(1001, 32.0415, 118.7781)
    venue = await aio.send_venue(1001, 32.0415, 118.7781, "南京科技馆", "雨花台区紫荆花路9号")
    assert loc.location.latitude == pytest.approx(32.0415)
    assert venue.venue.title == "南京科技馆" and venue.location.longitude == pytest.approx(118.7781)
    await aio.send_chat_action(1001, "typing")
    with pytest.raises(aio_exc.TelegramBadRequest, match="wrong parameter action"):
        await aio.send_chat_action(1001, "dancing")
    with pytest.raises(aio_exc.TelegramBadRequest, match="wrong latitude"):
        await aio.send_location(1001, 91, 0)
    m_loc, m_venue = user.read()
    assert m_loc.kind == "location" and m_venue.venue["address"] == "雨花台区紫荆花路9号"
    assert user.chat_actions == ["typing"]


async def test_reply_to_missing_message(server: BotApiServer, ptb: telegram.Bot, user: Any) -> None:
    sent = await user.send_text("question")
    reply = await ptb.send_message(1001, "answer", reply_to_message_id=sent["message_id"])
    assert reply.reply_to_message.text == "question"
    with pytest.raises(tg_error.BadRequest, match="Message to be replied not found"):
        await ptb.send_message(1001, "x", reply_to_message_id=999)


async def test_commands_and_menu_button(server: BotApiServer, aio: Bot, ptb: telegram.Bot) -> None:
    cmds = [BotCommand(command="start", description="开始"), BotCommand(command="near", description="附近活动")]
    assert await aio.set_my_commands(cmds, scope=BotCommandScopeAllPrivateChats(), language_code="zh")
    assert [c.command for c in await aio.get_my_commands(scope=BotCommandScopeAllPrivateChats(),
                                                          language_code="zh")] == ["start", "near"]
    assert await aio.get_my_commands() == []  # other scope / language: not set
    with pytest.raises(aio_exc.TelegramBadRequest, match="BOT_COMMAND_INVALID"):
        await aio.set_my_commands([BotCommand(command="Bad-Command", description="x")])
    assert await ptb.delete_my_commands(scope=telegram.BotCommandScopeAllPrivateChats(), language_code="zh")
    assert await ptb.get_my_commands(scope=telegram.BotCommandScopeAllPrivateChats(), language_code="zh") == ()
    assert await ptb.set_chat_menu_button(menu_button=telegram.MenuButtonCommands())
    assert isinstance(await ptb.get_chat_menu_button(), telegram.MenuButtonCommands)


async def test_close_and_log_out(server: BotApiServer, aio: Bot) -> None:
    assert await aio.close()
    assert (await aio.get_me()).username == "kepu_test_bot"
    assert await aio.log_out()
    with pytest.raises(aio_exc.TelegramUnauthorizedError):
        await aio.get_me()


# --- users and groups in scenario style ------------------------------------------------------------------


async def test_user_flow_with_aiogram_dispatcher(server: BotApiServer, aio: Bot) -> None:
    dp = Dispatcher()

    @dp.message(CommandStart())
    async def start(message: Message, command: CommandObject) -> None:
        await message.answer(f"欢迎！活动 {command.args}", reply_markup=KB)

    @dp.callback_query(F.data == "more")
    async def more(query: CallbackQuery) -> None:
        await query.answer("加载中")
        assert isinstance(query.message, Message)
        await query.message.edit_text("更多活动：天文讲座")

    @dp.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(f"搜索：{message.text}")

    polling = asyncio.create_task(dp.start_polling(aio, handle_signals=False, polling_timeout=1))
    try:
        user = server.user(1001, "Li", language_code="zh")
        await user.send_command("/start", args="e_42")
        [welcome] = await user.wait_for_messages(n=1, timeout=5)
        assert welcome.text == "欢迎！活动 e_42" and welcome.button_texts == ["更多"]
        press = await user.press(welcome, "更多")
        assert (await press.wait_answer())["text"] == "加载中"
        await user.wait_for_edit(welcome)
        assert welcome.text == "更多活动：天文讲座" and welcome.buttons == []
        await user.send_text("这周末南京")
        assert (await user.wait_for_message()).text == "搜索：这周末南京"
        await server.wait_idle()
        server.assert_no_rejections()
        with pytest.raises(WaitTimeout, match="expected 1 new bot message"):
            await user.wait_for_messages(1, timeout=0.2)
    finally:
        await dp.stop_polling()
        await polling


async def test_user_flow_with_ptb_application(server: BotApiServer) -> None:
    async def start(update: telegram.Update, context: Any) -> None:
        kb = telegram.InlineKeyboardMarkup([[telegram.InlineKeyboardButton("附近", callback_data="near")]])
        await update.effective_message.reply_html("<i>你好</i>", reply_markup=kb)

    async def near(update: telegram.Update, context: Any) -> None:
        await update.callback_query.answer()
        await update.effective_message.reply_location(32.04, 118.82)

    app = (Application.builder().token(TOKEN).base_url(f"{server.base_url}/bot")
           .base_file_url(f"{server.base_url}/file/bot").build())
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(near))
    async with app:
        await app.updater.start_polling(timeout=1, poll_interval=0)  # type: ignore[union-attr]
        await app.start()
        try:
            user = server.user(1001, "Li")
            await user.send_command("/start")
            hello = await user.wait_for_message()
            assert hello.text == "你好" and hello.entities[0]["type"] == "italic"
            press = await user.press(hello, "附近")
            await press.wait_answer()
            assert (await user.wait_for_message()).location == {"latitude": 32.04, "longitude": 118.82}
            await server.wait_idle()
            server.assert_no_rejections()
        finally:
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()


async def test_forged_callback_data_and_inline_query_flow(server: BotApiServer, aio: Bot, user: Any) -> None:
    msg = await aio.send_message(1001, "x", reply_markup=KB)
    record = user.read()[0]
    with pytest.raises(LookupError, match="no button"):
        await user.press(record, "不存在")
    forged = await user.press(record, callback_data="admin:delete_all")
    query = await user.inline_query("AI 北京", offset="10")
    cq, iq = await aio.get_updates()
    assert cq.callback_query.data == "admin:delete_all" and cq.callback_query.message.message_id == msg.message_id
    assert cq.callback_query.chat_instance and cq.callback_query.id == forged.id
    assert (iq.inline_query.query, iq.inline_query.offset) == ("AI 北京", "10")
    assert iq.inline_query.id == query.id


async def test_group_privacy_mode_and_mentions(server: BotApiServer, aio: Bot) -> None:
    group = server.group(-100123, "科普群")
    li = server.user(1001, "Li")
    await group.send_text(li, "随便聊聊")  # not for the bot: privacy mode hides it
    await group.send_text(li, "hi @kepu_test_bot 周末有什么?")
    await group.send_command(li, "/near", mention_bot=True)
    await group.send_command(li, "/near@other_bot")
    texts = [u.message.text for u in await aio.get_updates()]
    assert texts == ["hi @kepu_test_bot 周末有什么?", "/near@kepu_test_bot"]
    assert len(group.transcript) == 4
    sent = await aio.send_message(-100123, "在这里")
    assert sent.chat.type == "supergroup" and sent.chat.title == "科普群"
    assert (await group.wait_for_message()).text == "在这里"


async def test_copy_forward_user_edits_and_transcript(server: BotApiServer, aio: Bot, user: Any) -> None:
    sent = await user.send_text("原话")
    copied = await aio.copy_message(1001, 1001, sent["message_id"])
    forwarded = await aio.forward_message(1001, 1001, sent["message_id"])
    assert forwarded.text == "原话" and forwarded.forward_origin.type == "user"
    await user.edit_text(sent, "改过的话")
    [update] = [u for u in await aio.get_updates() if u.edited_message]
    assert update.edited_message.text == "改过的话"
    lines = [str(m) for m in server.transcript(1001)]
    assert lines == ["#1 user: 改过的话 (edited)", f"#{copied.message_id} bot: 原话", "#3 bot: 原话"]
    assert await aio.set_webhook("")  # an empty URL removes the webhook, as on Telegram
    record = await server.call("sendMessage", chat_id=1001, text="in-process")
    assert record.ok and record.result["text"] == "in-process"


async def test_group_press_and_lenient_entities(aio: Bot) -> None:
    async with BotApiServer(rate_limits=RateLimits.off(), strict_html_entities=False) as srv:
        srv.add_bot(TOKEN, "kepu_test_bot")
        bot = aiogram_bot(srv)
        group = srv.group(-100777, "g")
        li = srv.user(1001, "Li")
        msg = await bot.send_message(-100777, "R&D &nbsp;", parse_mode="HTML", reply_markup=KB)
        assert msg.text == "R&D &nbsp;"  # Telegram keeps unknown references literally
        press = await group.press(li, msg.message_id, "更多")
        [update] = await bot.get_updates()
        assert update.callback_query.from_user.id == 1001 and update.callback_query.id == press.id
        await close_aiogram(bot)


async def test_subscribe_sees_events(server: BotApiServer, aio: Bot, user: Any) -> None:
    kinds: list[str] = []
    unsubscribe = server.subscribe(lambda e: kinds.append(e.kind))
    await aio.send_message(1001, "x")
    unsubscribe()
    await aio.send_message(1001, "y")
    assert kinds == ["message", "request"]


# --- formatting unit checks --------------------------------------------------------------------------------


def test_html_entities_use_utf16_offsets() -> None:
    text, ents = parse_html('🔭 <b>天文</b> <a href="https://e.org/?a=1&amp;b=2">link</a> &#x1F30C;')
    assert text == "🔭 天文 link 🌌"
    assert ents == [
        {"type": "bold", "offset": 3, "length": 2},
        {"type": "text_link", "offset": 6, "length": 4, "url": "https://e.org/?a=1&b=2"},
    ]
    text, ents = parse_html('<pre><code class="language-python">x = 1</code></pre><tg-spoiler>s</tg-spoiler>')
    assert ents == [{"type": "pre", "offset": 0, "length": 5, "language": "python"},
                    {"type": "spoiler", "offset": 5, "length": 1}]


def test_markdown_v2() -> None:
    text, ents = parse_markdown_v2(r"*粗* _斜_ [链接](https://e.org) 3\.5 km\!")
    assert text == "粗 斜 链接 3.5 km!"
    assert [e["type"] for e in ents] == ["bold", "italic", "text_link"]
    with pytest.raises(EntityParseError, match="Can't find end of Bold entity"):
        parse_markdown_v2("*open")


# --- CLI ---------------------------------------------------------------------------------------------------


async def test_cli_serves_standalone() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.devserver", "--port", str(port), "--token", "42:CLI", "--username", "cli_bot"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as s:
            for _ in range(100):
                try:
                    async with s.get(f"http://127.0.0.1:{port}/bot42:CLI/getMe") as r:
                        body = await r.json()
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
            else:
                pytest.fail("CLI server did not start")
        assert body["result"]["username"] == "cli_bot"
    finally:
        proc.terminate()
        proc.wait(timeout=5)
