"""Compare what `python -m bot import` stored (city, topics, audiences, online, status, span, coordinates)
with truth.jsonl. Usage: DATABASE_URL=sqlite+aiosqlite:////tmp/evx.db python -m bot import tests/eval_extra/corpus.ics
then: .venv/bin/python tests/eval_extra/check_import.py /tmp/evx.db"""
import json
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bot.geo.gazetteer import Gazetteer  # noqa: E402
from pypinyin import lazy_pinyin  # noqa: E402

HERE = Path(__file__).parent
db = sqlite3.connect(sys.argv[1] if len(sys.argv) > 1 else "/tmp/evx.db")
gz = Gazetteer.default()
rows = {r[0]: r for r in db.execute(
    "select uid, id, city_code, district_code, online, status, starts_at, ends_at, lat, lon, venue from events")}
tops = {}
for eid, t in db.execute("select event_id, topic from event_topics"):
    tops.setdefault(eid, set()).add(t)
auds = {}
for eid, a in db.execute("select event_id, audience from event_audiences"):
    auds.setdefault(eid, set()).add(a)
bad = 0
for line in open(HERE / "truth.jsonl", encoding="utf-8"):
    t = json.loads(line)
    r = rows.get(t["uid"])
    if r is None:
        print("MISSING", t["uid"]); bad += 1; continue
    uid, eid, city_code, dist, online, status, s, e, lat, lon, venue = r
    probs = []
    city = None
    if city_code:
        d = gz.get(city_code)
        city = "".join(lazy_pinyin(d.short)) if d else city_code
    if city != t["city"]:
        probs.append(f"city {city} != {t['city']}")
    if set(t["topics"]) != tops.get(eid, set()):
        probs.append(f"topics {sorted(tops.get(eid, set()))} != {t['topics']}")
    if set(t["audiences"]) != auds.get(eid, set()):
        probs.append(f"audiences {sorted(auds.get(eid, set()))} != {t['audiences']}")
    if bool(online) != t["online"]:
        probs.append(f"online {online} != {t['online']}")
    if status.upper().replace("SCHEDULED", "CONFIRMED") != t["status"]:
        probs.append(f"status {status} != {t['status']}")
    st = datetime.fromisoformat(s).replace(tzinfo=timezone.utc) if "+" not in s else datetime.fromisoformat(s)
    if st != datetime.fromisoformat(t["start"]):
        probs.append(f"start {st.isoformat()} != {t['start']}")
    if probs:
        bad += 1
        print(f"{uid} {t['title']}: " + "; ".join(probs) + f"  (venue={venue!r} district={dist})")
print(f"{bad} events stored differently from truth")
