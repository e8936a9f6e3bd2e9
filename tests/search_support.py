"""What the search tests share: a two-hour event at an address, a database seeded with events, and what a
query finds there."""
from __future__ import annotations

from datetime import datetime, timedelta

from bot.events import upsert_records
from bot.importer.records import EventRecord
from bot.nlu.query import parse_query
from bot.search import SearchAnswer, search
from tests.conftest import SH


def event(uid: str, title: str, start: datetime, address: str, cats=(), venue: str | None = None) -> EventRecord:
    return EventRecord(uid=uid, title=title, starts_at=start, ends_at=start + timedelta(hours=2), address=address,
                       venue=venue, categories=list(cats))


def sept(day: int) -> datetime:
    """9:00 on that day of September 2026 (the conftest `now` is 2026-09-16)."""
    return datetime(2026, 9, day, 9, tzinfo=SH)


async def seed(db, records: list[EventRecord]):
    async with db.sessions() as s:
        await upsert_records(s, records)
        await s.commit()
    return db


async def found(db, text: str, now: datetime) -> tuple[list[str], SearchAnswer]:
    """The uids of the first page, in order, and the answer."""
    async with db.sessions() as s:
        answer = await search(s, parse_query(text, now), limit=10)
    return [h.event.uid for h in answer.hits], answer


async def found_sorted(db, text: str, now: datetime) -> tuple[list[str], SearchAnswer]:
    """The same, uids sorted: for tests that ask which events, not in what order."""
    got, answer = await found(db, text, now)
    return sorted(got), answer
