"""Everyday phrasings probed by hand: sky watching, mums and dads, negations, 近期, and pinyin spellings of
topic words that are really place names."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.nlu import lexicon
from bot.nlu.query import parse_query
from tests.conftest import SH

NOW = datetime(2026, 9, 16, 10, 0, tzinfo=SH)  # a Wednesday


@pytest.mark.parametrize("text, topics", [
    ("evening sky watching", ["astronomy"]),
    ("skywatching in Beijing", ["astronomy"]),
    ("黑洞 讲座", ["astronomy"]),
    ("black holes talk", ["astronomy"]),
    ("探索宇宙", ["astronomy"]),
    ("元宇宙", ["metaverse"]),                # the longer word wins: not astronomy
    ("myopia", ["health"]),
    ("teeth", ["health"]),
])
def test_topic_words(text, topics):
    assert parse_query(text, NOW).topics == topics


@pytest.mark.parametrize("text, audience", [
    ("宝妈 周末", "family"),
    ("宝爸带娃", "family"),
    ("for mums and dads", "family"),
    ("学龄前", "children"),
    ("婴幼儿", "children"),
    ("middle school", "children"),
    ("babies", "children"),
    ("pensioners", "elderly"),
])
def test_audience_words(text, audience):
    assert audience in parse_query(text, NOW).audiences


@pytest.mark.parametrize("text", ["深圳 不要线上", "不要直播", "不是线上的", "not online", "non-online", "no livestream"])
def test_negated_online_is_not_online(text):
    assert parse_query(text, NOW).online is None


@pytest.mark.parametrize("text", ["不是给孩子的", "非儿童", "no kids", "not for kids", "without children in Beijing"])
def test_negated_audience_is_not_asked_for(text):
    q = parse_query(text, NOW)
    assert q.audiences == []
    assert "kids" not in q.rank_text and "孩子" not in q.rank_text


def test_negation_keeps_the_rest():
    q = parse_query("北京 不要直播 天文", NOW)
    assert (q.place.division.name, q.topics, q.online) == ("北京市", ["astronomy"], None)


@pytest.mark.parametrize("text, online, audiences", [
    ("是不是线上的", True, []),            # a question, not a refusal
    ("要不要带孩子", None, ["children", "family"]),
    ("特别适合孩子", None, ["children"]),  # 特别 holds 别 but says nothing against
    ("非常适合小朋友", None, ["children"]),
    ("非遗 孩子", None, ["children"]),
    ("know kids", None, ["children"]),
])
def test_words_that_only_look_negated(text, online, audiences):
    q = parse_query(text, NOW)
    assert (q.online, q.audiences) == (online, audiences)


@pytest.mark.parametrize("text", ["近期 天文", "最近有什么天文活动"])
def test_recently_is_not_ranked_by(text):
    q = parse_query(text, NOW)
    assert q.topics == ["astronomy"] and "近" not in q.rank_text


@pytest.mark.parametrize("spelled", ["yuzhou", "yuzhong", "zhangbei", "huoshan"])
def test_pinyin_of_a_topic_word_never_takes_a_place_name(spelled):
    # 宇宙 is yuzhou, but so is 禹州; 育种 is yuzhong, but so is 渝中区.
    assert spelled not in lexicon._pinyin("topics") and spelled not in lexicon._pinyin("audiences")
    assert parse_query(spelled, NOW).topics == []


def test_near_me_words_are_asked_for_not_ranked_by():
    from bot.nlu.lexicon import asks_near, strip_filler

    assert asks_near("周末我家附近有什么天文活动") and asks_near("Robotics nearby") and asks_near("events NEAR ME")
    assert not asks_near("Nearbyville science fair") and not asks_near("北京 人工智能")
    assert strip_filler("我家附近的天文").strip() == "天文" and strip_filler("robotics nearby").strip() == "robotics"
