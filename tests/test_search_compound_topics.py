"""A word naming two topics at once (新能源车 is energy and transport) asks for events holding both; two words
naming them ask for either (found by tests/eval_blind5 and eval_blind7: "襄阳 新能源汽车" listed a bridge
exhibition and a self-driving day). SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

from bot.nlu.query import parse_query
from tests.search_support import event, found_sorted, sept, seed

LZ = "广西壮族自治区柳州市城中区柳州科技馆"


EVENTS = [
    event("ev", "新能源汽车是怎样造出来的", sept(20), LZ, ["新能源汽车"]),
    event("bridge", "桥梁与交通科普展", sept(21), LZ, ["交通"]),
    event("solar", "太阳能小屋", sept(22), LZ, ["能源"]),
]


@pytest.fixture
async def seeded(db):
    return await seed(db, EVENTS)


async def test_one_word_naming_two_topics_wants_both(seeded, now):
    assert (await found_sorted(seeded, "柳州 新能源车", now))[0] == ["ev"]
    assert (await found_sorted(seeded, "electric cars in Liuzhou", now))[0] == ["ev"]


async def test_two_words_want_either(seeded, now):
    assert (await found_sorted(seeded, "柳州 新能源 汽车", now))[0] == ["bridge", "ev", "solar"]


def test_which_words_name_all_their_topics(now):
    q = parse_query("柳州 新能源车", now)
    assert q.topics == ["energy", "transport"] and q.required_topics == ["energy", "transport"]
    assert parse_query("航空航天", now).required_topics == []  # aerospace: space or aviation
