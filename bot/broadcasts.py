"""Broadcasts: an organizer's announcement to the subscribers of one of their events or to everyone who
follows their organization; an admin's to every user (after a second confirmation).

Life of a broadcast: draft (text written, preview with the number of recipients) → [confirm → for
"everybody" only] → sending → done, or stopped. Starting it writes one outbox row per recipient, keyed
uniquely by (broadcast_id, chat_id) in `broadcast_deliveries` (and by the outbox's own dedupe_key
"bc:<id>:<chat>"): a double press, a retried update or a second process cannot queue anyone twice, and
the outbox sender (bot.delivery.sender) sends each row once, within Telegram's limits. Users known to
have blocked the bot are counted, not queued. Stopping drops the rows not yet claimed by a sender.

Progress and the final report are counted from the outbox rows: sent → delivered; 403 / chat not found
→ blocked; other permanent errors → failed. `sweep` (run periodically, see bot.scheduler) closes
broadcasts with nothing left in flight and sends their authors the report.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import organizers as orgs
from bot.delivery.outbox import encode_payload, enqueue
from bot.event_fields import Invalid
from bot.i18n import translator
from bot.nlu import lexicon
from bot.organizers import Action, Actor, Owned
from bot.publishing import Env
from bot.store.models import Broadcast, BroadcastDelivery, Event, Follow, Organization, Outbox, Subscription, User
from handlers.router import callback_data
from handlers.types import Button

MAX_TEXT = 3500  # with the header, well below Telegram's 4096
KIND = "broadcast"
CB_BROADCAST = "bc"  # bc:<action>:<broadcast id> (handlers/organizer.py)
BLOCKED_WORDS = ("blocked", "forbidden", "chat not found", "deactivated", "kicked", "recipient")
LIVE = ("sending", "stopped")


@dataclass(frozen=True)
class Counts:
    delivered: int = 0
    blocked: int = 0  # blocked the bot before (not queued) or while sending
    failed: int = 0
    stopped: int = 0  # not sent because the broadcast was stopped
    pending: int = 0  # still queued or being sent

    @property
    def done(self) -> int:
        return self.delivered + self.blocked + self.failed + self.stopped


@dataclass(frozen=True)
class BroadcastView:
    id: int
    scope: str  # event | org | all
    org_id: int | None
    org_name: str | None
    event_id: int | None
    event_title: str | None
    author_id: int
    text: str
    status: str  # draft | confirm | sending | stopped | done
    recipients: int  # queued rows (after starting) or who would get it now (before)
    counts: Counts
    started_at: datetime | None
    finished_at: datetime | None


AUTHOR_COPY_DELAY = timedelta(seconds=3)

# ---------------------------------------------------------------- recipients

def _recipients(b: Broadcast, org_name: str | None):
    """A SELECT of the user ids this broadcast is for (blocked ones included: they are counted apart)."""
    if b.scope == "event":
        return select(Subscription.user_id.label("uid")).where(Subscription.event_id == b.event_id)
    if b.scope == "org":
        key = lexicon.normalize(org_name or "")[:300]  # as bot.subscriptions.follow stores organizer follows
        return select(Follow.user_id.label("uid")).where(Follow.kind == "organizer", Follow.value == key)
    return select(User.id.label("uid"))


async def _audience(session: AsyncSession, b: Broadcast, org_name: str | None) -> tuple[int, int]:
    """(active recipients, recipients who blocked the bot)."""
    ids = _recipients(b, org_name).subquery()
    rows = dict((await session.execute(select(User.active, func.count()).join(ids, ids.c.uid == User.id)
                                       .group_by(User.active))).all())
    return int(rows.get(True, 0)), int(rows.get(False, 0))


# ---------------------------------------------------------------- reading

def _classify(status: str, error: str | None, stopped: bool) -> str:
    if status == "sent":
        return "delivered"
    if status in ("pending", "sending"):
        return "pending"
    err = (error or "").lower()
    if status == "dropped" and (err == "stopped" or (stopped and err == "expired")):
        return "stopped"
    if any(w in err for w in BLOCKED_WORDS):
        return "blocked"
    return "failed"


async def counts(session: AsyncSession, b: Broadcast) -> Counts:
    if b.status in ("draft", "confirm"):
        return Counts()
    if b.finished_at is not None:
        return Counts(b.delivered, b.blocked + b.skipped, b.failed, b.stopped, 0)
    rows = (await session.execute(
        select(Outbox.status, Outbox.last_error, func.count())
        .select_from(BroadcastDelivery).join(Outbox, Outbox.id == BroadcastDelivery.outbox_id)
        .where(BroadcastDelivery.broadcast_id == b.id).group_by(Outbox.status, Outbox.last_error))).all()
    tally = {"delivered": 0, "blocked": b.skipped, "failed": 0, "stopped": 0, "pending": 0}
    seen = 0
    for status, error, n in rows:
        tally[_classify(status, error, b.status == "stopped")] += n
        seen += n
    tally["failed"] += max(0, b.total - seen)  # rows deleted under us (/forget): not delivered by us
    return Counts(**tally)


async def _view(session: AsyncSession, b: Broadcast) -> BroadcastView:
    org = await session.get(Organization, b.org_id) if b.org_id else None
    ev = await session.get(Event, b.event_id) if b.event_id else None
    if b.status in ("draft", "confirm"):
        recipients = (await _audience(session, b, org.name if org else None))[0]
    else:
        recipients = b.total
    return BroadcastView(b.id, b.scope, b.org_id, org.name if org else None, b.event_id, ev.title if ev else None,
                         b.author_id, b.text, b.status, recipients, await counts(session, b), b.started_at, b.finished_at)


async def _owned(session: AsyncSession, actor: Actor, broadcast_id: int, env: Env) -> Broadcast:
    b = await session.get(Broadcast, broadcast_id)
    owner = Owned(b.org_id) if b is not None else None
    await orgs.check(session, actor, Action.MANAGE_BROADCAST, owner, now=env.now, target=f"broadcast:{broadcast_id}")
    if b.scope == "all":  # an admin's broadcast stays an admin's business, whoever else is an organizer
        await orgs.check(session, actor, Action.BROADCAST_ALL, now=env.now, target=f"broadcast:{broadcast_id}")
    return b


async def get(session: AsyncSession, actor: Actor, broadcast_id: int, env: Env) -> BroadcastView:
    return await _view(session, await _owned(session, actor, broadcast_id, env))


# ---------------------------------------------------------------- writing

async def create(session: AsyncSession, actor: Actor, scope: str, env: Env, *, event_id: int | None = None) -> BroadcastView:
    """A draft broadcast; its text comes next."""
    if scope == "event":
        owner = await orgs.event_owner(session, event_id) if event_id else None
        await orgs.check(session, actor, Action.BROADCAST_EVENT, owner, now=env.now, target=f"event:{event_id}")
        org_id = owner.org_id
    elif scope == "org":
        await orgs.check(session, actor, Action.BROADCAST_ORG, now=env.now)
        org_id, event_id = actor.org_id, None
    elif scope == "all":
        await orgs.check(session, actor, Action.BROADCAST_ALL, now=env.now)
        org_id, event_id = None, None
    else:
        raise ValueError(f"unknown scope {scope!r}")
    b = Broadcast(scope=scope, org_id=org_id, event_id=event_id, author_id=actor.user_id, text="", status="draft",
                  total=0, skipped=0, delivered=0, blocked=0, failed=0, stopped=0, created_at=env.now)
    session.add(b)
    await session.flush()
    return await _view(session, b)


def check_text(text: str) -> str | Invalid:
    body = "\n".join(line.rstrip() for line in (text or "").strip().splitlines())
    if len(body) < 2:
        return Invalid("too_short")
    if len(body) > MAX_TEXT:
        return Invalid("too_long", {"max": MAX_TEXT})
    return body


async def set_text(session: AsyncSession, actor: Actor, broadcast_id: int, text: str, env: Env) -> BroadcastView | Invalid | None:
    """The announcement's text (validated); None when the broadcast is no longer a draft."""
    b = await _owned(session, actor, broadcast_id, env)
    if b.status != "draft":
        return None
    body = check_text(text)
    if isinstance(body, Invalid):
        return body
    b.text = body
    await session.flush()
    return await _view(session, b)


def message(b: BroadcastView | Broadcast, lang: str, org_name: str | None, event_title: str | None) -> tuple[str, list[list[Button]]]:
    """What a recipient gets: who it is from (and about which event), then the text, escaped."""
    t = translator(lang)
    if b.scope == "all":
        head = "📢 <b>" + t.gettext("Announcement") + "</b>"
    elif b.scope == "event":
        head = "📢 " + t.gettext("<b>{org}</b> about “{title}”:", org=_esc(org_name), title=_esc(_clip(event_title, 120)))
    else:
        head = "📢 " + t.gettext("<b>{org}</b>, which you follow:", org=_esc(org_name))
    buttons = [[Button("ℹ️ " + t.gettext("Details"), callback_data("ev", b.event_id))]] if b.scope == "event" and b.event_id else []
    return f"{head}\n\n{_esc(b.text)}", buttons


async def confirm(session: AsyncSession, actor: Actor, broadcast_id: int, env: Env) -> BroadcastView | None:
    """Start sending. A broadcast to everybody needs this twice (draft → confirm → sending). None when
    the broadcast is not waiting for this confirmation (pressed twice, stopped, another process)."""
    b = await _owned(session, actor, broadcast_id, env)
    if not b.text:
        return None
    if b.scope == "all" and b.status == "draft":
        moved = await _move(session, b.id, "draft", "confirm")
        if not moved:
            return None
        await session.refresh(b)
        return await _view(session, b)
    expected = "confirm" if b.scope == "all" else "draft"
    if not await _move(session, b.id, expected, "sending", started_at=env.now):
        return None
    await session.refresh(b)
    await _fan_out(session, b, env)
    await orgs.log(session, actor, {"event": Action.BROADCAST_EVENT, "org": Action.BROADCAST_ORG,
                                    "all": Action.BROADCAST_ALL}[b.scope], now=env.now, org_id=b.org_id,
                   event_id=b.event_id, target=f"broadcast:{b.id}",
                   detail={"recipients": b.total, "blocked_before": b.skipped, "text": b.text[:500]})
    return await _view(session, b)


async def _move(session: AsyncSession, broadcast_id: int, old: str, new: str, **values) -> bool:
    """Compare-and-set of the status: only one press, process or update wins."""
    done = (await session.execute(update(Broadcast).where(Broadcast.id == broadcast_id, Broadcast.status == old)
                                  .values(status=new, **values).returning(Broadcast.id)
                                  .execution_options(synchronize_session=False))).scalar()
    return done is not None


async def _fan_out(session: AsyncSession, b: Broadcast, env: Env) -> None:
    """One outbox row per active recipient, in batches; their languages decide the header."""
    from bot.reminders import load_recipients

    org = await session.get(Organization, b.org_id) if b.org_id else None
    ev = await session.get(Event, b.event_id) if b.event_id else None
    ids = _recipients(b, org.name if org else None).subquery()
    batch = env.settings.broadcast_batch
    payloads: dict[str, str] = {}
    total = skipped = 0
    last = None
    while True:
        q = select(User.id, User.active).join(ids, ids.c.uid == User.id).order_by(User.id).limit(batch)
        if last is not None:
            q = q.where(User.id > last)
        rows = (await session.execute(q)).all()
        if not rows:
            break
        last = rows[-1][0]
        active = sorted({uid for uid, on in rows if on})
        skipped += sum(1 for _, on in rows if not on)
        people = await load_recipients(session, active, env.rules)
        outbox_rows = []
        for uid in active:
            lang = people[uid].lang if uid in people else env.settings.default_language
            if lang not in payloads:
                payloads[lang] = encode_payload(*message(b, lang, org.name if org else None, ev.title if ev else None))
            # The author's own copy waits a moment: the bot is answering the confirmation in that chat
            # right now, and two senders writing to one chat at once would break its per-chat limit.
            due = env.now + AUTHOR_COPY_DELAY if uid == b.author_id else env.now
            outbox_rows.append(dict(chat_id=uid, user_id=uid, kind=KIND, payload=payloads[lang],
                                    dedupe_key=f"bc:{b.id}:{uid}", status="pending", due_at=due, attempts=0,
                                    created_at=env.now))
        if outbox_rows:
            made = (await session.execute(insert(Outbox).returning(Outbox.id, Outbox.chat_id), outbox_rows)).all()
            await session.execute(insert(BroadcastDelivery),
                                  [dict(broadcast_id=b.id, chat_id=chat, outbox_id=oid) for oid, chat in made])
            total += len(made)
    b.total, b.skipped = total, skipped
    await session.flush()


async def stop(session: AsyncSession, actor: Actor, broadcast_id: int, env: Env) -> BroadcastView | None:
    """Stop sending: rows not yet claimed by a sender are dropped. None when it was not sending."""
    b = await _owned(session, actor, broadcast_id, env)
    if b.status in ("draft", "confirm"):
        await _move(session, b.id, b.status, "dropped", finished_at=env.now)
        await session.refresh(b)
        await orgs.log(session, actor, "bcast_discard", now=env.now, org_id=b.org_id, target=f"broadcast:{b.id}")
        return await _view(session, b)
    if not await _move(session, b.id, "sending", "stopped"):
        return None
    dropped = await _drop_unsent(session, b.id)
    # Rows a sender has claimed already may still go out (a couple of seconds' worth); should it hand
    # them back unsent (a restart), their expiry makes the next sender drop them.
    await session.execute(update(Outbox).where(Outbox.id.in_(_rows_of(b.id)), Outbox.status == "sending")
                          .values(expires_at=env.now).execution_options(synchronize_session=False))
    await session.refresh(b)
    await orgs.log(session, actor, "bcast_stop", now=env.now, org_id=b.org_id, event_id=b.event_id,
                   target=f"broadcast:{b.id}", detail={"dropped": dropped})
    return await _view(session, b)


def _rows_of(broadcast_id: int):
    return select(BroadcastDelivery.outbox_id).where(BroadcastDelivery.broadcast_id == broadcast_id).scalar_subquery()


async def _drop_unsent(session: AsyncSession, broadcast_id: int) -> int:
    result = await session.execute(update(Outbox).where(Outbox.id.in_(_rows_of(broadcast_id)), Outbox.status == "pending")
                                   .values(status="dropped", last_error="stopped")
                                   .execution_options(synchronize_session=False))
    return result.rowcount or 0


# ---------------------------------------------------------------- finishing

def report_text(v: BroadcastView, lang: str) -> str:
    t = translator(lang)
    c = v.counts
    head = t.gettext("Broadcast #{id} stopped.", id=v.id) if v.status == "stopped" or c.stopped \
        else t.gettext("Broadcast #{id} finished.", id=v.id)
    lines = ["📊 <b>" + head + "</b>",
             t.gettext("Delivered: {n}", n=c.delivered),
             t.gettext("Blocked the bot: {n}", n=c.blocked),
             t.gettext("Failed: {n}", n=c.failed)]
    if c.stopped:
        lines.append(t.gettext("Not sent (stopped): {n}", n=c.stopped))
    if c.pending:
        lines.append(t.gettext("Still being sent: {n}", n=c.pending))
    return "\n".join(lines)


async def finish(session: AsyncSession, env: Env, *, limit: int = 50) -> int:
    """Close broadcasts with nothing left in flight: keep their final counts and send the author the
    report (once: the outbox dedupe key). Returns how many were closed."""
    from bot.reminders import load_recipients

    live = list(await session.scalars(select(Broadcast).where(Broadcast.status.in_(LIVE), Broadcast.finished_at.is_(None))
                                      .order_by(Broadcast.id).limit(limit)))
    closed = 0
    for b in live:
        if b.status == "stopped":
            await _drop_unsent(session, b.id)  # rows a stopping sender handed back
        c = await counts(session, b)
        if c.pending:
            continue
        won = (await session.execute(
            update(Broadcast).where(Broadcast.id == b.id, Broadcast.status == b.status, Broadcast.finished_at.is_(None))
            .values(status="done" if b.status == "sending" else "stopped", finished_at=env.now, delivered=c.delivered,
                    blocked=c.blocked - b.skipped, failed=c.failed, stopped=c.stopped)
            .returning(Broadcast.id).execution_options(synchronize_session=False))).scalar()
        if won is None:
            continue  # another process closed it
        await session.refresh(b)
        view = await _view(session, b)
        people = await load_recipients(session, [b.author_id], env.rules)
        lang = people[b.author_id].lang if b.author_id in people else env.settings.default_language
        await enqueue(session, chat_id=b.author_id, user_id=b.author_id, kind="report", text=report_text(view, lang),
                      due_at=env.now, dedupe_key=f"bcr:{b.id}")
        closed += 1
    return closed


async def sweep(db, env_factory) -> int:
    """One pass for the scheduler: `env_factory()` gives a fresh Env (the time now)."""
    async with db.sessions() as session:
        n = await finish(session, env_factory())
        await session.commit()
    return n


def schedule(notifications, *, every_s: float = 5.0) -> None:
    """Add the job that closes finished broadcasts (and sends their reports) to the APScheduler of a
    bot.scheduler.Notifications; called from Notifications.start. Like its other jobs, a run that finds
    the previous one busy returns at once, and Notifications.stop lets a run in progress finish."""
    import asyncio
    import logging

    from apscheduler.triggers.interval import IntervalTrigger

    sweeper = notifications.sweeper
    lock = asyncio.Lock()
    busy = getattr(notifications, "_busy", None)
    if isinstance(busy, dict):
        busy["broadcasts"] = lock

    def env() -> Env:
        return Env(notifications.settings, sweeper.gazetteer, notifications.clock())

    async def job() -> None:
        if lock.locked():
            return
        async with lock:
            try:
                if await sweep(sweeper.db, env) and sweeper.on_queued:
                    sweeper.on_queued()  # wake the sender: a report is waiting
            except Exception:  # noqa: BLE001 - the next run tries again
                logging.getLogger(__name__).exception("closing broadcasts failed")

    every = max(1.0, min(every_s, notifications.settings.sweep_interval_s))  # a report may wait a second or so
    notifications.scheduler.add_job(job, IntervalTrigger(seconds=every), id="broadcasts", max_instances=2,
                                    coalesce=True, misfire_grace_time=None, replace_existing=True)


async def mine(session: AsyncSession, actor: Actor, env: Env, *, limit: int = 5) -> list[BroadcastView]:
    """The latest broadcasts of the actor's organization (or, for an admin, everybody's to all)."""
    if actor.is_organizer:
        await orgs.check(session, actor, Action.BROADCAST_ORG, now=env.now)
        q = select(Broadcast).where(Broadcast.org_id == actor.org_id)
    else:
        await orgs.check(session, actor, Action.BROADCAST_ALL, now=env.now)
        q = select(Broadcast).where(Broadcast.scope == "all")
    rows = list(await session.scalars(q.where(Broadcast.status.not_in(("draft", "dropped")))
                                      .order_by(Broadcast.id.desc()).limit(limit)))
    return [await _view(session, b) for b in rows]


def _esc(text: object) -> str:
    return html.escape(str(text or ""), quote=True)


def _clip(text: str | None, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
