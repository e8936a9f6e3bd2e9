"""Telegram-like flood limits for sending methods.

Every limit is a sliding window: at most ``count`` messages in any ``period`` seconds.

Defaults (from Telegram's Bot FAQ, which only gives approximate numbers):

* private chat: ``Limit(3, 3.0)`` - about 1 message/second sustained, but a burst of 3 is
  accepted (Telegram tolerates short bursts such as "reply + follow-up + keyboard");
* group / supergroup / channel: ``Limit(20, 60.0)`` - 20 messages per minute;
* overall per bot: ``Limit(30, 1.0)`` - 30 messages per second across all chats
  (``allow_paid_broadcast=True`` raises it to 1000/second, as on Telegram).

Counted: send* (not sendChatAction), copyMessage(s), forwardMessage(s), and editMessage* when
``count_edits`` (per chat only). Over the limit the request is answered 429 with
``parameters.retry_after`` = whole seconds until the window frees (at least 1, like Telegram).

Tests make windows short: ``RateLimits(private=Limit(2, 0.2))``, ``RateLimits.off()``, or
``RateLimits().scaled(0.01)``.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Limit:
    count: int
    period: float  # seconds


@dataclass(frozen=True)
class RateLimits:
    private: Limit | None = Limit(3, 3.0)
    group: Limit | None = Limit(20, 60.0)
    overall: Limit | None = Limit(30, 1.0)
    paid_overall: Limit | None = Limit(1000, 1.0)
    count_edits: bool = True
    enabled: bool = True

    @classmethod
    def off(cls) -> RateLimits:
        return cls(enabled=False)

    def scaled(self, factor: float) -> RateLimits:
        """Same counts, windows multiplied by ``factor`` (0.01 turns a minute into 0.6 s)."""

        def s(limit: Limit | None) -> Limit | None:
            return None if limit is None else Limit(limit.count, limit.period * factor)

        return replace(
            self,
            private=s(self.private),
            group=s(self.group),
            overall=s(self.overall),
            paid_overall=s(self.paid_overall),
        )


def is_counted(method: str, count_edits: bool) -> bool:
    m = method.lower()
    if m == "sendchataction":
        return False
    if m.startswith(("send", "copymessage", "forwardmessage")):
        return True
    return count_edits and m.startswith("editmessage")


class RateLimiter:
    """Sliding-window logs keyed by (bot, scope). Check first, consume only on success."""

    def __init__(self, limits: RateLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._logs: dict[tuple[str, str], deque[float]] = {}

    def reset(self) -> None:
        self._logs.clear()

    def _windows(
        self, bot: str, chat_id: int | str | None, is_private: bool, edit: bool, paid: bool
    ) -> list[tuple[tuple[str, str], Limit]]:
        lim = self.limits
        out: list[tuple[tuple[str, str], Limit]] = []
        if chat_id is not None:
            per_chat = lim.private if is_private else lim.group
            if per_chat is not None:
                out.append(((bot, f"chat:{chat_id}"), per_chat))
        overall = lim.paid_overall if paid else lim.overall
        if overall is not None and not edit:
            out.append(((bot, "paid" if paid else "all"), overall))
        return out

    def check(
        self, bot: str, chat_id: int | str | None, *, is_private: bool, edit: bool = False, paid: bool = False
    ) -> int | None:
        """Return retry_after (seconds) when a send now would exceed a limit, else None."""
        if not self.limits.enabled:
            return None
        now = self._clock()
        wait = 0.0
        for key, limit in self._windows(bot, chat_id, is_private, edit, paid):
            log = self._logs.get(key)
            if log is None:
                continue
            while log and log[0] <= now - limit.period:
                log.popleft()
            if len(log) >= limit.count:
                wait = max(wait, log[len(log) - limit.count] + limit.period - now)
        if wait <= 0:
            return None
        return max(1, math.ceil(wait))

    def consume(
        self, bot: str, chat_id: int | str | None, *, is_private: bool, edit: bool = False, paid: bool = False
    ) -> None:
        if not self.limits.enabled:
            return
        now = self._clock()
        for key, _ in self._windows(bot, chat_id, is_private, edit, paid):
            self._logs.setdefault(key, deque()).append(now)
