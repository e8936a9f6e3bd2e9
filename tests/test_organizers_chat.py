"""Organizers and admins in chat, through the conversation core: the new-event dialog (and its restart),
edits, cancellation with a reason, duplicates, /myevents, files, moderation, invites."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot import subscriptions
from bot.organizers import load_actor
from bot.publishing import Env
from bot.store.models import Event, EventOwner, PublishDraft, Submission
from handlers.conversation import Conversation
from handlers.flood import FloodGuard
from bot.services import Services
from tests.test_organizers_support import ADMIN, NOW, World, button, make_world, org_template  # noqa: F401

ORG = 501


@pytest.fixture
async def world(org_template, tmp_path):
    w = await make_world(org_template, tmp_path)
    yield w
    await w.db.close()


@pytest.fixture
async def open_world(org_template, tmp_path):
    """Moderation off: organizers publish at once."""
    w = await make_world(org_template, tmp_path, moderation_required=False)
    yield w
    await w.db.close()


async def make_organizer(w: World, user_id: int = ORG, org: str = "中国科技馆"):
    await w.chat(ADMIN).command("grant", f"{user_id} {org}")
    return w.chat(user_id, "zh")


async def publish(c, title="AI 科普讲座", when="9月20日 14:00-16:00", place="中国科技馆，北京市朝阳区北辰东路5号"):
    await c.command("newevent")
    await c.text(title)
    await c.text(when)
    await c.press("v1:od:ok")
    await c.text(place)
    for _ in range(5):  # topics, audience, online, registration, description: all skipped
        await c.press("v1:od:nx")
    return await c.press("v1:od:pub")


def event_id_of(replies) -> int:
    return int(button(replies, data_prefix="v1:oe:").split(":")[3])


async def subscribe(w: World, user_id: int, event_id: int) -> None:
    env = Env(w.settings, w.services.gazetteer, w.clock())
    async with w.db.sessions() as s:
        r = await subscriptions.subscribe(s, user_id, event_id, w.clock(), env.rules)
        assert r.status == "subscribed"
        await s.commit()


async def test_the_dialog_publishes_an_event_that_search_finds(open_world):
    w = open_world
    org = await make_organizer(w)
    first = await org.command("newevent")
    assert "第 1 步" in first[0].text or "step 1" in first[0].text
    await org.text("x")  # too short: asked again, nothing moves
    assert "太短" in org.texts() or "too short" in org.texts()
    await org.text("机器人之夜")
    r = await org.text("明天下午2点到4点")
    assert "9月17日" in r[0].text and "14:00–16:00" in r[0].text  # read back for confirmation
    await org.press("v1:od:re")  # "no, again"
    await org.text("下周六下午2点到4点")
    await org.press("v1:od:ok")
    await org.text("我家楼下")  # no city: refused with a hint
    assert "城市" in org.texts()
    await org.text("北京 中国科技馆")
    await org.press(button(org.last, "机器人"))
    await org.press(button(org.last, "天文"))
    await org.press("v1:od:nx")
    await org.press(button(org.last, "青少年"))
    await org.press("v1:od:nx")
    await org.text("不是链接")
    await org.text("https://live.example.org/robots")
    await org.press("v1:od:nx")
    preview = await org.text("带孩子来看机器人 <和> 星星")
    assert "机器人之夜" in preview[0].text and "&lt;和&gt;" in preview[0].text and "中国科技馆" in preview[0].text
    done = await org.press("v1:od:pub")
    event_id = event_id_of(done)
    async with w.db.sessions() as s:
        row = await s.get(Event, event_id)
        assert row.organizer == "中国科技馆" and row.online and row.province_code == "110000"
        assert set(row.topics.split()) == {"robotics", "astronomy"} and row.audiences == "children"
        assert (await s.get(EventOwner, event_id)).org_id is not None
        assert await s.get(PublishDraft, ORG) is None
    found = await w.chat(777, "zh").text("北京 机器人")
    assert "机器人之夜" in found[0].text


async def test_the_dialog_survives_a_restart_and_can_be_abandoned(open_world):
    w = open_world
    org = await make_organizer(w)
    await org.command("newevent")
    await org.text("量子科技开放日")
    await org.text("9月25日 9:00-17:00")
    # The bot restarts: a new conversation and services over the same database.
    org.world = World(w.db, w.settings, Services(w.db, w.settings, clock=w.clock),
                      Conversation(Services(w.db, w.settings, clock=w.clock), w.settings, bot_username="kepu_test_bot",
                                   flood=FloodGuard(1000, 1000)), w.clock)
    r = await org.press("v1:od:ok")
    assert "第 3 步" in r[0].text or "step 3" in r[0].text
    await org.command("myevents")  # a command in between ends the question, not the draft
    r = await org.command("newevent")
    assert "量子科技开放日" in r[0].text
    r = await org.press("v1:od:go")
    assert "step 3" in r[0].text or "第 3 步" in r[0].text
    await org.location(31.22, 121.54)  # a shared location answers "where"
    r = await org.press("v1:od:ab")
    async with w.db.sessions() as s:
        assert await s.get(PublishDraft, ORG) is None
    assert (await org.text("量子")) and "第" not in org.texts()[:5]  # back to searching


@pytest.mark.parametrize("step", range(9))
async def test_abandon_at_any_step(open_world, step):
    w = open_world
    org = await make_organizer(w)
    await org.command("newevent")
    script = [("text", "标题标题"), ("text", "9月25日 9:00"), ("press", "v1:od:ok"), ("text", "上海 上海科技馆"),
              ("press", "v1:od:nx"), ("press", "v1:od:nx"), ("press", "v1:od:nx"), ("press", "v1:od:nx"),
              ("press", "v1:od:nx")]
    for kind, arg in script[:step]:
        await (org.text(arg) if kind == "text" else org.press(arg))
    if step % 2:
        await org.command("cancel")
    else:
        await org.press("v1:od:ab")
    async with w.db.sessions() as s:
        assert await s.get(PublishDraft, ORG) is None
        assert not list(await s.scalars(select(EventOwner)))


async def test_edit_cancel_duplicate_and_myevents_with_subscriber_counts(open_world):
    w = open_world
    org = await make_organizer(w)
    event_id = event_id_of(await publish(org))
    for user in (601, 602, 603):
        await subscribe(w, user, event_id)
    page = await org.command("myevents")
    assert "👥 3" in page[0].text and "AI 科普讲座" in page[0].text

    await org.press(f"v1:oe:f:{event_id}:title")
    await org.text("AI 科普讲座（加场）")
    await org.press(f"v1:oe:f:{event_id}:when")
    r = await org.text("9月21日 15:00-17:00")
    assert "9月21日" in r[0].text
    r = await org.press(f"v1:oe:s:{event_id}:when")
    assert "15:00–17:00" in r[0].text
    await org.press(f"v1:oe:f:{event_id}:topics")
    await org.press(button(org.last, "人工智能"))
    await org.press(f"v1:oe:s:{event_id}:topics")
    async with w.db.sessions() as s:
        ev = await s.get(Event, event_id)
        assert ev.title == "AI 科普讲座（加场）" and "ai" in ev.topics.split()
    changes = await w.outbox(kind="change")
    assert {o.chat_id for o in changes} == {601, 602, 603}  # told about the new time, once each

    await org.press(f"v1:oe:c:{event_id}")
    await org.text("场馆临时维修")
    r = await org.press(f"v1:oe:cy:{event_id}")
    assert "3" in r[0].text
    cancels = await w.outbox(kind="cancel")
    assert {o.chat_id for o in cancels} == {601, 602, 603}
    async with w.db.sessions() as s:
        ev = await s.get(Event, event_id)
        assert ev.status == "cancelled" and "场馆临时维修" in ev.description
    r = await org.press(f"v1:oe:cy:{event_id}")  # pressed again: nothing more happens
    assert len(await w.outbox(kind="cancel")) == 3

    await org.press(f"v1:oe:d:{event_id}")
    await org.text("9月28日")
    await org.press("v1:od:ok")
    copy = event_id_of(await org.press("v1:od:pub"))
    async with w.db.sessions() as s:
        ev = await s.get(Event, copy)
        assert ev.status == "scheduled" and ev.title == "AI 科普讲座（加场）" and "维修" not in ev.description
        assert ev.starts_at.astimezone(NOW.tzinfo).strftime("%m-%d %H:%M") == "09-28 15:00"


async def test_files_publish_update_and_cancel_by_uid(open_world):
    w = open_world
    org = await make_organizer(w)
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
           "BEGIN:VEVENT\r\nUID:star-1\r\nSUMMARY:观星之夜\r\nDTSTART:20260925T120000Z\r\nDTEND:20260925T140000Z\r\n"
           "LOCATION:北京天文馆\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:star-2\r\nSUMMARY:月球讲座\r\nDTSTART:20260926T020000Z\r\nLOCATION:北京天文馆\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:没有时间\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n")
    r = await org.document("events.ics", ics.encode())
    assert "新增 2" in r[0].text and "拒收 1" in r[0].text and "no DTSTART" in r[0].text
    async with w.db.sessions() as s:
        star = await s.scalar(select(Event).where(Event.uid.like("%/star-1")))
        assert star.organizer == "中国科技馆"
    await subscribe(w, 611, star.id)
    changed = ics.replace("SUMMARY:观星之夜", "SUMMARY:观星之夜\r\nSTATUS:CANCELLED")
    r = await org.document("events.ics", changed.encode())
    assert "取消 1" in r[0].text and "未变 1" in r[0].text
    async with w.db.sessions() as s:
        assert (await s.get(Event, star.id)).status == "cancelled"
    assert [o.chat_id for o in await w.outbox(kind="cancel")] == [611]

    csv = "uid,title,start,city\nstar-2,月球讲座（改期）,2026-09-27 10:00,北京\n"
    r = await org.document("more.csv", csv.encode())
    async with w.db.sessions() as s:
        moved = await s.scalar(select(Event).where(Event.uid.like("%/star-2")))
        assert moved.title == "月球讲座（改期）"

    other = await make_organizer(w, 502, "上海科技馆")  # the same uid in another organization's file
    r = await other.document("x.csv", "uid,title,start,city\nstar-2,抢注,2026-09-27 10:00,上海\n".encode())
    assert "新增 1" in r[0].text  # their own event, under their own namespace
    async with w.db.sessions() as s:
        assert (await s.scalar(select(Event).where(Event.uid == moved.uid))).title == "月球讲座（改期）"
        assert len(list(await s.scalars(select(Event).where(Event.uid.like("%/star-2"))))) == 2

    r = await org.document("photo.png", b"\x89PNG....")
    assert ".ics" in r[0].text
    r = await org.document("notes.txt", b"hello world")
    assert "notes.txt" in r[0].text and "⚠️" in r[0].text
    plain = w.chat(700, "zh")
    r = await plain.document("events.ics", ics.encode())  # a plain user's file is not read
    assert "文字" in r[0].text or "text" in r[0].text


async def test_moderation_holds_new_events_until_an_admin_decides(world):
    w = world
    org = await make_organizer(w)
    admin = w.chat(ADMIN)
    r = await publish(org)
    assert "审核" in r[0].text or "review" in r[0].text
    async with w.db.sessions() as s:
        assert not list(await s.scalars(select(EventOwner)))  # nothing searchable yet
    assert [o.chat_id for o in await w.outbox(kind="moderation")] == [ADMIN]
    queue = await admin.command("queue")
    assert "AI 科普讲座" in queue[0].text
    r = await admin.press(button(queue, data_prefix="v1:mq:a:"))
    r2 = await admin.press(button(queue, data_prefix="v1:mq:a:"))  # a second press decides nothing more
    assert "已" in (r2[0].toast or "") or "Already" in (r2[0].toast or "")
    notices = [json.loads(o.payload)["text"] for o in await w.outbox(kind="moderation") if o.chat_id == ORG]
    assert len(notices) == 1 and "AI 科普讲座" in notices[0]
    async with w.db.sessions() as s:
        assert len(list(await s.scalars(select(EventOwner)))) == 1

    await publish(org, title="第二场")
    sub_id = int(button(await admin.command("queue"), data_prefix="v1:mq:r:").split(":")[3])
    await admin.press(f"v1:mq:r:{sub_id}")
    await admin.text("信息不完整")
    async with w.db.sessions() as s:
        assert (await s.get(Submission, sub_id)).status == "rejected"
    rejected = [json.loads(o.payload)["text"] for o in await w.outbox(kind="moderation") if o.chat_id == ORG][-1]
    assert "信息不完整" in rejected
    assert "没有" in (await admin.command("queue"))[0].text or "Nothing" in admin.texts()

    # After MODERATION_TRUST_AFTER approvals the organization publishes directly.
    for i in range(2):
        await publish(org, title=f"第{i + 3}场")
        await admin.press(button(await admin.command("queue"), data_prefix="v1:mq:a:"))
    r = await publish(org, title="第五场")
    assert event_id_of(r)


async def test_invites_make_organizers_once(world):
    w = world
    admin = w.chat(ADMIN)
    r = await admin.command("invite", "南京科技馆")
    payload = r[0].text.split("start=")[1].split("<")[0]
    guest = w.chat(801, "zh")
    r = await guest.command("start", payload)
    assert "南京科技馆" in r[0].text
    r = await w.chat(802, "zh").command("start", payload)  # replayed by someone else
    assert "已经被使用" in r[0].text or "already been used" in r[0].text
    async with w.db.sessions() as s:
        assert (await load_actor(s, 802, [])).role == "user"
        assert (await load_actor(s, 801, [])).org_name == "南京科技馆"
    w.advance(hours=w.settings.invite_ttl_hours + 1)
    r = await admin.command("invite", "南京科技馆")
    late = r[0].text.split("start=")[1].split("<")[0]
    w.advance(hours=w.settings.invite_ttl_hours + 1)
    r = await w.chat(803, "zh").command("start", late)
    assert "过期" in r[0].text or "expired" in r[0].text
    await admin.command("revoke", "801")
    async with w.db.sessions() as s:
        assert (await load_actor(s, 801, [])).role == "user"


async def test_cancel_discards_an_announcement_being_written(open_world):
    from bot.store.models import Broadcast

    w = open_world
    org = await make_organizer(w)
    event_id = event_id_of(await publish(org))
    await subscribe(w, 621, event_id)
    r = await org.press(f"v1:oe:b:{event_id}")
    assert "1 位订阅者" in r[0].text
    await org.command("cancel")
    async with w.db.sessions() as s:
        (b,) = list(await s.scalars(select(Broadcast)))
        assert b.status == "dropped"
    r = await org.text("不会被发出去")
    assert not await w.outbox(kind="broadcast")


async def test_forget_takes_the_organizer_role_and_draft_but_not_the_events(open_world):
    from bot import subscriptions as subs_mod
    from bot.store.models import Organizer

    w = open_world
    org = await make_organizer(w)
    event_id = event_id_of(await publish(org))
    await org.command("newevent")
    await org.text("没写完的活动")
    async with w.db.sessions() as s:
        await subs_mod.forget(s, ORG)
        await s.commit()
    async with w.db.sessions() as s:
        assert await s.get(Organizer, ORG) is None and await s.get(PublishDraft, ORG) is None
        owner = await s.get(EventOwner, event_id)
        assert owner is not None and owner.created_by is None and (await s.get(Event, event_id)) is not None
