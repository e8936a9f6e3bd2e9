"""A word naming two topics at once (新能源车 is energy and transport) asks for events holding both; two words
naming them ask for either (found by tests/eval_blind5 and eval_blind7: "襄阳 新能源汽车" listed a bridge
exhibition and a self-driving day). SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.events import upsert_records
from bot.importer.records import EventRecord
from bot.nlu.query import parse_query
from bot.search import search
from tests.conftest import SH

LZ = "广西壮族自治区柳州市城中区柳州科技馆"


def rec(uid, title, day, cats):
    start = datetime(2026, 9, day, 9, tzinfo=SH)
    return EventRecord(uid=uid, title=title, starts_at=start, ends_at=start + timedelta(hours=2), address=LZ,
                       venue=None, lat=None, lon=None, categories=list(cats), online=False, online_url=None,
                       status="scheduled")


EVENTS = [
    rec("ev", "新能源汽车是怎样造出来的", 20, ["新能源汽车"]),
    rec("bridge", "桥梁与交通科普展", 21, ["交通"]),
    rec("solar", "太阳能小屋", 22, ["能源"]),
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
    return sorted(h.event.uid for h in answer.hits)


async def test_one_word_naming_two_topics_wants_both(seeded, now):
    assert await uids(seeded, "柳州 新能源车", now) == ["ev"]
    assert await uids(seeded, "electric cars in Liuzhou", now) == ["ev"]


async def test_two_words_want_either(seeded, now):
    assert await uids(seeded, "柳州 新能源 汽车", now) == ["bridge", "ev", "solar"]


def test_which_words_name_all_their_topics(now):
    q = parse_query("柳州 新能源车", now)
    assert q.topics == ["energy", "transport"] and q.required_topics == ["energy", "transport"]
    assert parse_query("航空航天", now).required_topics == []  # aerospace: space or aviation
