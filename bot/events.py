"""Writing events: records from any importer (file, chat, samples) become stored, searchable events.

Places, topics and audiences are resolved here, once, so every source gets the same treatment.
Importing is idempotent by uid; the caller commits.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.geo.gazetteer import Gazetteer
from bot.importer.records import CANCELLED, EventRecord, Rejection
from bot.nlu import lexicon
from bot.store.models import Event, EventAudience, EventTopic

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


def tag(record: EventRecord) -> tuple[list[str], list[str]]:
    """Topics and audiences of an event: from its categories; from its title only when those say nothing."""
    topics = lexicon.topics().classify(record.categories)
    if not topics:
        topics = lexicon.topics().classify([record.title, record.description[:300]])
    audiences = lexicon.audiences().classify([*record.categories, *record.audiences])
    if not audiences:
        audiences = lexicon.audiences().classify([record.title])
    return topics, audiences


def _search_text(record: EventRecord, topics: list[str]) -> str:
    names = []
    for tid in topics:
        term = lexicon.topics().get(tid)
        if term:
            names += [term.zh, term.en]
    parts = [record.title, record.venue or "", record.organizer or "", " ".join(record.categories), " ".join(names)]
    return lexicon.normalize(" | ".join(p for p in parts if p))


def _values(record: EventRecord, gazetteer: Gazetteer, source: str) -> tuple[dict, list[str], list[str]]:
    division = None
    if not record.online or record.address or record.lat is not None:
        division = gazetteer.resolve_address(record.address or record.city_hint, record.lat, record.lon)
        if division is None and record.city_hint:
            match, _ = gazetteer.find_in_text(record.city_hint)
            division = match.division if match else None
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
    digest = json.dumps({k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()},
                        sort_keys=True, ensure_ascii=False)
    values["content_hash"] = hashlib.sha256(digest.encode()).hexdigest()
    return values, topics, audiences


def _watched(ev: Event) -> dict:
    return {k: getattr(ev, k) for k in WATCHED}


async def upsert_records(session: AsyncSession, records: list[EventRecord], *, source: str = "import",
                         gazetteer: Gazetteer | None = None) -> ImportReport:
    gazetteer = gazetteer or Gazetteer.default()
    report = ImportReport()
    by_uid: dict[str, EventRecord] = {}
    for r in records:
        by_uid[r.uid] = r  # the last record of a uid in one batch wins, as a re-import would
    uids = list(by_uid)
    existing: dict[str, Event] = {}
    for i in range(0, len(uids), 500):
        rows = await session.scalars(select(Event).where(Event.uid.in_(uids[i : i + 500])))
        existing.update({ev.uid: ev for ev in rows})

    tags: list[tuple[Event, list[str], list[str], bool]] = []
    for uid, record in by_uid.items():
        values, topics, audiences = _values(record, gazetteer, source)
        ev = existing.get(uid)
        if ev is None:
            ev = Event(**values)
            session.add(ev)
            if record.status == CANCELLED:
                report.cancelled += 1
            else:
                report.new += 1
            tags.append((ev, topics, audiences, True))
            continue
        if ev.content_hash == values["content_hash"]:
            report.unchanged += 1
            continue
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
        tags.append((ev, topics, audiences, False))

    await session.flush()
    stale = [ev.id for ev, _, _, is_new in tags if not is_new]
    for i in range(0, len(stale), 500):
        chunk = stale[i : i + 500]
        await session.execute(delete(EventTopic).where(EventTopic.event_id.in_(chunk)))
        await session.execute(delete(EventAudience).where(EventAudience.event_id.in_(chunk)))
    session.add_all([EventTopic(event_id=ev.id, topic=t) for ev, ts, _, _ in tags for t in ts])
    session.add_all([EventAudience(event_id=ev.id, audience=a) for ev, _, auds, _ in tags for a in auds])
    report.new_ids = [ev.id for ev, _, _, is_new in tags if is_new and ev.status != CANCELLED]
    await session.flush()
    return report
