"""Search: understand the query, filter in the database by what is hard, rank the rest.

Hard constraints (never broken): not over yet (unless the query names a past time), not cancelled,
overlapping the asked time, in the place or within the radius, every named topic area, audience and
online. What is left of the text ranks the candidates with rapidfuzz, then time (or distance).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.geo.gazetteer import Division, Gazetteer, PlaceMatch, haversine_km
from bot.importer.records import CANCELLED
from bot.nlu.query import Near, ParsedQuery, parse_query
from bot.store.models import Event, EventAudience, EventTopic

CANDIDATE_LIMIT = 3000  # rows ranked in Python at most; past that, the earliest ones are ranked
MIN_SCORE_UNCONSTRAINED = 60  # free text alone must look like something, or it is "nothing found"

_COLUMNS = (Event.id, Event.title, Event.search_text, Event.starts_at, Event.ends_at, Event.lat, Event.lon)


@dataclass
class Hit:
    event: Event
    score: float = 0.0
    distance_km: float | None = None


@dataclass
class Suggestion:
    """A relaxed query that does find something, offered apart from the results."""
    kind: str  # "any_time" | "wider_place" | "nationwide" | "wider_radius" | "any_audience" | "any_topic" | "in_person"
    query: ParsedQuery
    count: int


@dataclass
class SearchAnswer:
    query: ParsedQuery
    hits: list[Hit] = field(default_factory=list)
    total: int = 0  # matching events (capped at CANDIDATE_LIMIT)
    offset: int = 0
    suggestions: list[Suggestion] = field(default_factory=list)


def _place_condition(place: PlaceMatch):
    d = place.division
    if d.level == "province":
        return Event.province_code == d.code
    if d.level == "city":
        return Event.city_code == d.code
    return Event.district_code == d.code


def _bbox(near: Near):
    dlat = near.radius_km / 111.0
    dlon = near.radius_km / (111.0 * max(math.cos(math.radians(near.lat)), 0.01))
    return and_(Event.lat.between(near.lat - dlat, near.lat + dlat),
                Event.lon.between(near.lon - dlon, near.lon + dlon))


def _filters(q: ParsedQuery) -> list:
    now_utc = q.now.astimezone(timezone.utc)
    conds = [Event.status != CANCELLED]
    if q.span is not None:
        start, end = q.span.start.astimezone(timezone.utc), q.span.end.astimezone(timezone.utc)
        conds += [Event.starts_at < end, Event.ends_at > start]
        if end > now_utc:  # a window reaching into the future still means "not over yet"
            conds.append(Event.ends_at > now_utc)
    else:
        conds.append(Event.ends_at > now_utc)
    if q.place is not None:
        conds.append(or_(*(_place_condition(p) for p in q.places)))
    if q.near is not None:
        conds.append(_bbox(q.near))
    # Several topics (or audiences) named together widen the search: "AI and robotics" wants either.
    if q.topics:
        conds.append(exists().where(EventTopic.event_id == Event.id, EventTopic.topic.in_(q.topics)))
    if q.audiences:
        conds.append(exists().where(EventAudience.event_id == Event.id, EventAudience.audience.in_(q.audiences)))
    if q.online:
        conds.append(Event.online.is_(True))
    return conds


def _candidates(q: ParsedQuery) -> Select:
    return select(*_COLUMNS).where(*_filters(q)).order_by(Event.starts_at, Event.id).limit(CANDIDATE_LIMIT)


def _rank(q: ParsedQuery, rows: list) -> list[tuple[int, float, float | None]]:
    """(event id, score, distance) best first."""
    scored: list[tuple[int, float, float | None, datetime]] = []
    scores: list[float] = [0.0] * len(rows)
    if q.rank_text:
        # The title counts most; venue, organizer and tags (in search_text) help, but a little less, so
        # that an event named by its title comes before others of the same topic.
        for _, score, idx in process.extract(q.rank_text, [r.title for r in rows], scorer=fuzz.WRatio,
                                             processor=default_process, limit=None):
            scores[idx] = score
        for _, score, idx in process.extract(q.rank_text, [r.search_text for r in rows], scorer=fuzz.WRatio,
                                             limit=None):
            scores[idx] = max(scores[idx], score * 0.9)
    for i, r in enumerate(rows):
        dist = None
        if q.near is not None:
            if r.lat is None:
                continue
            dist = haversine_km(q.near.lat, q.near.lon, r.lat, r.lon)
            if dist > q.near.radius_km:
                continue
        if q.rank_text and not q.constrained and scores[i] < MIN_SCORE_UNCONSTRAINED:
            continue
        scored.append((r.id, scores[i], dist, r.starts_at))
    if q.near is not None and not q.rank_text:
        scored.sort(key=lambda s: (s[2], s[3]))
    else:
        # Close scores are a tie: then the sooner event (or the nearer one) comes first.
        scored.sort(key=lambda s: (-round(s[1] / 2), s[2] if s[2] is not None else 0, s[3]))
    return [(i, s, d) for i, s, d, _ in scored]


async def _run(session: AsyncSession, q: ParsedQuery) -> list[tuple[int, float, float | None]]:
    rows = (await session.execute(_candidates(q))).all()
    return _rank(q, rows)


async def _count(session: AsyncSession, q: ParsedQuery) -> int:
    return len(await _run(session, q))


def relaxations(q: ParsedQuery, gazetteer: Gazetteer) -> list[tuple[str, ParsedQuery]]:
    """Ways to loosen a query that found nothing, closest to what was asked first."""
    out: list[tuple[str, ParsedQuery]] = []
    if q.span is not None:
        out.append(("any_time", replace(q, span=None)))
    if q.near is not None:
        for factor in (3, 10):
            out.append(("wider_radius", replace(q, near=Near(q.near.lat, q.near.lon, q.near.radius_km * factor))))
    if q.place is not None:
        d = q.place.division
        wider: Division | None = None
        if d.level == "district" and d.city_code:
            wider = gazetteer.get(d.city_code)
        elif d.level == "city" and d.province_code and d.province_code != d.code:
            wider = gazetteer.get(d.province_code)
        if wider is not None and not q.more_places:
            out.append(("wider_place", replace(q, place=PlaceMatch(wider, wider.name, False))))
        out.append(("nationwide", replace(q, place=None, more_places=[])))
    if q.audiences:
        out.append(("any_audience", replace(q, audiences=[])))
    if q.topics:
        out.append(("any_topic", replace(q, topics=[])))
    if q.online:
        out.append(("in_person", replace(q, online=None)))
    return out


async def search(session: AsyncSession, q: ParsedQuery, *, limit: int = 10, offset: int = 0,
                 suggest: bool = True, max_suggestions: int = 3, gazetteer: Gazetteer | None = None) -> SearchAnswer:
    gazetteer = gazetteer or Gazetteer.default()
    ranked = await _run(session, q)
    answer = SearchAnswer(query=q, total=len(ranked), offset=offset)
    page = ranked[offset : offset + limit]
    if page:
        events = {ev.id: ev for ev in await session.scalars(select(Event).where(Event.id.in_([p[0] for p in page])))}
        answer.hits = [Hit(events[i], s, d) for i, s, d in page if i in events]
    elif suggest and not ranked:
        for kind, relaxed in relaxations(q, gazetteer):
            n = await _count(session, relaxed)
            if n:
                answer.suggestions.append(Suggestion(kind, relaxed, n))
            if len(answer.suggestions) >= max_suggestions:
                break
    return answer


async def search_text(session: AsyncSession, text: str, now: datetime, *, near: Near | None = None,
                      limit: int = 10, offset: int = 0, gazetteer: Gazetteer | None = None) -> SearchAnswer:
    q = parse_query(text, now, near=near, gazetteer=gazetteer)
    return await search(session, q, limit=limit, offset=offset, gazetteer=gazetteer)


def event_json(ev: Event, gazetteer: Gazetteer, distance_km: float | None = None) -> dict:
    tz = ZoneInfo(ev.tz) if ev.tz else ZoneInfo("Asia/Shanghai")
    city = None
    if ev.city_code:
        d = gazetteer.get(ev.city_code)
        city = d.short if d else None
    elif ev.province_code:
        d = gazetteer.get(ev.province_code)
        city = d.short if d else None
    out = {
        "uid": ev.uid,
        "title": ev.title,
        "starts_at": ev.starts_at.astimezone(tz).isoformat(),
        "ends_at": ev.ends_at.astimezone(tz).isoformat(),
        "city": city,
        "venue": ev.venue,
        "online": ev.online,
        "url": ev.online_url or ev.url,
    }
    if distance_km is not None:
        out["distance_km"] = round(distance_km, 2)
    return out


def answer_json(answer: SearchAnswer, gazetteer: Gazetteer) -> dict:
    return {
        "query": answer.query.as_dict(),
        "results": [event_json(h.event, gazetteer, h.distance_km) for h in answer.hits],
        "total": answer.total,
        "suggestions": [
            {"kind": s.kind, "count": s.count, "label": " · ".join(s.query.labels("zh", gazetteer)) or "全部",
             "label_en": " · ".join(s.query.labels("en", gazetteer)) or "everything", "query": s.query.as_dict()}
            for s in answer.suggestions
        ],
    }
