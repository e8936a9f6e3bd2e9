"""Storing imported records fast changes nothing stored: same rows, same content hash, same settings after."""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.events import _EVENTS, _insert_unnest, _values, upsert_records
from bot.geo.gazetteer import Gazetteer
from bot.importer import ingest
from bot.importer.records import CANCELLED, EventRecord, ParseResult
from bot.sample import sample_records
from bot.store.models import Event, EventAudience, EventTopic, UTCDateTime

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 9, 15, 12, 0, tzinfo=SH)


def _records(n: int) -> list[EventRecord]:
    out = []
    for i in range(n):
        start = NOW + timedelta(days=1 + i % 30, hours=i % 7)
        out.append(EventRecord(
            uid=f"store-{i}", title=f"天文讲座 {i}", starts_at=start, ends_at=start + timedelta(hours=2),
            venue=None if i % 5 == 0 else "南京科技馆", address=None if i % 5 == 0 else "江苏省南京市雨花台区紫荆花路9号南京科技馆",
            online=i % 5 == 0, online_url="https://live.example.org/1" if i % 5 == 0 else None,
            lat=None if i % 3 else 31.97, lon=None if i % 3 else 118.76, categories=["讲座", "天文"],
            status=CANCELLED if i % 11 == 0 else "scheduled", organizer="南京市科协"))
    return out


def test_content_hash_is_json_of_every_value():
    """Re-imports compare this hash with the stored one: it must not change between versions."""
    gazetteer = Gazetteer.default()
    for record in sample_records(NOW)[:50] + _records(20):
        values, _, _ = _values(record, gazetteer, "import")
        stored = values.pop("content_hash")
        text = json.dumps({k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()},
                          sort_keys=True, ensure_ascii=False)
        assert stored == hashlib.sha256(text.encode()).hexdigest()


async def test_big_import_twice_then_changed(db):
    """More rows than one insert batch: new, then unchanged, then updated, with tags and new ids."""
    records = _records(5_600)
    async with db.sessions() as session:
        report = await upsert_records(session, records)
        await session.commit()
    assert report.new + report.cancelled == len(records) and len(report.new_ids) == report.new
    async with db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Event)) == len(records)
        assert await session.scalar(select(func.count()).select_from(EventTopic)) >= len(records)
        assert await session.scalar(select(func.count()).select_from(EventAudience)) >= 0
        ids = set(await session.scalars(select(Event.id).where(Event.status != CANCELLED)))
        assert ids == set(report.new_ids)
        again = await upsert_records(session, records)
        await session.commit()
    assert again.unchanged == len(records)
    records[7].venue = "紫金山天文台"
    async with db.sessions() as session:
        changed = await upsert_records(session, records)
        await session.commit()
    assert (changed.updated, changed.unchanged) == (1, len(records) - 1)
    assert [c.uid for c in changed.changes] == ["store-7"]


async def test_unnest_insert_stores_what_sqlalchemy_stores(pg_url):
    from bot.store.db import open_database

    gazetteer = Gazetteer.default()
    rows = [_values(r, gazetteer, "import")[0] for r in _records(300)]
    stored = []
    for fast in (True, False):
        db = await open_database(pg_url)
        try:
            async with db.sessions() as session:
                conn = await session.connection()
                await conn.execute(_EVENTS.delete())
                if fast:
                    returned = await _insert_unnest(conn, _EVENTS, rows, ("uid", "id"))
                    assert sorted(uid for uid, _ in returned) == sorted(r["uid"] for r in rows)
                else:
                    await conn.execute(_EVENTS.insert(), rows)
                await session.commit()
                events = (await session.scalars(select(Event).order_by(Event.uid))).all()
                stored.append(_as_stored(events))
                assert all(e.created_at is not None for e in events)
        finally:
            await db.close()
    assert stored[0] == stored[1]


def _as_stored(events) -> list[dict]:
    """What two ways of inserting must agree on: every column but the ones the database fills in."""
    return [{c.key: getattr(e, c.key) for c in _EVENTS.columns if c.key not in ("id", "created_at", "updated_at")}
            for e in events]


async def test_sqlite_import_cache_is_given_back(sqlite_url, monkeypatch):
    """The bigger page cache is the import's alone: afterwards the connection has its usual one, also
    after an import that failed."""
    from bot.store.db import open_database

    db = await open_database(sqlite_url)
    try:
        async with db.engine.connect() as conn:
            usual = (await conn.exec_driver_sql("PRAGMA cache_size")).scalar()
        await ingest.store_parsed(db, ParseResult(records=_records(1_200)))

        async def broken(*args, **kwargs):
            raise RuntimeError("disk full")

        monkeypatch.setattr(ingest, "upsert_records", broken)
        try:
            await ingest.store_parsed(db, ParseResult(records=_records(1_200)))
        except RuntimeError:
            pass
        async with db.engine.connect() as conn:
            assert (await conn.exec_driver_sql("PRAGMA cache_size")).scalar() == usual
        async with db.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Event)) == 1_200
    finally:
        await db.close()


async def _indexes(db) -> list[tuple]:
    async with db.engine.connect() as conn:
        rows = await conn.exec_driver_sql("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        return [tuple(r) for r in rows]


async def test_sqlite_first_import_keeps_every_index(sqlite_url, monkeypatch):
    """Into an empty table the import drops the indexes and builds them again in its own transaction:
    afterwards, and after an import that failed half-way, the schema is what it was; and the rows are
    those an import into a non-empty table stores."""
    from bot.store.db import open_database

    db = await open_database(sqlite_url)
    try:
        before = await _indexes(db)
        assert any(name == "ix_events_start_cover" for name, _, _ in before)
        real = ingest.upsert_records
        seen = []

        async def broken(session, records, **kwargs):
            seen.extend(await _indexes(db))  # another connection still sees every index
            await real(session, records, **kwargs)
            raise RuntimeError("disk full")

        monkeypatch.setattr(ingest, "upsert_records", broken)
        try:
            await ingest.store_parsed(db, ParseResult(records=_records(1_200)))
        except RuntimeError:
            pass
        assert seen == before and await _indexes(db) == before
        async with db.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Event)) == 0
        monkeypatch.setattr(ingest, "upsert_records", real)
        report = await ingest.store_parsed(db, ParseResult(records=_records(1_200)))
        assert report.new + report.cancelled == 1_200 and await _indexes(db) == before
        async with db.engine.connect() as conn:
            assert (await conn.exec_driver_sql("PRAGMA integrity_check")).scalar() == "ok"
            plan = " ".join(str(r) for r in await conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM events WHERE city_code = '320100' AND ends_at > '2026'"))
            assert "ix_events_city_end" in plan
        again = await ingest.store_parsed(db, ParseResult(records=_records(1_300)))
        assert (again.unchanged, again.new + again.cancelled) == (1_200, 100)
    finally:
        await db.close()


async def test_sqlite_insert_stores_what_sqlalchemy_stores(sqlite_url, monkeypatch):
    """_insert_many binds each distinct datetime once (the same instant in another zone included)."""
    from bot.events import _insert_many
    from bot.store.db import open_database

    gazetteer = Gazetteer.default()
    records = _records(300)
    for i, r in enumerate(records[::3]):
        if i % 2:
            r.starts_at = r.starts_at.astimezone(ZoneInfo("Europe/Berlin"))
            r.ends_at = r.ends_at.astimezone(ZoneInfo("UTC"))
    rows = [_values(r, gazetteer, "import")[0] for r in records]
    stored = []
    bound = []
    real = UTCDateTime.process_bind_param
    monkeypatch.setattr(UTCDateTime, "process_bind_param", lambda self, v, d: bound.append(v) or real(self, v, d))
    db = await open_database(sqlite_url)
    try:
        for fast in (True, False):
            bound.clear()
            async with db.sessions() as session:
                conn = await session.connection()
                await conn.execute(_EVENTS.delete())
                if fast:
                    await _insert_many(conn, _EVENTS, rows)
                    distinct = {r["starts_at"] for r in rows} | {r["ends_at"] for r in rows}
                    assert len(bound) <= len(distinct) + 2  # and created_at, updated_at once
                else:
                    await conn.execute(_EVENTS.insert(), rows)
                await session.commit()
                events = (await session.scalars(select(Event).order_by(Event.uid))).all()
                stored.append(_as_stored(events))
                assert all(e.created_at is not None for e in events)
    finally:
        await db.close()
    assert stored[0] == stored[1]
    assert {e["starts_at"] for e in stored[0]} == {r.starts_at for r in records}
