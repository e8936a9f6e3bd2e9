"""Flood control: a token bucket per user, in the handler layer so both runtimes behave the same.

A user who sends twenty messages in a second gets the first few answered, then one calm "slow down a
little", then silence until the bucket refills. The state lives in this process: with several
replicas behind one webhook each keeps its own buckets, which only makes the limit a little looser.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum
from typing import Callable


class Verdict(Enum):
    OK = "ok"
    WARN = "warn"  # over the limit for the first time: say so once
    DROP = "drop"  # still over: answer nothing


@dataclass
class _Bucket:
    tokens: float
    at: float
    warned: bool = False


class FloodGuard:
    def __init__(self, capacity: float = 5, per_second: float = 1.0, *,
                 clock: Callable[[], float] = time.monotonic, max_users: int = 50_000):
        self.capacity = capacity
        self.per_second = per_second
        self._clock = clock
        self._buckets: dict[int, _Bucket] = {}
        self._max_users = max_users

    def check(self, user_id: int) -> Verdict:
        now = self._clock()
        b = self._buckets.get(user_id)
        if b is None:
            self._prune(now)
            b = self._buckets[user_id] = _Bucket(self.capacity, now)
        b.tokens = min(self.capacity, b.tokens + (now - b.at) * self.per_second)
        b.at = now
        if b.tokens >= 1:
            b.tokens -= 1
            b.warned = False
            return Verdict.OK
        if b.warned:
            return Verdict.DROP
        b.warned = True
        return Verdict.WARN

    def _prune(self, now: float) -> None:
        """Forget users whose bucket is full again, so memory stays bounded."""
        if len(self._buckets) < self._max_users:
            return
        full_after = self.capacity / self.per_second if self.per_second else float("inf")
        for uid in [u for u, b in self._buckets.items() if now - b.at > full_after]:
            del self._buckets[uid]
