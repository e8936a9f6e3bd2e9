"""The blind sets' sanity check: a folder's truth.jsonl against its corpus.ics (read with icalendar), the ids
its queries use, and what each query requires. Each set's check_truth.py runs it on its own folder."""
import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import icalendar

from eval_score import satisfies, ts  # the shared scoring rules

CST = timezone(timedelta(hours=8))


def aware(v):
    if isinstance(v, datetime):
        return v.replace(tzinfo=CST) if v.tzinfo is None else v.astimezone(CST)
    return datetime.combine(v, time(0), CST)


def main(here: Path) -> None:
    show = "--show" in sys.argv
    truth = {e["uid"]: e for e in map(json.loads, open(here / "truth.jsonl", encoding="utf-8"))}
    cal = icalendar.Calendar.from_ical((here / "corpus.ics").read_bytes())
    errs, seen, recurring = [], set(), []
    for ev in cal.walk("VEVENT"):
        uid = str(ev["UID"])
        if "RRULE" in ev:
            recurring.append(uid)
            if uid in truth:
                errs.append(f"{uid}: recurring series must stay out of truth")
            continue
        t = truth.get(uid)
        if t is None:
            errs.append(f"{uid}: not in truth")
            continue
        seen.add(uid)
        s = ev["DTSTART"].dt
        if "DTEND" in ev:
            en = ev["DTEND"].dt
        else:
            en = s + ev["DURATION"].dt
        start = aware(s)
        end = aware(en)
        if isinstance(s, date) and not isinstance(s, datetime):
            end = end - timedelta(seconds=1)
        if start != ts(t["start"]):
            errs.append(f"{uid}: start {start} != {t['start']}")
        if end != ts(t["end"]):
            errs.append(f"{uid}: end {end} != {t['end']}")
        if str(ev["SUMMARY"]) != t["title"]:
            errs.append(f"{uid}: title")
        status = str(ev.get("STATUS", "CONFIRMED"))
        if "取消" in t["title"]:  # a title marked cancelled counts as cancelled whatever STATUS says
            status = "CANCELLED"
        if status != t["status"]:
            errs.append(f"{uid}: status {status} != {t['status']}")
        geo = ev.get("GEO")
        lat = geo.latitude if geo else None
        if lat != t["lat"]:
            errs.append(f"{uid}: lat {lat} != {t['lat']}")
        loc = str(ev.get("LOCATION", ""))
        online = t["online"]
        if online and geo:
            errs.append(f"{uid}: online with GEO")
        if not online and not loc:
            errs.append(f"{uid}: no location")
    for uid in set(truth) - seen:
        errs.append(f"{uid}: in truth, not in corpus")
    print(f"{len(seen)} events checked, {len(recurring)} recurring series kept out of truth")
    for e in errs:
        print("ERR", e)

    queries = [json.loads(l) for l in open(here / "queries.jsonl", encoding="utf-8") if l.strip()]
    tl = list(truth.values())
    known = {k: {x for e in tl for x in (e[k] if isinstance(e[k], list) else [e[k]])}
             for k in ("city", "topics", "audiences")}
    for q in queries:  # a misspelt id in a query would silently match nothing
        c = q["c"]
        for k, ck in (("city", "city"), ("city", "city_ok"), ("topics", "topics"), ("audiences", "audiences"),
                      ("audiences", "aud_ok")):
            for x in c.get(ck, []):
                if x not in known[k]:
                    errs.append(f"query {q['q']!r}: unknown {ck} {x}")
                    print("ERR", errs[-1])
    warn = 0
    for q in queries:
        now = ts(q["now"])
        req = [e for e in tl if satisfies(e, q["c"], now, False)]
        alw = [e for e in tl if satisfies(e, q["c"], now, True) and e not in req]
        flag = ""
        if q["mode"] == "filter" and not q["c"].get("empty") and not req:
            flag = "  <-- nothing required"
            warn += 1
        if q["mode"] == "top1" and not req:
            flag = "  <-- top1 has no answer"
            warn += 1
        if len(req) > 10:
            flag += "  (more than 10 required)"
        if show or flag:
            print(f"{q['now'][:10]} {q['q']!r}: req={[e['uid'].split('@')[0] for e in req]}"
                  f" also_ok={[e['uid'].split('@')[0] for e in alw]}{flag}")
    print(f"{len(queries)} queries, {warn} warnings, {len(errs)} errors")
    sys.exit(1 if errs or warn else 0)

