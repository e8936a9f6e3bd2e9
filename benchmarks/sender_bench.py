"""sender_rate: the rate the outbox sender (bot.delivery.sender) sustains for 60 seconds against the
local Bot API server enforcing Telegram's limits (its own process: 30 messages/s overall, 1000/s with
allow_paid_broadcast, 3 per 3 s to a chat), as a fraction of the rate it is configured for, with the
number of 429 answers it got. The outbox holds more than it can send in the time, spread over
thousands of chats, so only the overall rate binds. The rate is counted by the server: messages it
accepted in the 60 s after the first second of sending.
"""
from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta, timezone

from .common import Context, database_url, postgres_reachable, spawn, stop
from .generate import BENCH_NOW

TOKEN = "700200:SENDER"
CASES = (("standard", 30.0, False, 16), ("paid broadcast", 1000.0, True, 64))  # name, rate, paid, concurrency


def _available() -> str | None:
    try:
        from bot.delivery.limits import SendLimits, Window  # noqa: F401
        from bot.delivery.outbox import encode_payload  # noqa: F401
        from bot.delivery.sender import Sender  # noqa: F401
        from bot.delivery.transport import AiogramTransport  # noqa: F401
    except ImportError as exc:
        return f"not available yet: {exc}"
    return None


async def _fill_outbox(db, rows: int, chats: int, first_chat: int) -> None:
    from bot.delivery.outbox import encode_payload
    from bot.store.models import Outbox

    now = BENCH_NOW.astimezone(timezone.utc)
    text = "⏰ <b>明天 09:30</b> 人工智能开放日 @ 南京科技馆"
    payload = encode_payload(text, [])
    batch = []
    async with db.sessions() as session:
        for i in range(rows):
            chat = first_chat + i % chats
            batch.append(dict(chat_id=chat, user_id=chat, kind="reminder", payload=payload, status="pending",
                              due_at=now - timedelta(seconds=1), attempts=0, created_at=now))
            if len(batch) == 5000:
                await session.execute(Outbox.__table__.insert(), batch)
                batch = []
        if batch:
            await session.execute(Outbox.__table__.insert(), batch)
        await session.commit()


async def _case(ctx: Context, db, base_url: str, server, backend: str, name: str, rate: float, paid: bool,
                concurrency: int, seconds: float, first_chat: int, chats: int) -> None:
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from sqlalchemy import delete

    from bot.delivery.limits import SendLimits, Window
    from bot.delivery.sender import Sender
    from bot.delivery.transport import AiogramTransport
    from bot.store.models import Outbox

    async with db.sessions() as session:
        await session.execute(delete(Outbox))
        await session.commit()
    await _fill_outbox(db, int(rate * (seconds + 4)), chats, first_chat)
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(base_url), limit=concurrency * 2))
    try:
        limits = SendLimits(overall=Window.per_second(rate), paid=paid)
        sender = Sender(db, AiogramTransport(bot), limits=limits, concurrency=concurrency,
                        clock=lambda: BENCH_NOW.astimezone(timezone.utc))
        cpu0 = time.process_time()
        task = asyncio.create_task(sender.run())
        await asyncio.sleep(seconds + 1.5)
        await sender.stop()
        await asyncio.wait_for(task, 30)
        sender_cpu = time.process_time() - cpu0
    finally:
        await bot.session.close()
    server.stdin.write(b"report\n")
    await server.stdin.drain()
    report = json.loads(await asyncio.wait_for(server.stdout.readline(), 60))
    accepted = sorted(report["accepted"])
    if not accepted:
        raise RuntimeError(f"the server accepted no message ({report['other_errors']})")
    start = accepted[0] + 1.0
    sent = sum(1 for t in accepted if start <= t < start + seconds)
    achieved = sent / seconds
    note = f"{achieved:.1f} msg/s sustained of {rate:g} configured ({sent} in {seconds:g} s); {report['n429']} × 429"
    if report["other_errors"]:
        note += f"; errors: {report['other_errors'][:2]}"
    # CPU per message accepted, of the sender (this process) and of the server: on 2 cores they compete.
    note += (f"; CPU per message: sender {1000 * sender_cpu / len(accepted):.2f} ms, "
             f"server {1000 * report['cpu_s'] / len(accepted):.2f} ms")
    params = {"backend": backend, "mode": name, "configured_per_s": rate, "seconds": seconds}
    ctx.add("sender_rate", params, round(achieved / rate, 4), "fraction of configured", note)
    ctx.add("sender_429", params, report["n429"], "answers")


async def run(ctx: Context) -> None:
    seconds = 3.0 if ctx.quick else 60.0
    backend = "postgres" if "postgres" in ctx.backends and postgres_reachable() else "sqlite"
    why = _available()
    if why:
        for name, rate, _, _ in CASES:
            ctx.skip("sender_rate", {"mode": name, "configured_per_s": rate}, "fraction of configured", why)
        return
    from bot.store.db import open_database

    # Each chat gets a message every few seconds at most: only the overall rate binds.
    chats, first_chat = max(200, int(max(rate for _, rate, _, _ in CASES) * 4)), 5_000_000
    async with database_url(backend, ctx.workdir, "sender") as url:
        db = await open_database(url)
        try:
            for name, rate, paid, concurrency in CASES:
                # A fresh server per case: what it reports is that case's alone.
                server = await spawn("benchmarks.apiserver", "--token", TOKEN, "--chats", str(chats),
                                     "--first-chat", str(first_chat), stdin=True)
                try:
                    await _case(ctx, db, server.preamble[-1], server, backend, name, rate, paid, concurrency,
                                seconds, first_chat, chats)
                finally:
                    await stop(server)
        finally:
            await db.close()
