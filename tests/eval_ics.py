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

