"""The outbox sender against the local Bot API server (real HTTP, Telegram's validation and flood limits,
faults on demand): every row once, within the limits, failures handled as Telegram means them."""
from __future__ import annotations

import asyncio
import math
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from bot.delivery.limits import Limiter, SendLimits, Window
from bot.delivery.outbox import enqueue
from bot.delivery.sender import Sender
from bot.delivery.transport import (AiogramTransport, BadRequest, Blocked, ChatNotFound, PTBTransport, RetryAfter,
                                    TransientError)
from bot.devserver import BotApiServer, Limit, RateLimits
from bot.store.models import Outbox, User
from handlers.types import Button

TOKEN = "123456:TEST-sender"
# The server's limits, ten times faster than Telegram's; the sender is given the same budget.
SERVER_LIMITS = RateLimits(private=Limit(1, 0.1), group=Limit(20, 2.0), overall=Limit(30, 0.1))
BUDGET = SendLimits(overall=Window(30, 0.1), private=Window(1, 0.1), group=Window(20, 2.0), margin=0.01)


@pytest.fixture
async def server():
    srv = BotApiServer(rate_limits=SERVER_LIMITS)
    await srv.start()
    srv.add_bot(token=TOKEN, username="kepu_test_bot")
    yield srv
    await srv.stop()


@pytest.fixture
async def aiogram_bot(server):
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(server.base_url)))
    yield bot
    await bot.session.close()


@pytest.fixture
async def ptb_transport(server):
    transport = PTBTransport.create(TOKEN, base_url=server.base_url, concurrency=8, timeout=5)
    await transport.bot.initialize()
    yield transport
    await transport.bot.shutdown()


def sender(db, transport, **kw) -> Sender:
    kw.setdefault("limits", BUDGET)
    kw.setdefault("backoff_base", 0.05)
    kw.setdefault("concurrency", 8)
    kw.setdefault("poll_interval", 0.1)
    return Sender(db, transport, **kw)


async def queue(db, chats: list[int], per_chat: int, *, users: bool = True, **kw) -> list[int]:
    """Rows round-robin over the chats; returns their ids in insertion order."""
    now = datetime.now(timezone.utc)
    async with db.sessions() as s:
        if users:
            for chat in {c for c in chats if c > 0}:
                if await s.get(User, chat) is None:
                    s.add(User(id=chat, active=True))
            await s.flush()
        ids = []
        for n in range(per_chat):
            for chat in chats:
                row = await enqueue(s, chat_id=chat, user_id=chat if chat > 0 else None, kind="reminder",
                                    text=kw.get("text", f"<b>notice</b> {n} for {chat}"),
                                    buttons=[[Button("🔕 Stop", callback_data=f"v1:un:{n}")]],
                                    due_at=kw.get("due_at", now), expires_at=kw.get("expires_at"))
                ids.append(row.id)
        await s.commit()
    return ids


async def rows(db) -> dict[int, Outbox]:
    async with db.sessions() as s:
        return {r.id: r for r in await s.scalars(select(Outbox))}


def unexpected_429s(server) -> list:
    return [r for r in server.requests if r.status == 429 and not r.injected]


def delivered(server, chat_id: int) -> list[str]:
    return [m.text for m in server.messages(chat_id) if m.outgoing]


# ---------------------------------------------------------------- the limiter alone

def test_windows_allow_count_per_period_plus_margin():
    now = [100.0]
    lim = Limiter(SendLimits(overall=Window(3, 1.0), private=Window(1, 1.0), group=Window(2, 10.0), margin=0.1),
                  clock=lambda: now[0])
    for chat in (1, 2, 3):
        assert lim.ready_at(chat) == 100.0
        lim.record(chat)
    # Three requests in flight fill the overall window until their answers come.
    assert lim.global_ready_at() == math.inf and lim.chat_ready_at(1) == math.inf
    now[0] = 100.2
    for chat in (1, 2, 3):
        lim.done(chat)
    assert lim.global_ready_at() == pytest.approx(101.3)  # dated by the answers, plus the margin
    assert lim.chat_ready_at(1) == pytest.approx(101.3)
    lim.record(-5)
    lim.done(-5)
    assert lim.chat_ready_at(-5) == pytest.approx(100.2)  # a group: 2 per 10 s
    lim.record(-5)
    lim.done(-5)
    assert lim.chat_ready_at(-5) == pytest.approx(110.3)
    lim.pause_chat(2, 5)
    assert lim.chat_ready_at(2) == pytest.approx(105.2) and lim.chat_ready_at(3) == pytest.approx(101.3)
    lim.record(4)
    lim.cancel(4)  # not sent after all: takes no room
    assert lim.chat_ready_at(4) == 100.2


def test_many_429s_pause_everything():
    now = [0.0]
    lim = Limiter(SendLimits(), clock=lambda: now[0])
    for _ in range(12):
        lim.answered(False)
    assert not lim.pause_chat(1, 3)  # one 429 among successes: that chat only
    for chat in range(2, 12):
        lim.pause_chat(chat, 3)
    assert lim.global_ready_at() == 3.0


def test_rates_from_settings():
    from bot.config import Settings

    lim = SendLimits.from_settings(Settings(sender_rate=25, sender_private_per_s=1, sender_group_per_min=20))
    assert lim.overall == Window(25, 1.0) and lim.private == Window(1, 1.0) and lim.group == Window(20, 60.0)
    paid = SendLimits.from_settings(Settings(sender_paid_broadcast=True, sender_paid_rate=500))
    assert paid.paid and paid.overall == Window(500, 1.0)
    assert Window.per_second(0.5) == Window(1, 2.0)


def test_a_lease_shorter_than_a_request_is_refused():
    from pydantic import ValidationError

    from bot.config import Settings

    with pytest.raises(ValidationError, match="SENDER_LEASE_S .* must be longer than SENDER_HTTP_TIMEOUT_S"):
        Settings(_env_file=None, sender_lease_s=10, sender_http_timeout_s=20)
    assert Settings(_env_file=None, sender_lease_s=8, sender_http_timeout_s=5).sender_lease_s == 8


# ---------------------------------------------------------------- against the server

async def test_every_row_once_and_the_server_never_says_429(db, server, aiogram_bot):
    users = list(range(2001, 2041))
    groups = [-100201, -100202]
    for u in users:
        server.user(u, known=True)
    for g in groups:
        server.group(g)
    ids = await queue(db, users, 3) + await queue(db, groups, 25)
    started = time.monotonic()
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot)).run(until_idle=True), 60)
    elapsed = time.monotonic() - started
    assert stats["sent"] == len(ids) == 170
    assert unexpected_429s(server) == []
    server.assert_no_rejections()
    for u in users:
        assert delivered(server, u) == [f"notice {n} for {u}" for n in range(3)]
    for g in groups:
        assert len(delivered(server, g)) == 25
    got = await rows(db)
    assert {r.status for r in got.values()} == {"sent"}
    for r in got.values():  # the recorded message_id is the message the server has
        assert any(m.message_id == r.message_id for m in server.messages(r.chat_id) if m.outgoing)
    assert elapsed >= 2.0  # 25 messages to a group at 20 per 2 s take at least 2 s: the limits were kept


async def test_a_429_pauses_only_its_chat(db, server, aiogram_bot):
    for u in (3001, 3002, 3003):
        server.user(u, known=True)
    fault = server.faults.rate_limit(method="sendMessage", chat_id=3001, times=2, retry_after=1)
    await queue(db, [3001, 3002, 3003], 3)
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot)).run(until_idle=True), 30)
    assert fault.hits == 2 and stats["retry_after"] == 2 and stats["sent"] == 9
    assert delivered(server, 3001) == [f"notice {n} for 3001" for n in range(3)]
    times = {u: [m.date for m in server.messages(u)] for u in (3001, 3002, 3003)}
    last_429 = max(r.at for r in server.requests if r.status == 429)
    first_3001 = min(r.at for r in server.requests if r.ok and r.params.get("chat_id") == 3001)
    assert first_3001 - last_429 >= 0.95  # retry_after was honoured for that chat
    others_done = max(r.at for r in server.requests if r.ok and r.params.get("chat_id") in (3002, 3003))
    assert others_done < first_3001  # ... while the other chats went on
    assert unexpected_429s(server) == [] and all(times.values())


async def test_server_errors_are_retried_with_backoff(db, server, aiogram_bot):
    server.user(4001, known=True)
    server.faults.server_error(method="sendMessage", times=1)
    server.faults.bad_gateway(method="sendMessage", times=1)
    (row_id,) = await queue(db, [4001], 1)
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot)).run(until_idle=True), 30)
    assert stats["transient"] == 2 and stats["sent"] == 1
    assert delivered(server, 4001) == ["notice 0 for 4001"]
    assert (await rows(db))[row_id].attempts == 3


async def test_a_row_is_given_up_after_max_attempts(db, server, aiogram_bot):
    server.user(4101, known=True)
    server.faults.server_error(method="sendMessage", times=None)
    (row_id,) = await queue(db, [4101], 1)
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot), max_attempts=3).run(until_idle=True), 30)
    row = (await rows(db))[row_id]
    assert stats["transient"] == 3 and row.status == "failed" and row.attempts == 3


async def test_long_backoffs_go_back_to_the_table(db, server, aiogram_bot):
    server.user(4201, known=True)
    server.faults.server_error(method="sendMessage", times=1)
    (row_id,) = await queue(db, [4201], 1)
    s = sender(db, AiogramTransport(aiogram_bot), backoff_base=60)
    await asyncio.wait_for(s.run(until_idle=True), 30)
    row = (await rows(db))[row_id]
    assert row.status == "pending" and row.attempts == 1 and row.claimed_by is None
    assert row.due_at > datetime.now(timezone.utc) + timedelta(seconds=25)


async def test_blocked_and_unknown_chats_make_the_user_inactive(db, server, aiogram_bot):
    for u in (5001, 5002):
        server.user(u, known=True)
    server.block(5001)  # 403 bot was blocked by the user; 5003 never talked to us: chat not found
    await queue(db, [5001, 5002, 5003], 3)
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot)).run(until_idle=True), 30)
    assert stats["blocked"] == 2 and stats["sent"] == 3
    got = list((await rows(db)).values())
    for chat in (5001, 5003):
        mine = sorted((r.status for r in got if r.chat_id == chat))
        assert mine == ["dropped", "dropped", "failed"]
    async with db.sessions() as s:
        assert [(u.id, u.active) for u in await s.scalars(select(User).order_by(User.id))] == \
            [(5001, False), (5002, True), (5003, False)]
    assert len(server.calls("sendMessage")) == 5  # nothing more was tried for the gone chats


async def test_a_refused_message_fails_alone(db, server, aiogram_bot):
    server.user(6001, known=True)
    await queue(db, [6001], 1, text="x" * 5000)  # Telegram: message is too long
    await queue(db, [6001], 1)
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot)).run(until_idle=True), 30)
    assert stats["bad_request"] == 1 and stats["sent"] == 1
    assert sorted(r.status for r in (await rows(db)).values()) == ["failed", "sent"]


async def test_expired_rows_are_dropped_not_sent(db, server, aiogram_bot):
    server.user(7001, known=True)
    past = datetime.now(timezone.utc) - timedelta(minutes=1)
    await queue(db, [7001], 2, expires_at=past)
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot)).run(until_idle=True), 30)
    assert stats["expired"] == 2 and server.calls("sendMessage") == []
    assert {r.status for r in (await rows(db)).values()} == {"dropped"}


async def test_future_rows_wait(db, server, aiogram_bot):
    server.user(7101, known=True)
    await queue(db, [7101], 1, due_at=datetime.now(timezone.utc) + timedelta(hours=1))
    stats = await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot)).run(until_idle=True), 30)
    assert stats["sent"] == 0 and server.calls("sendMessage") == []


async def test_a_graceful_stop_releases_claims_and_a_new_sender_finishes(db, server, aiogram_bot):
    users = list(range(8001, 8021))
    for u in users:
        server.user(u, known=True)
    await queue(db, users, 5)
    first = sender(db, AiogramTransport(aiogram_bot))
    task = asyncio.create_task(first.run())
    await server.wait_until(lambda: len(server.calls("sendMessage")) >= 30, timeout=20)
    await first.stop()
    await task
    assert {r.status for r in (await rows(db)).values()} <= {"sent", "pending"}  # nothing left claimed
    second = sender(db, AiogramTransport(aiogram_bot))
    await asyncio.wait_for(second.run(until_idle=True), 30)
    assert first.stats["sent"] + second.stats["sent"] == 100
    for u in users:
        assert delivered(server, u) == [f"notice {n} for {u}" for n in range(5)]
    assert unexpected_429s(server) == []


async def test_a_restarted_sender_keeps_the_chat_windows_of_the_last_run(db, server, aiogram_bot):
    server.user(8101, known=True)
    server.group(-100811)
    slow = SendLimits(overall=Window(30, 0.1), private=Window(1, 1.0), group=Window(20, 6.0), margin=0.01)
    server.rate_limits = RateLimits(private=Limit(1, 1.0), group=Limit(20, 6.0), overall=Limit(30, 0.1))
    await queue(db, [8101], 1)
    await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot), limits=slow).run(until_idle=True), 30)
    await queue(db, [8101], 1)
    await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot), limits=slow).run(until_idle=True), 30)
    assert unexpected_429s(server) == [] and len(delivered(server, 8101)) == 2


async def test_paid_broadcasts_are_flagged(db, server, aiogram_bot):
    server.user(8201, known=True)
    await queue(db, [8201], 1)
    paid = SendLimits(overall=Window(100, 0.1), private=Window(1, 0.1), group=Window(20, 6.0), margin=0.01, paid=True)
    await asyncio.wait_for(sender(db, AiogramTransport(aiogram_bot), limits=paid).run(until_idle=True), 30)
    (call,) = server.calls("sendMessage")
    assert call.params.get("allow_paid_broadcast") is True


async def test_ptb_transport_sends_the_same(db, server, ptb_transport):
    for u in (9001, 9002):
        server.user(u, known=True)
    server.block(9002)
    await queue(db, [9001, 9002], 3)
    stats = await asyncio.wait_for(sender(db, ptb_transport).run(until_idle=True), 30)
    assert stats["sent"] == 3 and stats["blocked"] == 1
    assert delivered(server, 9001) == [f"notice {n} for 9001" for n in range(3)]
    (msg,) = server.messages(9001)[:1]
    assert msg.buttons[0]["callback_data"] == "v1:un:0" and msg.parse_mode == "HTML"
    assert unexpected_429s(server) == []


# ---------------------------------------------------------------- error mapping, both frameworks

@pytest.mark.parametrize("framework", ["aiogram", "ptb"])
async def test_transports_map_errors_the_same_way(server, framework, aiogram_bot, ptb_transport):
    server.rate_limits = RateLimits.off()  # back-to-back calls: only the injected faults should answer
    server.user(9101, known=True)
    transport = AiogramTransport(aiogram_bot) if framework == "aiogram" else ptb_transport
    send = lambda: transport.send(9101, "<b>hi</b>", [[Button("x", callback_data="v1:un:1")]])  # noqa: E731
    assert isinstance(await send(), int)
    server.faults.rate_limit(method="sendMessage", retry_after=3)
    with pytest.raises(RetryAfter) as e:
        await send()
    assert e.value.seconds == 3
    for inject, error in ((server.faults.server_error, TransientError), (server.faults.bad_gateway, TransientError),
                          (server.faults.blocked, Blocked), (server.faults.chat_not_found, ChatNotFound)):
        inject(method="sendMessage")
        with pytest.raises(error):
            await send()
    with pytest.raises(BadRequest):
        await transport.send(9101, "<b>unclosed", [])
    with pytest.raises(ChatNotFound):
        await transport.send(424242, "hi", [])
