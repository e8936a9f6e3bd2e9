"""Operating the bot beyond one process: health, readiness, Prometheus metrics, logs that keep
secrets, and what replicas share through Redis.

* `/healthz` — liveness: the process answers. `/readyz` — the database answers `SELECT 1` and, when
  REDIS_URL is set, Redis answers PING (503 with the reason otherwise). `/metrics` — Prometheus text.
  All three are served by the webhook server; in polling mode by a small server on METRICS_PORT.
* Metrics (prometheus-client, the process's default registry):
    kepu_updates_total{kind,outcome}        updates handled (outcome ok | error)
    kepu_update_seconds{kind}               time from receiving an update to its last reply sent
    kepu_errors_total{where}                errors caught (bridge, redis, sender)
    kepu_notices_total{result}              outbox notices sent | failed | blocked (this process)
    kepu_reminder_lag_seconds               a sent notice's delay behind its due time
    kepu_outbox_depth                       rows pending or being sent (the whole database, read on scrape)
    kepu_outbox_oldest_age_seconds          how long the oldest due, unsent row has been due (read on scrape)
* Logs: `LOG_FORMAT=json` writes one JSON object a line; a handled update's line (INFO) also has
  update_id, chat_id, user_id, kind, outcome and ms as keys of its own. Every handler carries `RedactingFilter`: the
  bot token (and anything shaped like a token, in URLs too) becomes `<redacted>`. User message texts
  are never logged by the bot: log lines name update ids, chat ids and outcomes only.
* Redis (REDIS_URL):
    - `RedisChatLock` — one update of a user at a time across replicas (a `SET NX PX` lock with a TTL,
      redis-py's Lock, released by token). A replica that dies mid-update frees the chat after the TTL.
    - `RedisBudget` — the sender's overall rate shared by every replica: GCRA (the generic cell rate
      algorithm, as in redis-cell / throttled) in one Lua script on Redis's own clock. Each message
      reserves the next cell; the replica waits the returned time, then sends.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
import weakref
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, REGISTRY

if TYPE_CHECKING:
    from aiohttp import web

    from bot.config import Settings
    from bot.store.db import Database

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- metrics

UPDATES = Counter("kepu_updates", "Updates handled", ["kind", "outcome"])
UPDATE_SECONDS = Histogram("kepu_update_seconds", "Time to handle an update and send its replies", ["kind"],
                           buckets=(0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 10))
ERRORS = Counter("kepu_errors", "Errors caught", ["where"])
REMINDER_LAG = Histogram("kepu_reminder_lag_seconds", "Delay of a sent notice behind its due time",
                         buckets=(0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600))
OUTBOX_DEPTH = Gauge("kepu_outbox_depth", "Outbox rows pending or being sent")
OUTBOX_AGE = Gauge("kepu_outbox_oldest_age_seconds", "Age of the oldest due, unsent outbox row")

_senders: "weakref.WeakSet[Any]" = weakref.WeakSet()


def track_sender(sender: Any) -> None:
    """Count a Sender's results in kepu_notices_total (read from its `stats` at scrape time)."""
    _senders.add(sender)


def observe_lag(due_at: datetime, sent_at: datetime) -> None:
    try:
        if due_at.tzinfo is None:
            due_at = due_at.replace(tzinfo=timezone.utc)
        REMINDER_LAG.observe(max(0.0, (sent_at - due_at).total_seconds()))
    except (TypeError, AttributeError):  # never let a metric break the recorder
        pass


class _NoticesCollector:
    def collect(self):
        total = {"sent": 0, "failed": 0, "blocked": 0}
        for s in list(_senders):
            st = s.stats
            total["sent"] += st.get("sent", 0)
            total["failed"] += st.get("failed", 0) + st.get("bad_request", 0)
            total["blocked"] += st.get("blocked", 0)
        fam = CounterMetricFamily("kepu_notices", "Outbox notices by result (this process)", labels=["result"])
        for k, v in total.items():
            fam.add_metric([k], v)
        yield fam


with contextlib.suppress(ValueError):  # registered once per process
    REGISTRY.register(_NoticesCollector())


async def refresh_outbox_gauges(db: "Database", timeout: float = 2.0) -> None:
    from sqlalchemy import func, select

    from bot.store.models import Outbox

    now = datetime.now(timezone.utc)

    async def read():
        async with db.sessions() as s:
            depth, oldest = (await s.execute(
                select(func.count(), func.min(Outbox.due_at)).where(Outbox.status.in_(("pending", "sending"))))).one()
        OUTBOX_DEPTH.set(depth or 0)
        if oldest is not None and oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=timezone.utc)
        OUTBOX_AGE.set(max(0.0, (now - oldest).total_seconds()) if oldest is not None and oldest <= now else 0.0)

    try:
        await asyncio.wait_for(read(), timeout)
    except Exception as exc:  # noqa: BLE001 - a scrape must still answer
        ERRORS.labels("metrics").inc()
        log.warning("outbox gauges not refreshed: %s", type(exc).__name__)


# ---------------------------------------------------------------- logs

_TOKEN_SHAPE = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
REDACTED = "<redacted>"


class RedactingFilter(logging.Filter):
    """Replaces the bot token (and any token-shaped string, e.g. in /bot<token>/ URLs) in the rendered
    message and traceback."""

    def __init__(self, secrets: list[str] | None = None):
        super().__init__()
        self.secrets = [s for s in (secrets or []) if s]

    def redact(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, REDACTED)
        return _TOKEN_SHAPE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: keep what there is
            msg = str(record.msg)
        record.msg, record.args = self.redact(msg), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


# Fields a log call may pass in `extra=` that become keys of the JSON line (ids and outcomes only).
LOG_FIELDS = ("update_id", "chat_id", "user_id", "kind", "outcome", "ms")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {"ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
               "level": record.levelname, "logger": record.name, "msg": record.getMessage()}
        for key in LOG_FIELDS:
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = record.exc_text
        return json.dumps(out, ensure_ascii=False)


def setup_logging(settings: "Settings", *, verbose: bool = False) -> None:
    """Root logging for `python -m bot run`: LOG_FORMAT (text | json), LOG_LEVEL, token redaction."""
    token = settings.bot_token.get_secret_value().strip() if settings.bot_token else ""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter([token, secret]))
    handler.setFormatter(JsonFormatter() if settings.log_format == "json"
                         else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else getattr(logging, settings.log_level.upper(), logging.WARNING))
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # PTB's client logs every request URL (with the token)


# ---------------------------------------------------------------- Redis: per-chat ordering, shared budget

class RedisChatLock:
    """`async with chat_lock(user_id):` — one replica at a time handles a user's update."""

    def __init__(self, redis, *, ttl: float = 30.0, wait: float | None = None, prefix: str = "kepu:chat:"):
        self.redis = redis
        self.ttl = ttl
        self.wait = ttl if wait is None else wait
        self.prefix = prefix

    @contextlib.asynccontextmanager
    async def __call__(self, key: int):
        lock = self.redis.lock(f"{self.prefix}{key}", timeout=self.ttl, sleep=0.005, blocking_timeout=self.wait)
        held = False
        try:
            held = await lock.acquire()
            if not held:
                log.warning("chat %s: ordering lock not free after %.0fs; handling anyway", key, self.wait)
        except Exception as exc:  # noqa: BLE001 - Redis down: answer anyway (order is kept per replica)
            ERRORS.labels("redis").inc()
            log.warning("chat ordering lock unavailable: %s", type(exc).__name__)
        try:
            yield
        finally:
            if held:
                with contextlib.suppress(Exception):  # expired (a very slow update) or Redis gone
                    await lock.release()


# KEYS[1] = budget key; ARGV[1] = emission interval (µs), ARGV[2] = burst (cells).
# Every call reserves the next cell and returns the microseconds until it may be used (0: now); the
# caller sleeps that long and sends without asking again. (Asking again after the wait lost cells to
# the other replica's retries: 22 of 25 a second were used.) Time is Redis's clock, so replicas'
# clocks need not agree. tat = theoretical arrival time of the next cell.
GCRA_LUA = """
local interval = tonumber(ARGV[1])
local tolerance = interval * (tonumber(ARGV[2]) - 1)
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local new_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', new_tat), 'PX', math.ceil((new_tat - now) / 1000) + 1000)
local allow_at = tat - tolerance
if now < allow_at then return allow_at - now end
return 0
"""


class RedisBudget:
    """At most `rate` messages a second over every replica together, bursts of `burst` at most."""

    def __init__(self, redis, rate: float, *, burst: int = 1, key: str = "kepu:send-budget"):
        self.redis = redis
        self.interval_us = int(1_000_000 / rate)
        self.burst = max(1, burst)
        self.key = key
        self._script = redis.register_script(GCRA_LUA)
        self._turn = asyncio.Lock()  # this process's senders queue here: one reserved cell waited for at a time

    async def acquire(self) -> None:
        async with self._turn:
            try:
                wait_us = int(await self._script(keys=[self.key], args=[self.interval_us, self.burst]))
            except Exception as exc:  # noqa: BLE001 - Redis down: the local limiter still holds
                ERRORS.labels("redis").inc()
                log.warning("shared send budget unavailable: %s", type(exc).__name__)
                return
            if wait_us > 0:
                await asyncio.sleep(wait_us / 1_000_000)  # the cell is ours: no second ask


def redis_client(url: str):
    import redis.asyncio as aioredis

    pool = aioredis.BlockingConnectionPool.from_url(url, max_connections=64, timeout=5, socket_timeout=5,
                                                    socket_connect_timeout=2)
    return aioredis.Redis(connection_pool=pool)


# ---------------------------------------------------------------- health, readiness, metrics over HTTP

class _ErrorCounter(logging.Handler):
    """Counts records at ERROR and above in kepu_errors_total{where="log:<top package>"} (the
    conversation logs and apologises for a handler that raised: that is an error too)."""

    def __init__(self):
        super().__init__(logging.ERROR)

    def emit(self, record: logging.LogRecord) -> None:
        ERRORS.labels("log:" + record.name.split(".")[0]).inc()


_error_counter = _ErrorCounter()


class Ops:
    """What an app holds for operating it: the database, Redis (optional), the HTTP routes."""

    def __init__(self, settings: "Settings", db: "Database"):
        root = logging.getLogger()
        if _error_counter not in root.handlers:
            root.addHandler(_error_counter)
        self.settings = settings
        self.db = db
        self.redis = redis_client(settings.redis_url) if settings.redis_url else None
        self.chat_lock = RedisChatLock(self.redis, ttl=settings.redis_lock_ttl_s) if self.redis else None
        self._server = None

    def budget(self, rate: float) -> RedisBudget | None:
        # A burst of 5% of a second's cells: any one-second window holds at most rate × 1.05 messages.
        return RedisBudget(self.redis, rate, burst=max(1, int(rate / 20))) if self.redis else None

    async def readiness(self) -> dict[str, str]:
        from sqlalchemy import text

        checks: dict[str, str] = {}
        try:
            async with self.db.engine.connect() as conn:
                await asyncio.wait_for(conn.execute(text("SELECT 1")), 3)
            checks["database"] = "ok"
        except Exception as exc:  # noqa: BLE001
            checks["database"] = f"unreachable: {type(exc).__name__}"
        if self.redis is not None:
            try:
                await asyncio.wait_for(self.redis.ping(), 3)
                checks["redis"] = "ok"
            except Exception as exc:  # noqa: BLE001
                checks["redis"] = f"unreachable: {type(exc).__name__}"
        return checks

    def add_routes(self, app: "web.Application") -> None:
        from aiohttp import web

        async def healthz(_request):
            return web.Response(text="ok")

        async def readyz(_request):
            checks = await self.readiness()
            ok = all(v == "ok" for v in checks.values())
            return web.json_response({"ready": ok, **checks}, status=200 if ok else 503)

        async def metrics(_request):
            await refresh_outbox_gauges(self.db)
            return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

        for path, handler in (("/healthz", healthz), ("/readyz", readyz), ("/metrics", metrics)):
            if not any(getattr(r.resource, "canonical", None) == path for r in app.router.routes()):
                app.router.add_get(path, handler)

    async def start_server(self, host: str, port: int) -> None:
        """Polling mode: health and metrics on their own small server (METRICS_PORT)."""
        from aiohttp import web

        app = web.Application()
        self.add_routes(app)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        self._server = runner
        log.info("metrics on %s:%s", host, port)

    async def close(self) -> None:
        if self._server is not None:
            await self._server.cleanup()
            self._server = None
        if self.redis is not None:
            with contextlib.suppress(Exception):
                await self.redis.aclose()


def timed() -> float:
    return time.perf_counter()
