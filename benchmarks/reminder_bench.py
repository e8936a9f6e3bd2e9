"""reminder_sweep: reminders claimed and queued per second on PostgreSQL, with 1 and with 4 sweeping
processes, when a million reminders fall due in the same minute (the science week's opening morning).

The data: users with home cities and languages, each subscribed to a few of the generated events
(popular ones more), one reminder per subscription, all due in the minute before the sweep's "now"
and all still worth sending (their events have not started). It is loaded once (COPY) into a
template database; each run sweeps a fresh copy. Every process sweeps as bot.scheduler.Sweeper does
(bot.reminders.sweep_reminders in batches of 500, a transaction each; FOR UPDATE SKIP LOCKED lets
processes share the work), started together; the rate is every reminder over the wall time until
the last process is done. KEPU_BENCH_REMINDERS sets the number of reminders (default a million),
KEPU_BENCH_SWEEP_BATCH the batch (default 500, the Sweeper's).
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import time
from datetime import timedelta, timezone

from .common import (PG_HOST, PG_PORT, PG_USER, Context, load_events, pg_database, pg_url, postgres_reachable, spawn,
                     stop)
from .generate import BENCH_NOW, events, reminders, subscriptions, users


def _available() -> str | None:
    try:
        from bot.reminders import Rules, sweep_reminders  # noqa: F401
        from bot.store.models import Reminder, Subscription  # noqa: F401
    except ImportError as exc:
        return f"not available yet: {exc}"
    if not postgres_reachable():
        return f"PostgreSQL is not reachable at {PG_HOST}:{PG_PORT}"
    return None


async def _copy(conn, table: str, rows: list[dict]) -> None:
    if rows:
        cols = list(rows[0])
        await conn.copy_records_to_table(table, records=[tuple(r[c] for c in cols) for r in rows], columns=cols)


async def _fill(name: str, n_reminders: int, n_events: int) -> int:
    """Events (through the import path), then users, subscriptions and reminders by COPY."""
    import asyncpg

    from bot.store.db import open_database

    db = await open_database(pg_url(name))
    try:
        await load_events(db, events(n_events, seed=31))
    finally:
        await db.close()
    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, database=name)
    try:
        # Only events that start after "now": a reminder for one that has started is dropped, not sent.
        event_ids = [r["id"] for r in await conn.fetch("SELECT id FROM events WHERE starts_at > $1 AND status <> "
                                                       "'cancelled' ORDER BY id", BENCH_NOW)]
        created = BENCH_NOW.astimezone(timezone.utc) - timedelta(days=7)
        people = [{**u, "created_at": created, "updated_at": created} for u in users(max(1, n_reminders // 4))]
        await _copy(conn, "users", people)
        subs = [{**s, "created_at": created}
                for s in subscriptions(n_reminders, [u["id"] for u in people], event_ids)]
        await _copy(conn, "subscriptions", subs)
        # Due in the minute before the sweep (BENCH_NOW), one reminder per subscription.
        due = BENCH_NOW - timedelta(seconds=60)
        rows = [{**r, "created_at": created} for r in reminders(subs, due, offsets=("1h",))]
        random.Random(3).shuffle(rows)  # rows land in the table in no particular order
        await _copy(conn, "reminders", rows)
        for table in ("subscriptions", "reminders"):
            await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        for table in ("users", "events", "subscriptions", "reminders"):
            await conn.execute(f"VACUUM ANALYZE {table}")
        return len(rows)
    finally:
        await conn.close()


async def _sweep(name: str, processes: int, batch: int) -> tuple[float, dict]:
    procs = await asyncio.gather(*(spawn("benchmarks.sweepproc", "--db", pg_url(name), "--now",
                                         BENCH_NOW.isoformat(), "--batch", str(batch), stdin=True)
                                   for _ in range(processes)))
    try:
        t0 = time.perf_counter()
        for p in procs:
            p.stdin.write(b"go\n")
            await p.stdin.drain()
        lines = await asyncio.gather(*(p.stdout.readline() for p in procs))
        seconds = time.perf_counter() - t0
    finally:
        await asyncio.gather(*(stop(p) for p in procs))
    stats = [json.loads(line) for line in lines]
    return seconds, {k: sum(s[k] for s in stats) for k in ("claimed", "messages", "batches")}


async def run(ctx: Context) -> None:
    n = 500 if ctx.quick else int(os.environ.get("KEPU_BENCH_REMINDERS", 1_000_000))
    n_events = 100 if ctx.quick else 2_000
    batch = int(os.environ.get("KEPU_BENCH_SWEEP_BATCH", 500))  # 500: bot.scheduler.Sweeper's batch
    why = _available()
    if why:
        for p in (1, 4):
            ctx.skip("reminder_sweep", {"backend": "postgres", "processes": p, "reminders": n}, "reminders/s", why)
        return
    async with pg_database("remtpl") as template:
        t0 = time.perf_counter()
        loaded = await _fill(template, n, n_events)
        ctx.log(f"{loaded:,} reminders loaded in {time.perf_counter() - t0:.0f} s")
        for processes in (1, 4):
            async with pg_database("rem", template=template) as name:
                seconds, st = await _sweep(name, processes, batch)
            params = {"backend": "postgres", "processes": processes, "reminders": loaded}
            if batch != 500:
                params["batch"] = batch
            ctx.add("reminder_sweep", params,
                    round(st["claimed"] / seconds), "reminders/s",
                    f"{st['claimed']:,} claimed, {st['messages']:,} messages queued in {seconds:.1f} s")
