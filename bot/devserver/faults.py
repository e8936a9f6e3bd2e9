"""Misbehaviour on demand: make the next requests fail the ways Telegram fails.

``server.faults`` is a ``Faults``; each helper adds a ``Fault`` and returns it (``.hits`` counts
how often it fired, ``.remaining`` how many firings are left)::

    server.faults.rate_limit(method="sendMessage", chat_id=1001, times=2, retry_after=3)
    server.faults.blocked(chat_id=1001)               # 403 Forbidden: bot was blocked by the user
    server.faults.chat_not_found(method="sendMessage")  # 400 Bad Request: chat not found
    server.faults.server_error(times=1)               # 500 Internal Server Error
    server.faults.bad_gateway(probability=0.3, seed=7)  # 502 Bad Gateway on ~30% of requests
    server.faults.slow(delay=0.5, method="getUpdates")  # answer normally, 0.5 s late
    server.faults.error(400, "Bad Request: message to edit not found", method="editMessageText")
    server.faults.clear()

Matching: ``method`` (case-insensitive; None = every method, getUpdates included) and/or
``chat_id`` (compared as text; None = any). ``times`` limits firings (default 1; None =
unlimited); with ``probability`` each matching request fires with that chance from a seeded RNG
(``times`` then defaults to unlimited). Faults fire after validation (an invalid request is
still reported as invalid) and before rate limiting. Slow faults delay and let the request
continue; the first firing error fault answers the request.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

from .errors import ApiError, too_many_requests

FaultKind = Literal["rate_limit", "blocked", "chat_not_found", "server_error", "bad_gateway", "slow", "error"]

_UNSET = object()


@dataclass
class Fault:
    kind: FaultKind
    method: str | None = None
    chat_id: int | str | None = None
    times: int | None = 1
    probability: float | None = None
    seed: int | None = 0
    retry_after: int = 1
    delay: float = 0.0
    code: int = 400
    description: str = ""
    hits: int = 0
    _rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    @property
    def remaining(self) -> int | None:
        return None if self.times is None else max(0, self.times - self.hits)

    def matches(self, method: str, chat_id: int | str | None) -> bool:
        if self.remaining == 0:
            return False
        if self.method is not None and self.method.lower() != method.lower():
            return False
        if self.chat_id is not None and str(self.chat_id) != str(chat_id):
            return False
        return True

    def fire(self) -> bool:
        """Decide (and count) whether this matching request is hit."""
        if self.probability is not None and self._rng.random() >= self.probability:
            return False
        self.hits += 1
        return True

    def to_error(self, private: bool) -> ApiError:
        if self.kind == "rate_limit":
            return too_many_requests(self.retry_after, injected=True)
        if self.kind == "blocked":
            text = "bot was blocked by the user" if private else "bot was kicked from the group chat"
            return ApiError(403, f"Forbidden: {text}", injected=True)
        if self.kind == "chat_not_found":
            return ApiError(400, "Bad Request: chat not found", injected=True)
        if self.kind == "server_error":
            return ApiError(500, "Internal Server Error", injected=True)
        if self.kind == "bad_gateway":
            return ApiError(502, "Bad Gateway", injected=True)
        return ApiError(self.code, self.description, injected=True)


class Faults:
    def __init__(self) -> None:
        self.active: list[Fault] = []

    def add(self, kind: FaultKind, **kw: object) -> Fault:
        times = kw.pop("times", _UNSET)
        if times is _UNSET:
            times = None if kw.get("probability") is not None else 1
        fault = Fault(kind, times=times, **kw)  # type: ignore[arg-type]
        self.active.append(fault)
        return fault

    def rate_limit(self, *, retry_after: int = 1, **kw: object) -> Fault:
        return self.add("rate_limit", retry_after=retry_after, **kw)

    def blocked(self, **kw: object) -> Fault:
        return self.add("blocked", **kw)

    def chat_not_found(self, **kw: object) -> Fault:
        return self.add("chat_not_found", **kw)

    def server_error(self, **kw: object) -> Fault:
        return self.add("server_error", **kw)

    def bad_gateway(self, **kw: object) -> Fault:
        return self.add("bad_gateway", **kw)

    def slow(self, delay: float, **kw: object) -> Fault:
        return self.add("slow", delay=delay, **kw)

    def error(self, code: int, description: str, **kw: object) -> Fault:
        return self.add("error", code=code, description=description, **kw)

    def clear(self) -> None:
        self.active.clear()

    def select(self, method: str, chat_id: int | str | None) -> tuple[float, Fault | None]:
        """Return (total delay, first error fault) for this request, consuming firings."""
        delay = 0.0
        for fault in self.active:
            if not fault.matches(method, chat_id) or not fault.fire():
                continue
            if fault.kind == "slow":
                delay += fault.delay
                continue
            return delay, fault
        return delay, None
