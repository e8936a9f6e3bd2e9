"""The command line: import and search as other tools use them, and one-line errors for mistakes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//kepu//
BEGIN:VEVENT
UID:nj-ai@test
SUMMARY:人工智能开放日
DTSTART;TZID=Asia/Shanghai:20260919T090000
DTEND;TZID=Asia/Shanghai:20260919T170000
CATEGORIES:人工智能,亲子
GEO:31.976;118.774
LOCATION:江苏省南京市雨花台区紫荆花路9号南京科技馆
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
UID:cq-astro@test
SUMMARY:Meteor Shower Night Watch
DTSTART;TZID=Asia/Shanghai:20260917T200000
DTEND;TZID=Asia/Shanghai:20260917T230000
CATEGORIES:天文
LOCATION:重庆市江北区江北城文星门街7号重庆科技馆
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def run(args, env, stdin=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env, input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def env(tmp_path):
    e = dict(os.environ, DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    e.pop("BOT_TOKEN", None)
    return e


def test_import_then_search(tmp_path, env):
    f = tmp_path / "cal.ics"
    f.write_text(ICS, encoding="utf-8")
    r = run(["import", str(f)], env)
    assert r.returncode == 0, r.stderr
    assert "2 new, 0 updated, 0 unchanged, 0 cancelled, 0 rejected" in r.stdout
    r = run(["import", str(f)], env)
    assert "0 new, 0 updated, 2 unchanged" in r.stdout

    r = run(["search", "南京 人工智能", "--now", "2026-09-16T10:00:00+08:00", "--json"], env)
    assert r.returncode == 0, r.stderr
    ans = json.loads(r.stdout)
    assert [x["uid"] for x in ans["results"]] == ["nj-ai@test"]
    res = ans["results"][0]
    assert set(res) >= {"uid", "title", "starts_at", "ends_at", "city", "venue", "online", "url"}
    assert res["starts_at"] == "2026-09-19T09:00:00+08:00" and res["city"] == "南京"
    assert ans["query"]["place"]["code"] == "320100" and ans["query"]["topics"] == ["ai"]

    r = run(["search", "", "--now", "2026-09-16T10:00:00+08:00", "--near", "31.98,118.77", "--radius-km", "5",
             "--json"], env)
    ans = json.loads(r.stdout)
    assert [x["uid"] for x in ans["results"]] == ["nj-ai@test"] and ans["results"][0]["distance_km"] < 1

    batch = "\n".join([
        json.dumps({"q": "Meteor Shower", "now": "2026-09-16T10:00:00+08:00"}),
        json.dumps({"q": "", "now": "2026-09-16T10:00:00+08:00", "near": [31.976, 118.774, 3], "limit": 5}),
        "not json",
        json.dumps({"q": "哈尔滨 天文", "now": "2026-09-16T10:00:00+08:00"}),
    ]) + "\n"
    r = run(["search", "--batch"], env, stdin=batch)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 4
    assert lines[0]["results"][0]["uid"] == "cq-astro@test"
    assert [x["uid"] for x in lines[1]["results"]] == ["nj-ai@test"]
    assert "error" in lines[2] and lines[2]["results"] == []
    assert lines[3]["results"] == [] and lines[3]["suggestions"][0]["count"] == 1

    r = run(["search", "南京", "--now", "2026-09-16T10:00:00+08:00"], env)
    assert "人工智能开放日" in r.stdout


@pytest.mark.parametrize(
    "args, needle",
    [
        (["import", "/nonexistent/file.ics"], "no such file"),
        (["search"], "needs a QUERY"),
        (["search", "x", "--now", "yesterday"], "not an ISO 8601"),
        (["search", "x", "--near", "abc"], "not LAT,LON"),
        (["search", "x", "--near", "95,10"], "outside the globe"),
        (["search", "x", "--radius-km", "3"], "needs --near"),
        (["search", "x", "--limit", "0"], "--limit"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_mistakes_are_one_line(env, args, needle):
    r = run(args, env)
    assert r.returncode != 0
    assert needle in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) <= 2  # argparse prints usage + the error


def test_not_a_calendar_is_clear(tmp_path, env):
    f = tmp_path / "photo.ics"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    r = run(["import", str(f)], env)
    assert r.returncode != 0 and "photo.ics" in r.stderr and "Traceback" not in r.stderr


def test_unreachable_database_is_one_line(env):
    env = dict(env, DATABASE_URL="postgresql+asyncpg://nobody@127.0.0.1:1/none")
    r = run(["search", "x"], env)
    assert r.returncode != 0 and "cannot open database" in r.stderr and "Traceback" not in r.stderr
    env["DATABASE_URL"] = "not a url"
    r = run(["search", "x"], env)
    assert r.returncode != 0 and "DATABASE_URL" in r.stderr and "Traceback" not in r.stderr


def test_fresh_database_url_just_works(tmp_path, env):
    env = dict(env, DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'new' / 'sub' / 'x.db'}")
    r = run(["search", "北京"], env)
    assert r.returncode == 0, r.stderr
