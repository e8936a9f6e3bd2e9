"""One reminder-sweeping process, for the reminder_sweep benchmark:
`python -m benchmarks.sweepproc --db URL --now ISO [--batch 500]`.

Opens the database, prints "ready", waits for "go" on stdin, then sweeps as bot.scheduler.Sweeper
does (bot.reminders.sweep_reminders, a transaction per batch) until a batch comes back short, and
prints one JSON line: what it claimed and queued, and for how long it swept.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from datetime import datetime


async def main(args: argparse.Namespace) -> None:
    from bot.reminders import Rules, sweep_reminders
    from bot.store.db import open_database

    db = await open_database(args.db, migrate=False)
    now = datetime.fromisoformat(args.now)
    rules = Rules()
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    claimed = messages = batches = 0
    t0 = time.perf_counter()
    try:
        while True:
            async with db.sessions() as session:
                st = await sweep_reminders(session, now, rules, limit=args.batch)
                await session.commit()
            claimed += st.claimed
            messages += st.messages
            batches += 1
            if st.claimed < args.batch:
                break
    finally:
        await db.close()
    print(json.dumps({"claimed": claimed, "messages": messages, "batches": batches,
                      "seconds": time.perf_counter() - t0}), flush=True)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--now", required=True)
    p.add_argument("--batch", type=int, default=500)
    asyncio.run(main(p.parse_args()))
