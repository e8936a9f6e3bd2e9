"""Score the bot's search against a corpus whose ground truth is known (corpus.ics, truth.jsonl, queries.jsonl).

Run from the project checkout:
  python score.py [--py PYTHON] [--verbose]
It imports corpus.ics into a fresh SQLite database through the bot's own CLI
(`python -m bot import FILE`; DATABASE_URL points at a temporary SQLite file), asks every query through `python -m bot search --batch`
(one JSON object a line on stdin: {"q", "now", "near": [lat, lon, km]?, "limit"}),
and compares the uids it returns with the ground truth.
Prints one line per failing query with --verbose, and last: "search eval: P/N passed ...".
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).parent  # tests/eval_blind2
K = 10


def load(name):
    return [json.loads(line) for line in open(HERE / name, encoding="utf-8") if line.strip()]


def ts(s):
    return datetime.fromisoformat(s)


def km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def satisfies(e, c, now, loose):
    if e["status"] != "CONFIRMED" or ts(e["end"]) <= now:
        return False
    cities = c.get("city_ok", c.get("city")) if loose else c.get("city")
    if cities is not None and e["city"] not in cities:
        return False
    if "topics" in c and not set(c["topics"]) & set(e["topics"]):
        return False
    auds = c.get("aud_ok", c.get("audiences")) if loose else c.get("audiences")
    if auds is not None and not set(auds) & set(e["audiences"]):
        return False
    if c.get("online") and not e["online"]:
        return False
    if "window" in c:
        w0, w1 = ts(c["window"][0]), ts(c["window"][1])
        if not (ts(e["start"]) <= w1 and ts(e["end"]) >= w0):
            return False
    if "title_has" in c and c["title_has"] not in e["title"]:
        return False
    if "venue" in c and e["venue"] != c["venue"]:
        return False
    if "near" in c:
        if e["lat"] is None:
            return False
        lat, lon, r = c["near"]
        if km(lat, lon, e["lat"], e["lon"]) > r:
            return False
    if c.get("empty"):
        return False
    return True


def run_bot(py, queries):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, DATABASE_URL=f"sqlite+aiosqlite:///{tmp}/eval.db")
        env.pop("BOT_TOKEN", None)
        imp = subprocess.run([py, "-m", "bot", "import", str(HERE / "corpus.ics")], env=env,
                             capture_output=True, text=True, timeout=300)
        if imp.returncode != 0:
            print(imp.stdout[-2000:], imp.stderr[-2000:], file=sys.stderr)
            sys.exit("search eval: import failed")
        lines = []
        for q in queries:
            item = {"q": q["q"], "now": q["now"], "limit": K}
            if "near" in q:
                item["near"] = q["near"]
            lines.append(json.dumps(item, ensure_ascii=False))
        out = subprocess.run([py, "-m", "bot", "search", "--batch"], env=env, input="\n".join(lines) + "\n",
                             capture_output=True, text=True, timeout=300)
        if out.returncode != 0:
            print(out.stdout[-2000:], out.stderr[-2000:], file=sys.stderr)
            sys.exit("search eval: search --batch failed")
        answers = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        if len(answers) != len(queries):
            sys.exit(f"search eval: {len(answers)} answers for {len(queries)} queries")
        return answers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--py", default=sys.executable)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    truth = load("truth.jsonl")
    queries = load("queries.jsonl")
    answers = run_bot(a.py, queries)
    passed = 0
    precs, recs = [], []
    for q, ans in zip(queries, answers):
        now = ts(q["now"])
        c = q["c"]
        uids = [r["uid"] for r in ans.get("results", [])][:K]
        required = {e["uid"] for e in truth if satisfies(e, c, now, loose=False)}
        allowed = {e["uid"] for e in truth if satisfies(e, c, now, loose=True)}
        if q["mode"] == "top1":
            ok = bool(uids) and uids[0] in required
            why = f"top1={uids[:1]}"
        else:
            bad = [u for u in uids if u not in allowed]
            prec = 1.0 if not uids else 1 - len(bad) / len(uids)
            need = min(len(required), K)
            rec = 1.0 if need == 0 else len(set(uids) & required) / need
            precs.append(prec)
            recs.append(rec)
            ok = not bad and rec == 1.0
            why = f"prec={prec:.2f} rec={rec:.2f} bad={bad[:3]} missing={sorted(required - set(uids))[:3]}"
        passed += ok
        if a.verbose and not ok:
            print(f"FAIL {q['q']!r}: {why} parsed={json.dumps(ans.get('query'), ensure_ascii=False)[:300]}")
    n = len(queries)
    mp = sum(precs) / len(precs)
    mr = sum(recs) / len(recs)
    print(f"search eval: {passed}/{n} passed, mean precision {mp:.3f}, mean recall {mr:.3f}")
    sys.exit(0 if passed == n else 1)


if __name__ == "__main__":
    main()
