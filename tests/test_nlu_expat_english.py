"""English as people living in China write it (found by tests/eval_blind8): the clock before the day ("after
6pm on Friday" was read as tonight, Friday left over), "the next fortnight", "grad students", and a typo in
a phrase whose other word is a topic word of its own ("electirc car")."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.nlu.query import parse_query
from tests.conftest import SH

NOW = datetime(2027, 3, 10, 10, 0, tzinfo=SH)  # a Wednesday


@pytest.mark.parametrize("text, start, end", [
    ("after 6pm tomorrow, any AI stuff in Shenzhen?", "03-11 18:00", "03-12 00:00"),
    ("Anything on after 6pm on Friday in Xiamen?", "03-12 18:00", "03-13 00:00"),
    ("7pm on the 20th", "03-20 19:00", "03-21 00:00"),
    ("6pm", "03-10 18:00", "03-11 00:00"),  # alone it is still tonight
    ("Anything on in Qingdao over the next fortnight?", "03-10 00:00", "03-24 00:00"),
    ("within a fortnight", "03-10 00:00", "03-24 00:00"),
])
def test_times_written_the_english_way(text, start, end):
    span = parse_query(text, NOW).span
    assert (span.start.strftime("%m-%d %H:%M"), span.end.strftime("%m-%d %H:%M")) == (start, end)


def test_fortnightly_is_not_a_time():
    assert parse_query("fortnightly robotics club", NOW).span is None


@pytest.mark.parametrize("text", ["online AI tools for grad students", "talks for postgraduates"])
def test_graduate_students_are_university_students(text):
    assert parse_query(text, NOW).audiences == ["university"]


def test_a_slip_in_a_phrase_whose_other_word_is_a_topic_word():
    q = parse_query("Xiangyang electirc car", NOW)
    assert q.topics == ["energy", "transport"] and q.typos == ["electirc car"]
