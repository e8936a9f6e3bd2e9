"""Search: understand the query, filter in the database by what is hard, rank the rest.

Hard constraints (never broken): not over yet (unless the query names a past time), not cancelled,
overlapping the asked time, in the place or within the radius, every named topic area, audience and
online. What is left of the text ranks the candidates with rapidfuzz, then time (or distance).
"""
from __future__ import annotations

import math
import re
import sys
import time
import weakref
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from itertools import compress, count, islice
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.geo.gazetteer import Division, Gazetteer, PlaceMatch, haversine_km
from bot.importer.records import CANCELLED
from bot.nlu.lexicon import audience_kin, has_cjk
from bot.nlu.query import Near, ParsedQuery, parse_query
from bot.nlu.venue import like_pattern
from bot.store.models import Event, EventAudience, EventTopic

MIN_SCORE_UNCONSTRAINED = 60  # free text alone must look like something, or it is "nothing found"
# The title counts most; venue, organizer and tags (in search_text) help, but a little less, so that an
# event named by its title comes before others of the same topic. Scores this close are a tie.
TITLE_WEIGHT, TEXT_WEIGHT, TIE_WIDTH = 1.0, 0.9, 2
RANK_FIRST, RANK_CHUNK = 256, 4096  # candidates scored per rapidfuzz call; the cutoff rises between chunks
TEXT_TTL_S = 300.0  # how long a process ranks by an event's cached title before reading it again

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
    total: int = 0  # matching events; for free text alone (nothing else asked), at least this many
    total_exact: bool = True
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
    # Never what is over: a bot for going to events has nothing to offer from last month. A query
    # naming a past time finds nothing and is offered the same search from now on instead.
    conds = [Event.status != CANCELLED, Event.ends_at > now_utc]
    if q.span is not None:
        start, end = q.span.start.astimezone(timezone.utc), q.span.end.astimezone(timezone.utc)
        conds += [Event.starts_at < end, Event.ends_at > start]
    if q.place is not None:
        conds.append(or_(*(_place_condition(p) for p in q.places)))
    if q.near is not None:
        conds.append(_bbox(q.near))
    # Several topics (or audiences) named together widen the search: "AI and robotics" wants either.
    # How they are written steers SQLite's plan: with a place or a point, EXISTS lets the place's index
    # lead and probes each event's topics (a city holds ~1% of events); without, IN (subquery) starts
    # from the topic's index instead of walking every upcoming event (50 ms → 5 ms at 100k events).
    # PostgreSQL plans both forms alike.
    narrow = q.place is not None or q.near is not None

    def tagged(model, column, wanted: list[str]):
        if narrow:
            return exists().where(model.event_id == Event.id, column.in_(wanted))
        return Event.id.in_(select(model.event_id).where(column.in_(wanted)))

    for model, column, wanted in ((EventTopic, EventTopic.topic, q.topics),
                                  (EventAudience, EventAudience.audience, q.audiences)):
        if wanted:
            conds.append(tagged(model, column, wanted))
    # A word naming several topics at once (新能源车: energy and transport) asks for all of them; when a
    # relaxation drops the topics, what they required goes with them.
    conds += [tagged(EventTopic, EventTopic.topic, [t]) for t in q.required_topics if t in q.topics]
    if q.online:
        conds.append(Event.online.is_(True))
    if q.venue_filters:
        pattern = like_pattern(q.venue)
        conds.append(or_(Event.venue.like(pattern), Event.title.like(pattern)))
    if q.title_words:
        conds.append(or_(*(Event.title.icontains(w, autoescape=True) for w in q.title_words)))
    return conds


def _candidates(q: ParsedQuery) -> Select:
    """Every event meeting the constraints, soonest first, with what _rank needs."""
    return select(*_COLUMNS).where(*_filters(q)).order_by(Event.starts_at, Event.id)


def _candidate_ids(q: ParsedQuery) -> Select:
    """The same events, only ids (and points for "near me"): what they are ranked by comes from the
    text cache."""
    cols = (Event.id, Event.lat, Event.lon) if q.near is not None else (Event.id,)
    return select(*cols).where(*_filters(q)).order_by(Event.starts_at, Event.id)


PREFILTER_BELOW = 80  # under this cutoff WRatio is slow and a character test pays; above, its own pruning is faster


def _extract(query: str, choices: list[str], cutoff: float) -> dict[int, float]:
    """index → WRatio of the choices scoring at least `cutoff`. Each distinct string is scored once:
    events repeat titles ("科普讲座", a series), and a dict lookup costs far less than WRatio."""
    distinct = list(dict.fromkeys(choices))
    if 0 < cutoff < PREFILTER_BELOW and query:
        # A string sharing no character with the query scores 0: every part of WRatio (ratio,
        # partial and token ratios) compares characters of the query with those of the string, and
        # the token ratios join words with a space, so a query of several words also shares one
        # with any string holding whitespace. Only strings sharing one are scored.
        spaced = any(c.isspace() for c in query)
        shares = re.compile("[" + re.escape("".join(set(query))) + (r"\s" if spaced else "") + "]").search
        distinct = list(compress(distinct, map(shares, distinct)))
    elif len(distinct) == len(choices):
        return {idx: score for _, score, idx in process.extract(query, choices, scorer=fuzz.WRatio,
                                                                processor=None, limit=None,
                                                                score_cutoff=cutoff)}
    hits = {choice: score for choice, score, _ in process.extract(query, distinct, scorer=fuzz.WRatio,
                                                                  processor=None, limit=None,
                                                                  score_cutoff=cutoff)}
    if not hits:
        return {}
    # Only the indexes of strings that scored pass through Python; the test runs at C speed.
    return {idx: hits[choices[idx]] for idx in compress(count(), map(hits.__contains__, choices))}


def _score(q: ParsedQuery, titles: list[str], texts: list[str], cutoff: float = 0) -> dict[int, float]:
    """index → score of the rows scoring at least `cutoff` (all of them when it is 0). `titles` are
    already through rapidfuzz's default_process, as the query's title scorer expects; texts are
    scored as stored (lexicon.normalize'd), against the query as it is."""
    scores: dict[int, float] = {}
    if cutoff <= 100 * TITLE_WEIGHT:
        for idx, score in _extract(default_process(q.rank_text), titles, cutoff / TITLE_WEIGHT).items():
            scores[idx] = score * TITLE_WEIGHT
    if cutoff <= 100 * TEXT_WEIGHT:
        for idx, score in _extract(q.rank_text, texts, cutoff / TEXT_WEIGHT).items():
            if score * TEXT_WEIGHT > scores.get(idx, -1.0):
                scores[idx] = score * TEXT_WEIGHT
    return scores


def _tie(score: float) -> int:
    return round(score / TIE_WIDTH)


def _holds_text_words(q: ParsedQuery, text: str) -> bool:
    """Whether an event's ranking text holds the query's text words (any of them, or all with text_all)."""
    return (all if q.text_all else any)(w in text for w in q.text_words)


def _rank(q: ParsedQuery, rows: list) -> list[tuple[int, float, float | None]]:
    """(event id, score, distance) best first, every row scored: the reference the fast path
    (_top) must agree with. Rows need .id .title .search_text .starts_at .lat .lon, soonest first."""
    scored: list[tuple[int, float, float | None, datetime]] = []
    scores: dict[int, float] = {}
    if q.rank_text:
        scores = _score(q, [default_process(r.title) for r in rows], [r.search_text for r in rows])
    words = q.title_words
    for i, r in enumerate(rows):
        if words and not any(w in (r.title or "").lower() for w in words):
            continue  # what _filters' title condition drops in SQL
        if q.text_words and not _holds_text_words(q, r.search_text or ""):
            continue  # and _top's text condition
        dist = None
        if q.near is not None:
            if r.lat is None:
                continue
            dist = haversine_km(q.near.lat, q.near.lon, r.lat, r.lon)
            if dist > q.near.radius_km:
                continue
        score = scores.get(i, 0.0)
        if q.rank_text and not q.constrained and score < MIN_SCORE_UNCONSTRAINED:
            continue
        scored.append((r.id, score, dist, r.starts_at))
    if q.near is not None and not q.rank_text:
        scored.sort(key=lambda s: (s[2], s[3]))
    else:
        # Close scores are a tie: then the sooner event (or the nearer one) comes first.
        scored.sort(key=lambda s: (-_tie(s[1]), s[2] if s[2] is not None else 0, s[3]))
    return [(i, s, d) for i, s, d, _ in scored]


async def _raw_rows(session: AsyncSession, stmt: Select) -> list:
    """The rows of a plain SELECT as the driver gave them (tuples): SQLAlchemy still compiles (cached)
    and binds the statement, but building its Row objects costs ~2 µs each, and a search may read
    100,000 ids (200 ms against 80 ms on SQLite)."""
    result = await (await session.connection()).execute(stmt)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


class _TextCache:
    """What candidates are ranked by (title, search_text), per database, kept in the process so a
    search reads only ids from the database: reading 10,000 titles costs ~60 ms on SQLite, their ids
    ~5 ms. An entry is read again after TEXT_TTL_S, so an edited title ranks by its new words within
    minutes; which events match never depends on this cache (that is the SQL filters' job)."""

    def __init__(self) -> None:
        self._by_db: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    async def get(self, session: AsyncSession, ids: list[int]) -> tuple[list[str], list[str]]:
        engine = session.sync_session.get_bind()
        if engine not in self._by_db:
            self._by_db[engine] = ({}, {}, deque())
        titles, texts, expiry = self._by_db[engine]
        now = time.monotonic()
        while expiry and expiry[0][0] < now:  # forget what is due to be read again
            for event_id in expiry.popleft()[1]:
                titles.pop(event_id, None)
        try:  # the common case, at C speed: everything is there
            return list(map(titles.__getitem__, ids)), list(map(texts.__getitem__, ids))
        except KeyError:
            pass
        missing = [i for i in ids if i not in titles]
        for n in range(0, len(missing), 500):
            rows = await _raw_rows(session, select(Event.id, Event.title, Event.search_text)
                                   .where(Event.id.in_(missing[n : n + 500])))
            for event_id, title, text in rows:
                # Titles repeat (a series, "科普讲座" in every city): one string each saves memory.
                titles[event_id], texts[event_id] = sys.intern(default_process(title)), text
            # One expiry per read (not per event: ~100 bytes each), in order; spread a little, so
            # what a big search read at once is not read again all at once.
            expiry.append((now + TEXT_TTL_S * (1 + 0.25 * n / max(len(missing), 1)), [r[0] for r in rows]))
        if len(texts) > 2 * len(titles) + 10_000:  # texts of forgotten entries: drop them now and then
            for key in [k for k in texts if k not in titles]:
                del texts[key]
        # An id read by no query above was deleted meanwhile: it ranks by nothing.
        return [titles.get(i, "") for i in ids], [texts.get(i, "") for i in ids]


_TEXTS = _TextCache()


async def _top(session: AsyncSession, q: ParsedQuery, need: int, *,
               titled: str | None = None) -> tuple[list[tuple[int, float, float | None]], int, bool]:
    """The first `need` of _rank's order over every matching event, how many match, and whether that
    count is exact: free text alone matches what scores MIN_SCORE_UNCONSTRAINED, and counting all of
    those would mean scoring every upcoming event in full (~1.5 s at 100k events), so then the count
    is of those scored on the way (at least `need` when there are that many).

    Candidates come soonest first. Once `need` of them are held, a later one can only get in by
    scoring into a tie group at least as high as the last one held (then it wins on distance, or
    not at all), so the following chunks are scored with that as rapidfuzz's score_cutoff, which
    skips most of the work. The result is _rank's, exactly (the search benchmark checks it).

    `titled` (the title rescue): the caller keeps only results whose title names it; when no
    candidate's title does, nothing is ranked and the answer is empty."""
    rows = await _raw_rows(session, _candidate_ids(q))
    dists: list[float] | None = None
    if q.near is not None:
        near, ids, dists = q.near, [], []
        for event_id, lat, lon in rows:
            if lat is not None:
                d = haversine_km(near.lat, near.lon, lat, lon)
                if d <= near.radius_km:
                    ids.append(event_id)
                    dists.append(d)
    else:
        ids = [r[0] for r in rows]
    if not q.text_words and (not q.rank_text or (need == 0 and q.constrained)):
        order = sorted(range(len(ids)), key=lambda i: (dists[i], i)) if dists is not None else range(len(ids))
        return [(ids[i], 0.0, dists[i] if dists is not None else None) for i in islice(order, need)], len(ids), True

    titles, texts = await _TEXTS.get(session, ids)
    if q.text_words:
        # Checked here on the cached texts, not in SQL: a LIKE over the whole country reads every row in
        # date order (~250 ms at 100k events), the cache holds the texts already (~15 ms).
        keep = [i for i, text in enumerate(texts) if _holds_text_words(q, text)]
        ids, titles, texts = [ids[i] for i in keep], [titles[i] for i in keep], [texts[i] for i in keep]
        if dists is not None:
            dists = [dists[i] for i in keep]
    if titled is not None and not _names_a_title(titled, titles):
        return [], 0, True
    # Unconstrained text: only what scores MIN_SCORE_UNCONSTRAINED matches, and the total counts it.
    floor = 0.0 if q.constrained else float(MIN_SCORE_UNCONSTRAINED)
    held: list[tuple[int, float, int, float]] = []  # (-tie group, distance, position, score), best first
    matched = 0
    cutoff = floor
    start = chunks = 0
    scored_all = True
    while start < len(ids):
        # The first chunks are small and grow: the cutoff they set makes the rest cheap to score.
        stop = start + min(RANK_FIRST * 2 ** chunks, RANK_CHUNK)
        chunks += 1
        # A hair under the bound: a score exactly on it must not be lost to float rounding.
        for idx, score in _score(q, titles[start:stop], texts[start:stop], max(cutoff - 1e-6, 0)).items():
            if score < floor:
                continue
            matched += 1
            i = start + idx
            held.append((-_tie(score), dists[i] if dists is not None else 0.0, i, score))
        if need and len(held) >= need:
            held.sort()
            del held[need:]
            group = -held[-1][0]
            if dists is None:
                # Without distances a tie goes to the sooner event, and every later candidate is
                # later: only a higher tie group gets in, and above the top group nothing does.
                if group >= _tie(100 * TITLE_WEIGHT):
                    scored_all = False
                    break
                cutoff = max(floor, TIE_WIDTH * group + TIE_WIDTH / 2)
            else:
                cutoff = max(floor, TIE_WIDTH * group - TIE_WIDTH / 2)
        start = stop
    held.sort()
    page = [(ids[i], score, dists[i] if dists is not None else None) for _, _, i, score in held[:need]]
    return page, (len(ids) if q.constrained else matched), q.constrained or (scored_all and cutoff <= floor)


async def _count(session: AsyncSession, q: ParsedQuery) -> int:
    """How many events match (for suggestions): counted in SQL when the text decides nothing."""
    if q.near is None and (q.constrained or not q.rank_text):
        return int(await session.scalar(select(func.count()).select_from(_candidate_ids(q).subquery())) or 0)
    return (await _top(session, q, 1))[1]


def content_words(rank_text: str) -> list[str]:
    """The words of the ranking text worth finding as they are: Chinese of two characters or more, other
    words of three letters or more (what is left after place, time, topic and filler words)."""
    return [w for w in dict.fromkeys(rank_text.split()) if len(w) >= (2 if has_cjk(w) else 3)]


TITLE_RESCUE_SCORE = 90  # token_sort_ratio of the query against a title to count as naming it
TITLE_RESCUE_MIN_CHARS = 8


def _names_a_title(wanted: str, titles: list[str]) -> bool:
    """Whether `wanted` (through default_process) names any of the titles: one cheap pass over the
    distinct titles, which spares ranking them all when none does (most queries)."""
    return process.extractOne(wanted, list(dict.fromkeys(titles)), scorer=fuzz.token_sort_ratio, processor=None,
                              score_cutoff=TITLE_RESCUE_SCORE) is not None


async def _titles_across_filters(session: AsyncSession, q: ParsedQuery,
                                 have: set[int]) -> list[tuple[int, float, float | None]]:
    """"Deep Sea Discovery" names an event: when its organizer filed it under another topic (or
    audience) than the words suggest, the title still finds it. Place, time and the rest still hold."""
    loose = replace(q, topics=[], audiences=[])
    wanted = default_process(q.rank_text)
    found, _, _ = await _top(session, loose, 3, titled=wanted)
    ids = [f[0] for f in found if f[0] not in have]
    if not ids:
        return []
    titles, _ = await _TEXTS.get(session, ids)
    return [(i, score, d) for (i, score, d), title in zip((f for f in found if f[0] in ids), titles)
            if fuzz.token_sort_ratio(wanted, title) >= TITLE_RESCUE_SCORE]


def relaxations(q: ParsedQuery, gazetteer: Gazetteer) -> list[tuple[str, ParsedQuery]]:
    """Ways to loosen a query that found nothing, closest to what was asked first."""
    out: list[tuple[str, ParsedQuery]] = []
    if q.span is not None:
        out.append(("upcoming" if q.span.end <= q.now else "any_time", replace(q, span=None)))
    # A named area (太湖, 兰州新区) is its city within a circle: looser is the whole city, then the country,
    # each without the circle (a circle of the user's own location stays).
    area_circle = q.area is not None and q.near is not None and (q.near.lat, q.near.lon) == (q.area.lat, q.area.lon)
    if q.near is not None and not area_circle:
        for factor in (3, 10):
            out.append(("wider_radius", replace(q, near=Near(q.near.lat, q.near.lon, q.near.radius_km * factor))))
    if q.place is not None:
        d = q.place.division
        wider: Division | None = None
        if d.level == "district" and d.city_code:
            wider = gazetteer.get(d.city_code)
        elif d.level == "city" and d.province_code and d.province_code != d.code:
            wider = gazetteer.get(d.province_code)
        if area_circle:
            out.append(("wider_place", replace(q, area=None, near=None)))
        elif wider is not None and not q.more_places:
            out.append(("wider_place", replace(q, place=PlaceMatch(wider, wider.name, False))))
        out.append(("nationwide", replace(q, place=None, more_places=[],
                                          **({"area": None, "near": None} if area_circle else {}))))
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
    # One more than the page: whether a next page exists is known even when the total is a lower bound.
    ranked, total, exact = await _top(session, q, offset + limit + 1)
    if not total and q.venue_filters:
        # Nothing at that venue (or it is not known): what its name says (天文馆: astronomy) instead.
        q = replace(q, venue=None, topics=list(dict.fromkeys(q.topics + q.venue_topics)))
        ranked, total, exact = await _top(session, q, offset + limit + 1)
    kin = [k for a in q.audiences for k in audience_kin().get(a, ()) if k not in q.audiences]
    if not total and kin:
        # Nothing for children (say) but family events that suit them: those, rather than nothing.
        q = replace(q, audiences=q.audiences + kin)
        ranked, total, exact = await _top(session, q, offset + limit + 1)
    if not total and q.topics and q.topic_words:
        # Nothing filed under the topic, but titles naming it in the user's own words (a 防诈骗 class its
        # organizer filed as digital skills): those. The answer keeps the query as asked, so a next page
        # takes the same way.
        ranked, total, exact = await _top(session, replace(q, topics=[], title_words=q.topic_words),
                                          offset + limit + 1)
    words = content_words(q.rank_text)
    if words and not (q.topics or q.audiences or q.title_words or q.venue_filters):
        # Words the vocabulary does not know (宝鸡 青铜器, 莆田 荔枝) only rank, so a city's every event would
        # follow the one that names them. Where some events' text holds such a word, and not most of them
        # (then it tells nothing apart), those are the answer. With nothing else asked and nothing found
        # (江豚 展, 李庄 测绘), events holding every word are. The answer keeps the query as asked: a next
        # page takes the same way.
        if (q.place or q.near) and total > 1 or not total and not q.constrained:
            narrow = await _top(session, replace(q, text_words=words, text_all=not total), offset + limit + 1)
            if narrow[1] and (not total or narrow[1] <= total // 2):
                ranked, total, exact = narrow
    if offset == 0 and (q.topics or q.audiences) and len(q.rank_text) >= TITLE_RESCUE_MIN_CHARS:
        rescued = await _titles_across_filters(session, q, {r[0] for r in ranked})
        ranked, total = rescued + ranked, total + len(rescued)
    answer = SearchAnswer(query=q, total=total, offset=offset, total_exact=exact)
    page = ranked[offset : offset + limit]
    if page:
        events = {ev.id: ev for ev in await session.scalars(select(Event).where(Event.id.in_([p[0] for p in page])))}
        answer.hits = [Hit(events[i], s, d) for i, s, d in page if i in events]
    elif suggest and not total:
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
