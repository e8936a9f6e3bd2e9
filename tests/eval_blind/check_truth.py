"""Sanity check: every truth record agrees with corpus.ics (uid, title, start, end, status, GEO, online),
parsed independently with the `icalendar` package; and every query's constraints name known ids."""
import json
import sys
from pathlib import Path

import icalendar

HERE = Path(__file__).parent
TOPICS = {"ai", "space", "astronomy", "robotics", "ocean", "health", "emergency", "ecology", "agriculture", "quantum",
          "weather", "nuclear", "digital_literacy", "food_safety", "bigdata", "metaverse", "deep_earth_sea",
          "supercomputing"}
AUDS = {"children", "elderly", "family", "farmers", "teachers"}


def main():
    cal = icalendar.Calendar.from_ical((HERE / "corpus.ics").read_bytes())
    evs = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    truth = [json.loads(l) for l in open(HERE / "truth.jsonl", encoding="utf-8") if l.strip()]
    bad = []
    assert len(evs) == len(truth), (len(evs), len(truth))
    for t in truth:
        e = evs.get(t["uid"])
        if e is None:
            bad.append(f"{t['uid']}: not in corpus")
            continue
        if str(e["SUMMARY"]) != t["title"]:
            bad.append(f"{t['uid']}: title {e['SUMMARY']!r} != {t['title']!r}")
        for k, f in (("DTSTART", "start"), ("DTEND", "end")):
            v = e[k].dt.isoformat()
            if v != t[f]:
                bad.append(f"{t['uid']}: {f} {v} != {t[f]}")
        if str(e.get("STATUS")) != t["status"]:
            bad.append(f"{t['uid']}: status {e.get('STATUS')} != {t['status']}")
        geo = e.get("GEO")
        lat, lon = (geo.latitude, geo.longitude) if geo else (None, None)
        if (lat, lon) != (t["lat"], t["lon"]):
            bad.append(f"{t['uid']}: geo {(lat, lon)} != {(t['lat'], t['lon'])}")
        loc = str(e.get("LOCATION", ""))
        online = loc.startswith("线上")
        if online != t["online"] or (online and t["city"] is not None):
            bad.append(f"{t['uid']}: online mismatch")
        if t["end"] <= t["start"]:
            bad.append(f"{t['uid']}: end before start")
        if not set(t["topics"]) <= TOPICS or not set(t["audiences"]) <= AUDS:
            bad.append(f"{t['uid']}: unknown id")
    cities = {t["city"] for t in truth}
    venues = {t["venue"] for t in truth}
    for q in (json.loads(l) for l in open(HERE / "queries.jsonl", encoding="utf-8") if l.strip()):
        c = q["c"]
        for k in ("city", "city_ok"):
            for city in c.get(k, []):
                if city not in cities:
                    bad.append(f"query {q['q']!r}: unknown city {city}")
        if not set(c.get("topics", [])) <= TOPICS:
            bad.append(f"query {q['q']!r}: unknown topic")
        if not set(c.get("audiences", []) + c.get("aud_ok", [])) <= AUDS:
            bad.append(f"query {q['q']!r}: unknown audience")
        if "venue" in c and c["venue"] not in venues:
            bad.append(f"query {q['q']!r}: unknown venue")
        if "near" in q and q["near"] != c.get("near"):
            bad.append(f"query {q['q']!r}: near differs from c.near")
    for b in bad:
        print(b)
    print(f"checked {len(truth)} events: {len(bad)} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
