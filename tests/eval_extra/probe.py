"""Ad-hoc probing: send queries through `python -m bot search --batch` against an imported corpus and print
what was understood and the titles found.  Usage (after importing corpus.ics into the same DATABASE_URL):
  DATABASE_URL=sqlite+aiosqlite:////tmp/evx.db .venv/bin/python tests/eval_extra/probe.py [--now ISO] < queries.txt
One query a line; a line "@now ISO" changes `now` for the lines after it."""
import json
import os
import subprocess
import sys

now = "2026-09-16T10:00:00+08:00"
if len(sys.argv) > 2 and sys.argv[1] == "--now":
    now = sys.argv[2]
items = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    if line.startswith("@now "):
        now = line[5:].strip()
        continue
    items.append({"q": line, "now": now, "limit": 10})
py = os.path.join(os.path.dirname(sys.executable), "python")
out = subprocess.run([sys.executable, "-m", "bot", "search", "--batch"], input="\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n",
                     capture_output=True, text=True)
if out.returncode:
    sys.exit(out.stderr[-3000:])
for item, line in zip(items, out.stdout.splitlines()):
    a = json.loads(line)
    p = a["query"]
    place = p["place"]["name"] + ("~" if p["place"]["fuzzy"] else "") + f"[{p['place']['matched']}]" if p["place"] else "-"
    t = f"{p['time']['start'][5:16]}..{p['time']['end'][5:16]}[{p['time']['matched']}]" if p["time"] else "-"
    print(f"{item['q']!r}: place={place} time={t} topics={p['topics']} aud={p['audiences']} online={p['online']} "
          f"free={p['free_text']!r} -> {a.get('total')} results")
    for r in a["results"][:4]:
        print(f"     {r['starts_at'][5:16]} {r['city']} {r['title']}")
    for s in a.get("suggestions", []):
        print(f"     suggest {s['kind']}: {s['label']} ({s['count']})")
