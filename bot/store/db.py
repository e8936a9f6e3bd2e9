"""Engine, sessions and schema upgrades.

Every command calls `open_database`, which creates or upgrades the schema with Alembic, so a fresh
DATABASE_URL just works. Repositories never commit: the caller owns the unit of work.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(RuntimeError):
    """The database cannot be used; the message says why in one line."""


@dataclass
class Database:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def close(self) -> None:
        await self.engine.dispose()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


# pg_advisory_xact_lock key for schema upgrades ("kepu" in ASCII): replicas starting together with
# MIGRATE_ON_START take turns; the first upgrades, the others find the schema at head and do nothing.
MIGRATION_LOCK_KEY = 0x6B657075


def _upgrade(sync_conn) -> None:
    if sync_conn.dialect.name == "postgresql":
        sync_conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
    cfg = _alembic_config()
    cfg.attributes["connection"] = sync_conn
    command.upgrade(cfg, "head")


def _check_at_head(sync_conn) -> None:
    """MIGRATE_ON_START=false (replicas): the schema must already be at head — upgraded once by the
    deployment step `python -m bot migrate`."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    current = set(MigrationContext.configure(sync_conn).get_current_heads())
    heads = set(ScriptDirectory.from_config(_alembic_config()).get_heads())
    if current != heads:
        raise DatabaseError(f"the database schema is at {sorted(current) or 'nothing'}, not at {sorted(heads)}: "
                            "run `python -m bot migrate` first (MIGRATE_ON_START is false)")


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers don't block the single writer
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def create_engine(url: str, echo: bool = False) -> AsyncEngine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"DATABASE_URL is not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        if parsed.get_driver_name() in ("pysqlite", "sqlite"):
            parsed = parsed.set(drivername="sqlite+aiosqlite")
    elif parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("psycopg2", "psycopg", ""):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    try:
        engine = create_async_engine(parsed, echo=echo, pool_pre_ping=parsed.get_backend_name() != "sqlite")
    except Exception as exc:  # noqa: BLE001 - missing driver and the like
        raise DatabaseError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


async def open_database(url: str, *, echo: bool = False, migrate: bool = True) -> Database:
    engine = create_engine(url, echo=echo)
    try:
        async with engine.begin() as conn:
            if migrate:
                await conn.run_sync(_upgrade)
            else:
                await conn.run_sync(_check_at_head)
    except DatabaseError:
        await engine.dispose()
        raise
    except Exception as exc:  # noqa: BLE001 - connection refused, bad credentials, unknown database
        await engine.dispose()
        safe = engine.url.render_as_string(hide_password=True)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseError(f"cannot open database {safe}: {reason}") from exc
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))
