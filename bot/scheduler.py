"""Periodic work, triggered by APScheduler; the database says what is due.

One APScheduler job per reminder does not scale and APScheduler 3 cannot share a job store between
processes, so there are only a few interval jobs, identical in every process:

* sweep  — changes of watched events → notices; new events → alerts; due reminders, alerts and
           digests → outbox (every SWEEP_INTERVAL_S);
* prune  — forget rows of events long over and outbox rows long sent (every 6 hours);
* sender — keeps the outbox sender (bot.delivery.sender) draining; a sweep that queued something wakes it.

Every job claims its rows inside the transaction that handles them, so any number of processes may
run the same jobs on one PostgreSQL database. Time comes from an injectable clock (`clock()` → aware
UTC): tests move a ManualClock instead of waiting.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Awaitable, Callable

from sqlalchemy.exc import OperationalError

from bot.reminders import Rules, prune as prune_reminders, scan_changes, sweep_reminders
from bot.store.db import Database
from bot.subscriptions import prune_alerts, scan_new_events, sweep_alerts

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


class ManualClock:
    """A clock for tests: stands still until moved. Callable like every clock here (aware UTC)."""

    def __init__(self, start: datetime):
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(timezone.utc)

    def __call__(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when.astimezone(timezone.utc)

    def advance(self, delta: timedelta | None = None, **kw: float) -> datetime:
        self._now += delta if delta is not None else timedelta(**kw)
        return self._now


@dataclass
class SweepReport:
    changed_events: int = 0
    change_notices: int = 0
    alerts_written: int = 0
    reminder_messages: int = 0
    alert_messages: int = 0
    dropped: int = 0
    postponed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def queued(self) -> int:
        return self.change_notices + self.reminder_messages + self.alert_messages


class Sweeper:
    """Runs the sweeps, each batch in its own transaction, until nothing due is left."""

    def __init__(self, db: Database, rules: Rules, clock: Clock = system_clock, *, gazetteer=None, batch: int = 500,
                 on_queued: Callable[[], None] | None = None):
        self.db = db
        self.rules = rules
        self.clock = clock
        self.gazetteer = gazetteer
        self.batch = batch
        self.on_queued = on_queued  # e.g. wake the sender

    async def _tx(self, work: Callable[..., Awaitable]):
        async with self.db.sessions() as session:
            result = await work(session)
            await session.commit()
            return result

    async def sweep(self) -> SweepReport:
        rep = SweepReport()
        now = self.clock()
        steps = (("changes", self._changes), ("new events", self._new_events), ("reminders", self._reminders),
                 ("alerts", self._alerts))
        for name, step in steps:
            try:
                await step(now, rep)
            except OperationalError as exc:  # SQLite busy, a PostgreSQL serialization hiccup: next time
                log.warning("sweep of %s deferred: %s", name, str(exc).splitlines()[0])
                rep.errors.append(name)
        if rep.queued and self.on_queued:
            self.on_queued()
        return rep

    async def _changes(self, now: datetime, rep: SweepReport) -> None:
        while True:
            st = await self._tx(lambda s: scan_changes(s, now, self.rules, limit=self.batch))
            rep.changed_events += st.events
            rep.change_notices += st.notices
            if st.claimed < self.batch:
                return

    async def _new_events(self, now: datetime, rep: SweepReport) -> None:
        while True:
            st = await self._tx(lambda s: scan_new_events(s, now, self.rules, limit=self.batch,
                                                          gazetteer=self.gazetteer))
            rep.alerts_written += st.alerts
            if st.events < self.batch:
                return

    async def _reminders(self, now: datetime, rep: SweepReport) -> None:
        while True:
            st = await self._tx(lambda s: sweep_reminders(s, now, self.rules, limit=self.batch))
            rep.reminder_messages += st.messages
            rep.dropped += st.dropped
            rep.postponed += st.postponed
            if st.claimed < self.batch:
                return

    async def _alerts(self, now: datetime, rep: SweepReport) -> None:
        while True:
            st = await self._tx(lambda s: sweep_alerts(s, now, self.rules, limit=self.batch))
            rep.alert_messages += st.messages
            rep.dropped += st.dropped
            rep.postponed += st.postponed
            if st.claimed < self.batch:
                return

    async def prune(self, keep: timedelta = timedelta(days=7)) -> int:
        from bot.delivery.sender import prune_outbox

        now = self.clock()
        n = await self._tx(lambda s: prune_reminders(s, now, keep=keep))
        n += await self._tx(lambda s: prune_alerts(s, now, keep=keep))
        n += await self._tx(lambda s: prune_outbox(s, now, keep=keep))
        return n


class Notifications:
    """Sweeps and the outbox sender, scheduled by APScheduler. Build it in the composition root:

        notifications = Notifications(db, settings, AiogramTransport(bot), gazetteer=services.gazetteer)
        notifications.start()      # inside the running event loop
        ...
        await notifications.stop() # graceful: requests in flight finish and are recorded

    Every process may run it on one database (see the module docstring); set SENDER_ENABLED=false in
    replicas that should only sweep.
    """

    def __init__(self, db: Database, settings, transport=None, *, clock: Clock = system_clock, gazetteer=None,
                 scheduler=None, sender=None):
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        from bot.delivery.sender import Sender

        self.settings = settings
        self.clock = clock
        def place_name(code: str | None, lang: str) -> str | None:
            division = gazetteer.get(code) if code else None
            return gazetteer.display_name(division, lang) if division else None

        self.rules = Rules.from_settings(settings, place_name=place_name if gazetteer is not None else None)
        if sender is None and transport is not None and settings.sender_enabled:
            sender = Sender.from_settings(db, transport, settings, clock=clock)
        self.sender = sender
        self.sweeper = Sweeper(db, self.rules, clock, gazetteer=gazetteer,
                               on_queued=sender.wake if sender is not None else None)
        self.scheduler = scheduler or AsyncIOScheduler(timezone=timezone.utc)
        self._sender_task: asyncio.Task | None = None
        self._busy: dict[str, asyncio.Lock] = {"sweep": asyncio.Lock(), "prune": asyncio.Lock()}

    def start(self) -> None:
        from apscheduler.triggers.interval import IntervalTrigger

        first = datetime.now(timezone.utc)  # APScheduler runs on real time; what is due comes from self.clock
        # A run that finds the previous one still busy returns at once (see _alone), so APScheduler never
        # has to skip one and log a warning about it.
        common = dict(max_instances=2, coalesce=True, misfire_grace_time=None, replace_existing=True)
        self.scheduler.add_job(self.sweep, IntervalTrigger(seconds=self.settings.sweep_interval_s), id="sweep",
                               next_run_time=first, **common)
        self.scheduler.add_job(self.prune, IntervalTrigger(hours=6), id="prune", next_run_time=first, **common)
        if self.sender is not None:
            self.scheduler.add_job(self.ensure_sender, IntervalTrigger(seconds=15), id="sender",
                                   next_run_time=first, **common)
        from bot.broadcasts import schedule as schedule_broadcasts  # closes finished broadcasts, sends reports

        schedule_broadcasts(self)
        if not self.scheduler.running:
            self.scheduler.start()

    async def sweep(self) -> SweepReport:
        lock = self._busy["sweep"]
        if lock.locked():
            return SweepReport()
        async with lock:
            try:
                return await self.sweeper.sweep()
            except Exception:  # noqa: BLE001 - the next run tries again; one failure must not stop the job
                log.exception("sweep failed")
                return SweepReport(errors=["sweep"])

    async def prune(self) -> int:
        lock = self._busy["prune"]
        if lock.locked():
            return 0
        async with lock:
            try:
                return await self.sweeper.prune(timedelta(days=self.settings.outbox_keep_days))
            except Exception:  # noqa: BLE001
                log.exception("prune failed")
                return 0

    async def ensure_sender(self) -> None:
        """(Re)start the sender loop if it is not running, e.g. after an unexpected error."""
        task = self._sender_task
        if task is not None and not task.done():
            return
        if task is not None and not task.cancelled() and task.exception() is not None:
            log.error("outbox sender stopped: %r; restarting", task.exception())
        self._sender_task = asyncio.create_task(self.sender.run())

    async def stop(self) -> None:
        """No new runs; a sweep in progress finishes (it is one transaction per batch, so stopping in
        the middle would only waste it); then the sender stops gracefully."""
        if self.scheduler.running:
            self.scheduler.pause()  # no new runs; shutdown() would cancel the ones in progress
        for lock in self._busy.values():
            async with lock:
                pass
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self.sender is not None:
            await self.sender.stop()
        if self._sender_task is not None:
            try:
                await asyncio.wait_for(self._sender_task, timeout=self.settings.sender_lease_s / 2)
            except Exception:  # noqa: BLE001 - stopping anyway; unconfirmed claims expire with their lease
                log.exception("outbox sender did not stop cleanly")
