"""CSV and JSON Lines (or one JSON array) files → EventRecords; one schema for both.

Columns are matched by name (English or the Chinese an Excel export would use); unknown ones are
ignored. Every bad row becomes a Rejection with its line number; the rest of the file still imports.
"""
from __future__ import annotations

import csv
import json
import math
import re
from datetime import date, datetime, time, timedelta
from typing import Any, Iterable
from zoneinfo import ZoneInfo

from .ical import valid_zone, find_url, is_url, read_location, zone_name
from .records import CANCELLED, SCHEDULED, EventRecord, NotACalendarError, ParseResult, Rejection

REQUIRED = ("uid", "title", "start")

# Every accepted header name (lower-cased, spaces → "_") → the schema's own name.
ALIASES: dict[str, str] = {}
for _key, _names in {
    "uid": ["uid", "id", "event_id", "编号", "活动编号", "活动id", "唯一标识"],
    "title": ["title", "summary", "name", "标题", "活动名称", "名称", "活动标题"],
    "start": ["start", "starts_at", "start_time", "dtstart", "开始时间", "开始", "开始日期"],
    "end": ["end", "ends_at", "end_time", "dtend", "结束时间", "结束", "结束日期"],
    "duration_minutes": ["duration_minutes", "duration", "时长", "时长(分钟)", "时长（分钟）"],
    "timezone": ["timezone", "tz", "time_zone", "时区"],
    "all_day": ["all_day", "allday", "全天"],
    "description": ["description", "desc", "描述", "简介", "活动简介", "说明"],
    "venue": ["venue", "场馆", "场地"],
    "address": ["address", "地址", "详细地址"],
    "location": ["location", "地点", "活动地点"],
    "city": ["city", "城市"],
    "lat": ["lat", "latitude", "纬度"],
    "lon": ["lon", "lng", "long", "longitude", "经度"],
    "online": ["online", "is_online", "线上", "是否线上"],
    "online_url": ["online_url", "live_url", "直播链接", "线上链接"],
    "url": ["url", "link", "链接", "网址", "报名链接"],
    "categories": ["categories", "category", "tags", "分类", "类别", "标签"],
    "audiences": ["audiences", "audience", "受众", "对象", "适合人群", "面向人群"],
    "organizer": ["organizer", "organiser", "主办方", "主办单位", "主办"],
    "status": ["status", "状态"],
}.items():
    for _name in _names:
        ALIASES[_name] = _key

_TRUE = {"true", "1", "yes", "y", "t", "是", "对", "✓"}
_FALSE = {"false", "0", "no", "n", "f", "否", "不是", ""}
_STATUS = {
    "": SCHEDULED, "scheduled": SCHEDULED, "confirmed": SCHEDULED, "tentative": SCHEDULED, "正常": SCHEDULED,
    "cancelled": CANCELLED, "canceled": CANCELLED, "取消": CANCELLED, "已取消": CANCELLED,
}
_ZONE_ALIASES = {"z": "UTC", "utc": "UTC", "gmt": "UTC", "北京时间": "Asia/Shanghai", "beijing": "Asia/Shanghai"}
_LIST_SPLIT = re.compile(r"[;；,，|｜、]")
# Excel's own date forms: 2026/9/19 9:00, 2026年9月19日 14:30, 2026.9.19
_LOOSE_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T|\s*)(\d{1,2})\s*[:：时点]\s*(\d{1,2})?\s*(?:[:：分]\s*(\d{1,2})\s*秒?)?\s*分?)?$"
)


class _Reject(Exception):
    """Raised while reading one row; its message is the Rejection's `why`."""


def header_key(name: object) -> str | None:
    """The schema's name for a header cell, or None for an unknown column."""
    text = str(name).strip().lstrip("\ufeff").strip().lower()
    return ALIASES.get(re.sub(r"[\s\-]+", "_", text))


# ---------------------------------------------------------------- values


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    return str(value).strip()


def _words(value: Any) -> list[str]:
    items: Iterable[Any] = value if isinstance(value, (list, tuple)) else _LIST_SPLIT.split(_text(value))
    out: list[str] = []
    for item in items:
        word = _text(item)
        if word and word not in out:
            out.append(word)
    return out


def _flag(value: Any, field: str) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text == "":
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _Reject(f"{field} '{_text(value)}' is not true/false (use true/false, 1/0, yes/no or 是/否)")


def _zone(value: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    name = _ZONE_ALIASES.get(text.lower(), text)
    if not valid_zone(name):
        raise _Reject(f"timezone '{text}' is not a known time zone (use an IANA name such as Asia/Shanghai)")
    return "UTC" if name.upper() == "UTC" else name


def _when(value: Any, field: str) -> date | datetime:
    """An ISO 8601 date or date-time (or Excel's 2026/9/19 9:00); a bare date stays a date."""
    text = _text(value)
    if not isinstance(value, str) or not text:
        raise _Reject(f"{field} '{text}' is not a date")
    if re.fullmatch(r"\d{4}-?\d{2}-?\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise _Reject(f"{field} '{text}' is not a date") from None
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        pass
    m = _LOOSE_DATE.match(text)
    try:
        if m:
            y, mo, d, h, mi, s = (int(g) if g else None for g in m.groups())
            if h is None:
                return date(y, mo, d)
            return datetime(y, mo, d, h, mi or 0, s or 0)
    except ValueError:
        pass
    raise _Reject(f"{field} '{text}' is not a date")


def _number(value: Any, field: str) -> float | None:
    text = _text(value)
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise _Reject(f"{field} '{text}' is not a number") from None
    if not math.isfinite(number):
        raise _Reject(f"{field} '{text}' is not a number")
    return number


def _coords(row: dict[str, Any]) -> tuple[float | None, float | None]:
    """Like a bad iCalendar GEO, bad or half-given coordinates are dropped and the event kept."""
    try:
        lat, lon = _number(row.get("lat"), "lat"), _number(row.get("lon"), "lon")
    except _Reject:
        return None, None
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None, None
    return lat, lon


# ---------------------------------------------------------------- one row


def _times(row: dict[str, Any], default_tz: str) -> tuple[datetime, datetime, bool, str]:
    zone_given = _zone(row.get("timezone"))
    zone = zone_given or default_tz
    start = _when(row.get("start"), "start")
    all_day_flag = _flag(row.get("all_day"), "all_day")
    end_raw = row.get("end")
    end = _when(end_raw, "end") if _text(end_raw) else None
    minutes = _number(row.get("duration_minutes"), "duration_minutes")
    if minutes is not None and minutes < 0:
        raise _Reject(f"duration_minutes '{_text(row.get('duration_minutes'))}' is negative")

    all_day = all_day_flag if all_day_flag is not None else not isinstance(start, datetime)
    if all_day or not isinstance(start, datetime):
        first = start.date() if isinstance(start, datetime) else start
        starts_at = datetime.combine(first, time(0), tzinfo=ZoneInfo(zone))
        if end is not None:
            last = end.date() if isinstance(end, datetime) else end
            if last < first:
                raise _Reject(f"end '{_text(end_raw)}' is before start '{_text(row.get('start'))}'")
            # A person writing "end 9月24日" means the 24th is included (unlike iCalendar's DTEND).
            ends_at = datetime.combine(last + timedelta(days=1), time(0), tzinfo=ZoneInfo(zone))
        elif minutes is not None:
            ends_at = starts_at + timedelta(minutes=minutes)
        else:
            ends_at = starts_at + timedelta(days=1)
        return starts_at, ends_at, True, zone

    starts_at = start if start.tzinfo else start.replace(tzinfo=ZoneInfo(zone))
    tz = zone if (zone_given or start.tzinfo is None) else zone_name(start, default_tz)
    if end is not None:
        if not isinstance(end, datetime):  # an end day for a timed start: through that whole day
            ends_at = datetime.combine(end + timedelta(days=1), time(0), tzinfo=ZoneInfo(zone))
        else:
            ends_at = end if end.tzinfo else end.replace(tzinfo=ZoneInfo(zone))
        if ends_at < starts_at:
            raise _Reject(f"end '{_text(end_raw)}' is before start '{_text(row.get('start'))}'")
    elif minutes is not None:
        ends_at = starts_at + timedelta(minutes=minutes)
    else:
        ends_at = starts_at
    return starts_at, ends_at, False, tz


def row_to_record(row: dict[str, Any], where: str, default_tz: str) -> EventRecord:
    """A row whose keys are already schema names → a record, or _Reject."""
    for key in REQUIRED:
        if not _text(row.get(key)):
            raise _Reject(f"{key} is empty; every row needs uid, title and start")
    starts_at, ends_at, all_day, tz = _times(row, default_tz)
    status_text = _text(row.get("status")).lower()
    if status_text not in _STATUS:
        raise _Reject(f"status '{_text(row.get('status'))}' is not one of scheduled, confirmed, cancelled (取消)")

    venue, address, location = _text(row.get("venue")), _text(row.get("address")), _text(row.get("location"))
    if address and location and not venue:
        venue = location  # 地点 beside 地址: the place's name beside its address
    online = bool(_flag(row.get("online"), "online"))
    online_url = _text(row.get("online_url")) or None
    place_url, derived_venue = None, None
    if address or location:
        place = read_location(address or location)
        address, derived_venue = place.address, place.venue
        online, place_url = online or place.online, place.url
    if venue:
        place = read_location(venue)
        online, place_url = online or place.online, place_url or place.url
        if place.address and not address and place.venue != place.address:
            address = place.address  # a whole address typed into the venue column
        venue = place.venue  # None for 场馆: 线上直播
    else:
        venue = derived_venue
    url = _text(row.get("url")) or None
    if online and not online_url:
        online_url = place_url or (url if url and is_url(url) else None) or find_url(_text(row.get("description")))
    lat, lon = (None, None) if online and venue is None and address is None else _coords(row)
    return EventRecord(
        uid=_text(row["uid"]), title=_text(row["title"]), starts_at=starts_at, ends_at=ends_at, tz=tz,
        all_day=all_day, description=_text(row.get("description")), venue=venue or None, address=address or None,
        city_hint=_text(row.get("city")) or None, lat=lat, lon=lon, online=online,
        online_url=online_url if online else None, url=url, categories=_words(row.get("categories")),
        audiences=_words(row.get("audiences")), organizer=_text(row.get("organizer")) or None,
        status=_STATUS[status_text], where=where,
    )


def _add(result: ParseResult, seen: dict[str, str], row: dict[str, Any], where: str, default_tz: str) -> None:
    try:
        record = row_to_record(row, where, default_tz)
        if record.uid in seen:
            raise _Reject(f"uid {record.uid} is already used at {seen[record.uid]}; each event needs its own uid")
    except _Reject as why:
        result.rejected.append(Rejection(where, str(why)))
        return
    except Exception as exc:  # a value of a shape nobody planned for must not end the file
        result.rejected.append(Rejection(where, f"this row cannot be read ({type(exc).__name__}: {exc})"))
        return
    seen[record.uid] = where.rpartition(": ")[2]
    result.records.append(record)


def _keyed(obj: dict[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in obj.items():
        key = header_key(name)
        if key and key not in out:  # the first of two aliased columns wins
            out[key] = value
    return out


# ---------------------------------------------------------------- CSV


def csv_header(text: str) -> tuple[str, list[str | None]] | None:
    """(delimiter, schema name per column) when the first line reads as a header of known columns."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    best: tuple[int, str, list[str | None]] | None = None
    for delimiter in (",", "\t", ";", "|"):
        try:
            cells = next(csv.reader([first], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        keys = [header_key(c) for c in cells]
        known = len({k for k in keys if k})
        if known >= 2 and (best is None or known > best[0]):
            best = (known, delimiter, keys)
    return (best[1], best[2]) if best else None


def parse_csv(text: str, filename: str, *, default_tz: str = "Asia/Shanghai") -> ParseResult:
    header = csv_header(text)
    if header is None:
        raise NotACalendarError(f"{filename} is not an iCalendar, CSV or JSON Lines file: its first line names no known columns")
    delimiter, keys = header
    missing = [k for k in REQUIRED if k not in keys]
    if missing:
        raise NotACalendarError(
            f"{filename}: the CSV header has no {', '.join(missing)} column "
            f"(every file needs uid, title and start; see docs/import-formats.md)"
        )
    result, seen = ParseResult(), {}
    reader = csv.reader(text.lstrip("\ufeff").splitlines(keepends=True), delimiter=delimiter)
    line = 1
    try:
        next(reader)
        line = reader.line_num + 1
        for cells in reader:
            where = f"{filename}: line {line}"
            line = reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            row: dict[str, Any] = {}
            for key, cell in zip(keys, cells):
                if key and key not in row:
                    row[key] = cell
            _add(result, seen, row, where, default_tz)
    except csv.Error as exc:  # e.g. an unclosed quote: report it and keep what was read
        result.rejected.append(Rejection(f"{filename}: line {line}", f"the CSV cannot be read from here on: {exc}"))
    return result


# ---------------------------------------------------------------- JSON Lines and JSON


def _loads(text: str) -> tuple[bool, Any]:
    try:
        return True, json.loads(text)
    except (ValueError, RecursionError):
        return False, None


def parse_json(text: str, filename: str, *, default_tz: str = "Asia/Shanghai") -> ParseResult:
    """JSON Lines (one object a line), or one JSON array of objects, or {"events": [...]}."""
    lines = text.lstrip("\ufeff").splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    first_ok, _ = _loads(first)
    if not first_ok:
        whole_ok, whole = _loads(text.lstrip("\ufeff"))
        if whole_ok:
            return _parse_document(whole, filename, default_tz)
    result, seen = ParseResult(), {}
    any_ok = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{filename}: line {number}"
        ok, obj = _loads(line)
        if not ok:
            result.rejected.append(Rejection(where, "this line is not valid JSON"))
            continue
        any_ok = True
        if not isinstance(obj, dict):
            result.rejected.append(Rejection(where, "this line is not a JSON object ({...})"))
            continue
        _add(result, seen, _keyed(obj), where, default_tz)
    if not any_ok:
        raise NotACalendarError(f"{filename} is not an iCalendar, CSV or JSON Lines file: it starts like JSON, but no line of it is valid JSON")
    return result


def _parse_document(doc: Any, filename: str, default_tz: str) -> ParseResult:
    if isinstance(doc, dict) and isinstance(doc.get("events"), list):
        doc = doc["events"]
    elif isinstance(doc, dict):
        doc = [doc]
    if not isinstance(doc, list):
        raise NotACalendarError(f"{filename} is JSON but not a list of events (expected [{{...}}, ...] or one object a line)")
    result, seen = ParseResult(), {}
    for number, obj in enumerate(doc, 1):
        where = f"{filename}: item #{number}"
        if not isinstance(obj, dict):
            result.rejected.append(Rejection(where, "this item is not a JSON object ({...})"))
            continue
        _add(result, seen, _keyed(obj), where, default_tz)
    return result
