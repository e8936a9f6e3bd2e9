"""The facade the conversation handlers call: users, search, events, calendar files.

Handlers never see SQLAlchemy or a Telegram framework. Each update gets one unit of work
(`Services.unit()`): one session, committed when the handler returns, rolled back when it raises.
What crosses into the handlers is plain data (Profile, EventView, Results), never an ORM object,
so nothing lazy-loads after the session is gone.
"""
from __future__ import annotations

import json
import secrets
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import AsyncIterator, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar
from icalendar import Event as VEvent
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.geo.areas import area_named
from bot.geo.gazetteer import Division, Gazetteer, PlaceMatch, haversine_km
from bot.i18n import pick_language
from bot.importer.records import CANCELLED
from bot.nlu.query import Near, ParsedQuery, parse_query
from bot.nlu.timeparse import TimeSpan, parse_time
from bot.search import search as run_search
from bot.store.db import Database
from bot.store.models import Event, SavedQuery, User, UserState

SAVED_QUERY_TTL = timedelta(days=7)  # a results message older than this says its buttons expired
SWEEP_ONE_IN = 200  # one save in this many also deletes the expired saved queries
NEAREST_CITY_KM = 150.0  # farther than this from any county seat is not "in" a city


# ---------------------------------------------------------------- plain data for the handlers

@dataclass(frozen=True)
class Profile:
    id: int
    lang: str  # zh | en, resolved (chosen, else Telegram's, else the default)
    tz: str  # IANA name, resolved
    home_city: str | None  # division code
    language_chosen: bool
    tz_chosen: bool
    pending: str | None  # what the next plain message answers ("home_city", "tz"), if anything

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)


@dataclass(frozen=True)
class EventView:
    id: int
    uid: str
    title: str
    description: str
    starts_at: datetime  # aware UTC
    ends_at: datetime
    tz: str
    all_day: bool
    venue: str | None
    address: str | None
    province_code: str | None
    city_code: str | None
    district_code: str | None
    lat: float | None
    lon: float | None
    online: bool
    online_url: str | None
    url: str | None
    organizer: str | None
    topics: tuple[str, ...]
    audiences: tuple[str, ...]
    cancelled: bool

    @property
    def place_code(self) -> str | None:
        return self.district_code or self.city_code or self.province_code

    @property
    def has_location(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class Suggestion:
    kind: str
    query: ParsedQuery
    count: int


@dataclass
class Results:
    query: ParsedQuery
    hits: list[tuple[EventView, float | None]] = field(default_factory=list)  # (event, distance km)
    total: int = 0
    offset: int = 0
    suggestions: list[Suggestion] = field(default_factory=list)


def event_view(ev: Event) -> EventView:
    return EventView(
        id=ev.id, uid=ev.uid, title=ev.title, description=ev.description or "", starts_at=ev.starts_at,
        ends_at=ev.ends_at, tz=ev.tz or "Asia/Shanghai", all_day=ev.all_day, venue=ev.venue, address=ev.address,
        province_code=ev.province_code, city_code=ev.city_code, district_code=ev.district_code, lat=ev.lat,
        lon=ev.lon, online=ev.online, online_url=ev.online_url, url=ev.url, organizer=ev.organizer,
        topics=tuple(ev.topics.split()), audiences=tuple(ev.audiences.split()), cancelled=ev.status == CANCELLED,
    )


# ---------------------------------------------------------------- queries as JSON (behind paging buttons)

def query_to_json(q: ParsedQuery) -> str:
    """Everything search reads of the query (the next page must be the same search, venue and every place
    included)."""
    d: dict = {"text": q.text, "now": q.now.isoformat(), "topics": q.topics, "audiences": q.audiences,
               "online": q.online, "rank_text": q.rank_text, "typos": q.typos, "topic_words": q.topic_words,
               "title_words": q.title_words, "venue": q.venue, "venue_topics": q.venue_topics,
               "radius_km": q.radius_km, "required_topics": q.required_topics}
    if q.place:
        d["place"] = [q.place.division.code, q.place.matched, q.place.fuzzy]
    if q.more_places:
        d["more_places"] = [[p.division.code, p.matched, p.fuzzy] for p in q.more_places]
    if q.span:
        d["span"] = [q.span.start.isoformat(), q.span.end.isoformat(), q.span.kind, q.span.matched]
    if q.near:
        d["near"] = [q.near.lat, q.near.lon, q.near.radius_km]
    if q.area:
        d["area"] = q.area.name
    return json.dumps(d, ensure_ascii=False)


def query_from_json(payload: str, gazetteer: Gazetteer) -> ParsedQuery | None:
    """The query as it was understood when the results were first shown; None when unreadable. Keys added
    later are optional: tokens saved by an older version still page."""
    def place(item) -> PlaceMatch:
        code, matched, fuzzy = item
        division = gazetteer.get(code)
        if division is None:
            raise ValueError(f"no division {code}")
        return PlaceMatch(division, matched, bool(fuzzy))

    try:
        d = json.loads(payload)
        q = ParsedQuery(text=d["text"], now=datetime.fromisoformat(d["now"]), topics=list(d["topics"]),
                        audiences=list(d["audiences"]), online=d["online"], rank_text=d["rank_text"],
                        typos=list(d.get("typos", [])), topic_words=list(d.get("topic_words", [])),
                        title_words=list(d.get("title_words", [])), venue=d.get("venue"),
                        venue_topics=list(d.get("venue_topics", [])), radius_km=d.get("radius_km"),
                        required_topics=list(d.get("required_topics", [])))
        if d.get("place"):
            q.place = place(d["place"])
        q.more_places = [place(item) for item in d.get("more_places", [])]
        if d.get("span"):
            start, end, kind, matched = d["span"]
            q.span = TimeSpan(datetime.fromisoformat(start), datetime.fromisoformat(end), kind, matched)
        if d.get("near"):
            q.near = Near(*map(float, d["near"]))
        if d.get("area"):
            q.area = area_named(d["area"])
        return q
    except (ValueError, KeyError, TypeError):
        return None


# ---------------------------------------------------------------- the facade

class Services:
    """Long-lived: one per process. `unit()` opens the per-update unit of work."""

    def __init__(self, db: Database, settings: Settings, *, gazetteer: Gazetteer | None = None,
                 clock: Callable[[], datetime] | None = None):
        self.db = db
        self.settings = settings
        self._gazetteer = gazetteer
        self.clock = clock or (lambda: datetime.now(timezone.utc))

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def now(self, tz: str) -> datetime:
        return self.clock().astimezone(ZoneInfo(tz))

    @asynccontextmanager
    async def unit(self) -> AsyncIterator["Unit"]:
        async with self.db.sessions() as session:
            try:
                yield Unit(session, self)
                await session.commit()
            except BaseException:
                await session.rollback()
                raise

    # -- understanding (no database)

    def parse(self, text: str, tz: str, *, near: Near | None = None) -> ParsedQuery:
        return parse_query(text, self.now(tz), near=near, gazetteer=self.gazetteer)

    def query_for(self, tz: str, *, when: str | None = None, place_code: str | None = None,
                  topic: str | None = None, near: Near | None = None) -> ParsedQuery:
        """A query built from buttons and commands rather than typed text (/today, a topic, a location).
        `when` is a time expression parse_time understands ("今天", "明天", "周末")."""
        now = self.now(tz)
        q = ParsedQuery(text="", now=now, near=near)
        if when:
            q.span, _ = parse_time(when, now)
        q.place = self.place_match(place_code)
        if topic:
            q.topics = [topic]
        return q

    def find_place(self, text: str) -> Division | None:
        match, _ = self.gazetteer.find_in_text(text)
        return match.division if match else None

    def place(self, code: str | None) -> Division | None:
        return self.gazetteer.get(code) if code else None

    def place_match(self, code: str | None) -> PlaceMatch | None:
        """A stored place (a home city) as if the query had named it."""
        division = self.place(code)
        return PlaceMatch(division, division.name, False) if division else None

    def place_name(self, code: str | None, lang: str) -> str | None:
        division = self.place(code)
        return self.gazetteer.display_name(division, lang) if division else None

    def nearest_city(self, lat: float, lon: float) -> Division | None:
        """The city (or municipality) around a point, for "make this my home city"; None far from China."""
        leaf = self.gazetteer.nearest(lat, lon, level="district")
        if leaf is None or leaf.lat is None or haversine_km(lat, lon, leaf.lat, leaf.lon) > NEAREST_CITY_KM:
            return None  # the nearest county seat is far away: not a place in China (0,0 is in the Atlantic)
        return self.gazetteer.nearest(lat, lon, level="city") or leaf

    # -- calendar files

    def ics(self, ev: EventView) -> bytes:
        cal = Calendar()
        cal.add("prodid", "-//kepu-bot//science events//EN")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        item = VEvent()
        item.add("uid", f"{ev.uid}@kepu-bot")
        item.add("dtstamp", self.clock().astimezone(timezone.utc))
        item.add("summary", ev.title)
        if ev.all_day:
            zone = ZoneInfo(ev.tz)
            first = ev.starts_at.astimezone(zone).date()
            last = ev.ends_at.astimezone(zone).date()
            item.add("dtstart", first)
            item.add("dtend", max(last, first + timedelta(days=1)))
        else:
            item.add("dtstart", ev.starts_at.astimezone(timezone.utc))
            item.add("dtend", max(ev.ends_at, ev.starts_at).astimezone(timezone.utc))
        where = ", ".join(p for p in (ev.venue, ev.address) if p)
        if ev.online and ev.online_url:
            where = where or ev.online_url
        if where:
            item.add("location", where)
        if ev.has_location:
            item.add("geo", (ev.lat, ev.lon))
        link = ev.url or ev.online_url
        if link:
            item.add("url", link)
        notes = [p for p in (ev.description.strip(), ev.organizer and f"Organizer / 主办: {ev.organizer}",
                             ev.online_url and f"Online / 线上: {ev.online_url}") if p]
        if notes:
            item.add("description", "\n\n".join(notes))
        item.add("status", "CANCELLED" if ev.cancelled else "CONFIRMED")
        cal.add_component(item)
        return cal.to_ical()


class Unit:
    """One update's unit of work. Methods flush but never commit; Services.unit() commits."""

    def __init__(self, session: AsyncSession, services: Services):
        self.session = session
        self.services = services

    # -- users

    async def profile(self, user_id: int, telegram_language: str | None = None) -> Profile:
        """The user's profile, creating the rows on first contact."""
        row = await self.session.get(User, user_id) or await self._create(User, id=user_id, active=True)
        state = await self.session.get(UserState, user_id) or await self._create(UserState, user_id=user_id)
        if telegram_language and state.telegram_language != telegram_language[:16]:
            state.telegram_language = telegram_language[:16]
        if not row.active:
            row.active = True  # they wrote to us again, so they no longer block the bot
        settings = self.services.settings
        lang = pick_language(row.language, state.telegram_language, settings.default_language)
        tz = row.tz if row.tz and valid_tz(row.tz) else settings.default_tz
        return Profile(id=user_id, lang=lang, tz=tz, home_city=row.home_city_code,
                       language_chosen=row.language is not None, tz_chosen=row.tz is not None,
                       pending=state.pending)

    async def _create(self, model, **key):
        """INSERT … ON CONFLICT DO NOTHING, then load: two first updates of one user may race."""
        dialect = self.session.bind.dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        await self.session.execute(insert(model).values(**key).on_conflict_do_nothing())
        return await self.session.get(model, tuple(key.values())[0])

    async def _user(self, user_id: int) -> User:
        return await self.session.get(User, user_id) or await self._create(User, id=user_id, active=True)

    async def set_language(self, user_id: int, lang: str) -> None:
        (await self._user(user_id)).language = lang
        await self.session.flush()

    async def set_home_city(self, user_id: int, code: str | None) -> None:
        (await self._user(user_id)).home_city_code = code
        await self.session.flush()

    async def set_tz(self, user_id: int, tz: str) -> None:
        if not valid_tz(tz):
            raise ValueError(f"unknown time zone {tz!r}")
        (await self._user(user_id)).tz = tz
        await self.session.flush()

    async def set_pending(self, user_id: int, pending: str | None) -> None:
        await self._user(user_id)
        state = await self.session.get(UserState, user_id) or await self._create(UserState, user_id=user_id)
        state.pending = pending
        await self.session.flush()

    # -- events and search

    async def event(self, event_id: int) -> EventView | None:
        ev = await self.session.get(Event, event_id)
        return event_view(ev) if ev is not None else None

    async def search(self, q: ParsedQuery, *, offset: int = 0, limit: int | None = None) -> Results:
        limit = limit or self.services.settings.page_size
        answer = await run_search(self.session, q, limit=limit, offset=offset, gazetteer=self.services.gazetteer)
        return Results(query=answer.query, hits=[(event_view(h.event), h.distance_km) for h in answer.hits],
                       total=answer.total, offset=offset,
                       suggestions=[Suggestion(s.kind, s.query, s.count) for s in answer.suggestions])

    async def save_query(self, user_id: int, q: ParsedQuery) -> str:
        if secrets.randbelow(SWEEP_ONE_IN) == 0:  # now and then, forget what no button can use any more
            await self.sweep_saved_queries()
        token = secrets.token_urlsafe(6)  # 8 characters, 48 bits: not guessable, short in callback data
        self.session.add(SavedQuery(token=token, user_id=user_id, payload=query_to_json(q),
                                    created_at=self.services.clock()))
        await self.session.flush()
        return token

    async def load_query(self, token: str) -> ParsedQuery | None:
        row = await self.session.get(SavedQuery, token)
        if row is None or row.created_at < self.services.clock() - SAVED_QUERY_TTL:
            return None
        return query_from_json(row.payload, self.services.gazetteer)

    async def sweep_saved_queries(self) -> int:
        """Forget queries whose buttons have expired; returns how many."""
        cutoff = self.services.clock() - SAVED_QUERY_TTL
        result = await self.session.execute(delete(SavedQuery).where(SavedQuery.created_at < cutoff))
        return result.rowcount or 0

    async def events_count(self) -> int:
        return int(await self.session.scalar(select(func.count()).select_from(Event)) or 0)


def valid_tz(name: str) -> bool:
    try:
        ZoneInfo(name)
        return True
    except (ZoneInfoNotFoundError, ValueError):
        return False
