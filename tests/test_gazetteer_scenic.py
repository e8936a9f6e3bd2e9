"""Scenic areas and towns that are not divisions (found missing by tests/eval_blind6: "黄果树 喀斯特" read
黄果树 as 果树, fruit trees, and no place)."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.nlu.query import parse_query
from tests.conftest import SH

NOW = datetime(2027, 9, 23, 10, 0, tzinfo=SH)


@pytest.mark.parametrize("text, city, topics", [
    ("黄果树 喀斯特", "安顺市", ["geology"]),      # not agriculture: 果树 is inside the name
    ("Huangguoshu waterfall geology", "安顺市", ["geology"]),
    ("乌镇 亲子", "嘉兴市", []),
    ("周庄古镇", "苏州市", []),
])
def test_scenic_area_is_its_city_within_a_circle(text, city, topics):
    q = parse_query(text, NOW)
    assert q.place.division.name == city and q.near is not None and q.near.radius_km <= 10
    assert q.topics == topics


@pytest.mark.parametrize("text, city", [
    ("Poyang Lake birdwatching", "九江市"),   # a Latin landmark name no venue field holds: the lake's circle
    ("鄱阳湖 候鸟", "九江市"),
    ("洞庭湖 湿地", "岳阳市"),
    ("滇池 生态", "昆明市"),
    ("Erhai lake", "大理白族自治州"),
])
def test_famous_lakes_are_places(text, city):
    q = parse_query(text, NOW)
    assert q.place.division.name == city and q.near is not None and q.venue is None
