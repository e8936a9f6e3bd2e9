"""Starting and stopping: a stop right after the start returns promptly, and a stop while an update is
being answered lets the answer go out first."""
from __future__ import annotations

import asyncio

import pytest

from bot.app import start_app
from bot.config import Settings
from bot.devserver import BotApiServer
from handlers.router import router
from handlers.types import Reply
from tests.scenarios.conftest import BOT_USERNAME, RUNTIMES, TOKEN, free_port


def settings_for(server, framework, mode, tmp_path) -> Settings:
    extra = {}
    if mode == "webhook":
        port = free_port()
        extra = dict(webhook_url=f"http://127.0.0.1:{port}/hook", webhook_listen_port=port)
    return Settings(_env_file=None, bot_token=TOKEN, bot_framework=framework, telegram_api_url=server.base_url,
                    database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", load_sample_events=False, **extra)


@pytest.mark.parametrize("framework, mode", RUNTIMES, ids=[f"{f}-{m}" for f, m in RUNTIMES])
async def test_stop_right_after_start_and_during_an_answer(tmp_path, framework, mode):
    async with BotApiServer() as server:
        server.add_bot(token=TOKEN, username=BOT_USERNAME)
        app = await start_app(settings_for(server, framework, mode, tmp_path))
        await asyncio.wait_for(app.stop(), 5)

        app = await start_app(settings_for(server, framework, mode, tmp_path))
        started = asyncio.Event()

        async def slow(ctx, inc):
            started.set()
            await asyncio.sleep(0.5)
            return [Reply(text="done")]

        router.commands["slowpoke"] = slow
        try:
            user = server.user(6001)
            await user.send_command("/slowpoke")
            await asyncio.wait_for(started.wait(), 5)
            await asyncio.wait_for(app.stop(), 10)
        finally:
            del router.commands["slowpoke"]
        assert [m.text for m in user.read()] == ["done"]
        server.assert_no_rejections()
