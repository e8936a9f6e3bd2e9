"""Writing events: records from any importer (file, chat, samples) become stored, searchable events.

Places, topics and audiences are resolved here, once, so every source gets the same treatment.
Importing is idempotent by uid; the caller commits.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import DateTime, String, any_, bindparam, delete, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from bot.geo.gazetteer import Division, Gazetteer
from bot.importer.records import CANCELLED, EventRecord, Rejection
from bot.nlu import lexicon
from bot.store.models import Event, EventAudience, EventTopic

_CHUNK = 500  # rows per IN (...) lookup and per insert batch
_PG_CHUNK = 5000  # rows per INSERT ... SELECT FROM unnest (one statement each)
_EVENTS = Event.__table__
# The fields whose change subscribers are told about.
WATCHED = ("starts_at", "ends_at", "venue", "address", "online_url", "status")


@dataclass
class EventChange:
    event_id: int
    uid: str
    before: dict
    after: dict


@dataclass
class ImportReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    changes: list[EventChange] = field(default_factory=list)  # time/place/status changes of existing events
    new_ids: list[int] = field(default_factory=list)  # for "new event" alerts

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "cancelled": self.cancelled, "rejected": len(self.rejected)}


# An organizer's calendar repeats a few venues and category words across thousands of events; reading
# each once makes an import several times faster (the gazetteer takes ~0.2 ms per address, the topic
# vocabulary ~60 µs per text). classify(texts) merges classify_one(text) over the texts, so caching
# that per text changes nothing.
@lru_cache(maxsize=65536)
def _topics_in(text: str) -> tuple[tuple[str, bool], ...]:
    return lexicon.topics().classify_one(text)


@lru_cache(maxsize=65536)
def _audiences_in(text: str) -> tuple[tuple[str, bool], ...]:
    return lexicon.audiences().classify_one(text)


def _union(find, texts) -> list[str]:
    return lexicon.Vocabulary.merge(find(text) for text in texts)


@lru_cache(maxsize=16384)
def _division(gazetteer: Gazetteer, address: str | None, city_hint: str | None, lat: float | None,
              lon: float | None) -> Division | None:
    division = gazetteer.resolve_address(address or city_hint, lat, lon)
    if division is None and city_hint:
        match, _ = gazetteer.find_in_text(city_hint)
        division = match.division if match else None
    return division


def tag(record: EventRecord) -> tuple[list[str], list[str]]:
    """Topics and audiences of an event: from its categories; from its title only when those say nothing."""
    topics = list(_union_of(_topics_in, tuple(record.categories)))
    if not topics:
        topics = _union(_topics_in, [record.title, record.description[:300]])
    audiences = list(_union_of(_audiences_in, (*record.categories, *record.audiences)))
    if not audiences:
        audiences = _union(_audiences_in, [record.title])
    return topics, audiences


# A calendar's events share a few category lists: their union is merged once for each.
@lru_cache(maxsize=16384)
def _union_of(find, texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_union(find, texts))


def _search_text(record: EventRecord, topics: list[str]) -> str:
    names = []
    for tid in topics:
        term = lexicon.topics().get(tid)
        if term:
            names += [term.zh, term.en]
    parts = [record.title, record.venue or "", record.organizer or "", " ".join(record.categories), " ".join(names)]
    return lexicon.normalize(" | ".join(p for p in parts if p))


# json.dumps(..., sort_keys=True, ensure_ascii=False) builds this encoder on every call; the text is the same.
_HASH_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _values(record: EventRecord, gazetteer: Gazetteer, source: str) -> tuple[dict, list[str], list[str]]:
    division = None
    if not record.online or record.address or record.lat is not None:
        division = _division(gazetteer, record.address, record.city_hint, record.lat, record.lon)
    topics, audiences = tag(record)
    province = city = district = None
    if division is not None:
        province = division.province_code or division.code
        city = division.city_code if division.level != "province" else None
        district = division.code if division.level == "district" else None
        if division.level == "city":
            city = division.code
    values = {
        "uid": record.uid,
        "series_uid": record.series_uid,
        "title": record.title.strip()[:500],
        "description": record.description or "",
        "starts_at": record.starts_at,
        "ends_at": max(record.ends_at, record.starts_at),
        "tz": record.tz,
        "all_day": record.all_day,
        "venue": record.venue,
        "address": record.address,
        "province_code": province,
        "city_code": city,
        "district_code": district,
        "lat": record.lat,
        "lon": record.lon,
        "online": record.online,
        "online_url": record.online_url,
        "url": record.url,
        "organizer": record.organizer,
        "categories": "|".join(record.categories),
        "topics": " ".join(topics),
        "audiences": " ".join(audiences),
        "search_text": _search_text(record, topics),
        "status": record.status,
        "source": source,
    }
    # The two datetimes are the only values JSON cannot take; copying the dict and replacing them is
    # the same text as converting every value, at a third of the cost.
    digest = _HASH_JSON.encode({**values, "starts_at": values["starts_at"].isoformat(),
                                "ends_at": values["ends_at"].isoformat()})
    values["content_hash"] = hashlib.sha256(digest.encode()).hexdigest()
    return values, topics, audiences


def _watched(ev: Event) -> dict:
    return {k: getattr(ev, k) for k in WATCHED}


async def _insert_many(conn, table, rows: list[dict]) -> None:
    """INSERT rows (dicts with the same keys) in one executemany on the driver itself: through
    SQLAlchemy's async adapter an event row costs ~80 µs on SQLite, directly ~40 µs. Values are bound
    by SQLAlchemy's own type processors and Python-side column defaults are filled in, so the stored
    rows are the same either way. Runs inside the session's transaction (the lookups before it have
    begun it)."""
    if conn.dialect.driver not in ("aiosqlite", "asyncpg"):
        await conn.execute(table.insert(), rows)
        return
    compiled = table.insert().inline().compile(dialect=conn.dialect, column_keys=list(rows[0]))
    processors = getattr(compiled, "_bind_processors", None)
    order = compiled.positiontup  # bind names: the column keys, in the statement's order
    if processors is None or order is None:
        await conn.execute(table.insert(), rows)
        return
    # Columns the rows leave out get their default (one value per batch: created_at and the like),
    # bound once for the batch.
    fill = {}
    for key in order:
        if key not in rows[0]:
            default = table.columns[key].default
            value = default.arg(None) if default.is_callable else default.arg
            proc = processors.get(key)
            fill[key] = proc(value) if proc is not None else value
    # Datetimes are bound through memos: a calendar repeats a few thousand start and end times over
    # 100k events, and binding one (to UTC, then to SQLite's text) cost ~10 µs, 8% of an import.
    # Equal aware datetimes are the same instant, so they bind to the same value.
    steps = []
    for key in order:
        proc = processors.get(key)
        if proc is not None and key not in fill and isinstance(_impl(table.columns[key].type), DateTime):
            memo = _BIND_MEMO.setdefault((conn.dialect.name, type(table.columns[key].type)), {})
            if len(memo) > 100_000:
                memo.clear()
            proc = _memoized(proc, memo)
        steps.append((key, key in fill, proc))
    data = []
    for row in rows:
        values = []
        for key, filled, proc in steps:
            if filled:
                values.append(fill[key])
            else:
                v = row[key]
                values.append(proc(v) if proc is not None else v)
        data.append(values)
    driver = (await conn.get_raw_connection()).driver_connection
    await driver.executemany(str(compiled), data)


_BIND_MEMO: dict[tuple, dict] = {}


def _impl(type_):
    return getattr(type_, "impl_instance", type_)  # a TypeDecorator's underlying type


def _memoized(proc, memo: dict):
    def bind(value):
        try:
            return memo[value]
        except KeyError:
            out = memo[value] = proc(value)
            return out
    return bind


async def _insert_unnest(conn, table, rows: list[dict], returning: tuple[str, ...] = ()) -> list[tuple]:
    """PostgreSQL: INSERT rows as one statement, each column one array parameter, `returning` columns
    of the new rows back. SQLAlchemy's multi-row VALUES with RETURNING builds ~26 parameters a row in
    Python (a third of a 100k import's time); asyncpg encodes arrays in C. Values are bound by the
    columns' own type processors and Python-side defaults are filled in, as _insert_many does."""
    compiled = table.insert().inline().compile(dialect=conn.dialect, column_keys=list(rows[0]))
    processors = getattr(compiled, "_bind_processors", None) or {}
    keys = [c.key for c in table.columns if c.key in rows[0] or c.default is not None]
    fill = {}
    for key in keys:
        if key not in rows[0]:
            default = table.columns[key].default
            fill[key] = default.arg(None) if default.is_callable else default.arg
    columns = []
    for key in keys:
        proc = processors.get(key)
        if key in fill:
            value = proc(fill[key]) if proc is not None else fill[key]
            columns.append([value] * len(rows))
        elif proc is not None:
            columns.append([proc(row[key]) for row in rows])
        else:
            columns.append([row[key] for row in rows])
    quote = conn.dialect.identifier_preparer.quote
    casts = ", ".join(f"${i}::{table.columns[k].type.compile(dialect=conn.dialect)}[]"
                      for i, k in enumerate(keys, 1))
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.columns[k].name) for k in keys)}) "
           f"SELECT * FROM unnest({casts})")
    driver = (await conn.get_raw_connection()).driver_connection
    if not returning:
        await driver.execute(sql, *columns)
        return []
    sql += f" RETURNING {', '.join(quote(table.columns[k].name) for k in returning)}"
    return [tuple(r) for r in await driver.fetch(sql, *columns)]


async def upsert_records(session: AsyncSession, records: list[EventRecord], *, source: str = "import",
                         gazetteer: Gazetteer | None = None) -> ImportReport:
    gazetteer = gazetteer or Gazetteer.default()
    report = ImportReport()
    by_uid: dict[str, EventRecord] = {}
    for r in records:
        by_uid[r.uid] = r  # the last record of a uid in one batch wins, as a re-import would
    uids = list(by_uid)
    # Only the hash of what is stored is needed to tell new, unchanged and changed apart; whole rows
    # are loaded for the changed ones alone.
    stored: dict[str, tuple[int, str]] = {}
    if session.bind.dialect.name == "postgresql":
        # One statement with the uids as an array: chunks of IN (...) lists are planned from statistics
        # that after a big import still say "empty table", and each one then scans the whole table
        # (a re-import of 100k events: 244 events/s). One scan at worst, and an index probe at best.
        rows = await session.execute(select(Event.uid, Event.id, Event.content_hash)
                                     .where(Event.uid == any_(bindparam("uids", uids, type_=ARRAY(String)))))
        stored.update({uid: (id_, h) for uid, id_, h in rows})
    else:
        for i in range(0, len(uids), _CHUNK):
            rows = await session.execute(select(Event.uid, Event.id, Event.content_hash)
                                         .where(Event.uid.in_(uids[i : i + _CHUNK])))
            stored.update({uid: (id_, h) for uid, id_, h in rows})

    conn = await session.connection()
    postgres = conn.dialect.name == "postgresql"

    async def store_new(chunk: list[tuple[dict, list[str], list[str]]]) -> None:
        """New events go in as plain rows, not ORM objects (building and flushing an object per event
        cost more than resolving its place and topics), with their topics and audiences."""
        if postgres:
            # Ids from RETURNING. Looking them up by uid instead is quadratic here: in one big import
            # the planner still sees the table as empty (statistics are from before it) and scans it
            # for every lookup: 400 events/s at 100k.
            rows = await _insert_unnest(conn, _EVENTS, [values for values, _, _ in chunk], ("uid", "id"))
        else:
            # Through the connection, not the ORM session: ORM bulk inserts split a batch wherever the
            # set of None columns changes (online events have no venue...), ~10 statements per 50 rows.
            # Ids looked up by uid afterwards: RETURNING in parameter order makes SQLite insert one row
            # per statement.
            await _insert_many(conn, _EVENTS, [values for values, _, _ in chunk])
            rows = (await session.execute(select(Event.uid, Event.id)
                                          .where(Event.uid.in_([v["uid"] for v, _, _ in chunk])))).all()
        id_of = dict(rows)
        tags = []
        for values, topics, audiences in chunk:
            id_ = id_of[values["uid"]]
            tags.append((id_, topics, audiences))
            if values["status"] != CANCELLED:
                report.new_ids.append(id_)
        await _insert_tags(conn, tags, postgres)

    # On PostgreSQL a chunk's rows are written while the next chunk's values are computed: the server
    # works on its own core (at 100k events, 40% of the time was spent waiting for it). Not on SQLite:
    # its thread needs the GIL between rows, and would wait for it behind this loop.
    changed: dict[int, tuple[dict, list[str], list[str], EventRecord]] = {}
    items = list(by_uid.items())
    step = _PG_CHUNK if postgres else _CHUNK
    in_flight: asyncio.Future | None = None
    try:
        for i in range(0, len(items), step):
            new: list[tuple[dict, list[str], list[str]]] = []
            for n, (uid, record) in enumerate(items[i : i + step]):
                if in_flight is not None and n % 50 == 0:
                    await asyncio.sleep(0)  # the loop sends more of the statement as the socket drains
                values, topics, audiences = _values(record, gazetteer, source)
                known = stored.get(uid)
                if known is None:
                    new.append((values, topics, audiences))
                    if record.status == CANCELLED:
                        report.cancelled += 1
                    else:
                        report.new += 1
                elif known[1] == values["content_hash"]:
                    report.unchanged += 1
                else:
                    changed[known[0]] = (values, topics, audiences, record)
            if in_flight is not None:
                await in_flight
                in_flight = None
            if new and postgres:
                in_flight = asyncio.ensure_future(store_new(new))
                await asyncio.sleep(0)  # it sends its statement before this loop takes the CPU again
            elif new:
                await store_new(new)
        if in_flight is not None:
            await in_flight
    except BaseException:
        if in_flight is not None and not in_flight.done():
            in_flight.cancel()
            with contextlib.suppress(BaseException):
                await in_flight
        raise

    retag: list[tuple[int, list[str], list[str]]] = []
    ids = list(changed)
    for i in range(0, len(ids), _CHUNK):
        for ev in await session.scalars(select(Event).where(Event.id.in_(ids[i : i + _CHUNK]))):
            values, topics, audiences, record = changed[ev.id]
            before = _watched(ev)
            was_cancelled = ev.status == CANCELLED
            for k, v in values.items():
                if k != "source" or ev.source == "sample":
                    setattr(ev, k, v)
            after = _watched(ev)
            if record.status == CANCELLED and not was_cancelled:
                report.cancelled += 1
            else:
                report.updated += 1
            if before != after:
                report.changes.append(EventChange(ev.id, ev.uid, before, after))
            retag.append((ev.id, topics, audiences))
    await session.flush()

    for i in range(0, len(ids), _CHUNK):
        chunk_ids = ids[i : i + _CHUNK]
        await session.execute(delete(EventTopic).where(EventTopic.event_id.in_(chunk_ids)))
        await session.execute(delete(EventAudience).where(EventAudience.event_id.in_(chunk_ids)))
    await _insert_tags(conn, retag, postgres)
    return report


async def _insert_tags(conn, tagged: list[tuple[int, list[str], list[str]]], postgres: bool) -> None:
    topic_rows = [{"event_id": id_, "topic": t} for id_, ts, _ in tagged for t in ts]
    audience_rows = [{"event_id": id_, "audience": a} for id_, _, auds in tagged for a in auds]
    insert = _insert_unnest if postgres else _insert_many
    for table, rows in ((EventTopic.__table__, topic_rows), (EventAudience.__table__, audience_rows)):
        for i in range(0, len(rows), _PG_CHUNK):
            await insert(conn, table, rows[i : i + _PG_CHUNK])
