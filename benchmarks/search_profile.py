"""Where search's time goes: the benchmark's 1,000-question mix at N events on SQLite, each part of a
search timed from inside (candidate ids from SQL, the text cache, rapidfuzz scoring, the title rescue's
check), summed over the questions that take longer than 20 ms, with how many of each kind there are.

    python -m benchmarks.search_profile [--events 100000] [--db PATH]

--db keeps the generated database at PATH and reuses it on the next run (loading 100k takes ~20 s).
"""
from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path
from tempfile import TemporaryDirectory

import bot.search as search_module
from bot.store.db import open_database

from .common import analyze, load_events, percentile
from .generate import events, queries
from .search_bench import _answer

SLOW_MS = 20.0
_spent: dict[str, float] = defaultdict(float)


def _timed(name: str, fn, is_async: bool):
    if is_async:
        async def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return await fn(*args, **kwargs)
            finally:
                _spent[name] += time.perf_counter() - t0
    else:
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                _spent[name] += time.perf_counter() - t0
    return wrapper


def _instrument() -> None:
    search_module._raw_rows = _timed("candidate ids from SQL", search_module._raw_rows, True)
    search_module._score = _timed("rapidfuzz scoring", search_module._score, False)
    search_module._names_a_title = _timed("title rescue check", search_module._names_a_title, False)
    search_module._TEXTS.get = _timed("text cache", search_module._TEXTS.get, True)


async def profile(path: Path, n_events: int) -> None:
    fresh = not path.exists()
    db = await open_database(f"sqlite+aiosqlite:///{path}")
    try:
        if fresh:
            await load_events(db, islice(events(n_events), n_events))
            await analyze(db)
        mix = queries(1000)
        for bq in mix[:50]:  # warm the caches, as the benchmark does
            await _answer(db, bq)
        _instrument()
        rows = []
        for bq in mix:
            _spent.clear()
            t0 = time.perf_counter()
            await _answer(db, bq)
            rows.append(((time.perf_counter() - t0) * 1000, bq.kind, dict(_spent)))
    finally:
        await db.close()
    lat = [r[0] for r in rows]
    print(f"{n_events:,} events: p50 {percentile(lat, 50):.1f} ms, p95 {percentile(lat, 95):.1f} ms, "
          f"p99 {percentile(lat, 99):.1f} ms")
    slow = [r for r in rows if r[0] > SLOW_MS]
    print(f"{len(slow)} of {len(rows)} questions over {SLOW_MS:.0f} ms, by kind: "
          + ", ".join(f"{k} {n}" for k, n in Counter(r[1] for r in slow).most_common()))
    total = sum(r[0] for r in slow) / 1000 or 1.0
    parts: dict[str, float] = defaultdict(float)
    for r in slow:
        for name, seconds in r[2].items():
            parts[name] += seconds
    parts["the rest (page's events, suggestions, parsing)"] = total - sum(parts.values())
    print(f"their time, {total:.1f} s: " + ", ".join(f"{k} {v / total:.0%}" for k, v in
                                                   sorted(parts.items(), key=lambda kv: -kv[1])))


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.search_profile", description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--db", type=Path, help="keep the generated SQLite database here and reuse it")
    args = p.parse_args()
    if args.db:
        asyncio.run(profile(args.db, args.events))
        return
    with TemporaryDirectory(prefix="kepu-profile-") as tmp:
        asyncio.run(profile(Path(tmp) / "search.db", args.events))


if __name__ == "__main__":
    main()
