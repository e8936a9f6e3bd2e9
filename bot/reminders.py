"""When to remind, and what to do when the moment has passed.

Reminders are rows with a due time (bot.store.models.Reminder), planned from the subscription's offsets
in the user's time zone. A sweep (bot.scheduler) claims what is due, applies the catch-up rules below,
and turns what is still useful into one outbox message per user. When an event changes, its pending
reminders move with it (or are cancelled), and its subscribers are told what changed.

Catch-up rules (also in the README):
1. On time means at most `late_grace` (10 min) after the due time: the reminder goes out, even in
   quiet hours — its time was chosen by the user.
2. A reminder for an event that has started, or was cancelled, is never sent ("dropped").
3. A late reminder whose event has not started is sent, worded from the actual time ("starts today at
   09:30"), so a late "evening before" reminder still tells the truth.
4. Several reminders of one event due at once (after downtime) go out as one: the nearest to the event.
5. A late reminder is not sent in quiet hours: it waits for the end of them, or is dropped if the event
   starts before they end.
6. Reminders due while the user has muted the bot, or blocked it (inactive), are skipped; those due
   after the mute ends or after they come back with /start go out as usual.
"""
from __future__ import annotations

import itertools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Callable, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ARRAY, Integer, Select, any_, bindparam, delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import notices
from bot.delivery.outbox import encode_payload, enqueue, insert_ignore
from bot.events import WATCHED
from bot.importer.records import CANCELLED
from bot.services import EventView, event_view
from bot.store.models import Event, EventWatch, NotifyPrefs, Outbox, Reminder, Subscription, User, UserState

# ---------------------------------------------------------------- offsets and presets

RELATIVE = {"1d": timedelta(days=1), "3h": timedelta(hours=3), "1h": timedelta(hours=1),
            "30m": timedelta(minutes=30), "15m": timedelta(minutes=15)}
CALENDAR = ("eve", "morn")  # the evening before / the morning of the day, at an hour set in Rules
OFFSETS = (*CALENDAR, *RELATIVE)
PRESETS: dict[str, tuple[str, ...]] = {
    "default": ("eve", "1h"),  # the evening before, and one hour before
    "day": ("1d", "1h"),  # a day before, and one hour before
    "morning": ("morn", "1h"),  # the morning of the day, and one hour before
    "hour": ("1h",),  # one hour before only
    "close": ("3h", "15m"),  # three hours and fifteen minutes before
}
MIN_GAP = timedelta(minutes=30)  # two reminders closer than this are one: the later one is kept
MOVE_THRESHOLD = timedelta(minutes=30)  # a sent reminder is re-armed when the event moved by more


@dataclass(frozen=True)
class Rules:
    """The timing rules, from Settings (bot.config). `place_name(code, lang)` names a city in notices."""

    default_tz: str = "Asia/Shanghai"
    default_lang: str = "zh"
    evening_hour: int = 20
    morning_hour: int = 8
    late_grace: timedelta = timedelta(minutes=10)
    quiet_start: int = 22 * 60  # minutes after local midnight
    quiet_end: int = 8 * 60
    digest_hour: int = 9
    digest_merge_after: timedelta = timedelta(hours=12)
    place_name: Callable[[str | None, str], str | None] | None = None

    @classmethod
    def from_settings(cls, settings, place_name=None) -> "Rules":
        return cls(default_tz=settings.default_tz, default_lang=settings.default_language,
                   evening_hour=settings.reminder_evening_hour, morning_hour=settings.reminder_morning_hour,
                   late_grace=timedelta(minutes=settings.reminder_late_grace_min),
                   quiet_start=_minutes(settings.default_quiet_start), quiet_end=_minutes(settings.default_quiet_end),
                   digest_hour=settings.default_digest_hour,
                   digest_merge_after=timedelta(hours=settings.digest_merge_after_h), place_name=place_name)


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def parse_offsets(text: str | None) -> tuple[str, ...] | None:
    """"eve,1h" → ("eve", "1h"); unknown codes are ignored; None when nothing is left."""
    if not text:
        return None
    codes = tuple(dict.fromkeys(c.strip() for c in text.split(",") if c.strip() in OFFSETS))
    return codes or None


def zone(tz: str | None, default: str = "Asia/Shanghai") -> ZoneInfo:
    try:
        return ZoneInfo(tz or default)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(default)


def due_time(code: str, starts_at: datetime, tz: ZoneInfo, rules: Rules, *, all_day: bool = False) -> datetime | None:
    """When the reminder `code` for an event starting at `starts_at` is due (aware UTC), or None when
    that reminder makes no sense for this event (e.g. "the morning of" for an event at 07:00)."""
    local = starts_at.astimezone(tz)
    if code == "eve":
        day = local.date() - timedelta(days=1)
        return datetime.combine(day, time(rules.evening_hour), tz).astimezone(timezone.utc)
    if code == "morn":
        at = datetime.combine(local.date(), time(rules.morning_hour), tz)
        return at.astimezone(timezone.utc) if all_day or local - at >= timedelta(hours=1) else None
    delta = RELATIVE.get(code)
    if delta is None:
        return None
    if all_day:
        # An all-day event has no hour: "a day before" is that morning a day earlier, and anything
        # shorter is the morning of the day (not 23:00 the night before).
        day = local.date() - timedelta(days=delta.days)
        return datetime.combine(day, time(rules.morning_hour), tz).astimezone(timezone.utc)
    return starts_at.astimezone(timezone.utc) - delta


def deadline(starts_at: datetime, tz: ZoneInfo, rules: Rules, *, all_day: bool = False) -> datetime:
    """After this a reminder is pointless: the start, or for an all-day event noon of its first day."""
    if not all_day:
        return starts_at
    return datetime.combine(starts_at.astimezone(tz).date(), time(12), tz).astimezone(timezone.utc)


def schedule(codes: Iterable[str], starts_at: datetime, tz: ZoneInfo, rules: Rules, *,
             all_day: bool = False) -> list[tuple[str, datetime]]:
    """Every reminder of `codes` for this event, past ones included, [(code, due)] by due time; two
    closer than MIN_GAP count as one (the later is kept)."""
    dues = []
    end = deadline(starts_at, tz, rules, all_day=all_day)
    for code in dict.fromkeys(codes):
        due = due_time(code, starts_at, tz, rules, all_day=all_day)
        if due is not None and due < end:
            dues.append((code, due))
    dues.sort(key=lambda cd: cd[1], reverse=True)
    kept: list[tuple[str, datetime]] = []
    for code, due in dues:  # from the latest: a later one wins over an earlier one close to it
        if all(abs(due - k) >= MIN_GAP for _, k in kept):
            kept.append((code, due))
    return sorted(kept, key=lambda cd: cd[1])


def plan(codes: Iterable[str], starts_at: datetime, tz: ZoneInfo, now: datetime, rules: Rules, *,
         all_day: bool = False) -> list[tuple[str, datetime]]:
    """The reminders still ahead, [(code, due)] by due time."""
    return [(c, due) for c, due in schedule(codes, starts_at, tz, rules, all_day=all_day) if due > now]


# ---------------------------------------------------------------- quiet hours, mutes, digest time

@dataclass(frozen=True)
class Prefs:
    preset: str = "default"
    alert_mode: str = "instant"  # instant | digest
    digest_hour: int = 9
    quiet_start: int = 22 * 60
    quiet_end: int = 8 * 60
    muted_until: datetime | None = None

    @classmethod
    def defaults(cls, rules: Rules) -> "Prefs":
        return cls(digest_hour=rules.digest_hour, quiet_start=rules.quiet_start, quiet_end=rules.quiet_end)

    @classmethod
    def of(cls, row: NotifyPrefs | None, rules: Rules) -> "Prefs":
        if row is None:
            return cls.defaults(rules)
        return cls(row.reminder_preset if row.reminder_preset in PRESETS else "default", row.alert_mode,
                   row.digest_hour, row.quiet_start, row.quiet_end, row.muted_until)

    @property
    def codes(self) -> tuple[str, ...]:
        return PRESETS.get(self.preset, PRESETS["default"])


def in_quiet(now: datetime, tz: ZoneInfo, start: int, end: int) -> bool:
    if start == end:
        return False
    local = now.astimezone(tz)
    m = local.hour * 60 + local.minute
    return start <= m < end if start < end else (m >= start or m < end)


def quiet_end_after(now: datetime, tz: ZoneInfo, start: int, end: int) -> datetime:
    """The end of the quiet period `now` is in (aware UTC); `now` itself when not in quiet hours."""
    if not in_quiet(now, tz, start, end):
        return now
    local = now.astimezone(tz)
    at = datetime.combine(local.date(), time(end // 60, end % 60), tz)
    if at <= local:
        at = datetime.combine(local.date() + timedelta(days=1), time(end // 60, end % 60), tz)
    return at.astimezone(timezone.utc)


def next_digest(now: datetime, tz: ZoneInfo, hour: int) -> datetime:
    """The next digest time strictly after `now`."""
    local = now.astimezone(tz)
    at = datetime.combine(local.date(), time(hour), tz)
    if at <= local:
        at = datetime.combine(local.date() + timedelta(days=1), time(hour), tz)
    return at.astimezone(timezone.utc)


@dataclass(frozen=True)
class Recipient:
    user_id: int
    lang: str
    tz: str
    active: bool
    prefs: Prefs

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.tz)

    def muted(self, now: datetime) -> bool:
        return self.prefs.muted_until is not None and self.prefs.muted_until > now

    def quiet(self, now: datetime) -> bool:
        return in_quiet(now, self.zone, self.prefs.quiet_start, self.prefs.quiet_end)

    def quiet_end(self, now: datetime) -> datetime:
        return quiet_end_after(now, self.zone, self.prefs.quiet_start, self.prefs.quiet_end)

    def reader(self, now: datetime) -> notices.Reader:
        return notices.Reader(self.lang, self.tz, now)

    def polite_time(self, now: datetime, urgent_before: datetime | None = None) -> datetime:
        """When a not-urgent notice may go out: after a mute and after quiet hours — unless it concerns
        something starting before then (`urgent_before`), which goes out now."""
        at = max(now, self.prefs.muted_until or now)
        at = max(at, quiet_end_after(at, self.zone, self.prefs.quiet_start, self.prefs.quiet_end))
        if urgent_before is not None and at >= urgent_before and not self.muted(now):
            return now
        return at


async def load_recipients(session: AsyncSession, user_ids: Iterable[int], rules: Rules) -> dict[int, Recipient]:
    ids = list(set(user_ids))
    out: dict[int, Recipient] = {}
    # Plain columns, not ORM objects: a sweep loads hundreds of users a batch and only reads them.
    cols = (User.id, User.language, User.tz, User.active, UserState.telegram_language, NotifyPrefs.user_id,
            NotifyPrefs.reminder_preset, NotifyPrefs.alert_mode, NotifyPrefs.digest_hour, NotifyPrefs.quiet_start,
            NotifyPrefs.quiet_end, NotifyPrefs.muted_until)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = await session.execute(
            select(*cols)
            .outerjoin(UserState, UserState.user_id == User.id)
            .outerjoin(NotifyPrefs, NotifyPrefs.user_id == User.id)
            .where(User.id.in_(chunk)))
        for row in rows:
            out[row[0]] = _recipient(row, rules)
    return out


def _recipient(row: tuple, rules: Rules) -> Recipient:
    """A Recipient from (user id, language, tz, active, Telegram's language, prefs' user id or None, preset,
    alert mode, digest hour, quiet start, quiet end, muted until): what load_recipients and the
    PostgreSQL claim read."""
    from bot.i18n import pick_language

    uid, language, tz, active, tg_lang, has_prefs, preset, alert_mode, digest_hour, q_start, q_end, muted = row
    if has_prefs is None:
        prefs = Prefs.defaults(rules)
    else:
        prefs = Prefs(preset if preset in PRESETS else "default", alert_mode, digest_hour, q_start, q_end, muted)
    tz = tz if tz and _valid_tz(tz) else rules.default_tz
    return Recipient(uid, pick_language(language, tg_lang, rules.default_lang), tz, bool(active), prefs)


@lru_cache(maxsize=1024)
def _valid_tz(name: str) -> bool:
    try:
        ZoneInfo(name)
        return True
    except (ZoneInfoNotFoundError, ValueError):
        return False


# ---------------------------------------------------------------- claiming due rows

def claim_statement(model, dialect: str, where: list, limit: int, order_by: list):
    """UPDATE … SET status='claimed' WHERE id IN (SELECT id … LIMIT n [FOR UPDATE SKIP LOCKED]) RETURNING id.
    The claim is the transaction's first statement, so on SQLite the sweep holds the write lock from the
    start (no stale read), and on PostgreSQL concurrent sweeps take disjoint rows without waiting."""
    sub: Select = select(model.id).where(*where).order_by(*order_by).limit(limit)
    if dialect == "postgresql":
        sub = sub.with_for_update(skip_locked=True)
    return (update(model).where(model.id.in_(sub.scalar_subquery())).values(status="claimed")
            .returning(model.id).execution_options(synchronize_session=False))


# ---------------------------------------------------------------- planning

async def replan(session: AsyncSession, sub: Subscription, ev: Event, rec: Recipient, now: datetime,
                 rules: Rules) -> list[tuple[str, datetime]]:
    """Bring a subscription's reminders in line with its event: new due times for pending ones, re-armed
    ones when the event moved, removed ones that no longer apply. A pending reminder that is already due
    stays (the sweep's catch-up rules decide about it); new ones are only planned ahead. Returns the
    reminders ahead."""
    codes = parse_offsets(sub.offsets) or rec.prefs.codes
    wanted = schedule(codes, ev.starts_at, rec.zone, rules, all_day=ev.all_day) if ev.status != CANCELLED else []
    existing = {r.offset_code: r for r in await session.scalars(
        select(Reminder).where(Reminder.subscription_id == sub.id))}
    for code, due in wanted:
        row = existing.pop(code, None)
        if row is None:
            if due > now:
                session.add(Reminder(subscription_id=sub.id, user_id=sub.user_id, event_id=ev.id,
                                     offset_code=code, due_at=due, status="pending"))
        elif row.status == "pending":
            if row.due_at != due:
                row.due_at = due
        elif due > now and abs(row.due_at - due) > MOVE_THRESHOLD:  # the event moved: useful again
            row.due_at, row.status, row.outbox_id, row.note = due, "pending", None, None
    for row in existing.values():
        if row.status == "pending":
            row.status, row.note = "cancelled", ("event_cancelled" if ev.status == CANCELLED else "replanned")
    await session.flush()
    return [(c, due) for c, due in wanted if due > now]


async def replan_user(session: AsyncSession, user_id: int, now: datetime, rules: Rules) -> int:
    """After a change of preset or time zone: replan every upcoming subscription of the user."""
    rec = (await load_recipients(session, [user_id], rules)).get(user_id)
    if rec is None:
        return 0
    rows = (await session.execute(select(Subscription, Event).join(Event, Event.id == Subscription.event_id)
                                  .where(Subscription.user_id == user_id, Event.starts_at > now))).all()
    for sub, ev in rows:
        await replan(session, sub, ev, rec, now, rules)
    return len(rows)


# ---------------------------------------------------------------- the reminder sweep

@dataclass
class SweepStats:
    claimed: int = 0
    messages: int = 0
    sent_rows: int = 0
    dropped: int = 0
    postponed: int = 0
    skipped: int = 0
    notes: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def note(self, why: str) -> None:
        self.notes[why] += 1


async def sweep_reminders(session: AsyncSession, now: datetime, rules: Rules, *, limit: int = 500) -> SweepStats:
    """Claim due reminders, apply the catch-up rules, queue one message per user. The caller commits; a
    crash before the commit leaves every row as it was.

    A batch costs a fixed handful of statements, whatever its size (a million reminders due in the same
    minute is the science week's opening morning). On PostgreSQL: one claim that also returns each
    recipient's settings, one read of the batch's events, and one statement that inserts the outbox rows
    and records every reminder's outcome (with the new outbox ids) together. The Python work a reminder
    is a few comparisons on plain tuples; a message for the same events, language, time zone and day is
    rendered once per process."""
    stats = SweepStats()
    pg = session.bind.dialect.name == "postgresql"
    if pg:
        rows, people = await _claim_due_reminders_pg(session, now, limit, rules)
    else:
        rows = await _claim_due_reminders(session, now, limit)
        people = await load_recipients(session, {r[1] for r in rows}, rules) if rows else {}
    stats.claimed = len(rows)
    if not rows:
        return stats
    events = await _event_views(session, {r[2]: (r[16], r[17]) for r in rows if r[16] is not None} if pg
                                else {r[2] for r in rows}, pg)
    outcome, messages = _decide(rows, people, events, now, rules, stats)
    if pg:
        await _write_pg(session, now, outcome, messages)
        return stats
    box_ids = await _insert_messages(session, [m.values(now) for m in messages])
    for m in messages:
        box = box_ids.get(m.key)  # None: queued before (a retried batch), not twice
        for rid, due in m.carried:
            outcome[rid] = ("queued", None, due, box)
    await _record_outcomes(session, outcome)
    return stats


@dataclass(slots=True)
class _Message:
    """One outbox row of a sweep: for `chat`, text `payload`, carrying reminders [(id, due_at)]."""

    chat: int
    payload: str
    expires: datetime
    key: str  # dedupe_key
    carried: list

    def values(self, now: datetime) -> dict:
        return dict(chat_id=self.chat, user_id=self.chat, kind="reminder", payload=self.payload, status="pending",
                    due_at=now, attempts=0, expires_at=self.expires, dedupe_key=self.key)


def _decide(rows: list, people: dict[int, Recipient], events: dict[int, tuple], now: datetime, rules: Rules,
            stats: SweepStats) -> tuple[dict[int, tuple], list[_Message]]:
    """The catch-up rules over a claimed batch. `rows` are (id, user_id, event_id, due_at, …) in claim order,
    `events` event id → (EventView, version). Returns the outcome of every reminder that is not queued
    (id → (status, note, due_at, None)) and the messages, one per user."""
    outcome: dict[int, tuple] = {}
    messages: list[_Message] = []
    late_before, place_name = now - rules.late_grace, rules.place_name
    days: dict[str, date] = {}  # zone → today there
    quiet_ends: dict[tuple, datetime] = {}  # (zone, quiet start, quiet end) → end of quiet hours (now: not quiet)

    def finish(rid: int, due: datetime, status: str, why: str) -> None:
        outcome[rid] = (status, why, due, None)
        stats.notes[why] += 1
        if status == "dropped":
            stats.dropped += 1
        elif status == "skipped":
            stats.skipped += 1

    by_user: dict[int, list] = {}
    for row in rows:
        rems = by_user.get(row[1])
        if rems is None:
            by_user[row[1]] = [row]
        else:
            rems.append(row)
    for user_id, rems in by_user.items():
        rec = people.get(user_id)
        best: dict[int, tuple] = {}  # event id → (reminder id, due) kept for the user's message
        for row in rems:
            rid, event_id, due = row[0], row[2], row[3]
            ev = events.get(event_id)
            if ev is None or ev[0].cancelled:
                finish(rid, due, "cancelled", "event_cancelled")
                continue
            if rec is None or not rec.active:
                finish(rid, due, "skipped", "inactive")
                continue
            muted = rec.prefs.muted_until
            if muted is not None and muted > now:
                finish(rid, due, "skipped", "muted")
                continue
            view = ev[0]
            end_by = _deadline(view, rec.tz, rules) if view.all_day else view.starts_at
            if now >= end_by:
                finish(rid, due, "dropped", "started")
                continue
            if due < late_before:  # now - due > grace
                p = rec.prefs
                qkey = (rec.tz, p.quiet_start, p.quiet_end)
                end = quiet_ends.get(qkey)
                if end is None:
                    end = quiet_ends[qkey] = quiet_end_after(now, zone(rec.tz), p.quiet_start, p.quiet_end)
                if end != now:  # late, in quiet hours
                    if end >= end_by:
                        finish(rid, due, "dropped", "quiet")
                    else:
                        outcome[rid] = ("pending", None, end, None)
                        stats.postponed += 1
                    continue
            other = best.get(event_id)
            if other is None or due > other[1]:
                if other is not None:
                    finish(other[0], other[1], "dropped", "superseded")
                best[event_id] = (rid, due)
            else:
                finish(rid, due, "dropped", "superseded")
        if not best:
            continue
        tz = rec.tz
        day = days.get(tz)
        if day is None:
            day = days[tz] = now.astimezone(zone(tz)).date()
        carried = list(best.values())
        if len(best) == 1:
            (only,) = best
            view, version = events[only]
            payload = _payload((view,), (version,), rec.lang, tz, day, place_name)
            expires, first = _deadline(view, tz, rules), carried[0]
        else:
            # In the order notices.reminder shows them: the same events in another order are the same text.
            chosen = sorted((events[eid] for eid in best), key=lambda ev: (ev[0].starts_at, ev[0].id))
            payload = _payload(tuple(v for v, _ in chosen), tuple(ver for _, ver in chosen), rec.lang, tz, day,
                               place_name)
            expires = min(_deadline(v, tz, rules) for v, _ in chosen)
            first = min(carried)  # (id, due): a re-armed reminder keeps its id, the due time tells apart
        messages.append(_Message(user_id, payload, expires, f"rem:{first[0]}:{int(first[1].timestamp())}", carried))
        stats.messages += 1
        stats.sent_rows += len(best)
    return outcome, messages


def _deadline(view: EventView, tz: str, rules: Rules) -> datetime:
    return deadline(view.starts_at, zone(tz), rules, all_day=True) if view.all_day else view.starts_at


_R = Reminder.__table__  # the sweep's writes are Core statements: the ORM adds nothing there
_O = Outbox.__table__
_E = Event.__table__
_VIEW_COLS = ("id", "uid", "title", "description", "starts_at", "ends_at", "tz", "all_day", "venue", "address",
              "province_code", "city_code", "district_code", "lat", "lon", "online", "online_url", "url", "organizer",
              "topics", "audiences", "status")
_views: dict[tuple, tuple[EventView, int]] = {}  # an event's columns as read → (its view, a version number)
_pg_versions: dict[tuple, tuple[tuple, tuple[EventView, int]]] = {}  # (database, event id) → (row version, view)
_PG_VERSION = text("xmin::text")  # a new row version (any update) has another xmin


async def _event_views(session: AsyncSession, ids: set[int] | dict[int, tuple], pg: bool
                       ) -> dict[int, tuple[EventView, int]]:
    """event id → (EventView, version) for a batch; version numbers stand for the events' contents in the
    rendering cache's key. SQLite: the columns are read every batch (an event may have changed since the
    last one) and a view is built again only when they differ from what was seen. PostgreSQL: `ids` maps
    each event to its row version (xmin, updated_at) read by the claim, and only events whose version was
    not seen yet are read."""
    out = {}
    url = session.bind.url
    db = (url.host, url.port, url.database)  # not the URL: hashing one costs more than the lookup
    if pg:
        for eid, version in ids.items():
            seen = _pg_versions.get((db, eid))
            if seen is not None and seen[0] == version:
                out[eid] = seen[1]
        ids = [eid for eid in ids if eid not in out]
        if not ids:
            return out
    stmt = select(*(_E.c[name] for name in _VIEW_COLS))
    if pg:
        stmt = (stmt.add_columns(_PG_VERSION, _E.c.updated_at)
                .where(_E.c.id == any_(bindparam("ids", type_=ARRAY(Integer)))))
        result = await session.execute(stmt, {"ids": ids})
    else:
        result = await session.execute(stmt.where(_E.c.id.in_(ids)))
    n = len(_VIEW_COLS)
    for row in result.all():
        cols = tuple(row[:n])
        hit = _views.get(cols)
        if hit is None:
            if len(_views) > 20_000:
                _views.clear()
            hit = _views[cols] = (event_view(row), next(_view_versions))  # a Row reads like an Event
        if pg:
            if len(_pg_versions) > 20_000:
                _pg_versions.clear()
            _pg_versions[db, cols[0]] = (tuple(row[n:]), hit)
        out[cols[0]] = hit
    return out


_view_versions = itertools.count()
_payloads: dict[tuple, str] = {}


def _payload(views: tuple[EventView, ...], versions: tuple[int, ...], lang: str, tz: str, local_day: date,
             place_name) -> str:
    """The outbox payload of a reminder. Popular events are due for thousands of users at once, and the
    text depends only on the events, the reader's language and zone, and the day it is written on
    (notices read `now` only as today's date and year), so each is rendered once per process."""
    key = (versions, lang, tz, local_day, place_name)
    text_ = _payloads.get(key)
    if text_ is None:
        if len(_payloads) > 20_000:
            _payloads.clear()
        noon = datetime.combine(local_day, time(12), zone(tz))
        notice = notices.reminder(list(views), notices.Reader(lang, tz, noon), place_name)
        text_ = _payloads[key] = encode_payload(notice.text, notice.buttons)
    return text_


# On PostgreSQL the claim reads what the rules need about each recipient, and each event's row version,
# in the same statement: the row locks (FOR UPDATE SKIP LOCKED) are the claim, concurrent sweeps take
# disjoint rows, and a row is written once, with its outcome. The LIMIT 1 lookups keep PostgreSQL from
# merging the whole users table against a batch.
_PG_CLAIM = text(
    "WITH c AS (SELECT id, user_id, event_id, due_at FROM reminders WHERE status = 'pending' AND due_at <= :now "
    "ORDER BY due_at, user_id, id LIMIT :n FOR UPDATE SKIP LOCKED) "
    "SELECT c.id, c.user_id, c.event_id, c.due_at, u.id, u.language, u.tz, u.active, s.telegram_language, "
    "p.user_id, p.reminder_preset, p.alert_mode, p.digest_hour, p.quiet_start, p.quiet_end, p.muted_until, "
    "e.xmin::text, e.updated_at "
    "FROM c LEFT JOIN LATERAL (SELECT * FROM users WHERE id = c.user_id LIMIT 1) u ON true "
    "LEFT JOIN LATERAL (SELECT * FROM user_states WHERE user_id = c.user_id LIMIT 1) s ON true "
    "LEFT JOIN LATERAL (SELECT * FROM notify_prefs WHERE user_id = c.user_id LIMIT 1) p ON true "
    "LEFT JOIN LATERAL (SELECT xmin, updated_at FROM events WHERE id = c.event_id LIMIT 1) e ON true "
    "ORDER BY c.due_at, c.user_id, c.id")


async def _claim_due_reminders_pg(session: AsyncSession, now: datetime, limit: int,
                                  rules: Rules) -> tuple[list, dict[int, Recipient]]:
    """Lock up to `limit` due reminders, soonest first and a user's together: rows (id, user_id, event_id,
    due_at, …), and their recipients as load_recipients would give them."""
    rows = (await session.execute(_PG_CLAIM, {"now": now, "n": limit})).all()
    people: dict[int, Recipient] = {}
    for r in rows:
        uid = r[4]
        if uid is not None and uid not in people:
            people[uid] = _recipient(r[4:16], rules)
    return rows, people


async def _claim_due_reminders(session: AsyncSession, now: datetime, limit: int) -> list:
    """SQLite: claim up to `limit` due reminders, soonest first and a user's together, as an UPDATE, so the
    sweep holds the write lock from its first statement; rows (id, user_id, event_id, due_at)."""
    where = [Reminder.status == "pending", Reminder.due_at <= now]
    order = [Reminder.due_at, Reminder.user_id, Reminder.id]
    stmt = claim_statement(Reminder, "sqlite", where, limit, order).returning(
        Reminder.user_id, Reminder.event_id, Reminder.due_at)
    return sorted((await session.execute(stmt)).all(), key=lambda r: (r.due_at, r.user_id, r.id))


# One statement writes a PostgreSQL batch: the messages go in from arrays (each distinct text sent once,
# rows point at it), and every claimed reminder gets its outcome and, when queued, the new outbox id
# (missing when the dedupe key was already there: enqueueing the same notice twice cannot send it twice).
_PG_WRITE = text(
    "WITH ins AS ("
    "INSERT INTO outbox (chat_id, user_id, kind, payload, status, due_at, expires_at, attempts, dedupe_key, created_at) "
    "SELECT m.c, m.c, 'reminder', t.p, 'pending', :due, m.e, 0, m.k, :created "
    "FROM unnest(CAST(:chats AS bigint[]), CAST(:tix AS integer[]), CAST(:expires AS timestamptz[]), "
    "CAST(:keys AS text[])) AS m(c, t, e, k) "
    "JOIN unnest(CAST(:texts AS text[])) WITH ORDINALITY AS t(p, i) ON t.i = m.t "  # not texts[i]: a copy a row
    "ON CONFLICT DO NOTHING RETURNING id, dedupe_key) "
    "UPDATE reminders AS r SET status = v.st, due_at = v.du, note = coalesce(v.nt, r.note), "
    "outbox_id = coalesce(ins.id, r.outbox_id) "
    "FROM unnest(CAST(:ids AS integer[]), CAST(:sts AS text[]), CAST(:dues AS timestamptz[]), "
    "CAST(:notes AS text[]), CAST(:rkeys AS text[])) AS v(id, st, du, nt, k) "
    "LEFT JOIN ins ON ins.dedupe_key = v.k WHERE r.id = v.id")


async def _write_pg(session: AsyncSession, now: datetime, outcome: dict[int, tuple], messages: list[_Message]) -> None:
    texts: dict[str, int] = {}
    chats, tix, expires, keys = [], [], [], []
    ids, sts, dues, notes_, rkeys = [], [], [], [], []
    for rid, (st, note, due, _) in outcome.items():
        ids.append(rid), sts.append(st), dues.append(due), notes_.append(note), rkeys.append(None)
    for m in messages:
        chats.append(m.chat), expires.append(m.expires), keys.append(m.key)
        tix.append(texts.setdefault(m.payload, len(texts) + 1))
        for rid, due in m.carried:
            ids.append(rid), sts.append("queued"), dues.append(due), notes_.append(None), rkeys.append(m.key)
    await session.execute(_PG_WRITE, dict(texts=list(texts), chats=chats, tix=tix, expires=expires, keys=keys,
                                          due=now, created=datetime.now(timezone.utc), ids=ids, sts=sts, dues=dues,
                                          notes=notes_, rkeys=rkeys))


async def _insert_messages(session: AsyncSession, values: list[dict]) -> dict[str, int]:
    """SQLite: every message of a batch in one INSERT … ON CONFLICT DO NOTHING; dedupe_key → new id (a
    key that was already there is missing)."""
    if not values:
        return {}
    rows = await session.execute(insert_ignore(session, _O).returning(_O.c.id, _O.c.dedupe_key), values)
    return {key: box_id for box_id, key in rows.all()}


async def _record_outcomes(session: AsyncSession, outcome: dict[int, tuple]) -> None:
    """SQLite: every claimed reminder's new status in one statement. A missing note or outbox id leaves the
    stored one as it is."""
    stmt = (update(_R).where(_R.c.id == bindparam("rid"))
            .values(status=bindparam("st"), due_at=bindparam("du"),
                    note=func.coalesce(bindparam("nt", type_=_R.c.note.type), _R.c.note),
                    outbox_id=func.coalesce(bindparam("ob", type_=_R.c.outbox_id.type), _R.c.outbox_id)))
    params = [dict(rid=rid, st=st, nt=nt, du=du, ob=ob) for rid, (st, nt, du, ob) in outcome.items()]
    await session.execute(stmt, params)


# ---------------------------------------------------------------- changes

def snapshot(ev: Event) -> dict:
    return {k: getattr(ev, k) for k in WATCHED}


def encode_snapshot(values: dict) -> str:
    return json.dumps({k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()},
                      ensure_ascii=False, sort_keys=True)


def decode_snapshot(text: str) -> dict:
    raw = json.loads(text or "{}")
    return {k: (datetime.fromisoformat(v) if k in ("starts_at", "ends_at") and v else v) for k, v in raw.items()}


async def watch(session: AsyncSession, ev: Event) -> EventWatch:
    """Start watching an event for changes (on its first subscription); the current state is the baseline."""
    row = await session.get(EventWatch, ev.id)
    if row is None:
        await session.execute(insert_ignore(session, EventWatch).values(
            event_id=ev.id, content_hash=ev.content_hash, snapshot=encode_snapshot(snapshot(ev))))
        row = await session.get(EventWatch, ev.id)
    return row


@dataclass
class ChangeStats:
    claimed: int = 0
    events: int = 0
    notices: int = 0
    cancelled: int = 0


async def scan_changes(session: AsyncSession, now: datetime, rules: Rules, *, event_ids: list[int] | None = None,
                       limit: int = 200) -> ChangeStats:
    """Tell subscribers of every watched event whose time, place, link or status changed since they last
    heard of it, and move or cancel their reminders. Idempotent; safe in several processes at once."""
    stats = ChangeStats()
    dialect = session.bind.dialect.name
    sub = (select(EventWatch.event_id).join(Event, Event.id == EventWatch.event_id)
           .where(Event.content_hash != EventWatch.content_hash).order_by(EventWatch.event_id).limit(limit))
    if event_ids is not None:
        sub = sub.where(EventWatch.event_id.in_(event_ids))
    if dialect == "postgresql":
        sub = sub.with_for_update(skip_locked=True, of=EventWatch)
    claimed = (await session.execute(
        update(EventWatch).where(EventWatch.event_id.in_(sub.scalar_subquery()))
        .values(content_hash=select(Event.content_hash).where(Event.id == EventWatch.event_id).scalar_subquery())
        .returning(EventWatch.event_id, EventWatch.snapshot)
        .execution_options(synchronize_session=False))).all()
    stats.claimed = len(claimed)
    for event_id, old in claimed:
        ev = await session.get(Event, event_id)
        before, after = decode_snapshot(old), snapshot(ev)
        await session.execute(update(EventWatch).where(EventWatch.event_id == event_id)
                              .values(snapshot=encode_snapshot(after)).execution_options(synchronize_session=False))
        if _same(before, after):
            continue
        stats.events += 1
        stats.notices += await _apply_change(session, ev, before, after, now, rules)
        stats.cancelled += int(after["status"] == CANCELLED and before.get("status") != CANCELLED)
    await session.flush()
    return stats


def _same(before: dict, after: dict) -> bool:
    return all(before.get(k) == after.get(k) for k in WATCHED)


async def _apply_change(session: AsyncSession, ev: Event, before: dict, after: dict, now: datetime,
                        rules: Rules) -> int:
    subs = list(await session.scalars(select(Subscription).where(Subscription.event_id == ev.id)))
    if not subs:
        return 0
    people = await load_recipients(session, {s.user_id for s in subs}, rules)
    view = event_view(ev)
    was_cancelled = before.get("status") == CANCELLED
    now_cancelled = after["status"] == CANCELLED
    timing = before.get("starts_at") != after["starts_at"] or before.get("ends_at") != after["ends_at"]
    sent = 0
    status_changed = was_cancelled != now_cancelled
    for s in subs:
        rec = people.get(s.user_id)
        if rec is None:
            continue
        # Reminders follow the time and the status; a new place or link leaves them as they are.
        planned = await replan(session, s, ev, rec, now, rules) if timing or status_changed else []
        if not rec.active:
            continue  # blocked us: reminders follow the event, but there is nobody to tell
        reader = rec.reader(now)
        if now_cancelled and not was_cancelled:
            if before["ends_at"] <= now:
                continue
            notice, kind = notices.cancelled(view, before, reader), "cancel"
            urgent, expires = before["starts_at"], before["ends_at"]
        elif was_cancelled and not now_cancelled:
            notice, kind, urgent, expires = notices.reinstated(view, reader), "change", ev.starts_at, ev.ends_at
        elif now_cancelled:
            continue  # changes to an event that stays cancelled interest nobody
        else:
            if ev.ends_at <= now:
                continue
            notice = notices.change(view, before, after, reader, reminders_moved=timing and bool(planned))
            kind, urgent, expires = "change", min(before["starts_at"], ev.starts_at), ev.ends_at
        await enqueue(session, chat_id=s.user_id, user_id=s.user_id, kind=kind, notice=notice,
                      due_at=rec.polite_time(now, urgent_before=urgent), expires_at=expires, flush=False)
        sent += 1
    return sent


async def cancel_event_reminders(session: AsyncSession, event_id: int) -> int:
    result = await session.execute(update(Reminder).where(Reminder.event_id == event_id, Reminder.status == "pending")
                                   .values(status="cancelled", note="event_cancelled")
                                   .execution_options(synchronize_session=False))
    return result.rowcount or 0


async def prune(session: AsyncSession, now: datetime, *, keep: timedelta = timedelta(days=7)) -> int:
    """Forget reminders and watches of events long over."""
    old = select(Event.id).where(Event.ends_at < now - keep).scalar_subquery()
    n = (await session.execute(delete(Reminder).where(Reminder.event_id.in_(old)))).rowcount or 0
    n += (await session.execute(delete(EventWatch).where(EventWatch.event_id.in_(old)))).rowcount or 0
    return n
