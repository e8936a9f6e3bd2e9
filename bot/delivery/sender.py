"""Draining the outbox within Telegram's limits, each notice exactly once.

How a row is sent
-----------------
1. Claim: one UPDATE marks a few due rows "sending", claimed_by = this sender, claimed_until = now +
   lease (FOR UPDATE SKIP LOCKED on PostgreSQL, so several senders take disjoint rows), and commits.
   Only rows that can go out within a couple of seconds are claimed, a few per chat at most.
2. Dispatch: a single loop hands a claimed row to the transport when the overall window, the chat's
   window and any pause allow it (bot.delivery.limits), at most `concurrency` requests in flight.
3. Record: the transaction that marks the row "sent" also stores the message_id — fenced by
   claimed_by, and committed immediately after the answer.
4. Failures: 429 pauses the chat for retry_after and keeps the row; 5xx/timeouts retry with exponential
   backoff and jitter (in memory while short, else back in the table with a later due time), up to
   max_attempts; 403 / "chat not found" fail the row, drop the chat's other queued rows and mark the
   user inactive (their subscriptions pause until they write to the bot again); other 400s fail the
   row. A row past its expires_at is dropped instead of sent.
5. Crash: a claim nobody confirms expires after `lease` and any sender takes the row over. With a
   stable `worker_name` a restarted sender takes its own previous claims back at once.

The residual risk, stated honestly
----------------------------------
Telegram's sendMessage has no idempotency key, and a bot cannot read back what it sent to a private
chat, so no client can be exactly-once across a crash that lands after Telegram accepted a message and
before our commit recorded it: that row is claimed but unconfirmed, and after the lease it is sent
again (at-least-once — a duplicate reminder is better than a lost one). The window is kept as small
as it can be: one message per commit, committed as soon as the answer arrives, the commit retried
while the lease holds, and a graceful stop (SIGTERM) that lets every request in flight finish and be
recorded before the process exits. Only a hard kill or power loss in those few milliseconds after an
accepted request can duplicate a notice. Timeouts are in the same position (the request may have
arrived); they are retried, so a message that was delivered although its answer was lost is sent twice.
"""
from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
import math
import os
import random
import secrets
import socket
import time
from collections import Counter, deque
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

from sqlalchemy import and_, case, delete, exists, func, or_, select, update
from sqlalchemy.orm import aliased
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import ops
from bot.delivery.limits import Limiter, SendLimits
from bot.delivery.outbox import decode_payload
from bot.delivery.transport import (BadRequest, Blocked, ChatMigrated, ChatNotFound, RetryAfter, TransientError,
                                    Transport, Unavailable)
from bot.store.db import Database
from bot.store.models import Outbox, User

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class _Item:
    """A claimed row, in memory until it is sent or released."""

    id: int
    chat_id: int
    user_id: int | None
    payload: str
    expires_at: datetime | None
    attempts: int
    due_at: datetime
    claimed_at: datetime


_T = Outbox.__table__  # per-message writes use Core statements: the ORM adds nothing there
_COLUMNS = (Outbox.id, Outbox.chat_id, Outbox.user_id, Outbox.payload, Outbox.expires_at, Outbox.attempts,
            Outbox.due_at)


class Sender:
    GONE_FOR = 30.0  # at most this long a chat that answered 403 is skipped (normally until the drop commits)

    def __init__(self, db: Database, transport: Transport, *, limits: SendLimits | None = None,
                 clock: Clock = _utcnow, worker_name: str | None = None, lease: float = 120.0,
                 concurrency: int = 16, max_attempts: int = 8, backoff_base: float = 2.0,
                 backoff_cap: float = 600.0, max_hold: float = 30.0, lookahead: float = 2.0,
                 poll_interval: float = 1.0, unavailable_pause: float = 60.0,
                 monotonic: Callable[[], float] = time.monotonic, rng: random.Random | None = None,
                 budget=None):
        self.db = db
        self.budget = budget  # bot.ops.RedisBudget: the overall rate shared by every replica (REDIS_URL)
        ops.track_sender(self)
        self.transport = transport
        self.limits = limits or SendLimits()
        self.clock = clock
        self.limiter = Limiter(self.limits, monotonic)
        self.mono = monotonic
        # claimed_by: the stable name (if any) plus a nonce for this run, so a restart recognises its own
        # earlier claims and the fence in mark-sent still tells the two runs apart.
        self.worker_name = worker_name
        base = worker_name or f"{socket.gethostname()[:30]}:{os.getpid()}"
        self.claim_id = f"{base}#{secrets.token_hex(4)}"[:64]
        self.lease = lease
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.max_hold = max_hold  # waits up to this long happen in memory; longer ones go back to the table
        self.lookahead = lookahead
        self.poll_interval = poll_interval
        self.unavailable_pause = unavailable_pause
        self.rng = rng or random.Random()
        self.stats: Counter[str] = Counter()

        self._queues: dict[int, deque[_Item]] = {}
        self._heap: list[tuple[float, int, int]] = []  # (ready at, seq, chat_id)
        self._in_heap: set[int] = set()
        self._waiting: set[int] = set()  # chats whose next slot depends on answers still in flight
        self._gone: dict[int, float] = {}  # chat → monotonic time it answered 403 / not found
        self._answers: list[tuple[_Item, int, asyncio.Future]] = []  # sent, waiting to be recorded
        self._recorder: asyncio.Task | None = None
        self._http = 0  # requests in flight (the concurrency limit counts these, not database writes)
        self._write_lock: asyncio.Lock | contextlib.AbstractAsyncContextManager = (
            asyncio.Lock() if db.dialect == "sqlite" else contextlib.nullcontext())
        self._seq = 0
        self._inflight: dict[int, asyncio.Task] = {}
        self._wake = asyncio.Event()
        self._stopping = False
        self._started = False
        self._last_refill = -math.inf
        self._table_empty = False

    # ---------------------------------------------------------------- public

    @classmethod
    def from_settings(cls, db: Database, transport: Transport, settings, clock: Clock = _utcnow) -> "Sender":
        return cls(db, transport, limits=SendLimits.from_settings(settings), clock=clock,
                   worker_name=settings.sender_worker_name, lease=settings.sender_lease_s,
                   concurrency=settings.sender_concurrency, max_attempts=settings.sender_max_attempts,
                   backoff_base=settings.sender_backoff_base_s, backoff_cap=settings.sender_backoff_cap_s)

    def wake(self) -> None:
        """New rows were queued: look at the table now rather than at the next poll."""
        self._table_empty = False
        self._last_refill = -math.inf
        self._wake.set()

    async def run(self, *, until_idle: bool = False) -> Counter[str]:
        """Send until stop() (or, with until_idle, until nothing due is left)."""
        await self._start()
        try:
            while not self._stopping:
                self._wake.clear()  # anything that happens from here on wakes the sleep below
                if self.mono() - self._last_refill >= self._refill_every() or self._buffered() == 0:
                    await self._refill()
                next_at = self._dispatch()
                if until_idle and self._table_empty and not self._inflight and self._buffered() == 0:
                    break
                await self._sleep(next_at)
        finally:
            if self._stopping:
                await self._shutdown()
        return self.stats

    async def stop(self, timeout: float = 10.0) -> None:
        """Graceful: no new sends; requests in flight finish and are recorded; claimed rows are released."""
        self._stopping = True
        self._wake.set()
        if self._inflight:
            await asyncio.wait(list(self._inflight.values()), timeout=timeout)

    # ---------------------------------------------------------------- start, stop

    async def _start(self) -> None:
        if self._started:
            return
        self._started = True
        now = self.clock()
        async with self.db.sessions() as s:
            if self.worker_name:
                base = self.worker_name
                result = await s.execute(
                    update(Outbox).where(Outbox.status == "sending", Outbox.claimed_by.like(f"{base}#%"),
                                         Outbox.claimed_by != self.claim_id)
                    .values(status="pending", claimed_by=None, claimed_until=None)
                    .execution_options(synchronize_session=False))
                if result.rowcount:
                    log.warning("took back %d rows claimed by an earlier run of %s", result.rowcount, base)
                    self.stats["retaken"] += result.rowcount
            # What the previous run sent in the last minute still counts against the chat windows.
            horizon = max(self.limits.group.period, self.limits.private.period, self.limits.overall.period)
            recent = (await s.execute(select(Outbox.chat_id, Outbox.sent_at).where(
                Outbox.status == "sent", Outbox.sent_at > now - timedelta(seconds=horizon + self.limits.margin))
                .order_by(Outbox.sent_at))).all()
            for chat_id, sent_at in recent:
                self.limiter.seed(chat_id, (now - sent_at).total_seconds())
            await s.commit()

    async def _shutdown(self) -> None:
        if self._inflight:
            await asyncio.wait(list(self._inflight.values()), timeout=self.lease / 2)
        ids = [it.id for q in self._queues.values() for it in q]
        self._queues.clear()
        self._heap.clear()
        self._in_heap.clear()
        self._waiting.clear()
        if ids:
            await self._release_rows(ids)

    # ---------------------------------------------------------------- claiming

    def _buffered(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def _refill_every(self) -> float:
        return min(0.25, self.poll_interval)

    def _quota(self, chat_id: int) -> int:
        """Rows of one chat worth holding: what its window lets out within the lookahead."""
        w = self.limits.private if chat_id > 0 else self.limits.group
        return max(1, math.ceil(self.lookahead / w.period * w.count))

    def _capacity(self) -> int:
        w = self.limits.overall
        return max(self.concurrency, math.ceil(self.lookahead / w.period * w.count))

    async def _refill(self) -> None:
        self._last_refill = self.mono()
        room = self._capacity() - self._buffered()
        if room <= 0:
            return
        now = self.clock()
        self._gone = {c: t for c, t in self._gone.items() if self.mono() - t < self.GONE_FOR}
        full = [c for c, q in self._queues.items() if len(q) >= self._quota(c)] + list(self._gone)
        due = and_(Outbox.due_at <= now, or_(Outbox.status == "pending",
                                              and_(Outbox.status == "sending", Outbox.claimed_until < now)))
        try:
            async with self._write_lock, self.db.sessions() as s:
                chats = await self._due_chats(s, now, room, full[:1000])
                candidates = (await s.execute(self._earliest_rows(chats, due, now))).all() if chats else []
                counts = {c: len(q) for c, q in self._queues.items()}
                chosen: list[int] = []
                for row_id, chat_id in candidates:
                    if counts.get(chat_id, 0) < self._quota(chat_id):
                        counts[chat_id] = counts.get(chat_id, 0) + 1
                        chosen.append(row_id)
                        if len(chosen) >= room:
                            break
                if not candidates:  # nothing claimable now; rows held back for other senders still count
                    self._table_empty = not await s.scalar(select(exists().where(due)))
                else:
                    self._table_empty = False
                if not chosen:
                    return
                sub = select(Outbox.id).where(Outbox.id.in_(chosen), due, self._not_busy_elsewhere(now))
                if s.bind.dialect.name == "postgresql":
                    sub = sub.with_for_update(skip_locked=True)
                claimed = (await s.execute(
                    update(Outbox).where(Outbox.id.in_(sub.scalar_subquery()))
                    .values(status="sending", claimed_by=self.claim_id,
                            claimed_until=now + timedelta(seconds=self.lease))
                    .returning(*_COLUMNS).execution_options(synchronize_session=False))).all()
                await s.commit()
        except (OperationalError, DBAPIError) as exc:
            log.warning("outbox claim failed, will retry: %s", str(exc).splitlines()[0])
            self.stats["db_errors"] += 1
            return
        self.stats["claimed"] += len(claimed)
        for row in sorted(claimed, key=lambda r: (r.due_at, r.id)):
            self._enqueue(_Item(row.id, row.chat_id, row.user_id, row.payload, row.expires_at, row.attempts,
                                row.due_at, now))

    async def _due_chats(self, s: AsyncSession, now: datetime, limit: int, skip: list[int]) -> list[int]:
        """Up to `limit` chats of the soonest due rows, soonest first. Read straight off the (status, due_at) index,
        pending rows and lapsed claims apart: one query ordering every due row by (due_at, id) sorted the
        whole backlog on each refill (60 ms at 60,000 rows), and the backlog is largest when speed matters."""
        rows: list = []
        for status, lapsed in (("pending", None), ("sending", Outbox.claimed_until < now)):
            q = select(Outbox.chat_id, Outbox.due_at).where(Outbox.status == status, Outbox.due_at <= now)
            if lapsed is not None:
                q = q.where(lapsed)
            if skip:
                q = q.where(Outbox.chat_id.not_in(skip))
            rows += (await s.execute(q.order_by(Outbox.due_at).limit(limit))).all()
        rows.sort(key=lambda r: r.due_at)
        return list(dict.fromkeys(chat_id for chat_id, _ in rows))[:limit]

    def _earliest_rows(self, chats: list[int], due, now: datetime):
        """(id, chat_id) of the first rows of each chat in queue order — (due_at, id), so a chat's messages
        keep their order — as many as a chat's window could let out within the lookahead."""
        rank = func.row_number().over(partition_by=Outbox.chat_id, order_by=(Outbox.due_at, Outbox.id)).label("rank")
        ranked = (select(Outbox.id, Outbox.chat_id, Outbox.due_at, rank)
                  .where(Outbox.chat_id.in_(chats), due, self._not_busy_elsewhere(now)).subquery())
        most = max(self._quota(1), self._quota(-1))
        return (select(ranked.c.id, ranked.c.chat_id).where(ranked.c.rank <= most)
                .order_by(ranked.c.due_at, ranked.c.id))

    def _not_busy_elsewhere(self, now: datetime):
        """Several senders on one database: a chat is left to the sender that holds a claim on it or sent
        to it within the chat window, so pacing per chat holds across processes (best effort: two
        senders claiming the same idle chat in the same instant can both send once)."""
        other = aliased(Outbox)
        private = timedelta(seconds=self.limits.private.period + self.limits.margin)
        group = timedelta(seconds=self.limits.group.period + self.limits.margin)
        return ~exists().where(
            other.chat_id == Outbox.chat_id, other.claimed_by != self.claim_id,
            or_(and_(other.status == "sending", other.claimed_until >= now),
                and_(other.status == "sent", Outbox.chat_id > 0, other.sent_at > now - private),
                and_(other.status == "sent", Outbox.chat_id < 0, other.sent_at > now - group)))

    def _enqueue(self, item: _Item, *, front: bool = False) -> None:
        if item.chat_id in self._gone:  # claimed in the instant the chat was found gone: drop it too
            task = asyncio.create_task(self._finish(item, "dropped", "recipient blocked or gone"))
            self._inflight[-item.id] = task
            task.add_done_callback(lambda _t: self._inflight.pop(-item.id, None))
            return
        q = self._queues.setdefault(item.chat_id, deque())
        q.appendleft(item) if front else q.append(item)
        self._schedule(item.chat_id)

    def _schedule(self, chat_id: int, at: float | None = None) -> None:
        if chat_id in self._in_heap or chat_id in self._waiting:
            return
        at = self.limiter.chat_ready_at(chat_id) if at is None else at
        if at == math.inf:  # its window is full of requests in flight: their answers reschedule it
            self._waiting.add(chat_id)
            return
        self._seq += 1
        heapq.heappush(self._heap, (at, self._seq, chat_id))
        self._in_heap.add(chat_id)

    # ---------------------------------------------------------------- dispatching

    def _dispatch(self) -> float:
        """Hand every row that may go now to a send task; return when to look again (monotonic)."""
        now = self.mono()
        while self._heap and not self._stopping:
            if self._http >= self.concurrency:
                return now + self.poll_interval  # a finishing send wakes the loop
            ready_global = self.limiter.global_ready_at(now)
            at, _, chat_id = self._heap[0]
            if at > now:
                return min(at, now + self.poll_interval)
            if ready_global > now:
                return min(ready_global, now + self.poll_interval)
            heapq.heappop(self._heap)
            self._in_heap.discard(chat_id)
            q = self._queues.get(chat_id)
            if not q:
                self._queues.pop(chat_id, None)
                continue
            chat_at = self.limiter.chat_ready_at(chat_id, now)
            if chat_at > now:
                self._schedule(chat_id, chat_at)
                continue
            item = q.popleft()
            if not q:
                del self._queues[chat_id]
            self.limiter.record(chat_id)
            self._http += 1  # counted here, not when the task starts: else one pass dispatches a whole window
            self._inflight[item.id] = asyncio.create_task(self._send(item, chat_id))
            if chat_id in self._queues:
                self._schedule(chat_id)
            now = self.mono()
        return now + self.poll_interval

    async def _sleep(self, until: float) -> None:
        delay = max(0.0, until - self.mono())
        refill_in = self._last_refill + self._refill_every() - self.mono()
        if not self._table_empty:
            delay = min(delay, max(0.0, refill_in))
        if delay <= 0:
            await asyncio.sleep(0)
            return
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=delay)
        except asyncio.TimeoutError:
            pass

    # ---------------------------------------------------------------- one message

    async def _send(self, item: _Item, chat_id: int) -> None:
        answered = [False]
        try:
            await self._attempt(item, answered)
        except Exception:  # noqa: BLE001 - a bug or the database gone: the lease will hand the row on
            log.exception("sending outbox row %s failed unexpectedly", item.id)
            self.stats["errors"] += 1
        finally:
            if not answered[0]:  # never reached the transport (expired, claim lost, an error before it)
                self._http -= 1
                self.limiter.cancel(chat_id)
            self._inflight.pop(item.id, None)
            if chat_id in self._waiting:
                self._waiting.discard(chat_id)
                if chat_id in self._queues:
                    self._schedule(chat_id)
            self._wake.set()

    async def _attempt(self, item: _Item, answered: list[bool]) -> None:
        if self.budget is not None:  # first: the wait for the shared budget may outlast a third of the lease
            await self.budget.acquire()
        now = self.clock()
        if item.expires_at is not None and now >= item.expires_at:
            await self._finish(item, "dropped", "expired")
            self.stats["expired"] += 1
            return
        if (now - item.claimed_at).total_seconds() > self.lease / 3:
            if not await self._renew(item):
                self.stats["lost_claims"] += 1
                return
        payload = decode_payload(item.payload)
        chat = item.chat_id
        try:
            try:
                message_id = await self.transport.send(chat, payload.text, payload.buttons, paid=self.limits.paid)
            finally:
                self._http -= 1
                self.limiter.done(chat)
                answered[0] = True
                self._wake.set()  # a request slot is free
        except RetryAfter as e:
            self.stats["retry_after"] += 1
            if self.limiter.pause_chat(item.chat_id, e.seconds):
                log.warning("429 on most recent answers: pausing everything for %.0fs", e.seconds)
            self._requeue_or_release(item, e.seconds, count_attempt=False)
        except ChatMigrated as e:
            self.stats["migrated"] += 1
            await self._write(update(_T).where(_T.c.chat_id == item.chat_id, _T.c.status.in_(("pending", "sending")))
                              .values(chat_id=e.new_chat_id))
            item.chat_id = e.new_chat_id
            self._enqueue(item, front=True)
        except (Blocked, ChatNotFound) as e:
            self.stats["blocked"] += 1
            await self._recipient_gone(item, e.description)
        except BadRequest as e:
            self.stats["bad_request"] += 1
            log.warning("outbox row %s refused: %s", item.id, e.description)
            await self._finish(item, "failed", e.description)
        except TransientError as e:
            self.stats["transient"] += 1
            self.limiter.answered(False)
            item.attempts += 1
            if item.attempts >= self.max_attempts:
                log.warning("outbox row %s given up after %d attempts: %s", item.id, item.attempts, e.description)
                await self._finish(item, "failed", e.description)
                self.stats["failed"] += 1
            else:
                self._requeue_or_release(item, self._backoff(item.attempts), count_attempt=True)
        except Unavailable as e:
            self.stats["unavailable"] += 1
            log.error("Telegram refuses our token (%s): pausing the sender for %.0fs", e.description,
                      self.unavailable_pause)
            self.limiter.pause_all(self.unavailable_pause)
            self._requeue_or_release(item, self.unavailable_pause, count_attempt=False)
        else:
            self.limiter.answered(False)
            await self._mark_sent(item, message_id)

    def _backoff(self, attempts: int) -> float:
        """Exponential with full jitter in its upper half: base·2^(n-1)·[0.5, 1), at most the cap."""
        raw = min(self.backoff_cap, self.backoff_base * 2 ** (attempts - 1))
        return raw * (0.5 + self.rng.random() / 2)

    def _requeue_or_release(self, item: _Item, wait: float, *, count_attempt: bool) -> None:
        if wait <= self.max_hold and not self._stopping:
            if not count_attempt:
                self._enqueue(item, front=True)  # the chat pause holds it
                return
            self.limiter.pause_chat_quietly(item.chat_id, wait)
            self._enqueue(item, front=True)
            return
        task = asyncio.create_task(self._release_rows([item.id], due_in=wait, attempts=item.attempts))
        self._inflight[-item.id] = task
        task.add_done_callback(lambda _t: self._inflight.pop(-item.id, None))

    # ---------------------------------------------------------------- writes

    async def _write(self, *stmts) -> int:
        """One short transaction on a plain connection (no ORM session: this runs once per message).
        On SQLite the sender's writers take turns, so they never wait in SQLite's busy handler."""
        async with self._write_lock:
            async with self.db.engine.begin() as conn:
                n = 0
                for stmt in stmts:
                    n += (await conn.execute(stmt)).rowcount or 0
                return n

    def _mine(self, item: _Item):
        return update(_T).where(_T.c.id == item.id, _T.c.claimed_by == self.claim_id, _T.c.status == "sending")

    async def _mark_sent(self, item: _Item, message_id: int) -> None:
        """The message is out: hand it to the recorder and wait until it is committed."""
        done = asyncio.get_running_loop().create_future()
        self._answers.append((item, message_id, done))
        if self._recorder is None or self._recorder.done():
            self._recorder = asyncio.create_task(self._record_loop())
        await done

    async def _record_loop(self) -> None:
        """Group commit: every answer that arrived while the previous commit ran is recorded in the next
        one — one transaction per batch instead of per message, so under load an answer waits less
        before it is recorded, not more. Retried while the lease holds: until the commit, a crash would
        send the row again."""
        while self._answers:
            batch, self._answers = self._answers[:500], self._answers[500:]
            at = self.clock()
            ids = [item.id for item, _, _ in batch]
            stmt = (update(_T).where(_T.c.id.in_(ids), _T.c.claimed_by == self.claim_id, _T.c.status == "sending")
                    .values(status="sent", sent_at=at, claimed_until=None,
                            attempts=case({item.id: item.attempts + 1 for item, _, _ in batch}, value=_T.c.id),
                            message_id=case({item.id: mid for item, mid, _ in batch}, value=_T.c.id))
                    .returning(_T.c.id))
            delay, deadline = 0.05, self.mono() + self.lease / 2
            while True:
                try:
                    async with self._write_lock:
                        async with self.db.engine.begin() as conn:
                            recorded = set((await conn.execute(stmt)).scalars())
                    break
                except (OperationalError, DBAPIError) as exc:
                    if self.mono() + delay > deadline:
                        log.error("could not record %d sent rows: %s", len(batch), exc)
                        self.stats["unrecorded"] += len(batch)
                        recorded = None
                        break
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 2.0)
            for item, message_id, done in batch:
                if recorded is None:
                    pass
                elif item.id in recorded:
                    self.stats["sent"] += 1
                    ops.observe_lag(item.due_at, at)
                else:  # the row was forgotten (/forget) or its claim lost after a stall
                    self.stats["lost_claims"] += 1
                    log.warning("outbox row %s sent as message %s but no longer ours", item.id, message_id)
                if not done.done():
                    done.set_result(None)

    async def _finish(self, item: _Item, status: str, why: str) -> None:
        await self._write(self._mine(item).values(status=status, last_error=(why or "")[:300],
                                                  attempts=item.attempts, claimed_until=None))

    async def _renew(self, item: _Item) -> bool:
        now = self.clock()
        n = await self._write(self._mine(item).values(claimed_until=now + timedelta(seconds=self.lease)))
        if n:
            item.claimed_at = now
        return n == 1

    async def _release_rows(self, ids: list[int], *, due_in: float = 0.0, attempts: int | None = None) -> None:
        values: dict = dict(status="pending", claimed_by=None, claimed_until=None)
        if due_in:
            values["due_at"] = self.clock() + timedelta(seconds=due_in)
        if attempts is not None:
            values["attempts"] = attempts
        try:
            await self._write(update(_T).where(_T.c.id.in_(ids), _T.c.claimed_by == self.claim_id,
                                               _T.c.status == "sending").values(**values))
        except (OperationalError, DBAPIError) as exc:  # the lease will release them anyway
            log.warning("could not release %d outbox rows: %s", len(ids), str(exc).splitlines()[0])

    async def _recipient_gone(self, item: _Item, why: str) -> None:
        """403 blocked / chat not found: this row fails, the chat's other rows are dropped, and the user is
        marked inactive — sweeps skip them until they write to the bot again."""
        chat = item.chat_id
        self._gone[chat] = self.mono()
        self._queues.pop(chat, None)
        stmts = [
            self._mine(item).values(status="failed", last_error=(why or "blocked")[:300], attempts=item.attempts + 1,
                                    claimed_until=None),
            update(_T).where(_T.c.chat_id == chat, or_(
                _T.c.status == "pending", and_(_T.c.status == "sending", _T.c.claimed_by == self.claim_id)))
            .values(status="dropped", last_error="recipient blocked or gone"),
        ]
        user_id = item.user_id if item.user_id is not None else (chat if chat > 0 else None)
        if user_id is not None:
            users = User.__table__
            stmts.append(update(users).where(users.c.id == user_id).values(active=False))
        try:
            await self._write(*stmts)
        finally:
            # The chat's rows are dropped in the table now: anything claimed later is new (the user came
            # back with /start), so the chat is not skipped any longer.
            self._gone.pop(chat, None)


async def prune_outbox(session: AsyncSession, now: datetime, *, keep: timedelta = timedelta(days=7)) -> int:
    """Forget rows long done (sent, failed, dropped): they only mattered until then."""
    result = await session.execute(delete(Outbox).where(Outbox.status.in_(("sent", "failed", "dropped")),
                                                        Outbox.due_at < now - keep))
    return result.rowcount or 0


async def outbox_counts(session: AsyncSession) -> dict[str, int]:
    rows = (await session.execute(select(Outbox.status, func.count()).group_by(Outbox.status))).all()
    return {status: n for status, n in rows}
