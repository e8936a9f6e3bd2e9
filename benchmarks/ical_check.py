"""The iCalendar fast path must read every file exactly as icalendar does: parse with it and without it."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.importer import ical
from bot.importer.parse import parse_bytes


def _key(result) -> list:
    def rec(r):
        d = dict(r.__dict__)
        for k in ("starts_at", "ends_at"):
            d[k] = (d[k].isoformat(), getattr(d[k].tzinfo, "key", str(d[k].tzinfo)))
        return d
    return [rec(r) for r in result.records] + [(x.where, x.why) for x in result.rejected]


def same_both_ways(data: bytes, name: str, now: datetime) -> tuple[bool, str]:
    """(equal, first difference) between the fast path and icalendar alone."""
    try:
        ical.FAST_PATH = True
        fast = _key(parse_bytes(data, name, now=now))
        ical.FAST_PATH = False
        slow = _key(parse_bytes(data, name, now=now))
    finally:
        ical.FAST_PATH = True
    if fast == slow:
        return True, ""
    for a, b in zip(fast, slow):
        if a != b:
            return False, f"{name}: fast {a!r} != icalendar {b!r}"
    return False, f"{name}: {len(fast)} items fast, {len(slow)} with icalendar"


def check_files(paths: list[Path], now: datetime) -> list[str]:
    return [why for p in paths for ok, why in [same_both_ways(p.read_bytes(), p.name, now)] if not ok]
