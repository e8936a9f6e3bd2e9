"""What the blind evaluation sets' generators (tests/eval_blind*/make_set.py) share: iCalendar text
(folded lines, escaped values, times in Asia/Shanghai, UTC or floating) and an event's span for truth."""
from datetime import datetime, timedelta, timezone

CST = timezone(timedelta(hours=8))


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CST)


def fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode()
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode())
            cur = b""
        cur += b
    out.append(cur.decode())
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def span(e):
    """(start, end) as aware datetimes for truth."""
    if e.get("allday"):
        s = datetime.strptime(e["start"], "%Y-%m-%d").replace(tzinfo=CST)
        en = datetime.strptime(e["end"], "%Y-%m-%d").replace(tzinfo=CST) + timedelta(hours=23, minutes=59, seconds=59)
        return s, en
    s = dt(e["start"])
    if e.get("duration"):
        d = e["duration"]
        h = int(d.split("T")[1].split("H")[0]) if "H" in d else 0
        m = int(d.split("H")[-1].rstrip("M")) if d.endswith("M") else 0
        return s, s + timedelta(hours=h, minutes=m)
    return s, dt(e["end"])


def ics_time(name, s, e):
    if e.get("utc"):
        return f"{name}:{dt(s).astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}"
    if e.get("floating"):
        return f"{name}:{dt(s).strftime('%Y%m%dT%H%M%S')}"
    return f"{name};TZID=Asia/Shanghai:{dt(s).strftime('%Y%m%dT%H%M%S')}"



HEADER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//{name} corpus//kepu//
CALSCALE:GREGORIAN
X-WR-CALNAME:{calname}
X-WR-TIMEZONE:Asia/Shanghai
BEGIN:VTIMEZONE
TZID:Asia/Shanghai
BEGIN:STANDARD
DTSTART:19700101T000000
TZNAME:CST
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE"""


def truth_line(e, name, venues):
    """An event as truth.jsonl has it; `venues` maps a venue to (city, _, lat, lon)."""
    s, en = span(e)
    if e.get("online"):
        city = lat = lon = venue = None
    else:
        city, _, lat, lon = venues[e["venue"]]
        venue = e["venue"]
    return {"uid": f"{e['uid']}@{name}.example", "title": e["title"], "city": city, "topics": e["topics"],
            "audiences": e["aud"], "online": bool(e.get("online")), "status": e.get("status", "CONFIRMED"),
            "start": s.isoformat(), "end": en.isoformat(), "lat": lat, "lon": lon, "venue": venue}


def write_set(here, name, calname, events, vevent, venues, *, series=()):
    """Write a set's corpus.ics, truth.jsonl and queries.jsonl (QUERIES of here/queries.py). Recurring
    series (events with an rrule, and `series`) go in the calendar but stay out of truth: an answer
    with one of them counts as wrong."""
    import json
    import sys

    uids = [e["uid"] for e in events]
    assert len(uids) == len(set(uids)), "duplicate uid"
    lines = HEADER.format(name=name, calname=calname).split("\n")
    for e in [*events, *series]:
        lines += vevent(e)
    lines.append("END:VCALENDAR")
    (here / "corpus.ics").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    with open(here / "truth.jsonl", "w", encoding="utf-8") as f:
        for e in events:
            if not e.get("rrule"):
                f.write(json.dumps(truth_line(e, name, venues), ensure_ascii=False) + "\n")
    sys.path.insert(0, str(here))
    from queries import QUERIES
    with open(here / "queries.jsonl", "w", encoding="utf-8") as f:
        for q in QUERIES:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    return QUERIES
