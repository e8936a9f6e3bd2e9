"""An organizer's answers to the new-event dialog (and to edits), checked one field at a time.

Pure functions: each returns a clean value or an `Invalid` with a reason code the handler words. The
time is read in natural language ("9月20日 下午2点到4点", "明天 19:30"), the place must name its city or
be a shared location in China.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.geo.gazetteer import Gazetteer, haversine_km
from bot.nlu.timeparse import parse_time

MAX_TITLE = 200
MAX_DESCRIPTION = 2000
MAX_PLACE = 300
MAX_URL = 1000
MAX_REASON = 300
MAX_AHEAD = timedelta(days=2 * 366)
NEAREST_KM = 150.0  # farther than this from any county seat is not a place in China

# ---------------------------------------------------------------- validation of each field

@dataclass(frozen=True)
class Invalid:
    """Why a value was refused: a code the handler turns into a sentence."""

    code: str  # too_short | too_long | no_date | vague | past | far | end_before | no_city | not_in_china | bad_url …
    values: dict = field(default_factory=dict)


def clean_text(text: str | None) -> str:
    return " ".join((text or "").split())


def check_title(text: str) -> str | Invalid:
    title = clean_text(text)
    if len(title) < 2:
        return Invalid("too_short")
    if len(title) > MAX_TITLE:
        return Invalid("too_long", {"max": MAX_TITLE})
    return title


def check_description(text: str) -> str | Invalid:
    body = "\n".join(line.rstrip() for line in (text or "").strip().splitlines())
    if len(body) > MAX_DESCRIPTION:
        return Invalid("too_long", {"max": MAX_DESCRIPTION})
    return body


def check_reason(text: str) -> str | Invalid:
    reason = clean_text(text)
    if len(reason) < 2:
        return Invalid("too_short")
    if len(reason) > MAX_REASON:
        return Invalid("too_long", {"max": MAX_REASON})
    return reason


def check_url(text: str) -> str | Invalid:
    """An http(s) link; "www.example.org/x" gets https:// in front."""
    url = (text or "").strip()
    if url and "://" not in url and re.match(r"^[\w-]+(\.[\w-]+)+(/\S*)?$", url):
        url = "https://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return Invalid("bad_url")
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url) or "." not in parts.netloc:
        return Invalid("bad_url")
    if len(url) > MAX_URL:
        return Invalid("too_long", {"max": MAX_URL})
    return url


def check_terms(ids: list[str], vocabulary) -> list[str]:
    """Known taxonomy ids, in taxonomy order, each once."""
    wanted = set(ids)
    return [tid for tid in vocabulary.terms if tid in wanted]


# ---------------------------------------------------------------- time, in natural language

@dataclass(frozen=True)
class When:
    starts_at: datetime  # aware UTC
    ends_at: datetime  # aware UTC; equal to starts_at when no end was given
    all_day: bool
    tz: str

    def to_json(self) -> dict:
        return {"starts_at": self.starts_at.isoformat(), "ends_at": self.ends_at.isoformat(),
                "all_day": self.all_day, "tz": self.tz}

    @classmethod
    def from_json(cls, d: dict) -> "When":
        return cls(datetime.fromisoformat(d["starts_at"]), datetime.fromisoformat(d["ends_at"]), bool(d["all_day"]),
                   d["tz"])


_FULLWIDTH = str.maketrans("０１２３４５６７８９：～－", "0123456789:~-")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3})"
_PERIOD = r"(?P<period>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)?\s*"
_MIN_ZH = r"(?:\s*(?P<min>\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*分?|(?P<half>半)|(?P<q1>一刻)|(?P<q3>三刻))?"
_AMPM = r"(?P<ap>a\.?m\.?|p\.?m\.?)"
_CLOCKS = [
    re.compile(_PERIOD + rf"(?P<h>{_NUM})\s*[点點时時]" + _MIN_ZH),
    re.compile(_PERIOD + r"(?P<h>\d{1,2})\s*:\s*(?P<min>\d{2})(?:\s*" + _AMPM + ")?", re.I),
    re.compile(r"(?<![\d/.])(?P<h>\d{1,2})\s*" + _AMPM + r"(?![a-z])", re.I),
]
# "下午2-4点", "2-4pm": one part of day or am/pm for both ends.
_SHORT_RANGE = [
    re.compile(_PERIOD + rf"(?P<h>{_NUM})\s*[-–—~到至]\s*(?P<h2>{_NUM})\s*[点點时時]"),
    re.compile(r"(?<![\d/.-])(?P<h>\d{1,2})\s*[-–—~]\s*(?P<h2>\d{1,2})\s*" + _AMPM + r"(?![a-z])", re.I),
]
_RANGE_GLUE = re.compile(r"^\s*(?:-|–|—|~|到|至|to|until|till)\s*$", re.I)
_PM_PERIODS = {"下午", "傍晚", "晚上"}


def _cn_int(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = _CN_DIGITS.get(tens, None) if tens else 1
        o = _CN_DIGITS.get(ones, None) if ones else 0
        return None if t is None or o is None else t * 10 + o
    if len(s) == 1:
        return _CN_DIGITS.get(s)
    return None


def _to_24h(h: int, period: str | None, ap: str | None) -> int:
    ap = (ap or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        return h + 12
    if ap == "am" and h == 12:
        return 0
    if period in _PM_PERIODS and h < 12:
        return h + 12
    if period == "中午" and h < 6:
        return h + 12
    if period in ("夜里", "夜间") and 6 <= h < 12:
        return h + 12
    return h


@dataclass
class _Clock:
    s: int
    e: int
    h: int
    m: int
    explicit: bool  # a part of day or am/pm was given: no guessing about 12-hour times
    h2: int | None = None  # the end of a short range ("下午2-4点")


def _clocks(text: str) -> list[_Clock]:
    found: list[_Clock] = []
    for rx in _SHORT_RANGE:
        for m in rx.finditer(text):
            h, h2 = _cn_int(m.group("h")), _cn_int(m.group("h2"))
            if h is None or h2 is None or h > 23 or h2 > 24:
                continue
            period = m.groupdict().get("period")
            ap = m.groupdict().get("ap")
            found.append(_Clock(m.start(), m.end(), _to_24h(h, period, ap), 0, bool(period or ap),
                                _to_24h(h2, period, ap)))
    for rx in _CLOCKS:
        for m in rx.finditer(text):
            if any(c.s < m.end() and m.start() < c.e for c in found):
                continue
            g = m.groupdict()
            h = _cn_int(g.get("h"))
            minute = _cn_int(g.get("min")) if g.get("min") else 30 if g.get("half") else 15 if g.get("q1") \
                else 45 if g.get("q3") else 0
            if h is None or minute is None or h > 24 or minute > 59 or (h == 24 and minute):
                continue
            period, ap = g.get("period"), g.get("ap")
            found.append(_Clock(m.start(), m.end(), _to_24h(h, period, ap) % 24 if h != 24 else 24, minute,
                                bool(period or ap)))
    return sorted(found, key=lambda c: c.s)


def parse_when(text: str, now: datetime, tz: str, *, default_clock: tuple[time, timedelta] | None = None) -> When | Invalid:
    """Read an event's time: "9月20日 14:00-16:00", "明天下午2点到4点", "下周六上午9点", "Sept 20 2pm-4pm",
    "10/1 9:30", "国庆" (all days), "9月17日到23日". `now` is aware; `tz` is the zone the organizer writes in.
    Without a clock time the event takes whole days — unless `default_clock` (start, duration) is given,
    as when duplicating an event for a new date."""
    zone = ZoneInfo(tz)
    local_now = now.astimezone(zone)
    norm = clean_text(text).translate(_FULLWIDTH)
    if not norm:
        return Invalid("no_date")
    clocks = _clocks(norm)
    start_clock = end_clock = None
    rest = norm
    if clocks:
        first = clocks[0]
        start_clock = (first.h, first.m, first.explicit)
        spans = [(first.s, first.e)]
        if first.h2 is not None:
            end_clock = (first.h2, 0, first.explicit)
        elif len(clocks) > 1 and _RANGE_GLUE.match(norm[first.e:clocks[1].s]):
            second = clocks[1]
            end_clock = (second.h, second.m, second.explicit)
            spans = [(first.s, second.e)]
        for s, e in spans:
            rest = rest[:s] + " " * (e - s) + rest[e:]
    span, _ = parse_time(rest, local_now)
    if span is None:
        return Invalid("no_date")
    first_day = span.start.date()
    last_day = (span.end - timedelta(microseconds=1)).date()
    part_of_day = span.start.time() != time(0) or span.end.time() != time(0)
    if start_clock is None:
        if part_of_day:
            return Invalid("vague")
        if default_clock is not None and first_day == last_day:
            start = datetime.combine(first_day, default_clock[0], zone)
            return _finish(start, start + default_clock[1], False, tz, local_now)
        start = datetime.combine(first_day, time(0), zone)
        end = datetime.combine(last_day + timedelta(days=1), time(0), zone)
        return _finish(start, end, True, tz, local_now)
    h, m, explicit = start_clock
    if not explicit and part_of_day and span.start.hour >= 12 and h < 12:
        h += 12  # "今晚7点": the evening says which 7
    start = _at(first_day, h, m, zone)
    if end_clock is None:
        return _finish(start, start, False, tz, local_now)
    h2, m2, explicit2 = end_clock
    end = _at(last_day, h2, m2, zone)
    if end <= start and not explicit2 and h2 < 12 and _at(last_day, h2 + 12, m2, zone) > start:
        end = _at(last_day, h2 + 12, m2, zone)  # "下午2点到4点": the end shares the afternoon
    if end <= start and first_day == last_day and end.hour < 6:
        end += timedelta(days=1)  # "22:00-01:00" runs past midnight
    if end <= start:
        return Invalid("end_before")
    return _finish(start, end, False, tz, local_now)


def _at(day: date, h: int, m: int, zone: ZoneInfo) -> datetime:
    if h >= 24:
        return datetime.combine(day + timedelta(days=1), time(0), zone)
    return datetime.combine(day, time(h, m), zone)


def _finish(start: datetime, end: datetime, all_day: bool, tz: str, now: datetime) -> When | Invalid:
    if max(start, end) <= now:
        return Invalid("past")
    if start > now + MAX_AHEAD:
        return Invalid("far")
    return When(start.astimezone(timezone.utc), end.astimezone(timezone.utc), all_day, tz)


# ---------------------------------------------------------------- place

@dataclass(frozen=True)
class Place:
    venue: str | None = None
    address: str | None = None
    city_hint: str | None = None
    lat: float | None = None
    lon: float | None = None
    online: bool = False  # online only: no place

    def to_json(self) -> dict:
        return asdict(self)


def place_from_text(text: str, gazetteer: Gazetteer) -> Place | Invalid:
    """"南京科技馆，南京市雨花台区紫荆花路9号" or "北京 中国科技馆": the place must name its city."""
    place = clean_text(text)
    if len(place) < 2:
        return Invalid("too_short")
    if len(place) > MAX_PLACE:
        return Invalid("too_long", {"max": MAX_PLACE})
    division = gazetteer.resolve_address(place)
    if division is None:
        match, _ = gazetteer.find_in_text(place)
        division = match.division if match else None
    if division is None:
        return Invalid("no_city")
    parts = [p.strip() for p in re.split(r"[,，;；]", place) if p.strip()]
    venue = parts[0] if parts else place
    address = "，".join(parts[1:]) or place  # never empty: the importer resolves the city of an online event from it
    # The whole text stays the hint: the city may be named only in the venue's part ("北京 中国科技馆, 北辰东路5号").
    return Place(venue=venue, address=address, city_hint=place)


def place_from_point(lat: float, lon: float, gazetteer: Gazetteer, *, title: str | None = None,
                     address: str | None = None) -> Place | Invalid:
    """A shared location or venue: it must be in China (near one of its county seats)."""
    leaf = gazetteer.nearest(lat, lon, level="district")
    if leaf is None or leaf.lat is None or haversine_km(lat, lon, leaf.lat, leaf.lon) > NEAREST_KM:
        return Invalid("not_in_china")
    title = clean_text(title)[:MAX_PLACE] or None
    address = clean_text(address)[:MAX_PLACE] or None
    return Place(venue=title, address=address, city_hint=leaf.name, lat=lat, lon=lon)
