"""Understanding a search query: place, time, topics, audience, online, and the free text that is left."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.geo.areas import Area, find_area
from bot.geo.gazetteer import Gazetteer, PlaceMatch
from bot.nlu import lexicon
from bot.nlu.timeparse import TimeSpan, describe_span, parse_time
from bot.nlu.venue import find_venue

import re

_RADIUS = re.compile(r"(?:within\s*)?(\d+(?:\.\d+)?)\s*(?:公里|千米|km|kilometers?|kilometres?)(?:\s*(?:内|以内|之内|范围内|radius))?")
_DAY_NAME = re.compile(r"(?:日|节|\bday)$", re.I)
MAX_PLACES = 3
MAX_RADIUS_KM = 2000.0
MAX_QUERY_CHARS = 500  # longer text is cut: nobody types a search that long, and parsing stays cheap


@dataclass(frozen=True)
class Near:
    lat: float
    lon: float
    radius_km: float


@dataclass
class ParsedQuery:
    text: str
    now: datetime
    place: PlaceMatch | None = None
    more_places: list[PlaceMatch] = field(default_factory=list)  # "Wuhan or Changsha": any of them
    span: TimeSpan | None = None
    topics: list[str] = field(default_factory=list)
    required_topics: list[str] = field(default_factory=list)  # of those, each must hold (a word naming them all)
    audiences: list[str] = field(default_factory=list)
    online: bool | None = None
    near: Near | None = None
    radius_km: float | None = None  # a radius the text names, used when a location comes with it
    rank_text: str = ""  # what the results are ranked by: the query less place, time and filler words
    typos: list[str] = field(default_factory=list)  # words read with typo tolerance, shown back to the user
    area: Area | None = None  # a named area (兰州新区): its city is the place, its circle the `near`
    venue: str | None = None  # a named venue or landmark (浙江省科技馆, Poyang Lake): only its events, when it has any
    venue_topics: list[str] = field(default_factory=list)  # topics its name holds (天文馆): filters when it has none
    topic_words: list[str] = field(default_factory=list)  # the words that named the topics, as typed (防诈骗)
    title_words: list[str] = field(default_factory=list)  # a title must hold one of these (search's fallback)
    text_words: list[str] = field(default_factory=list)  # an event's text must hold one of these (search's narrowing)
    text_all: bool = False  # ...or all of them

    @property
    def places(self) -> list[PlaceMatch]:
        return ([self.place] if self.place else []) + self.more_places

    @property
    def constrained(self) -> bool:
        """True when the query states something to filter by, not only words to rank by."""
        return bool(self.place or self.span or self.topics or self.audiences or self.online or self.near
                    or self.venue_filters or self.title_words or self.text_words)

    @property
    def venue_filters(self) -> bool:
        """A venue named in Chinese filters; a Latin-script one ("Poyang Lake") cannot be told apart from
        Chinese venue names, so it only ranks."""
        return bool(self.venue) and lexicon.has_cjk(self.venue)

    def labels(self, lang: str, gazetteer: Gazetteer | None = None) -> list[str]:
        """Short parts of 'what I understood', in order: place · time · topics · audience · online."""
        parts: list[str] = []
        if self.area and self.near and not self.more_places:
            parts.append(self.area.en if lang == "en" else self.area.name)
        elif self.place and not (self.venue and not self.more_places and self.place.matched in self.venue):
            gz = gazetteer or Gazetteer.default()
            parts.append("/".join(gz.display_name(p.division, lang) for p in self.places))
        if self.venue:
            parts.append(self.venue.title() if self.venue.isascii() else self.venue)
        if self.near and not (self.area and self.near.radius_km == self.area.radius_km):
            parts.append(f"≤{self.near.radius_km:g} km" if lang == "en" else f"{self.near.radius_km:g}公里内")
        if self.span:
            parts.append(describe_span(self.span, lang))
        for tid in self.topics:
            term = lexicon.topics().get(tid)
            if term:
                parts.append(term.name(lang))
        for aid in self.audiences:
            term = lexicon.audiences().get(aid)
            if term:
                parts.append(term.name(lang))
        if self.online:
            parts.append("online" if lang == "en" else "线上")
        return parts

    def as_dict(self) -> dict:
        d: dict = {
            "text": self.text,
            "place": None,
            "time": None,
            "topics": self.topics,
            "audiences": self.audiences,
            "online": self.online,
            "near": None,
            "free_text": self.rank_text,
            "label": " · ".join(self.labels("zh")),
            "label_en": " · ".join(self.labels("en")),
        }
        if self.place:
            dv = self.place.division
            d["place"] = {"code": dv.code, "name": dv.name, "level": dv.level, "en": dv.en,
                          "matched": self.place.matched, "fuzzy": self.place.fuzzy}
        if self.span:
            d["time"] = {"start": self.span.start.isoformat(), "end": self.span.end.isoformat(),
                         "kind": self.span.kind, "matched": self.span.matched}
        if self.near:
            d["near"] = {"lat": self.near.lat, "lon": self.near.lon, "radius_km": self.near.radius_km}
        if self.typos:
            d["typos"] = self.typos
        if self.area:
            d["area"] = self.area.name
        if self.venue:
            d["venue"] = self.venue
        return d


# A cue right before a word of the vocabulary says the user does NOT want it: 不要线上, 不是给孩子的,
# "not online", "no kids". The word must not become a filter. Lookbehinds keep questions and other words
# out: 是不是线上 asks, 要不要带孩子 asks, 特别适合孩子 wants children.
_NEG_ZH = r"(?:(?<![是])不是|(?<![要])不要|不想要|不想|不需要|不用|不含|不包括|除了|排除|并非|(?<![除是])非)(?:给|适合|面向|针对|要)?"
_NEG_EN = r"(?<![a-z0-9])(?:not|no|non|without|except|excluding|other\s+than)(?:[\s-]+(?:for|just|only|a|an|the))*[\s-]+"


@lru_cache(maxsize=1)
def _negated() -> re.Pattern[str]:
    words = [*lexicon.topics().words(), *lexicon.audiences().words(), *lexicon.query_words().online.words()]
    words = sorted(set(words), key=len, reverse=True)
    cjk = "|".join(re.escape(w) for w in words if lexicon.has_cjk(w))
    latin = "|".join(re.escape(w) for w in words if not lexicon.has_cjk(w))
    return re.compile(rf"{_NEG_ZH}(?:{cjk})|{_NEG_EN}(?:{latin})(?![a-z0-9])")


def _time_not_eating_a_place(text: str, now: datetime, gazetteer: Gazetteer) -> tuple[TimeSpan | None, str]:
    """下礼拜天津: 下礼拜天 (next Sunday) + 津, or 下礼拜 (next week) + 天津? When the time read overlaps a
    place named exactly, the place wins and the time is read from what is left around it, unless what
    the time leaves holds a place of its own (元宵节晚上海口: 海口, not 上海)."""
    span, rest = parse_time(text, now)
    if span is None:
        return span, rest
    place, _ = gazetteer.find_in_text(text, fuzzy=False)
    if place is None:
        return span, rest
    ps, ts = text.find(place.matched), text.find(span.matched)
    if ps < 0 or ts < 0 or ps >= ts + len(span.matched) or ts >= ps + len(place.matched):
        return span, rest
    if gazetteer.find_in_text(rest, fuzzy=False)[0] is not None:
        return span, rest  # both read without overlap: 元宵节晚上 + 海口, not 上海 inside 晚上海口
    masked = text[:ps] + " " + text[ps + len(place.matched):]
    span, rest = parse_time(masked, now)
    return span, f"{rest} {place.matched}"


# English time words people mistype, and their chat shorthands: read before the time is.
_TIME_WORDS = ("tomorrow", "tonight", "today", "weekend", "weekends", "yesterday", "saturday", "sunday", "monday",
               "tuesday", "wednesday", "thursday", "friday", "january", "february", "april", "august", "september",
               "october", "november", "december", "evening", "morning", "afternoon", "holiday", "holidays")
_TIME_SHORTHAND = {"wknd": "weekend", "wkend": "weekend", "wkd": "weekend", "nxt": "next", "2morrow": "tomorrow",
                   "2nite": "tonight", "tonite": "tonight", "2day": "today"}
_LATIN_TOKEN = re.compile(r"[a-z0-9]+")


def _fix_time_typos(text: str, gazetteer: Gazetteer) -> tuple[str, list[str]]:
    """"tomorow", "this saturdy", "this wknd": a time word one slip off (ratio 85, first letter right, five
    letters or more, not a place's or a topic's name) or a shorthand, as the word it is. Returns the text and
    the words read so."""
    fixed: list[str] = []
    keep = gazetteer.latin_names

    def repl(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in _TIME_SHORTHAND:
            fixed.append(w)
            return _TIME_SHORTHAND[w]
        if len(w) < 5 or w in _TIME_WORDS or w in keep or not w.isalpha():
            return w
        best = process.extractOne(w, _TIME_WORDS, scorer=fuzz.ratio, score_cutoff=85)
        if best is None or best[0][0] != w[0] or lexicon.topics().find(w, fuzzy=False)[0] \
                or lexicon.audiences().find(w, fuzzy=False)[0]:
            return w
        fixed.append(w)
        return best[0]

    if not any("a" <= c <= "z" or c.isdigit() for c in text):
        return text, fixed
    return _LATIN_TOKEN.sub(repl, text), fixed


def _venue_kind_in_place(venue: str | None, gazetteer: Gazetteer) -> str | None:
    """"Chongqing natural history museum": a Latin venue name that is only a place and a kind of venue means
    that kind's Chinese name (自然博物馆) as the venue, looked for in the place the query names; a name of its
    own ("Xinglong observatory") stays a Latin name that only ranks."""
    if not venue or lexicon.has_cjk(venue):
        return venue
    kinds: dict[str, str] = lexicon.data("query_words.json").get("venue_types_en", {})
    kind = next((k for k in sorted(kinds, key=len, reverse=True) if venue.endswith(k)), None)
    if kind is None:
        return venue
    name = venue[: -len(kind)].strip()
    if name:
        place, left = gazetteer.find_in_text(name)
        if place is None or lexicon.strip_filler(left).strip():
            return venue
    return kinds[kind]


def _title_words(hits: list[lexicon.Hit]) -> list[str]:
    """What a title naming the topics as the user did holds: each word typed (not a typo), or the shorter
    synonyms inside it (防诈骗 → 防诈, 诈骗: 手机防诈课 names it too); none containing another."""
    words: set[str] = set()
    for h in hits:
        if h.fuzzy or len(h.matched) < (2 if lexicon.has_cjk(h.matched) else 4):
            continue  # "ai" would be found inside "daily" and "chain"
        words.add(h.matched)
        if lexicon.has_cjk(h.matched):
            words.update(w for w in _cjk_words(h.id) if w in h.matched)
    return sorted(w for w in words if not any(o != w and o in w for o in words))


@lru_cache(maxsize=None)
def _cjk_words(topic_id: str) -> tuple[str, ...]:
    """A topic's Chinese names of two characters or more, normalized (read once a process)."""
    term = lexicon.topics().get(topic_id)
    if term is None:
        return ()
    return tuple(w for w in map(lexicon.normalize, (*term.synonyms, term.zh)) if len(w) >= 2 and lexicon.has_cjk(w))


def parse_query(text: str, now: datetime, *, near: Near | None = None,
                gazetteer: Gazetteer | None = None) -> ParsedQuery:
    """`now` is aware, in the user's time zone; relative times are read against it."""
    gazetteer = gazetteer or Gazetteer.default()
    original = (text or "")[:MAX_QUERY_CHARS]
    q = ParsedQuery(text=original, now=now, near=near)
    rest = gazetteer.spell_out_nicknames(lexicon.normalize(original))

    m = _RADIUS.search(rest)
    if m:
        # "3公里内", "within 5 km": the radius of a near-me search.
        radius = min(max(float(m.group(1)), 0.1), MAX_RADIUS_KM)
        q.radius_km = radius
        if near is not None:
            q.near = Near(near.lat, near.lon, radius)
        rest = rest[: m.start()] + " " + rest[m.end():]
    area, rest = find_area(rest)
    if area is not None and (city := gazetteer.get(area.city_code)) is not None:
        # The area's city is the place (the text names it, or not: 兰州新区, 天府新区); its circle narrows
        # it, unless the user's own location came with the query.
        q.area = area
        rest = rest.replace(city.short, " ", 1) if city.short in rest else rest
        q.place = PlaceMatch(city, area.name, False)
        if near is None:
            q.near = Near(area.lat, area.lon, q.radius_km or area.radius_km)
    rest, time_typos = _fix_time_typos(rest, gazetteer)
    q.span, rest = _time_not_eating_a_place(rest, now, gazetteer)
    rest = _negated().sub(" ", rest)
    # What the results are ranked by keeps topic words ("Meteor Shower" should rank the meteor event
    # first among astronomy events) but not the place and time, which every result shares.
    # A venue's name is not a topic (唐山抗震纪念馆 is not a search for earthquake safety) but may name
    # its place (唐山), which is looked for in it too.
    q.venue = _venue_kind_in_place(find_venue(rest), gazetteer)
    words = rest
    if q.venue_filters:
        words = rest.replace(q.venue, " ", 1)
        q.venue_topics = [h.id for h in lexicon.topics().find(q.venue, fuzzy=False)[0]]
    places = gazetteer.latin_names | gazetteer.zh_names
    topic_hits, after_topics = lexicon.topics().find(words, keep=places)
    audience_hits, after_aud = lexicon.audiences().find(after_topics, keep=places)
    online_hits, after_online = lexicon.query_words().online.find(after_aud, fuzzy=False)
    if q.venue_filters:
        after_online = f"{after_online} {q.venue}"
    place, leftover = gazetteer.find_in_text(after_online) if q.area is None else (None, after_online)
    if place is not None:
        q.place = place
        rest = rest.replace(place.matched.lower(), " ", 1)
        for _ in range(MAX_PLACES - 1):
            more, leftover = gazetteer.find_in_text(leftover)
            if more is None or more.fuzzy:  # a second place must be named exactly
                break
            q.more_places.append(more)
            rest = rest.replace(more.matched.lower(), " ", 1)
    if q.span is not None and _DAY_NAME.search(q.span.matched):
        # A day named for a science (世界海洋日, World Oceans Day, 中国航天日) asks for that science's events
        # on it, though the time took the word.
        day_hits, _ = lexicon.topics().find(lexicon.normalize(q.span.matched), fuzzy=False)
        topic_hits += [h for h in day_hits if h.id not in {t.id for t in topic_hits}]
    q.topics = [h.id for h in topic_hits]
    both = lexicon.query_words().all_topics
    q.required_topics = [h.id for h in topic_hits if h.matched in both]
    q.topic_words = _title_words(topic_hits)
    q.audiences = [h.id for h in audience_hits]
    q.online = True if online_hits else None
    q.typos = list(dict.fromkeys(h.matched for h in (*topic_hits, *audience_hits) if h.fuzzy))
    if place is not None and place.fuzzy:
        q.typos.append(place.matched)
    if q.span is not None:
        q.typos += time_typos
    q.rank_text = lexicon.strip_filler(rest)
    return q
