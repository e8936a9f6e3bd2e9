"""Broadcasts through the outbox and the real sender, against the local Bot API server with faults: one
copy to each subscriber who has not blocked the bot, a report whose counts are right, a stop that stops,
and no second copy however often the broadcast is confirmed or however many senders run."""
from __future__ import annotations

import asyncio
import json
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from bot import broadcasts as bc
from bot import organizers as orgs
from bot import event_fields as fields
from bot import publishing as pub
from bot.config import Settings
from bot.delivery.limits import SendLimits, Window
from bot.delivery.sender import Sender
from bot.delivery.transport import PTBTransport
from bot.devserver import BotApiServer, Limit, RateLimits
from bot.geo.gazetteer import Gazetteer
from bot.importer.records import EventRecord
from bot.store.models import Broadcast, BroadcastDelivery, Follow, Outbox, Subscription, User

TOKEN = "123456:TEST-broadcast"
SERVER_LIMITS = RateLimits(private=Limit(1, 0.1), group=Limit(20, 2.0), overall=Limit(30, 0.1))
BUDGET = SendLimits(overall=Window(30, 0.1), private=Window(1, 0.1), group=Window(20, 2.0), margin=0.01)
AUTHOR = 50
ADMIN = 51


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


@pytest.fixture
async def server():
    srv = BotApiServer(rate_limits=SERVER_LIMITS)
    await srv.start()
    srv.add_bot(token=TOKEN, username="kepu_test_bot")
    yield srv
    await srv.stop()


@pytest.fixture
async def transport(server):
    t = PTBTransport.create(TOKEN, base_url=server.base_url, concurrency=8, timeout=5)
    await t.bot.initialize()
    yield t
    await t.bot.shutdown()


def make_sender(db, transport, **kw) -> Sender:
    kw.setdefault("limits", BUDGET)
    kw.setdefault("backoff_base", 0.05)
    kw.setdefault("concurrency", 8)
    kw.setdefault("poll_interval", 0.05)
    return Sender(db, transport, **kw)


def env(gazetteer, now=None) -> pub.Env:
    settings = Settings(_env_file=None, admin_ids=[ADMIN], broadcast_batch=300)
    return pub.Env(settings, gazetteer, now or datetime.now(timezone.utc))


async def organization_with_event(db, gazetteer, subscribers: list[int], followers: list[int] = ()) -> tuple[orgs.Actor, int]:
    """Organization 中国科技馆 (AUTHOR is its organizer) with one event, its subscribers and followers."""
    e = env(gazetteer)
    async with db.sessions() as s:
        await orgs.grant(s, orgs.Actor(ADMIN, True), AUTHOR, "中国科技馆", now=e.now)
        actor = await orgs.load_actor(s, AUTHOR, [ADMIN])
        start = e.now + timedelta(days=3)
        record = EventRecord(uid=pub.org_uid(actor.org_id, "bc"), title="机器人之夜", starts_at=start,
                             ends_at=start + timedelta(hours=2), venue="中国科技馆", address="北京市朝阳区北辰东路5号")
        event_id = (await pub.store_records(s, actor.org_id, AUTHOR, [record], e)).event_ids[0]
        people = sorted({AUTHOR, *subscribers, *followers})
        await s.execute(insert(User), [dict(id=u, active=True, language="zh" if u % 2 else "en") for u in people
                                       if u != AUTHOR])
        if subscribers:
            await s.execute(insert(Subscription), [dict(user_id=u, event_id=event_id, created_at=e.now) for u in subscribers])
        if followers:
            await s.execute(insert(Follow), [dict(user_id=u, kind="organizer", value="中国科技馆", label="中国科技馆",
                                                  created_at=e.now) for u in followers])
        await s.commit()
    return actor, event_id


async def draft(db, gazetteer, actor, scope, text, event_id=None) -> int:
    e = env(gazetteer)
    async with db.sessions() as s:
        view = await bc.create(s, actor, scope, e, event_id=event_id)
        assert not isinstance(await bc.set_text(s, actor, view.id, text, e), fields.Invalid)
        await s.commit()
    return view.id


async def confirm(db, gazetteer, actor, bid):
    async with db.sessions() as s:
        view = await bc.confirm(s, actor, bid, env(gazetteer))
        await s.commit()
    return view


async def finish(db, gazetteer) -> int:
    async with db.sessions() as s:
        n = await bc.finish(s, env(gazetteer))
        await s.commit()
    return n


async def view_of(db, gazetteer, actor, bid) -> bc.BroadcastView:
    async with db.sessions() as s:
        return await bc.get(s, actor, bid, env(gazetteer))


def got(server, chat_id: int, needle: str) -> int:
    return sum(1 for m in server.messages(chat_id) if m.outgoing and needle in (m.text or ""))


@pytest.mark.slow
async def test_1000_subscribers_with_faults_get_exactly_one_copy_and_the_report_is_right(db, server, transport, gazetteer):
    subscribers = list(range(10_001, 11_001))
    actor, event_id = await organization_with_event(db, gazetteer, subscribers)
    known_blocked = subscribers[:20]  # blocked the bot earlier: counted, never sent to
    blocked_now = subscribers[20:70]  # block it before the broadcast reaches them: 403
    gone = subscribers[70:75]  # deleted their account: 400 chat not found (counted as blocked too)
    refused = subscribers[75:85]  # a permanent 400 for their chat: failed
    async with db.sessions() as s:
        for u in known_blocked:
            (await s.get(User, u)).active = False
        await s.commit()
    for u in [AUTHOR, *subscribers]:
        server.user(u, known=True)
    for u in blocked_now:
        server.block(u)
    for u in gone:
        server.faults.chat_not_found(method="sendMessage", chat_id=u, times=None)
    for u in refused:
        server.faults.error(400, "Bad Request: message is too long", method="sendMessage", chat_id=u, times=None)
    server.faults.rate_limit(method="sendMessage", chat_id=subscribers[100], retry_after=1, times=2)
    server.faults.server_error(method="sendMessage", probability=0.05, seed=5)
    server.faults.bad_gateway(method="sendMessage", probability=0.03, seed=6)

    bid = await draft(db, gazetteer, actor, "event", "本周六的机器人之夜改到三楼报告厅举行。", event_id)
    # Confirmed twice at once (a double tap, two processes): one fan-out.
    views = await asyncio.gather(confirm(db, gazetteer, actor, bid), confirm(db, gazetteer, actor, bid))
    assert sorted(v is None for v in views) == [False, True]
    assert await confirm(db, gazetteer, actor, bid) is None
    async with db.sessions() as s:
        b = await s.get(Broadcast, bid)
        assert (b.status, b.total, b.skipped) == ("sending", 980, 20)
        assert len(list(await s.scalars(select(BroadcastDelivery).where(BroadcastDelivery.broadcast_id == bid)))) == 980

    progress = await view_of(db, gazetteer, actor, bid)
    assert progress.counts.pending == 980 and progress.counts.blocked == 20
    # Two senders drain the outbox at once: claims keep them apart.
    started = time.monotonic()
    await asyncio.wait_for(asyncio.gather(make_sender(db, transport).run(until_idle=True),
                                          make_sender(db, transport).run(until_idle=True)), 120)
    elapsed = time.monotonic() - started
    assert await finish(db, gazetteer) == 1
    assert await finish(db, gazetteer) == 0  # closed once

    text = "改到三楼报告厅"
    unblocked = set(subscribers) - set(known_blocked) - set(blocked_now) - set(gone) - set(refused)
    for u in subscribers:
        assert got(server, u, text) == (1 if u in unblocked else 0), u
    final = await view_of(db, gazetteer, actor, bid)
    assert final.status == "done"
    assert (final.counts.delivered, final.counts.blocked, final.counts.failed, final.counts.pending) == (915, 75, 10, 0)
    assert elapsed >= 915 / 300  # within the overall limit (30 per 0.1 s)
    assert not [r for r in server.requests if r.status == 429 and not r.injected]

    # The author hears the report through the outbox too, in their language.
    await asyncio.wait_for(make_sender(db, transport).run(until_idle=True), 30)
    (report,) = [m.text for m in server.messages(AUTHOR) if m.outgoing]
    assert "915" in report and "75" in report and "10" in report and f"#{bid}" in report
    async with db.sessions() as s:  # the counts outlive the outbox rows
        await s.execute(Outbox.__table__.delete())
        await s.commit()
    assert (await view_of(db, gazetteer, actor, bid)).counts.delivered == 915


async def test_followers_in_their_language_and_a_stop_that_stops(db, server, transport, gazetteer):
    followers = list(range(20_001, 20_201))
    actor, _event = await organization_with_event(db, gazetteer, [], followers)
    for u in [AUTHOR, *followers]:
        server.user(u, known=True)
    server.faults.slow(delay=0.05, method="sendMessage")
    bid = await draft(db, gazetteer, actor, "org", "<b>新展</b> 下周开幕 & 欢迎")
    view = await confirm(db, gazetteer, actor, bid)
    assert view.status == "sending" and view.recipients == 200
    sender = make_sender(db, transport, concurrency=2)
    task = asyncio.create_task(sender.run())
    await server.wait_until(lambda: sum(1 for u in followers if server.messages(u)) >= 20, 30)
    async with db.sessions() as s:
        stopped = await bc.stop(s, actor, bid, env(gazetteer))
        await s.commit()
    assert stopped.status == "stopped"
    await asyncio.sleep(0.5)  # what was claimed before the stop may still arrive
    await sender.stop()
    await task
    await finish(db, gazetteer)
    final = await view_of(db, gazetteer, actor, bid)
    reached = [u for u in followers if server.messages(u)]
    assert 20 <= len(reached) < 200
    assert final.counts.delivered == len(reached) and final.counts.stopped == 200 - len(reached)
    assert final.status == "stopped" and final.counts.pending == 0
    zh = next(m.text for u in reached if u % 2 for m in server.messages(u))
    en = next(m.text for u in reached if not u % 2 for m in server.messages(u))
    assert "你关注的 中国科技馆" in zh and "中国科技馆, which you follow" in en
    assert "<b>新展</b> 下周开幕 & 欢迎" in zh  # the organizer's text is text: tags shown, not applied


async def test_an_admin_broadcast_needs_two_confirmations_and_reaches_everyone(db, server, transport, gazetteer):
    people = list(range(30_001, 30_031))
    actor, _event = await organization_with_event(db, gazetteer, people[:10], people[10:20])
    async with db.sessions() as s:
        s.add_all([User(id=u, active=True) for u in people[20:]])
        await s.commit()
    admin = orgs.Actor(ADMIN, is_admin=True)
    bid = await draft(db, gazetteer, admin, "all", "系统维护通知")
    first = await confirm(db, gazetteer, admin, bid)
    assert first.status == "confirm" and first.recipients == 30  # every user the bot knows
    async with db.sessions() as s:
        assert not list(await s.scalars(select(Outbox)))
    second = await confirm(db, gazetteer, admin, bid)
    assert second.status == "sending" and second.recipients == 30
    with pytest.raises(orgs.Forbidden):
        await confirm(db, gazetteer, actor, bid)  # an organizer cannot touch an admin's broadcast
    async with db.sessions() as s:
        keys = [o.dedupe_key for o in await s.scalars(select(Outbox).where(Outbox.kind == "broadcast"))]
        assert len(keys) == len(set(keys)) == 30


def test_every_message_fits_and_escapes():
    b = Broadcast(id=1, scope="event", event_id=3, text="<script>" + "长" * 3490)
    text, buttons = bc.message(b, "zh", "机构 <&>", "标题")
    assert len(text) < 4096 and "&lt;script&gt;" in text and "机构 &lt;&amp;&gt;" in text
    assert buttons[0][0].callback_data == "v1:ev:3"
    assert isinstance(bc.check_text("x"), fields.Invalid) and isinstance(bc.check_text("长" * 3501), fields.Invalid)
    payload = json.loads(__import__("bot.delivery.outbox", fromlist=["encode_payload"]).encode_payload(text, buttons))
    assert payload["buttons"][0][0]["callback_data"] == "v1:ev:3"


async def test_the_scheduler_closes_finished_broadcasts(db, gazetteer):
    from bot.scheduler import Notifications

    subscribers = [40_001, 40_002]
    actor, event_id = await organization_with_event(db, gazetteer, subscribers)
    bid = await draft(db, gazetteer, actor, "event", "明天见", event_id)
    await confirm(db, gazetteer, actor, bid)
    async with db.sessions() as s:  # as if a sender had delivered both
        for row in await s.scalars(select(Outbox).where(Outbox.kind == "broadcast")):
            row.status, row.sent_at = "sent", datetime.now(timezone.utc)
        await s.commit()
    settings = Settings(_env_file=None, admin_ids=[ADMIN], sender_enabled=False)
    notifications = Notifications(db, settings, None, gazetteer=gazetteer)
    notifications.start()
    try:
        job = notifications.scheduler.get_job("broadcasts")
        assert job is not None
        await job.func()
    finally:
        await notifications.stop()
    final = await view_of(db, gazetteer, actor, bid)
    assert final.status == "done" and final.counts.delivered == 2
    async with db.sessions() as s:
        (report,) = list(await s.scalars(select(Outbox).where(Outbox.kind == "report")))
        assert report.chat_id == AUTHOR and "2" in json.loads(report.payload)["text"]
