"""Operating it: logs keep the token and user texts out, /healthz /readyz /metrics answer, the
Redis chat lock orders one user's updates across replicas, the shared GCRA budget holds its rate."""
from __future__ import annotations

import asyncio
import io
import json
import logging
import time
import uuid

import aiohttp
import pytest

from bot import ops
from bot.config import Settings
from tests.conftest import require_redis
from tests.scenarios.conftest import free_port

TOKEN = "123456789:AAHfake-Token_value_for_tests_0123456789"


def _logger_to(buf: io.StringIO, fmt: str) -> logging.Logger:
    settings = Settings(_env_file=None, bot_token=TOKEN, log_format=fmt, log_level="INFO")
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    ops.setup_logging(settings)
    handler = root.handlers[0]
    handler.setStream(buf)
    return saved, level


def _restore(saved, level):
    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    for h in saved:
        root.addHandler(h)
    root.setLevel(level)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_logs_redact_the_token(fmt):
    buf = io.StringIO()
    saved, level = _logger_to(buf, fmt)
    try:
        log = logging.getLogger("bot.test")
        log.warning("POST %s failed", f"https://api.telegram.org/bot{TOKEN}/sendMessage")
        log.warning("other token 987654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ in text")
        try:
            raise RuntimeError(f"url /bot{TOKEN}/getMe")
        except RuntimeError:
            log.exception("boom")
    finally:
        _restore(saved, level)
    out = buf.getvalue()
    assert TOKEN not in out and "ZZZZZZZZZZZZZZZZZZZZ" not in out
    assert out.count(ops.REDACTED) >= 3
    if fmt == "json":
        lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        assert lines[0]["level"] == "WARNING" and lines[0]["logger"] == "bot.test"
        assert "exc" in lines[-1]


async def test_user_text_never_logged_when_a_handler_fails(caplog):
    """The conversation failing on a message logs the update id and kind, not what the user wrote."""
    from bot.runtime.common import Bridge

    class Boom:
        bot_username = ""
        async def handle(self, inc):
            raise ValueError("handler bug")

    class Api:
        async def download(self, file_id):
            return b""

    secret_text = "我的手机号 13800138000 " + uuid.uuid4().hex
    bridge = Bridge(Boom(), Api(), bot_id=1, bot_username="b")
    before = ops.UPDATES.labels("text", "error")._value.get()
    caplog.set_level(logging.DEBUG)
    await bridge.process({"update_id": 7, "message": {"message_id": 1, "date": 0, "text": secret_text,
                                                      "from": {"id": 42, "is_bot": False, "first_name": "A"},
                                                      "chat": {"id": 42, "type": "private"}}})
    assert ops.UPDATES.labels("text", "error")._value.get() == before + 1
    assert caplog.records, "the failure is logged"
    assert all(secret_text not in (r.getMessage() + (r.exc_text or "")) for r in caplog.records)


async def test_each_handled_update_logs_its_update_and_chat_ids_as_json_fields_without_the_text():
    """LOG_FORMAT=json: one line per handled update with update_id, chat_id, kind and outcome as keys."""
    from bot.runtime.common import Bridge
    from handlers.types import Reply

    class Echo:
        bot_username = ""
        async def handle(self, inc):
            return [Reply(text="found 3 events")]

    class Api:
        sent: list = []
        async def download(self, file_id):
            return b""
        async def send_text(self, chat_id, text, buttons):
            self.sent.append(chat_id)
            return 1

    secret_text = "我的手机号 13800138000 " + uuid.uuid4().hex
    buf = io.StringIO()
    saved, level = _logger_to(buf, "json")
    try:
        bridge = Bridge(Echo(), Api(), bot_id=1, bot_username="b")
        for update_id, chat in ((70, 4242), (71, 4343)):
            await bridge.process({"update_id": update_id, "message": {
                "message_id": 1, "date": 0, "text": secret_text, "from": {"id": chat, "is_bot": False,
                                                                           "first_name": "A"},
                "chat": {"id": chat, "type": "private"}}})
    finally:
        _restore(saved, level)
    out = buf.getvalue()
    assert secret_text not in out and "13800138000" not in out
    handled = [rec for rec in map(json.loads, out.splitlines()) if "update_id" in rec]
    assert [(r["update_id"], r["chat_id"], r["user_id"], r["kind"], r["outcome"]) for r in handled] == [
        (70, 4242, 4242, "text", "ok"), (71, 4343, 4343, "text", "ok")]
    assert all(r["level"] == "INFO" and r["ms"] >= 0 for r in handled)


async def test_pacer_leaves_the_overall_rate_to_a_shared_budget():
    """With a Redis budget the overall rate is shared by all replicas: the process's own pacer then keeps
    only the per-chat windows (a second overall window capped every replica at the whole bot's rate)."""
    from bot.runtime.common import Bridge, Pacer, SendLimits

    limits = SendLimits(overall=(5, 10.0))
    alone, shared = Pacer(limits), Pacer(limits)
    class Conv:
        bot_username = ""

    Bridge(Conv(), None, bot_id=1, bot_username="b", pacer=shared, budget=object())
    assert shared.overall_shared and not alone.overall_shared

    async def send_to_many(pacer):
        for chat in range(1, 9):  # 8 chats, one message each: over the overall limit of 5 in 10 s
            async with pacer.slot(chat):
                pass

    await asyncio.wait_for(send_to_many(shared), 1)
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(send_to_many(alone), 0.5)  # the sixth waits ~10 s for the window


async def test_health_ready_metrics_endpoints(sqlite_url):
    from aiohttp import web

    from bot.store.db import open_database

    db = await open_database(sqlite_url)
    settings = Settings(_env_file=None, redis_url="redis://127.0.0.1:1/0")  # nothing listens: not ready
    o = ops.Ops(settings, db)
    port = free_port()
    await o.start_server("127.0.0.1", port)
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
                assert r.status == 200
            async with http.get(f"http://127.0.0.1:{port}/readyz") as r:
                body = await r.json()
                assert r.status == 503 and body["database"] == "ok" and body["redis"].startswith("unreachable")
            async with http.get(f"http://127.0.0.1:{port}/metrics") as r:
                text = await r.text()
                assert r.status == 200
                for name in ("kepu_updates_total", "kepu_update_seconds_bucket", "kepu_outbox_depth",
                             "kepu_outbox_oldest_age_seconds", 'kepu_notices_total{result="sent"}',
                             "kepu_reminder_lag_seconds_bucket"):
                    assert name in text, name
    finally:
        await o.close()
        await db.close()
    del web


async def test_redis_chat_lock_orders_one_user_across_replicas():
    url = require_redis()
    a, b = ops.redis_client(url), ops.redis_client(url)
    prefix = f"kepu:test:{uuid.uuid4().hex}:"
    lock_a, lock_b = ops.RedisChatLock(a, ttl=5, prefix=prefix), ops.RedisChatLock(b, ttl=5, prefix=prefix)
    spans: list[tuple[str, float, float]] = []

    async def work(lock, name):
        async with lock(42):
            t0 = time.monotonic()
            await asyncio.sleep(0.1)
            spans.append((name, t0, time.monotonic()))

    try:
        await asyncio.gather(work(lock_a, "a"), work(lock_b, "b"), work(lock_a, "a2"), work(lock_b, "b2"))
        spans.sort(key=lambda s: s[1])
        for (_, _, end), (_, start, _) in zip(spans, spans[1:]):
            assert start >= end - 0.005, spans  # never two at once
        # a crashed holder: the lock frees itself after its TTL
        crashed = ops.RedisChatLock(a, ttl=0.3, prefix=prefix)
        await a.set(f"{prefix}7", "dead-replica", px=300)
        t0 = time.monotonic()
        async with crashed(7):
            waited = time.monotonic() - t0
        assert 0.2 <= waited < 2
    finally:
        await a.aclose()
        await b.aclose()


async def test_redis_budget_shared_by_two_replicas_keeps_the_rate():
    url = require_redis()
    a, b = ops.redis_client(url), ops.redis_client(url)
    key = f"kepu:test:budget:{uuid.uuid4().hex}"
    rate = 100.0
    ba, bb = ops.RedisBudget(a, rate, key=key), ops.RedisBudget(b, rate, key=key)
    stamps: list[float] = []

    async def take(budget, n):
        for _ in range(n):
            await budget.acquire()
            stamps.append(time.monotonic())

    try:
        t0 = time.monotonic()
        await asyncio.gather(*(take(bud, 25) for bud in (ba, bb, ba, bb)))  # 100 messages, 4 senders
        elapsed = time.monotonic() - t0
    finally:
        await a.aclose()
        await b.aclose()
    assert len(stamps) == 100
    assert elapsed >= 0.95, elapsed  # 100 cells at 100/s: the first is free, 99 intervals of 10 ms
    stamps.sort()
    for i in range(len(stamps) - 20):  # no 20 consecutive grants closer together than 19 intervals (jitter aside)
        assert stamps[i + 20] - stamps[i] >= 0.17, (i, stamps[i + 20] - stamps[i])
