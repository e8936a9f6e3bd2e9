"""Telegram's flood limits, kept on our side so the server never has to say 429.

Every limit is a sliding window — at most `count` messages in any `period` seconds. A message takes
its place in the window when it is handed to the transport and is dated by the arrival of its answer
(the server counted it before answering), so however long requests take, the server never sees more
than `count` in a window. `margin` is extra room on every window.

Scopes: overall (every chat), each private chat (positive chat id), each group/channel (negative id).
A 429 pauses only its chat for `retry_after`; only when most recent answers are 429s (a flood across
chats) is everything paused.
"""
from __future__ import annotations

import bisect
import math
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Window:
    count: int
    period: float  # seconds

    @classmethod
    def per_second(cls, rate: float) -> "Window":
        count = max(1, int(rate))
        return cls(count, count / rate)


@dataclass(frozen=True)
class SendLimits:
    overall: Window = Window(25, 1.0)
    private: Window = Window(1, 1.0)
    group: Window = Window(20, 60.0)
    margin: float = 0.01  # on a 1 s window each 10 ms of margin costs 1% of the rate (answers date the window already)
    paid: bool = False  # allow_paid_broadcast on every message (overall is then the paid rate)

    @classmethod
    def from_settings(cls, s) -> "SendLimits":
        rate = s.sender_paid_rate if s.sender_paid_broadcast else s.sender_rate
        return cls(overall=Window.per_second(rate), private=Window.per_second(s.sender_private_per_s),
                   group=Window(s.sender_group_per_min, 60.0), margin=s.sender_margin_s, paid=s.sender_paid_broadcast)

    def scaled(self, factor: float) -> "SendLimits":
        """Same counts, periods (and margin) times `factor`: how tests make a minute last 0.6 s."""
        def w(x: Window) -> Window:
            return Window(x.count, x.period * factor)
        return SendLimits(w(self.overall), w(self.private), w(self.group), self.margin * factor, self.paid)


@dataclass
class _Log:
    """One window's log. A message occupies the window from the moment it is dispatched, and counts
    from the moment its answer arrived — which is after the server counted it — so no latency or
    jitter between us and the server can make us exceed its window."""

    window: Window
    times: list[float] = field(default_factory=list)  # answers received, sorted
    in_flight: int = 0

    def ready_at(self, now: float, margin: float) -> float:
        span = self.window.period + margin
        cut = bisect.bisect_right(self.times, now - span)
        if cut:
            del self.times[:cut]
        excess = len(self.times) + self.in_flight - self.window.count + 1
        if excess <= 0:
            return now
        if excess > len(self.times):
            return math.inf  # waiting for answers in flight (their completion wakes the sender)
        return self.times[excess - 1] + span

    def start(self) -> None:
        self.in_flight += 1

    def done(self, at: float | None) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        if at is not None:
            bisect.insort(self.times, at)

    def seed(self, at: float) -> None:
        bisect.insort(self.times, at)


class Limiter:
    """In-process windows. Time is monotonic seconds (`clock`), not the wall clock."""

    STORM_SAMPLE = 20  # answers looked at to tell a flood across chats from one chat's 429
    STORM_SHARE = 0.5

    def __init__(self, limits: SendLimits, clock: Callable[[], float] = time.monotonic):
        self.limits = limits
        self.clock = clock
        self._overall = _Log(limits.overall)
        self._chats: dict[int, _Log] = {}
        self._chat_pause: dict[int, float] = {}
        self._global_pause = 0.0
        self._answers: deque[bool] = deque(maxlen=self.STORM_SAMPLE)  # True = 429

    def _chat(self, chat_id: int) -> _Log:
        log = self._chats.get(chat_id)
        if log is None:
            log = self._chats[chat_id] = _Log(self.limits.private if chat_id > 0 else self.limits.group)
        return log

    def global_ready_at(self, now: float | None = None) -> float:
        now = self.clock() if now is None else now
        return max(self._overall.ready_at(now, self.limits.margin), self._global_pause)

    def chat_ready_at(self, chat_id: int, now: float | None = None) -> float:
        now = self.clock() if now is None else now
        return max(self._chat(chat_id).ready_at(now, self.limits.margin), self._chat_pause.get(chat_id, 0.0))

    def ready_at(self, chat_id: int, now: float | None = None) -> float:
        now = self.clock() if now is None else now
        return max(self.global_ready_at(now), self.chat_ready_at(chat_id, now))

    def record(self, chat_id: int) -> None:
        """A message to `chat_id` is being handed to the transport now; call done() when it is answered."""
        self._overall.start()
        self._chat(chat_id).start()

    def done(self, chat_id: int) -> None:
        """The answer (success or error) for a message recorded before has arrived."""
        at = self.clock()
        self._overall.done(at)
        self._chat(chat_id).done(at)

    def cancel(self, chat_id: int) -> None:
        """A message recorded before was not sent after all (expired, claim lost)."""
        self._overall.done(None)
        self._chat(chat_id).done(None)

    def seed(self, chat_id: int, ago: float) -> None:
        """A message sent `ago` seconds ago (by an earlier run): counts against the windows."""
        at = self.clock() - max(0.0, ago)
        self._overall.seed(at)
        self._chat(chat_id).seed(at)

    def answered(self, rate_limited: bool) -> None:
        self._answers.append(rate_limited)

    def pause_chat(self, chat_id: int, seconds: float) -> bool:
        """Honour a 429 for one chat; returns True when it looks like a flood across chats, which pauses
        everything."""
        now = self.clock()
        self._chat_pause[chat_id] = max(self._chat_pause.get(chat_id, 0.0), now + seconds)
        self._answers.append(True)
        storm = (len(self._answers) >= self.STORM_SAMPLE // 2
                 and sum(self._answers) / len(self._answers) >= self.STORM_SHARE)
        if storm:
            self.pause_all(seconds)
        return storm

    def pause_chat_quietly(self, chat_id: int, seconds: float) -> None:
        """Hold a chat (a retry backoff) without counting it as a 429."""
        self._chat_pause[chat_id] = max(self._chat_pause.get(chat_id, 0.0), self.clock() + seconds)

    def pause_all(self, seconds: float) -> None:
        self._global_pause = max(self._global_pause, self.clock() + seconds)

    def forget(self, chat_id: int) -> None:
        """Drop the state of a chat we will not write to again (keeps memory bounded)."""
        now = self.clock()
        if self._chat_pause.get(chat_id, 0.0) <= now:
            self._chat_pause.pop(chat_id, None)
        log = self._chats.get(chat_id)
        if log is not None and not log.in_flight and log.ready_at(now, self.limits.margin) <= now and not log.times:
            self._chats.pop(chat_id, None)
