"""Organizers and admins over HTTP through the local Bot API server, on aiogram and python-telegram-bot,
by polling and by webhook: invites, the guided dialog (across a restart of the bot), moderation, edits,
cancellation, duplicates, files, broadcasts with progress, stop and report, forged buttons, the audit log.

Messages that do not answer an update (moderation outcomes, change notices, broadcasts, reports) go
through the outbox: the `delivery` fixture runs the outbox sender and closes finished broadcasts,
as bot.scheduler.Notifications does in a deployment.
"""
from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime, timezone

import pytest
from sqlalchemy import insert, select

from bot import broadcasts as bc
from bot.app import start_app
from bot.delivery.limits import SendLimits
from bot.delivery.sender import Sender
from bot.delivery.transport import PTBTransport
from bot.publishing import Env
from bot.runtime import SendLimits as RuntimeLimits
from bot.store.models import Event, Subscription, User
from handlers.flood import FloodGuard
from tests.scenarios.conftest import TIME_SCALE, TOKEN, command, edited, press, say

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")
ADMIN = 7001
ORG = 7002
OTHER = 7003


@pytest.fixture
def org_harness(harness):
    harness.settings.admin_ids = [ADMIN]  # the same Settings object the running bot reads
    return harness


@pytest.fixture
async def delivery(org_harness):
    """The outbox sender and the broadcast sweep, running beside the bot."""
    h = org_harness
    transport = PTBTransport.create(TOKEN, base_url=h.server.base_url, concurrency=4, timeout=5)
    await transport.bot.initialize()

    def env() -> Env:
        return Env(h.settings, h.app.services.gazetteer, datetime.now(timezone.utc))

    stopping = asyncio.Event()

    async def loop():
        while not stopping.is_set():
            db = h.app.db  # a new one after the bot restarts
            # Few rows in hand at a time, so that stopping a broadcast has something left to stop.
            sender = Sender(db, transport, limits=SendLimits().scaled(TIME_SCALE), poll_interval=0.05,
                            concurrency=2, lookahead=0.01)
            task = asyncio.create_task(sender.run())
            try:
                while not stopping.is_set() and not task.done() and h.app.db is db:
                    await bc.sweep(db, env)
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(stopping.wait(), 0.05)
            finally:
                await sender.stop()  # graceful: nothing is cut off in the middle of a transaction
                await task

    runner = asyncio.create_task(loop())
    yield h
    stopping.set()
    await runner
    await transport.bot.shutdown()


async def tap(h, user, msg, text: str):
    """Press a button whose answer edits its message; wait for the edit."""
    before = len(msg.edits)
    await press(user, msg, text)
    return await edited(h.server, msg, before)


async def restart(h) -> None:
    """Stop the bot and start it again on the same database and settings."""
    await h.app.stop()
    h.app = await start_app(h.settings, limits=RuntimeLimits().scaled(TIME_SCALE), flood=FloodGuard(1000, 1000))


async def new_event(h, org, title: str, *, when="下周六下午2点到4点", place="中国科技馆，北京市朝阳区北辰东路5号",
                    restart_midway: bool = False):
    await command(org, "/newevent")
    await say(org, title)
    readback = await say(org, when)
    assert "14:00–16:00" in readback.text and "对吗" in readback.text
    if restart_midway:
        await restart(h)
    msg = await tap(h, org, readback, "✅ 对")
    assert "第 3 步" in msg.text
    topics = await say(org, place)
    await tap(h, org, topics, "航天")
    assert "✅ 航天" in topics.button_texts
    await tap(h, org, topics, "完成 ▶️")
    await tap(h, org, topics, "完成 ▶️")  # audience: everyone
    await tap(h, org, topics, "跳过 ▶️")  # no online link
    await tap(h, org, topics, "跳过 ▶️")  # no registration link
    preview = await say(org, "带孩子来看火箭模型。")
    assert title in preview.text and "预览" in preview.text
    return preview


def event_id(msg) -> int:
    return int(next(b["callback_data"] for b in msg.buttons if b["callback_data"].startswith("v1:oe:")).split(":")[3])


async def add_subscribers(h, event: int, users: list[int]) -> dict:
    async with h.app.db.sessions() as s:
        await s.execute(insert(User), [dict(id=u, active=True, language="zh") for u in users])
        await s.execute(insert(Subscription), [dict(user_id=u, event_id=event, created_at=datetime.now(timezone.utc))
                                               for u in users])
        await s.commit()
    from bot.reminders import watch

    async with h.app.db.sessions() as s:  # as subscribing does: watch the event for changes
        await watch(s, await s.get(Event, event))
        await s.commit()
    return {u: h.server.user(u, f"S{u}", language_code="zh", known=True) for u in users}


async def test_invite_dialog_across_a_restart_and_moderation(delivery):
    h = delivery
    admin = h.user(ADMIN, "Admin", "zh")
    link = await command(admin, "/invite", "中国科技馆")
    payload = link.text.split("start=")[1].split()[0]
    org = h.user(ORG, "Org", "zh")
    welcome = await command(org, "/start", payload)
    assert "中国科技馆" in welcome.text and "/newevent" in welcome.text
    replay = await command(h.user(7099, "Eve", "zh"), "/start", payload)
    assert "已经被使用" in replay.text

    preview = await new_event(h, org, "火箭模型之夜", restart_midway=True)
    await tap(h, org, preview, "✅ 发布")
    assert "审核" in preview.text
    (notice,) = await admin.wait_for_messages(1, timeout=10)  # through the outbox
    assert "火箭模型之夜" in notice.text and "中国科技馆" in notice.text
    queue = await command(admin, "/queue")
    assert "火箭模型之夜" in queue.text
    await tap(h, admin, queue, "✅ 通过")
    assert "已通过" in queue.text
    (outcome,) = await org.wait_for_messages(1, timeout=10)
    assert "审核通过并已发布" in outcome.text
    found = await say(h.user(7098, "Li", "zh"), "北京 火箭模型")
    assert "火箭模型之夜" in found.text


async def test_edit_cancel_duplicate_and_my_events(delivery):
    h = delivery
    h.settings.moderation_required = False
    admin = h.user(ADMIN, "Admin", "zh")
    assert "中国科技馆" in (await command(admin, "/grant", f"{ORG} 中国科技馆")).text
    org = h.user(ORG, "Org", "zh")
    preview = await new_event(h, org, "机器人工作坊")
    await press(org, preview, "✅ 发布")
    (card,) = await org.wait_for_messages(1)
    ev = event_id(card)
    subs = await add_subscribers(h, ev, [7101, 7102])
    mine = await command(org, "/myevents")
    assert "机器人工作坊" in mine.text and "👥 2" in mine.text

    await tap(h, org, card, "✏️ 修改")
    await press(org, card, "时间")
    (ask,) = await org.wait_for_messages(1)
    readback = await say(org, "下周日上午10点到12点")
    await press(org, readback, "✅ 对，保存")
    await edited(h.server, readback, 0)
    assert "10:00–12:00" in readback.text and "已保存" in readback.text
    for u in (7101, 7102):  # each subscriber is told, once
        (change,) = await subs[u].wait_for_messages(1, timeout=10)
        assert "机器人工作坊" in change.text

    await press(org, readback, "✏️ 修改")
    await edited(h.server, readback, 1)
    await press(org, readback, "地点")
    (ask,) = await org.wait_for_messages(1)
    await org.send_venue(39.98, 116.40, "中国科技馆新馆", "北京市朝阳区北辰东路5号")
    (saved,) = await org.wait_for_messages(1)
    assert "中国科技馆新馆" in saved.text and "北辰东路5号" in saved.text and "已保存" in saved.text
    for u in (7101, 7102):  # a new place is news too
        (moved,) = await subs[u].wait_for_messages(1, timeout=10)
        assert "中国科技馆新馆" in moved.text
    readback = saved

    await press(org, readback, "❌ 取消活动")
    (why,) = await org.wait_for_messages(1)
    assert "为什么取消" in why.text
    confirm = await say(org, "讲师临时有事")
    await tap(h, org, confirm, "❌ 确定取消活动")
    assert "已取消" in confirm.text and "2 位订阅者" in confirm.text
    for u in (7101, 7102):
        (gone,) = await subs[u].wait_for_messages(1, timeout=10)
        assert "取消" in gone.text
    opened = await command(h.user(7103, "Wang", "zh"), "/start", f"e_{ev}")
    assert "讲师临时有事" in opened.text

    await press(org, confirm, "📄 复制")
    (asked,) = await org.wait_for_messages(1)
    assert "复制" in asked.text and "第 2 步" in asked.text
    copy_when = await say(org, "下下周六")
    assert "10:00–12:00" in copy_when.text  # the copy keeps the time of day
    preview = await tap(h, org, copy_when, "✅ 对")
    assert "讲师临时有事" not in preview.text
    await press(org, preview, "✅ 发布")
    (copy,) = await org.wait_for_messages(1)
    assert event_id(copy) != ev and "已取消" not in copy.text


async def test_a_file_publishes_then_updates_and_cancels(delivery):
    h = delivery
    h.settings.moderation_required = False
    await command(h.user(ADMIN, "Admin", "zh"), "/grant", f"{ORG} 北京天文馆")
    org = h.user(ORG, "Org", "zh")
    year = datetime.now(timezone.utc).year + 1
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
           f"BEGIN:VEVENT\r\nUID:star-1\r\nSUMMARY:观星之夜\r\nDTSTART:{year}0315T120000Z\r\nDTEND:{year}0315T140000Z\r\n"
           "LOCATION:北京天文馆，北京市西城区西直门外大街138号\r\nEND:VEVENT\r\n"
           f"BEGIN:VEVENT\r\nUID:star-2\r\nSUMMARY:月球讲座\r\nDTSTART:{year}0316T020000Z\r\n"
           "LOCATION:北京天文馆，北京市西城区\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    await org.send_document("events.ics", ics.encode(), mime_type="text/calendar")
    (report,) = await org.wait_for_messages(1, timeout=10)
    assert "新增 2" in report.text
    async with h.app.db.sessions() as s:
        star = await s.scalar(select(Event.id).where(Event.uid.like("%/star-1")))
    subs = await add_subscribers(h, star, [7201])
    await org.send_document("events.ics", ics.replace("SUMMARY:观星之夜", "SUMMARY:观星之夜\r\nSTATUS:CANCELLED").encode(),
                            mime_type="text/calendar")
    (again,) = await org.wait_for_messages(1, timeout=10)
    assert "取消 1" in again.text and "未变 1" in again.text
    (told,) = await subs[7201].wait_for_messages(1, timeout=10)
    assert "观星之夜" in told.text and "取消" in told.text


async def test_broadcast_with_progress_report_and_refusals(delivery):
    h = delivery
    h.settings.moderation_required = False
    admin = h.user(ADMIN, "Admin", "zh")
    await command(admin, "/grant", f"{ORG} 中国科技馆")
    await command(admin, "/grant", f"{OTHER} 上海科技馆")
    org = h.user(ORG, "Org", "zh")
    preview = await new_event(h, org, "航天科普日")
    await press(org, preview, "✅ 发布")
    (card,) = await org.wait_for_messages(1)
    ev = event_id(card)
    people = list(range(7301, 7341))
    await add_subscribers(h, ev, people)
    h.server.faults.blocked(method="sendMessage", chat_id=people[0], times=None)  # blocked the bot since subscribing

    other = h.user(OTHER, "Other", "zh")  # another organization's organizer forges the buttons
    mine = await command(other, "/myevents")
    for data in (f"v1:oe:c:{ev}", f"v1:oe:e:{ev}", f"v1:oe:b:{ev}", f"v1:oe:d:{ev}", f"v1:oe:x:{ev}:descr"):
        answer = await press(other, mine, data=data)
        assert "没有权限" in answer["text"], data

    card = await tap(h, org, await command(org, "/myevents"), "1. 航天科普日")
    await press(org, card, "📢 给订阅者发消息")
    (ask,) = await org.wait_for_messages(1)
    assert "40 位订阅者" in ask.text
    preview = await say(org, "活动当天请提前 30 分钟入场。")
    assert "40 人将收到" in preview.text and "提前 30 分钟入场" in preview.text
    await press(org, preview, "✅ 发送给 40 人")
    await edited(h.server, preview, 0)
    assert "群发" in preview.text
    await h.server.wait_until(lambda: all(h.server.messages(u) for u in people[1:]), 15)
    (report,) = await org.wait_for_messages(1, timeout=10)
    assert "已送达：39" in report.text and "已屏蔽机器人：1" in report.text and "失败：0" in report.text
    for u in people[1:]:
        assert len(h.server.messages(u)) == 1
    await tap(h, org, preview, "🔄 刷新")
    assert "已送达：39" in preview.text

    ask_all = await command(admin, "/broadcast_all")
    assert "全部" in ask_all.text
    preview = await say(admin, "系统将于今晚维护。")
    await tap(h, admin, preview, next(t for t in preview.button_texts if t.startswith("✅")))
    assert "确定吗" in preview.text  # the second confirmation
    await tap(h, admin, preview, next(t for t in preview.button_texts if t.startswith("📢")))
    await h.server.wait_until(lambda: all(len(h.server.messages(u)) == 2 for u in people[1:]), 15)
    await admin.wait_for_messages(1, timeout=10)  # the report

    log = await command(admin, "/audit")
    assert "bcast_event" in log.text and "bcast_all" in log.text
    older = await command(admin, "/audit", str(OTHER))
    assert "⛔" in older.text  # the forged presses were refused and logged


async def test_stopping_a_broadcast_under_way(delivery):
    h = delivery
    h.settings.moderation_required = False
    await command(h.user(ADMIN, "Admin", "zh"), "/grant", f"{ORG} 中国科技馆")
    org = h.user(ORG, "Org", "zh")
    preview = await new_event(h, org, "海洋科学周")
    await press(org, preview, "✅ 发布")
    (card,) = await org.wait_for_messages(1)
    people = list(range(7401, 7431))
    subs = await add_subscribers(h, event_id(card), people)
    for u in people:  # slow deliveries: the broadcast takes a few seconds
        h.server.faults.slow(0.15, method="sendMessage", chat_id=u, times=None)
    card = await tap(h, org, await command(org, "/myevents"), "1. 海洋科学周")
    await press(org, card, "📢 给订阅者发消息")
    await org.wait_for_messages(1)
    preview = await say(org, "周末的活动照常举行。")
    await tap(h, org, preview, "✅ 发送给 30 人")
    await h.server.wait_until(lambda: sum(1 for u in people if h.server.messages(u)) >= 3, 10)
    answer = await press(org, preview, "⏹ 停止")
    assert "已停止" in answer["text"]
    (report,) = await org.wait_for_messages(1, timeout=15)
    reached = [u for u in people if h.server.messages(u)]
    assert "已停止" in report.text and f"已送达：{len(reached)}" in report.text
    assert f"未发送（已停止）：{30 - len(reached)}" in report.text and len(reached) < 30
    assert all(len(subs[u].messages) <= 1 for u in people)
