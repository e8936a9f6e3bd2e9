"""A topic nobody filed events under, named in titles (found by tests/eval_blind6: "老年人 防诈骗" found nothing
while "老年人防诈骗与智能手机课" was filed as digital skills). SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.nlu.query import parse_query
from bot.search import _rank
from tests.conftest import SH
from tests.search_support import event, found_sorted as uids, sept, seed

DL = "辽宁省大连市沙河口区西村街40号大连自然博物馆"
GY = "贵州省贵阳市观山湖区贵州科技馆"



EVENTS = [
    event("dl-fraud", "老年人防诈骗与智能手机课", sept(20), DL, ["数字素养", "老年人"]),
    event("gy-fraud", "手机防诈与智能生活（老年班）", sept(21), GY, ["数字素养", "老年人"]),
    event("gy-phone", "老年人智能手机课", sept(22), GY, ["数字素养", "老年人"]),
    event("dl-quantum", "量子计算讲座", sept(23), DL, ["量子"]),
]


@pytest.fixture
async def seeded(db):
    return await seed(db, EVENTS)


async def test_titles_naming_a_topic_without_events_stand_in(seeded, now):
    got, answer = await uids(seeded, "老年人 防诈骗", now)
    assert got == ["dl-fraud", "gy-fraud"]  # 防诈 names it too; the plain phone class does not
    assert answer.query.topics == ["anti_fraud"]  # the answer says what was asked
    assert (await uids(seeded, "大连 防诈骗", now))[0] == ["dl-fraud"]  # place and the rest still hold


async def test_only_when_the_topic_has_nothing(seeded, now):
    assert (await uids(seeded, "大连 量子", now))[0] == ["dl-quantum"]
    assert (await uids(seeded, "贵阳 量子", now))[0] == []  # no title names it there either


def test_words_a_title_must_hold():
    now = datetime(2026, 9, 16, 10, tzinfo=SH)
    assert sorted(parse_query("老年人 防诈骗", now).topic_words) == sorted(["防诈", "诈骗"])
    assert parse_query("online AI lecture", now).topic_words == []  # "ai" is inside "daily"
    assert parse_query("人工只能", now).topic_words == []  # a typo is not in any title


def test_rank_applies_the_title_condition_too():
    # The benchmark's reference ranks every event with _rank: it must drop what the SQL condition drops.
    class Row:
        def __init__(self, i, title):
            self.id, self.title, self.search_text, self.lat, self.lon = i, title, title, None, None
            self.starts_at = datetime(2026, 9, 20, tzinfo=SH)

    q = parse_query("防诈骗", datetime(2026, 9, 16, 10, tzinfo=SH))
    q.topics, q.title_words = [], q.topic_words
    assert [r[0] for r in _rank(q, [Row(1, "手机防诈课"), Row(2, "智能手机课")])] == [1]
