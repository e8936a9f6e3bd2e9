from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nlu.timeparse import TimeSpan, describe_span, parse_time

TZ = ZoneInfo("Asia/Shanghai")


def at(s: str, tz: ZoneInfo = TZ) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=tz)


NOWS = {
    "wed": at("2026-09-16T10:00"),  # a Wednesday; most cases
    "sat": at("2026-09-19T10:00"),
    "sun": at("2026-09-20T22:00"),
    "nov": at("2026-11-22T10:00"),  # after 国庆, before 元旦 (beyond the holiday data)
    "dec": at("2026-12-30T10:00"),  # late in the year
}

# (now, text, start, end, kind or None)
CASES = [
    # relative days and parts of day
    ("wed", "今天", "2026-09-16", "2026-09-17", "today"),
    ("wed", "today", "2026-09-16", "2026-09-17", "today"),
    ("wed", "今晚", "2026-09-16T18:00", "2026-09-17", "tonight"),
    ("wed", "tonight", "2026-09-16T18:00", "2026-09-17", "tonight"),
    ("wed", "this evening", "2026-09-16T18:00", "2026-09-17", "tonight"),
    ("wed", "今天晚上", "2026-09-16T18:00", "2026-09-17", "tonight"),
    ("wed", "今天下午", "2026-09-16T12:00", "2026-09-16T18:00", "today"),
    ("wed", "this afternoon", "2026-09-16T12:00", "2026-09-16T18:00", "today"),
    ("wed", "明天", "2026-09-17", "2026-09-18", "tomorrow"),
    ("wed", "明日", "2026-09-17", "2026-09-18", "tomorrow"),
    ("wed", "Tomorrow", "2026-09-17", "2026-09-18", "tomorrow"),
    ("wed", "明晚", "2026-09-17T18:00", "2026-09-18", "tomorrow"),
    ("wed", "明天晚上", "2026-09-17T18:00", "2026-09-18", "tomorrow"),
    ("wed", "tomorrow night", "2026-09-17T18:00", "2026-09-18", "tomorrow"),
    ("wed", "tomorrow evening", "2026-09-17T18:00", "2026-09-18", "tomorrow"),
    ("wed", "tomorrow morning", "2026-09-17T06:00", "2026-09-17T12:00", "tomorrow"),
    ("wed", "后天", "2026-09-18", "2026-09-19", "day_after_tomorrow"),
    ("wed", "the day after tomorrow", "2026-09-18", "2026-09-19", "day_after_tomorrow"),
    ("wed", "大后天", "2026-09-19", "2026-09-20", None),
    # weeks
    ("wed", "本周", "2026-09-14", "2026-09-21", "this_week"),
    ("wed", "这周", "2026-09-14", "2026-09-21", "this_week"),
    ("wed", "这个星期", "2026-09-14", "2026-09-21", "this_week"),
    ("wed", "this week", "2026-09-14", "2026-09-21", "this_week"),
    ("wed", "下周", "2026-09-21", "2026-09-28", "next_week"),
    ("wed", "下个星期", "2026-09-21", "2026-09-28", "next_week"),
    ("wed", "next week", "2026-09-21", "2026-09-28", "next_week"),
    ("wed", "上周", "2026-09-07", "2026-09-14", "last_week"),
    ("sun", "下周", "2026-09-21", "2026-09-28", "next_week"),
    # weekends
    ("wed", "周末", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "这周末", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "本周末", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "this weekend", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "the weekend", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "weekend", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "下周末", "2026-09-26", "2026-09-28", "next_weekend"),
    ("wed", "next weekend", "2026-09-26", "2026-09-28", "next_weekend"),
    ("wed", "周六日", "2026-09-19", "2026-09-21", "weekend"),
    ("sat", "这周末", "2026-09-19", "2026-09-21", "weekend"),
    ("sun", "周末", "2026-09-19", "2026-09-21", "weekend"),
    ("sun", "this weekend", "2026-09-19", "2026-09-21", "weekend"),
    ("sun", "下周末", "2026-09-26", "2026-09-28", "next_weekend"),
    # weekdays
    ("wed", "周六", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "星期六", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "礼拜六", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "Saturday", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "Sat", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "on Sunday", "2026-09-20", "2026-09-21", "weekday"),
    ("wed", "周一", "2026-09-21", "2026-09-22", "weekday"),
    ("wed", "周三", "2026-09-16", "2026-09-17", "weekday"),
    ("wed", "这周六", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "本周六", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "this Saturday", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "下周六", "2026-09-26", "2026-09-27", "weekday"),
    ("wed", "下星期六", "2026-09-26", "2026-09-27", "weekday"),
    ("wed", "下个周六", "2026-09-26", "2026-09-27", "weekday"),
    ("wed", "next Saturday", "2026-09-26", "2026-09-27", "weekday"),
    ("wed", "这周一", "2026-09-14", "2026-09-15", "weekday"),  # already past: still that day
    ("wed", "周六上午", "2026-09-19T06:00", "2026-09-19T12:00", "weekday"),
    ("wed", "周日下午", "2026-09-20T12:00", "2026-09-20T18:00", "weekday"),
    ("wed", "Saturday morning", "2026-09-19T06:00", "2026-09-19T12:00", "weekday"),
    ("wed", "next Friday evening", "2026-09-25T18:00", "2026-09-26", "weekday"),
    ("sat", "周六", "2026-09-19", "2026-09-20", "weekday"),
    ("sat", "下周六", "2026-09-26", "2026-09-27", "weekday"),
    ("sun", "周六", "2026-09-26", "2026-09-27", "weekday"),
    ("sun", "这周六", "2026-09-19", "2026-09-20", "weekday"),
    ("sun", "Sunday", "2026-09-20", "2026-09-21", "weekday"),
    ("sun", "今晚", "2026-09-20T18:00", "2026-09-21", "tonight"),
    # dates
    ("wed", "9月20日", "2026-09-20", "2026-09-21", "date"),
    ("wed", "9月20号", "2026-09-20", "2026-09-21", "date"),
    ("wed", "9月20", "2026-09-20", "2026-09-21", "date"),
    ("wed", "2026年9月20日", "2026-09-20", "2026-09-21", "date"),
    ("wed", "2027年9月20日", "2027-09-20", "2027-09-21", "date"),
    ("wed", "9/20", "2026-09-20", "2026-09-21", "date"),
    ("wed", "2026-09-20", "2026-09-20", "2026-09-21", "date"),
    ("wed", "九月二十日", "2026-09-20", "2026-09-21", "date"),
    ("wed", "十月一日", "2026-10-01", "2026-10-02", "date"),
    ("wed", "Sept 20", "2026-09-20", "2026-09-21", "date"),
    ("wed", "Sep 20th", "2026-09-20", "2026-09-21", "date"),
    ("wed", "September 20", "2026-09-20", "2026-09-21", "date"),
    ("wed", "20 September", "2026-09-20", "2026-09-21", "date"),
    ("wed", "20 Sept", "2026-09-20", "2026-09-21", "date"),
    ("wed", "Sept. 20", "2026-09-20", "2026-09-21", "date"),
    ("wed", "9月10日", "2027-09-10", "2027-09-11", "date"),  # already over: next year
    ("wed", "9月16日", "2026-09-16", "2026-09-17", "date"),  # today is not over
    ("wed", "20号", "2026-09-20", "2026-09-21", "date"),
    ("wed", "本月20号", "2026-09-20", "2026-09-21", "date"),
    ("wed", "下个月3号", "2026-10-03", "2026-10-04", "date"),
    ("wed", "９月２０日", "2026-09-20", "2026-09-21", "date"),  # full-width digits
    ("wed", "9月20日下午", "2026-09-20T12:00", "2026-09-20T18:00", "date"),
    ("wed", "Saturday, Sept 19", "2026-09-19", "2026-09-20", "date"),
    ("wed", "9月19日（周六）", "2026-09-19", "2026-09-20", "date"),
    ("dec", "Jan 3", "2027-01-03", "2027-01-04", "date"),
    ("dec", "1月3日", "2027-01-03", "2027-01-04", "date"),
    # ranges (end day inclusive)
    ("wed", "9月17日到23日", "2026-09-17", "2026-09-24", "range"),
    ("wed", "9月17-23日", "2026-09-17", "2026-09-24", "range"),
    ("wed", "9月17日至9月23日", "2026-09-17", "2026-09-24", "range"),
    ("wed", "9月17日~23日", "2026-09-17", "2026-09-24", "range"),
    ("wed", "9月17日—9月23日", "2026-09-17", "2026-09-24", "range"),
    ("wed", "从9月17日到9月23日", "2026-09-17", "2026-09-24", "range"),
    ("wed", "9月30日到10月3日", "2026-09-30", "2026-10-04", "range"),
    ("wed", "Sept 19-25", "2026-09-19", "2026-09-26", "range"),
    ("wed", "from Sept 19 to 25", "2026-09-19", "2026-09-26", "range"),
    ("wed", "Sept 19 to Oct 2", "2026-09-19", "2026-10-03", "range"),
    ("wed", "between Sept 19 and Sept 25", "2026-09-19", "2026-09-26", "range"),
    ("wed", "19–25 September", "2026-09-19", "2026-09-26", "range"),
    ("wed", "周五到周日", "2026-09-18", "2026-09-21", "range"),
    ("wed", "明天到周日", "2026-09-17", "2026-09-21", "range"),
    ("dec", "Dec 28 to Jan 2", "2026-12-28", "2027-01-03", "range"),
    ("dec", "12月28日到1月2日", "2026-12-28", "2027-01-03", "range"),
    # holidays
    ("wed", "国庆", "2026-10-01", "2026-10-08", "holiday"),
    ("wed", "国庆节", "2026-10-01", "2026-10-08", "holiday"),
    ("wed", "十一黄金周", "2026-10-01", "2026-10-08", "holiday"),
    ("wed", "National Day", "2026-10-01", "2026-10-08", "holiday"),
    ("wed", "Golden Week", "2026-10-01", "2026-10-08", "holiday"),
    ("wed", "中秋", "2026-09-25", "2026-09-28", "holiday"),
    ("wed", "Mid-Autumn Festival", "2026-09-25", "2026-09-28", "holiday"),
    ("wed", "元旦", "2027-01-01", "2027-01-02", "holiday"),  # beyond the data: fixed date
    ("wed", "劳动节", "2027-05-01", "2027-05-06", "holiday"),
    ("nov", "元旦", "2027-01-01", "2027-01-02", "holiday"),
    ("nov", "New Year's Day", "2027-01-01", "2027-01-02", "holiday"),
    ("nov", "国庆", "2027-10-01", "2027-10-08", "holiday"),
    (at("2026-01-02T09:00"), "元旦", "2026-01-01", "2026-01-04", "holiday"),  # current, not over
    (at("2026-03-01T09:00"), "五一", "2026-05-01", "2026-05-06", "holiday"),
    (at("2026-03-01T09:00"), "May Day", "2026-05-01", "2026-05-06", "holiday"),
    (at("2026-03-01T09:00"), "清明", "2026-04-04", "2026-04-07", "holiday"),
    (at("2026-03-01T09:00"), "Dragon Boat Festival", "2026-06-19", "2026-06-22", "holiday"),
    (at("2026-01-10T09:00"), "春节", "2026-02-15", "2026-02-24", "holiday"),
    (at("2026-01-10T09:00"), "Chinese New Year", "2026-02-15", "2026-02-24", "holiday"),
    (at("2025-09-20T09:00"), "国庆", "2025-10-01", "2025-10-09", "holiday"),  # merged 国庆+中秋 break
    (at("2024-06-01T09:00"), "端午", "2024-06-08", "2024-06-11", "holiday"),  # weekend joined to the listed Monday
    # months and years
    ("wed", "本月", "2026-09-01", "2026-10-01", "month"),
    ("wed", "这个月", "2026-09-01", "2026-10-01", "month"),
    ("wed", "this month", "2026-09-01", "2026-10-01", "month"),
    ("wed", "下个月", "2026-10-01", "2026-11-01", "month"),
    ("wed", "next month", "2026-10-01", "2026-11-01", "month"),
    ("wed", "10月", "2026-10-01", "2026-11-01", "month"),
    ("wed", "10月份", "2026-10-01", "2026-11-01", "month"),
    ("wed", "in October", "2026-10-01", "2026-11-01", "month"),
    ("wed", "in May", "2027-05-01", "2027-06-01", "month"),
    ("wed", "in march", "2027-03-01", "2027-04-01", "month"),
    ("wed", "October 2027", "2027-10-01", "2027-11-01", "month"),
    ("dec", "下个月", "2027-01-01", "2027-02-01", "month"),
    ("wed", "今年", "2026-01-01", "2027-01-01", "year"),
    ("wed", "未来3天", "2026-09-16", "2026-09-19", "next_days"),
    ("wed", "next 7 days", "2026-09-16", "2026-09-23", "next_days"),
    # embedded in queries
    ("wed", "这周末南京有什么人工智能活动", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "space lectures for kids in Changsha tomorrow", "2026-09-17", "2026-09-18", "tomorrow"),
    ("wed", "what's on in Xiamen tomorrow?", "2026-09-17", "2026-09-18", "tomorrow"),
    ("wed", "周末南京有什么活动", "2026-09-19", "2026-09-21", "weekend"),
    ("wed", "下周六上海天文馆有讲座吗", "2026-09-26", "2026-09-27", "weekday"),
    ("wed", "国庆期间北京科技馆", "2026-10-01", "2026-10-08", "holiday"),
    ("wed", "robotics workshops in Shenzhen next weekend", "2026-09-26", "2026-09-28", "next_weekend"),
    ("wed", "satellite talks this Saturday", "2026-09-19", "2026-09-20", "weekday"),
    ("wed", "AI exhibitions Sept 19-25 Hangzhou", "2026-09-19", "2026-09-26", "range"),
    ("wed", "ＡＩ展览　明天", "2026-09-17", "2026-09-18", "tomorrow"),
    ("wed", "TONIGHT stargazing", "2026-09-16T18:00", "2026-09-17", "tonight"),
]


@pytest.mark.parametrize("now_key,text,start,end,kind", CASES)
def test_table(now_key: str | datetime, text: str, start: str, end: str, kind: str | None) -> None:
    now = NOWS[now_key] if isinstance(now_key, str) else now_key
    span, rest = parse_time(text, now)
    assert span is not None, text
    assert (span.start, span.end) == (at(start), at(end)), (text, span)
    if kind:
        assert span.kind == kind
    assert span.matched and span.matched in text
    assert span.matched not in rest
    assert span.start.tzinfo is now.tzinfo


def test_case_count() -> None:
    assert len(CASES) >= 60


NEGATIVES = [
    "5G", "3D打印", "9号线", "3号馆", "2025年度报告", "top 10", "AI", "Meteor Shower", "Mars", "march of robots",
    "satellite", "robots that may walk", "the Sun and the Moon", "登上月球", "这个月亮", "清明上河图", "五一广场",
    "十一", "1日游", "一周一次", "New Year's Eve", "24/7", "南京 人工智能 活动", "space lectures for kids", "",
    "10 may be enough", "Saturn rings", "weekends", "monday.com",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_time(text: str) -> None:
    span, rest = parse_time(text, NOWS["wed"])
    assert span is None, (text, span)
    assert rest == text


def test_lunar_holiday_beyond_data_gives_nothing() -> None:
    # Next 春节 is in 2027, beyond the package's data: no span, and "New Year" inside is not 元旦.
    for text in ("春节", "Chinese New Year", "Spring Festival", "端午", "清明"):
        span, _ = parse_time(text, NOWS["wed"])
        assert span is None, text
    span, rest = parse_time("春节 明天", NOWS["wed"])
    assert span is not None and span.kind == "tomorrow" and "春节" in rest


def test_remainder_keeps_other_words() -> None:
    span, rest = parse_time("这周末南京有什么活动", NOWS["wed"])
    assert span is not None and span.matched == "这周末"
    assert "南京" in rest and "周末" not in rest
    assert rest == " 南京有什么活动"
    _, rest = parse_time("what's on in Xiamen tomorrow?", NOWS["wed"])
    assert rest == "what's on in Xiamen  ?"


def test_first_expression_wins() -> None:
    span, rest = parse_time("明天或者下周末", NOWS["wed"])
    assert span is not None and span.kind == "tomorrow"
    assert "下周末" in rest


def test_other_time_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 9, 16, 10, tzinfo=berlin)
    span, _ = parse_time("tomorrow", now)
    assert span is not None
    assert (span.start, span.end) == (at("2026-09-17", berlin), at("2026-09-18", berlin))


def test_non_string_input_does_not_raise() -> None:
    assert parse_time(None, NOWS["wed"])[0] is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text,zh,en",
    [
        ("今天", "今天", "today"),
        ("tonight", "今晚", "tonight"),
        ("明天下午", "明天下午", "tomorrow afternoon"),
        ("这周末", "周末（9月19日–20日）", "weekend (Sep 19–20)"),
        ("9月17日到23日", "9月17日–23日", "Sep 17–23"),
        ("9月30日到10月3日", "9月30日–10月3日", "Sep 30 – Oct 3"),
        ("9月20日", "9月20日 周日", "Sun, Sep 20"),
        ("周六上午", "9月19日 周六 上午", "Sat, Sep 19, morning"),
        ("国庆", "国庆（10月1日–7日）", "National Day (Oct 1–7)"),
        ("元旦", "元旦（2027年1月1日）", "New Year's Day (Jan 1, 2027)"),
        ("10月", "10月", "October"),
        ("下周", "下周（9月21日–27日）", "next week (Sep 21–27)"),
    ],
)
def test_describe_span(text: str, zh: str, en: str) -> None:
    span, _ = parse_time(text, NOWS["wed"])
    assert span is not None
    assert describe_span(span, "zh", now=NOWS["wed"]) == zh
    assert describe_span(span, "zh-CN", now=NOWS["wed"]) == zh
    assert describe_span(span, "en", now=NOWS["wed"]) == en


def test_describe_span_never_raises() -> None:
    odd = TimeSpan(at("2026-09-16"), at("2026-09-17"), "something_new", "x")
    assert describe_span(odd, "en") == "Sep 16"


_QUERYISH = st.lists(
    st.sampled_from(
        list("0123456789０９ 年月日号周星期六天末到至-~/.,下上这本今明后晚午十二三一〇")
        + ["Sept ", "Oct", "may", "March", "next ", "this ", "weekend", "tomorrow", " to ", "between ", " and ",
           "从", "号线", "国庆", "元旦", "中秋", "春节", "New Year", "Saturday", "sat", "th", "in "]
    ),
    max_size=14,
).map("".join)


def _check_never_raises(text: str) -> None:
    for now in NOWS.values():
        span, rest = parse_time(text, now)
        assert isinstance(rest, str)
        if span is not None:
            assert span.start < span.end
            assert span.matched in text
            assert describe_span(span, "zh") and describe_span(span, "en")
        else:
            assert rest == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    _check_never_raises(text)


@settings(max_examples=500, deadline=None)
@given(_QUERYISH)
def test_never_raises_on_time_like_text(text: str) -> None:
    _check_never_raises(text)
