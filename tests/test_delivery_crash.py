"""2,000 notices through the local Bot API server with faults (5% 429, 1% 5xx, a few blocked users),
the sender process killed with SIGKILL half-way and started again: every unblocked recipient ends with
exactly one copy of each notice, and the server never had to refuse a request for going too fast.

How the kill is placed. The sender runs in a child process (this file, run as a script). Its transport
is wrapped in a gate: while the file GATE exists, a send waits *before* its HTTP request. Half-way,
the test creates the gate, waits until every request already accepted by the server is recorded as sent
in the database (the child keeps claiming, dispatching into the gate, retrying...), then kills the child
with SIGKILL. At that moment rows are claimed ("sending") and held mid-flight, others are pending or
waiting out a 429: the restart must take the claims back and finish without a duplicate. The gate
only keeps the kill out of the one window no Telegram client can close — after Telegram accepted a
message and before the commit that records it (see bot/delivery/sender.py, "The residual risk").
"""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-crash"
USERS = list(range(100_001, 100_501))  # 500 users × 4 notices = 2,000
PER_USER = 4
BLOCKED = USERS[7::97]  # a few users who blocked the bot
# Telegram's limits, five times faster; the sender's budget is the same.
SERVER = dict(private=(1, 0.2), group=(20, 12.0), overall=(60, 0.25))
WORKER = "crash-sender"


def budget():
    from bot.delivery.limits import SendLimits, Window

    return SendLimits(overall=Window(*SERVER["overall"]), private=Window(*SERVER["private"]),
                      group=Window(*SERVER["group"]), margin=0.01)


# ---------------------------------------------------------------- the child: a sender process

class GatedTransport:
    def __init__(self, inner, gate: Path):
        self.inner = inner
        self.gate = gate

    async def send(self, chat_id, text_html, buttons, *, paid=False):
        while self.gate.exists():  # held before the request leaves: the server has not seen it
            await asyncio.sleep(0.02)
        return await self.inner.send(chat_id, text_html, buttons, paid=paid)


async def watchdog(limit: float) -> None:
    """A child never outlives its test: it exits when the test process is gone, or after `limit` s."""
    parent, deadline = os.getppid(), time.monotonic() + limit
    while os.getppid() == parent and time.monotonic() < deadline:
        await asyncio.sleep(0.5)
    os._exit(3)


async def child(db_url: str, base_url: str, gate: str) -> None:
    asyncio.get_running_loop().create_task(watchdog(180))
    # python-telegram-bot here: it imports in a fraction of a second, aiogram in several (both transports
    # are tested against the server in tests/test_sender.py).
    from bot.delivery.sender import Sender
    from bot.delivery.transport import PTBTransport
    from bot.store.db import open_database

    db = await open_database(db_url, migrate=False)
    transport = PTBTransport.create(TOKEN, base_url=base_url, concurrency=32, timeout=10)
    await transport.bot.initialize()
    sender = Sender(db, GatedTransport(transport, Path(gate)), limits=budget(),
                    worker_name=WORKER, lease=60, concurrency=32, backoff_base=0.2, poll_interval=0.1)
    try:
        stats = await sender.run(until_idle=True)
        print(dict(stats), flush=True)
    finally:
        await transport.bot.shutdown()
        await db.close()


# ---------------------------------------------------------------- the test

@pytest.mark.slow
async def test_two_thousand_notices_survive_a_sigkill_exactly_once(db_url, tmp_path):
    from bot.delivery.outbox import enqueue
    from bot.devserver import BotApiServer, Limit, RateLimits
    from bot.store.db import open_database
    from bot.store.models import Outbox, User
    from handlers.types import Button

    started = time.monotonic()
    server = BotApiServer(rate_limits=RateLimits(private=Limit(*SERVER["private"]), group=Limit(*SERVER["group"]),
                                                 overall=Limit(*SERVER["overall"])))
    await server.start()
    server.add_bot(token=TOKEN, username="kepu_crash_bot")
    for u in USERS:
        server.user(u, known=True)
    for u in BLOCKED:
        server.block(u)
    rate_limited = server.faults.rate_limit(method="sendMessage", probability=0.05, seed=4, retry_after=1)
    broken = server.faults.server_error(method="sendMessage", probability=0.01, seed=5)

    db = await open_database(db_url)
    now = datetime.now(timezone.utc)
    async with db.sessions() as s:
        s.add_all([User(id=u, active=True) for u in USERS])
        await s.flush()
        for n in range(PER_USER):
            for u in USERS:
                await enqueue(s, chat_id=u, user_id=u, kind="reminder", text=f"<b>notice</b> {n} for {u}",
                              buttons=[[Button("🔕", callback_data=f"v1:un:{n}")]], due_at=now, flush=False)
        await s.commit()

    print(f"queued after {time.monotonic() - started:.1f}s")
    gate = tmp_path / "gate"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, __file__, db_url, server.base_url, str(gate)]

    ok = [0]

    def count(event) -> None:  # counted as they happen: scanning every request on every event is quadratic
        if event.kind == "request" and event.data.ok and event.data.method == "sendMessage":
            ok[0] += 1

    server.subscribe(count)

    def accepted() -> int:
        return ok[0]

    async def db_count(*where) -> int:
        async with db.sessions() as s:
            return await s.scalar(select(func.count()).select_from(Outbox).where(*where))

    async def spawn(log: Path):  # output to a file: an unread pipe that fills up blocks the child and its wait()
        with log.open("wb") as fh:
            return await asyncio.create_subprocess_exec(*args, env=env, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)

    first = await spawn(tmp_path / "first.log")
    try:
        total = len(USERS) * PER_USER
        await server.wait_until(lambda: accepted() >= total // 2, timeout=60)
        gate.touch()
        print(f"half-way after {time.monotonic() - started:.1f}s")
        # Everything the server accepted gets recorded; nothing new reaches it while the gate is closed.
        deadline = time.monotonic() + 20
        while True:
            seen = accepted()
            await asyncio.sleep(0.3)
            if accepted() == seen and await db_count(Outbox.status == "sent") == seen:
                break
            assert time.monotonic() < deadline, "the sender did not settle behind the gate"
        in_flight = await db_count(Outbox.status == "sending")
        pending = await db_count(Outbox.status == "pending")
        first.send_signal(signal.SIGKILL)
        await first.wait()
    finally:
        if first.returncode is None:
            first.kill()
            await first.wait()
    assert first.returncode == -signal.SIGKILL
    killed_at = accepted()
    assert total * 0.4 < killed_at < total * 0.8, killed_at
    assert in_flight > 0 and pending > 0  # killed with claims outstanding and work left

    print(f"killed after {time.monotonic() - started:.1f}s")
    gate.unlink()
    second = await spawn(tmp_path / "second.log")
    try:
        await asyncio.wait_for(second.wait(), timeout=90)
    finally:
        if second.returncode is None:
            second.kill()
            await second.wait()
    out = (tmp_path / "second.log").read_text(errors="replace")
    assert second.returncode == 0, out[-3000:]
    print(f"done after {time.monotonic() - started:.1f}s", out)
    assert "'retaken'" in out  # the restart took the dead run's claims back at once

    # Exactly one copy of each notice for every recipient who did not block the bot.
    for u in USERS:
        texts = [m.text for m in server.messages(u) if m.outgoing]
        if u in BLOCKED:
            assert texts == []
        else:
            assert Counter(texts) == Counter(f"notice {n} for {u}" for n in range(PER_USER)), (u, texts)
    # Faults did fire; only injected ones: the sender itself never went over a limit.
    assert rate_limited.hits > 40 and broken.hits > 5
    assert [r for r in server.requests if r.status == 429 and not r.injected] == []
    async with db.sessions() as s:
        statuses = Counter((await s.execute(select(Outbox.status))).scalars())
        inactive = set((await s.execute(select(User.id).where(User.active.is_(False)))).scalars())
    assert statuses == {"sent": (len(USERS) - len(BLOCKED)) * PER_USER, "failed": len(BLOCKED),
                        "dropped": len(BLOCKED) * (PER_USER - 1)}
    assert inactive == set(BLOCKED)
    await db.close()
    await server.stop()
    assert time.monotonic() - started < 60


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    asyncio.run(child(*sys.argv[1:4]))
