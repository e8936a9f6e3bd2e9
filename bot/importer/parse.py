"""Reads an event file of any supported format: sniffs the content, then hands it to its parser.

Content decides (BEGIN:VCALENDAR → iCalendar, a JSON object a line → JSON Lines, a header of
known columns → CSV); the file name only words the error when nothing fits.
"""
from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .ical import valid_zone, parse_ical
from .records import NotACalendarError, ParseResult
from .tabular import csv_header, parse_csv, parse_json

# Leading bytes of files people upload by mistake, and what to tell them.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF", "it starts with %PDF (a PDF document)"),
    (b"\x89PNG", "it is a PNG image"),
    (b"\xff\xd8\xff", "it is a JPEG image"),
    (b"GIF8", "it is a GIF image"),
    (b"PK\x03\x04", "it is a ZIP archive (an .xlsx workbook? save it as CSV UTF-8 instead)"),
    (b"\xd0\xcf\x11\xe0", "it is an old Office document (an .xls workbook? save it as CSV UTF-8 instead)"),
    (b"\x1f\x8b", "it is gzip-compressed; unpack it first"),
    (b"Rar!", "it is a RAR archive"),
    (b"7z\xbc\xaf", "it is a 7-Zip archive"),
    (b"\x7fELF", "it is a program, not a data file"),
    (b"{\\rtf", "it is an RTF document; export the events as iCalendar, CSV or JSON Lines"),
]
_HINTS = {
    ".ics": " (an iCalendar file starts with BEGIN:VCALENDAR)",
    ".ical": " (an iCalendar file starts with BEGIN:VCALENDAR)",
    ".csv": " (a CSV file needs a header row naming its columns, such as uid,title,start)",
    ".tsv": " (a CSV file needs a header row naming its columns, such as uid,title,start)",
    ".jsonl": " (a JSON Lines file has one JSON object per line)",
    ".json": " (a JSON file holds one array of event objects)",
}


def parse_file(path: str | Path, *, now: datetime, default_tz: str = "Asia/Shanghai",
               horizon_days: int = 180) -> ParseResult:
    """Parse an event file; FileNotFoundError/OSError pass through as Python raises them."""
    path = Path(path)
    return parse_bytes(path.read_bytes(), path.name, now=now, default_tz=default_tz, horizon_days=horizon_days)


def parse_bytes(data: bytes, filename: str, *, now: datetime, default_tz: str = "Asia/Shanghai",
                horizon_days: int = 180) -> ParseResult:
    if not valid_zone(default_tz):
        raise ValueError(f"default_tz {default_tz!r} is not an IANA time zone")
    if now.tzinfo is None:
        now = now.replace(tzinfo=ZoneInfo(default_tz))
    text = _decode(data, filename)
    stripped = text.lstrip("\ufeff \t\r\n")
    first_line = stripped.split("\n", 1)[0].strip().upper()
    if first_line.startswith("BEGIN:VCALENDAR"):
        return parse_ical(stripped, filename, now=now, default_tz=default_tz, horizon_days=horizon_days)
    if first_line.startswith("BEGIN:VEVENT"):  # bare events without their calendar: still events
        wrapped = f"BEGIN:VCALENDAR\r\n{stripped}\r\nEND:VCALENDAR\r\n"
        return parse_ical(wrapped, filename, now=now, default_tz=default_tz, horizon_days=horizon_days)
    if stripped.startswith(("{", "[")):
        return parse_json(stripped, filename, default_tz=default_tz)
    if csv_header(stripped) is not None:
        return parse_csv(stripped, filename, default_tz=default_tz)
    raise _not_events(filename, _describe_text(stripped))


def _not_events(filename: str, why: str) -> NotACalendarError:
    hint = _HINTS.get(Path(filename).suffix.lower(), "")
    return NotACalendarError(f"{filename} is not an iCalendar, CSV or JSON Lines file: {why}{hint}")


def _decode(data: bytes, filename: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), then GB18030 (GBK)."""
    if not data.strip():
        raise _not_events(filename, "it is empty")
    for magic, why in _MAGIC:
        if data.startswith(magic):
            raise _not_events(filename, why)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_events(filename, "it has a UTF-16 mark but is not UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise _not_events(filename, f"it is binary data (it starts with bytes {data[:8].hex(' ')})")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise _not_events(filename, f"it is binary data (it starts with bytes {data[:8].hex(' ')})")
        return text
    raise _not_events(filename, f"it is not UTF-8 or GBK text (it starts with bytes {data[:8].hex(' ')})")


def _looks_binary(text: str) -> bool:
    sample = text[:2000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls > len(sample) // 20


def _describe_text(text: str) -> str:
    line = text.split("\n", 1)[0].strip()
    snippet = line[:40] + ("…" if len(line) > 40 else "")
    return f"it starts with “{snippet}”"
