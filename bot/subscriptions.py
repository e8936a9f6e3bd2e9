"""What a user asked to hear about, and everything the bot keeps for it.

Subscriptions (remind me about this event), follows (a topic, a place, an organizer), saved searches
("new AI events in Beijing"), notification preferences, mute and /forget. Plain async functions over
an AsyncSession; none of them commits — the caller owns the unit of work.

New events reach followers through two sweeps (bot.scheduler): `scan_new_events` matches every event
not yet matched against follows and saved searches and writes Alert rows (at once, or for the user's
digest hour); `sweep_alerts` sends what is due, one message per user, after quiet hours and mutes.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Awaitable, Callable

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import notices
from bot.delivery.outbox import enqueue, insert_ignore
from bot.events import ImportReport
from bot.importer.records import CANCELLED
from bot.nlu import lexicon
from bot.reminders import (PRESETS, Recipient, Rules, SweepStats, claim_statement, load_recipients, next_digest,
                           parse_offsets, replan, replan_user, scan_changes, watch)
from bot.services import EventView, event_view
from bot.store.models import (Alert, AlertScan, Event, Follow, NotifyPrefs, Outbox, Reminder, SavedQuery, SavedSearch,
                              Subscription, User, UserState)

FOLLOW_KINDS = ("topic", "place", "organizer")
HELD_KINDS = ("alert", "digest", "change", "cancel")  # outbox kinds a mute holds back (reminders are dropped)


# ---------------------------------------------------------------- users and preferences

async def ensure_user(session: AsyncSession, user_id: int) -> User:
    user = await session.get(User, user_id)
    if user is None:
        await session.execute(insert_ignore(session, User).values(id=user_id, active=True))
        user = await session.get(User, user_id)
    return user


async def recipient(session: AsyncSession, user_id: int, rules: Rules) -> Recipient:
    await ensure_user(session, user_id)
    return (await load_recipients(session, [user_id], rules))[user_id]


async def _prefs_row(session: AsyncSession, user_id: int, rules: Rules) -> NotifyPrefs:
    row = await session.get(NotifyPrefs, user_id)
    if row is None:
        await ensure_user(session, user_id)
        await session.execute(insert_ignore(session, NotifyPrefs).values(
            user_id=user_id, reminder_preset="default", alert_mode="instant", digest_hour=rules.digest_hour,
            quiet_start=rules.quiet_start, quiet_end=rules.quiet_end, updated_at=datetime.now(timezone.utc)))
        row = await session.get(NotifyPrefs, user_id)
    return row


async def set_preset(session: AsyncSession, user_id: int, preset: str, now: datetime, rules: Rules) -> int:
    """Choose the reminder offsets for subscriptions without their own; replans upcoming ones."""
    if preset not in PRESETS:
        raise ValueError(f"unknown reminder preset {preset!r}")
    (await _prefs_row(session, user_id, rules)).reminder_preset = preset
    await session.flush()
    return await replan_user(session, user_id, now, rules)


async def set_alert_mode(session: AsyncSession, user_id: int, mode: str, now: datetime, rules: Rules,
                         digest_hour: int | None = None) -> None:
    """"instant" or "digest" (at `digest_hour`, local). Pending alerts follow the new choice."""
    if mode not in ("instant", "digest") or (digest_hour is not None and not 0 <= digest_hour <= 23):
        raise ValueError("mode must be instant or digest, hour 0-23")
    row = await _prefs_row(session, user_id, rules)
    row.alert_mode = mode
    if digest_hour is not None:
        row.digest_hour = digest_hour
    await session.flush()
    rec = await recipient(session, user_id, rules)
    due = next_digest(now, rec.zone, rec.prefs.digest_hour) if mode == "digest" else now
    await session.execute(update(Alert).where(Alert.user_id == user_id, Alert.status == "pending")
                          .values(digest=mode == "digest", due_at=due).execution_options(synchronize_session=False))


async def set_quiet_hours(session: AsyncSession, user_id: int, start: int, end: int, rules: Rules) -> None:
    """Minutes after local midnight; start == end turns quiet hours off."""
    if not (0 <= start < 24 * 60 and 0 <= end < 24 * 60):
        raise ValueError("quiet hours are minutes within a day")
    row = await _prefs_row(session, user_id, rules)
    row.quiet_start, row.quiet_end = start, end
    await session.flush()


# ---------------------------------------------------------------- subscriptions

@dataclass
class SubscribeResult:
    status: str  # subscribed | already | not_found | over | cancelled | limit
    event: EventView | None = None
    planned: list[tuple[str, datetime]] = field(default_factory=list)  # (offset code, due, UTC)


async def subscribe(session: AsyncSession, user_id: int, event_id: int, now: datetime, rules: Rules, *,
                    offsets: str | None = None, limit: int = 200) -> SubscribeResult:
    ev = await session.get(Event, event_id)
    if ev is None:
        return SubscribeResult("not_found")
    view = event_view(ev)
    if ev.status == CANCELLED:
        return SubscribeResult("cancelled", view)
    if ev.ends_at <= now:
        return SubscribeResult("over", view)
    rec = await recipient(session, user_id, rules)
    sub = await session.scalar(select(Subscription).where(Subscription.user_id == user_id,
                                                          Subscription.event_id == event_id))
    if sub is not None:
        if offsets is not None:
            sub.offsets = ",".join(parse_offsets(offsets) or ()) or None
        return SubscribeResult("already", view, await replan(session, sub, ev, rec, now, rules))
    count = await session.scalar(select(func.count()).select_from(Subscription).join(Event)
                                 .where(Subscription.user_id == user_id, Event.ends_at > now))
    if count >= limit:
        return SubscribeResult("limit", view)
    # Subscribers so far hear of changes not yet told; the newcomer starts from the event as it is now.
    await scan_changes(session, now, rules, event_ids=[event_id])
    await watch(session, ev)
    codes = parse_offsets(offsets)
    await session.execute(insert_ignore(session, Subscription).values(
        user_id=user_id, event_id=event_id, offsets=",".join(codes) if codes else None, created_at=now))
    sub = await session.scalar(select(Subscription).where(Subscription.user_id == user_id,
                                                          Subscription.event_id == event_id))
    # The user chose this event: no "new event" alert about it any more.
    await session.execute(update(Alert).where(Alert.user_id == user_id, Alert.event_id == event_id,
                                              Alert.status == "pending").values(status="dropped")
                          .execution_options(synchronize_session=False))
    return SubscribeResult("subscribed", view, await replan(session, sub, ev, rec, now, rules))


async def unsubscribe(session: AsyncSession, user_id: int, event_id: int) -> bool:
    """Stop reminders for an event; its reminders go with the subscription. False if there was none."""
    sub = await session.scalar(select(Subscription).where(Subscription.user_id == user_id,
                                                          Subscription.event_id == event_id))
    if sub is None:
        return False
    await session.execute(delete(Reminder).where(Reminder.subscription_id == sub.id))
    await session.delete(sub)
    await session.flush()
    return True


async def is_subscribed(session: AsyncSession, user_id: int, event_id: int) -> bool:
    return bool(await session.scalar(select(exists().where(Subscription.user_id == user_id,
                                                           Subscription.event_id == event_id))))


@dataclass(frozen=True)
class MySubscription:
    event: EventView
    next_reminder: datetime | None  # UTC
    offsets: tuple[str, ...]


async def my_subscriptions(session: AsyncSession, user_id: int, now: datetime, rules: Rules) -> list[MySubscription]:
    """What the user subscribed to, soonest first; events that are over drop off."""
    rec = await recipient(session, user_id, rules)
    rows = (await session.execute(
        select(Subscription, Event).join(Event, Event.id == Subscription.event_id)
        .where(Subscription.user_id == user_id, Event.ends_at > now).order_by(Event.starts_at, Event.id))).all()
    nexts = dict((await session.execute(
        select(Reminder.subscription_id, func.min(Reminder.due_at))
        .where(Reminder.user_id == user_id, Reminder.status == "pending").group_by(Reminder.subscription_id))).all())
    return [MySubscription(event_view(ev), nexts.get(sub.id), parse_offsets(sub.offsets) or rec.prefs.codes)
            for sub, ev in rows]


# ---------------------------------------------------------------- follows and saved searches

@dataclass(frozen=True)
class FollowView:
    id: int
    kind: str  # topic | place | organizer | search
    label: str


async def _follow_count(session: AsyncSession, user_id: int) -> int:
    a = await session.scalar(select(func.count()).select_from(Follow).where(Follow.user_id == user_id))
    b = await session.scalar(select(func.count()).select_from(SavedSearch).where(SavedSearch.user_id == user_id))
    return int(a or 0) + int(b or 0)


async def follow(session: AsyncSession, user_id: int, kind: str, value: str, label: str, *,
                 limit: int = 50) -> tuple[FollowView | None, bool]:
    """(the follow, created now). (None, False) when the user is at the limit."""
    if kind not in FOLLOW_KINDS:
        raise ValueError(f"unknown follow kind {kind!r}")
    if kind == "organizer":
        value = lexicon.normalize(value)[:300]
    existing = await session.scalar(select(Follow).where(Follow.user_id == user_id, Follow.kind == kind,
                                                         Follow.value == value))
    if existing is not None:
        return FollowView(existing.id, kind, existing.label), False
    if await _follow_count(session, user_id) >= limit:
        return None, False
    await ensure_user(session, user_id)
    await session.execute(insert_ignore(session, Follow).values(user_id=user_id, kind=kind, value=value,
                                                                label=label[:300], created_at=datetime.now(timezone.utc)))
    row = await session.scalar(select(Follow).where(Follow.user_id == user_id, Follow.kind == kind,
                                                    Follow.value == value))
    return FollowView(row.id, kind, row.label), True


async def unfollow(session: AsyncSession, user_id: int, follow_id: int) -> FollowView | None:
    row = await session.get(Follow, follow_id)
    if row is None or row.user_id != user_id:
        return None
    view = FollowView(row.id, row.kind, row.label)
    await session.delete(row)
    await session.flush()
    return view


async def save_search(session: AsyncSession, user_id: int, text: str, now: datetime, rules: Rules, *,
                      gazetteer=None, limit: int = 50) -> tuple[FollowView | None, str]:
    """Save a search to be told about new matching events. (view, "saved" | "already" | "empty" | "limit");
    "empty" when the text names nothing to filter or rank by but (at most) a time."""
    from bot.nlu.query import parse_query

    text = " ".join((text or "").split())[:500]
    rec = await recipient(session, user_id, rules)
    q = parse_query(text, now.astimezone(rec.zone), gazetteer=gazetteer)
    if not (q.place or q.topics or q.audiences or q.online or q.near or q.rank_text):
        return None, "empty"  # nothing to filter or rank by; a time alone ("next week") follows nothing
    existing = await session.scalar(select(SavedSearch).where(SavedSearch.user_id == user_id, SavedSearch.text == text))
    if existing is not None:
        return FollowView(existing.id, "search", existing.label), "already"
    if await _follow_count(session, user_id) >= limit:
        return None, "limit"
    parts = q.labels(rec.lang, gazetteer)
    if q.rank_text and not q.constrained:  # with filters the remaining words only rank, so they match nothing
        parts.append(f"“{q.rank_text[:60]}”")
    row = SavedSearch(user_id=user_id, text=text, label=" · ".join(parts)[:300] or text[:300],
                      # the place narrows which saved searches a new event is checked against: only one can
                      place_code=q.place.division.code if q.place and not q.more_places else None,
                      topics=" ".join(q.topics),
                      created_at=now)
    session.add(row)
    await session.flush()
    return FollowView(row.id, "search", row.label), "saved"


async def delete_search(session: AsyncSession, user_id: int, search_id: int) -> FollowView | None:
    row = await session.get(SavedSearch, search_id)
    if row is None or row.user_id != user_id:
        return None
    view = FollowView(row.id, "search", row.label)
    await session.delete(row)
    await session.flush()
    return view


async def my_follows(session: AsyncSession, user_id: int) -> list[FollowView]:
    follows = [FollowView(f.id, f.kind, f.label) for f in await session.scalars(
        select(Follow).where(Follow.user_id == user_id).order_by(Follow.id))]
    searches = [FollowView(s.id, "search", s.label) for s in await session.scalars(
        select(SavedSearch).where(SavedSearch.user_id == user_id).order_by(SavedSearch.id))]
    return follows + searches


# ---------------------------------------------------------------- matching new events

@dataclass
class ScanStats:
    events: int = 0  # events matched (claimed) in this call
    alerts: int = 0  # alerts written


@dataclass
class Match:
    kind: str
    label: str
    follow_id: int | None


async def scan_new_events(session: AsyncSession, now: datetime, rules: Rules, *, event_ids: list[int] | None = None,
                          limit: int = 200, gazetteer=None) -> ScanStats:
    """Match events not matched yet against every follow and saved search; write Alert rows. An event is claimed by inserting its AlertScan row, in the same statement
    that picks it, so two processes never match one event twice."""
    pick = select(Event.id).where(Event.ends_at > now, Event.status != CANCELLED,
                                  ~exists().where(AlertScan.event_id == Event.id)).order_by(Event.id).limit(limit)
    if event_ids is not None:
        pick = pick.where(Event.id.in_(event_ids))
    claimed = list((await session.execute(
        insert_ignore(session, AlertScan).from_select(["event_id"], pick).returning(AlertScan.event_id))).scalars())
    stats = ScanStats(events=len(claimed))
    if not claimed:
        return stats
    events = {e.id: e for e in await session.scalars(select(Event).where(Event.id.in_(claimed)))}
    matches: dict[tuple[int, int], Match] = {}

    topics = {t for e in events.values() for t in e.topics.split()}
    codes = {c for e in events.values() for c in (e.province_code, e.city_code, e.district_code) if c}
    orgs = {lexicon.normalize(e.organizer) for e in events.values() if e.organizer}
    conds = []
    if topics:
        conds.append((Follow.kind == "topic") & Follow.value.in_(topics))
    if codes:
        conds.append((Follow.kind == "place") & Follow.value.in_(codes))
    if orgs:
        conds.append((Follow.kind == "organizer") & Follow.value.in_(orgs))
    if conds:
        for f in await session.scalars(select(Follow).where(or_(*conds))):
            for e in events.values():
                hit = ((f.kind == "topic" and f.value in e.topics.split())
                       or (f.kind == "place" and f.value in (e.province_code, e.city_code, e.district_code))
                       or (f.kind == "organizer" and e.organizer and lexicon.normalize(e.organizer) == f.value))
                if hit:
                    matches.setdefault((f.user_id, e.id), Match(f.kind, f.label, f.id))

    for (user_id, event_id), m in (await _match_searches(session, events, codes, topics, now, rules, gazetteer)).items():
        matches.setdefault((user_id, event_id), m)
    if not matches:
        return stats

    people = await load_recipients(session, {u for u, _ in matches}, rules)
    subscribed = set((await session.execute(
        select(Subscription.user_id, Subscription.event_id)
        .where(Subscription.event_id.in_(list(events)), Subscription.user_id.in_(list(people))))).all())
    values = []
    for (user_id, event_id), m in matches.items():
        rec = people.get(user_id)
        if rec is None or not rec.active or (user_id, event_id) in subscribed:
            continue
        digest = rec.prefs.alert_mode == "digest"
        values.append(dict(user_id=user_id, event_id=event_id, reason=m.label[:300], follow_kind=m.kind,
                           follow_id=m.follow_id, digest=digest, status="pending", created_at=now,
                           due_at=next_digest(now, rec.zone, rec.prefs.digest_hour) if digest else now))
    for i in range(0, len(values), 500):
        result = await session.execute(insert_ignore(session, Alert).values(values[i : i + 500]))
        stats.alerts += max(result.rowcount or 0, 0)
    return stats


async def _match_searches(session: AsyncSession, events: dict[int, Event], codes: set[str], topics: set[str],
                          now: datetime, rules: Rules, gazetteer) -> dict[tuple[int, int], Match]:
    """Saved searches run exactly as a search would (bot.search filters and ranking), on the new events."""
    from bot.nlu.query import parse_query
    from bot.search import _candidates, _rank

    rows = list(await session.scalars(select(SavedSearch).where(
        or_(SavedSearch.place_code.is_(None), SavedSearch.place_code.in_(codes or {""})))))
    # Several topics in one search mean any of them, so one new event holding one of them is enough.
    rows = [s for s in rows if not s.topics or set(s.topics.split()) & topics]
    if not rows:
        return {}
    people = await load_recipients(session, {s.user_id for s in rows}, rules)
    ids = list(events)
    out: dict[tuple[int, int], Match] = {}
    cache: dict[tuple[str, str], list[int]] = {}
    for s in rows:
        tz = people[s.user_id].tz if s.user_id in people else rules.default_tz
        key = (s.text, tz)
        if key not in cache:
            q = parse_query(s.text, now.astimezone(people[s.user_id].zone if s.user_id in people else timezone.utc),
                            gazetteer=gazetteer)
            found = (await session.execute(_candidates(q).where(Event.id.in_(ids)))).all()
            cache[key] = [i for i, _score, _d in _rank(q, found)]
        for event_id in cache[key]:
            out.setdefault((s.user_id, event_id), Match("search", s.label, s.id))
    return out


# ---------------------------------------------------------------- the alert and digest sweep

async def sweep_alerts(session: AsyncSession, now: datetime, rules: Rules, *, limit: int = 1000) -> SweepStats:
    """Send due alerts: one message per user (a digest, or new events at once), after mutes and quiet
    hours; alerts for events over or cancelled are dropped; a digest later than digest_merge_after waits
    for the next digest hour and goes out with it."""
    stats = SweepStats()
    dialect = session.bind.dialect.name
    ids = list((await session.execute(claim_statement(
        Alert, dialect, [Alert.status == "pending", Alert.due_at <= now], limit,
        [Alert.due_at, Alert.user_id, Alert.id]))).scalars())
    stats.claimed = len(ids)
    if not ids:
        return stats
    rows = list(await session.scalars(select(Alert).where(Alert.id.in_(ids))))
    events = {e.id: e for e in await session.scalars(select(Event).where(Event.id.in_({a.event_id for a in rows})))}
    people = await load_recipients(session, {a.user_id for a in rows}, rules)
    by_user: dict[int, list[Alert]] = defaultdict(list)
    for a in rows:
        by_user[a.user_id].append(a)

    def later(a: Alert, at: datetime) -> None:
        a.status, a.due_at = "pending", at
        stats.postponed += 1

    for user_id, alerts in by_user.items():
        rec = people.get(user_id)
        kept: dict[bool, list[Alert]] = {True: [], False: []}
        for a in alerts:
            ev = events.get(a.event_id)
            if ev is None or ev.status == CANCELLED or ev.ends_at <= now:
                a.status = "dropped"
                stats.dropped += 1
                stats.note("over")
            elif rec is None or not rec.active:
                a.status = "dropped"
                stats.dropped += 1
                stats.note("inactive")
            elif rec.muted(now):
                later(a, rec.prefs.muted_until)
            elif a.digest and now - a.due_at > rules.digest_merge_after:
                later(a, next_digest(now, rec.zone, rec.prefs.digest_hour))
            elif rec.quiet(now):
                later(a, rec.quiet_end(now))
            else:
                kept[a.digest].append(a)
        for digest, items in kept.items():
            if not items:
                continue
            notice = notices.alerts([notices.AlertItem(event_view(events[a.event_id]), a.reason, a.follow_kind,
                                                       a.follow_id) for a in items],
                                    rec.reader(now), digest=digest, place_name=rules.place_name)
            first = min(a.id for a in items)
            box = await enqueue(session, chat_id=user_id, user_id=user_id, kind="digest" if digest else "alert",
                                notice=notice, due_at=now, dedupe_key=f"alert:{first}",
                                expires_at=max(events[a.event_id].ends_at for a in items))
            for a in items:
                a.status, a.outbox_id = "queued", box.id if box is not None else None
            stats.messages += 1
            stats.sent_rows += len(items)
    await session.flush()
    return stats


# ---------------------------------------------------------------- imports

async def on_import(session: AsyncSession, report: ImportReport, now: datetime, rules: Rules, *, gazetteer=None) -> None:
    """Call in the import's transaction for immediate notices: changes reach subscribers and new events
    reach followers without waiting for the next sweep. The sweeps find the same work anyway (imports
    from another process, events changed any other way), and doing it twice is harmless."""
    if report.changes:
        await scan_changes(session, now, rules, event_ids=[c.event_id for c in report.changes])
    if report.new_ids:
        await scan_new_events(session, now, rules, event_ids=report.new_ids, gazetteer=gazetteer)


# ---------------------------------------------------------------- mute and forget

async def mute(session: AsyncSession, user_id: int, until: datetime | None, now: datetime, rules: Rules) -> None:
    """Nothing reaches the user until `until` (None: unmute). Reminders due meanwhile are skipped; new-event
    alerts, digests and change notices wait for the end of the mute."""
    row = await _prefs_row(session, user_id, rules)
    previous, row.muted_until = row.muted_until, until
    base = update(Outbox).where(Outbox.user_id == user_id, Outbox.status == "pending").execution_options(
        synchronize_session=False)
    if until is not None and until > now:
        await session.execute(base.where(Outbox.kind.in_(HELD_KINDS), Outbox.due_at < until).values(due_at=until))
        await session.execute(base.where(Outbox.kind == "reminder", Outbox.due_at < until)
                              .values(status="dropped", last_error="muted"))
    elif previous is not None and previous > now:
        # Unmuted early: what was held goes out now (or when quiet hours end).
        await session.flush()
        at = (await recipient(session, user_id, rules)).polite_time(now)
        await session.execute(base.where(Outbox.kind.in_(HELD_KINDS), Outbox.due_at > at).values(due_at=at))
        await session.execute(update(Alert).where(Alert.user_id == user_id, Alert.status == "pending",
                                                  or_(Alert.digest.is_(False), Alert.due_at == previous),
                                                  Alert.due_at > at)
                              .values(due_at=at).execution_options(synchronize_session=False))
    await session.flush()


ForgetHook = Callable[[AsyncSession, int], Awaitable[None]]
_forget_hooks: list[ForgetHook] = []


def on_forget(hook: ForgetHook) -> ForgetHook:
    """Register what another module keeps about a user (drafts, submissions…) to be deleted by /forget,
    in the same transaction. Use as a decorator at import time."""
    _forget_hooks.append(hook)
    return hook


async def forget(session: AsyncSession, user_id: int) -> None:
    """Delete everything the bot stores about the user: subscriptions, reminders, follows, saved searches,
    alerts, preferences, queued and sent messages, conversation state, what other modules registered with
    on_forget, and the user row itself."""
    for hook in _forget_hooks:
        await hook(session, user_id)
    subs = select(Subscription.id).where(Subscription.user_id == user_id).scalar_subquery()
    for stmt in (
        delete(Reminder).where(or_(Reminder.user_id == user_id, Reminder.subscription_id.in_(subs))),
        delete(Subscription).where(Subscription.user_id == user_id),
        delete(Alert).where(Alert.user_id == user_id),
        delete(Follow).where(Follow.user_id == user_id),
        delete(SavedSearch).where(SavedSearch.user_id == user_id),
        delete(NotifyPrefs).where(NotifyPrefs.user_id == user_id),
        delete(Outbox).where(or_(Outbox.user_id == user_id, Outbox.chat_id == user_id)),
        delete(SavedQuery).where(SavedQuery.user_id == user_id),
        delete(UserState).where(UserState.user_id == user_id),
        delete(User).where(User.id == user_id),
    ):
        await session.execute(stmt.execution_options(synchronize_session=False))
    session.expunge_all()  # nothing loaded about the user may be written back


async def prune_alerts(session: AsyncSession, now: datetime, *, keep: timedelta = timedelta(days=7)) -> int:
    old = select(Event.id).where(Event.ends_at < now - keep).scalar_subquery()
    n = (await session.execute(delete(Alert).where(Alert.event_id.in_(old)))).rowcount or 0
    n += (await session.execute(delete(AlertScan).where(AlertScan.event_id.in_(old)))).rowcount or 0
    return n
