"""Reminders: planned at the user's offsets in their time zone, swept into the outbox, caught up by the
stated rules after downtime, moved or cancelled when the event changes. SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.reminders import (PRESETS, due_time, in_quiet, next_digest, plan, quiet_end_after)
from bot.scheduler import ManualClock
from bot.store.models import Reminder
from tests.conftest import SH
from tests.test_subscriptions_support import (RULES, SH_ADDR, add_events, add_user, buttons_of, d, outbox, rec,
                                              subscribe, sweep, text_of)

BERLIN = ZoneInfo("Europe/Berlin")


# ---------------------------------------------------------------- planning (no database)

def test_default_preset_is_the_evening_before_and_one_hour_before():
    now, start = d(16, 10), d(19, 9)
    got = plan(PRESETS["default"], start, SH, now, RULES)
    assert got == [("eve", d(18, 20).astimezone(timezone.utc)), ("1h", d(19, 8).astimezone(timezone.utc))]


def test_the_evening_is_the_users_evening():
    start = d(19, 9)  # 03:00 in Berlin
    eve = due_time("eve", start, BERLIN, RULES)
    assert eve.astimezone(BERLIN) == datetime(2026, 9, 18, 20, 0, tzinfo=BERLIN)


def test_past_offsets_are_left_out_and_close_ones_merge():
    start = d(19, 9)
    assert [c for c, _ in plan(("eve", "1h"), start, SH, d(18, 21), RULES)] == ["1h"]
    assert plan(("1h",), start, SH, d(19, 8, 30), RULES) == []
    # 30 minutes and 15 minutes before are closer than 30 minutes apart: the later one stays.
    assert [c for c, _ in plan(("1h", "30m", "15m"), start, SH, d(16), RULES)] == ["1h", "15m"]


def test_all_day_events_are_reminded_in_the_morning():
    start = datetime(2026, 9, 19, tzinfo=SH)
    got = dict(plan(("eve", "1h", "1d"), start, SH, d(16), RULES, all_day=True))
    assert got["eve"].astimezone(SH) == d(18, 20)
    assert got["1h"].astimezone(SH) == d(19, 8)
    assert got["1d"].astimezone(SH) == d(18, 8)


def test_morning_of_needs_an_event_later_in_the_day():
    assert due_time("morn", d(19, 14), SH, RULES).astimezone(SH) == d(19, 8)
    assert due_time("morn", d(19, 8, 30), SH, RULES) is None


def test_quiet_hours_wrap_midnight():
    q = (22 * 60, 8 * 60)
    assert in_quiet(d(16, 23), SH, *q) and in_quiet(d(17, 7, 59), SH, *q)
    assert not in_quiet(d(17, 8), SH, *q) and not in_quiet(d(16, 21, 59), SH, *q)
    assert quiet_end_after(d(16, 23), SH, *q) == d(17, 8).astimezone(timezone.utc)
    assert quiet_end_after(d(17, 3), SH, *q) == d(17, 8).astimezone(timezone.utc)
    assert quiet_end_after(d(17, 12), SH, *q) == d(17, 12)
    assert not in_quiet(d(16, 23), SH, 600, 600)  # start == end: no quiet hours
    assert next_digest(d(16, 10), SH, 9) == d(17, 9).astimezone(timezone.utc)
    assert next_digest(d(16, 8), SH, 9) == d(16, 9).astimezone(timezone.utc)


# ---------------------------------------------------------------- sweeping (SQLite and PostgreSQL)

@pytest.fixture
async def world(db):
    ids, _ = await add_events(db, rec("ai", "人工智能开放日", d(19, 9)), rec("robot", "机器人工作坊", d(19, 9)),
                              rec("early", "清晨观鸟", d(19, 7, 30)), rec("late", "天文夜", d(19, 14)))
    await add_user(db, 1, lang="zh")
    await add_user(db, 2, lang="en", tz="Europe/Berlin")
    return db, ids


async def test_reminders_arrive_at_their_offsets_in_the_users_zone(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    assert (await subscribe(db, 1, ids["ai"], clock)).status == "subscribed"
    assert (await subscribe(db, 2, ids["ai"], clock)).status == "subscribed"
    clock.set(d(18, 19, 59))
    await sweep(db, clock)
    assert await outbox(db) == []
    clock.set(d(18, 20))  # 20:00 in Shanghai: user 1's evening
    await sweep(db, clock)
    (first,) = await outbox(db)
    assert first.chat_id == 1 and first.kind == "reminder"
    assert "人工智能开放日" in text_of(first) and "明天 09:00" in text_of(first)
    assert {b["callback_data"] for b in buttons_of(first)} == {f"v1:un:{ids['ai']}", f"v1:ev:{ids['ai']}"}
    # 20:00 in Berlin is 02:00 on the 19th in Shanghai.
    clock.set(datetime(2026, 9, 18, 20, 0, tzinfo=BERLIN))
    await sweep(db, clock)
    second = (await outbox(db))[-1]
    assert second.chat_id == 2 and "starts tomorrow at 03:00" in text_of(second)
    assert second.expires_at == d(19, 9).astimezone(timezone.utc)
    clock.set(d(19, 8))
    await sweep(db, clock)
    assert sorted(r.chat_id for r in await outbox(db, kind="reminder")) == [1, 1, 2, 2]


async def test_reminders_due_together_go_out_as_one_message(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    await subscribe(db, 1, ids["robot"], clock)
    clock.set(d(18, 20, 0, ))
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert "人工智能开放日" in text_of(msg) and "机器人工作坊" in text_of(msg)
    assert len([b for b in buttons_of(msg) if b["callback_data"].startswith("v1:un:")]) == 2


async def test_after_downtime_only_the_nearest_useful_reminder_goes(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    clock.set(d(19, 8, 30))  # down since before Friday evening; the event starts at 09:00
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert "今天 09:00" in text_of(msg)  # worded from the actual time, not "tomorrow"
    async with db.sessions() as s:
        notes = sorted((r.offset_code, r.status, r.note) for r in await s.scalars(select(Reminder)))
    assert notes == [("1h", "queued", None), ("eve", "dropped", "superseded")]


async def test_a_users_reminders_due_at_different_times_in_one_batch_are_one_message(world):
    """The claim orders by due time, so another user's reminder can sit between two of a user's; the
    user still gets one message, and every queued reminder points at it."""
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)  # the evening before (18th 20:00) and 08:00 on the 19th
    await subscribe(db, 1, ids["late"], clock)  # the evening before; its 13:00 one is not due yet
    await subscribe(db, 2, ids["ai"], clock)  # Berlin: due 02:00 and 08:00 Shanghai time, in between
    clock.set(d(19, 8, 30))
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert msg.chat_id == 1 and "人工智能开放日" in text_of(msg) and "天文夜" in text_of(msg)
    async with db.sessions() as s:
        rows = sorted((r.user_id, r.event_id, r.offset_code, r.status, r.note, r.outbox_id)
                      for r in await s.scalars(select(Reminder)))
    assert rows == sorted([
        (1, ids["ai"], "eve", "dropped", "superseded", None), (1, ids["ai"], "1h", "queued", None, msg.id),
        (1, ids["late"], "eve", "queued", None, msg.id), (1, ids["late"], "1h", "pending", None, None),
        # 02:30 in Berlin: both late, in quiet hours that end after the start
        (2, ids["ai"], "eve", "dropped", "quiet", None), (2, ids["ai"], "1h", "dropped", "quiet", None)])


async def test_nothing_is_sent_for_an_event_that_has_begun(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    clock.set(d(19, 9, 30))
    rep = await sweep(db, clock)
    assert await outbox(db) == [] and rep.dropped == 2


async def test_a_late_reminder_waits_for_the_end_of_quiet_hours(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["late"], clock)  # starts Saturday 14:00
    clock.set(d(19, 2))  # the evening reminder is six hours late, in the middle of the night
    rep = await sweep(db, clock)
    assert await outbox(db) == [] and rep.postponed == 1
    clock.set(d(19, 8))
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert "今天 14:00" in text_of(msg)


async def test_a_late_reminder_is_dropped_when_quiet_hours_outlast_the_start(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["early"], clock)  # starts Saturday 07:30
    clock.set(d(19, 3))
    await sweep(db, clock)
    assert await outbox(db) == []
    clock.set(d(19, 6, 30))  # the one-hour reminder is on time: it goes even in quiet hours
    await sweep(db, clock)
    (msg,) = await outbox(db)
    assert "今天 07:30" in text_of(msg)


async def test_muted_and_blocked_users_get_no_reminders_until_they_are_back(world):
    db, ids = world
    from bot.store.models import User
    from bot.subscriptions import mute

    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    await subscribe(db, 2, ids["ai"], clock)
    async with db.sessions() as s:
        await mute(s, 1, d(19, 0), clock(), RULES)
        (await s.get(User, 2)).active = False
        await s.commit()
    clock.set(d(18, 20))
    await sweep(db, clock)
    clock.set(datetime(2026, 9, 18, 20, 0, tzinfo=BERLIN))
    await sweep(db, clock)
    assert await outbox(db) == []
    async with db.sessions() as s:
        (await s.get(User, 2)).active = True  # they came back with /start
        await s.commit()
    clock.set(d(19, 8))
    await sweep(db, clock)
    assert sorted(r.chat_id for r in await outbox(db)) == [1, 2]


async def test_a_chosen_preset_sets_the_offsets(world):
    db, ids = world
    from bot.subscriptions import set_preset

    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    async with db.sessions() as s:
        await set_preset(s, 1, "close", clock(), RULES)
        await s.commit()
    async with db.sessions() as s:
        got = sorted((r.offset_code, r.status, r.due_at) for r in await s.scalars(select(Reminder)))
    assert got == [("15m", "pending", d(19, 8, 45).astimezone(timezone.utc)),
                   ("1h", "cancelled", d(19, 8).astimezone(timezone.utc)),
                   ("3h", "pending", d(19, 6).astimezone(timezone.utc)),
                   ("eve", "cancelled", d(18, 20).astimezone(timezone.utc))]


# ---------------------------------------------------------------- changes

async def test_a_time_change_reaches_every_subscriber_and_moves_reminders(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    for user in (1, 2):
        await subscribe(db, user, ids["ai"], clock)
    _, report = await add_events(db, rec("ai", "人工智能开放日", d(20, 14)))
    assert len(report.changes) == 1
    rep = await sweep(db, clock)
    assert rep.change_notices == 2
    zh, en = sorted(await outbox(db, kind="change"), key=lambda r: r.chat_id)
    assert "9月19日周六 09:00–11:00" in text_of(zh) and "9月20日周日 14:00–16:00" in text_of(zh)
    assert "Sat, Sep 19 03:00–05:00" in text_of(en) and "Sun, Sep 20 08:00–10:00" in text_of(en)
    async with db.sessions() as s:
        dues = sorted(r.due_at for r in await s.scalars(select(Reminder).where(Reminder.user_id == 1)))
    assert dues == [d(19, 20).astimezone(timezone.utc), d(20, 13).astimezone(timezone.utc)]
    clock.set(d(18, 20))
    await sweep(db, clock)
    assert await outbox(db, kind="reminder") == []  # the old evening reminder is gone
    assert (await sweep(db, clock)).change_notices == 0  # told once


async def test_a_sent_reminder_is_rearmed_when_the_event_moves_a_week(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    clock.set(d(18, 20))
    await sweep(db, clock)
    await add_events(db, rec("ai", "人工智能开放日", d(26, 9)))
    clock.set(d(18, 21))
    await sweep(db, clock)
    clock.set(d(25, 20))
    await sweep(db, clock)
    assert [r.kind for r in await outbox(db)] == ["reminder", "change", "reminder"]


async def test_a_place_change_says_old_and_new(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    await add_events(db, rec("ai", "人工智能开放日", d(19, 9), address=SH_ADDR))
    await sweep(db, clock)
    (msg,) = await outbox(db, kind="change")
    assert "中国科学技术馆" in text_of(msg) and "上海科技馆" in text_of(msg)
    async with db.sessions() as s:
        assert {r.status for r in await s.scalars(select(Reminder))} == {"pending"}


async def test_a_cancellation_reaches_every_subscriber_and_cancels_reminders(world):
    db, ids = world
    clock = ManualClock(d(16, 23))  # in quiet hours, but the event is before they end? no: next day 09:00
    for user in (1, 2):
        await subscribe(db, user, ids["robot"], clock)
    await add_events(db, rec("robot", "机器人工作坊", d(19, 9), status="cancelled"))
    await sweep(db, clock)
    rows = await outbox(db, kind="cancel")
    assert sorted(r.chat_id for r in rows) == [1, 2]
    zh = next(r for r in rows if r.chat_id == 1)
    assert "取消" in text_of(zh) and "机器人工作坊" in text_of(zh)
    assert zh.due_at == d(17, 8).astimezone(timezone.utc)  # not in the middle of the night
    en = next(r for r in rows if r.chat_id == 2)
    assert en.due_at == clock()  # 17:00 in Berlin: not quiet there
    clock.set(d(18, 20))
    await sweep(db, clock)
    assert await outbox(db, kind="reminder") == []
    async with db.sessions() as s:
        assert {r.status for r in await s.scalars(select(Reminder))} == {"cancelled"}


async def test_a_change_in_quiet_hours_waits_for_their_end(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    clock.set(d(16, 23))  # the event is days away: nothing urgent wakes anyone at night
    await add_events(db, rec("ai", "人工智能开放日", d(19, 9), address=SH_ADDR))
    await sweep(db, clock)
    (msg,) = await outbox(db, kind="change")
    assert msg.due_at == d(17, 8).astimezone(timezone.utc)


async def test_a_change_just_before_the_start_is_not_held_by_quiet_hours(world):
    db, ids = world
    clock = ManualClock(d(19, 6))
    await subscribe(db, 1, ids["early"], clock)  # 07:30, quiet hours end at 08:00
    await add_events(db, rec("early", "清晨观鸟", d(19, 7, 30), address=SH_ADDR))
    await sweep(db, clock)
    (msg,) = await outbox(db, kind="change")
    assert msg.due_at == clock()


async def test_a_change_in_the_minute_a_reminder_is_due_does_not_lose_it(world):
    db, ids = world
    clock = ManualClock(d(16, 10))
    await subscribe(db, 1, ids["ai"], clock)
    await subscribe(db, 1, ids["robot"], clock)
    clock.set(d(18, 20, 0, ))
    # Both events change before the sweep that would send their evening reminders: one moves to
    # another place, the other ten minutes later (its evening reminder is still due at 20:00).
    await add_events(db, rec("ai", "人工智能开放日", d(19, 9), address=SH_ADDR),
                     rec("robot", "机器人工作坊", d(19, 9, 10)))
    clock.set(d(18, 20, 1))
    await sweep(db, clock)
    kinds = sorted(r.kind for r in await outbox(db))
    assert kinds == ["change", "change", "reminder"]
    (reminder,) = await outbox(db, kind="reminder")
    assert "人工智能开放日" in text_of(reminder) and "机器人工作坊" in text_of(reminder)
