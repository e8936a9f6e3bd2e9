"""memory_rss: resident memory of a running bot (its own process, aiogram, long polling, SQLite) with
100k and 1M events stored, after it has answered a few hundred questions of the benchmark mix: the
nationwide ones among them make it hold the ranking text of every upcoming event (bot.search's text
cache), which is the most it ever holds. Reported: resident memory then, and the peak (VmHWM).

Run with the search benchmark, it measures on the databases that benchmark fills (no second load).
"""
from __future__ import annotations

import asyncio
import random
import time
from itertools import islice

from .common import Context, analyze, database_url, load_events, spawn, stop
from .generate import events, queries

FULL_SIZES = (100_000, 1_000_000)
QUICK_SIZES = (2_000,)
TOKEN = "700100:MEMORY"


def sizes(ctx: Context) -> tuple[int, ...]:
    return QUICK_SIZES if ctx.quick else FULL_SIZES


def _status(pid: int) -> dict[str, float]:
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(rest.split()[0]) / 1024
    return out


async def measure(ctx: Context, db_url: str, size: int) -> None:
    """Start the bot on db_url, put questions to it, read its memory."""
    try:
        from bot.devserver import BotApiServer, RateLimits
    except ImportError as exc:
        ctx.skip("memory_rss", {"events": size}, "MB", f"not available yet: {exc}")
        return
    server = BotApiServer(rate_limits=RateLimits.off())
    await server.start()
    server.add_bot(token=TOKEN, username="kepu_memory_bot")
    proc = await spawn("benchmarks.botproc", "--db", db_url, "--api", server.base_url, "--token", TOKEN,
                       "--unpaced")
    try:
        started = _status(proc.pid)["VmRSS"]
        mix = [q for q in queries(200 if not ctx.quick else 60, seed=23) if q.text]
        t0 = time.perf_counter()

        async def ask(user_id: int, texts: list[str]) -> None:
            user = server.user(user_id, f"M{user_id}", language_code="zh", token=TOKEN)
            for text in texts:
                await user.send_text(text)
                await user.wait_for_messages(1, timeout=600)

        # Four users at a time, as a quiet bot sees them.
        chunks = [[q.text for q in mix[i::4]] for i in range(4)]
        await asyncio.gather(*(ask(20_000 + i, texts) for i, texts in enumerate(chunks)))
        seconds = time.perf_counter() - t0
        st = _status(proc.pid)
    finally:
        await stop(proc)
        await server.stop()
    ctx.add("memory_rss", {"events": size, "backend": "sqlite", "framework": "aiogram"}, round(st["VmRSS"], 1),
            "MB", f"peak {st['VmHWM']:.0f} MB; {started:.0f} MB at start; after {len(mix)} questions "
                  f"({seconds:.0f} s)")


async def run(ctx: Context) -> None:
    if ctx.shared.get("memory_measured"):
        return  # the search benchmark measured it on its databases
    from bot.store.db import open_database

    async with database_url("sqlite", ctx.workdir, "memory") as url:
        db = await open_database(url)
        try:
            source, loaded = events(max(sizes(ctx))), 0
            for size in sizes(ctx):
                loaded += await load_events(db, islice(source, size - loaded))
                await analyze(db)
                await measure(ctx, url, size)
        finally:
            await db.close()
