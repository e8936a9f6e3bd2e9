"""The texts of notices sent outside a conversation: reminders, new-event alerts and digests, change and
cancellation notices. HTML, in the recipient's language (gettext through bot.i18n; the msgids live in
a separate block at the end of locales/*/LC_MESSAGES/messages.po).

Times are written absolutely ("today at 19:00", "明天 09:30"), never as "in one hour": a notice may
wait in the outbox (rate limits, downtime), and an absolute time stays true however late it arrives.
Every piece of event text is escaped; a message never exceeds Telegram's 4096 characters.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_skeleton

from bot.i18n import translator
from bot.services import EventView
from handlers.router import callback_data
from handlers.types import Button

BABEL_LOCALE = {"zh": "zh_CN", "en": "en"}
MAX_TEXT = 4000  # below Telegram's 4096, with room for the "and N more" line
MAX_LIST = 12  # events listed in one digest or multi-event message; the rest are counted
TITLE_IN_BUTTON = 24

# Callback prefixes handled by handlers/subscriptions.py (and "ev", the conversation's event card).
CB_REMIND = "rm"  # rm:<event_id>            subscribe to an event
CB_STOP = "un"  # un:<event_id>              unsubscribe (stop reminders)
CB_UNFOLLOW = "uf"  # uf:<follow_id>         stop following a topic/place/organizer
CB_UNSAVE = "us"  # us:<saved_search_id>     delete a saved search
CB_EVENT = "ev"  # ev:<event_id>             the full event card (handlers/search.py)


def tr(lang: str):
    """The translator; call its gettext/ngettext with the msgid first, so pybabel extracts it."""
    return translator(lang)


def esc(text: object) -> str:
    return html.escape(str(text or ""), quote=True)


def clip(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Reader:
    """Who a notice is written for: language, time zone, and when it is written."""

    lang: str
    tz: str
    now: datetime  # aware

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)


@dataclass
class Notice:
    text: str
    buttons: list[list[Button]] = field(default_factory=list)


# ---------------------------------------------------------------- time

@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    # Babel parses a locale name (and looks for its data file) on every call given a string.
    return Locale.parse(BABEL_LOCALE.get(lang, "en"))


def _day(dt: datetime, lang: str, with_year: bool) -> str:
    return format_skeleton("yMMMEd" if with_year else "MMMEd", dt, locale=_locale(lang))


def when_range(starts_at: datetime, ends_at: datetime, all_day: bool, r: Reader) -> str:
    """"9月19日周六 09:00–17:00", "Sat, Sep 19 – Mon, Sep 21" in the reader's zone."""
    start, end = starts_at.astimezone(r.zone), max(ends_at, starts_at).astimezone(r.zone)
    with_year = start.year != r.now.astimezone(r.zone).year or end.year != start.year
    if all_day:
        last = end - timedelta(days=1) if end.time() == time(0) and end.date() > start.date() else end
        text = _day(start, r.lang, with_year)
        if last.date() > start.date():
            text += " – " + _day(last, r.lang, with_year)
        return text
    if end.date() == start.date():
        text = f"{_day(start, r.lang, with_year)} {start:%H:%M}"
        return text + (f"–{end:%H:%M}" if end > start else "")
    return f"{_day(start, r.lang, with_year)} {start:%H:%M} – {_day(end, r.lang, with_year)} {end:%H:%M}"


def starts_phrase(ev: EventView, r: Reader) -> str:
    """"today at 19:00", "tomorrow at 09:30", "on Sat, Sep 19 at 09:30" (zh: "今天 19:00" …)."""
    start = ev.starts_at.astimezone(r.zone)
    today = r.now.astimezone(r.zone).date()
    t = "" if ev.all_day else f"{start:%H:%M}"
    if start.date() == today:
        return tr(r.lang).gettext("today") if ev.all_day else tr(r.lang).gettext("today at {time}", time=t)
    if start.date() == today + timedelta(days=1):
        return tr(r.lang).gettext("tomorrow") if ev.all_day else tr(r.lang).gettext("tomorrow at {time}", time=t)
    date = _day(start, r.lang, start.year != today.year)
    return tr(r.lang).gettext("on {date}", date=date) if ev.all_day else tr(r.lang).gettext("on {date} at {time}", date=date, time=t)


# ---------------------------------------------------------------- the compact event card

def place_text(ev: EventView, r: Reader, place_name=None) -> str:
    where = [p for p in (clip(ev.venue, 120), clip(ev.address, 160)) if p]
    if where:
        return esc(where[0]) + (f", {esc(where[1])}" if len(where) > 1 and where[1] != where[0] else "")
    name = place_name(ev.place_code, r.lang) if place_name else None
    if name:
        return esc(name)
    return tr(r.lang).gettext("Online") if ev.online else tr(r.lang).gettext("Place to be announced")


def _link(url: str | None) -> str:
    from handlers.render import link  # the one place that decides what counts as a safe link

    return link(url)


def card(ev: EventView, r: Reader, place_name=None) -> str:
    """The event card of notices: title, time, place, online link, registration link."""
    lines = [f"<b>{esc(clip(ev.title, 200))}</b>", "🗓 " + when_range(ev.starts_at, ev.ends_at, ev.all_day, r)]
    if ev.venue or ev.address or not ev.online:
        lines.append("📍 " + place_text(ev, r, place_name))
    if ev.online:
        online = _link(ev.online_url) if ev.online_url else tr(r.lang).gettext("link to follow")
        lines.append("💻 " + tr(r.lang).gettext("Online: {link}", link=online))
    if ev.url:
        lines.append("📝 " + tr(r.lang).gettext("Registration and details: {link}", link=_link(ev.url)))
    return "\n".join(lines)


def _button_title(ev: EventView) -> str:
    return clip(ev.title, TITLE_IN_BUTTON)


def _fit(parts: list[str], tail: list[str], more_msg) -> str:
    """Join blocks until the text would pass MAX_TEXT; count what was left out."""
    out: list[str] = []
    size = sum(len(t) + 2 for t in tail)
    for i, p in enumerate(parts):
        if size + len(p) + 2 > MAX_TEXT - 100:
            out.append(more_msg(len(parts) - i))
            break
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out + tail)


# ---------------------------------------------------------------- reminders

def reminder(events: list[EventView], r: Reader, place_name=None) -> Notice:
    """One message for every reminder due for one user at the same time."""
    events = sorted(events, key=lambda e: (e.starts_at, e.id))
    if len(events) == 1:
        ev = events[0]
        head = "⏰ " + tr(r.lang).gettext("<b>Reminder:</b> starts {when}", when=starts_phrase(ev, r))
        text = _fit([head, card(ev, r, place_name)], [], lambda n: "")
        return Notice(text, [[Button("🔕 " + tr(r.lang).gettext("Stop reminders"), callback_data(CB_STOP, ev.id)),
                              Button("ℹ️ " + tr(r.lang).gettext("Details"), callback_data(CB_EVENT, ev.id))]])
    head = "⏰ " + tr(r.lang).ngettext("<b>Reminder:</b> {n} event coming up",
                                                "<b>Reminder:</b> {n} events coming up", len(events))
    blocks = [f"{card(ev, r, place_name)}\n⏰ " + tr(r.lang).gettext("starts {when}", when=starts_phrase(ev, r))
              for ev in events]
    text = _fit([head, *blocks], [], lambda n: tr(r.lang).gettext("…and {n} more: /my", n=n))
    buttons = [[Button(f"🔕 {_button_title(ev)}", callback_data(CB_STOP, ev.id))] for ev in events[:MAX_LIST]]
    return Notice(text, buttons)


# ---------------------------------------------------------------- new events: alerts and digests

@dataclass(frozen=True)
class AlertItem:
    event: EventView
    reason: str  # the follow's label: "人工智能", "北京", "“AI 北京”"
    follow_kind: str
    follow_id: int | None


def _unfollow_button(item: AlertItem, r: Reader) -> Button | None:
    if item.follow_id is None:
        return None
    prefix = CB_UNSAVE if item.follow_kind == "search" else CB_UNFOLLOW
    return Button("🚫 " + tr(r.lang).gettext("Unfollow “{name}”", name=clip(item.reason, 20)),
                  callback_data(prefix, item.follow_id))


def alerts(items: list[AlertItem], r: Reader, *, digest: bool, place_name=None) -> Notice:
    items = sorted(items, key=lambda i: (i.event.starts_at, i.event.id))
    if len(items) == 1 and not digest:
        item = items[0]
        head = "🆕 " + tr(r.lang).gettext("<b>New event</b> for “{reason}”", reason=esc(clip(item.reason, 60)))
        rows = [[Button("🔔 " + tr(r.lang).gettext("Remind me"), callback_data(CB_REMIND, item.event.id)),
                 Button("ℹ️ " + tr(r.lang).gettext("Details"), callback_data(CB_EVENT, item.event.id))]]
        unfollow = _unfollow_button(item, r)
        if unfollow:
            rows.append([unfollow])
        return Notice(_fit([head, card(item.event, r, place_name)], [], lambda n: ""), rows)
    t = tr(r.lang)
    if digest:
        head = "📰 " + t.ngettext("<b>Your digest:</b> {n} new event", "<b>Your digest:</b> {n} new events",
                                   len(items))
    else:
        head = "🆕 " + t.ngettext("<b>{n} new event</b> you follow", "<b>{n} new events</b> you follow",
                                   len(items))
    shown = items[:MAX_LIST]
    lines = []
    for n, item in enumerate(shown, 1):
        ev = item.event
        lines.append(f"<b>{n}.</b> {esc(clip(ev.title, 120))}\n     "
                     f"{when_range(ev.starts_at, ev.ends_at, ev.all_day, r)} · {place_text(ev, r, place_name)}\n"
                     f"     🔎 {esc(clip(item.reason, 60))}")
    more = len(items) - len(shown)
    tail = [tr(r.lang).gettext("…and {n} more.", n=more)] if more else []
    text = _fit([head, *lines], tail, lambda k: tr(r.lang).gettext("…and {n} more.", n=k + more))
    buttons = [[Button(f"🔔 {n}. {_button_title(item.event)}", callback_data(CB_REMIND, item.event.id))]
               for n, item in enumerate(shown, 1)]
    return Notice(text, buttons)


# ---------------------------------------------------------------- changes and cancellations

def _place_of(values: dict) -> str:
    return " · ".join(clip(values.get(k), 120) for k in ("venue", "address") if values.get(k))


def change(ev: EventView, before: dict, after: dict, r: Reader, *, reminders_moved: bool) -> Notice:
    """What changed, old and new. `before`/`after` hold bot.events.WATCHED fields (datetimes aware)."""
    lang = r.lang
    lines = ["⚠️ " + tr(lang).gettext("<b>{title}</b> has changed:", title=esc(clip(ev.title, 200)))]
    if before["starts_at"] != after["starts_at"] or before["ends_at"] != after["ends_at"]:
        old = when_range(before["starts_at"], before["ends_at"], ev.all_day, r)
        new = when_range(after["starts_at"], after["ends_at"], ev.all_day, r)
        lines.append("🗓 " + tr(lang).gettext("Time: <s>{old}</s> → <b>{new}</b>", old=old, new=new))
    if before.get("venue") != after.get("venue") or before.get("address") != after.get("address"):
        unknown = tr(lang).gettext("not given")
        old, new = esc(_place_of(before) or unknown), esc(_place_of(after) or unknown)
        lines.append("📍 " + tr(lang).gettext("Place: <s>{old}</s> → <b>{new}</b>", old=old, new=new))
    if before.get("online_url") != after.get("online_url"):
        none = tr(lang).gettext("none")
        old = esc(clip(before.get("online_url"), 120)) or none
        new = _link(after.get("online_url")) if after.get("online_url") else none
        lines.append("💻 " + tr(lang).gettext("Online link: {old} → {new}", old=old, new=new))
    if reminders_moved:
        lines.append(tr(lang).gettext("Your reminders have moved with it."))
    return Notice("\n".join(lines), [[Button("🔕 " + tr(lang).gettext("Stop reminders"), callback_data(CB_STOP, ev.id)),
                                      Button("ℹ️ " + tr(lang).gettext("Details"), callback_data(CB_EVENT, ev.id))]])


def cancelled(ev: EventView, before: dict, r: Reader) -> Notice:
    when = when_range(before["starts_at"], before["ends_at"], ev.all_day, r)
    text = "❌ " + tr(r.lang).gettext("<b>{title}</b> ({when}) has been cancelled. Your reminders for it are cancelled too.",
                     title=esc(clip(ev.title, 200)), when=when)
    return Notice(text, [])


def reinstated(ev: EventView, r: Reader) -> Notice:
    text = "✅ " + tr(r.lang).gettext("<b>{title}</b> is on again: {when}. Your reminders are back.",
                     title=esc(clip(ev.title, 200)), when=when_range(ev.starts_at, ev.ends_at, ev.all_day, r))
    return Notice(text, [[Button("🔕 " + tr(r.lang).gettext("Stop reminders"), callback_data(CB_STOP, ev.id)),
                          Button("ℹ️ " + tr(r.lang).gettext("Details"), callback_data(CB_EVENT, ev.id))]])
