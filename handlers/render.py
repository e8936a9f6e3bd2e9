"""Turning events and results into HTML messages and buttons.

Every piece of event or user text goes through `esc` (html.escape), links only through `link`
(http/https only, the URL escaped for the attribute). Telegram caps a message at 4096 characters;
`clip` keeps each free-text field short enough that a card or a page of five never gets near it.
"""
from __future__ import annotations

import html
from datetime import datetime, time, timedelta
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from bot.nlu import lexicon
from bot.nlu.query import ParsedQuery
from bot.services import EventView, Results
from handlers.context import Ctx
from handlers.router import callback_data, router
from handlers.types import Button

BABEL_LOCALE = {"zh": "zh_CN", "en": "en"}
BUTTON_TITLE_CHARS = 28


def esc(text: object) -> str:
    return html.escape(str(text or ""), quote=True)


def clip(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for a link or a URL button, else None (a javascript: or junk "link" stays text)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        return None
    return url


def link(url: str | None, label: str | None = None) -> str:
    good = safe_url(url)
    if not good:
        return esc(clip(url, 200))
    return f'<a href="{esc(good)}">{esc(clip(label or good, 80))}</a>'


# ---------------------------------------------------------------- time

def _day(dt: datetime, lang: str, with_year: bool) -> str:
    return format_skeleton("yMMMEd" if with_year else "MMMEd", dt, locale=BABEL_LOCALE[lang])


def when(ev: EventView, ctx: Ctx) -> str:
    """The event's time in the user's zone: "9月19日周六 09:00–17:00", "Sat, Sep 19 – Mon, Sep 21"."""
    zone = ZoneInfo(ctx.profile.tz)
    start, end = ev.starts_at.astimezone(zone), max(ev.ends_at, ev.starts_at).astimezone(zone)
    with_year = start.year != ctx.now.year or end.year != start.year
    if ev.all_day:
        # An all-day end is the exclusive midnight after the last day.
        last = end - timedelta(days=1) if end.time() == time(0) and end.date() > start.date() else end
        text = _day(start, ctx.lang, with_year)
        if last.date() > start.date():
            text += " – " + _day(last, ctx.lang, with_year)
    elif end.date() == start.date():
        text = f"{_day(start, ctx.lang, with_year)} {start:%H:%M}"
        if end > start:
            text += f"–{end:%H:%M}"
    else:
        text = f"{_day(start, ctx.lang, with_year)} {start:%H:%M} – {_day(end, ctx.lang, with_year)} {end:%H:%M}"
    if ctx.profile.tz_chosen and ctx.profile.tz != ctx.settings.default_tz:
        text += f" ({esc(ctx.profile.tz)})"
    return text


# ---------------------------------------------------------------- places, topics, audiences

def place_line(ev: EventView, ctx: Ctx) -> str:
    """Short "where": city and venue, or "online"."""
    city = ctx.services.place_name(ev.city_code or ev.province_code, ctx.lang)
    parts = [p for p in (city, clip(ev.venue, 60)) if p]
    if not parts and ev.online:
        return ctx._("Online")
    return " · ".join(esc(p) for p in parts) or ctx._("Place to be announced")


def term_names(ids: tuple[str, ...] | list[str], vocabulary, lang: str) -> list[str]:
    names = []
    for tid in ids:
        term = vocabulary.get(tid)
        if term:
            names.append(term.name(lang))
    return names


def topic_names(ev: EventView, lang: str) -> list[str]:
    return term_names(ev.topics, lexicon.topics(), lang)


def audience_names(ev: EventView, lang: str) -> list[str]:
    return term_names(ev.audiences, lexicon.audiences(), lang)


def distance(km: float | None, ctx: Ctx) -> str:
    if km is None:
        return ""
    if km < 1:
        return ctx._("{meters} m", meters=max(10, int(round(km * 1000, -1))))
    return ctx._("{km} km", km=f"{km:.1f}")


# ---------------------------------------------------------------- the event card

def event_card(ev: EventView, ctx: Ctx, *, description_chars: int = 300) -> str:
    _ = ctx._
    lines = [f"<b>{esc(clip(ev.title, 300))}</b>"]
    if ev.cancelled:
        lines.append("❌ " + _("<b>Cancelled.</b> This event will not take place."))
    lines.append("🗓 " + when(ev, ctx))
    where = [p for p in (clip(ev.venue, 150), clip(ev.address, 200)) if p]
    if where:
        lines.append("📍 " + esc(where[0]) + (f"\n      {esc(where[1])}" if len(where) > 1 and where[1] != where[0] else ""))
    elif not ev.online:
        city = ctx.services.place_name(ev.place_code, ctx.lang)
        lines.append("📍 " + esc(city or _("Place to be announced")))
    if ev.online:
        lines.append("💻 " + _("Online: {link}", link=link(ev.online_url) if ev.online_url else _("link to follow")))
    if ev.organizer:
        lines.append("🏛 " + _("Organizer: {name}", name=esc(clip(ev.organizer, 150))))
    topics = topic_names(ev, ctx.lang)
    if topics:
        lines.append("🏷 " + _("Topics: {names}", names=esc(", ".join(topics) if ctx.lang == "en" else "、".join(topics))))
    audiences = audience_names(ev, ctx.lang)
    if audiences:
        lines.append("👥 " + _("For: {names}", names=esc(", ".join(audiences) if ctx.lang == "en" else "、".join(audiences))))
    if ev.url:
        lines.append("📝 " + _("Registration and details: {link}", link=link(ev.url)))
    if ev.description.strip() and description_chars:
        lines.append("")
        lines.append(esc(clip(ev.description, description_chars)))
    return "\n".join(lines)


def share_url(ev: EventView, ctx: Ctx) -> str | None:
    deep = ctx.deep_link(f"e_{ev.id}")
    if not deep:
        return None
    return f"https://t.me/share/url?url={quote(deep, safe='')}&text={quote(clip(ev.title, 100), safe='')}"


async def card_buttons(ev: EventView, ctx: Ctx) -> list[list[Button]]:
    _ = ctx._
    rows: list[list[Button]] = []
    for provider in router.card_button_providers:  # e.g. "remind me / stop" from handlers/subscriptions.py
        rows += await provider(ctx, ev)
    row = [Button("📅 " + _("Add to calendar"), callback_data("ics", ev.id))]
    if ev.has_location:
        row.append(Button("🗺 " + _("Map"), callback_data("map", ev.id)))
    rows.append(row)
    share = share_url(ev, ctx)
    if share:
        rows.append([Button("↗️ " + _("Share"), url=share)])
    return rows


# ---------------------------------------------------------------- results

def understood(q: ParsedQuery, ctx: Ctx) -> str:
    """"北京 · 本周末 · 人工智能", plus the words that rank the results, quoted."""
    parts = q.labels(ctx.lang, ctx.services.gazetteer)
    words = leftover_words(q)
    if words:
        parts.append(f"“{clip(words, 60)}”")
    return " · ".join(esc(p) for p in parts)


def leftover_words(q: ParsedQuery) -> str:
    """The ranking words not already shown as a topic or an audience ("space lectures kids" → "lectures")."""
    if not q.rank_text:
        return ""
    rest = lexicon.audiences().find(lexicon.topics().find(q.rank_text, fuzzy=False)[1], fuzzy=False)[1]
    return " ".join(rest.split())


def result_line(n: int, ev: EventView, km: float | None, ctx: Ctx) -> str:
    title = esc(clip(ev.title, 120))
    if ev.cancelled:
        title = f"<s>{title}</s>"
    details = [when(ev, ctx), place_line(ev, ctx)]
    if ev.online and ev.venue:
        details.append(ctx._("also online"))
    if km is not None:
        details.append(distance(km, ctx))
    return f"<b>{n}.</b> {title}\n     " + " · ".join(details)


def result_buttons(results: Results, ctx: Ctx, token: str | None, page: int, page_size: int) -> list[list[Button]]:
    rows = [[Button(f"{results.offset + i + 1}. {clip(ev.title, BUTTON_TITLE_CHARS)}", callback_data("ev", ev.id))]
            for i, (ev, _km) in enumerate(results.hits)]
    nav = []
    if token and page > 0:
        nav.append(Button("◀️ " + ctx._("Previous"), callback_data("pg", token, page - 1)))
    if token and results.offset + len(results.hits) < results.total:
        nav.append(Button(ctx._("Next") + " ▶️", callback_data("pg", token, page + 1)))
    if nav:
        rows.append(nav)
    return rows
