"""Words the vocabulary does not know (found by tests/eval_blind7: "宝鸡 青铜器" listed every event in 宝鸡 with the
bronze-ware class first, "江豚 展" found nothing). SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from bot.search import content_words
from tests.search_support import event, found_sorted as uids, sept, seed

GY = "贵州省贵阳市观山湖区贵州科技馆"
DL = "辽宁省大连市沙河口区西村街40号大连自然博物馆"


EVENTS = [
    event("gy-batik", "蜡染体验课", sept(20), GY, ["化学"]),
    event("gy-shadow", "光学里的皮影戏体验", sept(21), GY, ["物理"]),
    event("gy-robot", "机器人体验营", sept(22), GY, ["机器人"]),
    event("gy-open", "科技馆开放日", sept(23), GY, ["开放日"]),
    event("dl-batik", "蜡染工坊", sept(24), DL, ["手工"]),
]


@pytest.fixture
async def seeded(db):
    return await seed(db, EVENTS)


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
