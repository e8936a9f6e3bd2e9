"""Realistic data of any size: events, queries, users, subscriptions and reminders.

Everything is deterministic for a seed, and streams: `events(n)` yields records one at a time (a
million of them never sit in memory together), and its first k records are `events(k)`, so the 10k,
100k and 1M data sets nest. Usable as a library by tests and other benchmarks:

    from benchmarks.generate import BENCH_NOW, events, queries, to_ical
    records = list(events(1000))            # bot.importer.records.EventRecord
    text = to_ical(records)                 # an organiser's iCalendar export of them
    mix = queries(1000)                     # the fixed search mix: [BenchQuery(text, near, kind)]

Events are spread over every prefecture-level city of the mainland (big cities weigh more), at the
city's real venues-to-be (科技馆, 图书馆, 青少年宫 … at a district of the city, with coordinates),
with topics, audiences and kinds weighted like a 全国科普日 programme, titles in Chinese (most) and
English, and times clustered around the science week (全国科普日) and weekends, all after BENCH_NOW.
"""
from __future__ import annotations

import csv
import random
from bisect import bisect
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import accumulate
from typing import Iterator
from zoneinfo import ZoneInfo

from bot.config import DATA_DIR
from bot.importer.records import CANCELLED, SCHEDULED, EventRecord
from bot.nlu.query import Near

from . import vocab

SH = ZoneInfo("Asia/Shanghai")
# A Thursday a week before the science week: "this weekend", "next Saturday", 国庆 all mean something.
BENCH_NOW = datetime(2026, 9, 10, 10, 0, tzinfo=SH)
SCIENCE_WEEK = (date(2026, 9, 19), date(2026, 9, 27))  # 全国科普日 activities: two weekends and the week between
HORIZON_DAYS = 150


class _Weighted:
    """random.choices for one item, with the cumulative weights computed once."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect(self.cum, rng.random() * self.total)]


@dataclass(frozen=True)
class City:
    code: str
    name: str  # 南京市
    short: str  # 南京
    en: str  # Nanjing
    province_code: str
    province_name: str  # 江苏省 ('' for a municipality)
    province_short: str
    lat: float
    lon: float
    weight: int


@dataclass(frozen=True)
class Venue:
    name: str
    en: str
    address: str
    lat: float
    lon: float


@dataclass(frozen=True)
class BenchQuery:
    text: str
    near: Near | None
    kind: str  # what part of the mix it stands for: "zh_city_topic", "near", "typo" ...


@dataclass
class World:
    cities: list[City]
    districts: dict[str, list[dict]]  # city code → its districts (rows of divisions.csv)
    provinces: dict[str, dict]

    def venues(self, city: City) -> list[Venue]:
        return _venues(city.code)


@lru_cache(maxsize=1)
def world() -> World:
    with open(DATA_DIR / "divisions.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    provinces = {r["code"]: r for r in rows if r["level"] == "province"}
    districts: dict[str, list[dict]] = {}
    for r in rows:
        if r["level"] == "district" and r["lat"]:
            districts.setdefault(r["city_code"], []).append(r)
    cities = []
    for r in rows:
        # Prefecture-level units of the mainland (and the municipalities), not the province-run counties.
        if r["level"] != "city" or r["code"][2:4] == "90" or r["code"][:2] in ("71", "81", "82") or not r["lat"]:
            continue
        prov = provinces.get(r["province_code"]) if r["province_code"] != r["code"] else None
        cities.append(City(
            r["code"], r["name"], r["short"], r["en"], r["province_code"],
            prov["name"] if prov else "", prov["short"] if prov else "", float(r["lat"]), float(r["lon"]),
            vocab.BIG_CITIES.get(r["short"], 1),
        ))
    return World(cities, districts, provinces)


@lru_cache(maxsize=None)
def _venues(city_code: str) -> list[Venue]:
    """The venues of a city: fixed for the city (the same place hosts many events)."""
    w = world()
    city = next(c for c in w.cities if c.code == city_code)
    rng = random.Random(f"venues:{city_code}")
    districts = w.districts.get(city_code) or []
    # Busy venues sit in the central districts: the first few of the list (the urban ones, by code).
    central = districts[: max(1, min(4, len(districts)))]
    out = []
    for suffix, en, _ in vocab.VENUES:
        d = rng.choice(central) if central else None
        lat = (float(d["lat"]) if d else city.lat) + rng.uniform(-0.02, 0.02)
        lon = (float(d["lon"]) if d else city.lon) + rng.uniform(-0.02, 0.02)
        road, num = rng.choice(vocab.ROADS), rng.randint(1, 399)
        name = f"{city.short}{suffix}"
        address = f"{city.province_name}{city.name}{d['name'] if d else ''}{road}{num}号{name}"
        out.append(Venue(name, f"{city.en} {en}", address, round(lat, 5), round(lon, 5)))
    # Villages for the caravans: one per outlying district (county).
    for d in districts[len(central):][:6]:
        name = f"{d['short']}文化广场"
        lat, lon = float(d["lat"]) + rng.uniform(-0.03, 0.03), float(d["lon"]) + rng.uniform(-0.03, 0.03)
        out.append(Venue(name, f"{d['en']} Square", f"{city.province_name}{city.name}{d['name']}{name}",
                         round(lat, 5), round(lon, 5)))
    return out


# ---------------------------------------------------------------- events

_TOPICS = _Weighted(vocab.TOPICS, [t[0] for t in vocab.TOPICS.values()])
_KINDS = _Weighted(vocab.KINDS, [k[0] for k in vocab.KINDS])
_AUDIENCES = _Weighted(vocab.AUDIENCES, [a[0] for a in vocab.AUDIENCES])
_VENUE_WEIGHTS = [v[2] for v in vocab.VENUES]
_DURATION_H = {"讲座": (1.5, 2), "开放日": (6, 8), "工作坊": (2, 3), "科学之夜": (3, 4), "研学": (4, 6), "直播课": (1, 1.5),
               "进社区": (2, 3), "大篷车进乡村": (5, 6), "嘉年华": (6, 8), "科普周": (0, 0), "沙龙": (2, 2.5), "科普展": (0, 0)}


def _days() -> tuple[list[date], list[int], list[date], list[int]]:
    start = BENCH_NOW.date()
    days = [start + timedelta(days=i) for i in range(HORIZON_DAYS)]
    weights = [3 if d.weekday() >= 5 else 1 for d in days]
    week = [d for d in days if SCIENCE_WEEK[0] <= d <= SCIENCE_WEEK[1]]
    return days, weights, week, [2 if d.weekday() >= 5 else 1 for d in week]


_DAYS, _DAY_W, _WEEK, _WEEK_W = _days()
_ANY_DAY = _Weighted(_DAYS, _DAY_W)
_WEEK_DAY = _Weighted(_WEEK, _WEEK_W)


def _when(rng: random.Random, kind: str, topic: str) -> tuple[datetime, datetime, bool]:
    day = _WEEK_DAY.pick(rng) if rng.random() < 0.3 else _ANY_DAY.pick(rng)
    if kind in ("科普展", "科普周"):  # runs for days: all-day, 3 to 30 days
        start = datetime.combine(day, time(0), tzinfo=SH)
        span = 7 if kind == "科普周" else rng.choice((3, 7, 14, 30))
        if start <= BENCH_NOW:
            start += timedelta(days=1)
        return start, start + timedelta(days=span), True
    evening = kind == "科学之夜" or (topic == "astronomy" and rng.random() < 0.6) or (
        day.weekday() < 5 and rng.random() < 0.25)
    long_day = kind in ("开放日", "嘉年华", "研学", "大篷车进乡村")
    if long_day:
        evening = False
    hour = rng.choice((19, 19, 20)) if evening else rng.choice((9, 9, 10) if long_day else (9, 10, 14, 14, 15, 16))
    start = datetime.combine(day, time(hour, rng.choice((0, 0, 30))), tzinfo=SH)
    if start <= BENCH_NOW:
        start += timedelta(days=1)
    lo, hi = _DURATION_H[kind]
    return start, start + timedelta(minutes=int(rng.uniform(lo, hi) * 60 / 15) * 15), False


def _pick_city(rng: random.Random, cities: _Weighted) -> City:
    return cities.pick(rng)


@lru_cache(maxsize=1)
def _city_picker() -> _Weighted:
    w = world()
    return _Weighted(w.cities, [c.weight for c in w.cities])


def events(n: int, *, seed: int = 1) -> Iterator[EventRecord]:
    """n event records, all starting after BENCH_NOW; the first k of them are events(k)."""
    rng = random.Random(seed)
    w = world()
    cities = _city_picker()
    for i in range(n):
        city = _pick_city(rng, cities)
        tid = _TOPICS.pick(rng)
        _, zh_phrases, en_phrases, cats = vocab.TOPICS[tid]
        kind_w = _KINDS.pick(rng)
        _, kind_zh, kind_en, kind_cat = kind_w
        aud_w, aud_cat, aud_zh, aud_en = _AUDIENCES.pick(rng)
        if kind_zh == "大篷车进乡村" and rng.random() < 0.7:
            aud_cat, aud_zh, aud_en = "农民", "", " for Farmers"
        venues = w.venues(city)
        if kind_zh == "大篷车进乡村" and len(venues) > len(vocab.VENUES):
            venue = rng.choice(venues[len(vocab.VENUES):])
        else:
            venue = rng.choices(venues[: len(vocab.VENUES)], _VENUE_WEIGHTS)[0]
        online = (kind_zh == "直播课" and rng.random() < 0.8) or rng.random() < 0.03
        english = rng.random() < (0.25 if city.weight >= 5 else 0.08)
        if english:
            title = rng.choice(vocab.EN_TITLES).format(t=rng.choice(en_phrases), k=kind_en, c=city.en,
                                                       v=venue.en) + aud_en
        else:
            title = aud_zh + rng.choice(vocab.ZH_TITLES).format(t=rng.choice(zh_phrases), k=kind_zh, c=city.short,
                                                                v=venue.name)
        categories = [kind_cat, rng.choice(cats)]
        if rng.random() < 0.25:
            other = _TOPICS.pick(rng)
            if other != tid:
                categories.append(vocab.TOPICS[other][3][0])
        if aud_cat:
            categories.append(aud_cat)
        if online:
            categories.append("线上")
        start, end, all_day = _when(rng, kind_zh, tid)
        uid = f"bench-{seed}-{i:07d}@kepu.example"
        organizer = rng.choice(vocab.ORGANIZERS).format(c=city.short)
        yield EventRecord(
            uid=uid, title=title, starts_at=start, ends_at=end, tz="Asia/Shanghai", all_day=all_day,
            description=f"{title}。主办：{organizer}。免费参加，请提前预约。",
            venue=None if online else venue.name, address=None if online else venue.address,
            lat=None if online else venue.lat, lon=None if online else venue.lon,
            online=online, online_url=f"https://live.example.org/{i}" if online else None,
            url=f"https://kepu.example.org/e/{seed}/{i}", categories=categories, organizer=organizer,
            status=CANCELLED if rng.random() < 0.015 else SCHEDULED,
        )


# ---------------------------------------------------------------- iCalendar

def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545: lines longer than 75 octets continue on the next line after a space."""
    data = line.encode()
    if len(data) <= 75:
        return line
    out, cur, size = [], [], 0
    for ch in line:
        n = len(ch.encode())
        if size + n > (75 if not out else 74):
            out.append("".join(cur))
            cur, size = [], 0
        cur.append(ch)
        size += n
    out.append("".join(cur))
    return "\r\n ".join(out)


def _ics_time(dt: datetime, all_day: bool) -> str:
    local = dt.astimezone(SH)
    if all_day:
        return f";VALUE=DATE:{local:%Y%m%d}"
    return f";TZID=Asia/Shanghai:{local:%Y%m%dT%H%M%S}"


def vevent(r: EventRecord) -> str:
    lines = [
        "BEGIN:VEVENT", f"UID:{r.uid}", "DTSTAMP:20260901T000000Z",
        f"DTSTART{_ics_time(r.starts_at, r.all_day)}", f"DTEND{_ics_time(r.ends_at, r.all_day)}",
        f"SUMMARY:{_escape(r.title)}", f"DESCRIPTION:{_escape(r.description)}",
    ]
    if r.online:
        lines.append(f"LOCATION:线上直播 {r.online_url}")
    elif r.address:
        lines.append(f"LOCATION:{_escape(r.address)}")
    if r.lat is not None:
        lines.append(f"GEO:{r.lat};{r.lon}")
    if r.categories:
        lines.append("CATEGORIES:" + ",".join(_escape(c) for c in r.categories))
    if r.organizer:
        lines.append(f"ORGANIZER;CN={r.organizer}:mailto:kepu@example.org")
    if r.url:
        lines.append(f"URL:{r.url}")
    if r.status == CANCELLED:
        lines.append("STATUS:CANCELLED")
    lines.append("END:VEVENT")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def to_ical(records) -> str:
    """An organiser's export: one VCALENDAR of plain VEVENTs with IANA TZIDs (as Google and Outlook write)."""
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kepu-bot//bench//ZH\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n"
    return head + "".join(vevent(r) for r in records) + "END:VCALENDAR\r\n"


# ---------------------------------------------------------------- queries

_ZH_TIMES = ("今天", "明天", "后天", "这周末", "周末", "本周", "下周", "下周六", "今晚", "明晚", "9月20日", "9月19日到27日",
             "国庆")
_EN_TIMES = ("today", "tomorrow", "this weekend", "next week", "next Saturday", "tonight", "Sept 20",
             "from Sept 19 to 27")
_ZH_SHAPES_CITY_TOPIC = ("{c} {t}", "{c}有什么{t}活动", "{t} {c}", "{c}{t}讲座", "我想在{c}参加{t}活动")
_ZH_SHAPES_CITY_TIME = ("{w}{c}有什么活动", "{c} {w}", "{w}{c}", "{c}{w}有什么科普活动")
_EN_SHAPES_CITY_TOPIC = ("{t} in {c}", "{t} lectures for kids in {c}", "{c} {t}", "{t} events {c}")
_EN_SHAPES_TIME = ("{c} {t} {w}", "what's on in {c} {w}", "{t} {w} in {c}")
_FREE_TEXT = ("科学之夜", "开放日", "Meteor Shower", "流星雨观测", "科普大篷车", "实验秀", "Open Day", "science night",
              "Planetarium", "嘉年华", "科学家讲科学", "全国科普日主场")

# (weight, kind): the mix. Most people name a city; a few search the whole country, which is the
# expensive case (thousands of candidates), so it is in the mix as often as it is in real use.
_MIX = (
    (15, "zh_city_topic"), (12, "zh_city_time"), (8, "zh_city_time_topic"), (4, "zh_province_topic"),
    (3, "zh_district"), (10, "en_city_topic"), (6, "en_city_time"), (6, "typo"), (8, "near"),
    (7, "nationwide_topic"), (4, "online"), (6, "free_text"), (6, "audience"), (5, "date"),
)


def _topic_word(rng: random.Random, english: bool) -> str:
    tid = _TOPICS.pick(rng)
    _, zh, en, cats = vocab.TOPICS[tid]
    return rng.choice(en).lower() if english else rng.choice(zh + cats)


def queries(n: int = 1000, *, seed: int = 7) -> list[BenchQuery]:
    """The fixed mix of n realistic queries (Chinese and English; places, times, topics, typos, near me)."""
    rng = random.Random(seed)
    w = world()
    cities = _city_picker()
    mix = _Weighted([m[1] for m in _MIX], [m[0] for m in _MIX])
    out: list[BenchQuery] = []
    for _ in range(n):
        kind = mix.pick(rng)
        c = cities.pick(rng)
        near = None
        if kind == "zh_city_topic":
            text = rng.choice(_ZH_SHAPES_CITY_TOPIC).format(c=c.short, t=_topic_word(rng, False))
        elif kind == "zh_city_time":
            text = rng.choice(_ZH_SHAPES_CITY_TIME).format(c=c.short, w=rng.choice(_ZH_TIMES))
        elif kind == "zh_city_time_topic":
            text = f"{rng.choice(_ZH_TIMES)}{c.short}{_topic_word(rng, False)}"
        elif kind == "zh_province_topic":
            prov = c.province_short or c.short
            text = f"{prov} {_topic_word(rng, False)}"
        elif kind == "zh_district":
            ds = w.districts.get(c.code) or []
            d = rng.choice(ds[:4]) if ds else None
            text = f"{c.short}{d['name'] if d else ''} {rng.choice(('科普', '活动', '周末'))}"
        elif kind == "en_city_topic":
            text = rng.choice(_EN_SHAPES_CITY_TOPIC).format(c=c.en, t=_topic_word(rng, True))
        elif kind == "en_city_time":
            text = rng.choice(_EN_SHAPES_TIME).format(c=c.en, t=_topic_word(rng, True), w=rng.choice(_EN_TIMES))
        elif kind == "typo":
            place, tw = rng.choice(list(vocab.PLACE_TYPOS.values())), rng.choice(vocab.TOPIC_TYPOS)
            text = rng.choice((f"{place} {tw}", f"{tw} {c.short}", place, f"{tw} this weekend"))
        elif kind == "near":
            v = rng.choice(w.venues(c)[:4])
            near = Near(round(v.lat + rng.uniform(-0.02, 0.02), 5), round(v.lon + rng.uniform(-0.02, 0.02), 5),
                        rng.choice((5.0, 10.0, 10.0, 20.0)))
            text = rng.choice(("", "附近", "附近的活动", "near me", "附近 周末", "near me this weekend",
                               f"附近的{_topic_word(rng, False)}活动", f"{_topic_word(rng, True)} near me"))
        elif kind == "nationwide_topic":
            text = rng.choice((_topic_word(rng, False) + rng.choice(("讲座", "", "活动", "展览")),
                               _topic_word(rng, True), _topic_word(rng, True) + " workshop"))
        elif kind == "online":
            text = rng.choice(("线上直播", "online lectures", f"线上 {_topic_word(rng, False)}",
                               f"{_topic_word(rng, True)} livestream", "云上科普"))
        elif kind == "free_text":
            text = rng.choice(_FREE_TEXT + (f"{c.short}科技馆", f"{c.short}图书馆", f"{c.en} Museum"))
        elif kind == "audience":
            text = rng.choice((f"老年人 健康 {c.short}", f"亲子 周末 {c.short}", f"{c.short} 青少年 {_topic_word(rng, False)}",
                               f"kids this weekend {c.en}", f"{c.short}农民", f"seniors {c.en}", "适合孩子的科普活动"))
        else:  # date
            text = rng.choice((f"9月20日 {c.short}", f"国庆 {c.short}", f"下周六 {c.short}", f"Sept 20 {c.en}",
                               f"9月19日到27日{c.short}{_topic_word(rng, False)}", f"{c.en} next Saturday"))
        out.append(BenchQuery(text, near, kind))
    return out


# ---------------------------------------------------------------- users, subscriptions, reminders

def users(n: int, *, seed: int = 3, first_id: int = 100_000_000) -> Iterator[dict]:
    """Rows for the users table: home cities like the events' cities, languages mostly Chinese."""
    rng = random.Random(seed)
    cities = _city_picker()
    for i in range(n):
        r = rng.random()
        yield {"id": first_id + i, "language": "zh" if r < 0.7 else "en" if r < 0.85 else None,
               "tz": None, "home_city_code": cities.pick(rng).code if rng.random() < 0.8 else None,
               "active": rng.random() > 0.02}


def subscriptions(n: int, user_ids: list[int], event_ids: list[int], *, seed: int = 5) -> Iterator[dict]:
    """Rows for subscriptions: (user, event) pairs, unique; popular events get more subscribers."""
    rng = random.Random(seed)
    seen: set[tuple[int, int]] = set()
    sid = 0
    while sid < n:
        # A few events are popular (the science-week main stages): a skewed pick by index.
        e = event_ids[min(int(rng.paretovariate(1.2)) - 1, len(event_ids) - 1)] if rng.random() < 0.3 else \
            rng.choice(event_ids)
        u = rng.choice(user_ids)
        if (u, e) in seen:
            continue
        seen.add((u, e))
        sid += 1
        yield {"id": sid, "user_id": u, "event_id": e, "offsets": None}


def reminders(subs: list[dict], due_at: datetime, *, offsets=("1d", "1h")) -> Iterator[dict]:
    """Rows for reminders: each subscription's offsets, all falling due at due_at (the worst case:
    a million reminders in the same minute, as when the science week's main events start)."""
    rid = 0
    due_utc = due_at.astimezone(timezone.utc)
    for s in subs:
        for code in offsets:
            rid += 1
            yield {"id": rid, "subscription_id": s["id"], "user_id": s["user_id"], "event_id": s["event_id"],
                   "offset_code": code, "due_at": due_utc + timedelta(seconds=rid % 60), "status": "pending"}
