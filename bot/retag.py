"""`python -m bot retag`: read every stored event's topics, audiences and ranking text again with the
current taxonomy (data/topics.json, audiences.json). An upgrade that changes the taxonomy (a new topic
such as psychology, a word moved from one topic to another) leaves stored events tagged the old way
until then; a re-import would not help, since an unchanged calendar is skipped as unchanged.

Topics are read again from what the source gave (categories, then title and description); audiences
likewise, keeping those a source named in its own column (CSV "audiences") when they still exist.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from bot.events import _insert_tags, _search_text, tag
from bot.importer.records import EventRecord
from bot.nlu import lexicon
from bot.store.models import Event, EventAudience, EventTopic

CHUNK = 1000


@dataclass
class RetagReport:
    events: int = 0
    changed: int = 0


def _record(ev: Event) -> EventRecord:
    return EventRecord(uid=ev.uid, title=ev.title, starts_at=ev.starts_at, ends_at=ev.ends_at,
                       description=ev.description or "", venue=ev.venue, organizer=ev.organizer,
                       categories=[c for c in (ev.categories or "").split("|") if c], status=ev.status)


async def retag_all(db) -> RetagReport:
    """Retag every event, a chunk a transaction; returns how many were read and how many changed."""
    report = RetagReport()
    known_audiences = set(lexicon.audiences().terms)
    last_id = 0
    while True:
        async with db.sessions() as s:
            events = list(await s.scalars(select(Event).where(Event.id > last_id).order_by(Event.id).limit(CHUNK)))
            if not events:
                return report
            last_id = events[-1].id
            report.events += len(events)
            changed: list[tuple[int, list[str], list[str]]] = []
            for ev in events:
                record = _record(ev)
                topics, audiences = tag(record)
                kept = [a for a in (ev.audiences or "").split() if a in known_audiences and a not in audiences]
                audiences = audiences + kept
                text = _search_text(record, topics)
                if (" ".join(topics), " ".join(audiences), text) != (ev.topics, ev.audiences, ev.search_text):
                    ev.topics, ev.audiences, ev.search_text = " ".join(topics), " ".join(audiences), text
                    changed.append((ev.id, topics, audiences))
            if changed:
                report.changed += len(changed)
                ids = [c[0] for c in changed]
                await s.flush()
                await s.execute(delete(EventTopic).where(EventTopic.event_id.in_(ids)))
                await s.execute(delete(EventAudience).where(EventAudience.event_id.in_(ids)))
                conn = await s.connection()
                await _insert_tags(conn, changed, conn.dialect.name == "postgresql")  # the importer's bulk insert
            await s.commit()
