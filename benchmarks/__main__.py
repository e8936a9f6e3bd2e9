"""`python -m benchmarks [--quick] [--json PATH] [--only NAME,...]`: run the benchmarks, print a table.

--quick runs every benchmark at a small size (the CI run, well under two minutes); without it the
full sizes of issue #6 are measured (1M events and reminders: most of an hour on 2 cores).
"""
from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import logging
import os
import platform
import shutil
import sys
import threading
import time
from pathlib import Path

from .common import Context, format_params, postgres_reachable

# name → module; the order they run in (cheap and self-contained first).
BENCHMARKS = {
    "import_rate": "benchmarks.import_bench",
    "search": "benchmarks.search_bench",
    "memory_rss": "benchmarks.memory_bench",
    "updates_throughput": "benchmarks.updates_bench",
    "reminder_sweep": "benchmarks.reminder_bench",
    "sender_rate": "benchmarks.sender_bench",
    "reply_latency": "benchmarks.load_bench",
}


class _LoadSampler(threading.Thread):
    """The 1-minute load average every 2 s while a benchmark runs: on a shared machine the numbers
    mean little without it (2 CPUs here: a load of 6 means each process gets about a third of one)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self.done = threading.Event()

    def run(self) -> None:
        while True:
            self.samples.append(os.getloadavg()[0])
            if self.done.wait(2.0):
                return

    def stop(self) -> float:
        self.done.set()
        self.join()
        return sum(self.samples) / len(self.samples)


def _table(records) -> str:
    rows = [("benchmark", "params", "value", "unit", "note")]
    for r in records:
        value = "skipped" if r.value is None else f"{r.value:,.4g}"
        rows.append((r.name, format_params(r.params), value, r.unit, r.note[:70]))
    widths = [max(len(str(row[i])) for row in rows) for i in range(5)]
    lines = []
    for i, row in enumerate(rows):
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="every benchmark at a small size (CI)")
    p.add_argument("--json", metavar="PATH", help="write one JSON record per measurement to PATH")
    p.add_argument("--only", metavar="NAME,...", help=f"run only these: {', '.join(BENCHMARKS)}")
    p.add_argument("--backends", default="sqlite,postgres", help="databases to measure on (default: both)")
    args = p.parse_args(argv)

    names = list(BENCHMARKS)
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in BENCHMARKS]
        if unknown:
            p.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if "postgres" in backends and not postgres_reachable():
        if os.environ.get("CI"):
            print("error: PostgreSQL is not reachable and CI needs it", file=sys.stderr)
            return 1
        print("PostgreSQL is not reachable: measuring SQLite only", file=sys.stderr)
        backends.remove("postgres")
    logging.basicConfig(level=logging.WARNING)

    ctx = Context(quick=args.quick, backends=backends, selected=names)
    print(f"kepu-bot benchmarks ({'quick' if args.quick else 'full'}) on {platform.python_implementation()} "
          f"{platform.python_version()}, {os.cpu_count()} CPUs; backends: {', '.join(backends)}", flush=True)
    started = time.perf_counter()
    failed = []
    for name in names:
        print(f"\n[{name}]", flush=True)
        t0 = time.perf_counter()
        load = _LoadSampler()
        load.start()
        try:
            module = importlib.import_module(BENCHMARKS[name])
            asyncio.run(module.run(ctx))
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed.append(name)
            ctx.add(name, {}, None, "", f"failed: {type(exc).__name__}: {exc}")
            import traceback

            traceback.print_exc()
        finally:
            ctx.add("machine_load", {"during": name}, round(load.stop(), 2), "load average (1 min)",
                    f"{os.cpu_count()} CPUs; {time.perf_counter() - t0:.0f} s")
        print(f"  ({time.perf_counter() - t0:.1f} s)", flush=True)
        if args.json:  # after every benchmark: a long run stopped half way keeps what it measured
            _write_json(Path(args.json), ctx.records)

    shutil.rmtree(ctx.workdir, ignore_errors=True)
    print("\n" + _table(ctx.records))
    print(f"\n{len(ctx.records)} measurements in {time.perf_counter() - started:.0f} s")
    if args.json:
        _write_json(Path(args.json), ctx.records)
    return 1 if failed else 0


def _write_json(path: Path, records) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # A JSON array, one record a line: valid JSON, and still readable with grep.
    lines = ",\n".join(json.dumps(r.as_json(), ensure_ascii=False) for r in records)
    path.write_text(f"[\n{lines}\n]\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
