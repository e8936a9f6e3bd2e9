"""import_rate: events per second imported from one iCalendar file, as `python -m bot import` does it
(read, parse, resolve places and topics, upsert, commit), into an empty database; and, apart, how
fast the file is parsed. Before measuring, the iCalendar fast path is checked to read the file (and
the test fixtures) exactly as icalendar alone does."""
from __future__ import annotations

import time
from pathlib import Path

from bot.config import Settings
from bot.importer.ingest import import_paths
from bot.importer.parse import parse_file
from bot.store.db import open_database

from .common import Context, database_url
from .generate import BENCH_NOW, events, to_ical
from .ical_check import check_files, same_both_ways

ROOT = Path(__file__).resolve().parent.parent


async def run(ctx: Context) -> None:
    sizes = (2_000,) if ctx.quick else (10_000, 100_000)
    settings = Settings(database_url="")
    # The fast path and icalendar must agree: on the fixtures, the shared eval corpus, generated data.
    paths = sorted((ROOT / "tests" / "fixtures" / "import").glob("*.ics"))
    paths += [p for p in (ROOT.parent / "shared" / "eval" / "corpus.ics",) if p.exists()]
    problems = check_files(paths, BENCH_NOW)
    ok, why = same_both_ways(to_ical(events(500, seed=11)).encode(), "generated.ics", BENCH_NOW)
    problems += [] if ok else [why]
    if problems:
        raise AssertionError("iCalendar fast path disagrees with icalendar: " + "; ".join(problems[:3]))
    ctx.log(f"fast path reads {len(paths) + 1} files exactly as icalendar does")

    for size in sizes:
        path = ctx.workdir / f"import-{size}.ics"
        path.write_text(to_ical(events(size, seed=2)), encoding="utf-8")
        t0 = time.perf_counter()
        parsed = parse_file(path, now=BENCH_NOW)
        parse_s = time.perf_counter() - t0
        assert len(parsed.records) == size and not parsed.rejected, (len(parsed.records), parsed.rejected[:3])
        ctx.add("import_rate", {"stage": "parse only", "events": size}, round(size / parse_s), "events/s")
        for backend in ctx.backends:
            async with database_url(backend, ctx.workdir, "import") as url:
                db = await open_database(url)
                try:
                    t0 = time.perf_counter()
                    [(_, report, error)] = await import_paths(db, [str(path)], now=BENCH_NOW, settings=settings)
                    seconds = time.perf_counter() - t0
                    # The same file again, as a nightly re-import finds it: nothing changed.
                    t0 = time.perf_counter()
                    [(_, again, error2)] = await import_paths(db, [str(path)], now=BENCH_NOW, settings=settings)
                    seconds2 = time.perf_counter() - t0
                finally:
                    await db.close()
            assert error is None and report.new + report.cancelled == size, (error, report.counts())
            assert error2 is None and again.unchanged == size, (error2, again.counts())
            ctx.add("import_rate", {"backend": backend, "events": size}, round(size / seconds), "events/s",
                    f"{seconds:.1f} s for the file ({path.stat().st_size / 1e6:.1f} MB)")
            ctx.add("import_rate", {"backend": backend, "events": size, "stage": "re-import, unchanged"},
                    round(size / seconds2), "events/s")
        path.unlink()
