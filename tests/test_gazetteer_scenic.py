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


@pytest.mark.parametrize("text, city", [
    ("魔都 AI", "上海市"), ("帝都周末", "北京市"), ("山城 机器人", "重庆市"), ("冰城亲子", "哈尔滨市"),
    ("哈市 冰雪", "哈尔滨市"), ("春城 天文", "昆明市"), ("羊城 海洋", "广州市"),
])
def test_city_nicknames_in_queries(text, city):
    assert parse_query(text, NOW).place.division.name == city


def test_nicknames_inside_longer_names_stay_those_names():
    from bot.geo.gazetteer import Gazetteer

    assert parse_query("鹤壁 山城区", NOW).place.division.name == "山城区"  # 鹤壁's district, not 重庆
    assert parse_query("卫星城 航天", NOW).topics == ["space"]  # a satellite town, not 卫 + 长沙 (星城)
    assert parse_query("冰城堡 亲子", NOW).place is None  # an ice castle
    # Addresses are not rewritten: 星城小区 is an estate in 大连, not 长沙 (星城).
    assert Gazetteer.default().resolve_address("辽宁省大连市甘井子区星城小区活动中心").name == "甘井子区"
