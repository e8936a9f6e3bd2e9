"""search_latency and search_speedup: the fixed query mix against 10k, 100k and 1M upcoming events.

Each query is answered as the bot answers it: a session of its own, the text understood
(parse_query), filtered in SQL, ranked, the page's events loaded, suggestions when nothing is found.
The baseline (benchmarks/baseline.py) answers a subset of the same queries by scoring every upcoming
event; both run with suggestions off for that comparison, and their results are compared one by one.
"""
from __future__ import annotations

import os
import time
from itertools import islice

from bot.nlu.query import parse_query
from bot.search import search
from bot.store.db import open_database

from . import memory_bench
from .baseline import Baseline
from .common import Context, analyze, database_url, load_events, percentile
from .generate import BENCH_NOW, events, queries

FULL_SIZES = (10_000, 100_000, 1_000_000)
QUICK_SIZES = (2_000,)
LIMIT = 10


def _baseline_count(size: int, quick: bool) -> int:
    """How many queries the baseline answers: it takes ~1 µs per event per query."""
    if quick:
        return 50
    return 300 if size <= 10_000 else 100 if size <= 100_000 else 20


async def _answer(db, bq, *, suggest: bool = True):
    async with db.sessions() as session:
        q = parse_query(bq.text, BENCH_NOW, near=bq.near)
        return await search(session, q, limit=LIMIT, suggest=suggest)


async def _latencies(db, mix, *, suggest: bool = True) -> list[float]:
    out = []
    for bq in mix:
        t0 = time.perf_counter()
        await _answer(db, bq, suggest=suggest)
        out.append((time.perf_counter() - t0) * 1000)
    return out


async def _measure(ctx: Context, db, backend: str, size: int, mix) -> None:
    params = {"backend": backend, "events": size, "queries": len(mix)}
    await _latencies(db, mix[:20 if ctx.quick else 50])  # warm the caches (gazetteer, lexicon, statement cache, pages)
    lat = await _latencies(db, mix)
    for p in (50, 95, 99):
        ctx.add("search_latency", {**params, "stat": f"p{p}"}, round(percentile(lat, p), 3), "ms")
    slowest = sorted(zip(lat, (q.text for q in mix)), reverse=True)[:3]
    ctx.log("slowest: " + ", ".join(f"{t:.1f} ms {text!r}" for t, text in slowest))

    n = _baseline_count(size, ctx.quick)
    subset = mix[:n]
    base = await Baseline.load(db, BENCH_NOW)
    t_fast, t_base, same, differ = 0.0, 0.0, 0, []
    for bq in subset:
        t0 = time.perf_counter()
        answer = await _answer(db, bq, suggest=False)
        t_fast += time.perf_counter() - t0
        t0 = time.perf_counter()
        async with db.sessions() as session:
            expected = await base.search(session, parse_query(bq.text, BENCH_NOW, near=bq.near), limit=LIMIT)
        t_base += time.perf_counter() - t0
        got = [h.event.uid for h in answer.hits]
        if got == expected:
            same += 1
        else:
            differ.append(bq.text)
    bparams = {"backend": backend, "events": size, "queries": n}
    ctx.add("search_speedup", bparams, round(t_base / t_fast, 2), "x",
            f"baseline {t_base / n * 1000:.1f} ms/query, search {t_fast / n * 1000:.2f} ms/query")
    ctx.add("search_same_results", bparams, round(same / n, 4), "fraction",
            f"differ: {differ[:3]}" if differ else "")


async def run(ctx: Context) -> None:
    sizes = QUICK_SIZES if ctx.quick else FULL_SIZES
    if os.environ.get("KEPU_BENCH_SEARCH_SIZES"):  # e.g. "10000,100000" while working on search
        sizes = tuple(int(x) for x in os.environ["KEPU_BENCH_SEARCH_SIZES"].split(","))
    mix = queries(100 if ctx.quick else 1000)
    for backend in ctx.backends:
        async with database_url(backend, ctx.workdir, "search") as url:
            db = await open_database(url)
            try:
                source, loaded = events(max(sizes)), 0
                for size in sizes:
                    t0 = time.perf_counter()
                    loaded += await load_events(db, islice(source, size - loaded))
                    await analyze(db)
                    ctx.log(f"{backend}: {loaded:,} events loaded in {time.perf_counter() - t0:.0f} s")
                    await _measure(ctx, db, backend, size, mix)
                    if backend == "sqlite" and "memory_rss" in ctx.selected and size in memory_bench.sizes(ctx):
                        await memory_bench.measure(ctx, url, size)  # on this database, no second load
                        ctx.shared["memory_measured"] = True
            finally:
                await db.close()
