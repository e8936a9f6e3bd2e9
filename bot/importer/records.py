"""The neutral form every importer produces, before places, topics and audiences are resolved."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

SCHEDULED = "scheduled"
CANCELLED = "cancelled"

# Organizers often cancel by renaming ("（已取消）喀什天文讲座", "[Cancelled] Star Night") and leave the
# calendar's STATUS as it was; such an event must not be offered to anyone.
_CANCELLED_TITLE = re.compile(
    r"^\s*(?:[（(【\[]\s*(?:已经?)?(?:取消|停办|cancell?ed)\s*[）)】\]]|(?:已取消|cancell?ed)\s*[:：\-–—])"
    r"|[（(【\[]\s*(?:已经?)?(?:取消|停办|cancell?ed)\s*[）)】\]]\s*$", re.IGNORECASE)


def title_says_cancelled(title: str) -> bool:
    return bool(_CANCELLED_TITLE.search(title or ""))


@dataclass
class EventRecord:
    uid: str
    title: str
    starts_at: datetime  # timezone-aware (any zone; the store converts to UTC)
    ends_at: datetime  # timezone-aware, exclusive; equal to starts_at when the source gives no end
    tz: str = "Asia/Shanghai"  # the zone the source gave the time in (IANA name)
    all_day: bool = False
    description: str = ""
    venue: str | None = None  # the place's own name: 南京科技馆
    address: str | None = None  # the whole address as given: 江苏省南京市雨花台区紫荆花路9号南京科技馆
    city_hint: str | None = None  # a city named by the source itself (CSV/JSON "city" column)
    lat: float | None = None
    lon: float | None = None
    online: bool = False
    online_url: str | None = None
    url: str | None = None  # the event's page or registration link
    categories: list[str] = field(default_factory=list)  # free words from the source (CATEGORIES)
    audiences: list[str] = field(default_factory=list)  # free words, only where the source has a column for them
    organizer: str | None = None
    status: str = SCHEDULED  # SCHEDULED or CANCELLED
    series_uid: str | None = None  # the UID of the recurring series an occurrence came from
    where: str = ""  # where in the source it came from, for reports: "file.ics: VEVENT #3 (line 40)"

    def __post_init__(self) -> None:
        if self.status != CANCELLED and title_says_cancelled(self.title):
            self.status = CANCELLED


@dataclass
class Rejection:
    where: str  # "events.csv: line 7", "cal.ics: VEVENT #3 (UID x)"
    why: str  # one sentence a person can act on


@dataclass
class ParseResult:
    records: list[EventRecord] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


class NotACalendarError(ValueError):
    """The file as a whole cannot be read as events (not iCalendar/CSV/JSON Lines, or unreadable)."""
