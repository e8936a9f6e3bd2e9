"""A venue named in the query (浙江省科技馆, 中国科技馆) finds that venue's events, on SQLite and PostgreSQL;
a venue with none falls back to what its name says; a kids' query with no kids' events finds family ones."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.nlu.query import parse_query
from bot.nlu.venue import like_matches
from tests.conftest import SH
from bot.search import search
from tests.search_support import event, found, seed

NOW = datetime(2026, 11, 25, 10, tzinfo=SH)


def rec(uid, title, days, address, venue, cats=()):
    return event(uid, title, NOW + timedelta(days=days), address, cats, venue)


HZ = "浙江省杭州市拱墅区西湖文化广场浙江省科技馆"
WZ = "浙江省温州市鹿城区温州市科技馆"
BJ = "北京市朝阳区北辰东路5号中国科学技术馆"
GZ = "广东省广州市番禺区广州科学中心"
EVENTS = [
    rec("hz-1", "机器人嘉年华", 3, HZ, "西湖文化广场浙江省科技馆", ["机器人"]),
    rec("hz-2", "天文夜", 4, HZ, "西湖文化广场浙江省科技馆", ["天文"]),
    rec("wz-1", "科学实验秀", 3, WZ, "温州市科技馆", ["科学实验"]),
    rec("bj-1", "航天展", 10, BJ, "中国科学技术馆", ["航天"]),
    rec("bj-2", "北京天文馆之夜", 12, "北京市西城区西直门外大街138号北京天文馆", "北京天文馆", ["天文"]),
    rec("gz-dino", "恐龙亲子日", 5, GZ, "广州科学中心", ["古生物", "亲子"]),
]


@pytest.fixture
async def seeded(db):
    return await seed(db, EVENTS)


async def uids(db, text):
    return await found(db, text, NOW)


async def test_a_venue_finds_only_its_events(seeded):
    got, answer = await uids(seeded, "浙江省科技馆")
    assert sorted(got) == ["hz-1", "hz-2"]  # not the other science museum in Zhejiang
    assert answer.query.labels("zh") == ["浙江省科技馆"]
    assert (await uids(seeded, "温州科技馆 这周末"))[0] == ["wz-1"]  # 温州科技馆 is the venue 温州市科技馆
    assert (await uids(seeded, "中国科技馆 12月"))[0] == ["bj-1"]  # 中国科学技术馆


async def test_a_venue_without_events_falls_back_to_what_its_name_says(seeded):
    # No event at 上海天文馆: astronomy events (天文馆) instead of nothing.
    got, answer = await uids(seeded, "上海天文馆")
    assert answer.query.venue is None and "astronomy" in answer.query.topics


async def test_kids_query_without_kids_events_offers_family_ones(seeded):
    got, answer = await uids(seeded, "小朋友喜欢恐龙 广州有没有")
    assert got == ["gz-dino"] and set(answer.query.audiences) == {"children", "family"}


def test_venue_words_are_not_topics():
    q = parse_query("唐山抗震纪念馆", NOW)
    assert q.venue == "唐山抗震纪念馆" and q.topics == [] and q.venue_topics == ["emergency"]
    assert q.place.division.name == "唐山市" and q.constrained
    assert parse_query("科技馆 活动", NOW).venue is None  # no name: any science museum
    assert parse_query("大学生 线上", NOW).venue is None


def test_like_matches_is_the_sql_pattern():
    assert like_matches("浙江省科技馆", "西湖文化广场浙江省科技馆")
    assert like_matches("中国科技馆", "中国科学技术馆")
    assert not like_matches("浙江省科技馆", "温州市科技馆")


async def test_a_named_area_with_nothing_in_its_circle_offers_its_whole_city(db):
    # 太湖 is 苏州 within a circle on the lake; the only event is in the old town, outside it.
    from dataclasses import replace

    await seed(db, [replace(event("sz-old", "古城 天文夜", NOW + timedelta(days=5), "江苏省苏州市姑苏区苏州博物馆",
                                  ["天文"]), lat=31.32, lon=120.63)])
    async with db.sessions() as s:
        answer = await search(s, parse_query("太湖 天文", NOW))
    assert answer.hits == []
    kinds = {sug.kind: sug for sug in answer.suggestions}
    assert [sug.kind for sug in answer.suggestions][:2] == ["wider_place", "nationwide"]  # no wider circle first
    assert kinds["wider_place"].count == 1 and kinds["wider_place"].query.near is None
    assert kinds["nationwide"].query.place is None and kinds["nationwide"].query.area is None
