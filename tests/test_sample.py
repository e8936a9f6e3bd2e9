"""The shipped sample events: enough of them, spread over China, bilingual, and always upcoming."""
from __future__ import annotations

import csv
import json
import math
import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.importer.records import CANCELLED, SCHEDULED, EventRecord
from bot.sample import SAMPLE_PATH, next_weekend, sample_records

SH = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parent.parent
_CJK = re.compile(r"[\u3400-\u9fff]")
_PREFIX = re.compile(r"^(?:(北京市|上海市|天津市|重庆市)|(.+?(?:省|自治区))(.+?(?:市|自治州|地区|盟)))")

NOWS = [
    datetime(2026, 9, 16, 10, 0, tzinfo=SH),  # a Wednesday in science-popularization week
    datetime(2026, 9, 19, 23, 59, tzinfo=SH),  # a Saturday, just before midnight
    datetime(2026, 12, 31, 23, 30, tzinfo=SH),  # the year's end: offsets roll into January
    datetime(2028, 2, 29, 21, 0, tzinfo=SH),  # a leap day, after the evening events have started
    datetime(2027, 3, 5, 0, 0, tzinfo=SH),  # exactly midnight (a Friday)
    datetime(2026, 9, 18, 17, 0, tzinfo=timezone.utc),  # UTC: already Saturday 01:00 in Shanghai
    datetime(2026, 6, 1, 12, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
]


def city_of(address: str) -> str | None:
    m = _PREFIX.match(address)
    return (m.group(1) or m.group(3)) if m else None


@pytest.fixture(scope="module")
def records() -> list[EventRecord]:
    return sample_records(NOWS[0])


def test_sample_path_is_absolute_and_exists():
    assert SAMPLE_PATH.is_absolute()
    assert SAMPLE_PATH == ROOT / "data" / "sample_events.json"
    assert SAMPLE_PATH.is_file()


def test_enough_events(records):
    assert len(records) >= 200


def test_uids_unique_and_stable_form(records):
    uids = [r.uid for r in records]
    assert len(set(uids)) == len(uids)
    assert all(re.fullmatch(r"sample-\d{4}@kepu\.example", u) for u in uids)


def test_titles_and_descriptions_non_empty(records):
    for r in records:
        assert r.title.strip(), r.uid
        assert r.description.strip(), r.uid


def test_many_cities_from_address_prefix(records):
    cities = set()
    for r in records:
        if r.online:
            continue
        city = city_of(r.address or "")
        assert city, f"{r.uid}: address {r.address!r} does not start with province + city"
        assert r.city_hint == city, r.uid
        cities.add(city)
    assert len(cities) >= 15
    assert {"北京市", "上海市", "广州市", "深圳市", "娄底市", "拉萨市", "乌鲁木齐市"} <= cities


def test_county_level_and_village_events(records):
    assert any("涟源市" in (r.address or "") for r in records)
    assert sum("村" in (r.address or "") for r in records) >= 3


def test_online_events(records):
    online = [r for r in records if r.online]
    assert len(online) >= 10
    for r in online:
        assert r.online_url and r.online_url.startswith("https://live.example.org/"), r.uid
        assert r.address is None and r.lat is None and r.lon is None, r.uid


def test_in_person_coordinates_inside_china(records):
    for r in records:
        if r.online:
            continue
        assert r.lat is not None and r.lon is not None, r.uid
        assert 18.0 <= r.lat <= 53.6 and 73.5 <= r.lon <= 135.1, r.uid


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_coordinates_are_in_the_right_city(records):
    with (ROOT / "data" / "divisions.csv").open(encoding="utf-8") as f:
        centres = {row["name"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(f)
                   if row["level"] == "city"}
    for r in records:
        if r.online:
            continue
        city = city_of(r.address)
        assert city in centres, f"{r.uid}: {city} is not a known city"
        limit = 350 if city == "重庆市" else 120  # 重庆市 is as large as a province
        assert _km(r.lat, r.lon, *centres[city]) <= limit, f"{r.uid}: {r.venue} is not in {city}"


def test_links_are_placeholders(records):
    for r in records:
        for link in (r.url, r.online_url):
            if link:
                assert re.match(r"https://([a-z]+\.)?example\.(org|cn)/", link), f"{r.uid}: {link}"


def test_both_languages_present(records):
    zh = [r for r in records if _CJK.search(r.title)]
    en = [r for r in records if not _CJK.search(r.title)]
    assert zh and en
    assert 0.2 <= len(en) / len(records) <= 0.4
    for r in en:  # description in the title's language
        assert not _CJK.search(r.description), r.uid
    for r in zh:
        assert _CJK.search(r.description), r.uid


def test_variety(records):
    assert sum(r.status == CANCELLED for r in records) >= 3
    assert all(r.status in (SCHEDULED, CANCELLED) for r in records)
    assert sum(r.all_day for r in records) >= 5
    multi_day = [r for r in records if r.ends_at - r.starts_at > timedelta(days=1)]
    assert len(multi_day) >= 8
    assert any(r.ends_at - r.starts_at >= timedelta(days=14) for r in records)  # long exhibitions
    assert any(timedelta(days=8) < r.ends_at - r.starts_at < timedelta(days=10) for r in records)  # 9-day carnival
    assert sum(not r.all_day and r.starts_at.astimezone(SH).hour >= 18 for r in records) >= 15  # evenings
    series = {}
    for r in records:
        if r.series_uid:
            series.setdefault(r.series_uid, []).append(r)
    assert len(series) >= 5
    for occurrences in series.values():
        starts = sorted(r.starts_at for r in occurrences)
        assert len(starts) >= 3
        assert all(b - a == timedelta(days=7) for a, b in zip(starts, starts[1:]))
    audiences = {a for r in records for a in r.audiences}
    assert {"青少年", "老年人", "亲子", "农民", "教师"} <= audiences
    assert sum(not r.audiences for r in records) >= 50  # general public
    categories = {c for r in records for c in r.categories}
    for word in ("人工智能", "量子科技", "载人航天", "深海", "超级计算", "卫生健康", "食品安全", "应急科普",
                 "碳中和", "乡村振兴", "数字素养", "核科普", "水利", "气象", "天文", "机器人", "北斗导航",
                 "生物多样性", "心理健康", "科学实验", "直播", "科普大篷车", "嘉年华"):
        assert word in categories, word


@pytest.mark.parametrize("now", NOWS, ids=lambda d: d.isoformat())
def test_all_upcoming(now):
    records = sample_records(now)
    assert len(records) >= 200
    for r in records:
        assert r.starts_at > now, f"{r.uid} starts {r.starts_at} before {now}"
        assert r.ends_at > r.starts_at, r.uid
        assert r.starts_at.tzinfo is not None and r.ends_at.tzinfo is not None
        assert r.tz == "Asia/Shanghai"
    today = now.astimezone(SH).date()
    last = max(r.starts_at.astimezone(SH).date() for r in records)
    assert last <= today + timedelta(days=61)
    # the earliest start later today or tomorrow
    first = min(r.starts_at.astimezone(SH).date() for r in records)
    assert first <= today + timedelta(days=1)


@pytest.mark.parametrize("now", NOWS, ids=lambda d: d.isoformat())
def test_clustered_in_the_coming_weeks(now):
    records = sample_records(now)
    today = now.astimezone(SH).date()
    sat = next_weekend(today)
    weekends = {sat, sat + timedelta(days=1), sat + timedelta(days=7), sat + timedelta(days=8)}
    on_weekends = sum(r.starts_at.astimezone(SH).date() in weekends for r in records)
    science_week = sum(7 <= (r.starts_at.astimezone(SH).date() - today).days <= 14 for r in records)
    assert on_weekends >= 40
    assert science_week >= 80
    assert sum((r.starts_at.astimezone(SH).date() - today).days > 30 for r in records) >= 5


def test_weekend_anchor():
    assert next_weekend(date(2026, 9, 16)) == date(2026, 9, 19)  # Wednesday
    assert next_weekend(date(2026, 9, 18)) == date(2026, 9, 19)  # Friday: tomorrow
    assert next_weekend(date(2026, 9, 19)) == date(2026, 9, 19)  # Saturday: this one
    assert next_weekend(date(2026, 9, 20)) == date(2026, 9, 19)  # Sunday: this one (yesterday's Saturday)


def test_weekend_events_fall_on_weekends():
    entries = json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))["events"]
    weekend_uids = {e["uid"]: e["day_offset"] % 7 for e in entries if e["anchor"] == "weekend"}
    assert len(weekend_uids) >= 30
    for now in NOWS:
        for r in sample_records(now):
            if r.uid in weekend_uids:
                assert r.starts_at.astimezone(SH).weekday() == 5 + weekend_uids[r.uid], r.uid


def test_today_evening_event_moves_to_tomorrow_once_started():
    before = {r.uid: r for r in sample_records(datetime(2026, 9, 16, 12, 0, tzinfo=SH))}
    after = {r.uid: r for r in sample_records(datetime(2026, 9, 16, 22, 0, tzinfo=SH))}
    moved = [uid for uid in before if before[uid].starts_at != after[uid].starts_at]
    assert moved, "expected a day_offset 0 evening event"
    for uid in moved:
        assert before[uid].starts_at.date() == date(2026, 9, 16)
        assert after[uid].starts_at - before[uid].starts_at == timedelta(days=1)
        assert after[uid].ends_at - after[uid].starts_at == before[uid].ends_at - before[uid].starts_at


def test_times_follow_the_file():
    now = datetime(2026, 9, 16, 10, 0, tzinfo=SH)
    by_uid = {r.uid: r for r in sample_records(now)}
    for e in json.loads(SAMPLE_PATH.read_text(encoding="utf-8"))["events"]:
        r = by_uid[e["uid"]]
        start = r.starts_at.astimezone(SH)
        if e["start_time"] is None:
            assert r.all_day and start.hour == 0 and start.minute == 0
            assert r.ends_at - r.starts_at == timedelta(days=e["days"])
        else:
            assert not r.all_day and start.strftime("%H:%M") == e["start_time"]
            assert r.ends_at - r.starts_at == timedelta(days=e["days"] - 1, minutes=e["duration_minutes"])


def test_deterministic():
    for now in NOWS[:3]:
        assert sample_records(now) == sample_records(now)
    a, b = sample_records(NOWS[0]), sample_records(NOWS[0])
    a[0].categories.append("changed")  # callers get their own copies
    assert "changed" not in b[0].categories


def test_same_instant_in_other_zones_gives_same_records():
    now = datetime(2026, 9, 16, 10, 0, tzinfo=SH)
    assert sample_records(now) == sample_records(now.astimezone(timezone.utc))


def test_naive_now_is_refused():
    with pytest.raises(ValueError):
        sample_records(datetime(2026, 9, 16, 10, 0))


def test_works_from_another_directory(tmp_path):
    code = ("from datetime import datetime, timezone; from bot.sample import sample_records; "
            "print(len(sample_records(datetime.now(timezone.utc))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=True)
    assert int(out.stdout) >= 200


def test_json_matches_generator():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample_events.py"), "--check"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr or out.stdout


@pytest.mark.parametrize("now", [NOWS[0], NOWS[2], NOWS[4]])
async def test_the_example_questions_we_show_find_something(db, now):
    """The greeting's buttons (in both languages) and /help's examples are what a newcomer tries first."""
    from bot.i18n import load_catalogs, translator
    from bot.importer.ingest import load_samples
    from bot.search import search_text
    from handlers.start import EXAMPLES, HELP_EXAMPLES

    load_catalogs()
    zh = translator("zh").gettext
    await load_samples(db, now=now)
    for text in {*EXAMPLES, *(zh(e) for e in EXAMPLES), *HELP_EXAMPLES}:
        async with db.sessions() as s:
            answer = await search_text(s, text, now)
        assert answer.hits, text
