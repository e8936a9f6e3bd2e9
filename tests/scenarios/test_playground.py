"""The playground a newcomer starts with `python -m bot run` and no BOT_TOKEN: the local server, the
bot with the sample events, and a chat typed on standard input."""
from __future__ import annotations

import io
import re

from bot.app import run_bot
from bot.config import Settings
from handlers.flood import FloodGuard
from bot.playground import _deep_link_payload, run_playground


async def test_without_a_token_run_starts_the_playground(monkeypatch):
    started = []

    async def fake(settings):
        started.append(settings)
        return 0

    monkeypatch.setattr("bot.playground.run_playground", fake)
    assert await run_bot(Settings(_env_file=None, bot_token=None)) == 0
    assert await run_bot(Settings(_env_file=None, bot_token="1:x"), playground=True) == 0
    assert len(started) == 2


class ScriptedInput:
    """Stdin whose lines may look at what the playground printed so far (to find a button's number)."""

    def __init__(self, lines, screen: io.StringIO):
        self.lines, self.screen = list(lines), screen

    def readline(self) -> str:
        if not self.lines:
            return ""
        line = self.lines.pop(0)
        return (line(self.screen.getvalue()) if callable(line) else line) + "\n"

    def isatty(self) -> bool:
        return False


def button(label: str):
    """The number the playground shows for the last button with this label."""
    return lambda screen: re.findall(rf"\[(\d+)\] [^\[]*{re.escape(label)}", screen)[-1]


async def test_playground_chat_from_standard_input(tmp_path):
    stdout = io.StringIO()
    lines = ["5", "北京 人工智能", "1", button("Add to calendar"), "28.19, 112.98", "@ AI", "1", "/quit"]
    stdin = ScriptedInput(lines, stdout)
    settings = Settings(_env_file=None, var_dir=tmp_path, bot_token=None, default_language="zh")
    assert await run_playground(settings, stdin=stdin, stdout=stdout, user_language="zh", time_scale=0.05,
                                flood=FloodGuard(100, 100)) == 0
    out = stdout.getvalue()
    assert "你好" in out and "[1] 这周末北京有什么科普活动" in out
    assert "Language: English" in out  # button 5 switched the language
    assert "🔎 Beijing · Artificial intelligence" in out
    assert "event-" in out and list((tmp_path / "playground").glob("event-*.ics"))
    assert "nearest first" in out and " km" in out
    assert "(inline)" in out and "(following the link: /start e_" in out


def test_deep_links_are_followed():
    assert _deep_link_payload("https://t.me/kepu_bot?start=e_12") == "e_12"
    assert _deep_link_payload("https://t.me/share/url?url=https%3A%2F%2Ft.me%2Fkepu_bot%3Fstart%3De_7&text=x") == "e_7"
    assert _deep_link_payload("https://example.org/?start=e_1") is None
