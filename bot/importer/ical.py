"""iCalendar (RFC 5545) files → EventRecords, one VEVENT (or one occurrence of a series) at a time.

Each VEVENT block is cut out of the text and parsed on its own, so one broken event becomes a
Rejection instead of taking the whole file down, and every event knows its line number.
"""
from __future__ import annotations

import gc
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from .records import CANCELLED, SCHEDULED, EventRecord, ParseResult, Rejection

# A series yields at most this many records per import; more is almost surely a data error.
MAX_OCCURRENCES = 1000
# dateutil walks a rule from DTSTART, so a minutely rule from 1990 would take minutes to expand.
MAX_RULE_STEPS = 200_000
_FREQ_SECONDS = {
    "SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86400,
    "WEEKLY": 7 * 86400, "MONTHLY": 28 * 86400, "YEARLY": 365 * 86400,
}

_BEGIN_END = re.compile(r"^(BEGIN|END):([A-Za-z0-9-]+)\s*$", re.IGNORECASE)


class _Reject(Exception):
    """Raised while reading one VEVENT; its message is the Rejection's `why`."""


@dataclass
class _Calendar:
    """What a VEVENT needs from the VCALENDAR around it."""

    floating_tz: str
    timezones: dict[str, str] = field(default_factory=dict)  # TZID → VTIMEZONE block text
    props: list[str] = field(default_factory=list)  # calendar-level content lines (still folded)


@dataclass
class _Block:
    index: int  # 1-based VEVENT number in the file
    line: int
    text: str
    cal: _Calendar
    broken: str | None = None  # why the block itself is unusable (truncated, unterminated)


@dataclass
class _Event:
    block: _Block
    comp: icalendar.Event
    uid: str
    where: str


# ---------------------------------------------------------------- places and online events
# Shared with the CSV/JSON Lines reader (tabular.py), which has the same LOCATION-like columns.

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。；、）)】]+", re.IGNORECASE)
# A location part that is (or starts with) one of these names no physical place.
_ONLINE_EXACT = {"直播", "在线", "网络", "云端", "云直播", "virtual"}
_ONLINE_PREFIX = (
    "线上", "网络直播", "在线直播", "云上", "online", "live stream", "livestream", "webinar",
    "zoom", "腾讯会议", "腾讯直播", "视频号", "b站", "bilibili", "抖音直播", "钉钉", "微信直播",
)
_ONLINE_CATEGORY = ("线上", "online", "直播", "在线", "云上", "webinar")
CONFERENCE_PROPS = {
    "CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
}
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Province, prefecture, district: each a short name and its suffix (a bare 州 is left out: 广州塔).
_ADMIN_LEVELS = (
    re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区)"),
    re.compile(r"[\u4e00-\u9fff]{1,8}?(?:市|自治州|盟|地区)"),
    re.compile(r"[\u4e00-\u9fff]{1,8}?(?:新区|区|县|市|旗)"),
)
# A house number, with the 院/楼 of a compound: "1号院5号楼中国科技馆" → after "5号楼".
_HOUSE_NUMBER = re.compile(r"[0-9０-９]+(?:-[0-9０-９]+)?号[院楼栋座]?")
_ROAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:大道|路|街|巷|胡同)")
_NOT_A_VENUE_START = tuple("0123456789０１２３４５６７８９层室之-")
_PUNCT = " \t:：,，;；.。-—()（）[]【】"


@dataclass(frozen=True)  # read_location's answers are shared (cached)
class Place:
    venue: str | None = None
    address: str | None = None
    online: bool = False  # the location names an online way to join (alone, or besides a real place)
    url: str | None = None  # a link found in the location text


def find_url(text: str | None) -> str | None:
    m = _URL.search(text or "")
    if not m:
        return None
    url = m.group(0).rstrip(".,;")
    return url if url.lower().startswith("http") else "https://" + url


def is_url(text: str) -> bool:
    return bool(_URL.fullmatch(text.strip()))


_ONLINE_CATEGORY_RE = re.compile("|".join(map(re.escape, _ONLINE_CATEGORY)))


def category_says_online(word: str) -> bool:
    return _ONLINE_CATEGORY_RE.search(word.lower()) is not None


def _online_part(part: str) -> bool:
    word = re.sub(r"[（(【\[].*?[）)】\]]", "", part).strip(_PUNCT).lower()
    return bool(word) and (word in _ONLINE_EXACT or word.startswith(_ONLINE_PREFIX))


# A calendar names the same few places again and again; reading each text once is enough.
@lru_cache(maxsize=16384)
def read_location(text: str | None) -> Place:
    """LOCATION-like text → the whole address, the venue's own name, or an online event."""
    text = (text or "").strip()
    if not text:
        return Place()
    url = find_url(text)
    rest = _URL.sub(" ", text)
    if url and not rest.strip(_PUNCT):
        return Place(online=True, url=url)
    parts = [p for p in re.split(r"[/|｜+＋、\n]|\s{2,}", rest) if p.strip(_PUNCT)]
    online = [p for p in parts if _online_part(p)]
    if not online:
        return Place(venue=split_venue(text), address=text, url=url)
    physical = " ".join(p.strip(_PUNCT) for p in parts if p not in online)
    if not physical:
        return Place(online=True, url=url)
    # Hybrid ("南京科技馆 / 线上直播"): a real place stays, and the event is also online.
    return Place(venue=split_venue(physical), address=physical, online=True, url=url)


def split_venue(address: str) -> str:
    """The place's own name inside a full Chinese address: …紫荆花路9号南京科技馆 → 南京科技馆."""
    address = address.strip()
    if not _CJK.search(address):
        return address.split(",")[0].strip() or address  # "Nanjing Science Museum, 9 Zijinghua Rd"
    for m in _HOUSE_NUMBER.finditer(address):
        rest = address[m.end():].strip(_PUNCT)
        if rest and not rest.startswith(_NOT_A_VENUE_START):
            return rest
    rest, levels = address, 0
    for level in _ADMIN_LEVELS:
        m = level.match(rest)
        if m:
            rest, levels = rest[m.end():], levels + 1
    # One level alone is often part of the name itself (深圳市民中心, 南京市科技馆).
    rest = rest.strip(_PUNCT) if levels >= 2 else address
    road = _ROAD.match(rest)
    if road and len(rest) - road.end() >= 3:
        rest = rest[road.end():]
    # "南京科技馆（紫荆花路9号）": the bracketed address is not part of the name.
    bare = re.sub(r"[（(][^（()）]*[)）]$", "", rest).strip(_PUNCT)
    return bare or rest or address


# ---------------------------------------------------------------- time zones


def zone_name(dt: datetime, default_tz: str, tzid: str | None = None) -> str:
    """An IANA name for the zone an aware datetime was given in (always loadable by ZoneInfo)."""
    for candidate in (getattr(dt.tzinfo, "key", None), tzid):
        if candidate and valid_zone(candidate):
            return candidate
    offset = dt.utcoffset() or timedelta(0)
    if offset == timedelta(0):
        return "UTC"
    if dt.astimezone(ZoneInfo(default_tz)).utcoffset() == offset:
        return default_tz
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest == 0 and -12 <= hours <= 14:
        return f"Etc/GMT{-hours:+d}"  # POSIX sign: Etc/GMT-8 is UTC+8
    return "UTC"


def valid_zone(name: str) -> bool:
    if name.upper() == "UTC":
        return True
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


def _local_midnight(d: date, zone: str) -> datetime:
    return datetime.combine(d, time(0), tzinfo=ZoneInfo(zone))


# ---------------------------------------------------------------- scanning the text into blocks


def _unfold(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line[:1] in (" ", "\t") and out:
            out[-1] += line[1:]
        else:
            out.append(line)
    return out


def _calendar_floating_tz(cal: _Calendar, default_tz: str) -> str:
    for line in _unfold(cal.props):
        name, _, value = line.partition(":")
        if name.split(";")[0].strip().upper() == "X-WR-TIMEZONE" and valid_zone(value.strip()):
            return value.strip()
    return default_tz


def _scan(text: str, default_tz: str) -> list[_Block]:
    """Cut the text into VEVENT blocks, remembering each calendar's VTIMEZONEs and X-WR-TIMEZONE."""
    blocks: list[_Block] = []
    cal = _Calendar(default_tz)
    cur: list[str] | None = None
    cur_name, depth, start_line = "", 0, 0

    def finish(broken: str | None = None) -> None:
        block_text = "\r\n".join(cur or []) + "\r\n"
        if cur_name == "VEVENT":
            blocks.append(_Block(len(blocks) + 1, start_line, block_text, cal, broken))
        elif cur_name == "VTIMEZONE" and broken is None:
            for line in _unfold(cur or []):
                if line.upper().startswith("TZID:"):
                    cal.timezones[line[5:].strip()] = block_text

    for lineno, line in enumerate(text.splitlines(), 1):
        # Only BEGIN:/END: lines can open or close anything; the regex runs on those alone.
        m = _BEGIN_END.match(line) if line[:1] in "BbEe" and line else None
        kind, name = (m.group(1).upper(), m.group(2).upper()) if m else ("", "")
        if cur is not None:
            if name == "VCALENDAR" or (kind == "BEGIN" and name == "VEVENT" and cur_name == "VEVENT"):
                finish(f"it has no END:{cur_name} before line {lineno}")
                cur = None  # fall through: this line starts something new
            else:
                cur.append(line)
                depth += 1 if kind == "BEGIN" else -1 if kind == "END" else 0
                if depth == 0:
                    finish()
                    cur = None
                continue
        if kind == "BEGIN" and name == "VCALENDAR":
            cal = _Calendar(default_tz)
        elif kind == "BEGIN":
            cur, cur_name, depth, start_line = [line], name, 1, lineno
        elif kind == "END":
            pass  # END:VCALENDAR, or a stray END: nothing to close
        elif line.strip():
            cal.props.append(line)
    if cur is not None:
        finish("the file ends inside it (truncated export?)")
    # Events are read after the scan, so an X-WR-TIMEZONE anywhere in its calendar applies to them.
    for cal_of_block in {id(b.cal): b.cal for b in blocks}.values():
        cal_of_block.floating_tz = _calendar_floating_tz(cal_of_block, default_tz)
    return blocks


def _parse_block(block: _Block) -> icalendar.Event:
    if block.broken:
        raise _Reject(block.broken)
    fast = _fast_event(block.text)
    if fast is not None:
        return fast  # type: ignore[return-value]  # duck-types what the readers below use
    # Only the VTIMEZONEs an event names, and only non-IANA ones: IANA zones come from tzdata.
    zones = [
        tz_text for tzid, tz_text in block.cal.timezones.items()
        if f"TZID={tzid}".upper() in block.text.upper() and not valid_zone(tzid)
    ]
    wrapped = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(zones) + block.text + "END:VCALENDAR\r\n"
    try:
        cal = icalendar.Calendar.from_ical(wrapped)
    except Exception as exc:  # icalendar raises ValueError and friends for bad content lines
        raise _Reject(f"it cannot be read as iCalendar: {_short(exc)}") from None
    events = [c for c in cal.subcomponents if c.name == "VEVENT"]
    if not events:
        raise _Reject("it cannot be read as iCalendar")
    return events[0]


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


# ---------------------------------------------------------------- the fast path
# icalendar takes ~1.4 ms to read one VEVENT (its generic content-line parser and type factory), which
# caps an import at ~700 events a second. Most exported events are plain: a dozen well-formed
# properties, IANA time zones, no recurrence. Those are read here, into objects with the same
# attributes the readers below use (.dt, .params, .cats, .latitude); anything else — recurrence, a
# nested VALARM, unknown escapes, quoted or multi-valued parameters, a value that doesn't parse,
# a repeated property — returns None and goes through icalendar as before. FAST_PATH=False turns
# it off (the import benchmark checks both paths give equal records).

FAST_PATH = True
_FAST_NAME = re.compile(r"[A-Z0-9-]+")
_FAST_DT = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_FAST_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_FAST_DURATION = re.compile(r"P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_FAST_ESCAPE = re.compile(r"\\(.)")
# Properties whose value the readers use and whose format the fast path knows; others are ignored
# (nothing reads them) as long as their line is well-formed.
_FAST_TEXT = {"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS"}
_FAST_SLOW = {"RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID", "BEGIN", "END"} | CONFERENCE_PROPS
_FAST_GEO = re.compile(r"-?\d{1,3}(?:\.\d+)?;-?\d{1,3}(?:\.\d+)?")
_FAST_ONCE = _FAST_TEXT | {"DTSTART", "DTEND", "DURATION", "GEO", "ORGANIZER", "SEQUENCE", "URL"}
_FAST_READ = _FAST_ONCE | {"CATEGORIES"}
_FAST_ODD_PARAM = re.compile(r'[",^%\\]')  # quoted, multi-valued or encoded parameter values
_UTC = ZoneInfo("UTC")
_FAST_FOLD = re.compile(r"\r\n[ \t]")
_fast_ignored: set[str] = set()  # names of unread properties already seen to be well-formed (DTSTAMP...)


class _FastText(str):
    """A TEXT value (unescaped), with its parameters."""

    params: dict[str, str]

    def to_ical(self) -> bytes:
        return self.encode()


class _FastValue:
    def __init__(self, raw: str, params: dict[str, str], **attrs):
        self.raw, self.params = raw, params
        self.__dict__.update(attrs)

    def to_ical(self) -> bytes:
        return self.raw.encode()

    def __str__(self) -> str:
        return self.raw


class _FastEvent(dict):
    name = "VEVENT"
    errors: list = []


def _fast_unescape(value: str) -> str | None:
    if "\\" not in value:
        return value
    if "\\\\" in value or any(m.group(1) not in ",;nN" for m in _FAST_ESCAPE.finditer(value)):
        return None  # an escaped backslash or an unusual escape: icalendar's rules decide
    return value.replace("\\N", "\n").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


# An export writes the same few property heads and times again and again: each is read once (the
# answers are immutable, or copied: a params dict is handed out fresh).
def _fast_params(head: str) -> tuple[str, dict[str, str]] | None:
    parsed = _fast_params_of(head)
    return None if parsed is None else (parsed[0], dict(parsed[1]))


@lru_cache(maxsize=4096)
def _fast_params_of(head: str) -> tuple[str, dict[str, str]] | None:
    name, *parts = head.split(";")
    params: dict[str, str] = {}
    for part in parts:
        key, eq, value = part.partition("=")
        if not eq or not value or not _FAST_NAME.fullmatch(key.upper()) or _FAST_ODD_PARAM.search(value):
            return None
        params[key.upper()] = value
    return name.upper(), params


def _fast_time(value: str, params: dict[str, str]):
    return _fast_time_of(value, params.get("VALUE", "").upper(), params.get("TZID"), len(params))


@lru_cache(maxsize=16384)
def _fast_time_of(value: str, kind: str, tzid: str | None, n_params: int):
    if kind == "DATE":
        m = _FAST_DATE.fullmatch(value)
        return date(int(m[1]), int(m[2]), int(m[3])) if m and n_params == 1 else None
    m = _FAST_DT.fullmatch(value)
    if m is None or kind not in ("", "DATE-TIME"):
        return None
    if m[7]:
        if tzid:
            return None
        tz = _UTC
    elif tzid:
        if tzid.upper() == "UTC" or not valid_zone(tzid):
            return None  # a zone defined by the calendar's own VTIMEZONE
        tz = ZoneInfo(tzid)
    else:
        tz = None
    return datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6]), tzinfo=tz)


def _fast_event(text: str) -> _FastEvent | None:
    """The VEVENT block as a _FastEvent, or None when it needs icalendar (see above)."""
    if not FAST_PATH:
        return None
    lines = _FAST_FOLD.sub("", text).split("\r\n")  # what _unfold does, in one pass over the text
    if lines[0].upper() != "BEGIN:VEVENT" or lines[-2].upper() != "END:VEVENT" or lines[-1]:
        return None
    ev = _FastEvent()
    try:
        for line in lines[1:-2]:
            head, colon, value = line.partition(":")
            if not colon or '"' in head:
                return None
            if ";" in head:
                parsed = _fast_params(head)
                if parsed is None:
                    return None
                name, params = parsed
            else:
                name, params = head.upper(), {}
            if name not in _FAST_READ:  # nothing reads it: it only has to be well-formed
                if name not in _fast_ignored:
                    if name in _FAST_SLOW or not _FAST_NAME.fullmatch(name) \
                            or name.startswith(("X-MICROSOFT-ONLINEMEETING", "X-GOOGLE-CONFERENCE")):
                        return None
                    if len(_fast_ignored) < 1000:
                        _fast_ignored.add(name)
                continue
            if name in ev and name in _FAST_ONCE:
                return None
            if name in _FAST_TEXT:
                text_value = _fast_unescape(value)
                if text_value is None:
                    return None
                prop = _FastText(text_value)
                prop.params = params
                ev[name] = prop
            elif name in ("DTSTART", "DTEND"):
                dt = _fast_time(value, params)
                if dt is None:
                    return None
                ev[name] = _FastValue(value, params, dt=dt)
            elif name == "DURATION":
                m = _FAST_DURATION.fullmatch(value)
                if m is None or value == "P" or value.endswith("T") or params:
                    return None
                w, d, h, mi, sec = (int(x or 0) for x in m.groups())
                ev[name] = _FastValue(value, params, dt=timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=sec))
            elif name == "CATEGORIES":
                words = [_fast_unescape(w) for w in re.split(r"(?<!\\),", value)]
                if any(w is None for w in words) or params:
                    return None
                ev.setdefault(name, []).append(_FastValue(value, params, cats=words))
            elif name == "GEO":
                if not _FAST_GEO.fullmatch(value) or params:
                    return None
                lat_s, _, lon_s = value.partition(";")
                ev[name] = _FastValue(value, params, latitude=float(lat_s), longitude=float(lon_s))
            elif name in ("ORGANIZER", "URL"):
                if "\\" in value:
                    return None
                prop = _FastText(value)
                prop.params = params
                ev[name] = prop
            elif name == "SEQUENCE":
                if not value.isdigit():
                    return None
                ev[name] = _FastValue(value, params)
    except (ValueError, OverflowError):  # a date like 20260231, a GEO that isn't numbers
        return None
    return ev


# ---------------------------------------------------------------- reading one VEVENT


def _raw(comp: icalendar.Component, name: str) -> str:
    value = comp.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    try:
        return value.to_ical().decode("utf-8", "replace") if hasattr(value, "to_ical") else str(value)
    except Exception:
        return str(value)


def _dt_value(comp: icalendar.Component, name: str):
    value = comp.get(name)
    if value is None:
        return None
    try:
        return value.dt
    except Exception:
        raise _Reject(f"{name} '{_raw(comp, name)}' is not a valid date or date-time") from None


def _text(comp: icalendar.Component, name: str) -> str:
    value = comp.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else str(value).strip()


def _localize(value: datetime, floating_tz: str) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=ZoneInfo(floating_tz))


def _span(comp: icalendar.Component, floating_tz: str, default_tz: str) -> tuple[datetime, datetime, bool, str]:
    """(starts_at, ends_at, all_day, tz) with RFC 5545 semantics for missing or exclusive ends."""
    start = _dt_value(comp, "DTSTART")
    if start is None:
        raise _Reject("it has no DTSTART")
    end = _dt_value(comp, "DTEND")
    duration = None if end is not None else _dt_value(comp, "DURATION")
    if duration is not None and not isinstance(duration, timedelta):
        raise _Reject(f"DURATION '{_raw(comp, 'DURATION')}' is not a duration")
    if duration is not None and duration < timedelta(0):
        raise _Reject(f"DURATION '{_raw(comp, 'DURATION')}' is negative")

    if isinstance(start, date) and not isinstance(start, datetime):
        if isinstance(end, datetime) or (end is not None and not isinstance(end, date)):
            raise _Reject("DTSTART is a date but DTEND is not; give both as dates for an all-day event")
        starts_at = _local_midnight(start, floating_tz)
        if end is not None:
            if end < start:
                raise _Reject(f"DTEND {end} is before DTSTART {start}")
            # DTEND of a DATE event is exclusive; an equal one is a common export slip for one day.
            ends_at = _local_midnight(max(end, start + timedelta(days=1)), floating_tz)
        elif duration is not None:
            ends_at = starts_at + duration
        else:
            ends_at = starts_at + timedelta(days=1)
        return starts_at, ends_at, True, floating_tz

    if not isinstance(start, datetime):
        raise _Reject(f"DTSTART '{_raw(comp, 'DTSTART')}' is not a date or date-time")
    starts_at = _localize(start, floating_tz)
    if start.tzinfo is None:
        tz = floating_tz
    else:
        tz = zone_name(start, default_tz, _tzid(comp, "DTSTART"))
    if end is not None:
        if not isinstance(end, datetime):
            raise _Reject("DTSTART is a date-time but DTEND is a date; give both the same way")
        ends_at = _localize(end, floating_tz)
        if ends_at < starts_at:
            raise _Reject(f"DTEND {_fmt(ends_at)} is before DTSTART {_fmt(starts_at)}")
    elif duration is not None:
        ends_at = starts_at + duration
    else:
        ends_at = starts_at
    return starts_at, ends_at, False, tz


def _tzid(comp: icalendar.Component, name: str) -> str | None:
    value = comp.get(name)
    params = getattr(value, "params", None) or {}
    return params.get("TZID")


def _fmt(dt: datetime) -> str:
    return dt.isoformat(sep=" ", timespec="minutes")


_CATEGORY_SEPARATORS = re.compile(r"[,，、;；]")


def _categories(comp: icalendar.Component) -> list[str]:
    values = comp.get("CATEGORIES")
    if values is None:
        return []
    out: list[str] = []
    for prop in values if isinstance(values, list) else [values]:
        words = getattr(prop, "cats", None)
        if words is None:  # a broken property: fall back to its raw text
            words = str(prop).split(",")
        for word in words:
            # RFC separates with ",", but Chinese exports also use "，" and "、" inside one value.
            for part in _CATEGORY_SEPARATORS.split(str(word)):
                part = part.strip()
                if part and part not in out:
                    out.append(part)
    return out


def _organizer(comp: icalendar.Component) -> str | None:
    value = comp.get("ORGANIZER")
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    cn = str((getattr(value, "params", None) or {}).get("CN", "")).strip()
    if cn:
        return cn
    text = re.sub(r"^mailto:", "", str(value).strip(), flags=re.IGNORECASE)
    return text or None


def _geo(comp: icalendar.Component) -> tuple[float | None, float | None]:
    """A GEO that is unreadable, out of range or the 0;0 placeholder is dropped (the event stays)."""
    value = comp.get("GEO")
    try:
        lat, lon = float(value.latitude), float(value.longitude)
    except Exception:
        return None, None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None, None
    return lat, lon


def _conference_url(comp: icalendar.Component) -> tuple[bool, str | None]:
    """Online-meeting properties from Outlook, Google and RFC 7986 (CONFERENCE)."""
    if isinstance(comp, _FastEvent):
        return False, None  # the fast path leaves every event with such a property to icalendar
    found, url = False, None
    for name in comp.keys():
        upper = str(name).upper()
        if upper in CONFERENCE_PROPS or upper.startswith(("X-MICROSOFT-ONLINEMEETING", "X-GOOGLE-CONFERENCE")):
            found = True
            url = url or find_url(_text(comp, upper))
    return found, url


def _record(comp: icalendar.Component, cal: _Calendar, default_tz: str, *, uid: str, where: str,
            series_uid: str | None = None, series_cancelled: bool = False) -> EventRecord:
    title = _text(comp, "SUMMARY")
    if not title:
        raise _Reject("it has no SUMMARY (title)")
    starts_at, ends_at, all_day, tz = _span(comp, cal.floating_tz, default_tz)
    description = _text(comp, "DESCRIPTION")
    place = read_location(_text(comp, "LOCATION"))
    categories = _categories(comp)
    conference, conference_url = _conference_url(comp)
    url = _text(comp, "URL") or None
    online = place.online or conference or any(category_says_online(c) for c in categories)
    online_url = None
    if online:
        online_url = conference_url or place.url or (url if url and is_url(url) else None) or find_url(description)
    # Coordinates of an online-only event would put it on the map near someone; drop them.
    lat, lon = (None, None) if place.online and place.address is None else _geo(comp)
    cancelled = series_cancelled or _text(comp, "STATUS").upper() == "CANCELLED"
    return EventRecord(
        uid=uid, title=title, starts_at=starts_at, ends_at=ends_at, tz=tz, all_day=all_day,
        description=description, venue=place.venue, address=place.address, lat=lat, lon=lon,
        online=online, online_url=online_url, url=url, categories=categories,
        organizer=_organizer(comp), status=CANCELLED if cancelled else SCHEDULED,
        series_uid=series_uid, where=where,
    )


# ---------------------------------------------------------------- recurrence


def _occurrence_key(value: date | datetime, like: date | datetime | None) -> str:
    """YYYYMMDD or YYYYMMDDTHHMMSS, in the wall clock of the series' own DTSTART zone."""
    if not isinstance(value, datetime):
        return value.strftime("%Y%m%d")
    if value.tzinfo is not None and isinstance(like, datetime) and like.tzinfo is not None:
        value = value.astimezone(like.tzinfo)
    return value.strftime("%Y%m%dT%H%M%S")


def _same_instant(value: date | datetime) -> object:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def _check_rule_cost(master: icalendar.Event, until: datetime) -> None:
    rules = master.get("RRULE")
    start = _dt_value(master, "DTSTART")
    if not isinstance(start, datetime):
        start = datetime.combine(start, time(0))
    if start.tzinfo is None:
        start = start.replace(tzinfo=until.tzinfo)
    span = max((until - start).total_seconds(), 0)
    for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
        try:
            freq = str(rule["FREQ"][0]).upper()
            interval = int(rule.get("INTERVAL", [1])[0]) or 1
            count = rule.get("COUNT")
        except Exception:
            raise _Reject(f"RRULE '{_raw(master, 'RRULE')}' cannot be read") from None
        steps = span / (_FREQ_SECONDS.get(freq, 86400) * interval)
        if count:
            steps = min(steps, int(count[0]))
        if steps > MAX_RULE_STEPS:
            raise _Reject(
                f"RRULE '{_raw(master, 'RRULE')}' repeats too often to expand "
                f"(about {int(steps)} repetitions from DTSTART to the end of the import window)"
            )


def _expand(master: _Event, overrides: list[_Event], *, lower: datetime, upper: datetime,
            default_tz: str, result: ParseResult) -> None:
    # A series whose own VEVENT is unusable is rejected once, not once per occurrence.
    _record(master.comp, master.block.cal, default_tz, uid=master.uid, where=master.where)
    _check_rule_cost(master.comp, upper)
    series = icalendar.Calendar()
    series.add_component(master.comp)
    where_of: dict[object, str] = {}
    for ov in overrides:
        series.add_component(ov.comp)
        where_of[_same_instant(_dt_value(ov.comp, "RECURRENCE-ID"))] = ov.where
    master_start = _dt_value(master.comp, "DTSTART")
    cancelled = _text(master.comp, "STATUS").upper() == "CANCELLED"
    try:
        occurrences = recurring_ical_events.of(series).after(lower - timedelta(days=1))
        kept = 0
        for occ in itertools.islice(occurrences, MAX_RULE_STEPS):
            rid = _dt_value(occ, "RECURRENCE-ID") or _dt_value(occ, "DTSTART")
            where = where_of.get(_same_instant(rid), master.where)
            suffix = _occurrence_key(rid, master_start)
            try:
                rec = _record(occ, master.block.cal, default_tz, uid=f"{master.uid}#{suffix}",
                              where=f"{where}, occurrence {suffix}", series_uid=master.uid,
                              series_cancelled=cancelled)
            except _Reject as why:
                result.rejected.append(Rejection(f"{where}, occurrence {suffix}", str(why)))
                continue
            if rec.starts_at >= upper + timedelta(days=1):
                break  # occurrences come in start order; the slack covers floating-time offsets
            if rec.starts_at >= upper or (rec.ends_at <= lower and rec.starts_at < lower):
                continue
            if kept == MAX_OCCURRENCES:
                result.rejected.append(Rejection(master.where, (
                    f"the series has more than {MAX_OCCURRENCES} occurrences in the import window; "
                    "only the first ones were imported")))
                break
            result.records.append(rec)
            kept += 1
    except _Reject:
        raise
    except Exception as exc:  # recurring_ical_events/dateutil on a rule they cannot follow
        raise _Reject(f"its recurrence (RRULE/RDATE/EXDATE) cannot be expanded: {_short(exc)}") from None


# ---------------------------------------------------------------- the file


def _sequence(ev: _Event) -> int:
    try:
        return int(str(ev.comp.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def parse_ical(text: str, filename: str, *, now: datetime, default_tz: str = "Asia/Shanghai",
               horizon_days: int = 180) -> ParseResult:
    """Every VEVENT as a record; recurring ones expanded from now − 1 day to now + horizon_days."""
    # Reading a big file allocates millions of objects that live until the end, and the cyclic
    # garbage collector would walk them all again and again: a third of the time. It makes no cycles.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _parse_ical(text, filename, now=now, default_tz=default_tz, horizon_days=horizon_days)
    finally:
        if paused:
            gc.enable()


def _parse_ical(text: str, filename: str, *, now: datetime, default_tz: str, horizon_days: int) -> ParseResult:
    result = ParseResult()
    lower = now - timedelta(days=1)
    upper = now + timedelta(days=horizon_days)
    groups: dict[str, list[_Event]] = {}
    for block in _scan(text, default_tz):
        where = f"{filename}: VEVENT #{block.index} (line {block.line})"
        try:
            comp = _parse_block(block)
            uid = str(comp.get("UID", ""))
            if not uid.strip():
                raise _Reject("it has no UID; every event needs one so re-imports update it instead of duplicating it")
            where = f"{filename}: VEVENT #{block.index} (UID {uid}, line {block.line})"
            # icalendar keeps unreadable values as vBroken and lists them in .errors.
            for name, _message in comp.errors:
                if str(name).upper() in ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"):
                    raise _Reject(f"{name} '{_raw(comp, name)}' cannot be read")
        except _Reject as why:
            result.rejected.append(Rejection(where, str(why)))
            continue
        groups.setdefault(uid, []).append(_Event(block, comp, uid, where))

    for uid, events in groups.items():
        masters = [e for e in events if e.comp.get("RECURRENCE-ID") is None]
        overrides = [e for e in events if e.comp.get("RECURRENCE-ID") is not None]
        master = None
        if masters:
            # Several VEVENTs with one UID are revisions: the highest SEQUENCE (then the last) wins.
            master = max(masters, key=lambda e: (_sequence(e), e.block.index))
            for other in masters:
                if other is not master:
                    result.rejected.append(Rejection(other.where, (
                        f"UID {uid} is used again by VEVENT #{master.block.index}, "
                        "which replaces this one (higher SEQUENCE or later in the file)")))
        try:
            if master is not None and (master.comp.get("RRULE") is not None or master.comp.get("RDATE") is not None):
                _expand(master, overrides, lower=lower, upper=upper, default_tz=default_tz, result=result)
            elif master is not None:
                chosen = _single_with_overrides(master, overrides, result)
                result.records.append(_record(chosen.comp, chosen.block.cal, default_tz, uid=uid, where=chosen.where))
            else:
                _orphans(overrides, default_tz, result)
        except _Reject as why:
            result.rejected.append(Rejection((master or events[0]).where, str(why)))
    return result


def _single_with_overrides(master: _Event, overrides: list[_Event], result: ParseResult) -> _Event:
    """A one-off event may carry a RECURRENCE-ID edit of its only instance (Google does this)."""
    chosen = master
    start = _same_instant(_dt_value(master.comp, "DTSTART"))
    for ov in overrides:
        if _same_instant(_dt_value(ov.comp, "RECURRENCE-ID")) == start:
            chosen = ov
        else:
            result.rejected.append(Rejection(ov.where, "its RECURRENCE-ID matches no occurrence of the event"))
    return chosen


def _orphans(overrides: list[_Event], default_tz: str, result: ParseResult) -> None:
    """Single occurrences shared without their series (an invitation to one instance)."""
    for ov in overrides:
        suffix = _occurrence_key(_dt_value(ov.comp, "RECURRENCE-ID"), _dt_value(ov.comp, "DTSTART"))
        try:
            result.records.append(_record(ov.comp, ov.block.cal, default_tz, uid=f"{ov.uid}#{suffix}",
                                          where=ov.where, series_uid=ov.uid))
        except _Reject as why:
            result.rejected.append(Rejection(ov.where, str(why)))
