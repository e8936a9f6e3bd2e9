"""全国科普日 as a time (found by tests/eval_blind9: "郑州科普日有什么活动" listed everything in 郑州): the third
public holiday of September, a Saturday, the coming one; another time named beside it wins."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.nlu.query import parse_query
from tests.conftest import SH


def day_of(text: str, now: datetime) -> str | None:
    span = parse_query(text, now).span
    return span and f"{span.start:%Y-%m-%d %H:%M}–{span.end:%Y-%m-%d %H:%M}"


@pytest.mark.parametrize("text, now, expected", [
    ("郑州科普日有什么活动", datetime(2027, 9, 10, 10, tzinfo=SH), "2027-09-18 00:00–2027-09-19 00:00"),
    ("全国科普日当天 合肥", datetime(2027, 9, 10, 10, tzinfo=SH), "2027-09-18 00:00–2027-09-19 00:00"),
    ("Science Day events in Taiyuan", datetime(2026, 8, 1, 10, tzinfo=SH), "2026-09-19 00:00–2026-09-20 00:00"),
    ("national science popularization day", datetime(2026, 8, 1, 10, tzinfo=SH), "2026-09-19 00:00–2026-09-20 00:00"),
    ("科普日 直播", datetime(2027, 9, 27, 10, tzinfo=SH), "2028-09-16 00:00–2028-09-17 00:00"),  # the coming one
])
def test_science_day_is_the_third_saturday_of_september(text, now, expected):
    assert day_of(text, now) == expected


def test_another_time_named_beside_it_wins():
    # 2026-09-19 is 科普日; "this weekend" asked that Monday is the 19th and the 20th.
    assert day_of("科普日这周末 苏州园区有啥", datetime(2026, 9, 14, 10, tzinfo=SH)) == "2026-09-19 00:00–2026-09-21 00:00"


@pytest.mark.parametrize("text", ["Family Science Day", "the kids science day camp"])
def test_a_science_day_in_a_title_is_not_the_date(text):
    assert parse_query(text, datetime(2026, 9, 1, 10, tzinfo=SH)).span is None
