"""The query behind "next page" is saved as JSON: reading it back must give the same search (found when a
venue and a second place were dropped on the way, so page 2 was of another search)."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from bot.geo.gazetteer import Gazetteer
from bot.nlu.query import Near, parse_query
from bot.services import query_from_json, query_to_json
from tests.conftest import SH

NOW = datetime(2026, 9, 16, 10, 0, tzinfo=SH)


@pytest.mark.parametrize("text, near", [
    ("浙江省科技馆 周末", None),  # a venue
    ("武汉或长沙 天文", None),  # two places
    ("兰州新区 机器人", None),  # an area: a city and a circle
    ("老年人 防诈骗", None),  # topic words a title may stand in with
    ("Chongqing natural history museum", None),  # a venue kind in a place
    ("附近 5公里 天文", Near(32.04, 118.82, 10.0)),  # a radius and a point
    ("下周 人工只能 kids", None),  # a time, a typo, an audience
])
def test_a_saved_query_reads_back_as_it_was(text, near):
    q = parse_query(text, NOW, near=near)
    assert query_from_json(query_to_json(q), Gazetteer.default()) == q


def test_a_token_saved_before_the_new_keys_still_reads():
    old = {"text": "北京 天文", "now": NOW.isoformat(), "topics": ["astronomy"], "audiences": [], "online": None,
           "rank_text": "天文", "typos": [], "place": ["110000", "北京", False]}
    q = query_from_json(json.dumps(old), Gazetteer.default())
    assert q.place.division.code == "110000" and q.topics == ["astronomy"] and q.venue is None


def test_an_unknown_place_in_a_token_reads_as_nothing():
    q = parse_query("武汉或长沙 天文", NOW)
    d = json.loads(query_to_json(q))
    d["more_places"][0][0] = "999999"
    assert query_from_json(json.dumps(d), Gazetteer.default()) is None
