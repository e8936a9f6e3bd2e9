"""Time expressions in search queries: "这周末", "下周六上午", "9月17日到23日", "Sept 19-25", "国庆", "tonight".

Why hand-written patterns and not a library: dateparser 1.5 misreads Chinese (``9月17日`` -> 27 June 2027;
下周六, 这周末, 国庆 are not understood) and has no "this weekend"; jionlp handles Chinese but is ~70 MB,
prints a banner to stdout on import, reads 周末 as Sunday only and 元旦 as a past date late in the year.
A search query holds one time expression of a few dozen known shapes, so precompiled regexes plus
dateutil's relativedelta are small, fast (well under 1 ms a query) and predictable.

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
  Beyond the package's data: 元旦 Jan 1, 劳动节 May 1-5, 国庆 Oct 1-7; lunar holidays -> no span.
- A part of day (上午/morning 06-12, 下午/afternoon 12-18, 晚上/evening 18-24) narrows a single day;
  on a multi-day span (周末晚上) it is consumed but ignored.
- English month names count only next to a day number, after in/during/this/next, or before a year
  ("march of robots" and "may" are not time). "Sun" is never read as Sunday (the Sun).
- The first expression in the text wins; among those starting at the same place, the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Callable

from dateutil.relativedelta import relativedelta

__all__ = ["TimeSpan", "parse_time", "describe_span"]


@dataclass(frozen=True)
class TimeSpan:
    start: datetime  # aware, in the time zone of `now`, inclusive
    end: datetime  # aware, exclusive
    kind: str  # today, tonight, tomorrow, day_after_tomorrow, yesterday, weekday, date, range, weekend,
    #            next_weekend, last_weekend, this_week, next_week, last_week, week, holiday, month, year, next_days
    matched: str  # the substring of the input read as time, as written


@dataclass(frozen=True)
class _Atom:
    """One candidate reading: positions in the text plus the calendar days it covers."""

    s: int
    e: int
    kind: str
    first: date
    last: date  # inclusive
    hours: tuple[int, int] | None = None  # part of day, single-day atoms only
    ymd: tuple[int | None, int | None, int] | None = None  # date as written (for range year/month inference)


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

_WEEKDAY_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_WEEKDAY_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_YEAR_EN = r"(?P<y>(?:19|20)[0-9]{2})"

# Part-of-day words -> hours [start, end).
_PARTS = {
    "上午": (6, 12), "早上": (6, 12), "早晨": (6, 12), "清晨": (6, 12), "中午": (11, 14), "下午": (12, 18),
    "傍晚": (18, 24), "晚上": (18, 24), "晚间": (18, 24), "夜里": (18, 24), "夜间": (18, 24), "夜晚": (18, 24),
    "晚": (18, 24), "早": (6, 12), "夜": (18, 24),
    "morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 24),
}
_PART_ZH = re.compile(r"\s*的?\s*(?P<p>上午|早上|早晨|清晨|中午|下午|傍晚|晚上|晚间|夜里|夜间|夜晚|晚(?![饭餐会安点些]))")
_PART_EN = re.compile(r"\s*,?\s*(?:in\s+the\s+)?(?P<p>morning|afternoon|evening|night)\b", re.I)

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
# Solar-calendar holidays have a usable fallback beyond the official data; lunar ones do not.
_FIXED_HOLIDAYS = {"new_year": ((1, 1), (1, 1)), "labour": ((5, 1), (5, 5)), "national": ((10, 1), (10, 7))}


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
    if key in _FIXED_HOLIDAYS:
        (m1, d1), (m2, d2) = _FIXED_HOLIDAYS[key]
        for y in (today.year, today.year + 1):
            if y > last_year and date(y, m2, d2) >= today:
                return date(y, m1, d1), date(y, m2, d2)
    return None  # lunar holiday beyond the official data: better nothing than a wrong span


# ---------------------------------------------------------------- rules

Handler = Callable[[re.Match, date], "_Atom | None"]
_RULES: list[tuple[re.Pattern, Handler]] = []


def _rule(pattern: str, flags: int = re.I) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        _RULES.append((re.compile(pattern, flags), fn))
        return fn

    return deco


def _atom(m: re.Match, kind: str, first: date, last: date | None = None, **kw) -> _Atom:
    return _Atom(m.start(), m.end(), kind, first, last or first, **kw)


_REL_DAYS = {
    "今天": 0, "今日": 0, "今儿": 0, "today": 0, "明天": 1, "明日": 1, "明儿": 1, "tomorrow": 1, "tmr": 1,
    "tmrw": 1, "后天": 2, "大后天": 3, "昨天": -1, "昨日": -1, "yesterday": -1,
}
_REL_KIND = {0: "today", 1: "tomorrow", 2: "day_after_tomorrow", 3: "date", -1: "yesterday"}


@_rule(r"大后天|后天|明天|明日(?!之)|明儿|今天|今日|今儿|昨天|昨日"
       r"|\b(?:today|tomorrow|tmrw?|yesterday)\b")
def _rel_day(m: re.Match, today: date) -> _Atom:
    n = _REL_DAYS[m.group().lower()]
    return _atom(m, _REL_KIND[n], today + timedelta(days=n))


@_rule(r"\b(?:the\s+)?day\s+after\s+tomorrow\b")
def _day_after(m: re.Match, today: date) -> _Atom:
    return _atom(m, "day_after_tomorrow", today + timedelta(days=2))


@_rule(r"(?P<d>今|明)(?P<p>晚|夜|早)(?![饭餐报点些安])|\btonight\b|\bthis\s+(?P<en>morning|afternoon|evening)\b")
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


@_rule(r"(?<![一二三四五六七八九十两0-9])(?P<mod>下下个?|下个?|上个?|这个?|本)?\s*(?:周|星期|礼拜)(?P<wd>[一二三四五六日天七1-7])"
       r"|(?:\bon\s+)?(?:\b(?P<enmod>this\s+coming|this|next|last|coming)\s+)?"
       r"\b(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat)"
       r"(?:(?<=day)s)?\b(?!\.\w)\.?")
def _weekday(m: re.Match, today: date) -> _Atom:
    if m.group("wd"):
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
       r"|(?:周|星期|礼拜)六\s*(?:[、/和及与]\s*)?(?:(?:周|星期|礼拜)?[日天]))"
       r"|(?:\b(?:on|over|at|for)\s+)?(?:\b(?P<enmod>this\s+coming|this|next|last|coming)\s+|\bthe\s+)?\bweekend\b")
def _weekend(m: re.Match, today: date) -> _Atom:
    off = _week_offset(m.group("mod") or m.group("enmod")) or 0
    sat = _monday(today) + timedelta(days=7 * off + 5)
    kind = {0: "weekend", 1: "next_weekend", -1: "last_weekend"}.get(off, "weekend")
    return _atom(m, kind, sat, sat + timedelta(days=1))


@_rule(r"(?P<mod>下下个?|下个?|下一|上个?|上一|这个?|这一|本)\s*(?:周|星期|礼拜)(?![一二三四五六日天七末年1-7])"
       r"|\b(?P<enmod>this|next|last|coming)\s+week\b")
def _week(m: re.Match, today: date) -> _Atom:
    off = _week_offset(m.group("mod") or m.group("enmod")) or 0
    mon = _monday(today) + timedelta(days=7 * off)
    kind = {0: "this_week", 1: "next_week", -1: "last_week"}.get(off, "week")
    return _atom(m, kind, mon, mon + timedelta(days=6))


def _month_atom(m: re.Match, y: int, mo: int) -> _Atom:
    first = date(y, mo, 1)
    return _atom(m, "month", first, first + relativedelta(months=1, days=-1))


@_rule(rf"(?P<mod>本|这个?|当|下下个?|下个?|上个?)月{_NOT_MOON}(?!份?\s*[0-9{_CN}])|\b(?P<enmod>this|next|last)\s+month\b")
def _rel_month(m: re.Match, today: date) -> _Atom:
    mod = (m.group("mod") or m.group("enmod")).lower()
    off = 2 if mod.startswith("下下") else 1 if mod[0] == "下" or mod == "next" else -1 if mod[0] == "上" or mod == "last" else 0
    first = date(today.year, today.month, 1) + relativedelta(months=off)
    return _month_atom(m, first.year, first.month)


@_rule(rf"(?<![0-9{_CN}]){_YEAR_ZH}(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月{_NOT_MOON}(?:份)?")
def _month_zh(m: re.Match, today: date) -> _Atom | None:
    mo = _num(m.group("m"))
    if mo is None or not 1 <= mo <= 12:
        return None
    y = _year(m.group("y")) if m.group("y") else (today.year if mo >= today.month else today.year + 1)
    return None if y is None else _month_atom(m, y, mo)


@_rule(rf"\b(?:in|during|for|this|next|throughout)\s+(?:the\s+month\s+of\s+)?\b{_MON}\b\.?(?:\s+{_YEAR_EN}\b)?"
       r"(?!\s*(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?\b(?!\s*[0-9]))"
       rf"|\b(?P<mon2>january|february|march|april|may|june|july|august|september|october|november|december"
       rf"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?,?\s+(?P<y2>(?:19|20)[0-9]{{2}})\b")
def _month_en(m: re.Match, today: date) -> _Atom:
    mo = _MONTHS_EN.index((m.group("mon") or m.group("mon2"))[:3].lower()) + 1
    ys = m.group("y") or m.group("y2")
    y = int(ys) if ys else (today.year if mo >= today.month else today.year + 1)
    return _month_atom(m, y, mo)


@_rule(r"今年|明年|\b(?P<en>this|next)\s+year\b")
def _year_rule(m: re.Match, today: date) -> _Atom:
    y = today.year + (1 if m.group() == "明年" or (m.group("en") or "").lower() == "next" else 0)
    return _atom(m, "year", date(y, 1, 1), date(y, 12, 31))


_EN_NUMS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "fourteen": 14}


@_rule(rf"(?:未来|接下来)\s*(?P<n>[0-9]{{1,2}}|[{_CN}两]{{1,3}})\s*(?:天|日)"
       r"|\b(?:(?:in|over)\s+)?(?:the\s+)?(?:next|coming)\s+(?P<en>[0-9]{1,2}|two|three|four|five|six|seven|ten|fourteen)\s+days\b")
def _next_days(m: re.Match, today: date) -> _Atom | None:
    n = _num(m.group("n")) if m.group("n") else _EN_NUMS.get(m.group("en").lower()) or _num(m.group("en"))
    if not n or n > 62:
        return None
    return _atom(m, "next_days", today, today + timedelta(days=n - 1))


def _date_atom(m: re.Match, today: date, y: int | None, mo: int | None, d: int | None) -> _Atom | None:
    if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    dt = _safe_date(y, mo, d) if y else _next_date(mo, d, today)
    return None if dt is None else _atom(m, "date", dt, ymd=(y, mo, d))


@_rule(rf"(?<![0-9{_CN}]){_YEAR_ZH}(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})(?:\s*[日号]|(?![0-9{_CN}]))")
def _date_zh(m: re.Match, today: date) -> _Atom | None:
    y = _year(m.group("y")) if m.group("y") else None
    if m.group("y") and y is None:
        return None
    return _date_atom(m, today, y, _num(m.group("m")), _num(m.group("d")))


@_rule(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])"
       r"|(?<![0-9/.\-])(?P<m2>[0-9]{1,2})/(?P<d2>[0-9]{1,2})(?:/(?P<y2>(?:19|20)?[0-9]{2}))?(?![0-9/])")
def _date_numeric(m: re.Match, today: date) -> _Atom | None:
    if m.group("y"):
        return _date_atom(m, today, int(m.group("y")), int(m.group("m")), int(m.group("d")))
    y2 = m.group("y2")
    y = (int(y2) + 2000 if len(y2) == 2 else int(y2)) if y2 else None
    return _date_atom(m, today, y, int(m.group("m2")), int(m.group("d2")))


def _month_en_index(m: re.Match) -> int:
    return _MONTHS_EN.index(m.group("mon")[:3].lower()) + 1


@_rule(rf"(?:\bon\s+)?\b{_MON}\b\.?\s*(?:the\s+)?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[0-9:])"
       rf"(?:,?\s*{_YEAR_EN}\b)?")
def _date_en_md(m: re.Match, today: date) -> _Atom | None:
    return _date_atom(m, today, int(m.group("y")) if m.group("y") else None, _month_en_index(m), int(m.group("d")))


@_rule(rf"(?:\bon\s+)?(?:\bthe\s+)?(?<![0-9])\b(?P<d>[0-9]{{1,2}})(?P<ord>st|nd|rd|th)?\s*(?:of\s+)?\b{_MON}\b\.?"
       rf"(?:,?\s*{_YEAR_EN}\b)?")
def _date_en_dm(m: re.Match, today: date) -> _Atom | None:
    # "10 may" / "3 march" are too often not dates: require the ordinal or a capital for these two.
    if m.group("mon").lower() in ("may", "march") and not (m.group("ord") or m.group("mon")[0].isupper()):
        return None
    return _date_atom(m, today, int(m.group("y")) if m.group("y") else None, _month_en_index(m), int(m.group("d")))


@_rule(rf"(?:(?P<rel>本月|这个?月|当月|下个?月)\s*)?(?<![0-9{_CN}第./\-])(?P<d>[0-9]{{1,2}}|[{_CN}]{{1,3}})\s*(?P<suf>号|日)"
       rf"(?![{_NOT_DAY_SUFFIX}])")
def _day_only(m: re.Match, today: date) -> _Atom | None:
    """'20号' (the next 20th), '本月20号', '下个月3号'."""
    d = _num(m.group("d"))
    if d is None or not 1 <= d <= 31:
        return None
    rel = m.group("rel")
    if not rel and m.group("suf") == "日" and not m.group("d").isdigit():
        return None  # 一日 is usually "one day", not the 1st
    if rel:
        first = date(today.year, today.month, 1) + relativedelta(months=1 if rel[0] == "下" else 0)
        dt = _safe_date(first.year, first.month, d)
        return None if dt is None else _atom(m, "date", dt, ymd=(first.year, first.month, d))
    dt = _day_on_or_after(today, d)  # this month if not over, else the next month that has that day
    return None if dt is None else _atom(m, "date", dt, ymd=(None, None, d))


_HOLIDAY_RULES: list[tuple[str, str]] = [
    ("national", r"国庆(?:节|假期|长假|黄金周|期间)?|十一(?:黄金周|假期|长假|小长假|期间)|(?<!五一)黄金周"
                 r"|\b(?:national\s+day|golden\s+week)\b(?:\s+(?:holidays?|break)\b)?"),
    ("new_year", r"元旦(?:节|假期)?|\bnew\s+year(?!['’]?s?\s+eve)(?:['’]?s)?(?:\s+day)?\b"),
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
        return _atom(m, "holiday", found[0], found[1])

    return handler


for _key, _pattern in _HOLIDAY_RULES:
    _rule(_pattern)(_make_holiday_rule(_key))


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
        first = date(start.year, start.month, 1) + relativedelta(months=k)
        dt = _safe_date(first.year, first.month, d)
        if dt and dt >= start:
            return dt
    return None


def _ranges(norm: str, atoms: list[_Atom], today: date) -> list[_Atom]:
    out = []
    days = [a for a in atoms if a.kind in _DAY_KINDS and a.hours is None]
    for a in days:
        c = _CONNECT.match(norm, a.e)
        if not c:
            continue
        pre = _FROM.search(norm, 0, a.s)
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
        m = _DAY_FIRST.search(norm, 0, b.s)
        if not m or (m.group("c").lower() == "and" and not m.group("between")):
            continue
        span = _resolve_pair((b.ymd[0], b.ymd[1], int(m.group("d"))), b.ymd, today)
        if span:
            out.append(_Atom(m.start(), b.e, "range", span[0], span[1]))
    return out


def _with_parts(norm: str, atoms: list[_Atom]) -> list[_Atom]:
    """'周六上午', 'tomorrow night'; on multi-day spans the part is consumed but not applied."""
    out = []
    for a in atoms:
        if a.hours is not None:
            continue
        m = _PART_ZH.match(norm, a.e) or _PART_EN.match(norm, a.e)
        if not m:
            continue
        if a.kind in _DAY_KINDS:
            hours = _PARTS[m.group("p").lower()]
            kind = "tonight" if a.kind == "today" and hours[0] >= 18 else a.kind
            out.append(replace(a, e=m.end(), hours=hours, kind=kind))
        elif a.kind in ("weekend", "next_weekend", "last_weekend", "range", "holiday"):
            out.append(replace(a, e=m.end()))
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
    atoms: list[_Atom] = []
    for rx, fn in _RULES:
        for m in rx.finditer(norm):
            atom = fn(m, today)
            if atom is not None:
                atoms.append(atom)
    blocked = [b for b in atoms if b.kind == "blocked"]
    atoms = [a for a in atoms if a.kind != "blocked" and not any(a.s < b.e and b.s < a.e for b in blocked)]
    if not atoms:
        return None, text
    atoms += _merge_weekday_date(norm, atoms)
    atoms += _ranges(norm, atoms, today)
    atoms += _with_parts(norm, atoms)
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
        part = _PART_LABELS.get(hours)[i] if hours in _PART_LABELS else ""
        kind = span.kind
        if kind in ("today", "tomorrow", "tonight", "yesterday"):
            word = _WORDS[kind][i]
            if kind == "tonight" or not part:
                return word
            if zh:
                return word + part
            return f"this {part}" if kind == "today" else f"{word} {part}"
        if kind in ("weekday", "date", "day_after_tomorrow"):
            wd = first.weekday()
            if zh:
                return f"{days} 周{_WD_ZH[wd]}" + (f" {part}" if part else "")
            return f"{_WEEKDAY_EN[wd].capitalize()}, {days}" + (f", {part}" if part else "")
        if kind in _WORDS:
            word = _WORDS[kind][i]
            return f"{word}（{days}）" if zh else f"{word} ({days})"
        if kind == "holiday":
            name = _holiday_label(first, zh)
            if name:
                return f"{name}（{days}）" if zh else f"{name} ({days})"
            return days
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


def _holiday_label(first: date, zh: bool) -> str | None:
    runs, _ = _holiday_runs()
    i = 0 if zh else 1
    for a, b, names in runs:
        if a <= first <= b:
            for key, name in _HOLIDAY_NAMES.items():
                if name in names:
                    return _HOLIDAY_LABELS[key][i]
    for key, ((m1, d1), _) in _FIXED_HOLIDAYS.items():
        if (first.month, first.day) == (m1, d1):
            return _HOLIDAY_LABELS[key][i]
    return None
