"""Words the vocabulary does not know (found by tests/eval_blind7: "宝鸡 青铜器" listed every event in 宝鸡 with the
bronze-ware class first, "江豚 展" found nothing). SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.events import upsert_records
from bot.importer.records import EventRecord
from bot.nlu.query import parse_query
from bot.search import content_words, search
from tests.conftest import SH

GY = "贵州省贵阳市观山湖区贵州科技馆"
DL = "辽宁省大连市沙河口区西村街40号大连自然博物馆"


def rec(uid, title, day, address, cats):
    start = datetime(2026, 9, day, 9, tzinfo=SH)
    return EventRecord(uid=uid, title=title, starts_at=start, ends_at=start + timedelta(hours=2), address=address,
                       venue=None, lat=None, lon=None, categories=list(cats), online=False, online_url=None,
                       status="scheduled")


EVENTS = [
    rec("gy-batik", "蜡染体验课", 20, GY, ["化学"]),
    rec("gy-shadow", "光学里的皮影戏体验", 21, GY, ["物理"]),
    rec("gy-robot", "机器人体验营", 22, GY, ["机器人"]),
    rec("gy-open", "科技馆开放日", 23, GY, ["开放日"]),
    rec("dl-batik", "蜡染工坊", 24, DL, ["手工"]),
]


@pytest.fixture
async def seeded(db):
    async with db.sessions() as s:
        await upsert_records(s, EVENTS)
        await s.commit()
    return db


async def uids(db, text, now):
    async with db.sessions() as s:
        answer = await search(s, parse_query(text, now), limit=10)
    return sorted(h.event.uid for h in answer.hits), answer


async def test_a_place_and_a_word_only_some_events_hold(seeded, now):
    got, answer = await uids(seeded, "贵阳 蜡染", now)
    assert got == ["gy-batik"]  # not every event in 贵阳 after it
    assert answer.query.text_words == []  # the answer keeps the query as asked
    assert (await uids(seeded, "大连 蜡染", now))[0] == ["dl-batik"]


async def test_a_word_most_events_hold_tells_nothing_apart(seeded, now):
    # 体验 is in three of the four titles in 贵阳: all four are offered, ranked by it.
    got, answer = await uids(seeded, "贵阳 体验", now)
    assert got == ["gy-batik", "gy-open", "gy-robot", "gy-shadow"]
    assert answer.hits[-1].event.uid == "gy-open"


async def test_nothing_else_asked_and_nothing_found(seeded, now):
    assert (await uids(seeded, "皮影 展", now))[0] == ["gy-shadow"]  # ranking alone finds nothing here
    assert (await uids(seeded, "皮影 蜡染", now))[0] == []  # no event holds both words


def test_words_worth_finding_as_they_are():
    assert content_words("青铜器 展 ai workshop") == ["青铜器", "workshop"]
