"""Shared fixtures: real databases (a SQLite file, and a fresh PostgreSQL database per test)."""
from __future__ import annotations

import contextlib
import os
import socket
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

PG_HOST, PG_PORT = os.environ.get("PGHOST", "127.0.0.1"), int(os.environ.get("PGPORT", "5432"))
SH = ZoneInfo("Asia/Shanghai")


def _pg_reachable() -> bool:
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=1):
            return True
    except OSError:
        return False


def require_postgres() -> None:
    """In CI PostgreSQL must be there (a missing server fails the run); elsewhere the test is skipped."""
    if _pg_reachable():
        return
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is not reachable at {PG_HOST}:{PG_PORT}, and CI needs it")
    pytest.skip(f"PostgreSQL is not reachable at {PG_HOST}:{PG_PORT}")


async def _pg_admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(host=PG_HOST, port=PG_PORT, user=os.environ.get("PGUSER", "postgres"),
                                 database="postgres")
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextlib.asynccontextmanager
async def fresh_pg_database():
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    require_postgres()
    name = f"kepu_test_{uuid.uuid4().hex[:12]}"
    await _pg_admin(f'CREATE DATABASE "{name}"')
    user = os.environ.get("PGUSER", "postgres")
    try:
        yield f"postgresql+asyncpg://{user}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def pg_url():
    async with fresh_pg_database() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def db_url(request, tmp_path):
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
        return
    async with fresh_pg_database() as url:
        yield url


@pytest.fixture
async def db(db_url):
    from bot.store.db import open_database

    database = await open_database(db_url)
    yield database
    await database.close()


@pytest.fixture
def now() -> datetime:
    """A fixed Wednesday during National Science Popularization Day week."""
    return datetime(2026, 9, 16, 10, 0, tzinfo=SH)


REDIS_HOST, REDIS_PORT = os.environ.get("REDIS_HOST", "127.0.0.1"), int(os.environ.get("REDIS_PORT", "6379"))


def require_redis() -> str:
    """The Redis URL; in CI Redis must be there (a missing server fails the run), elsewhere the test is skipped."""
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=1):
            return f"redis://{REDIS_HOST}:{REDIS_PORT}/0"
    except OSError:
        pass
    if os.environ.get("CI"):
        pytest.fail(f"Redis is not reachable at {REDIS_HOST}:{REDIS_PORT}, and CI needs it")
    pytest.skip(f"Redis is not reachable at {REDIS_HOST}:{REDIS_PORT}")
