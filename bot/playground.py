"""The playground: talk to the bot in the terminal, no Telegram account or token needed.

One command starts the local Bot API server (bot.devserver), the real bot against it (the runtime of
BOT_FRAMEWORK, long polling, the sample events in the database), and this chat, where you type as a
Telegram user would:

    周末北京有什么人工智能活动      a message (commands too: /start, /today, /settings …)
    2                              press button 2 of the last message that had buttons
    28.19, 112.98                  share a location (latitude, longitude)
    @ AI 北京                      an inline query, as typing "@bot AI 北京" in any chat
    /quit                          leave (or Ctrl+D)

A t.me deep link on a button ("share", "open in the bot") is followed as Telegram would: it sends
/start with the link's payload. Calendar files the bot sends are saved under VAR_DIR/playground/.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
import threading
from dataclasses import dataclass, field
from typing import Callable, TextIO
from urllib.parse import parse_qs, unquote, urlsplit

from pydantic import SecretStr

from bot.config import Settings

TOKEN = "100000:PLAYGROUND"
USERNAME = "kepu_playground_bot"
_COORDS = re.compile(r"^\s*(?:loc(?:ation)?\s+)?(-?\d{1,2}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$", re.I)

HELP = """\
Playground: you are a Telegram user talking to the bot ({framework}). Type:
  a message or /command    e.g. 周末北京有什么人工智能活动, space lectures for kids in Changsha, /start
  a number                 press that button of the last message with buttons
  LAT, LON                 share a location, e.g. 28.19, 112.98 (Changsha)
  @ words                  an inline query, as "@bot words" in any chat
  /quit                    leave (Ctrl+D too)
"""


@dataclass
class _Screen:
    """What has been shown: bot messages (and their edits) already printed, the buttons to press."""
    out: TextIO
    printed: dict[int, int] = field(default_factory=dict)  # message_id -> edits shown
    buttons: list[dict] = field(default_factory=list)
    message: object = None  # the message the numbered buttons belong to

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def show(self, msg, files_dir) -> None:
        edited = msg.message_id in self.printed
        self.printed[msg.message_id] = len(msg.edits)
        mark = "✏️  (edited)" if edited else "🤖"
        if msg.kind == "document" and msg.document is not None:
            files_dir.mkdir(parents=True, exist_ok=True)
            path = files_dir / (msg.document.file_name or f"file-{msg.message_id}")
            path.write_bytes(msg.document.data)
            self.say(f"{mark} 📎 {msg.document.file_name} ({msg.document.file_size} bytes) saved to {path}")
            if msg.caption:
                self.say("   " + msg.caption.replace("\n", "\n   "))
        elif msg.kind in ("venue", "location"):
            v = msg.venue or {"location": msg.location}
            loc = v["location"]
            name = f"{v.get('title', '')} · {v.get('address', '')}".strip(" ·")
            self.say(f"{mark} 📍 {name} ({loc['latitude']:.5f}, {loc['longitude']:.5f})")
        else:
            self.say(f"{mark} " + (msg.text or "").replace("\n", "\n   "))
        if msg.buttons:
            self.buttons, self.message = msg.buttons, msg
            labels = []
            for i, b in enumerate(msg.buttons, 1):
                labels.append(f"[{i}] {b['text']}" + (" ↗" if b.get("url") else ""))
            self.say("   " + "   ".join(labels))
        self.say()


def _deep_link_payload(url: str) -> str | None:
    """The /start payload a t.me link carries, directly or inside a t.me/share link."""
    parts = urlsplit(url)
    if parts.netloc != "t.me":
        return None
    query = parse_qs(parts.query)
    if parts.path == "/share/url" and query.get("url"):
        return _deep_link_payload(unquote(query["url"][0]))
    return query.get("start", [None])[0]


async def run_playground(settings: Settings, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
                         user_language: str | None = None, time_scale: float = 1.0, flood=None) -> int:
    """`time_scale` < 1 shortens Telegram's flood-limit windows on both sides, and `flood` replaces
    the bot's flood control: a script types faster than a person (tests)."""
    from bot.app import start_app
    from bot.devserver import BotApiServer, RateLimits
    from bot.runtime import SendLimits

    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    screen = _Screen(stdout)
    server = BotApiServer(rate_limits=RateLimits().scaled(time_scale))
    await server.start()
    server.add_bot(token=TOKEN, username=USERNAME, first_name="科普助手")
    local = settings.model_copy(update={"bot_token": SecretStr(TOKEN), "telegram_api_url": server.base_url,
                                        "webhook_url": None})
    screen.say(f"Starting the bot with the sample events ({local.db_url}) …")
    try:
        app = await start_app(local, limits=SendLimits().scaled(time_scale), flood=flood)
    except BaseException:
        await server.stop()
        raise
    lang = user_language or _terminal_language()
    user = server.user(1, os.environ.get("USER", "you").capitalize() or "You", language_code=lang)
    files_dir = local.var_dir / "playground"
    screen.say(HELP.format(framework=local.bot_framework))
    try:
        bridge = app.runtime.bridge
        await _send(server, user, screen, files_dir, lambda: user.send_command("/start"), bridge)
        await _chat(server, user, screen, files_dir, stdin, bridge)
    finally:
        await app.stop()
        await server.stop()
    return 0


def _terminal_language() -> str | None:
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "en" if lang.lower().startswith("en") else ("zh" if lang.lower().startswith("zh") else None)


async def _read_line(stdin: TextIO) -> str | None:
    """One line from stdin without blocking the loop. A daemon thread, not the default executor:
    on Ctrl+C nothing then waits for a line that never comes."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[str] = loop.create_future()

    def settle(line: str | None, exc: BaseException | None) -> None:
        if not done.done():
            done.set_exception(exc) if exc else done.set_result(line or "")

    def read() -> None:
        try:
            line, exc = stdin.readline(), None
        except Exception as e:  # noqa: BLE001 - handed over to the loop
            line, exc = None, e
        with contextlib.suppress(RuntimeError):  # the loop is already closed: nobody is waiting
            loop.call_soon_threadsafe(settle, line, exc)

    threading.Thread(target=read, name="playground-stdin", daemon=True).start()
    line = await done
    return None if line == "" else line.rstrip("\n")


async def _chat(server, user, screen: _Screen, files_dir, stdin: TextIO, bridge) -> None:
    while True:
        if stdin.isatty():
            screen.out.write("you> ")
            screen.out.flush()
        line = await _read_line(stdin)
        if line is None or line.strip() in ("/quit", "/exit"):
            return
        text = line.strip()
        if not text:
            continue
        if text.isdigit() and screen.buttons:
            await _press(server, user, screen, files_dir, int(text), bridge)
        elif text.isdigit():
            screen.say("(no buttons to press yet)")
        elif (m := _COORDS.match(text)) and abs(float(m.group(1))) <= 90 and abs(float(m.group(2))) <= 180:
            lat, lon = float(m.group(1)), float(m.group(2))
            await _send(server, user, screen, files_dir, lambda: user.send_location(lat, lon), bridge)
        elif text.startswith("@"):
            await _inline(server, user, screen, text.lstrip("@").removeprefix(USERNAME).strip())
        else:
            await _send(server, user, screen, files_dir, lambda: user.send_text(text), bridge)


async def _send(server, user, screen: _Screen, files_dir, action: Callable, bridge) -> None:
    await action()
    await _show_news(server, user, screen, files_dir, bridge)


async def _settle(server, bridge, timeout: float = 30.0) -> bool:
    """Wait until the update was fetched and fully answered (the bot may be pacing itself)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        await server.wait_idle(quiet=0.15, timeout=max(0.2, deadline - loop.time()))
        if bridge.busy == 0:
            await asyncio.sleep(0.05)
            if bridge.busy == 0:
                return True
        await asyncio.sleep(0.05)
    return False


async def _show_news(server, user, screen: _Screen, files_dir, bridge) -> None:
    try:
        settled = await _settle(server, bridge)
    except TimeoutError:
        settled = False
    if not settled:
        screen.say("(the bot is taking long; its answer will show with your next message)")
    for msg in user.messages:
        if msg.message_id not in screen.printed or screen.printed[msg.message_id] != len(msg.edits):
            screen.show(msg, files_dir)


async def _press(server, user, screen: _Screen, files_dir, number: int, bridge) -> None:
    if not 1 <= number <= len(screen.buttons):
        screen.say(f"(press 1 to {len(screen.buttons)})")
        return
    button = screen.buttons[number - 1]
    if button.get("url"):
        payload = _deep_link_payload(button["url"])
        if payload is None:
            screen.say(f"🔗 {button['url']}")
            return
        screen.say(f"(following the link: /start {payload})")
        await _send(server, user, screen, files_dir, lambda: user.send_command("/start", args=payload), bridge)
        return
    handle = await user.press(screen.message, callback_data=button.get("callback_data"))
    await _show_news(server, user, screen, files_dir, bridge)
    if handle.answer and handle.answer.get("text"):
        screen.say(f"💬 {handle.answer['text']}\n")


async def _inline(server, user, screen: _Screen, query: str) -> None:
    handle = await user.inline_query(query)
    try:
        answer = await handle.wait_answer(timeout=30)
    except TimeoutError:
        screen.say("(no inline answer)")
        return
    if not answer.results:
        screen.say("🤖 (inline) nothing found\n")
        return
    screen.say(f"🤖 (inline) {len(answer.results)} result(s) for “{query}”:")
    for r in answer.results:
        screen.say(f"   • {r.get('title')} — {r.get('description', '')}")
    buttons = [b for r in answer.results for row in r.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
    if buttons:
        screen.buttons, screen.message = buttons, None
        screen.say("   " + "   ".join(f"[{i}] {r.get('title', '')[:24]} ↗" for i, r in enumerate(answer.results, 1)))
    screen.say()
