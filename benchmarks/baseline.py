"""The obvious search, to measure bot.search against: every upcoming event held in memory and scored
against the query with rapidfuzz (bot.search's own scoring and order, applied to all of them), then
the query's constraints checked in Python. It is bot.search.search itself with its candidate step
(_top: SQL filters, text cache, cutoffs) replaced by that brute force, so it understands the query
the same way and composes the answer the same way: it must return the same results, and the
benchmark checks that it does.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from bot import search as search_module
from bot.importer.records import CANCELLED
from bot.nlu.query import ParsedQuery
from bot.nlu.venue import like_matches
from bot.store.models import Event


@dataclass(slots=True)
class Row:
    # What bot.search ranks by...
    id: int
    title: str
    search_text: str
    starts_at: datetime
    ends_at: datetime
    lat: float | None
    lon: float | None
    # ...and what its SQL filters look at.
    uid: str
    province_code: str | None
    city_code: str | None
    district_code: str | None
    online: bool
    topics: frozenset[str]
    audiences: frozenset[str]
    venue: str | None = None


_COLUMNS = (Event.id, Event.title, Event.search_text, Event.starts_at, Event.ends_at, Event.lat, Event.lon,
            Event.uid, Event.province_code, Event.city_code, Event.district_code, Event.online, Event.topics,
            Event.audiences, Event.venue)


class Baseline:
    def __init__(self, rows: list[Row]):
        rows.sort(key=lambda r: (r.starts_at, r.id))  # bot.search's SQL order, so ties break the same way
        self.rows = rows
        self.by_id = {r.id: r for r in rows}

    @classmethod
    async def load(cls, db, now: datetime) -> "Baseline":
        """Every upcoming, not cancelled event."""
        now_utc = now.astimezone(timezone.utc)
        async with db.sessions() as s:
            result = await s.stream(select(*_COLUMNS).where(Event.status != CANCELLED, Event.ends_at > now_utc))
            rows = [Row(*r[:11], bool(r[11]), frozenset(r[12].split()), frozenset(r[13].split()), r[14])
                    async for r in result]
        return cls(rows)

    def matches(self, q: ParsedQuery, r: Row) -> bool:
        """bot.search's SQL filters, in Python."""
        now_utc = q.now.astimezone(timezone.utc)
        if q.span is not None:
            start, end = q.span.start.astimezone(timezone.utc), q.span.end.astimezone(timezone.utc)
            if not (r.starts_at < end and r.ends_at > start):
                return False
            if end > now_utc and r.ends_at <= now_utc:
                return False
        elif r.ends_at <= now_utc:
            return False
        places = q.places if hasattr(q, "places") else ([q.place] if q.place else [])
        if places and not any(_in_place(p.division, r) for p in places):
            return False
        if q.near is not None:
            dlat = q.near.radius_km / 111.0
            dlon = q.near.radius_km / (111.0 * max(math.cos(math.radians(q.near.lat)), 0.01))
            if r.lat is None or not (q.near.lat - dlat <= r.lat <= q.near.lat + dlat
                                     and q.near.lon - dlon <= r.lon <= q.near.lon + dlon):
                return False
        if q.topics and not r.topics.intersection(q.topics):
            return False
        if not r.topics.issuperset(t for t in q.required_topics if t in q.topics):
            return False
        if q.audiences and not r.audiences.intersection(q.audiences):
            return False
        if q.venue_filters and not (like_matches(q.venue, r.venue) or like_matches(q.venue, r.title)):
            return False
        return not q.online or r.online

    async def top(self, session, q: ParsedQuery, need: int, *, titled: str | None = None):
        """What bot.search._top answers, by scoring every upcoming event. `titled` (bot.search's
        shortcut for the title rescue, which keeps only titles naming it) is not taken: ranking
        everything is the point."""
        ranked = search_module._rank(q, self.rows)  # the scoring and order are bot.search's own
        hits = [h for h in ranked if self.matches(q, self.by_id[h[0]])]
        return hits[:need], len(hits), True

    async def search(self, session, q: ParsedQuery, limit: int = 10) -> list[str]:
        """uids of the first `limit` results."""
        real = search_module._top
        search_module._top = self.top
        try:
            answer = await search_module.search(session, q, limit=limit, suggest=False)
        finally:
            search_module._top = real
        return [h.event.uid for h in answer.hits]


def _in_place(d, r: Row) -> bool:
    if d.level == "province":
        return r.province_code == d.code
    if d.level == "city":
        return r.city_code == d.code
    return r.district_code == d.code
