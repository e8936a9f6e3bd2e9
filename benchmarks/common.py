"""What every benchmark shares: records, percentiles, databases to measure on, loading generated events."""
from __future__ import annotations

import asyncio
import os
import socket
import tempfile
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import AsyncIterator, Iterable

PG_HOST, PG_PORT = os.environ.get("PGHOST", "127.0.0.1"), int(os.environ.get("PGPORT", "5432"))
PG_USER = os.environ.get("PGUSER", "postgres")
LOAD_CHUNK = 5000  # events per upsert transaction when filling a database


@dataclass
class Record:
    """One measurement: {"name", "params", "value", "unit"}; value None with a note when it was skipped."""

    name: str
    params: dict
    value: float | None
    unit: str
    note: str = ""

    def as_json(self) -> dict:
        d = {"name": self.name, "params": self.params, "value": self.value, "unit": self.unit}
        if self.note:
            d["note"] = self.note
        return d


@dataclass
class Context:
    quick: bool
    backends: list[str]  # "sqlite", "postgres"
    records: list[Record] = field(default_factory=list)
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="kepu-bench-")))
    verbose: bool = True
    selected: list[str] = field(default_factory=list)  # the benchmarks this run measures
    shared: dict = field(default_factory=dict)  # what one benchmark leaves for another

    def add(self, name: str, params: dict, value: float | None, unit: str, note: str = "") -> Record:
        rec = Record(name, params, value, unit, note)
        self.records.append(rec)
        if self.verbose:
            shown = "skipped" if value is None else f"{value:,.4g} {unit}"
            print(f"  {name} {format_params(params)}: {shown}{'  (' + note + ')' if note else ''}", flush=True)
        return rec

    def skip(self, name: str, params: dict, unit: str, why: str) -> Record:
        return self.add(name, params, None, unit, why)

    def log(self, text: str) -> None:
        if self.verbose:
            print(f"    {text}", flush=True)


def format_params(params: dict) -> str:
    return " ".join(f"{k}={v}" for k, v in params.items())


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


class Timer:
    def __enter__(self) -> "Timer":
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.start


# ---------------------------------------------------------------- databases

def postgres_reachable() -> bool:
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=1):
            return True
    except OSError:
        return False


async def _pg_admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, database="postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def pg_url(name: str) -> str:
    return f"postgresql+asyncpg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"


@asynccontextmanager
async def pg_database(label: str, template: str | None = None) -> AsyncIterator[str]:
    """A PostgreSQL database of our own (a copy of `template` when given), dropped afterwards; yields its name."""
    name = f"kepu_bench_{label}_{uuid.uuid4().hex[:8]}"
    await _pg_admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield name
    finally:
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@asynccontextmanager
async def database_url(backend: str, workdir: Path, label: str) -> AsyncIterator[str]:
    """A fresh, empty database for one benchmark; dropped (or deleted) afterwards."""
    if backend == "sqlite":
        path = workdir / f"{label}-{uuid.uuid4().hex[:8]}.db"
        try:
            yield f"sqlite+aiosqlite:///{path}"
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        return
    name = f"kepu_bench_{label}_{uuid.uuid4().hex[:8]}"
    await _pg_admin(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def analyze(db) -> None:
    """Fresh planner statistics, as a database that has been running a while has."""
    from sqlalchemy import text

    if db.dialect == "sqlite":
        async with db.engine.begin() as conn:
            await conn.execute(text("ANALYZE"))
        return
    async with db.engine.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        for table in ("events", "event_topics", "event_audiences"):
            await conn.execute(text(f"VACUUM ANALYZE {table}"))


async def load_events(db, records: Iterable, *, chunk: int = LOAD_CHUNK, progress=None) -> int:
    """Store records through the same path an import takes (bot.events.upsert_records), in chunks."""
    from bot.events import upsert_records

    it = iter(records)
    total = 0
    while True:
        batch = list(islice(it, chunk))
        if not batch:
            return total
        async with db.sessions() as session:
            await upsert_records(session, batch)
            await session.commit()
        total += len(batch)
        if progress:
            progress(total)


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process (this one by default), from /proc."""
    with open(f"/proc/{pid or 'self'}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc status")


def run_async(coro):
    return asyncio.run(coro)


# ---------------------------------------------------------------- processes

async def spawn(*args: str, ready: str = "ready", timeout: float = 120.0, env: dict | None = None,
                stdin: bool = False):
    """Start `python -m <args>` and wait for the line `ready` on its stdout; its stderr passes through."""
    import sys

    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", *args, stdout=asyncio.subprocess.PIPE,
                                                stdin=asyncio.subprocess.PIPE if stdin else None,
                                                env={**os.environ, **(env or {})}, limit=256 * 1024 * 1024)
    proc.preamble = []  # what it printed before "ready" (a URL, say)
    try:
        while True:
            line = await asyncio.wait_for(proc.stdout.readline(), timeout)
            if not line:
                raise RuntimeError(f"{' '.join(args[:1])} exited before it was ready (code {await proc.wait()})")
            if line.decode().strip() == ready:
                return proc
            proc.preamble.append(line.decode().strip())
    except BaseException:
        await stop(proc)
        raise


async def stop(proc, timeout: float = 30.0) -> int:
    """SIGTERM, then SIGKILL if it will not go."""
    if proc.returncode is None:
        proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), timeout)
        except asyncio.TimeoutError:
            proc.kill()
            await proc.wait()
    return proc.returncode


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
