"""Topic words found by the sixth blind set (tests/eval_blind6): sciences and words the taxonomy lacked."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.nlu import lexicon
from bot.nlu.query import parse_query
from tests.conftest import SH

NOW = datetime(2027, 4, 28, 10, 0, tzinfo=SH)


@pytest.mark.parametrize("text, topics", [
    ("重庆 恐龙", ["paleontology"]),          # dinosaurs are not any life science: not a firefly walk
    ("dinosaur fossils", ["paleontology"]),
    ("恐龙蛋化石展", ["paleontology"]),
    ("萤火虫", ["biology"]),
    ("大理 植物", ["biology"]),               # plants: a botany class, not a birdwatching walk
    ("吉林 陨石", ["astronomy"]),
    ("meteorites", ["astronomy"]),
    ("青海 藏医药", ["health"]),
    ("宁夏 岩画", ["archaeology"]),
    ("rock art", ["archaeology"]),
    ("吉林 雾凇", ["weather"]),
    ("哈尔滨 冰雪", ["ice_snow"]),
    ("ice sculptures", ["ice_snow"]),
])
def test_topic_words(text, topics):
    assert parse_query(text, NOW).topics == topics


def test_fossils_of_an_event_are_paleontology_not_biology():
    # 古生物 holds 生物: the longer word is read first, so the event is not tagged biology too.
    assert lexicon.topics().classify(["古生物", "亲子"]) == ["paleontology"]
    assert lexicon.topics().classify(["生物", "植物"]) == ["biology"]


@pytest.mark.parametrize("text, topics", [
    ("Harbin ice festivl", ["ice_snow"]),   # a slip inside a name of two words
    ("deep leaning course", ["ai"]),
    ("big dta", ["bigdata"]),
    ("nice festival", []),                  # every word must start with the right letter
])
def test_typos_in_names_of_several_words(text, topics):
    q = parse_query(text, NOW)
    assert q.topics == topics
    assert bool(q.typos) == bool(topics)  # shown back to the user as a typo read


@pytest.mark.parametrize("text, topics", [
    ("World Oceans Day events (June 8)", ["ocean"]),  # the time took "oceans": the day still names the science
    ("世界海洋日 青岛", ["ocean"]),
    ("中国航天日 北京", ["space"]),
    ("国庆节 南京", []),
    ("9月20日 南京", []),
])
def test_a_day_named_for_a_science_asks_for_it(text, topics):
    q = parse_query(text, NOW)
    assert q.span is not None and q.topics == topics


@pytest.mark.parametrize("text, topics", [
    ("哈尔滨 极光", ["astronomy"]), ("northern lights", ["astronomy"]), ("土星 观测", ["astronomy"]),
    ("糖尿病 讲座", ["health"]), ("blood pressure talk", ["health"]),
    ("waste sorting", ["ecology"]), ("塑料污染", ["ecology"]),
    ("显微镜", ["biology"]), ("奥数", ["math"]),
    ("Harbing", []),  # a city's typo, not "hearing": that word is not a synonym
])
def test_everyday_science_words(text, topics):
    assert parse_query(text, NOW).topics == topics
