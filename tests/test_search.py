"""Search end to end on a real database (SQLite and PostgreSQL): filters hold, ranking, suggestions."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.events import upsert_records
from bot.importer.records import CANCELLED, EventRecord
from bot.nlu.query import Near, parse_query
from bot.search import search
from tests.conftest import SH


def rec(uid, title, start, hours=2, address=None, lat=None, lon=None, cats=(), online=False, status="scheduled",
        url=None):
    return EventRecord(uid=uid, title=title, starts_at=start, ends_at=start + timedelta(hours=hours),
                       address=address, venue=(address or "").split("号")[-1] or None, lat=lat, lon=lon,
                       categories=list(cats), online=online, online_url=url if online else None, status=status)


NJ = "江苏省南京市雨花台区紫荆花路9号南京科技馆"
NJ_MUSEUM = "江苏省南京市玄武区中山东路321号南京博物院"
SZ = "江苏省苏州市工业园区苏州科技馆"
CQ = "重庆市江北区江北城文星门街7号重庆科技馆"
XM = "福建省厦门市思明区体育路95号厦门科技馆"
LY = "湖南省娄底市涟源市人民广场"


def d(day, hour=9):
    return datetime(2026, 9, day, hour, tzinfo=SH)


EVENTS = [
    rec("nj-ai-sat", "人工智能开放日", d(19), 8, NJ, 31.976, 118.774, ["人工智能", "亲子"]),
    rec("nj-robot-kids", "青少年机器人工作坊", d(20, 14), 2, NJ, 31.976, 118.774, ["机器人", "人工智能", "青少年"]),
    rec("nj-health", "合理膳食讲座", d(21), 2, NJ_MUSEUM, 32.04, 118.82, ["卫生健康", "老年人"]),
    rec("nj-past", "人工智能讲座（已结束）", d(10), 2, NJ, 31.976, 118.774, ["人工智能"]),
    rec("nj-cancel", "人工智能沙龙", d(19, 19), 2, NJ, 31.976, 118.774, ["人工智能"], status=CANCELLED),
    rec("sz-robot", "仿生机器人展览", d(22), 6, SZ, 31.3, 120.7, ["机器人"]),
    rec("cq-tomorrow", "流星雨讲座", d(17, 19), 2, CQ, 29.569, 106.579, ["天文"]),
    rec("cq-overnight", "消防安全研学", d(16, 19), 8, CQ, 29.569, 106.579, ["应急科普"]),
    rec("xm-meteor", "Meteor Shower Night Watch", d(17, 20), 3, XM, 24.485, 118.121, ["天文", "亲子"]),
    rec("xm-eclipse", "日食观测讲座", d(17, 10), 2, XM, 24.485, 118.121, ["天文"]),
    rec("online-beidou", "云上科普：北斗导航直播", d(19, 20), 1, None, None, None, ["航天", "线上"], online=True,
        url="https://live.example.org/beidou"),
    rec("ly-caravan", "科普大篷车进乡村：智慧农业", d(25), 6, LY, 27.69, 111.66, ["农业科技", "农民"]),
    rec("qd-week", "海洋科普周", d(18), 24 * 6 + 8, "山东省青岛市市南区莱阳路青岛海洋科普馆", 36.06, 120.34,
        ["海洋科学", "亲子"]),
]


@pytest.fixture
async def seeded(db):
    async with db.sessions() as s:
        report = await upsert_records(s, EVENTS)
        await s.commit()
    assert report.new == len(EVENTS) - 1 and report.cancelled == 1
    return db


async def uids(db, text, now, near=None, limit=10):
    async with db.sessions() as s:
        answer = await search(s, parse_query(text, now, near=near), limit=limit)
    return [h.event.uid for h in answer.hits], answer


@pytest.mark.parametrize(
    "text, expected",
    [
        ("南京 人工智能", ["nj-ai-sat", "nj-robot-kids"]),
        ("这周末南京有什么活动", ["nj-ai-sat", "nj-robot-kids"]),
        ("明天重庆", ["cq-overnight", "cq-tomorrow"]),  # the overnight event overlaps tomorrow
        ("江苏 机器人", ["nj-robot-kids", "sz-robot"]),
        ("robots for kids in Nanjing", ["nj-robot-kids"]),
        ("Xiamen astronomy tomorrow", ["xm-eclipse", "xm-meteor"]),
        ("Chongqin", ["cq-overnight", "cq-tomorrow"]),
        ("online", ["online-beidou"]),
        ("南京 老年人", ["nj-health"]),
        ("涟源 农民", ["ly-caravan"]),
        ("娄底", ["ly-caravan"]),  # a prefecture includes its county-level cities
        ("湖南", ["ly-caravan"]),
        ("国庆 南京", []),
        ("青岛 海洋 亲子 9月20日", ["qd-week"]),  # a week-long event matches any day inside it
        ("人工只能 南京", ["nj-ai-sat", "nj-robot-kids"]),  # typo
    ],
)
async def test_filters(seeded, now, text, expected):
    got, _ = await uids(seeded, text, now)
    assert sorted(got) == sorted(expected)


async def test_never_past_or_cancelled(seeded, now):
    got, _ = await uids(seeded, "人工智能", now, limit=50)
    assert "nj-past" not in got and "nj-cancel" not in got


async def test_past_time_named_finds_nothing_but_offers_upcoming(seeded, now):
    got, answer = await uids(seeded, "2026年9月10日 南京", now)
    assert got == []  # nj-past is over: never offered
    assert answer.suggestions[0].kind == "upcoming" and answer.suggestions[0].count > 0


async def test_a_title_finds_its_event_across_a_topic_filter(seeded, now):
    # "Night Watch" is not a topic word, "Meteor Shower" reads as astronomy: filed under 天文 it is found
    # anyway; filed under another topic the title must still find it.
    async with seeded.sessions() as s:
        await upsert_records(s, [rec("xm-odd", "Robot Parade Showcase Night", d(18, 19), 2, XM, 24.485, 118.121,
                                     ["天文"])])
        await s.commit()
    got, _ = await uids(seeded, "robot parade showcase night", now)
    assert got[0] == "xm-odd"


async def test_free_text_ranks_first(seeded, now):
    got, _ = await uids(seeded, "Meteor Shower", now)
    assert got[0] == "xm-meteor"
    got, _ = await uids(seeded, "北斗导航直播", now)
    assert got[0] == "online-beidou"


async def test_near_nearest_first_with_distance(seeded, now):
    got, answer = await uids(seeded, "", now, near=Near(32.0415, 118.824, 10))
    assert got == ["nj-health", "nj-ai-sat", "nj-robot-kids"]
    dists = [h.distance_km for h in answer.hits]
    assert dists == sorted(dists) and dists[0] < 1


async def test_nothing_found_offers_relaxations(seeded, now):
    got, answer = await uids(seeded, "哈尔滨 天文", now)
    assert got == []
    kinds = [s.kind for s in answer.suggestions]
    assert "nationwide" in kinds and all(s.count > 0 for s in answer.suggestions)
    got, answer = await uids(seeded, "明天南京", now)
    assert got == [] and answer.suggestions[0].kind == "any_time"


async def test_nonsense_finds_nothing(seeded, now):
    got, _ = await uids(seeded, "zzzqqq xyzzy", now)
    assert got == []


async def test_reimport_is_idempotent_and_tracks_changes(seeded, now):
    async with seeded.sessions() as s:
        again = await upsert_records(s, EVENTS)
        await s.commit()
    assert (again.new, again.updated, again.unchanged) == (0, 0, len(EVENTS))
    moved = rec("cq-tomorrow", "流星雨讲座", d(18, 19), 2, CQ, 29.569, 106.579, ["天文"])
    gone = rec("sz-robot", "仿生机器人展览", d(22), 6, SZ, 31.3, 120.7, ["机器人"], status=CANCELLED)
    async with seeded.sessions() as s:
        rep = await upsert_records(s, [moved, gone])
        await s.commit()
    assert (rep.updated, rep.cancelled) == (1, 1)
    changed = {c.uid: c for c in rep.changes}
    assert changed["cq-tomorrow"].before["starts_at"] != changed["cq-tomorrow"].after["starts_at"]
    assert changed["sz-robot"].after["status"] == CANCELLED
    got, _ = await uids(seeded, "江苏 机器人", now)
    assert got == ["nj-robot-kids"]


async def test_places_resolved_from_address(seeded):
    from sqlalchemy import select

    from bot.store.models import Event

    async with seeded.sessions() as s:
        ly = await s.scalar(select(Event).where(Event.uid == "ly-caravan"))
        nj = await s.scalar(select(Event).where(Event.uid == "nj-ai-sat"))
    assert (ly.province_code, ly.city_code, ly.district_code) == ("430000", "431300", "431382")
    assert (nj.province_code, nj.city_code, nj.district_code) == ("320000", "320100", "320114")
    assert set(nj.topics.split()) == {"ai"} and set(nj.audiences.split()) == {"family"}


async def test_fast_ranking_agrees_with_scoring_everything(db, now):
    # More events than the first chunk, titles repeating (scored once each) and many exact ties (a
    # later tie never gets in without distances; nothing tops a title scoring 100): _top must give
    # _rank's order over every candidate.
    from bot.search import _candidates, _rank, _top

    titles = ["人工智能讲座", "人工智能开放日", "Robot Workshop", "机器人工作坊", "天文观测之夜", "AI Lecture for Kids"]
    records = [rec(f"many-{i}", titles[i % len(titles)] if i % 7 else f"科普活动第{i}场", d(17 + i % 12, 8 + i % 11),
                   2, NJ if i % 3 else SZ, 31.976 + (i % 5) * 0.01, 118.774, ["人工智能" if i % 2 else "天文"])
               for i in range(700)]
    # Closer titles come later: the first chunk sets a cutoff that later, better ones must pass.
    records += [rec(f"deep-{i}", "深海探测讲座" + "x" * (2 if i < 300 else 1 if i < 590 else 0), d(17 + i // 50, 9),
                    2, NJ, 31.976, 118.774, ["海洋科学"]) for i in range(600)]
    async with db.sessions() as s:
        await upsert_records(s, records)
        await s.commit()
    cases = [("人工智能讲座", None), ("robot workshop", None), ("天文 观测", None), ("南京 人工智能讲座", None),
             ("AI lecture", Near(31.99, 118.774, 30)), ("科普活动第7场", None),
             ("深海探测讲座", None), ("深海探测讲座", Near(31.976, 118.774, 5))]
    for text, near in cases:
        q = parse_query(text, now, near=near)
        async with db.sessions() as s:
            everything = _rank(q, (await s.execute(_candidates(q))).all())
            for need in (1, 11, 40):
                got, _, _ = await _top(s, q, need)
                assert [g[0] for g in got] == [e[0] for e in everything[:need]], (text, need)


async def test_the_title_rescue_ranks_nothing_when_no_title_is_named(seeded, now):
    from dataclasses import replace

    from bot.search import _top

    q = replace(parse_query("Meteor Shower Night Watch", now), topics=[], audiences=[])
    async with seeded.sessions() as s:
        named, _, _ = await _top(s, q, 3, titled="meteor shower night watch")
        unnamed, _, _ = await _top(s, q, 3, titled="deep sea submarine tour")
    assert named[0][0] and not unnamed


def test_scoring_distinct_strings_and_skipping_disjoint_ones_changes_no_score():
    from rapidfuzz import fuzz, process

    from bot.search import _extract

    choices = ["亲子科学实验", "孩子们的天文课", "孩子们的天文课", "子", "", " ", "a   b", "c++ 编程 [入门]", "编程",
               "robot workshop", "Robot Workshop", "科学之夜", "科学 之夜", "夜", "^-]\\", "亲子科学实验", "x\ty", "天 文",
               "x\u3000y", "ab"]
    for query in ("孩子", "科学之夜", "c++", "编程]", "^-", "robot", "robot workshop", "科学 之夜", "子", "科学\t之夜",
                  "科学\u3000之夜", "b a"):
        for cutoff in (0, 0.5, 20, 45, 60, 79.9, 85, 100):
            want = {i: s for _, s, i in process.extract(query, choices, scorer=fuzz.WRatio, processor=None,
                                                        limit=None, score_cutoff=cutoff)}
            assert _extract(query, choices, cutoff) == want, (query, cutoff)
