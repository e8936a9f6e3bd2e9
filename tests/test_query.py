"""Query understanding: what is pulled out of free text, in both languages, with typos."""
from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings, strategies as st

from bot.nlu.query import Near, parse_query
from tests.conftest import SH

NOW = datetime(2026, 9, 16, 10, 0, tzinfo=SH)


@pytest.mark.parametrize(
    "text, place, topics, audiences, online, has_time",
    [
        ("周末北京有什么人工智能活动", "110000", ["ai"], [], None, True),
        ("space lectures for kids in Changsha", "430100", ["space"], ["children"], None, False),
        ("这周末南京有什么活动", "320100", [], [], None, True),
        ("江苏 机器人", "320000", ["robotics"], [], None, False),
        ("Bejing AI", "110000", ["ai"], [], None, False),
        ("Shangai quantun", "310000", ["quantum"], [], None, False),
        ("人工只能 上海", "310000", ["ai"], [], None, False),
        ("涟源 科普大篷车 农民", "431382", [], ["farmers"], None, False),
        ("北斗导航直播", None, ["space"], [], True, False),
        ("online astronomy for seniors", None, ["astronomy"], ["elderly"], True, False),
        ("青岛 海洋 亲子", "370200", ["ocean"], ["family"], None, False),
        ("大模型 杭州 明晚", "330100", ["ai"], [], None, True),
        ("xi'an stargazing next saturday", "610100", ["astronomy"], [], None, True),
        ("Meteor Shower", None, ["astronomy"], [], None, False),
        ("", None, [], [], None, False),
    ],
)
def test_understanding(text, place, topics, audiences, online, has_time):
    q = parse_query(text, NOW)
    assert (q.place.division.code if q.place else None) == place
    assert q.topics == topics
    assert q.audiences == audiences
    assert q.online == online
    assert (q.span is not None) == has_time


def test_labels_say_what_was_understood():
    q = parse_query("周末南京人工智能", NOW)
    assert q.labels("zh")[0] == "南京" and "人工智能" in q.labels("zh")
    assert q.labels("en")[0] == "Nanjing" and "Artificial intelligence" in q.labels("en")


def test_free_text_keeps_content_words_only():
    q = parse_query("这周末南京有什么仿生机器人展览", NOW)
    assert "南京" not in q.rank_text and "有什么" not in q.rank_text
    assert "仿生机器人" in q.rank_text


def test_typos_are_reported():
    q = parse_query("Chongqin quantun", NOW)
    assert q.place.division.code == "500000"
    assert set(q.typos) >= {"quantun"}


def test_near_is_kept():
    q = parse_query("", NOW, near=Near(32.0, 118.8, 5))
    assert q.near.radius_km == 5 and q.constrained


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises(text):
    q = parse_query(text, NOW)
    assert isinstance(q.rank_text, str)
    q.as_dict()


def test_several_places_any_of_them():
    q = parse_query("Wuhan or Changsha space", NOW)
    assert [p.division.code for p in q.places] == ["420100", "430100"]


def test_chinese_place_typo_by_sound():
    q = parse_query("杭洲 人工智能", NOW)
    assert q.place.division.code == "330100" and q.place.fuzzy
    assert parse_query("背景知识讲座", NOW).place is None  # sounds like 北京 but shares no character


@pytest.mark.parametrize("text", ["whether", "unclear", "technological innovation", "科学教育", "学生会"])
def test_ordinary_words_are_not_typos(text):
    q = parse_query(text, NOW)
    assert q.topics == [] and q.audiences == []


@pytest.mark.parametrize("text, radius", [("3公里内的活动", 3.0), ("within 5 km", 5.0), ("20km 天文", 20.0)])
def test_radius_in_text(text, radius):
    q = parse_query(text, NOW, near=Near(32.0, 118.8, 10))
    assert q.near.radius_km == radius and q.radius_km == radius
    assert "公里" not in q.rank_text and "km" not in q.rank_text


def test_pinyin_topic_words():
    q = parse_query("beijing tianwen", NOW)
    assert q.place.division.code == "110000" and q.topics == ["astronomy"]


def test_place_wins_over_a_time_that_overlaps_it():
    q = parse_query("下礼拜天津有啥", NOW)  # 下礼拜 + 天津, not 下礼拜天 + 津
    assert q.place.division.code == "120000" and q.span.kind == "next_week"


@pytest.mark.parametrize("text", ["Helan Mountain star party", "贺兰山观星", "Nanjing Road"])
def test_landmarks_named_after_places_are_not_the_place(text):
    assert parse_query(text, NOW).place is None


def test_pinyin_synonyms_file_is_up_to_date():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    r = subprocess.run([sys.executable, "scripts/build_pinyin_synonyms.py", "--check"], cwd=root,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
