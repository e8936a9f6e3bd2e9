"""Two bot processes run the same scheduler (sweeps and sender, APScheduler-driven) on one PostgreSQL
database at the same moment: every due reminder, alert and change notice is sent once — not twice,
not lost — and both processes did part of the work."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-sweeps"
USERS = list(range(200_001, 200_401))  # 400 users
EVENTS = 20


def start_of_run() -> datetime:
    from tests.test_subscriptions_support import d

    return d(18, 20, 0)  # Friday 20:00 in Shanghai: every "evening before" reminder is due


# ---------------------------------------------------------------- the child: one bot process

async def watchdog(limit: float) -> None:
    """A child never outlives its test: it exits when the test process is gone, or after `limit` s."""
    parent, deadline = os.getppid(), time.monotonic() + limit
    while os.getppid() == parent and time.monotonic() < deadline:
        await asyncio.sleep(0.5)
    os._exit(3)


async def child(db_url: str, base_url: str, go: str, stop: str) -> None:
    asyncio.get_running_loop().create_task(watchdog(180))
    from bot.config import Settings
    from bot.delivery.limits import SendLimits, Window
    from bot.delivery.sender import Sender
    from bot.delivery.transport import PTBTransport
    from bot.scheduler import Notifications
    from bot.store.db import open_database

    db = await open_database(db_url, migrate=False)
    transport = PTBTransport.create(TOKEN, base_url=base_url, concurrency=16, timeout=10)
    await transport.bot.initialize()
    settings = Settings(sweep_interval_s=0.05)
    t0, origin = time.monotonic(), start_of_run()

    def clock() -> datetime:  # the test's Friday evening, moving at real speed
        return origin + timedelta(seconds=time.monotonic() - t0)

    # Two senders share the server's budget: each gets half (see README, "several processes").
    limits = SendLimits(overall=Window(50, 0.25), private=Window(1, 0.1), group=Window(20, 6.0), margin=0.01)
    sender = Sender(db, transport, limits=limits, clock=clock, concurrency=16, poll_interval=0.1)
    notes = Notifications(db, settings, clock=clock, sender=sender)
    notes.sweeper.batch = 40  # small batches: many interleaved transactions between the two processes
    totals: Counter[str] = Counter()
    original = notes.sweep

    async def sweep():
        rep = await original()
        totals.update(reminders=rep.reminder_messages, alerts=rep.alert_messages, changes=rep.change_notices,
                      alerts_written=rep.alerts_written)
        return rep

    notes.sweep = sweep
    print("ready", flush=True)
    while not Path(go).exists():
        await asyncio.sleep(0.01)
    notes.start()
    while not Path(stop).exists():
        await asyncio.sleep(0.05)
    await notes.stop()
    print(json.dumps({"sweeps": dict(totals), "sender": dict(sender.stats)}), flush=True)
    await transport.bot.shutdown()
    await db.close()


# ---------------------------------------------------------------- the test

async def test_two_processes_sweeping_one_database_send_nothing_twice(pg_url, tmp_path):
    from sqlalchemy import func, select

    from bot import subscriptions as subs
    from bot.devserver import BotApiServer, Limit, RateLimits
    from bot.scheduler import ManualClock
    from bot.store.db import open_database
    from bot.store.models import Alert, Outbox, Reminder
    from tests.test_subscriptions_support import SH_ADDR, add_events, add_user, d, rec, subscribe, sweep

    started = time.monotonic()
    server = BotApiServer(rate_limits=RateLimits(private=Limit(1, 0.1), group=Limit(20, 6.0), overall=Limit(100, 0.25)))
    await server.start()
    server.add_bot(token=TOKEN, username="kepu_sweep_bot")
    for u in USERS:
        server.user(u, known=True)

    # The world as of Wednesday: events on Saturday, every user subscribed to one and following AI.
    db = await open_database(pg_url)
    ids, _ = await add_events(db, *[rec(f"e{i}", f"活动{i}", d(19, 9)) for i in range(EVENTS)])
    setup = ManualClock(d(16, 10))
    await sweep(db, setup)  # these events are known before anyone follows anything: not "new"
    for n, u in enumerate(USERS):
        await add_user(db, u, lang="zh" if n % 2 else "en")
    for n, u in enumerate(USERS):
        await subscribe(db, u, ids[f"e{n % EVENTS}"], setup)
    async with db.sessions() as s:
        for u in USERS:
            await subs.follow(s, u, "topic", "ai", "AI")
        await s.commit()
    # Then, before Friday evening: a new AI event (an alert for everyone) and event e0 moves to Shanghai.
    await add_events(db, rec("new", "人工智能新活动", d(26, 14)), rec("e0", "活动0", d(19, 9), address=SH_ADDR))

    print(f"set up after {time.monotonic() - started:.1f}s", flush=True)
    go, stop = tmp_path / "go", tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    logs = [tmp_path / f"child{i}.log" for i in range(2)]
    procs = []
    for log in logs:  # output to files: an unread pipe that fills up blocks the child and then its wait()
        with log.open("wb") as fh:
            procs.append(await asyncio.create_subprocess_exec(
                sys.executable, __file__, pg_url, server.base_url, str(go), str(stop), env=env, cwd=ROOT,
                stdout=fh, stderr=subprocess.STDOUT))

    async def line_in(log: Path, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while text not in log.read_text(errors="replace"):
            assert time.monotonic() < deadline, log.read_text(errors="replace")[-3000:]
            await asyncio.sleep(0.05)

    try:
        for log in logs:
            await line_in(log, "ready", 60)
        go.touch()
        print(f"children ready after {time.monotonic() - started:.1f}s", flush=True)
        subscribers_e0 = [u for n, u in enumerate(USERS) if n % EVENTS == 0]
        expected = 2 * len(USERS) + len(subscribers_e0)  # a reminder and an alert each; a change notice for e0
        ok = [0]
        server.subscribe(lambda e: ok.__setitem__(0, ok[0] + (e.kind == "request" and e.data.ok)))
        await server.wait_until(lambda: ok[0] >= expected, timeout=60,
                                describe=lambda: f"{ok[0]} of {expected} sent; " + logs[0].read_text()[-2000:])
        await asyncio.sleep(1.0)  # anything extra (a duplicate) would arrive now
        stop.touch()
        print(f"all sent after {time.monotonic() - started:.1f}s", flush=True)
        for p in procs:
            await asyncio.wait_for(p.wait(), 60)
    finally:
        for p in procs:
            if p.returncode is None:
                p.kill()
                await p.wait()
    reports = []
    for p, log in zip(procs, logs):
        out = log.read_text(errors="replace")
        assert p.returncode == 0, out[-3000:]
        reports.append(json.loads(next(line for line in out.splitlines() if line.startswith('{"sweeps"'))))

    for n, u in enumerate(USERS):
        texts = [m.text for m in server.messages(u) if m.outgoing]
        assert len(texts) == len(set(texts)), (u, texts)  # nothing twice
        want = 3 if u in subscribers_e0 else 2
        assert len(texts) == want, (u, texts)
        assert sum("活动" in t and ("明天 09:00" in t or "tomorrow at 09:00" in t) for t in texts) == 1, texts
    async with db.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(Reminder).where(Reminder.status == "queued")) == len(USERS)
        assert await s.scalar(select(func.count()).select_from(Alert).where(Alert.status == "queued")) == len(USERS)
        statuses = Counter((await s.execute(select(Outbox.status))).scalars())
    assert statuses == {"sent": expected}
    # Both processes took part: the work was really shared, not done by whichever started first.
    for rep in reports:
        assert rep["sender"].get("sent", 0) > 0
        assert rep["sweeps"].get("reminders", 0) + rep["sweeps"].get("alerts", 0) > 0
    await db.close()
    await server.stop()
    assert time.monotonic() - started < 90


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    asyncio.run(child(*sys.argv[1:5]))
