"""Subscriptions, follows, saved searches, alerts and digests, mute and /forget on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import timezone

import pytest
from sqlalchemy import func, select

from bot import subscriptions as subs
from bot.scheduler import ManualClock
from bot.store import models as m
from tests.test_subscriptions_support import (NJ, RULES, SH_ADDR, add_events, add_user, buttons_of, d, outbox,
                                              rec, subscribe, sweep, text_of)


@pytest.fixture
async def world(db):
    ids, _ = await add_events(db, rec("ai", "人工智能开放日", d(19, 9)), rec("past", "上周讲座", d(10, 9)),
                              rec("gone", "取消的沙龙", d(20, 9), status="cancelled"))
    for user, lang in ((1, "zh"), (2, "en"), (3, "zh")):
        await add_user(db, user, lang=lang)
    await sweep(db, ManualClock(d(16, 9)))  # these events are known before anyone follows anything
    return db, ids


async def run(db, fn, *args, **kw):
    async with db.sessions() as s:
        result = await fn(s, *args, **kw)
        await s.commit()
    return result


# ---------------------------------------------------------------- subscriptions and /my

async def test_subscribe_list_and_unsubscribe(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    res = await subscribe(db, 1, ids["ai"], clock)
    assert res.status == "subscribed" and [c for c, _ in res.planned] == ["eve", "1h"]
    assert (await subscribe(db, 1, ids["ai"], clock)).status == "already"
    assert (await subscribe(db, 1, ids["past"], clock)).status == "over"
    assert (await subscribe(db, 1, ids["gone"], clock)).status == "cancelled"
    assert (await subscribe(db, 1, 99999, clock)).status == "not_found"
    mine = await run(db, subs.my_subscriptions, 1, clock(), RULES)
    assert [s.event.title for s in mine] == ["人工智能开放日"]
    assert mine[0].next_reminder == d(18, 20).astimezone(timezone.utc) and mine[0].offsets == ("eve", "1h")
    assert await run(db, subs.unsubscribe, 1, ids["ai"]) is True
    assert await run(db, subs.unsubscribe, 1, ids["ai"]) is False
    assert await run(db, subs.my_subscriptions, 1, clock(), RULES) == []
    async with db.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(m.Reminder)) == 0


async def test_past_events_drop_off_my_list(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    clock.set(d(19, 11, 1))  # the event ended at 11:00
    assert await run(db, subs.my_subscriptions, 1, clock(), RULES) == []


async def test_own_offsets_and_the_subscription_limit(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    res = await subscribe(db, 1, ids["ai"], clock, offsets="1d,junk,15m")
    assert [c for c, _ in res.planned] == ["1d", "15m"]
    more, _ = await add_events(db, rec("x1", "讲座一", d(21)), rec("x2", "讲座二", d(22)))
    assert (await subscribe(db, 1, more["x1"], clock, limit=2)).status == "subscribed"
    assert (await subscribe(db, 1, more["x2"], clock, limit=2)).status == "limit"


# ---------------------------------------------------------------- follows and alerts

async def test_a_followed_topic_alerts_on_a_new_event_once(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    view, created = await run(db, subs.follow, 1, "topic", "ai", "人工智能")
    assert created and view.kind == "topic"
    assert (await run(db, subs.follow, 1, "topic", "ai", "人工智能"))[1] is False
    await run(db, subs.follow, 2, "topic", "astronomy", "Astronomy")
    new, _ = await add_events(db, rec("ai2", "大模型科普讲座", d(22, 14)), rec("sky", "天文夜", d(22, 20), cats=("天文",)))
    rep = await sweep(db, clock)
    assert rep.alerts_written == 2 and rep.alert_messages == 2
    (zh,) = await outbox(db, chat_id=1)
    assert zh.kind == "alert" and "大模型科普讲座" in text_of(zh) and "人工智能" in text_of(zh)
    datas = {b["callback_data"] for b in buttons_of(zh)}
    assert f"v1:rm:{new['ai2']}" in datas and f"v1:uf:{view.id}" in datas
    (en,) = await outbox(db, chat_id=2)
    assert "天文夜" in text_of(en) and "New event" in text_of(en)
    assert (await sweep(db, clock)).alerts_written == 0  # each event is matched once
    # Events that existed before the follow are not "new".
    assert "人工智能开放日" not in text_of(zh)


async def test_places_and_organizers_can_be_followed(world):
    db, _ = world
    clock = ManualClock(d(16, 10))
    await run(db, subs.follow, 1, "place", "310000", "上海")
    await run(db, subs.follow, 2, "organizer", "Shanghai  Science & Technology Museum", "SSTM")
    await add_events(db, rec("sh1", "上海科普日", d(23), address=SH_ADDR, cats=("物理",)),
                     rec("bj1", "北京科普日", d(23), cats=("物理",), organizer="shanghai science & technology museum"),
                     rec("nj1", "南京科普日", d(23), address=NJ, cats=("物理",)))
    await sweep(db, clock)
    assert [r.chat_id for r in await outbox(db)] == [1, 2]
    assert "上海科普日" in text_of((await outbox(db, chat_id=1))[0])
    assert "北京科普日" in text_of((await outbox(db, chat_id=2))[0])


async def test_a_saved_search_alerts_on_matching_new_events_only(world):
    db, _ = world
    clock = ManualClock(d(16, 10))
    view, status = await run(db, subs.save_search, 2, "tell me about new AI events in Beijing", clock(), RULES)
    assert status == "saved" and view.label == "Beijing · Artificial intelligence"
    assert (await run(db, subs.save_search, 2, "tell me about new AI events in Beijing", clock(), RULES))[1] == "already"
    assert (await run(db, subs.save_search, 2, "   ", clock(), RULES))[1] == "empty"
    await add_events(db, rec("bj-ai", "AI for kids", d(24)), rec("sh-ai", "上海人工智能大会", d(24), address=SH_ADDR),
                     rec("bj-sky", "北京天文夜", d(24, 20), cats=("天文",)))
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert "AI for kids" in text_of(msg) and "上海" not in text_of(msg) and "天文" not in text_of(msg)
    assert buttons_of(msg)[-1]["callback_data"] == f"v1:us:{view.id}"


@pytest.mark.parametrize("user, text, event", [
    # Search reads several topics, or places, as any of them; the pre-check once asked the new events to
    # hold every topic, and looked only at events in the first place.
    (2, "AI or astronomy events in Beijing", rec("bj-ai2", "AI for teens", d(24))),
    (1, "上海或南京 天文", rec("nj-sky", "南京星空夜", d(24, 20), address=NJ, cats=("天文",))),
])
async def test_a_saved_search_naming_two_topics_or_places_hears_of_either(world, user, text, event):
    db, _ = world
    clock = ManualClock(d(16, 10))
    view, status = await run(db, subs.save_search, user, text, clock(), RULES)
    assert status == "saved"
    await add_events(db, event)
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert event.title in text_of(msg)


async def test_no_alert_for_an_event_already_subscribed_or_a_blocked_user(world):
    db, _ = world
    clock = ManualClock(d(16, 10))
    for user in (1, 3):
        await run(db, subs.follow, user, "topic", "ai", "人工智能")
    async with db.sessions() as s:
        (await s.get(m.User, 3)).active = False
        await s.commit()
    new, _ = await add_events(db, rec("ai2", "大模型科普讲座", d(22, 14)))
    await subscribe(db, 1, new["ai2"], clock)  # before the sweep saw the event
    await sweep(db, clock)
    assert await outbox(db) == []


async def test_instant_alerts_wait_for_the_end_of_quiet_hours(world):
    db, _ = world
    clock = ManualClock(d(16, 23, 30))
    await run(db, subs.follow, 1, "topic", "ai", "人工智能")
    await add_events(db, rec("ai2", "大模型科普讲座", d(22, 14)))
    rep = await sweep(db, clock)
    assert rep.alerts_written == 1 and rep.postponed == 1 and await outbox(db) == []
    clock.set(d(17, 7, 59))
    await sweep(db, clock)
    assert await outbox(db) == []
    clock.set(d(17, 8))
    await sweep(db, clock)
    assert len(await outbox(db)) == 1


async def test_digests_come_at_the_chosen_hour_in_one_message(world):
    db, _ = world
    clock = ManualClock(d(16, 10))
    await run(db, subs.follow, 1, "topic", "ai", "人工智能")
    await run(db, subs.set_alert_mode, 1, "digest", clock(), RULES, digest_hour=19)
    await add_events(db, rec("a", "讲座甲", d(22, 14)))
    await sweep(db, clock)
    clock.set(d(16, 15))
    await add_events(db, rec("b", "讲座乙", d(23, 14)))
    await sweep(db, clock)
    clock.set(d(16, 18, 59))
    await sweep(db, clock)
    assert await outbox(db) == []
    clock.set(d(16, 19))
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert msg.kind == "digest" and "讲座甲" in text_of(msg) and "讲座乙" in text_of(msg)
    assert "每日摘要" in text_of(msg) and "2 个新活动" in text_of(msg)


async def test_a_digest_hour_in_quiet_hours_waits_for_their_end(world):
    db, _ = world
    clock = ManualClock(d(16, 10))
    await run(db, subs.follow, 1, "topic", "ai", "人工智能")
    await run(db, subs.set_alert_mode, 1, "digest", clock(), RULES, digest_hour=6)
    await add_events(db, rec("a", "讲座甲", d(22, 14)))
    await sweep(db, clock)
    clock.set(d(17, 6))
    await sweep(db, clock)
    assert await outbox(db) == []
    clock.set(d(17, 8))
    await sweep(db, clock)
    assert [r.kind for r in await outbox(db)] == ["digest"]


async def test_a_digest_missed_by_more_than_half_a_day_merges_into_the_next(world):
    db, _ = world
    clock = ManualClock(d(16, 10))
    await run(db, subs.follow, 1, "topic", "ai", "人工智能")
    await run(db, subs.set_alert_mode, 1, "digest", clock(), RULES, digest_hour=9)
    await add_events(db, rec("a", "讲座甲", d(22, 14)))
    await sweep(db, clock)  # due on the 17th at 09:00
    clock.set(d(17, 21, 30))  # the bot was down all day: 12.5 hours late
    await sweep(db, clock)
    assert await outbox(db) == []
    await add_events(db, rec("b", "讲座乙", d(23, 14)))
    await sweep(db, clock)
    clock.set(d(18, 9))
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert "讲座甲" in text_of(msg) and "讲座乙" in text_of(msg)


async def test_alerts_for_events_over_or_cancelled_are_dropped(world):
    db, _ = world
    clock = ManualClock(d(16, 10))
    await run(db, subs.follow, 1, "topic", "ai", "人工智能")
    await run(db, subs.set_alert_mode, 1, "digest", clock(), RULES, digest_hour=9)
    await add_events(db, rec("a", "讲座甲", d(22, 14)), rec("b", "讲座乙", d(23, 14)))
    await sweep(db, clock)
    await add_events(db, rec("b", "讲座乙", d(23, 14), status="cancelled"))
    clock.set(d(17, 9))
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert "讲座甲" in text_of(msg) and "讲座乙" not in text_of(msg)


async def test_on_import_notifies_without_waiting_for_a_sweep(world):
    db, ids = world
    from bot.events import upsert_records

    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    await run(db, subs.follow, 2, "topic", "ai", "AI")
    async with db.sessions() as s:
        report = await upsert_records(s, [rec("ai", "人工智能开放日", d(19, 15)), rec("n", "新讲座", d(25))])
        await subs.on_import(s, report, clock(), RULES)
        await s.commit()
    assert [r.kind for r in await outbox(db)] == ["change"]
    async with db.sessions() as s:
        assert await s.scalar(select(func.count()).select_from(m.Alert)) == 1


# ---------------------------------------------------------------- mute and forget

async def test_mute_holds_alerts_and_changes_and_drops_reminders(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    await run(db, subs.follow, 1, "topic", "ai", "人工智能")
    await run(db, subs.mute, 1, d(18, 21), clock(), RULES)
    await add_events(db, rec("ai", "人工智能开放日", d(19, 10)), rec("n", "新讲座", d(25)))
    await sweep(db, clock)
    held = await outbox(db)
    assert [r.kind for r in held] == ["change"] and held[0].due_at == d(18, 21).astimezone(timezone.utc)
    clock.set(d(18, 20))
    await sweep(db, clock)
    assert [r.kind for r in await outbox(db)] == ["change"]  # the evening reminder is skipped
    clock.set(d(18, 21))
    await sweep(db, clock)
    assert sorted(r.kind for r in await outbox(db)) == ["alert", "change"]
    clock.set(d(19, 9))
    await sweep(db, clock)
    assert sorted(r.kind for r in await outbox(db)) == ["alert", "change", "reminder"]


async def test_unmute_releases_what_was_held(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    await run(db, subs.mute, 1, d(18, 0), clock(), RULES)
    await add_events(db, rec("ai", "人工智能开放日", d(19, 10)))
    await sweep(db, clock)
    await run(db, subs.mute, 1, None, clock(), RULES)
    (row,) = await outbox(db)
    assert row.due_at == clock()


async def test_forget_deletes_everything_about_the_user_and_nothing_else(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    for user in (1, 2):
        await subscribe(db, user, ids["ai"], clock)
        await run(db, subs.follow, user, "topic", "ai", "AI")
        await run(db, subs.save_search, user, "北京 人工智能", clock(), RULES)
        await run(db, subs.set_preset, user, "day", clock(), RULES)
    await add_events(db, rec("ai", "人工智能开放日", d(19, 10)), rec("n", "新讲座", d(25)))
    await sweep(db, clock)
    await run(db, subs.forget, 1)
    async with db.sessions() as s:
        for model, col in ((m.User, m.User.id), (m.UserState, m.UserState.user_id),
                           (m.NotifyPrefs, m.NotifyPrefs.user_id), (m.Subscription, m.Subscription.user_id),
                           (m.Reminder, m.Reminder.user_id), (m.Follow, m.Follow.user_id),
                           (m.SavedSearch, m.SavedSearch.user_id), (m.Alert, m.Alert.user_id),
                           (m.Outbox, m.Outbox.chat_id)):
            n1 = await s.scalar(select(func.count()).select_from(model).where(col == 1))
            n2 = await s.scalar(select(func.count()).select_from(model).where(col == 2))
            assert (model.__name__, n1) == (model.__name__, 0)
            assert n2 > 0, model.__name__
