"""A local Telegram Bot API server for tests and the terminal playground.

No machine here reaches Telegram, so the bot's real clients (aiogram 3, python-telegram-bot 22)
talk over real HTTP to this server, which answers like api.telegram.org: it validates every
request against the Bot API 9.2 spec, applies Telegram's flood limits, records everything, and
lets a test act as the users on the other side.

Quick start::

    from bot.devserver import BotApiServer, RateLimits, Limit

    server = BotApiServer(rate_limits=RateLimits(private=Limit(3, 0.3)))   # port 0 -> free port
    await server.start()                      # server.base_url == "http://127.0.0.1:PORT"
    bot = server.add_bot(token="123456:TEST", username="kepu_test_bot")

    # aiogram:  Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(server.base_url)))
    # PTB:      Bot(token, base_url=f"{server.base_url}/bot", base_file_url=f"{server.base_url}/file/bot")

    user = server.user(1001, "Li", language_code="zh")   # private chat, chat_id == 1001
    await user.send_command("/start", args="e_42")
    await user.send_text("这周末南京")
    await user.send_location(32.04, 118.82)
    await user.send_document("events.ics", data, mime_type="text/calendar")
    reply, = await user.wait_for_messages(n=1, timeout=5)   # ChatMessage
    reply.text, reply.buttons, reply.document.data
    press = await user.press(reply, "下一页")                # or callback_data="page:2" (may be forged)
    await press.wait_answer()                               # answerCallbackQuery params
    answer = await (await user.inline_query("AI 北京")).wait_answer()   # InlineAnswer.results
    group = server.group(-100123, "科普群"); await group.send_text(user, "hi @kepu_test_bot")
    await server.wait_idle()
    server.assert_no_rejections()
    await server.stop()

Records and control (all on the server object):

* ``server.requests`` / ``server.rejected`` / ``server.calls("sendMessage")`` - RequestRecords;
  ``server.assert_no_rejections()`` fails on any request the server refused (injected faults
  excepted unless ``include_injected=True``);
* ``server.messages(chat_id)`` / ``server.transcript(chat_id)`` / ``server.uploads`` - what the
  bot sent (ChatMessage, with edits/deletions applied; FileRecord.data holds uploaded bytes);
* ``server.faults.rate_limit(...) / .blocked / .chat_not_found / .server_error / .bad_gateway /
  .slow / .error`` and ``server.block(chat_id)`` - misbehaviour on demand (see ``faults``);
* ``server.rate_limits = RateLimits(...)`` (or ``RateLimits.off()``) - change limits any time;
* ``await server.call("sendMessage", chat_id=..., text=...)`` - an API call in-process;
* ``server.subscribe(callback)`` - every request / update / message / edit as an ``Event``
  (the playground prints the conversation with it);
* ``await server.wait_until(predicate)``, ``await server.wait_idle()`` - waiting helpers that
  raise ``WaitTimeout`` with what happened instead.

One server per event loop (pytest-asyncio gives each test its own loop: use a function-scoped
fixture).

Pieces (one module each):

* ``server.BotApiServer`` - HTTP, pipeline, records, waiting helpers, ``subscribe`` for events;
* ``actors`` - ``UserActor`` / ``GroupActor`` and the query handles;
* ``spec`` - validation from ``bot_api_methods.json`` (regenerate with ``_trim_spec.py``);
* ``formatting`` - parse_mode HTML / MarkdownV2 / Markdown checks;
* ``methods`` - what each method does (and the generic answer for the rest);
* ``ratelimit`` - ``RateLimits`` / ``Limit``; ``faults`` - ``server.faults`` injection;
* ``records`` - ``RequestRecord`` and ``ChatMessage``; ``webhook`` - webhook delivery.

Run standalone: ``python -m bot.devserver --port 8081 --token 123456:TEST``.
"""

from .actors import (
    CallbackQueryHandle,
    GroupActor,
    InlineAnswer,
    InlineQueryHandle,
    UserActor,
    WaitTimeout,
)
from .errors import ApiError
from .faults import Fault, Faults
from .files import FileRecord, UploadedFile
from .ratelimit import Limit, RateLimits
from .records import ChatMessage, RequestRecord
from .server import BotApiServer, Event
from .world import BotState

__all__ = [
    "ApiError",
    "BotApiServer",
    "BotState",
    "CallbackQueryHandle",
    "ChatMessage",
    "Event",
    "Fault",
    "Faults",
    "FileRecord",
    "GroupActor",
    "InlineAnswer",
    "InlineQueryHandle",
    "Limit",
    "RateLimits",
    "RequestRecord",
    "UploadedFile",
    "UserActor",
    "WaitTimeout",
]
