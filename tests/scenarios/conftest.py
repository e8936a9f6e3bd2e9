"""The scenario harness: the real bot (aiogram or PTB, polling or webhook) against the local Bot API
server, over HTTP, with the sample events; tests act as users.

Every scenario runs four times (`harness` is parametrized over framework × mode). After each one the
harness checks what a real deployment would suffer from: a request the server rejected (other than
faults the test injected), and any error logged by the bot.
"""
from __future__ import annotations

import asyncio
import logging
import shutil
import socket
from dataclasses import dataclass
from datetime import datetime, timezone

import pytest

from bot.app import App, start_app
from bot.config import Settings
from bot.devserver import BotApiServer, ChatMessage, RateLimits, UserActor
from bot.runtime import SendLimits
from handlers.flood import FloodGuard

TOKEN = "123456:SCENARIO"
BOT_USERNAME = "kepu_test_bot"
RUNTIMES = [("aiogram", "polling"), ("aiogram", "webhook"), ("ptb", "polling"), ("ptb", "webhook")]
# Telegram's limits, 50 times faster: the bot's pacing is exercised without slowing the suite down.
TIME_SCALE = 0.02


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    """The sample events, loaded once (dated from now, like a real start) and copied per scenario."""
    from bot.importer.ingest import load_samples
    from bot.store.db import open_database

    path = tmp_path_factory.mktemp("scenario") / "sample.db"

    async def build():
        db = await open_database(f"sqlite+aiosqlite:///{path}")
        await load_samples(db, now=datetime.now(timezone.utc))
        await db.close()

    asyncio.run(build())
    return path


@dataclass
class Harness:
    server: BotApiServer
    app: App
    framework: str
    mode: str
    settings: Settings

    def user(self, user_id: int, name: str = "Li", lang: str | None = "zh") -> UserActor:
        return self.server.user(user_id, name, language_code=lang, username=f"user{user_id}")

    @property
    def conversation(self):
        return self.app.runtime.conversation


@pytest.fixture(params=RUNTIMES, ids=[f"{f}-{m}" for f, m in RUNTIMES])
async def harness(request, sample_db, tmp_path, caplog):
    framework, mode = request.param
    caplog.set_level(logging.WARNING)
    server = BotApiServer(rate_limits=RateLimits().scaled(TIME_SCALE))
    await server.start()
    server.add_bot(token=TOKEN, username=BOT_USERNAME)
    db_path = tmp_path / "bot.db"
    shutil.copy(sample_db, db_path)
    extra = {}
    if mode == "webhook":
        port = free_port()
        extra = dict(webhook_url=f"http://127.0.0.1:{port}/telegram/hook", webhook_listen_port=port,
                     webhook_secret="scenario-secret_1")
    # No quiet hours: scenarios expect notices at once whatever the hour CI runs at (22:00-08:00 in
    # Shanghai is 14:00-24:00 UTC); holding them is tested with a set clock in test_reminders.
    settings = Settings(_env_file=None, bot_token=TOKEN, bot_framework=framework, telegram_api_url=server.base_url,
                        database_url=f"sqlite+aiosqlite:///{db_path}", load_sample_events=False,
                        default_quiet_start="00:00", default_quiet_end="00:00", **extra)
    # Scripted users type faster than people: flood control is switched to generous here and tested
    # with its real settings in test_flood_control.
    app = await start_app(settings, limits=SendLimits().scaled(TIME_SCALE), flood=FloodGuard(1000, 1000))
    h = Harness(server, app, framework, mode, settings)
    try:
        yield h
        await server.wait_idle(quiet=0.05)
    finally:
        await app.stop()
        await server.stop()
    server.assert_no_rejections()
    problems = [f"{r.name}: {r.getMessage()}" for r in caplog.records
                if r.levelno >= logging.ERROR or (r.levelno >= logging.WARNING and r.name.startswith(("bot.", "handlers")))]
    assert not problems, "the bot logged problems:\n" + "\n".join(problems)


# ---------------------------------------------------------------- small verbs for scenarios

async def say(user: UserActor, text: str) -> ChatMessage:
    await user.send_text(text)
    (msg,) = await user.wait_for_messages(1)
    return msg


async def command(user: UserActor, name: str, args: str | None = None) -> ChatMessage:
    await user.send_command(name, args=args)
    (msg,) = await user.wait_for_messages(1)
    return msg


async def press(user: UserActor, msg: ChatMessage, text: str | None = None, *, data: str | None = None) -> dict:
    """Press a button (by text, or forged data) and return the callback answer."""
    handle = await user.press(msg, text, callback_data=data)
    return await handle.wait_answer()


def data_starting(msg: ChatMessage, prefix: str) -> str:
    return next(b["callback_data"] for b in msg.buttons if b.get("callback_data", "").startswith(prefix))


async def edited(server: BotApiServer, msg: ChatMessage, edits_before: int) -> ChatMessage:
    await server.wait_until(lambda: len(msg.edits) > edits_before, 5.0, lambda: f"message {msg.message_id} not edited")
    return msg
