"""Import files (or the samples) into the store: parse, resolve, upsert, commit per file."""
from __future__ import annotations

import gc
from datetime import datetime

from sqlalchemy import text

from bot.config import Settings
from bot.events import ImportReport, upsert_records
from bot.importer.parse import parse_bytes, parse_file
from bot.importer.records import NotACalendarError, ParseResult
from bot.store.db import Database


# SQLite page cache for one import (KiB): a big file touches every page of the events table's nine
# indexes, and with SQLite's default 2 MB they are read back again and again (100k events: ~30%
# slower). Only the import's own connection gets it, and only until the file is committed.
IMPORT_CACHE_KIB = 64 * 1024


async def store_parsed(db: Database, parsed: ParseResult, *, source: str = "import") -> ImportReport:
    async with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite" and len(parsed.records) > 1000
        if sqlite:
            usual = (await conn.exec_driver_sql("PRAGMA cache_size")).scalar()
            await conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
            await conn.commit()
        # The parsed file is millions of long-lived objects: frozen, the cyclic garbage collector leaves
        # them out of its full passes during the upsert (at 100k events those took ~10% of it).
        frozen = len(parsed.records) > 1000
        if frozen:
            gc.freeze()
        try:
            async with db.sessions(bind=conn) as session:
                rebuild = await _drop_indexes_if_empty(session) if sqlite else []
                report = await upsert_records(session, parsed.records, source=source)
                for sql in rebuild:
                    await session.execute(text(sql))
                await session.commit()
        finally:
            if frozen:
                gc.unfreeze()
            if sqlite:
                await conn.rollback()  # a failed import left its transaction open
                await conn.exec_driver_sql(f"PRAGMA cache_size={int(usual)}")
                await conn.commit()
    report.rejected = parsed.rejected + report.rejected
    return report


async def _drop_indexes_if_empty(session) -> list[str]:
    """SQLite, a big import into an empty events table: the secondary indexes of the events and their
    topics and audiences are dropped, and the returned statements build them again before the commit
    (100k events: ~2 s less than keeping nine indexes up to date row by row). It all happens in one
    transaction, begun IMMEDIATE so no other writer comes in between: readers and a crash only ever
    see the table with all its indexes. Unique indexes stay (they check the rows)."""
    # BEGIN by hand: Python's sqlite3 begins transactions only before INSERT/UPDATE/DELETE, so a DROP
    # INDEX as the first statement would be committed on its own.
    await session.execute(text("BEGIN IMMEDIATE"))
    if (await session.execute(text("SELECT EXISTS (SELECT 1 FROM events)"))).scalar():
        return []
    rows = (await session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('events', 'event_topics', 'event_audiences')"
    ))).all()
    for name, _ in rows:
        await session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _, sql in rows]


async def import_paths(db: Database, paths: list[str], *, now: datetime, settings: Settings):
    """[(path, report or None, error or None)]: one file's failure doesn't stop the others."""
    out = []
    for path in paths:
        try:
            parsed = parse_file(path, now=now, default_tz=settings.default_tz,
                                horizon_days=settings.import_horizon_days)
        except NotACalendarError as exc:
            out.append((path, None, str(exc)))
            continue
        except OSError as exc:
            out.append((path, None, exc.strerror or str(exc)))
            continue
        out.append((path, await store_parsed(db, parsed), None))
    return out


async def import_upload(db: Database, data: bytes, filename: str, *, now: datetime, settings: Settings,
                        source: str = "import") -> ImportReport:
    parsed = parse_bytes(data, filename, now=now, default_tz=settings.default_tz,
                         horizon_days=settings.import_horizon_days)
    return await store_parsed(db, parsed, source=source)


async def load_samples(db: Database, *, now: datetime) -> ImportReport:
    from bot.sample import sample_records

    return await store_parsed(db, ParseResult(records=sample_records(now)), source="sample")
