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


@pytest.mark.parametrize("text, topics", [
    ("赣州 脐橙", ["agriculture"]), ("定西 土豆", ["agriculture"]), ("东营 盐碱地", ["agriculture"]),
    ("rice paddies", ["agriculture"]), ("水产养殖", ["agriculture"]),
    ("盐城 丹顶鹤", ["ecology", "biology"]),  # a protected wild species: the animal and its protection
    ("snow leopard Qinghai", ["ecology", "biology"]),
    ("云南 蘑菇", ["biology"]), ("成都 银杏", ["biology"]),  # fungi and plants: life science only
    ("西安 青铜器", ["archaeology"]), ("景德镇 瓷器", ["archaeology"]), ("terracotta warriors", ["archaeology"]),
    ("珠海 赶海", ["ocean"]), ("合肥 太阳能", ["energy"]), ("上海 中药", ["health"]), ("sudoku club", ["math"]),
])
def test_everyday_words_by_science(text, topics):
    assert parse_query(text, NOW).topics == topics


@pytest.mark.parametrize("text, topics", [
    ("非遗传承", []),                       # 遗传 is left out: 非遗 + 传承 holds it (遗传学 is biology)
    ("制作物理模型", ["physics"]),            # 作物 left out: 制作 + 物理 (农作物 is agriculture)
    ("品尝各种茶饮", []),                     # 种茶 left out: 各种 + 茶
    ("北京 鸟巢", []), ("菜鸟驿站", []),      # words holding 鸟 that name no animal
    ("棉花糖实验", ["science_lab"]),          # not 棉花 the crop
    ("土豆电池实验", ["energy", "science_lab"]),  # not 土豆 the crop
    ("Spider-Man show", []),                 # "spider" left out; "spiders" stays life science
    ("Minhang", []),                         # 民航 left out: its pinyin is 闵行's
    ("Yangtze", []), ("Titan", []),  # not typos of yangzie (扬子鳄) or titian (梯田)
])
def test_everyday_words_that_mean_something_else(text, topics):
    assert parse_query(text, NOW).topics == topics


def test_a_place_holding_a_left_out_word_stays_a_place():
    # 青铜 is left out (青铜峡市); 青铜器 is archaeology and leaves the city alone.
    q = parse_query("青铜峡 青铜器", NOW)
    assert q.place.division.name == "青铜峡市" and q.topics == ["archaeology"]


def test_event_titles_with_everyday_words():
    assert lexicon.topics().classify(["扎龙丹顶鹤观鸟节"]) == ["ecology", "biology"]
    assert lexicon.topics().classify(["冬季柑橘种植技术培训"]) == ["agriculture"]
    assert lexicon.topics().classify(["非遗传承人进校园"]) == []
