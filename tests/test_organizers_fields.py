"""Validation of each field of the publishing dialog (bot/publishing.py): pure functions, no database."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings, strategies as st

from bot import event_fields as fields
from bot import publishing as pub
from bot.event_fields import Invalid, When
from bot.geo.gazetteer import Gazetteer
from tests.conftest import SH

NOW = datetime(2026, 9, 16, 10, 0, tzinfo=SH)  # a Wednesday


def local(w: When) -> tuple[str, str, bool]:
    return (w.starts_at.astimezone(SH).strftime("%m-%d %H:%M"), w.ends_at.astimezone(SH).strftime("%m-%d %H:%M"),
            w.all_day)


@pytest.mark.parametrize("text, start, end, all_day", [
    ("9月20日 14:00-16:00", "09-20 14:00", "09-20 16:00", False),
    ("9月20日14点", "09-20 14:00", "09-20 14:00", False),
    ("明天下午2点", "09-17 14:00", "09-17 14:00", False),
    ("明天下午2点到4点", "09-17 14:00", "09-17 16:00", False),
    ("下周六上午9点到11点半", "09-26 09:00", "09-26 11:30", False),
    ("后天晚上7点", "09-18 19:00", "09-18 19:00", False),
    ("今晚7点", "09-16 19:00", "09-16 19:00", False),
    ("下午2-4点 9月21日", "09-21 14:00", "09-21 16:00", False),
    ("周六 十点半", "09-19 10:30", "09-19 10:30", False),
    ("Sept 20 2pm-4pm", "09-20 14:00", "09-20 16:00", False),
    ("tomorrow 7pm-9pm", "09-17 19:00", "09-17 21:00", False),
    ("tomorrow 7:30 pm", "09-17 19:30", "09-17 19:30", False),
    ("2026-10-01 09:30", "10-01 09:30", "10-01 09:30", False),
    ("10/1 9:30-11:00", "10-01 09:30", "10-01 11:00", False),
    ("９月２０日　１４：００～１６：００", "09-20 14:00", "09-20 16:00", False),
    ("9月20日 22:00-01:00", "09-20 22:00", "09-21 01:00", False),
    ("9月20日", "09-20 00:00", "09-21 00:00", True),
    ("9月17日到23日", "09-17 00:00", "09-24 00:00", True),
    ("国庆", "10-01 00:00", "10-08 00:00", True),
    ("9月15日 10:00", "09-15 10:00", "09-15 10:00", False),  # a day already over this year is next year's
])
def test_times_people_write(text, start, end, all_day):
    w = fields.parse_when(text, NOW, "Asia/Shanghai")
    assert isinstance(w, When), (text, w)
    assert local(w) == (start, end, all_day), text


@pytest.mark.parametrize("text, code", [
    ("", "no_date"), ("找个时间", "no_date"), ("14:00", "no_date"), ("明天下午", "vague"),
    ("昨天 14:00", "past"), ("2026年9月15日", "past"), ("2030年1月1日", "far"), ("9月20日 16:00-14:00", "end_before"),
])
def test_times_refused_with_a_reason(text, code):
    bad = fields.parse_when(text, NOW, "Asia/Shanghai")
    assert isinstance(bad, Invalid) and bad.code == code, (text, bad)


def test_a_duplicate_keeps_its_time_of_day_unless_told():
    clock = (time(19, 0), timedelta(hours=2))
    assert local(fields.parse_when("9月30日", NOW, "Asia/Shanghai", default_clock=clock)) == ("09-30 19:00", "09-30 21:00", False)
    assert local(fields.parse_when("9月30日 10点", NOW, "Asia/Shanghai", default_clock=clock))[0] == "09-30 10:00"


def test_times_are_read_in_the_organizers_zone_and_stored_in_utc():
    w = fields.parse_when("9月20日 14:00", NOW, "Europe/London")
    assert w.starts_at == datetime(2026, 9, 20, 13, 0, tzinfo=timezone.utc) and w.tz == "Europe/London"


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_a_time_or_a_reason(text):
    result = fields.parse_when(text, NOW, "Asia/Shanghai")
    assert isinstance(result, (When, Invalid))
    if isinstance(result, When):
        assert result.ends_at >= result.starts_at and max(result.starts_at, result.ends_at) > NOW


def test_titles_descriptions_reasons_and_links():
    assert fields.check_title("  机器人   之夜 ") == "机器人 之夜"
    assert fields.check_title("x").code == "too_short" and fields.check_title("长" * 201).code == "too_long"
    assert fields.check_description("a\n\n b  \n").startswith("a\n\n b")
    assert fields.check_description("x" * 2001).code == "too_long"
    assert fields.check_reason("场馆维修") == "场馆维修" and fields.check_reason(" ").code == "too_short"
    assert fields.check_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert fields.check_url("www.example.org/live") == "https://www.example.org/live"
    for bad in ("javascript:alert(1)", "ftp://x.org", "not a link", "https://", "http://localhost"):
        assert isinstance(fields.check_url(bad), Invalid), bad


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def test_places_must_name_their_city(gaz):
    p = fields.place_from_text("南京科技馆，南京市雨花台区紫荆花路9号", gaz)
    assert p.venue == "南京科技馆" and p.address == "南京市雨花台区紫荆花路9号"
    p = fields.place_from_text("北京 中国科技馆", gaz)
    assert p.venue == p.address == "北京 中国科技馆" and p.city_hint
    assert fields.place_from_text("我家楼下", gaz).code == "no_city"
    p = fields.place_from_point(32.04, 118.82, gaz, title="南京博物院", address="中山东路321号")
    assert p.venue == "南京博物院" and p.lat == 32.04 and "南京" in p.city_hint or "玄武" in p.city_hint
    assert fields.place_from_point(0.0, 0.0, gaz).code == "not_in_china"
    assert fields.place_from_point(48.85, 2.35, gaz).code == "not_in_china"


def test_a_draft_becomes_a_record_the_importer_tags_the_same_way():
    when = fields.parse_when("9月20日 14:00-16:00", NOW, "Asia/Shanghai")
    data = {"title": "AI 讲座", "when": when.to_json(), "place": fields.Place(venue="中国科技馆", city_hint="北京").to_json(),
            "topics": ["ai", "robotics"], "audiences": ["children"], "online_url": "https://live.example.org",
            "url": None, "description": "d"}
    record = pub.record_from_draft(data, uid="o1/x", organizer="中国科技馆")
    from bot.events import tag

    assert tag(record) == (["ai", "robotics"], ["children"])
    assert record.online and record.organizer == "中国科技馆"
    again = pub.record_from_json(pub.record_to_json(record))
    assert again == record
