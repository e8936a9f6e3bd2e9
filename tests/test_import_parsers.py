"""The importer's file parsers: iCalendar, CSV, JSON Lines/JSON → EventRecords and Rejections."""
from __future__ import annotations

import codecs
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.importer.ical import read_location, split_venue
from bot.importer.parse import parse_bytes, parse_file
from bot.importer.records import CANCELLED, SCHEDULED, NotACalendarError, ParseResult

FIXTURES = Path(__file__).parent / "fixtures" / "import"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpus.ics"
SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 9, 15, 12, 0, tzinfo=SH)


def parse(name: str, **kw) -> ParseResult:
    return parse_file(FIXTURES / name, now=kw.pop("now", NOW), **kw)


def by_uid(result: ParseResult) -> dict:
    return {r.uid: r for r in result.records}


def sh(*args: int) -> datetime:
    return datetime(*args, tzinfo=SH)


# ---------------------------------------------------------------- iCalendar: one-off events


@pytest.fixture(scope="module")
def features():
    return parse("features.ics")


def test_features_all_import_and_todo_journal_ignored(features):
    assert features.rejected == []
    assert len(features.records) == 13
    assert "todo@test" not in by_uid(features) and "journal@test" not in by_uid(features)


def test_tzid_event_every_field(features):
    ev = by_uid(features)["tzid@test"]
    assert ev.title == "人工智能开放日"
    assert ev.description == "面向家庭的人工智能体验活动\n欢迎参加"
    assert ev.starts_at == sh(2026, 9, 19, 9) and ev.ends_at == sh(2026, 9, 19, 17)
    assert ev.starts_at.utcoffset() == timedelta(hours=8)
    assert ev.tz == "Asia/Shanghai" and not ev.all_day
    assert ev.address == "江苏省南京市雨花台区紫荆花路9号南京科技馆"
    assert ev.venue == "南京科技馆"
    assert (ev.lat, ev.lon) == (31.976, 118.774)
    assert ev.categories == ["人工智能", "亲子", "Robotics"]  # two CATEGORIES properties
    assert ev.url == "https://kepu.example/events/ai-day"
    assert ev.organizer == "南京市科协"
    assert ev.status == SCHEDULED and not ev.online and ev.online_url is None
    assert ev.series_uid is None and ev.uid == "tzid@test"
    assert ev.where == "features.ics: VEVENT #1 (UID tzid@test, line 13)"


def test_utc_event(features):
    ev = by_uid(features)["utc@test"]
    assert ev.tz == "UTC"
    assert ev.starts_at == sh(2026, 9, 17, 20) and ev.ends_at == sh(2026, 9, 17, 23)
    assert ev.organizer == "astro@kepu.example"  # no CN: the address without mailto:
    assert ev.status == SCHEDULED  # TENTATIVE counts as scheduled
    assert ev.venue == "青岛海洋科普馆"  # no house number: after the district and the road


def test_floating_event_uses_default_tz_and_duration(features):
    ev = by_uid(features)["floating@test"]
    assert ev.tz == "Asia/Shanghai"
    assert ev.starts_at == sh(2026, 9, 20, 14) and ev.ends_at == sh(2026, 9, 20, 15, 30)
    assert ev.venue == ev.address == "南京科技馆"


def test_floating_event_follows_default_tz_argument():
    ev = parse("features.ics", default_tz="Asia/Tokyo").records[2]
    assert ev.uid == "floating@test" and ev.tz == "Asia/Tokyo"
    assert ev.starts_at == datetime(2026, 9, 20, 14, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_floating_event_follows_x_wr_timezone():
    (ev,) = parse("xwr.ics").records
    berlin = ZoneInfo("Europe/Berlin")
    assert ev.tz == "Europe/Berlin"
    assert ev.starts_at == datetime(2026, 9, 20, 10, tzinfo=berlin)
    assert ev.ends_at == datetime(2026, 9, 20, 11, tzinfo=berlin)


def test_all_day_event_exclusive_dtend(features):
    ev = by_uid(features)["allday@test"]
    assert ev.all_day and ev.tz == "Asia/Shanghai"
    assert ev.starts_at == sh(2026, 9, 18) and ev.ends_at == sh(2026, 9, 25)  # 18th..24th
    assert ev.venue == "云南省科技馆"


def test_all_day_without_end_lasts_one_day(features):
    ev = by_uid(features)["allday-noend@test"]
    assert ev.all_day and ev.starts_at == sh(2026, 9, 19) and ev.ends_at == sh(2026, 9, 20)


def test_timed_without_end_ends_when_it_starts(features):
    ev = by_uid(features)["noend@test"]
    assert ev.starts_at == ev.ends_at == sh(2026, 9, 21, 10)


def test_online_location_word(features):
    ev = by_uid(features)["online@test"]
    assert ev.online and ev.venue is None and ev.address is None
    assert ev.online_url == "https://live.kepu.example/beidou"
    assert ev.lat is None and ev.lon is None  # an online-only event is not put on the map


def test_online_url_only_location(features):
    ev = by_uid(features)["online-urlloc@test"]
    assert ev.online and ev.venue is None and ev.address is None
    assert ev.online_url == "https://meet.kepu.example/blackholes"
    assert ev.url == "https://kepu.example/events/blackholes"


def test_online_by_category_takes_url_from_description(features):
    ev = by_uid(features)["online-category@test"]
    assert ev.online and ev.online_url == "https://live.kepu.example/face2face"


def test_online_by_microsoft_conference_field(features):
    ev = by_uid(features)["teams@test"]
    assert ev.online and ev.online_url == "https://teams.example/l/meetup-join/abc"


def test_bad_geo_is_dropped_event_kept(features):
    for uid in ("badgeo@test", "unreadable-geo@test"):
        ev = by_uid(features)[uid]
        assert ev.lat is None and ev.lon is None
    assert by_uid(features)["badgeo@test"].venue == "厦门科技馆"


def test_cancelled(features):
    ev = by_uid(features)["cancelled@test"]
    assert ev.status == CANCELLED and ev.venue == "南京博物院"


def test_custom_vtimezone_definitions():
    result = parse("custom_tz.ics")
    bj, tokyo = by_uid(result)["custom-bj@test"], by_uid(result)["custom-tokyo@test"]
    assert bj.starts_at == sh(2026, 9, 20, 10) and bj.tz == "Asia/Shanghai"
    assert tokyo.starts_at == sh(2026, 9, 20, 9) and tokyo.tz == "Etc/GMT-9"
    ZoneInfo(tokyo.tz)  # always a loadable name


def test_calendar_without_events_is_valid():
    assert parse("empty_calendar.ics") == ParseResult()


def test_bare_vevent_without_vcalendar():
    data = b"BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:y\r\nDTSTART:20260920T100000Z\r\nEND:VEVENT\r\n"
    (ev,) = parse_bytes(data, "x.ics", now=NOW).records
    assert ev.uid == "x" and ev.tz == "UTC"


# ---------------------------------------------------------------- iCalendar: recurrence


@pytest.fixture(scope="module")
def recurring():
    return parse("recurring.ics")


def test_rrule_expanded_inside_horizon_only_with_exdate(recurring):
    weekly = sorted((r for r in recurring.records if r.series_uid == "weekly@test"), key=lambda r: r.starts_at)
    uids = [r.uid for r in weekly]
    # now − 1 day = 14 Sep; now + 180 days = 14 Mar 2027: Saturdays 19 Sep … 13 Mar.
    assert uids[0] == "weekly@test#20260919T190000"
    assert uids[-1] == "weekly@test#20270313T190000"
    assert "weekly@test#20260912T190000" not in uids
    assert "weekly@test#20261003T190000" not in uids  # EXDATE
    assert len(uids) == 26 - 1  # 26 Saturdays, one excluded
    assert all(NOW - timedelta(days=1) <= r.starts_at < NOW + timedelta(days=180) for r in weekly)
    first = weekly[0]
    assert first.title == "周六天文观测" and first.venue == "厦门科技馆" and first.categories == ["天文"]
    assert first.starts_at == sh(2026, 9, 19, 19) and first.ends_at == sh(2026, 9, 19, 21)
    assert first.where == "recurring.ics: VEVENT #1 (UID weekly@test, line 4), occurrence 20260919T190000"


def test_recurrence_id_override_replaces_its_occurrence(recurring):
    records = by_uid(recurring)
    moved = records["weekly@test#20260926T190000"]  # keeps the id of the slot it replaces
    assert moved.title == "周六天文观测（改期）"
    assert moved.starts_at == sh(2026, 9, 27, 19, 30) and moved.ends_at == sh(2026, 9, 27, 21, 30)
    assert "VEVENT #2" in moved.where
    assert records["weekly@test#20261010T190000"].status == CANCELLED
    assert records["weekly@test#20261017T190000"].status == SCHEDULED


def test_rdate_adds_occurrences_horizon_applies(recurring):
    uids = sorted(r.uid for r in recurring.records if r.series_uid == "rdate@test")
    assert uids == ["rdate@test#20260916T140000", "rdate@test#20261020T140000", "rdate@test#20261120T140000"]
    assert by_uid(recurring)["rdate@test#20261020T140000"].ends_at == sh(2026, 10, 20, 16)


def test_all_day_series_keys_are_dates(recurring):
    uids = sorted(r.uid for r in recurring.records if r.series_uid == "daily-allday@test")
    # 14 Sep lasts until 15 Sep 00:00, past now − 1 day, so it is still in.
    assert uids == [f"daily-allday@test#2026091{d}" for d in (4, 5, 6, 7)]
    assert all(r.all_day for r in recurring.records if r.series_uid == "daily-allday@test")


def test_cancelled_series_cancels_every_occurrence(recurring):
    series = [r for r in recurring.records if r.series_uid == "cancelled-series@test"]
    assert len(series) == 3 and all(r.status == CANCELLED for r in series)


def test_series_entirely_in_the_past_yields_nothing(recurring):
    assert not [r for r in recurring.records if r.series_uid == "past-series@test"]
    assert recurring.rejected == []


def test_horizon_days_argument():
    result = parse("recurring.ics", horizon_days=14)
    weekly = [r.uid for r in result.records if r.series_uid == "weekly@test"]
    assert weekly == ["weekly@test#20260919T190000", "weekly@test#20260926T190000"]


def test_runaway_rule_is_rejected_not_expanded():
    data = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:fast\r\nSUMMARY:every second\r\n"
        "DTSTART:20200101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:fine\r\nDTSTART:20260920T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    result = parse_bytes(data, "fast.ics", now=NOW)
    assert [r.uid for r in result.records] == ["ok"]
    assert "repeats too often" in result.rejected[0].why


def test_duplicate_uid_highest_sequence_wins():
    data = (
        "BEGIN:VCALENDAR\r\n"
        "BEGIN:VEVENT\r\nUID:dup\r\nSEQUENCE:2\r\nSUMMARY:new\r\nDTSTART:20260920T000000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:dup\r\nSEQUENCE:1\r\nSUMMARY:old\r\nDTSTART:20260920T000000Z\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()
    result = parse_bytes(data, "dup.ics", now=NOW)
    assert [r.title for r in result.records] == ["new"]
    assert result.rejected[0].where.startswith("dup.ics: VEVENT #2")


# ---------------------------------------------------------------- iCalendar: bad events


def test_malformed_events_rejected_rest_imported():
    result = parse("malformed.ics")
    assert {r.uid for r in result.records} == {"good-1@test", "good-2@test", "garbage-line@test"}
    why = {rej.where: rej.why for rej in result.rejected}
    assert len(why) == 6
    assert "no UID" in why["malformed.ics: VEVENT #2 (line 11)"]
    assert "no SUMMARY" in why["malformed.ics: VEVENT #3 (UID no-summary@test, line 16)"]
    assert why["malformed.ics: VEVENT #4 (UID bad-date@test, line 21)"] == (
        "DTSTART '2026-13-40' is not a valid date or date-time")
    assert "DTEND" in why["malformed.ics: VEVENT #5 (UID end-before-start@test, line 27)"]
    assert "before DTSTART" in why["malformed.ics: VEVENT #5 (UID end-before-start@test, line 27)"]
    assert "no DTSTART" in why["malformed.ics: VEVENT #7 (UID no-dtstart@test, line 41)"]
    assert "RRULE" in why["malformed.ics: VEVENT #8 (UID bad-rrule@test, line 46)"]


def test_truncated_file_keeps_complete_events():
    result = parse("truncated.ics")
    assert [r.uid for r in result.records] == ["complete@test"]
    (rej,) = result.rejected
    assert rej.where == "truncated.ics: VEVENT #2 (line 11)" and "truncated" in rej.why


def test_unterminated_vevent_is_rejected():
    data = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:a\r\nDTSTART:20260920T000000Z\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:b\r\nDTSTART:20260920T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    result = parse_bytes(data, "x.ics", now=NOW)
    assert [r.uid for r in result.records] == ["b"]
    assert "END:VEVENT" in result.rejected[0].why


# ---------------------------------------------------------------- places


@pytest.mark.parametrize("address, venue", [
    ("江苏省南京市雨花台区紫荆花路9号南京科技馆", "南京科技馆"),
    ("重庆市江北区江北城文星门街7号重庆科技馆", "重庆科技馆"),
    ("山东省青岛市市南区莱阳路青岛海洋科普馆", "青岛海洋科普馆"),
    ("河南省郑州市郑东新区河南省科技馆", "河南省科技馆"),
    ("江苏省苏州市工业园区苏州科技馆", "苏州科技馆"),
    ("北京市朝阳区北辰东路1号院5号楼中国科技馆", "中国科技馆"),
    ("南京科技馆（紫荆花路9号）", "南京科技馆"),
    ("深圳市民中心", "深圳市民中心"),
    ("广州塔", "广州塔"),
    ("Nanjing Science Museum, 9 Zijinghua Rd", "Nanjing Science Museum"),
])
def test_split_venue(address, venue):
    assert split_venue(address) == venue


@pytest.mark.parametrize("text", ["线上直播", "线上", "online", "Online", "网络直播", "云上", "https://x.example/live",
                                  "线上（B站直播）", "腾讯会议 123-456", "线上直播：https://live.example/1"])
def test_online_locations(text):
    place = read_location(text)
    assert place.online and place.venue is None and place.address is None


def test_hybrid_location_keeps_the_place():
    place = read_location("南京科技馆 / 线上直播")
    assert place.online and place.venue == "南京科技馆"


# ---------------------------------------------------------------- CSV


def test_csv_utf8_bom_all_columns():
    result = parse("events.csv")
    records = by_uid(result)
    assert set(records) == {"csv-1", "csv-2", "csv-3", "csv-4", "csv-5", "csv-10", "csv-11", "csv-12"}
    one = records["csv-1"]
    assert one.title == "机器人工作坊" and one.description == "面向青少年, 需要报名"
    assert one.starts_at == sh(2026, 9, 20, 14) and one.ends_at == sh(2026, 9, 20, 16) and one.tz == "Asia/Shanghai"
    assert one.venue == "南京科技馆" and one.address.endswith("9号南京科技馆") and one.city_hint == "南京"
    assert (one.lat, one.lon) == (31.976, 118.774)
    assert one.categories == ["机器人", "人工智能"] and one.audiences == ["青少年", "亲子"]
    assert one.url == "https://kepu.example/robots" and one.organizer == "南京市科协"
    assert one.where == "events.csv: line 2" and one.status == SCHEDULED
    two = records["csv-2"]
    assert two.ends_at - two.starts_at == timedelta(minutes=90) and two.categories == ["天文", "观星"]
    three = records["csv-3"]
    assert three.all_day and three.starts_at == sh(2026, 9, 18) and three.ends_at == sh(2026, 9, 25)
    four = records["csv-4"]
    assert four.online and four.venue is None and four.online_url == "https://live.kepu.example/talk"
    assert records["csv-5"].status == CANCELLED
    assert records["csv-10"].tz == "UTC" and records["csv-10"].starts_at == sh(2026, 9, 20, 10)
    assert records["csv-11"].lat is None and records["csv-11"].venue == "某科技馆"  # bad lat dropped
    assert records["csv-12"].all_day and records["csv-12"].starts_at == sh(2026, 9, 26)


def test_csv_bad_rows_rejected_with_line_numbers():
    why = {r.where: r.why for r in parse("events.csv").rejected}
    assert why == {
        "events.csv: line 7": "start '2026-13-40' is not a date",
        "events.csv: line 8": "end '2026-09-20T09:00' is before start '2026-09-20T10:00'",
        "events.csv: line 9": "uid is empty; every row needs uid, title and start",
        "events.csv: line 10": "timezone 'Mars/Olympus' is not a known time zone (use an IANA name such as Asia/Shanghai)",
        "events.csv: line 14": "uid csv-1 is already used at line 2; each event needs its own uid",
    }


def test_csv_gbk_with_chinese_headers():
    assert not (FIXTURES / "events_gbk.csv").read_bytes().startswith(codecs.BOM_UTF8)
    result = parse("events_gbk.csv")
    records = by_uid(result)
    one = records["gbk-1"]
    assert one.title == "青少年机器人工作坊" and one.starts_at == sh(2026, 9, 20, 14)
    assert one.venue == "南京科技馆" and one.address.startswith("江苏省南京市") and one.city_hint == "南京"
    assert one.organizer == "南京市科协" and one.categories == ["机器人", "人工智能"]
    assert one.url == "https://kepu.example/gbk-1" and one.description == "面向中小学生"
    two = records["gbk-2"]
    assert two.online and two.venue is None and two.online_url == "https://live.kepu.example/astro"
    assert two.starts_at == sh(2026, 9, 22, 19, 30)
    assert records["gbk-3"].status == CANCELLED and records["gbk-3"].venue == "重庆科技馆"
    assert [(r.where, r.why) for r in result.rejected] == [
        ("events_gbk.csv: line 5", "status '延期' is not one of scheduled, confirmed, cancelled (取消)")]


def test_csv_missing_required_column():
    with pytest.raises(NotACalendarError, match="no uid column"):
        parse_bytes("title,start\nx,2026-09-20\n".encode(), "e.csv", now=NOW)


def test_csv_semicolon_and_quoted_multiline_cells():
    data = 'uid;title;start;description\n1;"a";2026-09-20;"two\nlines"\n2;b;bad;\n'.encode()
    result = parse_bytes(data, "e.csv", now=NOW)
    assert by_uid(result)["1"].description == "two\nlines"
    assert result.rejected[0].where == "e.csv: line 4"


def test_utf16_excel_unicode_text():
    data = "uid\ttitle\tstart\n1\t讲座\t2026-09-20 10:00\n".encode("utf-16")
    (ev,) = parse_bytes(data, "export.txt", now=NOW).records
    assert ev.title == "讲座" and ev.starts_at == sh(2026, 9, 20, 10)


# ---------------------------------------------------------------- JSON Lines and JSON


def test_jsonl_bad_line_does_not_stop_the_rest():
    result = parse("events.jsonl")
    records = by_uid(result)
    assert set(records) == {"jl-1", "jl-2", "jl-4", "jl-7"}
    assert records["jl-1"].starts_at == sh(2026, 9, 19, 9) and records["jl-1"].categories == ["人工智能", "亲子"]
    assert records["jl-1"].audiences == ["家庭", "青少年"] and records["jl-1"].venue == "南京科技馆"
    assert records["jl-2"].online and records["jl-2"].online_url == "https://live.kepu.example/beidou"
    assert records["jl-2"].where == "events.jsonl: line 3"
    assert records["jl-4"].all_day and records["jl-4"].status == CANCELLED
    assert records["jl-7"].title == "中文键" and records["jl-7"].venue == "上海科技馆"
    assert [r.where for r in result.rejected] == [
        "events.jsonl: line 4", "events.jsonl: line 6", "events.jsonl: line 7"]
    assert "not valid JSON" in result.rejected[0].why


def test_json_array():
    result = parse("events.json")
    records = by_uid(result)
    assert set(records) == {"js-1", "js-2"}
    assert records["js-1"].venue == "青岛海洋科普馆" and records["js-1"].ends_at == sh(2026, 9, 25)
    assert records["js-2"].venue == "厦门科技馆" and records["js-2"].address is None
    assert [(r.where, r.why) for r in result.rejected] == [
        ("events.json: item #3", "this item is not a JSON object ({...})"),
        ("events.json: item #4", "end 'yesterday' is not a date"),
    ]


def test_jsonl_first_line_bad_but_later_good():
    data = b'{oops\n{"uid": "1", "title": "t", "start": "2026-09-20"}\n'
    result = parse_bytes(data, "e.jsonl", now=NOW)
    assert [r.uid for r in result.records] == ["1"] and result.rejected[0].where == "e.jsonl: line 1"


# ---------------------------------------------------------------- not events at all


@pytest.mark.parametrize("name, data, says", [
    ("events.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "it starts with %PDF"),
    ("poster.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    ("events.xlsx", b"PK\x03\x04\x14\x00\x06\x00", "save it as CSV"),
    ("events.ics", b"", "it is empty"),
    ("events.ics", b"  \r\n\n", "it is empty"),
    ("notes.txt", "今天天气很好，我们去科技馆参观。\n".encode(), "it starts with “今天天气很好"),
    ("junk.bin", bytes(range(256)) * 4, "binary"),
    ("events.jsonl", b"{not json at all\n{neither}\n", "no line of it is valid JSON"),
    ("events.json", b'{"a": 1', "not an iCalendar, CSV or JSON Lines file"),
    ("events.csv", b"name,age\nx,3\n", "needs a header row"),
    ("latin.csv", b"\xff\xfe\x00", "not UTF-16"),
])
def test_not_a_calendar(name, data, says):
    with pytest.raises(NotACalendarError) as info:
        parse_bytes(data, name, now=NOW)
    message = str(info.value)
    assert says in message and message.startswith(name) and "\n" not in message


def test_not_a_calendar_message_is_the_documented_one():
    with pytest.raises(NotACalendarError, match=r"^events\.pdf is not an iCalendar, CSV or JSON Lines file: it starts with %PDF"):
        parse_bytes(b"%PDF-1.4", "events.pdf", now=NOW)


def test_extension_does_not_override_content():
    ics = (FIXTURES / "xwr.ics").read_bytes()
    assert len(parse_bytes(ics, "calendar.csv", now=NOW).records) == 1


def test_missing_file_raises_os_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "nope.ics", now=NOW)
    with pytest.raises(OSError):
        parse_file(tmp_path, now=NOW)  # a directory


def test_naive_now_is_taken_in_default_tz():
    result = parse("recurring.ics", now=datetime(2026, 9, 15, 12, 0), horizon_days=14)
    assert len([r for r in result.records if r.series_uid == "weekly@test"]) == 2


# ---------------------------------------------------------------- the real corpus


@pytest.mark.skipif(not CORPUS.exists(), reason="shared/eval/corpus.ics is not beside this checkout")
def test_real_corpus():
    result = parse_file(CORPUS, now=NOW)
    assert result.rejected == []
    assert len(result.records) == 159
    assert sum(r.status == CANCELLED for r in result.records) == 11
    online = [r for r in result.records if r.online]
    assert [r.uid for r in online] == ["online-beidou@dev.example"]
    assert online[0].online_url and online[0].venue is None
    assert all(r.starts_at.tzinfo is not None and r.ends_at >= r.starts_at for r in result.records)
    assert all(r.venue for r in result.records if not r.online)


# ---------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from(["x.ics", "x.csv", "x.jsonl", "x.json", "x"]))
def test_arbitrary_bytes_never_crash(data, name):
    try:
        result = parse_bytes(data, name, now=NOW)
    except NotACalendarError:
        return
    assert isinstance(result, ParseResult)


_ICS_LINES = st.sampled_from([
    "BEGIN:VEVENT", "END:VEVENT", "UID:u", "UID:v", "SUMMARY:s", "DTSTART:20260920T100000Z",
    "DTSTART;VALUE=DATE:20260920", "DTSTART:bad", "DTEND:20260919T100000Z", "DURATION:PT1H", "DURATION:-P1D",
    "RRULE:FREQ=DAILY;COUNT=3", "RRULE:FREQ=WEEKLY", "RRULE:nonsense", "EXDATE:20260921T100000Z",
    "RECURRENCE-ID:20260921T100000Z", "RDATE:20261001T100000Z", "GEO:1;2", "GEO:x", "LOCATION:线上",
    "CATEGORIES:a,b", "STATUS:CANCELLED", "BEGIN:VALARM", "END:VALARM", "END:VCALENDAR",
    "BEGIN:VTIMEZONE", "TZID:Foo", "END:VTIMEZONE", "DTSTART;TZID=Foo:20260920T100000", " folded", "junk",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ICS_LINES, max_size=40))
def test_arbitrary_calendars_never_crash(lines):
    data = ("BEGIN:VCALENDAR\r\n" + "\r\n".join(lines) + "\r\n").encode()
    result = parse_bytes(data, "fuzz.ics", now=NOW)
    for record in result.records:
        assert record.uid and record.title and record.starts_at.tzinfo is not None
        assert record.ends_at >= record.starts_at


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), min_size=0, max_size=6), max_size=8))
def test_arbitrary_csv_rows_never_crash(rows):
    body = "\n".join(",".join(cells) for cells in rows)
    data = ("uid,title,start,end,all_day,lat,categories\n" + body).encode("utf-8", "surrogatepass")
    try:
        result = parse_bytes(data, "fuzz.csv", now=NOW)
    except NotACalendarError:
        return
    assert isinstance(result, ParseResult)


def test_documented_examples_parse_cleanly():
    import re

    doc = (Path(__file__).resolve().parents[1] / "docs" / "import-formats.md").read_text(encoding="utf-8")
    examples = re.findall(r"```(csv|json)\n(.*?)```", doc, re.S)
    assert len(examples) == 3
    for n, (kind, body) in enumerate(examples):
        encoding = "gbk" if kind == "csv" else "utf-8"  # CSV as Chinese Excel saves it
        result = parse_bytes(body.encode(encoding), f"example{n}.{kind}", now=NOW)
        assert result.rejected == [] and result.records
