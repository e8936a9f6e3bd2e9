"""End to end through the local Bot API server: the real bot (aiogram and python-telegram-bot runtimes)
takes a user's "remind me", the clock moves, the sweep and the sender deliver — with 429s and 5xx
injected — and the user presses the buttons on what arrives."""
from __future__ import annotations

import pytest

from bot.app import start_app
from bot.config import Settings
from bot.delivery.limits import SendLimits, Window
from bot.delivery.sender import Sender
from bot.delivery.transport import for_runtime
from bot.devserver import BotApiServer, RateLimits
from bot.runtime import SendLimits as ReplyLimits
from bot.scheduler import ManualClock, Notifications
from bot.store.models import User
from handlers.flood import FloodGuard
from tests.test_subscriptions_support import add_events, d, rec

TOKEN = "123456:E2E"
SCALE = 0.02  # Telegram's limits, fifty times faster


@pytest.fixture(params=["aiogram", "ptb"])
async def world(request, tmp_path):
    server = BotApiServer(rate_limits=RateLimits().scaled(SCALE))
    await server.start()
    server.add_bot(token=TOKEN, username="kepu_e2e_bot")
    settings = Settings(_env_file=None, bot_token=TOKEN, bot_framework=request.param,
                        telegram_api_url=server.base_url, database_url=f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}",
                        load_sample_events=False)
    app = await start_app(settings, limits=ReplyLimits().scaled(SCALE), flood=FloodGuard(1000, 1000))
    clock = ManualClock(d(16, 10))
    app.services.clock = clock  # the conversation and the notices share one clock
    limits = SendLimits(overall=Window(30, SCALE), private=Window(1, SCALE), group=Window(20, 60 * SCALE), margin=0.005)
    sender = Sender(app.db, for_runtime(app.runtime), limits=limits, clock=clock, backoff_base=0.05, poll_interval=0.05)
    notes = Notifications(app.db, settings, clock=clock, gazetteer=app.services.gazetteer, sender=sender)
    try:
        yield server, app, clock, notes
        await server.wait_idle(quiet=0.05)
    finally:
        await app.stop()
        await server.stop()
    # Injected faults and the blocked user aside, Telegram would have accepted every request.
    assert [str(r) for r in server.rejected if not r.injected and r.status != 403] == []


async def deliver(notes) -> None:
    await notes.sweeper.sweep()
    await notes.sender.run(until_idle=True)


async def test_a_reminder_arrives_through_faults_and_its_button_stops_the_rest(world):
    server, app, clock, notes = world
    ids, _ = await add_events(app.db, rec("ai", "人工智能开放日", d(19, 9)))
    li = server.user(1001, "Li", language_code="zh")
    await li.send_command("/start", args=f"e_{ids['ai']}")
    (card,) = await li.wait_for_messages(1)
    answer = await (await li.press(card, "🔔 提醒我")).wait_answer()
    assert "9月18日周五 20:00" in answer["text"]

    server.faults.rate_limit(method="sendMessage", chat_id=1001, times=1, retry_after=1)
    server.faults.server_error(method="sendMessage", chat_id=1001, times=1)
    clock.set(d(18, 20))
    await deliver(notes)
    (reminder,) = await li.wait_for_messages(1)
    assert "提醒：明天 09:00 开始" in reminder.text and "人工智能开放日" in reminder.text
    answer = await (await li.press(reminder, "🔕 取消提醒")).wait_answer()
    assert answer["text"] == "🔕 已取消提醒。"
    clock.set(d(19, 8))
    await deliver(notes)
    await server.wait_idle(quiet=0.1)
    assert [m.text for m in li.messages if m.outgoing].count(reminder.text) == 1  # no "1 hour before" after stop
    assert len([m for m in li.messages if m.outgoing]) == 2


async def test_a_followed_topic_brings_a_new_event_and_a_change_reaches_the_subscriber(world):
    server, app, clock, notes = world
    ids, _ = await add_events(app.db, rec("ai", "人工智能开放日", d(19, 9)))
    await notes.sweeper.sweep()  # known before anyone follows
    anna = server.user(1002, "Anna", language_code="en")
    await anna.send_command("/follow", args="astronomy")
    (ok,) = await anna.wait_for_messages(1)
    assert "Following “Astronomy”" in ok.text
    await anna.send_command("/start", args=f"e_{ids['ai']}")
    (card,) = await anna.wait_for_messages(1)
    await (await anna.press(card, "🔔 Remind me")).wait_answer()

    new, _ = await add_events(app.db, rec("sky", "Star party", d(22, 20), cats=("天文",)),
                              rec("ai", "人工智能开放日", d(19, 14)))
    await deliver(notes)
    alert, change = sorted(await anna.wait_for_messages(2), key=lambda m: "Star party" not in m.text)
    assert "New event for “Astronomy”" in alert.text and "Star party" in alert.text
    assert "Sat, Sep 19 09:00–11:00" in change.text and "Sat, Sep 19 14:00–16:00" in change.text
    answer = await (await anna.press(alert, "🔔 Remind me")).wait_answer()
    assert "I'll remind you" in answer["text"]


async def test_a_blocked_user_is_paused_until_they_come_back(world):
    server, app, clock, notes = world
    ids, _ = await add_events(app.db, rec("ai", "人工智能开放日", d(19, 9)))
    wu = server.user(1003, "Wu", language_code="zh")
    await wu.send_command("/start", args=f"e_{ids['ai']}")
    (card,) = await wu.wait_for_messages(1)
    await (await wu.press(card, "🔔 提醒我")).wait_answer()
    server.block(1003)
    clock.set(d(18, 20))
    await deliver(notes)
    async with app.db.sessions() as s:
        assert (await s.get(User, 1003)).active is False
    server.unblock(1003)
    await wu.send_command("/start")  # back: reminders resume
    await wu.wait_for_messages(1)
    async with app.db.sessions() as s:
        assert (await s.get(User, 1003)).active is True
    clock.set(d(19, 8))
    await deliver(notes)
    (reminder,) = await wu.wait_for_messages(1)
    assert "今天 09:00" in reminder.text
