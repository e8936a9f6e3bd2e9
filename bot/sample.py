"""The sample events the demo and the quick start ship with, dated so they are always upcoming.

data/sample_events.json (made by scripts/make_sample_events.py) gives each event a relative date:
``anchor`` + ``day_offset`` days, where anchor "today" is now's date in Asia/Shanghai and anchor "weekend"
is the next Saturday after today (tomorrow at the earliest; when today is Saturday, the Saturday a week
on), so family events land on real weekends. ``start_time`` is local time ("HH:MM") or null for all day;
an event lasts ``duration_minutes`` on each of its ``days`` (from the first day's start to the last day's
end), an all-day event ``days`` whole days.

Every record starts after ``now``: the only events that could start before it are the few "today"
evening ones (day_offset 0); one whose start has already passed moves, with its end, one day later.
The output depends on nothing but ``now`` (and the file): calling twice with the same ``now`` gives equal
records, in the same order (by start, then uid).
"""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.importer.records import CANCELLED, SCHEDULED, EventRecord

SAMPLE_PATH: Path = Path(__file__).resolve().parent.parent / "data" / "sample_events.json"
SAMPLE_TZ = "Asia/Shanghai"
_TZ = ZoneInfo(SAMPLE_TZ)


@lru_cache(maxsize=4)
def _entries(path: Path) -> tuple[dict, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    events = data["events"] if isinstance(data, dict) else data
    for i, e in enumerate(events, start=1):
        _check(e, f"{path.name}: event #{i}")
    return tuple(events)


def _check(e: dict, where: str) -> None:
    def bad(why: str) -> None:
        raise ValueError(f"{where} ({e.get('uid')}): {why}")

    if not e.get("uid") or not (e.get("title") or "").strip():
        bad("needs a uid and a title")
    if e.get("anchor", "today") not in ("today", "weekend"):
        bad("anchor must be 'today' or 'weekend'")
    if not isinstance(e.get("day_offset"), int) or not 0 <= e["day_offset"] <= 60:
        bad("day_offset must be an integer 0..60")
    days = e.get("days") or 1
    if not isinstance(days, int) or days < 1:
        bad("days must be a positive integer")
    if e.get("start_time") is not None:
        _hhmm(e["start_time"], bad)
        if not isinstance(e.get("duration_minutes"), int) or e["duration_minutes"] <= 0:
            bad("an event with a start_time needs a positive duration_minutes")
    if e.get("status", SCHEDULED) not in (SCHEDULED, CANCELLED):
        bad(f"unknown status {e.get('status')!r}")
    if e.get("online"):
        if not e.get("online_url"):
            bad("an online event needs an online_url")
    elif not e.get("address") or e.get("lat") is None or e.get("lon") is None:
        bad("an in-person event needs an address and coordinates")


def _hhmm(text: str, bad=None) -> time:
    try:
        hh, mm = text.split(":")
        return time(int(hh), int(mm))
    except (ValueError, AttributeError):
        if bad:
            bad(f"start_time {text!r} is not HH:MM")
        raise


def next_weekend(today: date) -> date:
    """The Saturday the "weekend" anchor means: this weekend's, so that someone trying the demo on a
    Saturday or Sunday who asks about "this weekend" finds something (past times roll to the next day)."""
    return today + timedelta(days=5 - today.weekday())


def _times(e: dict, today: date) -> tuple[datetime, datetime, bool]:
    base = next_weekend(today) if e.get("anchor") == "weekend" else today
    day = base + timedelta(days=e["day_offset"])
    days = e.get("days") or 1
    if e.get("start_time") is None:
        start = datetime.combine(day, time(0), _TZ)
        end = datetime.combine(day + timedelta(days=days), time(0), _TZ)
        return start, end, True
    at = _hhmm(e["start_time"])
    start = datetime.combine(day, at, _TZ)
    end = datetime.combine(day + timedelta(days=days - 1), at, _TZ) + timedelta(minutes=e["duration_minutes"])
    return start, end, False


def sample_records(now: datetime, path: Path | None = None) -> list[EventRecord]:
    """The sample events as records dated from ``now`` (timezone-aware), all starting after it."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    path = path or SAMPLE_PATH
    local_now = now.astimezone(_TZ)
    today = local_now.date()
    records = []
    for i, e in enumerate(_entries(path), start=1):
        start, end, all_day = _times(e, today)
        # An event whose time has passed is held again: a day later, or a week later for a weekend
        # event so that it stays on a weekend.
        step = timedelta(days=7 if e.get("anchor") == "weekend" else 1)
        while start <= local_now:
            start = datetime.combine(start.date() + step, start.timetz())
            end = datetime.combine(end.date() + step, end.timetz())
        records.append(EventRecord(
            uid=e["uid"],
            title=e["title"],
            starts_at=start,
            ends_at=end,
            tz=SAMPLE_TZ,
            all_day=all_day,
            description=e.get("description") or "",
            venue=e.get("venue"),
            address=e.get("address"),
            city_hint=e.get("city"),
            lat=e.get("lat"),
            lon=e.get("lon"),
            online=bool(e.get("online")),
            online_url=e.get("online_url"),
            url=e.get("url"),
            categories=list(e.get("categories") or []),
            audiences=list(e.get("audiences") or []),
            organizer=e.get("organizer"),
            status=e.get("status") or SCHEDULED,
            series_uid=e.get("series_uid"),
            where=f"{path.name}: event #{i} ({e['uid']})",
        ))
    records.sort(key=lambda r: (r.starts_at, r.uid))
    return records
