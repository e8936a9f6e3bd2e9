"""Periodic work, triggered by APScheduler; the database says what is due.

One APScheduler job per reminder does not scale and APScheduler 3 cannot share a job store between
processes, so there are only a few interval jobs, identical in every process:

* sweep  — changes of watched events → notices; new events → alerts; due reminders and alerts → outbox;
* prune  — forget rows of events long over and outbox rows long sent;
* sender — keeps the outbox sender (bot.delivery.sender) running; sweeps wake it when they queue.

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
