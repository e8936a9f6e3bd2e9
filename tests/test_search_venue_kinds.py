"""A Latin venue name made of a place and a kind of venue (found by tests/eval_blind6: "Chongquing natural
history museum" ranked every Chongqing event instead of the museum's)."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.nlu.query import parse_query
from tests.conftest import SH

NOW = datetime(2027, 4, 28, 10, 0, tzinfo=SH)


@pytest.mark.parametrize("text, city, venue", [
    ("Chongquing natural history museum", "重庆市", "自然博物馆"),
    ("Beijing planetarium", "北京市", "天文馆"),
    ("Kunming botanical garden", "昆明市", "植物园"),
    ("Jingzhou Museum", "荆州市", "博物馆"),
    ("Shanghai science and technology museum", "上海市", "科技馆"),
    ("Dalian aquarium", "大连市", "海洋馆"),
])
def test_place_and_kind_is_that_kind_there(text, city, venue):
    q = parse_query(text, NOW)
    assert q.place.division.name == city and q.venue == venue and q.venue_filters


@pytest.mark.parametrize("text", ["Xinglong observatory open night", "planetarium", "HKUST open day"])
def test_a_name_of_its_own_or_none_stays_as_it_was(text):
    assert not parse_query(text, NOW).venue_filters
