"""English time words mistyped or in chat shorthand, and May/March after a part of the month (probes written
after tests/eval_blind6: "tomorow Changchun", "this wknd Dalian", "mid-May Harbin" found no time)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.nlu.query import parse_query
from tests.conftest import SH

NOW = datetime(2027, 4, 28, 10, 0, tzinfo=SH)  # a Wednesday


@pytest.mark.parametrize("text, first, last, typo", [
    ("tomorow Changchun", date(2027, 4, 29), date(2027, 4, 29), "tomorow"),
    ("this saturdy Guiyang", date(2027, 5, 1), date(2027, 5, 1), "saturdy"),
    ("this wknd Dalian", date(2027, 5, 1), date(2027, 5, 2), "wknd"),
    ("nxt week Harbin", date(2027, 5, 3), date(2027, 5, 9), "nxt"),
    ("mid-May Harbin", date(2027, 5, 11), date(2027, 5, 20), None),
    ("end of may", date(2027, 5, 25), date(2027, 5, 31), None),
])
def test_time_read_through_typos(text, first, last, typo):
    q = parse_query(text, NOW)
    assert q.span is not None
    assert (q.span.start.date(), (q.span.end - timedelta(seconds=1)).date()) == (first, last)
    assert (typo in q.typos) if typo else not q.typos


@pytest.mark.parametrize("text", ["Shenzhen AI", "quantun", "may the force", "march of robots", "the events"])
def test_no_time_made_up(text):
    assert parse_query(text, NOW).span is None


SEP = datetime(2027, 9, 23, 10, 0, tzinfo=SH)


@pytest.mark.parametrize("text, first, last", [
    ("月中 哈尔滨", date(2027, 10, 11), date(2027, 10, 20)),   # this month's middle is over: next month's
    ("10月中 银川", date(2027, 10, 11), date(2027, 10, 20)),
    ("下个月中", date(2027, 10, 11), date(2027, 10, 20)),
    ("下半月 西宁", date(2027, 9, 16), date(2027, 9, 30)),
    ("10月下半月 长春", date(2027, 10, 16), date(2027, 10, 31)),
])
def test_parts_of_a_month(text, first, last):
    q = parse_query(text, SEP)
    assert (q.span.start.date(), (q.span.end - timedelta(seconds=1)).date()) == (first, last)


def test_zhong_starting_a_word_is_not_mid_month():
    q = parse_query("10月中国科技馆", SEP)
    assert q.span.matched == "10月"


@pytest.mark.parametrize("text, day", [("后儿 重庆", date(2027, 9, 25)), ("明儿个", date(2027, 9, 24)),
                                       ("今儿个 大连", date(2027, 9, 23))])
def test_northern_colloquial_days(text, day):
    q = parse_query(text, SEP)
    assert q.span.start.date() == day and (q.span.end - q.span.start).days == 1


def test_hou_er_inside_other_words_is_not_a_day():
    assert parse_query("放学后儿童科学课", SEP).span is None


APR = datetime(2027, 4, 28, 10, 0, tzinfo=SH)
IN_MAY_DAY = datetime(2027, 5, 2, 10, 0, tzinfo=SH)


@pytest.mark.parametrize("text, now, first, last", [
    ("小长假 大连", APR, date(2027, 5, 1), date(2027, 5, 5)),      # the coming three-day (here five-day) break
    ("下个小长假", IN_MAY_DAY, date(2027, 6, 9), date(2027, 6, 9)),  # in May Day now: the next is 端午
    ("长假", APR, date(2027, 10, 1), date(2027, 10, 7)),           # a long break: 国庆 or 春节
    ("下个假期", SEP, date(2027, 10, 1), date(2027, 10, 7)),
    ("next public holiday", APR, date(2027, 5, 1), date(2027, 5, 5)),
    ("五一小长假", APR, date(2027, 5, 1), date(2027, 5, 5)),        # a named one stays itself
])
def test_the_next_holiday(text, now, first, last):
    q = parse_query(text, now)
    assert (q.span.start.date(), (q.span.end - timedelta(seconds=1)).date()) == (first, last)


def test_holiday_alone_is_not_a_time():
    assert parse_query("假期 亲子 活动", APR).span is None  # 暑假? 寒假? a break of one's own: not guessed
