"""Time expressions in search queries: "这周末", "下周六上午", "9月17日到23日", "Sept 19-25", "国庆", "tonight".

Why hand-written patterns and not a library: dateparser 1.5 misreads Chinese (``9月17日`` -> 27 June 2027;
下周六, 这周末, 国庆 are not understood) and has no "this weekend"; jionlp handles Chinese but is ~70 MB,
prints a banner to stdout on import, reads 周末 as Sunday only and 元旦 as a past date late in the year.
A search query holds one time expression of a few dozen known shapes, so precompiled regexes (each tried only
when the text holds one of its key words) are small, fast (well under 1 ms a query) and predictable.

Rules a caller should know:

- Weeks run Monday-Sunday.
- 周六/星期六/Saturday alone = the coming one (today if today is Saturday).
  这周六/本周六/this Saturday = Saturday of the current week (may already be past).
  下周六/下个星期六/next Saturday = Saturday of NEXT week, the same rule in both languages
  (so on a Wednesday "next Saturday" is 10 days away, not 3). 上周六/last Saturday likewise.
- 周末/weekend = Saturday 00:00 - Monday 00:00 of the current week (on Sat/Sun: the current weekend).
- A date without a year is in the current year unless it is already over, then next year.
  Ranges infer the year so that the range is not over ("Dec 30 to Jan 2" crosses the year).
- Holidays are the official break from ``chinese_calendar`` (its listed days plus adjacent rest days,
  so 2024's 端午 is Jun 8-10, and 2025's merged 国庆+中秋 break is Oct 1-8), the next one not over yet.
  元旦假期/元旦小长假/New Year holiday are 元旦. Beyond the package's data (1.11 ends with 2026) the solar ones
  are their fixed dates plus a directly adjacent Saturday/Sunday on either side, nothing more: 元旦 = Jan 1
  (2027, a Friday: Jan 1-3; 2029, a Monday: Dec 30-Jan 1; a Thursday: Jan 1 only), 劳动节 = May 1-5,
  国庆 = Oct 1-7 (2028: Sep 30-Oct 8); the lunar ones likewise from lunar_python's calendar: 春节 = 除夕
  through 初六 (2027: Feb 5-11), 清明 = the solar term's day (2027: Apr 3-5), 端午 = 5/5 (2027: Jun 9),
  中秋 = 8/15 (2027: Sep 15).
- 小长假 = the coming (or current) three-day break (元旦, 清明, 五一, 端午, 中秋), 长假 = 国庆 or 春节, 下个假期/法定假日/
  next public holiday = any of them; 下个/next skips the one we are in.
- Other yearly periods, the coming (or current) one: 跨年/跨年夜/New Year's Eve/NYE = Dec 31 18:00 - Jan 1
  03:00 (跨年龄段, 跨年级, 跨年度 are not time); 圣诞/圣诞节/Christmas/Xmas = Dec 24-25 (Eve and Day, as
  celebrated in China; also inside a title: 'Christmas Science Show'), 平安夜/Christmas Eve = Dec 24,
  Christmas Day = Dec 25. School breaks, approximate (calendars vary by province): 寒假/winter break =
  Jan 18 - end of February, 暑假/暑期/summer break = Jul 10 - Aug 31; 开学前/before school starts = the rest
  of the break we are in (from today), or the next break.
- Seasons (meteorological, as the weather service counts them): 春天/春季 Mar-May, 夏天/夏季 Jun-Aug, 秋天/秋季
  Sep-Nov, 冬天/冬季 Dec-Feb, the current or coming one; in English only after this/next/in/during/over/for
  (the), and not before break/holidays/festival/camp/solstice ("Summer Robotics Show", "spring festival" and
  "winter camp" are not seasons); "next summer" is the one after the current or coming one; 明年夏天 pins the year.
- 年底/年末/end of the year = Dec 21-31 (the 下旬 of December), 年初/start of the year = Jan 1-10, of the
  current year (年初 of next year once over); 今年底, 明年年初, 2027年底, end of next year pin the year;
  去年底 and 每年年底 are not read. 到年底/until the end of the year = today to Dec 31.
- 今年/明年/this year/next year with a holiday or period: 明年暑假, Christmas next year = that year's;
  今年圣诞 = the coming one (so 今年元旦 said in December is the Jan 1 to come).
- A part of day (上午/morning 06-12, 下午/afternoon 12-18, 晚上/evening 18-24) narrows a single day;
  on a multi-day span (周末晚上) it is consumed but ignored.
- A clock time (晚上7点, 7pm, 19:00, 下午3点到5点) narrows a day to [that whole hour, end of day), or to the
  end time rounded up to the hour when one is given. With no day named it is today, or tomorrow when that
  hour is already past. Alone, a clock needs a part of day, am/pm or hh:mm ('3点' may be 3 points); after a
  day, a bare '3点' is read as 15:00 (hours 1-6 are afternoon), '8点' as 08:00.
- Day numbers: '20号'/'20日' alone is the next 20th only in Arabic digits and after a boundary (start, space,
  punctuation, 到/从/的…, a weekday): 天问一号, 嫦娥六号, 神舟18号, 长征5号, 3号馆 are names, not days
  (and so, unavoidably, is 合肥20号; 合肥 20号 is a day). The same holds for '20-22号'.
  With a month or 本月/下个月 before it any numeral works (本月二十号). 'the 26th'/'on the 26th' likewise,
  unless a noun follows ('the 3rd floor'). '9.26', '10.1' are month.day unless they look like a decimal or
  a version (3.14159, v2.1, 5.5G, 9.9元, 3.5 km).
- English month names count only next to a day number, after in/during/this/next, before a year, or alone
  when written out in full ("Guangzhou October"); "march" and "may" never alone ("march of robots" and
  "may" are not time), but after a part of the month ("mid-May", "end of March"). "Sun" is never read as Sunday (the Sun).
- A month or date after 今年/明年 or before "this year"/"next year" is in that year (今年十月 = October).
- Parts of a month: 上旬/early = 1-10, 中旬/月中/mid = 11-20, 下旬/late = 21-end, 月初/beginning of = the first
  7 days, 月底/月末/end of = the last 7 days, 上半月 = 1-15, 下半月 = 16-end. With no month (月底, 下旬) they are this month's, or next
  month's when over; with a month whose year was not written (9月上旬 on Sep 16) next year's when over.
- Windows from today: 这两天 = today and tomorrow, 这几天/接下来几天/未来几天/next few days = 3 days, 明后天 =
  tomorrow and the day after, 未来N天/N天内/最近N天 =
  N days, 一周内/未来一周/最近一周/within a week = 7 days (today + 6). '到周五'/till/until Friday =
  today to the end of that day (a window from today 00:00: the search drops events already over).
- 'the week after next' = 下下周; 'the weekend after next' = the second weekend to come (next week's on
  Mon-Fri; on Sat/Sun the current weekend does not count, so it is the one after next week's).
- 十一 is National Day with 假期/黄金周/长假/期间/放假/国庆 after it, or standing alone (十一 长沙); followed by a
  counter or unit (十一点, 十一岁, 十一月, 第十一届) it is the number eleven.
- The first expression in the text wins; among those starting at the same place, the longest.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Callable

__all__ = ["TimeSpan", "parse_time", "describe_span"]


@dataclass(frozen=True)
class TimeSpan:
    start: datetime  # aware, in the time zone of `now`, inclusive
    end: datetime  # aware, exclusive
    kind: str  # today, tonight, tomorrow, day_after_tomorrow, yesterday, weekday, date, range, weekend,
    #            next_weekend, last_weekend, this_week, next_week, last_week, week, holiday, month, month_part,
    #            year, year_part, school_break, season, next_days
    matched: str  # the substring of the input read as time, as written


@dataclass(frozen=True)
class _Atom:
    """One candidate reading: positions in the text plus the calendar days it covers."""

    s: int
    e: int
    kind: str
    first: date
    last: date  # inclusive
    hours: tuple[int, int] | None = None  # start hour on `first`, end hour on `last` (24: midnight after it);
    #                                       a part of day on single-day atoms, 18-03 on 跨年
    ymd: tuple[int | None, int | None, int] | None = None  # date as written (for range year/month inference)
    free: bool = False  # a month whose year was inferred, not written: 今年/this year may pin it, 下旬 may roll it
    name: str | None = None  # a named yearly period (key of _PERIODS): 明年/next year may move it to that year


# Kinds that denote one calendar day: they may take a part of day and be ends of a range.
_DAY_KINDS = frozenset({"today", "tomorrow", "day_after_tomorrow", "yesterday", "weekday", "date"})

# Full-width ASCII and the ideographic space -> ASCII, one char for one so positions stay valid.
_FULLWIDTH = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}

_CN = "一二三四五六七八九十〇零廿卅"
_CN_VAL = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = rf"(?:[0-9]{{1,2}}|[{_CN}]{{1,3}})"
_YEAR_ZH = r"(?:(?P<y>(?:19|20)[0-9]{2}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
# 月 followed by these is the Moon (登上月球, 这个月亮, 月食), not a month.
_NOT_MOON = r"(?![球亮食相面壤海饼光宫])"
# A number + 号/日 followed by these is a line, hall, building ... (9号线, 3号馆), not a day.
_NOT_DAY_SUFFIX = "线馆楼厅门口展位院站房场厂仓库车机舱台层室期届游内元件本报记"
# What may stand just before a bare '20号': start, space or punctuation, a connector, a weekday or 周末.
# Anything else (an ideograph, a letter) makes the number part of a name: 神舟18号, 长征5号, G20号.
_DAY_LEFT = re.compile(r"(?:^|[^\w]|[_到至和或从在的是及与]|(?:周|星期|礼拜)[一二三四五六日天七1-7]|周末)$")

_WEEKDAY_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_WEEKDAY_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_YEAR_EN = r"(?P<y>(?:19|20)[0-9]{2})"
_MONTH_GATE = _MONTHS_EN
_WEEK_GATE = ("周", "星期", "礼拜")

# Part-of-day words -> hours [start, end).
_PARTS = {
    "上午": (6, 12), "早上": (6, 12), "早晨": (6, 12), "清晨": (6, 12), "中午": (11, 14), "下午": (12, 18),
    "傍晚": (18, 24), "晚上": (18, 24), "晚间": (18, 24), "夜里": (18, 24), "夜间": (18, 24), "夜晚": (18, 24),
    "晚": (18, 24), "早": (6, 12), "夜": (18, 24),
    "morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 24),
    "arvo": (12, 18),  # Australian and British chat for afternoon
    # After work / after school: from when offices and schools let out to midnight.
    "下班后": (18, 24), "下班以后": (18, 24), "下了班": (18, 24), "放学后": (15, 24), "放学以后": (15, 24),
    "after work": (18, 24), "after school": (15, 24),
}
_PART_ZH = re.compile(r"\s*的?\s*(?P<p>上午|早上|早晨|清晨|中午|下午|傍晚|晚上|晚间|夜里|夜间|夜晚|下班以?后|下了班|放学以?后|晚(?![饭餐会安点些]))")
_PART_EN = re.compile(r"\s*,?\s*(?:in\s+the\s+)?(?P<p>morning|afternoon|evening|night|arvo|after\s+work|after\s+school)\b", re.I)

_CONNECT = re.compile(
    r"\s*(?P<c>到|至|~|〜|-{1,2}|–|—{1,2}|―|−|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b)\s*", re.I
)
_FROM = re.compile(r"(?:从|\bfrom\s+|(?P<between>\bbetween\s+))\s*$", re.I)
_DAY_FIRST = re.compile(
    r"(?:(?:\bfrom|(?P<between>\bbetween))\s+)?(?:the\s+)?(?<![0-9])(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?"
    r"\s*(?P<c>-|–|—|~|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*$",
    re.I,
)
_PARTIAL = re.compile(rf"(?P<d>[0-9]{{1,2}}|[{_CN}]{{1,3}})(?P<suf>\s*[日号]|st\b|nd\b|rd\b|th\b)?", re.I)
# After a bare range-end number: a month, a clock time or a unit ('25G', '3 pm', '10点') means it is not a day.
_NOT_PARTIAL_TAIL = re.compile(r"[a-z]|\s*(?:月|[:点时/]|\.[0-9]|[ap]\.?m\b)", re.I)
_WD_GAP = re.compile(r"[\s,，、]*(?:on\s+)?", re.I)
_DW_GAP = re.compile(r"\s*[,，、]?\s*(?P<paren>[(（])?\s*")
_CLOSE = re.compile(r"\s*[)）]")


def _num(s: str) -> int | None:
    """Arabic or Chinese numeral (九, 十七, 二十三, 廿一, 二〇二六) -> int."""
    s = s.strip()
    if not s:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    if s[0] in "廿卅":
        rest = s[1:]
        lo = _CN_VAL.get(rest) if rest else 0
        return None if lo is None or len(rest) > 1 else (20 if s[0] == "廿" else 30) + lo
    if "十" in s:
        hi, _, lo_s = s.partition("十")
        h = 1 if not hi else (_CN_VAL.get(hi) if len(hi) == 1 else None)
        lo = 0 if not lo_s else (_CN_VAL.get(lo_s) if len(lo_s) == 1 else None)
        return None if h is None or lo is None else h * 10 + lo
    digits = [_CN_VAL.get(c) for c in s]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _year(s: str | None) -> int | None:
    y = _num(s) if s else None
    return y if y is not None and 1900 <= y <= 2100 else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _next_date(m: int, d: int, today: date) -> date | None:
    """This year's m/d unless already over, then the next year that has it (Feb 29)."""
    for y in range(today.year, today.year + 9):
        dt = _safe_date(y, m, d)
        if dt and dt >= today:
            return dt
    return None


def _monday(today: date) -> date:
    return today - timedelta(days=today.weekday())


def _week_offset(mod: str | None) -> int | None:
    """Week offset of a modifier; None means 'the coming one' (bare weekday)."""
    if not mod:
        return None
    mod = re.sub(r"\s+", " ", mod.lower())
    if mod.startswith("下下"):
        return 2
    if mod[0] == "下" or mod == "next":
        return 1
    if mod[0] == "上" or mod == "last":
        return -1
    if mod in ("coming", "this coming"):
        return None
    return 0  # 这/这个/本/this


# ---------------------------------------------------------------- holidays

_HOLIDAY_NAMES = {
    "new_year": "New Year's Day", "spring": "Spring Festival", "qingming": "Tomb-sweeping Day",
    "labour": "Labour Day", "dragon_boat": "Dragon Boat Festival", "national": "National Day",
    "mid_autumn": "Mid-autumn Festival",
}
_HOLIDAY_LABELS = {
    "new_year": ("元旦", "New Year's Day"), "spring": ("春节", "Spring Festival"), "qingming": ("清明", "Qingming"),
    "labour": ("劳动节", "May Day"), "dragon_boat": ("端午", "Dragon Boat Festival"),
    "national": ("国庆", "National Day"), "mid_autumn": ("中秋", "Mid-Autumn Festival"),
}
# Beyond the official data: solar holidays on their fixed dates, lunar ones from the lunar calendar.
_FIXED_HOLIDAYS = {"new_year": ((1, 1), (1, 1)), "labour": ((5, 1), (5, 5)), "national": ((10, 1), (10, 7))}
_ONE_DAY = timedelta(days=1)


def _lunar_date(y: int, month: int, day: int) -> date:
    """The Gregorian date of a day of lunar year `y` (lunar_python's tables, 1900-2100)."""
    from lunar_python import Lunar

    s = Lunar.fromYmd(y, month, day).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def _solar_term(y: int, name: str) -> date:
    """The day of a solar term (清明, 冬至 …) in Gregorian year `y`."""
    from lunar_python import Solar

    s = Solar.fromYmd(y, 6, 1).getLunar().getJieQiTable()[name]
    return date(s.getYear(), s.getMonth(), s.getDay())


def _lunar_days(key: str, y: int) -> tuple[date, date]:
    """The days a lunar holiday falls on in Gregorian year `y`: 春节 = 除夕 through 初六 (the traditional
    week), 清明 = the day of the Qingming solar term, 端午 = 5/5, 中秋 = 8/15 of the lunar year."""
    if key == "spring":
        first_day = _lunar_date(y, 1, 1)
        return first_day - _ONE_DAY, first_day + 5 * _ONE_DAY
    if key == "qingming":
        day = _solar_term(y, "清明")
        return day, day
    day = _lunar_date(y, *{"dragon_boat": (5, 5), "mid_autumn": (8, 15)}[key])
    return day, day


@lru_cache(maxsize=256)  # labels ask for every holiday of a year on each answer
def _fixed_span(key: str, y: int) -> tuple[date, date]:
    """Fallback span of a holiday in year `y` beyond the official data: its days (fixed ones for the
    solar holidays, from the lunar calendar for the others) plus a directly adjacent Saturday/Sunday on
    either side (元旦 2027, a Friday -> Jan 1-3; 元旦 2029, a Monday -> Dec 30-Jan 1; a Thursday stays one
    day). Official breaks also move workdays around; that cannot be guessed, an adjacent weekend can."""
    if key in _FIXED_HOLIDAYS:
        (m1, d1), (m2, d2) = _FIXED_HOLIDAYS[key]
        first, last = date(y, m1, d1), date(y, m2, d2)
    else:
        first, last = _lunar_days(key, y)
    while (first - _ONE_DAY).weekday() >= 5:
        first -= _ONE_DAY
    while (last + _ONE_DAY).weekday() >= 5:
        last += _ONE_DAY
    return first, last


@lru_cache(maxsize=1)
def _holiday_runs() -> tuple[tuple[tuple[date, date, frozenset[str]], ...], int]:
    """Official breaks as (first, last, holiday names), plus the last year the data covers.

    The package lists holiday dates but sometimes omits the weekend inside a break (2024-06-10 端午 only),
    so listed dates joined by rest days form one break, extended over adjacent rest days.
    """
    try:
        from chinese_calendar import holidays, workdays
    except Exception:  # package missing or broken: fixed-date fallbacks only
        return (), 0

    def rest(d: date) -> bool:
        return d in holidays or (d.weekday() >= 5 and d not in workdays)

    one = timedelta(days=1)
    runs: list[list] = []
    for d in sorted(holidays):
        if runs and all(rest(runs[-1][1] + one * k) for k in range(1, (d - runs[-1][1]).days)):
            runs[-1][1] = d
            runs[-1][2].add(holidays[d])
        else:
            runs.append([d, d, {holidays[d]}])
    out = []
    for first, last, names in runs:
        while rest(first - one):
            first -= one
        while rest(last + one):
            last += one
        out.append((first, last, frozenset(names)))
    return tuple(out), max(holidays).year


def _holiday(key: str, today: date) -> tuple[date, date] | None:
    runs, last_year = _holiday_runs()
    name = _HOLIDAY_NAMES[key]
    for first, last, names in runs:
        if name in names and last >= today:
            return first, last
    for y in (today.year, today.year + 1):
        if y > last_year and (span := _fixed_span(key, y))[1] >= today:
            return span
    return None


# ---------------------------------------------------------------- rules

Handler = Callable[[re.Match, date], "_Atom | None"]
_RULES: list[tuple[re.Pattern, Handler, tuple[str, ...]]] = []


def _rule(pattern: str, flags: int = re.I, gate: tuple[str, ...] = ()) -> Callable[[Handler], Handler]:
    """Register a rule. `gate`: substrings (lower case) one of which a text must contain for the rule to be
    tried at all; a cheap `in` test that spares scanning every text with every pattern."""
    def deco(fn: Handler) -> Handler:
        _RULES.append((re.compile(pattern, flags), fn, gate))
        return fn

    return deco


def _atom(m: re.Match, kind: str, first: date, last: date | None = None, **kw) -> _Atom:
    return _Atom(m.start(), m.end(), kind, first, last or first, **kw)


_REL_DAYS = {
    "今天": 0, "今日": 0, "今儿": 0, "today": 0, "明天": 1, "明日": 1, "明儿": 1, "tomorrow": 1, "tmr": 1,
    "tmrw": 1, "后天": 2, "大后天": 3, "昨天": -1, "昨日": -1, "yesterday": -1, "后儿": 2, "后儿个": 2,
    "明儿个": 1, "今儿个": 0,
}
_REL_KIND = {0: "today", 1: "tomorrow", 2: "day_after_tomorrow", 3: "date", -1: "yesterday"}


@_rule(r"大后天|后天|明天|明日(?!之)|(?:明儿|今儿|后儿(?![童子女]))个?|今天|今日|昨天|昨日"
       r"|\b(?:today|tomorrow|tmrw?|yesterday)\b", gate=("天", "日", "儿", "today", "tomorrow", "tmr", "yesterday"))
def _rel_day(m: re.Match, today: date) -> _Atom:
    n = _REL_DAYS[m.group().lower()]
    return _atom(m, _REL_KIND[n], today + timedelta(days=n))


@_rule(r"\b(?:the\s+)?day\s+after\s+tomorrow\b", gate=("after",))
def _day_after(m: re.Match, today: date) -> _Atom:
    return _atom(m, "day_after_tomorrow", today + timedelta(days=2))


@_rule(r"(?P<d>今|明)(?P<p>晚|夜|早)(?![饭餐报点些安])|\btonight\b|\bthis\s+(?P<en>morning|afternoon|evening|arvo)\b",
       gate=("今", "明", "tonight", "this"))
def _tonight(m: re.Match, today: date) -> _Atom:
    if m.group("d"):
        hours = _PARTS[m.group("p")]
        day = today + timedelta(days=1 if m.group("d") == "明" else 0)
    else:
        hours = _PARTS[(m.group("en") or "evening").lower()]
        day = today
    if day == today:
        kind = "tonight" if hours[0] >= 18 else "today"
    else:
        kind = "tomorrow"
    return _atom(m, kind, day, hours=hours)


# Each rule in Chinese and English separately: two plain patterns, each gated, scan faster than one alternation.
@_rule(r"(?<![一二三四五六七八九十两0-9])(?P<mod>下下个?|下个?|上个?|这个?|本)?\s*(?:周|星期|礼拜)(?P<wd>[一二三四五六日天七1-7])",
       gate=_WEEK_GATE)
@_rule(r"(?:\bon\s+)?(?:\b(?P<enmod>this\s+coming|this|next|last|coming)\s+)?"
       r"\b(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat)"
       r"(?:(?<=day)s)?\b(?!\.\w)\.?", gate=_WEEKDAY_EN)
def _weekday(m: re.Match, today: date) -> _Atom:
    if m.re.groupindex.get("wd"):
        wd_s = m.group("wd")
        wd = int(wd_s) - 1 if wd_s.isdigit() else _WEEKDAY_ZH[wd_s]
        off = _week_offset(m.group("mod"))
    else:
        wd = _WEEKDAY_EN.index(m.group("en")[:3].lower())
        off = _week_offset(m.group("enmod"))
    if off is None:
        day = today + timedelta(days=(wd - today.weekday()) % 7)
    else:
        day = _monday(today) + timedelta(days=7 * off + wd)
    return _atom(m, "weekday", day)


@_rule(r"(?P<mod>下下个?|下个?|上个?|这个?|本)?\s*(?:周末|礼拜末|星期末|双休日?"
       r"|(?:周|星期|礼拜)六\s*(?:[、/和及与]\s*)?(?:(?:周|星期|礼拜)?[日天]))", gate=("周", "星期", "礼拜", "双休"))
@_rule(r"(?:\b(?:on|over|at|for)\s+)?(?:\b(?P<enmod>this\s+coming|this|next|last|coming)\s+|\bthe\s+)?\bweekend\b",
       gate=("weekend",))
def _weekend(m: re.Match, today: date) -> _Atom:
    g = m.groupdict()
    off = _week_offset(g.get("mod") or g.get("enmod")) or 0
    sat = _monday(today) + timedelta(days=7 * off + 5)
    kind = {0: "weekend", 1: "next_weekend", -1: "last_weekend"}.get(off, "weekend")
    return _atom(m, kind, sat, sat + timedelta(days=1))


@_rule(r"(?P<mod>下下个?|下个?|下一|上个?|上一|这个?|这一|本)\s*(?:周|星期|礼拜)(?![一二三四五六日天七末年1-7])"
       r"|\b(?P<enmod>this|next|last|coming)\s+week\b", gate=("周", "星期", "礼拜", "week"))
def _week(m: re.Match, today: date) -> _Atom:
    off = _week_offset(m.group("mod") or m.group("enmod")) or 0
    mon = _monday(today) + timedelta(days=7 * off)
    kind = {0: "this_week", 1: "next_week", -1: "last_week"}.get(off, "week")
    return _atom(m, kind, mon, mon + timedelta(days=6))


def _add_months(first: date, n: int) -> date:
    """The 1st of the month n months after the month of `first` (cheaper than relativedelta)."""
    y, mo = divmod(first.year * 12 + first.month - 1 + n, 12)
    return date(y, mo + 1, 1)


def _month_last(first: date) -> date:
    return date(first.year, first.month, monthrange(first.year, first.month)[1])


def _month_atom(m: re.Match, y: int, mo: int, free: bool = False) -> _Atom:
    first = date(y, mo, 1)
    return _atom(m, "month", first, _month_last(first), free=free)


@_rule(rf"(?P<mod>本|这个?|当|下下个?|下个?|上个?)月{_NOT_MOON}(?!份?\s*[0-9{_CN}])|\b(?P<enmod>this|next|last)\s+month\b",
       gate=("月", "month"))
def _rel_month(m: re.Match, today: date) -> _Atom:
    mod = (m.group("mod") or m.group("enmod")).lower()
    off = 2 if mod.startswith("下下") else 1 if mod[0] == "下" or mod == "next" else -1 if mod[0] == "上" or mod == "last" else 0
    first = _add_months(today.replace(day=1), off)
    return _month_atom(m, first.year, first.month)


@_rule(rf"(?<![0-9{_CN}]){_YEAR_ZH}(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月{_NOT_MOON}(?:份)?", gate=("月",))
def _month_zh(m: re.Match, today: date) -> _Atom | None:
    mo = _num(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    y = _year(m.group("y")) if m.group("y") else (today.year if mo >= today.month else today.year + 1)
    return None if y is None else _month_atom(m, y, mo, free=not m.group("y"))


@_rule(rf"\b(?:in|during|for|this|next|throughout)\s+(?:the\s+month\s+of\s+)?\b{_MON}\b\.?(?:\s+{_YEAR_EN}\b)?"
       r"(?!\s*(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\b(?!\s*[0-9]))"
       rf"|\b(?P<mon2>january|february|march|april|may|june|july|august|september|october|november|december"
       rf"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?,?\s+(?P<y2>(?:19|20)[0-9]{{2}})\b"
       # May and March after a part of the month ("mid-May", "end of March"): the part makes them months.
       r"|(?:(?<=\bmid-)|(?<=\bmid )|(?<=\bearly )|(?<=\blate )|(?<=\bend of )|(?<=\bstart of )"
       r"|(?<=\bbeginning of ))(?P<mon3>may|march)\b(?!\s*[0-9])",
       gate=_MONTH_GATE)
def _month_en(m: re.Match, today: date) -> _Atom:
    mo = _MONTHS_EN.index((m.group("mon") or m.group("mon2") or m.group("mon3"))[:3].lower()) + 1
    ys = m.group("y") or m.group("y2")
    y = int(ys) if ys else (today.year if mo >= today.month else today.year + 1)
    return _month_atom(m, y, mo, free=not ys)


@_rule(r"今年|明年|\b(?P<en>this|next)\s+year\b", gate=("年", "year"))
def _year_rule(m: re.Match, today: date) -> _Atom:
    y = today.year + (1 if m.group() == "明年" or (m.group("en") or "").lower() == "next" else 0)
    return _atom(m, "year", date(y, 1, 1), date(y, 12, 31))


_EN_NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "few": 3, "couple": 2}
_EN_N = r"[0-9]{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|fourteen"
_ZH_N = rf"[0-9]{{1,2}}|[{_CN}两]{{1,3}}"
_ZH_UNIT = "天|日|周|星期|礼拜"


@_rule(rf"(?:未来|接下来|(?<!附)最?近)\s*(?P<n>{_ZH_N})\s*个?\s*(?P<u>{_ZH_UNIT})(?:之?内)?"
       rf"|(?<![0-9{_CN}两第])(?P<n2>{_ZH_N})\s*个?\s*(?P<u2>{_ZH_UNIT})\s*之?内"
       r"|(?:这|接下来的?这?|未来的?)(?P<fz>两|几)天|(?<!附)最?近(?P<fz2>几)天",
       gate=("天", "日", "周", "星期", "礼拜"))
@_rule(rf"\b(?:(?:in|over|within)\s+)?(?:the\s+)?(?:next|coming)\s+(?P<en>{_EN_N}|few|couple)(?:\s+of)?\s+(?P<eu>days?|weeks?)\b"
       rf"|\bwithin\s+(?:the\s+next\s+)?(?P<en2>{_EN_N})\s+(?P<eu2>days?|weeks?)\b"
       r"|\b(?:(?:in|over)\s+)?(?:the\s+)?coming\s+(?P<cd>days)\b",
       gate=("day", "week"))
def _next_days(m: re.Match, today: date) -> _Atom | None:
    """'未来3天', '一周内', '这两天' (today and tomorrow), '这几天' (3 days), 'within a week', 'next few days'.

    N days are today and the N-1 days after it; a week is 7 days from today, not a calendar week.
    """
    g = dict.fromkeys(("fz", "fz2", "cd", "n", "n2"), None) | m.groupdict()
    fz = g["fz"] or g["fz2"]
    if fz or g["cd"]:
        n, unit = (2 if fz == "两" else 3), 1
    elif g["n"] or g["n2"]:
        n = _num(g["n"] or g["n2"])
        unit = 1 if (g["u"] or g["u2"]) in ("天", "日") else 7
    else:
        w = (g["en"] or g["en2"]).lower()
        n = _EN_NUMS.get(w) or _num(w)
        unit = 7 if (g["eu"] or g["eu2"]).lower().startswith("week") else 1
    if not n or n * unit > 62:
        return None
    return _atom(m, "next_days", today, today + timedelta(days=n * unit - 1))


@_rule(r"\b(?:(?:in|over|within|during)\s+)?(?:the\s+|a\s+)?(?:next|coming|this)\s+fortnight\b|\bwithin\s+a\s+fortnight\b",
       gate=("fortnight",))
def _fortnight(m: re.Match, today: date) -> _Atom:
    """'the next fortnight', 'within a fortnight' (British English): two weeks from today, like 'next two weeks'."""
    return _atom(m, "next_days", today, today + timedelta(days=13))


@_rule(rf"(?<![0-9{_CN}两第])(?P<n>{_ZH_N})\s*个?\s*(?P<u>{_ZH_UNIT})\s*[以之]?后(?![天来])",
       gate=("后",))
@_rule(rf"\bin\s+(?P<en>{_EN_N})\s+(?P<eu>days?|weeks?)(?:['’]?\s*time)?\b"
       rf"|\b(?P<en2>{_EN_N})\s+(?P<eu2>days?|weeks?)\s+from\s+(?:now|today)\b", gate=("in", "from"))
def _days_on(m: re.Match, today: date) -> _Atom | None:
    """'三天后', '两周后', 'in two weeks', 'a week from now': that one day (N days or N×7 days on)."""
    g = dict.fromkeys(("n", "u", "en", "eu", "en2", "eu2"), None) | m.groupdict()
    if g["n"]:
        n, unit = _num(g["n"]), 1 if g["u"] in ("天", "日") else 7
    else:
        w = (g["en"] or g["en2"]).lower()
        n = _EN_NUMS.get(w) or _num(w)
        unit = 7 if (g["eu"] or g["eu2"]).lower().startswith("week") else 1
    if not n or n * unit > 62:
        return None
    day = today + timedelta(days=n * unit)
    return _atom(m, "date", day)


_WEEKDAY_PARTS = {"晚上": (18, 24), "晚间": (18, 24), "白天": (6, 18), "上午": (6, 12), "下午": (12, 18),
                  "evening": (18, 24), "evenings": (18, 24), "night": (18, 24), "nights": (18, 24),
                  "afternoon": (12, 18), "afternoons": (12, 18), "morning": (6, 12), "mornings": (6, 12)}


@_rule(r"(?P<w>这周|本周|这个?星期|这礼拜|下周|下个?星期|下个?礼拜)?\s*的?\s*(?:工作日|周一到周五|周一至周五)"
       r"(?:\s*的?\s*(?P<p>晚上|晚间|白天|上午|下午))?", gate=("工作日", "周一"))
@_rule(r"\b(?:(?P<we>this|next)\s+week(?:['’]s)?\s+)?(?:week\s*days?|week-days?)"
       r"(?:\s+(?P<pe>evenings?|nights?|afternoons?|mornings?))?(?:\s+(?P<we2>this|next)\s+week)?\b",
       gate=("weekday", "week day", "week-day"))
def _working_days(m: re.Match, today: date) -> _Atom | None:
    """工作日/weekdays: Monday-Friday of this week (of next week once this week's are over, or when
    下周/next week is said); 工作日晚上/weekday evenings: from Monday 18:00 to Friday's midnight, one window."""
    g, first, last = _working_week(m, today)
    return _atom(m, "range", first, last, hours=_WEEKDAY_PARTS.get((g["p"] or g["pe"] or "").lower()))


def _working_week(m: re.Match, today: date) -> tuple[dict, date, date]:
    """The match's groups, and Monday-Friday of the week it names (this week's rest; next week's when
    下周/next week is said or this week's are over)."""
    g = dict.fromkeys(("w", "p", "we", "pe", "we2"), None) | m.groupdict()
    week = (g["w"] or g["we"] or g["we2"] or "").lower()
    monday = today - timedelta(days=today.weekday())
    if week.startswith(("下", "next")) or today.weekday() >= 5:
        monday += timedelta(days=7)
    return g, max(monday, today), monday + timedelta(days=4)


@_rule(r"(?P<w>这周|本周|这个?星期|这礼拜|下周|下个?星期|下个?礼拜)?\s*的?\s*(?P<p>下班以?后|下了班)",
       gate=("下班", "下了班"))
@_rule(r"\b(?:(?P<we>this|next)\s+week(?:['’]s)?\s+)?(?P<pe>after\s+work)(?:\s+(?P<we2>this|next)\s+week)?\b",
       gate=("after",))
def _after_work(m: re.Match, today: date) -> _Atom | None:
    """下班后/after work with no day named: the working days' evenings of this week, one window like
    工作日晚上; 明天下班后 is tomorrow evening (a part of day). 放学后/after school only follows a day: alone it
    is more often a title's word (放学后儿童科学课, "after school robotics club") than a time."""
    g, first, last = _working_week(m, today)
    part = re.sub(r"\s+", " ", g["p"] or g["pe"]).lower()
    return _atom(m, "range", first, last, hours=_PARTS[part])


@_rule(r"明后两?天", gate=("明后",))
def _tomorrow_and_after(m: re.Match, today: date) -> _Atom:
    """明后天: tomorrow and the day after (not 后天 alone, which it holds)."""
    return _atom(m, "range", today + timedelta(days=1), today + timedelta(days=2))


def _date_atom(m: re.Match, today: date, y: int | None, mo: int | None, d: int | None) -> _Atom | None:
    if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    dt = _safe_date(y, mo, d) if y else _next_date(mo, d, today)
    return None if dt is None else _atom(m, "date", dt, ymd=(y, mo, d))


@_rule(rf"(?<![0-9{_CN}]){_YEAR_ZH}(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})(?:\s*[日号]|(?![0-9{_CN}]))", gate=("月",))
def _date_zh(m: re.Match, today: date) -> _Atom | None:
    y = _year(m.group("y")) if m.group("y") else None
    if m.group("y") and y is None:
        return None
    return _date_atom(m, today, y, _num(m.group("m")), _num(m.group("d")))


@_rule(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])"
       r"|(?<![0-9/.\-])(?P<m2>[0-9]{1,2})/(?P<d2>[0-9]{1,2})(?:/(?P<y2>(?:19|20)?[0-9]{2}))?(?![0-9/])",
       gate=("/", "-", "."))
def _date_numeric(m: re.Match, today: date) -> _Atom | None:
    if m.group("y"):
        return _date_atom(m, today, int(m.group("y")), int(m.group("m")), int(m.group("d")))
    y2 = m.group("y2")
    y = (int(y2) + 2000 if len(y2) == 2 else int(y2)) if y2 else None
    return _date_atom(m, today, y, int(m.group("m2")), int(m.group("d2")))


def _month_en_index(m: re.Match) -> int:
    return _MONTHS_EN.index(m.group("mon")[:3].lower()) + 1


@_rule(rf"(?:\bon\s+)?\b{_MON}\b\.?\s*(?:the\s+)?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[0-9:])"
       rf"(?:,?\s*{_YEAR_EN}\b)?", gate=_MONTH_GATE)
def _date_en_md(m: re.Match, today: date) -> _Atom | None:
    return _date_atom(m, today, int(m.group("y")) if m.group("y") else None, _month_en_index(m), int(m.group("d")))


@_rule(rf"(?:\bon\s+)?(?:\bthe\s+)?(?<![0-9])\b(?P<d>[0-9]{{1,2}})(?P<ord>st|nd|rd|th)?\s*(?:of\s+)?\b{_MON}\b\.?"
       rf"(?:,?\s*{_YEAR_EN}\b)?", gate=_MONTH_GATE)
def _date_en_dm(m: re.Match, today: date) -> _Atom | None:
    # "10 may" / "3 march" are too often not dates: require the ordinal or a capital for these two.
    if m.group("mon").lower() in ("may", "march") and not (m.group("ord") or m.group("mon")[0].isupper()):
        return None
    return _date_atom(m, today, int(m.group("y")) if m.group("y") else None, _month_en_index(m), int(m.group("d")))


@_rule(rf"(?:(?P<rel>本月|这个?月|当月|下个?月)\s*)?(?<![0-9{_CN}第./\-])(?P<d>[0-9]{{1,2}}|[{_CN}]{{1,3}})\s*(?P<suf>号|日)"
       rf"(?![{_NOT_DAY_SUFFIX}])", gate=("号", "日"))
def _day_only(m: re.Match, today: date) -> _Atom | None:
    """'20号' (the next 20th), '本月20号', '下个月3号'.

    Without 本月/下个月 before it, 'N号' is a day only in Arabic digits and only after a boundary (start, space,
    punctuation, a connector such as 到/从/的, a weekday): glued to an ideograph it ends a name (神舟18号,
    长征5号), and in Chinese numerals it nearly always does (天问一号, 嫦娥六号, 一日游).
    """
    d = _num(m.group("d"))
    if d is None or not 1 <= d <= 31:
        return None
    rel = m.group("rel")
    if not rel and (not m.group("d").isdigit() or not _DAY_LEFT.search(m.string, max(0, m.start() - 3), m.start())):
        return None
    if rel:
        first = _add_months(today.replace(day=1), 1 if rel[0] == "下" else 0)
        dt = _safe_date(first.year, first.month, d)
        return None if dt is None else _atom(m, "date", dt, ymd=(first.year, first.month, d))
    dt = _day_on_or_after(today, d)  # this month if not over, else the next month that has that day
    return None if dt is None else _atom(m, "date", dt, ymd=(None, None, d))



@_rule(rf"(?<![0-9{_CN}第./\-])(?P<d1>[0-9]{{1,2}})\s*(?:-|–|~|〜|到|至)\s*(?P<d2>[0-9]{{1,2}})\s*[号日](?![{_NOT_DAY_SUFFIX}])",
       gate=("号", "日"))
def _day_range(m: re.Match, today: date) -> _Atom | None:
    """'20-22号', '28到2号': days of this month (the end may be in the next), with the boundary rule of '20号'."""
    if not _DAY_LEFT.search(m.string, max(0, m.start() - 3), m.start()):
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    first = _day_on_or_after(today, d1) if 1 <= d1 <= 31 and 1 <= d2 <= 31 else None
    last = _day_on_or_after(first, d2) if first else None
    return None if last is None else _atom(m, "range", first, last)


# After 'M.D', a unit means a decimal number: 3.5万, 9.9元, 5.5 km, 2.5%.
_DOT_UNIT = re.compile(
    r"[元块角米斤克吨倍亿万千百级度寸尺岁折层楼亩升码秒分个次年]|小时|公里|公斤|\s*(?:[%‰°℃]|(?:km|kg|cm|mm|m|g|gb|mb|tb"
    r"|kb|ghz|mhz|hz|kw|w|v|t|k|x|h|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?|yrs?|times"
    r"|percent|million|billion|points?|pts|stars?|miles?|meters?|metres?|kilometers?|kilometres?|degrees?|inch(?:es)?"
    r"|feet|ft|lbs?|pounds?|dollars?|yuan|rmb|usd)\b)", re.I)
# Before it, a version or a currency: v2.1, 版本3.2, ¥9.9.
_DOT_BEFORE = re.compile(r"(?:\b(?:v|ver|version|release|python|java|ios|android|linux|ubuntu|windows|macos|no)|版本?"
                         r"|[¥$￥€£#№])\.?\s*$", re.I)


@_rule(r"(?<![0-9a-z.])(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12][0-9]|0?[1-9])(?!\.?[0-9])(?![a-z])", gate=(".",))
def _date_dot(m: re.Match, today: date) -> _Atom | None:
    """'9.26', '10.1': month.day without a year (a sentence-final dot is fine; '3.14159', '1.2.3' are not dates)."""
    if _DOT_UNIT.match(m.string, m.end()) or _DOT_BEFORE.search(m.string, 0, m.start()):
        return None
    return _date_atom(m, today, None, int(m.group("m")), int(m.group("d")))


_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)


@_rule(r"\b(?P<mon>january|february|april|june|july|august|september|october|november|december)\b",
       gate=("jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
def _month_bare(m: re.Match, today: date) -> _Atom | None:
    """'Guangzhou October': a full month name alone is the next such month (never May or March, see above)."""
    if _LAST_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # 'last October' is past: better nothing than the next one
    mo = _MONTHS_EN.index(m.group("mon")[:3].lower()) + 1
    return _month_atom(m, today.year if mo >= today.month else today.year + 1, mo, free=True)


# Words that may follow 'the 26th' when it is a day: 'the 3rd floor', 'the 20th anniversary' are ordinals.
_ORD_NEXT_OK = frozenset("in at on near around for from to till until through thru and or with this next please".split())
_WORD_AFTER = re.compile(r"\s*([a-z]+)", re.I)


@_rule(r"(?:\bon\s+)?\bthe\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)\b", gate=("the",))
def _ordinal_day(m: re.Match, today: date) -> _Atom | None:
    """'on the 26th', 'the 26th': the next 26th, read like '26号'."""
    w = _WORD_AFTER.match(m.string, m.end())
    if w and w.group(1).lower() not in _ORD_NEXT_OK:
        return None
    d = int(m.group("d"))
    dt = _day_on_or_after(today, d) if 1 <= d <= 31 else None
    return None if dt is None else _atom(m, "date", dt, ymd=(None, None, d))


# Parts of a month: 上旬/early 1-10, 中旬/mid 11-20, 下旬/late 21-end; 月初/beginning of: the first 7 days,
# 月底/月末/end of: the last 7 days.
_MONTH_PARTS = {"上旬": (1, 10), "early": (1, 10), "中旬": (11, 20), "mid": (11, 20), "下旬": (21, 31), "late": (21, 31),
                "初": (1, 7), "beginning": (1, 7), "start": (1, 7), "底": (-7, 31), "末": (-7, 31), "end": (-7, 31),
                "中": (11, 20), "上半月": (1, 15), "下半月": (16, 31)}
# 月中 is mid-month unless 中 starts a word: 9月中国科技馆, 月中秋.
_MID = r"中(?![\u3400-\u9fff])"
# 月初 before these is not "early in the month": 初中 (middle school), 初一 (lunar 1st), 初心.
_NOT_EARLY = "中一二三四五六七八九十级心"


def _part_of_month(first: date, key: str) -> tuple[date, date]:
    last = _month_last(first)
    a, b = _MONTH_PARTS[key]
    lo = last - timedelta(days=-a - 1) if a < 0 else first.replace(day=a)
    return lo, first.replace(day=min(b, last.day))


@_rule(rf"月(?P<w>底|末|初(?![{_NOT_EARLY}])|{_MID})|(?P<x>[上中下]旬|[上下]半月)", gate=("月", "旬"))
@_rule(r"\b(?:the\s+)?(?P<en>end|beginning|start)\s+of\s+(?:the\s+)?month\b", gate=("month",))
def _month_part_bare(m: re.Match, today: date) -> _Atom:
    """'月底', '下旬', 'end of the month' with no month named: this month's, or next month's if already over."""
    g = m.groupdict()
    key = g.get("w") or g.get("x") or g["en"].lower()
    this = today.replace(day=1)
    first, last = _part_of_month(this, key)
    if last < today:
        first, last = _part_of_month(_add_months(this, 1), key)
    return _atom(m, "month_part", first, last)


_AFTER_NEXT_LEAD = re.compile(r"(?:\b(?:on|over|at|for)\s+)?(?:\bthe\s+)?$", re.I)


@_rule(r"\b(?P<w>weekend|week)\s+after\s+next\b", gate=("after",))
def _after_next(m: re.Match, today: date) -> _Atom:
    """'the week after next' = 下下周. 'the weekend after next' = the second weekend to come: next week's on
    Monday-Friday, the one after next week's on a Saturday or Sunday (the current weekend does not count)."""
    s = _AFTER_NEXT_LEAD.search(m.string, max(0, m.start() - 12), m.start()).start()
    if m.group("w").lower() == "week":
        mon = _monday(today) + timedelta(days=14)
        return _Atom(s, m.end(), "week", mon, mon + timedelta(days=6))
    off = 1 if today.weekday() < 5 else 2
    sat = _monday(today) + timedelta(days=7 * off + 5)
    return _Atom(s, m.end(), "next_weekend" if off == 1 else "weekend", sat, sat + timedelta(days=1))


_HOLIDAY_RULES: list[tuple[str, str]] = [
    ("national", r"国庆(?:节|假期|长假|黄金周|期间)?|(?<![0-9一二三四五六七八九十])十一\s*(?:国庆(?:节|假期|长假|黄金周|期间)?"
                 r"|黄金周|假期|长假|小长假|期间|放假)|(?<!五一)黄金周"
                 # Bare 十一 in a search is the holiday (十一 长沙, 长沙十一去哪), unless a counter or unit
                 # makes it the number: 十一点, 十一岁, 第十一届, 十一号线, 十一月.
                 r"|(?<![0-9一二三四五六七八九十百第])十一(?![0-9一二三四五六七八九十点岁个号日月年位名次届人天元楼层路街条只件分秒米里斤克期中小大道])"
                 r"|\b(?:national\s+day|golden\s+week)\b(?:\s+(?:holidays?|break)\b)?"),
    ("new_year", r"元旦(?:节|小?长假|假期|期间|放假)?"
                 r"|\bnew\s+year(?!['’]?s?\s+eve)(?:['’]?s)?(?:\s+day)?(?:\s+(?:holidays?|break))?\b"),
    ("labour", r"劳动节|(?<![0-9一二三四五六七八九十])五一(?!广场|大道|路|街|村|中学|小学)"
               r"(?:国际劳动节|劳动节|假期|长假|小长假|黄金周)?|\b(?:may\s+day|labou?r\s+day)\b"),
    ("spring", r"春节(?:假期|期间|长假)?|过年|农历新年|\b(?:spring\s+festival|chinese\s+new\s+year|lunar\s+new\s+year)\b"),
    ("qingming", r"清明(?!上河)(?:节|假期|小长假)?|\b(?:qingming|ching\s*ming|tomb[-\s]sweeping)(?:\s+(?:day|festival))?\b"),
    ("dragon_boat", r"端午(?:节|假期)?|\b(?:dragon\s+boat(?:\s+festival)?|duanwu(?:\s+festival)?)\b"),
    ("mid_autumn", r"中秋(?:节|假期)?|\b(?:mid[-\s]?autumn|moon|mooncake)\s+festival\b|\bmid[-\s]?autumn\b"),
]


def _make_holiday_rule(key: str) -> Handler:
    def handler(m: re.Match, today: date) -> _Atom | None:
        found = _holiday(key, today)
        if found is None:  # known holiday, unknown dates: block shorter readings inside ("New Year" in CNY)
            return _atom(m, "blocked", today)
        return _atom(m, "holiday", found[0], found[1], name=key)

    return handler


_HOLIDAY_GATES = {
    "national": ("国庆", "十一", "黄金周", "national", "golden"), "new_year": ("元旦", "new"),
    "labour": ("劳动节", "五一", "may", "labo"), "spring": ("春节", "过年", "农历新年", "spring", "chinese", "lunar"),
    "qingming": ("清明", "qingming", "ching", "tomb"), "dragon_boat": ("端午", "dragon", "duanwu"),
    "mid_autumn": ("中秋", "festival", "mid"),
}

for _key, _pattern in _HOLIDAY_RULES:
    _rule(_pattern, gate=_HOLIDAY_GATES[_key])(_make_holiday_rule(_key))

_LONG_BREAKS = ("national", "spring")


# 小长假 (a three-day break: 元旦, 清明, 五一, 端午, 中秋), 长假/黄金周 (国庆, 春节), 下个假期/next public holiday (any):
# the one we are in or the coming one; 下个/下一个/next: the one after the current.
@_rule(r"(?P<nx>下一?个|下次)?(?:这个|这次)?(?P<w>小长假|长假|(?<=[个次])假期|法定(?:节)?假日|节假日)",
       gate=("假",))
@_rule(r"\b(?P<nx>next)\s+(?:public|national|bank)\s+holiday\b", gate=("holiday",))
def _any_holiday(m: re.Match, today: date) -> _Atom | None:
    g = m.groupdict()
    w = g.get("w") or ""
    keys = [k for k in _HOLIDAY_NAMES
            if (k in _LONG_BREAKS) == (w == "长假") or w not in ("小长假", "长假")]
    best: tuple[date, date, str] | None = None
    for key in keys:
        found = _holiday(key, today)
        if found and g.get("nx") and found[0] <= today:  # in it now: the next one is another
            found = _holiday(key, found[1] + timedelta(days=1))
        if found and (best is None or found[0] < best[0]):
            best = (found[0], found[1], key)
    return _atom(m, "holiday", best[0], best[1], name=best[2]) if best else None


# Yearly periods that are not official breaks: kind, first and last (month, day), hours (start on the first
# day, end on the last). A last day before the first is in the next year; a day past a month's end is its last
# day (2/31 = the end of February). School breaks are approximations: calendars vary by province and year.
_YEARLY: dict[str, tuple[str, tuple[int, int], tuple[int, int], tuple[int, int] | None]] = {
    "nye": ("holiday", (12, 31), (1, 1), (18, 3)),
    "christmas": ("holiday", (12, 24), (12, 25), None),
    "christmas_eve": ("holiday", (12, 24), (12, 24), None),
    "christmas_day": ("holiday", (12, 25), (12, 25), None),
    "winter_break": ("school_break", (1, 18), (2, 31), None),
    "summer_break": ("school_break", (7, 10), (8, 31), None),
    # Seasons as the Chinese weather service counts them (meteorological): 春 Mar-May, 夏 Jun-Aug, 秋 Sep-Nov,
    # 冬 Dec-Feb.
    "spring_season": ("season", (3, 1), (5, 31), None),
    "summer_season": ("season", (6, 1), (8, 31), None),
    "autumn_season": ("season", (9, 1), (11, 30), None),
    "winter_season": ("season", (12, 1), (2, 31), None),
}
_PERIOD_LABELS = {
    "nye": ("跨年夜", "New Year's Eve"), "christmas": ("圣诞节", "Christmas"), "christmas_eve": ("平安夜", "Christmas Eve"),
    "christmas_day": ("圣诞节", "Christmas Day"), "winter_break": ("寒假", "winter break"),
    "summer_break": ("暑假", "summer break"), "year_end": ("年底", "end of the year"),
    "year_start": ("年初", "start of the year"),
    "spring_season": ("春季", "spring"), "summer_season": ("夏季", "summer"), "autumn_season": ("秋季", "autumn"),
    "winter_season": ("冬季", "winter"),
}


def _yearly(key: str, today: date) -> tuple[date, date]:
    """The occurrence of a yearly period starting this year, or next year's when this year's is over.
    跨年 (Dec 31 - Jan 1) is thus always this year's Dec 31, also on Jan 1 (last night's is over by morning)."""
    _, (m1, d1), (m2, d2), _ = _YEARLY[key]
    for y in (today.year, today.year + 1):
        y2 = y + ((m2, d2) < (m1, d1))
        first, last = date(y, m1, d1), date(y2, m2, min(d2, monthrange(y2, m2)[1]))
        if last >= today:
            break
    return first, last


# Named yearly periods by key -> their next occurrence not over by a date (Jan 1 of a year: that year's).
_PERIODS: dict[str, Callable[[date], tuple[date, date] | None]] = {
    **{k: (lambda today, k=k: _yearly(k, today)) for k in _YEARLY},
    **{k: (lambda today, k=k: _holiday(k, today)) for k in _HOLIDAY_NAMES},
}


def _named(m: re.Match, key: str, today: date) -> _Atom:
    kind, _, _, hours = _YEARLY[key]
    first, last = _yearly(key, today)
    return _atom(m, kind, first, last, hours=hours, name=key)


@_rule(r"除夕(?:夜|之夜)?|大年三十(?:晚上)?", gate=("除夕", "大年三十"))
def _chuxi(m: re.Match, today: date) -> _Atom | None:
    """除夕/大年三十: the lunar New Year's Eve, the coming one (the day before 春节's first day)."""
    for y in (today.year, today.year + 1):
        eve = _lunar_days("spring", y)[0]
        if eve >= today:
            return _atom(m, "day", eve)
    return None


_LUNAR_DAYS = {"yuanxiao": (1, 15), "qixi": (7, 7), "chongyang": (9, 9), "laba": (12, 8)}
_SOLAR_TERMS = {"winter_solstice": "冬至", "summer_solstice": "夏至", "lichun": "立春"}


@lru_cache(maxsize=256)
def _next_lunar_day(key: str, today: date) -> date | None:
    for y in (today.year - 1, today.year, today.year + 1):
        day = _lunar_date(y, *_LUNAR_DAYS[key]) if key in _LUNAR_DAYS else _solar_term(y, _SOLAR_TERMS[key])
        if day >= today:
            return day
    return None


@_rule(r"(?P<yuanxiao>元宵节?|正月十五)|(?P<qixi>七夕节?)|(?P<chongyang>重阳节?|重九)|(?P<laba>腊八节?)"
       r"|(?P<winter_solstice>冬至)|(?P<summer_solstice>夏至)|(?P<lichun>立春)",
       gate=("元宵", "正月", "七夕", "重阳", "重九", "腊八", "冬至", "夏至", "立春"))
@_rule(r"\b(?:the\s+)?(?:(?P<yuanxiao>lantern\s+festival)|(?P<qixi>qixi(?:\s+festival)?)"
       r"|(?P<chongyang>double\s+ninth(?:\s+festival)?)|(?P<winter_solstice>winter\s+solstice)"
       r"|(?P<summer_solstice>summer\s+solstice))\b", gate=("lantern", "qixi", "double", "solstice"))
def _lunar_festival(m: re.Match, today: date) -> _Atom | None:
    """元宵节 (lunar 1/15), 七夕 (7/7), 重阳 (9/9), 腊八 (12/8); 冬至, 夏至, 立春 (solar terms): the coming day."""
    key = next(k for k, v in m.groupdict().items() if v)
    day = _next_lunar_day(key, today)
    return _atom(m, "date", day) if day else None


# Observances that science events gather around, on fixed dates: the coming one.
_OBSERVANCES = {
    (6, 8): r"世界海洋日|world\s+oceans?\s+day", (4, 22): r"世界地球日|earth\s+day",
    (6, 5): r"世界环境日|world\s+environment\s+day", (3, 22): r"世界水日|world\s+water\s+day",
    (3, 23): r"世界气象日|world\s+meteorological\s+day", (3, 12): r"植树节|arbor\s+day",
    (5, 18): r"国际博物馆日|international\s+museum\s+day", (5, 12): r"防灾减灾日",
    (4, 24): r"中国航天日|航天日|space\s+day", (4, 23): r"世界读书日|world\s+book\s+day",
    (5, 22): r"国际生物多样性日|biodiversity\s+day", (2, 2): r"世界湿地日|world\s+wetlands\s+day",
    (6, 1): r"六一儿童节|儿童节|六一节|children['’]?s\s+day", (9, 10): r"教师节|teachers['’]?\s+day",
    (6, 6): r"全国爱眼日|爱眼日",
}
_OBSERVANCE_RX = {md: re.compile(rf"(?:{rx})", re.I) for md, rx in _OBSERVANCES.items()}


@_rule("|".join(f"(?:{rx})" for rx in _OBSERVANCES.values()),
       gate=("日", "节", "day"))
def _observance(m: re.Match, today: date) -> _Atom | None:
    """世界海洋日/World Oceans Day (June 8), 世界地球日 (April 22), 儿童节 (June 1) …: the coming one."""
    for (mo, d), rx in _OBSERVANCE_RX.items():
        if rx.fullmatch(m.group(0)):
            day = date(today.year, mo, d)
            return _atom(m, "date", day if day >= today else date(today.year + 1, mo, d))
    return None


# 全国科普日 is held on the third public holiday of September (a Saturday; the national events gather that
# week). Another time in the same query wins over it: 科普日这周末 is this weekend (see _parse).
@_rule(r"(?:全国)?科普日(?:当天|那天)?|(?<![a-z] )(?<![a-z])(?:(?:china['’]?s\s+)?national\s+)?science\s+"
       r"(?:populari[sz]ation\s+)?day\b", gate=("科普日", "science"))
def _science_day(m: re.Match, today: date) -> _Atom:
    """全国科普日 / National Science Popularization Day: the third Saturday of September, the coming one."""
    day = _third_saturday_of_september(today.year)
    if day < today:
        day = _third_saturday_of_september(today.year + 1)
    return replace(_atom(m, "date", day), name="science_day")


def _third_saturday_of_september(year: int) -> date:
    first = date(year, 9, 1)
    return first + timedelta(days=(5 - first.weekday()) % 7 + 14)


# 跨年龄段/跨年级/跨年度 (across age groups, grades, fiscal years) are not New Year's Eve.
@_rule(r"跨年(?![龄级度份代段限])(?:之?夜)?", gate=("跨年",))
@_rule(r"(?:\bon\s+)?\bnew\s+year['’]?s?\s+eve\b", gate=("new year",))
@_rule(r"(?:\b[Oo]n\s+)?\bNYE\b", flags=0, gate=("nye",))  # upper case only: Bill Nye is a science guy
def _nye(m: re.Match, today: date) -> _Atom:
    """跨年/New Year's Eve/NYE: the coming Dec 31, 18:00 - Jan 1, 03:00."""
    return _named(m, "nye", today)


# 圣诞老人 is Santa Claus, not a date (read, it would leave 老人, 'the elderly', in the remainder).
@_rule(r"(?P<eve>平安夜|圣诞节?前?夜)|圣诞(?!老人|老爷爷)节?(?:期间|假期)?", gate=("圣诞", "平安夜"))
@_rule(r"(?:\b(?:on|this)\s+)?\b(?:christmas|x[-'’]?mas)\b(?:\s+(?:(?P<eve>eve)|(?P<day>day))\b)?",
       gate=("mas",))
def _christmas(m: re.Match, today: date) -> _Atom:
    """圣诞/Christmas = Dec 24-25 (Eve and Day, as celebrated in China); 平安夜/Christmas Eve = Dec 24;
    Christmas Day = Dec 25. The coming one. A title such as 'Christmas Science Show' reads as the holiday too."""
    g = m.groupdict()
    return _named(m, "christmas_eve" if g["eve"] else "christmas_day" if g.get("day") else "christmas", today)


@_rule(r"(?P<w>寒假|暑假|暑期)(?:期间)?", gate=("寒假", "暑假", "暑期"))
@_rule(r"\b(?:(?:this|the|during(?:\s+the)?|over(?:\s+the)?)\s+)?(?P<s>winter|summer)"
       r"\s+(?:break|holidays?|vacation|recess)\b", gate=("winter", "summer"))
def _school_break(m: re.Match, today: date) -> _Atom:
    """寒假/winter break = Jan 18 - end of February, 暑假/summer break = Jul 10 - Aug 31: the coming (or
    current) one. An approximation of school calendars, which vary by province."""
    w = m.groupdict().get("w") or m.group("s").lower()
    return _named(m, "winter_break" if w in ("寒假", "winter") else "summer_break", today)


_SEASON_KEYS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter", "spring": "spring", "summer": "summer",
                "autumn": "autumn", "fall": "autumn", "winter": "winter"}


# 夏天/夏季, this summer: the season we are in or the coming one. Chinese needs 天/季 (立春, 冬令营, 春节 are not
# seasons); English a word before it (this/next/in/during/over the), so that a title ("Summer Robotics Show",
# "winter camp") or 春节's "spring festival" is not read as one.
@_rule(r"(?<![立四])(?P<zh>[春夏秋冬])(?:天|季)(?!学期)", gate=("天", "季"))
@_rule(r"\b(?:(?P<next>next)|this|in(?:\s+the)?|during(?:\s+the)?|over(?:\s+the)?|for(?:\s+the)?)\s+"
       r"(?P<en>spring|summer|autumn|fall|winter)\b(?!\s+(?:break|holidays?|vacation|recess|solstice|festival|camps?"
       r"|school|term|semester|olympics|games))", gate=("spring", "summer", "autumn", "fall", "winter"))
def _season(m: re.Match, today: date) -> _Atom:
    """A season: the one we are in (from its start: what is over is dropped by the search anyway) or, when
    over, the next; "next summer" is the one after the current or coming one."""
    g = m.groupdict()
    key = _SEASON_KEYS[(g.get("zh") or g["en"]).lower()] + "_season"
    first, last = _yearly(key, today)
    if g.get("next") and first <= today:
        first, last = _yearly(key, last + timedelta(days=1))
    return _atom(m, "season", first, last, name=key)


@_rule(r"(?:新学期)?开学(?:之)?前", gate=("开学",))
@_rule(r"\bbefore\s+(?:the\s+)?(?:school|term|semester)\s+(?:starts|begins|year\s+starts)\b|\bback[-\s]to[-\s]school\b",
       gate=("before", "back"))
def _before_term(m: re.Match, today: date) -> _Atom:
    """开学前/before school starts: from today to the end of the school break we are in or that comes
    next (暑假 ends Aug 31, 寒假 at the end of February), as those breaks are read."""
    first, last = min(_yearly("winter_break", today), _yearly("summer_break", today), key=lambda span: span[1])
    return _atom(m, "school_break", max(today, first), last)


# 年底/年末/end of the year = Dec 21-31 (like 下旬), 年初/start of the year = Jan 1-10 (like 上旬). Not after a word
# that makes 年 part of another one: 去年底 (past), 每年年底, 少年, 周年, 学年, 光年; 年初一 is the lunar 1st.
@_rule(rf"(?<![0-9{_CN}年少童青成老中晚周学光百千万新历往去前后财跨整半全每])"
       rf"(?:(?P<rel>今|明)年?|(?P<y>(?:19|20)[0-9]{{2}})\s*年?)?年(?P<w>底|末|初(?![{_NOT_EARLY}]))",
       gate=("年底", "年末", "年初"))
@_rule(r"\b(?:the\s+)?(?P<en>end|beginning|start)\s+of\s+"
       r"(?:(?:the\s+|(?P<this>this\s+)|(?P<next>next\s+))?year\b|(?P<ey>(?:19|20)[0-9]{2})\b)",
       gate=("year", "of 19", "of 20"))
def _year_part(m: re.Match, today: date) -> _Atom:
    """年底/年初 of this year (年初 is next year's once over); 今年/明年/2027年/this/next year/of 2027 pin it."""
    g = m.groupdict()
    end = (g.get("w") or g.get("en") or "").lower() in ("底", "末", "end")
    ys = g.get("y") or g.get("ey")
    if ys:
        y = int(ys)
    elif g.get("rel") or g.get("this") or g.get("next"):
        y = today.year + (g.get("rel") == "明" or bool(g.get("next")))
    else:
        y = today.year if end or date(today.year, 1, 10) >= today else today.year + 1
    first, last = (date(y, 12, 21), date(y, 12, 31)) if end else (date(y, 1, 1), date(y, 1, 10))
    return _atom(m, "year_part", first, last)


# ---------------------------------------------------------------- combining atoms


def _merge_weekday_date(norm: str, atoms: list[_Atom]) -> list[_Atom]:
    """'Saturday, Sept 19' / '9月19日（周六）': one date, the written date wins."""
    out = []
    weekdays = [a for a in atoms if a.kind == "weekday"]
    for d in (a for a in atoms if a.kind == "date" and a.ymd and a.ymd[1]):
        for w in weekdays:
            if w.e <= d.s and _WD_GAP.fullmatch(norm, w.e, d.s):
                out.append(replace(d, s=w.s))
            elif d.e <= w.s and (g := _DW_GAP.fullmatch(norm, d.e, w.s)):
                close = _CLOSE.match(norm, w.e) if g.group("paren") else None
                out.append(replace(d, e=close.end() if close else w.e))
    return out


_YEAR_BEFORE = re.compile(r"\s*的?\s*")
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?", re.I)


def _with_year(norm: str, atoms: list[_Atom], today: date) -> list[_Atom]:
    """'今年十月', '明年3月5日', 'October this year': the month or date in that year (not the whole year).
    '明年暑假', 'Christmas next year': a named period in that year; '今年圣诞', '今年元旦': the coming one
    (said in December, 今年元旦 is the Jan 1 to come)."""
    years = [a for a in atoms if a.kind == "year"]
    out = []
    for b in atoms if years else ():
        pinnable = b.name or b.kind == "month" and b.free
        if not (pinnable or b.kind == "date" and b.ymd and b.ymd[0] is None and b.ymd[1]):
            continue
        for y in years:
            if y.e <= b.s and _YEAR_BEFORE.fullmatch(norm, y.e, b.s):
                s, e = y.s, b.e
            elif b.e <= y.s and _YEAR_AFTER.fullmatch(norm, b.e, y.s):
                s, e = b.s, y.e
            else:
                continue
            yr = y.first.year
            if b.name:
                span = _PERIODS[b.name](date(yr, 1, 1)) if yr > today.year else (b.first, b.last)
                if span:
                    out.append(replace(b, s=s, e=e, first=span[0], last=span[1]))
            elif b.kind == "month":
                first = date(yr, b.first.month, 1)
                out.append(_Atom(s, e, "month", first, _month_last(first)))
            elif b.ymd and (dt := _safe_date(yr, b.ymd[1] or 0, b.ymd[2])):
                out.append(_Atom(s, e, "date", dt, dt, ymd=(yr, b.ymd[1], b.ymd[2])))
    return out


_MONTH_PART_AFTER = re.compile(rf"\s*的?\s*(?P<w>[上中下]旬|[上下]半月|底|末|初(?![{_NOT_EARLY}])|{_MID})")
_MONTH_PART_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:(?P<w>early|mid|late)[-\s]*|(?P<w2>end|beginning|start)\s+of\s+(?:the\s+month\s+of\s+)?)$", re.I)


def _month_parts(norm: str, low: str, atoms: list[_Atom], today: date) -> list[_Atom]:
    """'9月下旬', '下个月初', '本月底', 'early October', 'end of September'. A month whose year was inferred
    moves on a year when its part is already over (on Sep 16, 9月上旬 is next year's)."""
    out = []
    en = any(w in low for w in ("early", "mid", "late", "end", "beginning", "start"))
    for a in atoms:
        if a.kind != "month":
            continue
        s, e = a.s, a.e
        if m := _MONTH_PART_AFTER.match(norm, a.e):
            key, e = m.group("w"), m.end()
        elif en and (m := _MONTH_PART_BEFORE.search(norm, max(0, a.s - 40), a.s)):
            key, s = (m.group("w") or m.group("w2")).lower(), m.start()
        else:
            continue
        first, last = _part_of_month(a.first, key)
        if a.free and last < today:
            first, last = _part_of_month(_add_months(a.first, 12), key)
        out.append(_Atom(s, e, "month_part", first, last))
    return out


def _resolve_pair(a: tuple[int | None, int | None, int], b: tuple[int | None, int | None, int],
                  today: date) -> tuple[date, date] | None:
    """Two written dates with parts missing ('9月30日到10月3日', 'Sept 19-25') -> concrete first/last."""
    (y1, m1, d1), (y2, m2, d2) = a, b
    if m1 is None and m2 is None:
        return None
    if m2 is None:  # partial end: same month, or the next one if the day is smaller
        m2 = m1 if d2 >= d1 else m1 % 12 + 1
    m1 = m1 or m2
    wraps = (m2, d2) < (m1, d1)
    if y1 is None and y2 is None:
        y1 = today.year
        y2 = y1 + wraps
        end = _safe_date(y2, m2, d2)
        if end and end < today:  # the whole range is over: next year's
            y1, y2 = y1 + 1, y2 + 1
    elif y2 is None:
        y2 = y1 + wraps
    elif y1 is None:
        y1 = y2 - wraps
    first, last = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    return (first, last) if first and last and first <= last else None


def _partial_day(norm: str, p: int) -> tuple[int, int] | None:
    """A bare day number ending a range ('23日', '25', '25th'): (day, end position)."""
    m = _PARTIAL.match(norm, p)
    if not m:
        return None
    d = _num(m.group("d"))
    nxt = norm[m.end():m.end() + 1]
    if d is None or not 1 <= d <= 31 or (nxt and (nxt.isdigit() or nxt in _CN)):
        return None
    suf = (m.group("suf") or "").strip()
    if suf in ("日", "号") and nxt and nxt in _NOT_DAY_SUFFIX:
        return None
    if not suf and (not m.group("d").isascii() or _NOT_PARTIAL_TAIL.match(norm, m.end())):
        return None
    return d, m.end()


def _day_on_or_after(start: date, d: int) -> date | None:
    for k in range(3):
        first = _add_months(start.replace(day=1), k)
        dt = _safe_date(first.year, first.month, d)
        if dt and dt >= start:
            return dt
    return None


_UNTIL = re.compile(r"(?:(?:一直|直)?到|截至|截止到?|\b(?:until|till|til|through|thru)\b)\s*$", re.I)
_UNTIL_KINDS = _DAY_KINDS | {"weekend", "next_weekend", "year_part"}  # 到年底: from today to Dec 31
_UNTIL_GATE = ("到", "截", "til", "through", "thru")


def _ranges(norm: str, low: str, atoms: list[_Atom], today: date) -> list[_Atom]:
    out = []
    days = [a for a in atoms if a.kind in _DAY_KINDS and a.hours is None]
    for a in days:
        c = _CONNECT.match(norm, a.e)
        if not c:
            continue
        pre = _FROM.search(norm, max(0, a.s - 24), a.s)  # a window: scanning from 0 costs
        if c.group("c").lower() == "and" and not (pre and pre.group("between")):
            continue
        s = pre.start() if pre else a.s
        ends = [b for b in days if b.s == c.end()]
        b = max(ends, key=lambda x: x.e) if ends else None
        span: tuple[date, date] | None = None
        if b is not None and b.ymd and b.ymd[1] is not None and a.ymd:
            span = _resolve_pair(a.ymd, b.ymd, today)
            e = b.e
        else:
            pd = (b.ymd[2], b.e) if b is not None and b.ymd and b.ymd[1] is None else _partial_day(norm, c.end())
            if pd is not None:
                if a.ymd and (a.ymd[1] is not None):
                    span = _resolve_pair(a.ymd, (None, None, pd[0]), today)
                else:  # '明天到25号', '17号到23号': the end is the first such day on or after the start
                    end = _day_on_or_after(a.first, pd[0])
                    span = (a.first, end) if end else None
                e = pd[1]
            elif b is not None:  # '周五到周日', '今天到周六'
                last = b.last + timedelta(days=7) if b.kind == "weekday" and b.last < a.first else b.last
                span = (a.first, last) if last >= a.first else None
                e = b.e
        if span:
            out.append(_Atom(s, e, "range", span[0], span[1]))
    # Day-first English: '19–25 September', 'between 19 and 25 Sept'.
    for b in atoms:
        if b.kind != "date" or not b.ymd or b.ymd[1] is None:
            continue
        m = _DAY_FIRST.search(norm, max(0, b.s - 48), b.s)
        if not m or (m.group("c").lower() == "and" and not m.group("between")):
            continue
        span = _resolve_pair((b.ymd[0], b.ymd[1], int(m.group("d"))), b.ymd, today)
        if span:
            out.append(_Atom(m.start(), b.e, "range", span[0], span[1]))
    # 'till Friday', '到周五' with no start: from today to the end of that day ('明天到周五' starts earlier, wins).
    for b in atoms if any(w in low for w in _UNTIL_GATE) else ():
        if b.kind in _UNTIL_KINDS and b.hours is None and b.last >= today:
            u = _UNTIL.search(norm, max(0, b.s - 12), b.s)
            if u:
                out.append(_Atom(u.start(), b.e, "range", today, b.last))
    return out


_BEFORE_ZH = re.compile(r"\s*(?:之前|以前|前夕|前(?![后天年往来面沿言景列台排端线途进]))")
_AROUND_ZH = re.compile(r"\s*(?:前后|左右)")
_BEFORE_EN = re.compile(r"\b(?:before|until|till|up\s+to)\s+(?:the\s+)?$", re.I)
_AROUND_EN = re.compile(r"\b(?:around|about)\s+(?:the\s+)?$", re.I)
_AROUND_DAYS = 3
# 国庆后/节后/after National Day: the week after a holiday or school break, not the holiday itself.
_AFTER_ZH = re.compile(r"\s*(?:之后|以后|过后|后(?![天来面年]))")
_AFTER_EN = re.compile(r"\b(?:after)\s+(?:the\s+)?$", re.I)
_AFTER_KINDS = {"holiday", "school_break"}
_AFTER_DAYS = 7
_BEFORE_KINDS = _DAY_KINDS | {"holiday", "school_break", "month", "month_part", "year_part", "weekend", "next_weekend"}


def _before_around(norm: str, atoms: list[_Atom], today: date) -> list[_Atom]:
    """'圣诞前'/'before Christmas', '12月20日前': from today to the day before it (Christmas: before the
    25th, so Christmas Eve counts); '元旦前后'/'around New Year': the days it covers, three either side."""
    out = []
    for a in atoms:
        if a.kind not in _BEFORE_KINDS or a.hours is not None or a.last < today:
            continue
        zh_before, zh_around = _BEFORE_ZH.match(norm, a.e), _AROUND_ZH.match(norm, a.e)
        en = norm[max(0, a.s - 16):a.s]
        zh_after = _AFTER_ZH.match(norm, a.e) if a.kind in _AFTER_KINDS else None
        en_after = _AFTER_EN.search(en) if a.kind in _AFTER_KINDS else None
        if zh_after or en_after:
            s = a.s if zh_after else en_after.start() + max(0, a.s - 16)
            e = zh_after.end() if zh_after else a.e
            out.append(_Atom(s, e, "range", a.last + timedelta(days=1), a.last + timedelta(days=_AFTER_DAYS)))
        elif zh_around or _AROUND_EN.search(en):
            s = a.s if zh_around else _AROUND_EN.search(en).start() + max(0, a.s - 16)
            e = zh_around.end() if zh_around else a.e
            first = max(today, a.first - timedelta(days=_AROUND_DAYS))
            out.append(_Atom(s, e, "range", first, a.last + timedelta(days=_AROUND_DAYS)))
        elif zh_before or (b := _BEFORE_EN.search(en)) and not en.rstrip().lower().endswith(("until", "till", "up to")):
            # Before Christmas: Christmas Eve still counts; 月底前/年底前 (by the end of the month): up to its end.
            end_part = a.kind in ("month_part", "year_part") and (a.last + timedelta(days=1)).day == 1 \
                and a.first.day > 1
            anchor = a.last + timedelta(days=1) if end_part else a.last if a.name == "christmas" else a.first
            if anchor - timedelta(days=1) >= today:
                s = a.s if zh_before else b.start() + max(0, a.s - 16)
                out.append(_Atom(s, zh_before.end() if zh_before else a.e, "range", today, anchor - timedelta(days=1)))
    return out


# Clock times. Hours only: a span starts at the whole hour (19:30 -> 19:00) and runs to the end of the day,
# or to the (rounded up) end time when one is given ('下午3点到5点', '19:00-21:00').
_CLOCK_ZH = re.compile(
    rf"(?:(?P<p>凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|夜晚|晚)\s*)?(?<![0-9{_CN}两])"
    rf"(?P<h>[0-9]{{1,2}}|[{_CN}两]{{1,3}})\s*(?:[点點]钟?|[时時](?![间候代期刻]))"
    rf"(?:\s*(?P<half>半)|\s*(?P<mi>[0-9]{{1,2}}|[{_CN}]{{1,3}})\s*分?)?")
_CLOCK_EN = re.compile(
    r"(?:\b(?:at|from|after|around|by)\s+)?(?<![0-9:.])(?P<h>[0-9]{1,2})(?::(?P<mi>[0-5][0-9]))?\s*"
    r"(?:(?P<ap>[ap])\.?m\b\.?|o['’]?clock\b)"
    r"|(?:\b(?:at|from|after|around|by)\s+)?(?<![0-9:.])(?P<h24>[0-9]{1,2}):(?P<mi24>[0-5][0-9])(?![0-9:])"
    r"|\b(?:at|around)\s+(?P<hc>[0-9]{1,2})\b(?![.:,]?[0-9])", re.I)
_CLOCK_TO = re.compile(r"\s*(?:到|至|-|~|〜|–|—|\bto\b|\buntil\b|\btill\b)\s*", re.I)
_CLOCK_GAP = re.compile(r"\s*[,，]?\s*")
_CLOCK_GATE = ("点", "點", "时", "時", ":", "am", "pm", "a.m", "p.m", "clock")
_PM_PARTS = frozenset(("下午", "傍晚", "晚上", "晚间", "夜里", "夜间", "夜晚", "晚"))


def _period(hours: tuple[int, int] | None) -> str | None:
    """The am/pm sense a part of day gives a following clock: 晚上7点 is 19:00."""
    if hours is None:
        return None
    return "noon" if hours == (11, 14) else "pm" if hours[0] >= 12 else "am"


def _clock_hour(m: re.Match, period: str | None, bare: bool) -> int | None:
    """Hour 0-23 of a clock match. `period` comes from a part of day before it; `bare` means no day was named,
    and then a clock needs its own part of day, am/pm, hh:mm or an hour over 12 ('3点' may be 3 points)."""
    g = m.groupdict()
    en = m.re is _CLOCK_EN
    colon = en and g["h24"] is not None
    if en:
        h = int(g["h24"] or g["h"] or g["hc"])
        if g.get("ap"):
            if not 1 <= h <= 12:
                return None
            period = "pm" if g["ap"].lower() == "p" else "am"
            if period == "am":
                return 0 if h == 12 else h
    else:
        h = _num(g["h"])
        if g["p"]:
            period = "pm" if g["p"] in _PM_PARTS else "noon" if g["p"] == "中午" else "am"
    if h is None or h > 23:
        return None
    if h >= 13 or colon and h == 0:
        return h  # a 24-hour clock is unambiguous: 19点, 00:30
    if period is None:
        if bare and not (colon and h >= 7):  # '3:15' alone may be a score or a ratio
            return None
        period = "pm" if 1 <= h <= 6 else "am"  # '明天3点': events at 3 are in the afternoon
    if period == "pm":
        return h + 12 if h < 12 else (12 if en else None)  # 12pm is noon; 晚上12点 is midnight, not read
    if period == "noon":
        return h + 12 if h <= 2 else h if h >= 11 else None
    return h


def _clock_at(norm: str, pos: int, period: str | None, bare: bool) -> tuple[int, int, int] | None:
    """A clock time at `pos`, with an optional end time -> (start hour, end hour or 24, end position)."""
    m = _CLOCK_ZH.match(norm, pos) or _CLOCK_EN.match(norm, pos)
    h = _clock_hour(m, period, bare) if m else None
    if m is None or h is None:
        return None
    to = _CLOCK_TO.match(norm, m.end())
    m2 = (_CLOCK_ZH.match(norm, to.end()) or _CLOCK_EN.match(norm, to.end())) if to else None
    h2 = _clock_hour(m2, "pm" if h >= 12 else "am", False) if m2 else None
    if m2 is not None and h2 is not None:
        mi = m2.group("mi") if m2.re is _CLOCK_ZH else (m2.group("mi") or m2.group("mi24"))
        h2 += bool(mi and _num(mi)) or bool(m2.re is _CLOCK_ZH and m2.group("half"))  # 17:30 ends at 18:00
        if h < h2 <= 24:
            return h, h2, m2.end()
    return h, 24, m.end()


def _with_parts(norm: str, atoms: list[_Atom]) -> list[_Atom]:
    """'周六上午', 'tomorrow night', '明天晚上7点', 'Saturday 3pm'; on multi-day spans a part is consumed but
    not applied."""
    out = []
    for a in atoms:
        m = None if a.hours is not None else (_PART_ZH.match(norm, a.e) or _PART_EN.match(norm, a.e))
        if a.kind in _DAY_KINDS or a.kind == "tonight":
            hours, e = a.hours, a.e
            if m:
                hours, e = _PARTS[m.group("p").lower()], m.end()
            c = _clock_at(norm, _CLOCK_GAP.match(norm, e).end(), _period(hours), bare=False)
            if c:
                hours, e = (c[0], c[1]), c[2]
            if e != a.e and hours is not None:
                kind = ("tonight" if hours[0] >= 18 else "today") if a.kind in ("today", "tonight") else a.kind
                out.append(replace(a, e=e, hours=hours, kind=kind))
        elif m and a.kind in ("weekend", "next_weekend", "last_weekend", "range", "holiday"):
            out.append(replace(a, e=m.end()))
    return out


_CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?(?:the\s+)?", re.I)


def _clocks_before_days(norm: str, atoms: list[_Atom], clocks: list[_Atom]) -> list[_Atom]:
    """'6pm tomorrow', 'after 6pm on Friday': English may put the clock first; it narrows the day after it
    (alone it would be read as tonight, and the day left over)."""
    out = []
    for c in clocks:
        for a in atoms:
            if (a.s >= c.e and _CLOCK_DAY_GAP.fullmatch(norm, c.e, a.s) and a.kind in _DAY_KINDS
                    and a.first == a.last and a.hours is None):
                out.append(replace(a, s=c.s, hours=c.hours))
    return out


def _bare_clocks(norm: str, low: str, now: datetime) -> list[_Atom]:
    """'晚上7点', '7pm', '19:00' with no day: today from that hour, or tomorrow if that hour is already past."""
    if not any(g in low for g in _CLOCK_GATE):
        return []
    out = []
    today = now.date()
    for rx in (_CLOCK_ZH, _CLOCK_EN):
        for m in rx.finditer(norm):
            c = _clock_at(norm, m.start(), None, bare=True)
            if c is None:
                continue
            h0, h1, e = c
            day = today if h0 >= now.hour else today + timedelta(days=1)
            kind = "tomorrow" if day != today else "tonight" if h0 >= 18 else "today"
            out.append(_Atom(m.start(), e, kind, day, day, hours=(h0, h1)))
    return out


def _to_span(a: _Atom, now: datetime, text: str) -> TimeSpan:
    tz = now.tzinfo
    h0, h1 = a.hours or (0, 24)
    start = datetime.combine(a.first, time(h0), tzinfo=tz)
    end = datetime.combine(a.last + timedelta(days=1), time(0), tzinfo=tz) if h1 >= 24 \
        else datetime.combine(a.last, time(h1), tzinfo=tz)
    return TimeSpan(start, end, a.kind, text[a.s:a.e])


def _parse(text: str, now: datetime) -> tuple[TimeSpan | None, str]:
    norm = text.translate(_FULLWIDTH)
    today = now.date()
    low = norm.lower()
    atoms: list[_Atom] = []
    for rx, fn, gate in _RULES:
        for g in gate:
            if g in low:
                break
        else:
            if gate:
                continue
        for m in rx.finditer(norm):
            atom = fn(m, today)
            if atom is not None:
                atoms.append(atom)
    blocked = [b for b in atoms if b.kind == "blocked"]
    atoms = [a for a in atoms if a.kind != "blocked" and not any(a.s < b.e and b.s < a.e for b in blocked)]
    clocks = _bare_clocks(norm, low, now)
    if not atoms and not clocks:
        return None, text
    atoms += _merge_weekday_date(norm, atoms)
    atoms += _with_year(norm, atoms, today)
    atoms += _month_parts(norm, low, atoms, today)
    atoms += _ranges(norm, low, atoms, today)
    atoms += _before_around(norm, atoms, today)
    atoms += _with_parts(norm, atoms)
    atoms += _clocks_before_days(norm, atoms, clocks)
    atoms += clocks
    # 科普日 names the day only when nothing else does (科普日这周末: this weekend, at 科普日).
    atoms = [a for a in atoms if a.name != "science_day"] or atoms
    best = min(atoms, key=lambda a: (a.s, a.s - a.e))  # first, then longest
    span = _to_span(best, now, text)
    if not span.start < span.end:
        return None, text
    return span, text[:best.s] + " " + text[best.e:]


def parse_time(text: str, now: datetime) -> tuple[TimeSpan | None, str]:
    """Find the first (at its position, the most specific) time expression in `text`.

    Returns the span and the text with the matched expression replaced by a single space, so the caller
    can go on to parse place and topic from the rest. `now` is aware, in the user's time zone; the span
    is in that zone. Never raises: on any internal failure the text is returned unparsed.
    See the module docstring for the week/weekday/holiday rules.
    """
    try:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        return _parse(text, now)
    except Exception:
        return None, text if isinstance(text, str) else ""


# ---------------------------------------------------------------- labels

_WORDS = {
    "today": ("今天", "today"), "tonight": ("今晚", "tonight"), "tomorrow": ("明天", "tomorrow"),
    "day_after_tomorrow": ("后天", "day after tomorrow"), "yesterday": ("昨天", "yesterday"),
    "weekend": ("周末", "weekend"), "next_weekend": ("下周末", "next weekend"),
    "last_weekend": ("上周末", "last weekend"), "this_week": ("本周", "this week"),
    "next_week": ("下周", "next week"), "last_week": ("上周", "last week"), "week": ("那周", "week"),
}
_PART_LABELS = {(6, 12): ("上午", "morning"), (11, 14): ("中午", "midday"), (12, 18): ("下午", "afternoon"),
                (18, 24): ("晚上", "evening")}
_WD_ZH = "一二三四五六日"
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _fmt_days(first: date, last: date, zh: bool, year: bool) -> str:
    """'9月19日–20日', '9月30日–10月3日' / 'Sep 19–20', 'Sep 30 – Oct 3'; years only when asked or crossed."""
    year = year or first.year != last.year
    if zh:
        head = f"{first.year}年" if year else ""
        if first == last:
            return f"{head}{first.month}月{first.day}日"
        if (first.year, first.month) == (last.year, last.month):
            return f"{head}{first.month}月{first.day}日–{last.day}日"
        tail = f"{last.year}年" if first.year != last.year else ""
        return f"{head}{first.month}月{first.day}日–{tail}{last.month}月{last.day}日"
    m1, m2 = _MONTH_NAMES[first.month - 1][:3], _MONTH_NAMES[last.month - 1][:3]
    if first == last:
        return f"{m1} {first.day}" + (f", {first.year}" if year else "")
    if first.year != last.year:
        return f"{m1} {first.day}, {first.year} – {m2} {last.day}, {last.year}"
    tail = f", {last.year}" if year else ""
    if first.month == last.month:
        return f"{m1} {first.day}–{last.day}{tail}"
    return f"{m1} {first.day} – {m2} {last.day}{tail}"


def describe_span(span: TimeSpan, lang: str, now: datetime | None = None) -> str:
    """Short human label for the "what I understood" header: '9月19日–20日' / 'Sep 19–20', '今天', 'tonight'.

    `lang` starting with "zh" gives Chinese, anything else English. The year is shown only when it
    differs from the year of `now` (default: the current time in the span's zone).
    """
    try:
        zh = str(lang).lower().startswith("zh")
        i = 0 if zh else 1
        ref = (now or datetime.now(span.start.tzinfo)).year
        first = span.start.date()
        last = (span.end - timedelta(microseconds=1)).date()
        year = first.year != ref or last.year != ref
        days = _fmt_days(first, last, zh, year)
        hours = (span.start.hour, span.end.hour or 24) if first == last else None
        named = hours in _PART_LABELS
        part = _PART_LABELS[hours][i] if named else _clock_label(hours, zh) if hours else ""
        kind = span.kind
        if kind in ("today", "tomorrow", "tonight", "yesterday"):
            word = _WORDS[kind][i]
            if not part or kind == "tonight" and hours == (18, 24):
                return word
            if zh:
                return word + part
            return f"this {part}" if kind == "today" and named else f"{word} {part}"
        if kind in ("weekday", "date", "day_after_tomorrow"):
            wd = first.weekday()
            if zh:
                return f"{days} 周{_WD_ZH[wd]}" + (f" {part}" if part else "")
            return f"{_WEEKDAY_EN[wd].capitalize()}, {days}" + (f", {part}" if part else "")
        if kind in _WORDS:
            word = _WORDS[kind][i]
            return f"{word}（{days}）" if zh else f"{word} ({days})"
        if kind == "holiday":
            name = _holiday_label(span, zh)
            if span.start.hour or span.end.hour:  # 跨年: from an evening to the small hours
                days = (f"{_fmt_days(first, first, zh, first.year != ref)}{'' if zh else ','} {span.start:%H:%M} – "
                        f"{_fmt_days(last, last, zh, False)}{'' if zh else ','} {span.end:%H:%M}")
            if name:
                return f"{name}（{days}）" if zh else f"{name} ({days})"
            return days
        if kind in ("year_part", "school_break", "season"):
            if kind == "season":
                key = {3: "spring_season", 6: "summer_season", 9: "autumn_season", 12: "winter_season"}[first.month]
            elif kind == "year_part":
                key = "year_end" if first.month == 12 else "year_start"
            else:
                key = "winter_break" if first.month <= 2 else "summer_break"
            name = _PERIOD_LABELS[key][i]
            return f"{name}（{days}）" if zh else f"{name} ({days})"
        if kind == "month":
            if zh:
                return f"{first.year}年{first.month}月" if year else f"{first.month}月"
            return f"{_MONTH_NAMES[first.month - 1]} {first.year}" if year else _MONTH_NAMES[first.month - 1]
        if kind == "year":
            return f"{first.year}年" if zh else str(first.year)
        if kind == "next_days":
            n = (last - first).days + 1
            return f"未来{n}天（{days}）" if zh else f"next {n} days ({days})"
        return days
    except Exception:
        return span.matched


def _clock_label(hours: tuple[int, int], zh: bool) -> str:
    """(19, 24) -> '19:00起' / 'from 19:00'; (15, 17) -> '15:00–17:00'; the whole day -> ''."""
    h0, h1 = hours
    if (h0, h1) == (0, 24):
        return ""
    if h1 == 24:
        return f"{h0}:00起" if zh else f"from {h0}:00"
    return f"{h0}:00–{h1}:00"


def _holiday_label(span: TimeSpan, zh: bool) -> str | None:
    i = 0 if zh else 1
    first, last = span.start.date(), (span.end - timedelta(microseconds=1)).date()
    md = ((first.month, first.day), (last.month, last.day))
    for key, (kind, a, b, hours) in _YEARLY.items():  # before the official breaks: 跨年 may fall inside 元旦's
        if kind == "holiday" and md == (a, b) and (hours is None or hours[0] == span.start.hour):
            return _PERIOD_LABELS[key][i]
    runs, _ = _holiday_runs()
    for a, b, names in runs:
        if a <= first <= b:
            for key, name in _HOLIDAY_NAMES.items():
                if name in names:
                    return _HOLIDAY_LABELS[key][i]
    for key in _HOLIDAY_NAMES:
        if (first, last) in (_fixed_span(key, first.year), _fixed_span(key, first.year + 1)):
            return _HOLIDAY_LABELS[key][i]
    return None
