"""`python -m bot run` as an operator starts it: configuration from the environment, the sample
events seeded into an empty database, a conversation over HTTP, and a clean exit on SIGTERM."""
from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from bot.devserver import BotApiServer
from tests.scenarios.conftest import BOT_USERNAME, TOKEN, free_port


@pytest.mark.slow
@pytest.mark.parametrize("framework, mode", [("aiogram", "polling"), ("ptb", "webhook")])
async def test_run_from_the_environment_and_stop_on_sigterm(tmp_path, framework, mode):
    server = BotApiServer()
    await server.start()
    server.add_bot(token=TOKEN, username=BOT_USERNAME)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "WEBHOOK_", "TELEGRAM_", "DATABASE_"))}
    env.update(BOT_TOKEN=TOKEN, BOT_FRAMEWORK=framework, TELEGRAM_API_URL=server.base_url,
               DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", LOAD_SAMPLE_EVENTS="true")
    if mode == "webhook":
        port = free_port()
        env.update(WEBHOOK_URL=f"http://127.0.0.1:{port}/hook", WEBHOOK_LISTEN_PORT=str(port))
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        user = server.user(5001, "Li", language_code="zh")
        await server.wait_until(lambda: server.calls("setMyCommands"), timeout=30)
        await user.send_text("北京 人工智能")
        (msg,) = await user.wait_for_messages(1, timeout=20)
        assert msg.text.startswith("🔎 北京")  # the samples were loaded into the empty database
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), 15)
        err = (await proc.stderr.read()).decode()
        assert code == 0, err
        assert "Traceback" not in err
        if mode == "webhook":
            assert server.calls("setWebhook")[-1].params["secret_token"]
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        await server.stop()
