"""Seasons as time words (found missing by tests/eval_blind6: "dinosaur eggs in Jinhua this summer")."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.nlu.timeparse import describe_span, parse_time
from tests.conftest import SH

JULY = datetime(2027, 7, 6, 10, 0, tzinfo=SH)
DEC = datetime(2027, 12, 3, 10, 0, tzinfo=SH)


def days(text, now):
    span, _ = parse_time(text, now)
    return None if span is None else (span.start.date(), (span.end - timedelta(seconds=1)).date())


@pytest.mark.parametrize("text, now, first, last", [
    ("dinosaur eggs in Jinhua this summer", JULY, date(2027, 6, 1), date(2027, 8, 31)),
    ("今年夏天 哈尔滨", JULY, date(2027, 6, 1), date(2027, 8, 31)),
    ("明年夏天", JULY, date(2028, 6, 1), date(2028, 8, 31)),
    ("next summer", JULY, date(2028, 6, 1), date(2028, 8, 31)),
    ("秋天的北京", JULY, date(2027, 9, 1), date(2027, 11, 30)),
    ("in the fall", JULY, date(2027, 9, 1), date(2027, 11, 30)),
    ("冬季 天文", DEC, date(2027, 12, 1), date(2028, 2, 29)),   # winter runs into next year
    ("this winter", JULY, date(2027, 12, 1), date(2028, 2, 29)),
    ("春天 踏青", DEC, date(2028, 3, 1), date(2028, 5, 31)),
])
def test_seasons(text, now, first, last):
    assert days(text, now) == (first, last)


@pytest.mark.parametrize("text", ["Summer Robotics Show", "winter camp", "冬令营", "春季学期", "立春 活动", "falls"])
def test_not_seasons(text):
    span, _ = parse_time(text, JULY)
    assert span is None or span.kind != "season"


def test_breaks_and_festivals_keep_their_meaning():
    assert parse_time("this winter break", JULY)[0].kind == "school_break"
    assert parse_time("this spring festival", JULY)[0].kind == "holiday"
    assert parse_time("during summer vacation", JULY)[0].kind == "school_break"


def test_a_season_is_labelled():
    span, _ = parse_time("今年夏天", JULY)
    assert describe_span(span, "zh").startswith("夏季") and describe_span(span, "en").startswith("summer")
