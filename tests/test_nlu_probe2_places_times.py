"""Everyday place and time phrasings probed by hand: "Shenzhen Bay" is Shenzhen, "this arvo" is this afternoon."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.nlu.query import parse_query
from tests.conftest import SH

NOW = datetime(2026, 9, 16, 10, 0, tzinfo=SH)  # a Wednesday


@pytest.mark.parametrize("text, name", [
    ("near Shenzhen Bay", "深圳市"),
    ("Xiamen Island", "厦门市"),
    ("深圳湾", "深圳市"),
    ("Nanjing Road", None),                 # still a street, not the city
])
def test_bay_and_island_are_their_city(text, name):
    q = parse_query(text, NOW)
    assert (q.place.division.name if q.place else None) == name


@pytest.mark.parametrize("text, day, hours", [
    ("this arvo", 16, (12, 18)),
    ("saturday arvo", 19, (12, 18)),
])
def test_arvo_is_afternoon(text, day, hours):
    span = parse_query(text, NOW).span
    assert (span.start.day, span.start.hour, span.end.hour) == (day, *hours)


@pytest.mark.parametrize("text, first, last, start_hour", [
    ("下班后", 16, 18, 18),                 # no day named: this week's working days, evenings
    ("after work", 16, 18, 18),
    ("下周下班后", 21, 25, 18),
    ("next week after work", 21, 25, 18),
])
def test_after_work_or_school_is_working_days(text, first, last, start_hour):
    span = parse_query(text, NOW).span
    assert (span.start.day, span.start.hour) == (first, start_hour)
    assert (span.end - span.start).days == last - first and span.end.hour == 0


@pytest.mark.parametrize("text, day, hours", [
    ("明天下班后", 17, (18, 24)),            # a day named: that day's evening
    ("tomorrow after work", 17, (18, 24)),
    ("tomorrow after school", 17, (15, 24)),  # schools let out earlier
    ("周六放学后", 19, (15, 24)),
])
def test_after_work_on_a_day_is_that_days_part(text, day, hours):
    span = parse_query(text, NOW).span
    assert (span.start.day, span.start.hour, span.end.day, span.end.hour) == (day, hours[0], day + 1, 0)


def test_after_work_on_a_weekend_is_next_weeks():
    span = parse_query("下班后", datetime(2026, 9, 19, 10, 0, tzinfo=SH)).span  # a Saturday
    assert (span.start.day, span.start.hour) == (21, 18)


@pytest.mark.parametrize("text", ["放学后儿童科学课", "after school robotics club"])
def test_after_school_alone_is_a_title_word(text):
    assert parse_query(text, NOW).span is None


@pytest.mark.parametrize("text, first, last", [
    ("明后天", 17, 18),                      # tomorrow and the day after, not 后天 alone
    ("明后两天 北京", 17, 18),
    ("接下来几天", 16, 18),                  # like 这几天: three days from today
    ("接下来的几天 天文", 16, 18),
    ("未来几天", 16, 18),
])
def test_day_windows(text, first, last):
    span = parse_query(text, NOW).span
    assert (span.start.day, (span.end - span.start).days) == (first, last - first + 1)
    assert "明" not in parse_query(text, NOW).rank_text


def test_but_and_sometime_are_not_ranked_by():
    assert parse_query("天文 but not online", NOW).rank_text == "天文"
    assert parse_query("sometime this month", NOW).rank_text == ""


@pytest.mark.parametrize("text, first, last", [
    ("国庆节后", (10, 8), (10, 14)),        # the week after the holiday, not the holiday
    ("十一后 北京", (10, 8), (10, 14)),
    ("after National Day", (10, 8), (10, 14)),
    ("中秋以后", (9, 28), (10, 4)),
])
def test_after_a_holiday_is_the_week_after_it(text, first, last):
    span = parse_query(text, NOW).span
    end = span.end.date() - timedelta(days=1)
    assert ((span.start.month, span.start.day), (end.month, end.day)) == (first, last)


@pytest.mark.parametrize("text, first", [("国庆前后", (9, 28)), ("国庆节后天", (10, 1))])
def test_after_is_not_read_inside_other_words(text, first):
    span = parse_query(text, NOW).span
    assert (span.start.month, span.start.day) == first
