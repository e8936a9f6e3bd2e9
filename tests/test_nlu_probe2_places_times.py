"""Everyday place and time phrasings probed by hand: "Shenzhen Bay" is Shenzhen, "this arvo" is this afternoon."""
from __future__ import annotations

from datetime import datetime

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
