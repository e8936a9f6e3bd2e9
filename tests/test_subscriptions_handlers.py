"""The conversation side of reminders and follows, called directly (no framework): the remind/stop
buttons, /my, /follow, /notify, /mute, /forget — every reply checked for what Telegram would refuse."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.config import Settings
from bot.services import Services
from bot.store import models as m
from bot.store.db import open_database
from handlers.conversation import Conversation
from handlers.flood import FloodGuard
from handlers.subscriptions import parse_duration
from tests.conftest import SH
from tests.test_handlers_conversation import Chat, data_of
from tests.test_subscriptions_support import NJ, add_events, d, rec

NOW = d(16, 10)


@pytest.fixture
async def conv(tmp_path):
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 't.db'}")
    db = await open_database(settings.db_url)
    ids, _ = await add_events(db, rec("ai", "人工智能开放日", d(19, 9), organizer="中国科技馆"),
                              rec("sky", "Star party", d(20, 20), address=NJ, cats=("天文",)),
                              rec("old", "上周讲座", d(10, 9)))
    services = Services(db, settings, clock=lambda: NOW.astimezone(SH))
    conversation = Conversation(services, settings, bot_username="kepu_test_bot", flood=FloodGuard(1000, 1000))
    conversation.ids = ids
    yield conversation
    await db.close()


@pytest.fixture
def zh(conv):
    return Chat(conv, 1001, "zh-hans")


@pytest.fixture
def en(conv):
    return Chat(conv, 1002, "en")


def texts(r) -> list[str]:
    return [b.text for row in r.buttons for b in row]


async def count(conv, model, **where) -> int:
    async with conv.services.db.sessions() as s:
        q = select(func.count()).select_from(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return await s.scalar(q)


async def test_remind_me_on_the_card_then_stop_from_my(zh, conv):
    ai = conv.ids["ai"]
    card = await zh.one("callback", callback_data=f"v1:ev:{ai}", callback_id="c", message_id=1)
    assert "🔔 提醒我" in texts(card) and "➕ 关注主办方" in texts(card)
    answer = await zh.press(data_of(card, f"v1:rm:{ai}"))
    assert answer[0].toast == "🔔 我会在这些时间提醒你：9月18日周五 20:00, 9月19日周六 08:00。"
    card = await zh.one("callback", callback_data=f"v1:ev:{ai}", callback_id="c", message_id=1)
    assert "🔕 取消提醒" in texts(card)
    (my,) = await zh.command("my")
    assert "人工智能开放日" in my.text and "⏰ 9月18日周五 20:00" in my.text
    (after,) = await zh.press(data_of(my, f"v1:un:{ai}:0"))
    assert after.edit and after.toast == "🔕 已取消提醒。" and "人工智能开放日" not in after.text
    assert await count(conv, m.Subscription) == 0


async def test_over_cancelled_and_unknown_events(en, conv):
    (r,) = await en.press(f"v1:rm:{conv.ids['old']}")
    assert r.toast == "This event is already over."
    (r,) = await en.press("v1:rm:999999")
    assert "expired" in r.toast
    (r,) = await en.press("v1:rm:abc")
    assert "expired" in r.toast


async def test_follow_a_topic_a_city_a_search_and_unfollow(en, conv):
    (r,) = await en.command("follow", "astronomy")
    assert "Following “Astronomy”" in r.text and "as soon as they are published" in r.text
    (r,) = await en.command("follow", "Nanjing")
    assert "Following “Nanjing”" in r.text
    (r,) = await en.command("follow", "AI events in Beijing")
    assert "Following “Beijing · Artificial intelligence”" in r.text
    (r,) = await en.command("follow", "astronomy")
    assert "already follow" in r.text
    async with conv.services.db.sessions() as s:
        assert sorted((f.kind, f.value) for f in await s.scalars(select(m.Follow))) == [("place", "320100"),
                                                                                          ("topic", "astronomy")]
        assert [x.place_code for x in await s.scalars(select(m.SavedSearch))] == ["110000"]
    (my,) = await en.command("my")
    assert "🏷 Astronomy" in my.text and "📍 Nanjing" in my.text and "🔎 Beijing · Artificial intelligence" in my.text
    unfollow = next(b.callback_data for row in my.buttons for b in row if b.text.startswith("🚫") and "Nanjing" in b.text)
    (after,) = await en.press(unfollow)
    assert after.toast == "Unfollowed “Nanjing”." and "📍 Nanjing" not in after.text
    search = next(b.callback_data for row in after.buttons for b in row if (b.callback_data or "").startswith("v1:us:"))
    (after,) = await en.press(search)
    assert "Beijing · Artificial intelligence" not in after.text
    (r,) = await en.command("unfollow")
    assert texts(r) == ["🚫 🏷 Astronomy"]


async def test_follow_asks_when_given_nothing_and_follows_the_organizer_button(zh, conv):
    (r,) = await zh.command("follow")
    assert "要关注什么" in r.text
    (r,) = await zh.text("天文")
    assert "已关注“天文”" in r.text
    (r,) = await zh.press(f"v1:fo:o:{conv.ids['ai']}")
    assert r.toast == "➕ 已关注“中国科技馆”，有新活动会通知你。"
    (r,) = await zh.command("follow", "下周")
    assert "没看懂" in r.text
    assert await count(conv, m.Follow, user_id=1001) == 2


async def test_notify_panel_sets_presets_digest_and_quiet_hours(zh, conv):
    await zh.press(f"v1:rm:{conv.ids['ai']}")
    (panel,) = await zh.command("notify")
    assert "前一天晚上和提前一小时" in panel.text and "22:00–08:00" in panel.text
    (panel,) = await zh.press("v1:np:r:day")
    assert panel.edit and panel.toast == "已保存。" and "提前一天和提前一小时 ✓" in texts(panel)
    async with conv.services.db.sessions() as s:
        dues = sorted(r.due_at for r in await s.scalars(select(m.Reminder).where(m.Reminder.status == "pending")))
    assert dues == [d(18, 9).astimezone(SH), d(19, 8).astimezone(SH)]  # replanned with the new preset
    (panel,) = await zh.press("v1:np:a:digest")
    assert "每天 09:00 的摘要" in panel.text and "09:00 ✓" in texts(panel)
    (panel,) = await zh.press("v1:np:h:18")
    assert "每天 18:00 的摘要" in panel.text
    (panel,) = await zh.press("v1:np:q:3")
    assert "免打扰时段：关闭" in panel.text
    (r,) = await zh.press("v1:np:h:5")  # not offered: forged
    assert "expired" in r.toast or "过期" in r.toast


async def test_mute_and_unmute(en, conv):
    (r,) = await en.command("mute", "3h")
    assert "Muted until Wed, Sep 16 13:00" in r.text
    (my,) = await en.command("my")
    assert "Muted until" in my.text
    (r,) = await en.command("unmute")
    assert r.text == "🔔 Notices are on again."
    (menu,) = await en.command("mute")
    (r,) = await en.press(data_of(menu, "v1:mu:1440"))
    assert "Muted until Thu, Sep 17 10:00" in r.text
    (r,) = await en.command("mute", "forever")
    assert "For how long?" in r.text


def test_durations():
    assert parse_duration("3h") == timedelta(hours=3)
    assert parse_duration("2 days") == timedelta(days=2)
    assert parse_duration("30m") == timedelta(minutes=30)
    assert parse_duration("1w") == timedelta(weeks=1)
    assert parse_duration("2小时") == timedelta(hours=2)
    assert parse_duration("5") == timedelta(hours=5)
    assert parse_duration("40d") is None and parse_duration("soon") is None


async def test_forget_deletes_everything_after_a_confirmation(zh, en, conv):
    for chat in (zh, en):
        await chat.press(f"v1:rm:{conv.ids['ai']}")
        await chat.command("follow", "天文")
        await chat.command("mute", "1h")
    (ask,) = await zh.command("forget")
    (r,) = await zh.press(data_of(ask, "v1:fg:no"))
    assert r.edit and await count(conv, m.Subscription, user_id=1001) == 1
    (r,) = await zh.press(data_of(ask, "v1:fg:yes"))
    assert r.edit and "全部数据已删除" in r.text
    for model in (m.User, m.UserState, m.Subscription, m.Reminder, m.Follow, m.NotifyPrefs):
        column = "id" if model is m.User else "user_id"
        assert await count(conv, model, **{column: 1001}) == 0, model.__name__
        assert await count(conv, model, **{column: 1002}) > 0, model.__name__


async def test_group_presses_point_to_the_private_chat(conv):
    from handlers.types import ChatInfo

    group = Chat(conv, 1003, "en", chat=ChatInfo(-100500, "supergroup"))
    (r,) = await group.press(f"v1:rm:{conv.ids['sky']}")
    assert r.toast_alert and "private chat" in r.toast
