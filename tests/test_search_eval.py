"""Search quality as the evaluation sets measure it, so a change that makes search worse fails CI.

The shared development set (../shared/eval, beside the checkout) must pass completely; our own second
set (tests/eval_extra: other cities, other wording) must not fall below what it scores today.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval" / "score.py"
EXTRA = ROOT / "tests" / "eval_extra" / "score.py"
EXTRA_FLOOR = 83  # of 83; raise it when search gets better


def _score(script: Path) -> tuple[int, int, str]:
    out = subprocess.run([sys.executable, str(script), "--py", sys.executable, "--verbose"], cwd=ROOT,
                         capture_output=True, text=True, timeout=600)
    m = re.search(r"search eval: (\d+)/(\d+) passed", out.stdout)
    assert m, out.stdout[-2000:] + out.stderr[-2000:]
    return int(m.group(1)), int(m.group(2)), out.stdout


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/eval is not beside this checkout")
def test_shared_eval_passes_every_query():
    passed, total, out = _score(SHARED)
    assert passed == total, out


def test_extra_eval_does_not_regress():
    passed, total, out = _score(EXTRA)
    assert passed >= EXTRA_FLOOR, out


@pytest.mark.parametrize("name", ["eval_blind", "eval_blind2", "eval_blind3"])
def test_blind_eval_passes_every_query(name):
    """Written without reading the code, like the sets the project is judged on (eval_blind2 stresses
    time wording: 元旦, 寒假, 年底, 圣诞, weekends, with several 'now's; eval_blind3 the west and north of
    the country in 2027, traditional characters, English sentences, lunar holidays)."""
    passed, total, out = _score(ROOT / "tests" / name / "score.py")
    assert passed == total, out


BLIND4_FLOOR = 218  # of 219: a typo by shape (宁坡) is not read
BLIND5_FLOOR = 182  # of 188: tone-less pinyin topic words that are also places or words (haiyang, dizhi, keji zhou,
#                     tianwenguan), Latin venue names (Xinglong observatory, HKUST), a word naming two topics (新能源车)
BLIND6_FLOOR = 210  # of 213: a compound naming two topics
#                     that must both hold (无人机植保), a title that names no science (雪花为什么是六角形 as physics),
#                     and 鞍山 钢铁 研学 since a word the vocabulary does not know narrows to the events holding it
#                     (one of the two steel events says 新材料 only)
BLIND7_FLOOR = 228  # of 241: scenic places not in data/areas.csv (长宁 竹海),
#                     a place inside a longer word (竹海 → 珠海, 中微子 → 中卫), English venue names,
#                     words too specific for their topic (防溺水, 大熊猫)
BLIND8_FLOOR = 203  # of 209: a development zone's circle (苏州工业园区),
#                     手机课 as digital skills, "christmas" in a title, 研究生 as a filter
BLIND9_FLOOR = 179  # of 236: its author reads format words as constraints (讲座, 开放日, 院士, 夏令营: enforcing
#                     them gains 14 here and loses 6 in sets 2, 4, extra and 7, so they only rank), event names
#                     as top1 (人造太阳, 二里头), 地震局 as emergency


def test_fourth_blind_eval_does_not_regress():
    """The east and south, districts and same-name places, venues, new time words (工作日晚上, 圣诞前, in two
    weeks), expectant mothers and people with disabilities; written without reading the code."""
    passed, total, out = _score(ROOT / "tests" / "eval_blind4" / "score.py")
    assert passed >= BLIND4_FLOOR, out


def test_fifth_blind_eval_does_not_regress():
    """Hong Kong, Macau, Hainan, Guangxi and inland towns; sciences beyond the first taxonomy (archaeology,
    psychology, materials, geology, transport); date formats and festivals; written without reading the code."""
    passed, total, out = _score(ROOT / "tests" / "eval_blind5" / "score.py")
    assert passed >= BLIND5_FLOOR, out


def test_sixth_blind_eval_does_not_regress():
    """The north-east, Qinghai and Ningxia, Guizhou and Yunnan, Chongqing districts and county-level cities
    (昆山, 义乌, 江阴 apart from their prefecture seats); colloquial time (这礼拜六, 下礼拜, 大后天, 五一, 下个月中旬,
    this summer), traditional script, typos, near me; written without reading the code."""
    passed, total, out = _score(ROOT / "tests" / "eval_blind6" / "score.py")
    assert passed >= BLIND6_FLOOR, out


def test_seventh_blind_eval_does_not_regress():
    """Second-tier cities of ten provinces; everyday wording (请问, 有没有, 想带孩子去), colloquial topic words
    (青铜器, 荔枝, 江豚), county and scenic places, typos by sound (天闻), mixed languages; written without
    reading the code."""
    passed, total, out = _score(ROOT / "tests" / "eval_blind7" / "score.py")
    assert passed >= BLIND7_FLOOR, out


def test_eighth_blind_eval_does_not_regress():
    """Big cities and their districts, English as expats write it ("this Sat arvo", "next fortnight", "after
    6pm on Friday"), Chinese date formats, radius words, student audiences; written without reading the code."""
    passed, total, out = _score(ROOT / "tests" / "eval_blind8" / "score.py")
    assert passed >= BLIND8_FLOOR, out


def test_ninth_blind_eval_does_not_regress():
    """全国科普日 week in central China: 科普日 as a time, organizers and institutions (中科院, 气象局, 大学),
    formats (讲座, 开放日, 研学), whole provinces; written without reading the code."""
    passed, total, out = _score(ROOT / "tests" / "eval_blind9" / "score.py")
    assert passed >= BLIND9_FLOOR, out
