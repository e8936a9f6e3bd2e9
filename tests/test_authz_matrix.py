"""The authorization matrix, end to end: a plain user, an organizer, an organizer of another organization
and an admin try every organizer and admin action through the conversation — by commands, by the
buttons they were shown, and by callback data they forge — and only the allowed ones change anything.

Each case runs on its own copy of one prepared database: organization A (organizer A) with an event,
subscribers, followers, a broadcast draft and one being sent, and a submission waiting for review;
organization B (organizer B) with its own event; an event nobody owns (a sample); an invite already
used. Refusals are written to the audit log; ids that do not exist are "expired" for everyone.
"""
from __future__ import annotations

import asyncio
import shutil
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot import audit, broadcasts as bc, event_fields as fields, moderation, organizers as orgs, publishing as pub, subscriptions
from bot.importer.records import EventRecord
from bot.store.models import (Broadcast, Event, OrgInvite, Organization, Organizer, Outbox, PublishDraft, Submission)
from tests.test_organizers_support import ADMIN, NOW, make_world, org_template  # noqa: F401

PLAIN, A, B = 301, 302, 303
ROLES = {"plain user": PLAIN, "organizer": A, "other organizer": B, "admin": ADMIN}
ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:m-1\r\nSUMMARY:矩阵测试\r\n"
       "DTSTART:20260925T120000Z\r\nLOCATION:北京天文馆\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


async def _prepare(path) -> dict:
    from tests.test_organizers_support import World, Clock
    from bot.config import Settings
    from bot.services import Services
    from bot.store.db import open_database
    from handlers.conversation import Conversation
    from handlers.flood import FloodGuard

    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{path}", admin_ids=[ADMIN],
                        moderation_required=False)
    db = await open_database(settings.db_url)
    clock = Clock(NOW)
    services = Services(db, settings, clock=clock)
    w = World(db, settings, services, Conversation(services, settings, bot_username="kepu_test_bot",
                                                   flood=FloodGuard(10_000, 10_000)), clock)
    admin = w.chat(ADMIN)
    await admin.command("grant", f"{A} 中国科技馆")
    await admin.command("grant", f"{B} 上海科技馆")
    env = pub.Env(settings, services.gazetteer, clock())
    ids: dict = {}
    async with db.sessions() as s:
        actor_a = await orgs.load_actor(s, A, [ADMIN])
        actor_b = await orgs.load_actor(s, B, [ADMIN])
        ids["org_a"], ids["org_b"] = actor_a.org_id, actor_b.org_id

        def record(uid, title, org):
            start = NOW + timedelta(days=4)
            return EventRecord(uid=pub.org_uid(org, uid), title=title, starts_at=start, ends_at=start + timedelta(hours=2),
                               venue="中国科技馆", address="北京市朝阳区北辰东路5号", organizer="x")
        ids["ea"] = (await pub.store_records(s, actor_a.org_id, A, [record("a", "A 的活动", actor_a.org_id)], env)).event_ids[0]
        ids["eb"] = (await pub.store_records(s, actor_b.org_id, B, [record("b", "B 的活动", actor_b.org_id)], env)).event_ids[0]
        ids["e0"] = await s.scalar(select(Event.id).where(Event.source == "sample", Event.ends_at > NOW).limit(1))
        for user in (401, 402, 403):
            assert (await subscriptions.subscribe(s, user, ids["ea"], NOW, env.rules)).status == "subscribed"
            await subscriptions.follow(s, user, "organizer", "中国科技馆", "中国科技馆")
        draft = await bc.create(s, actor_a, "event", env, event_id=ids["ea"])
        await bc.set_text(s, actor_a, draft.id, "草稿通知", env)
        ids["bc_draft"] = draft.id
        live = await bc.create(s, actor_a, "org", env)
        await bc.set_text(s, actor_a, live.id, "正在发送", env)
        await bc.confirm(s, actor_a, live.id, env)
        ids["bc_live"] = live.id
        sub = await moderation.submit(s, actor_a, "event", [record("held", "待审活动", actor_a.org_id)], "待审活动", env)
        ids["sub"] = sub.id
        invite = await orgs.create_invite(s, orgs.Actor(ADMIN, True), "南京科技馆", now=NOW, ttl=timedelta(hours=1))
        await orgs.redeem_invite(s, 499, invite.token, now=NOW)
        ids["used_invite"] = invite.payload
        late = await orgs.create_invite(s, orgs.Actor(ADMIN, True), "南京科技馆", now=NOW - timedelta(hours=2),
                                        ttl=timedelta(hours=1))
        ids["expired_invite"] = late.payload
        await s.commit()
    await db.close()
    return ids


@pytest.fixture(scope="module")
def matrix_db(org_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("matrix") / "matrix.db"
    shutil.copy(org_template, path)
    return path, asyncio.run(_prepare(path))


async def _count(w, model, *where) -> int:
    async with w.db.sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def _get(w, model, key):
    async with w.db.sessions() as s:
        return await s.get(model, key)


# ---------------------------------------------------------------- the actions: do it, then: did it happen?

async def new_event(w, c, ids):
    await c.command("newevent")
    await c.text("越权测试")
    return await _get(w, PublishDraft, c.user_id) is not None


async def my_events(w, c, ids):
    r = await c.command("myevents")
    return "即将举行的活动" in r[0].text


async def send_file(w, c, ids):
    await c.document("m.ics", ICS)
    return await _count(w, Event, Event.title == "矩阵测试") == 1


async def manage_card(w, c, ids):
    r = await c.press(f"v1:oe:m:{ids['ea']}")
    return any(b.callback_data == f"v1:oe:e:{ids['ea']}" for row in r[0].buttons for b in row) if r[0].buttons else False


async def edit_title(w, c, ids):
    await c.press(f"v1:oe:f:{ids['ea']}:title")
    await c.text("被改掉的标题")
    return (await _get(w, Event, ids["ea"])).title == "被改掉的标题"


async def edit_topics_forged(w, c, ids):
    await c.press(f"v1:oe:f:{ids['ea']}:topics")
    await c.press(f"v1:oe:t:{ids['ea']}:0")
    await c.press(f"v1:oe:s:{ids['ea']}:topics")
    return "ai" in (await _get(w, Event, ids["ea"])).topics.split()


async def clear_link_forged(w, c, ids):
    async with w.db.sessions() as s:
        (await s.get(Event, ids["ea"])).url = "https://example.org/keep"
        await s.commit()
    await c.press(f"v1:oe:x:{ids['ea']}:register")
    return (await _get(w, Event, ids["ea"])).url is None


async def cancel_event(w, c, ids):
    await c.press(f"v1:oe:c:{ids['ea']}")
    await c.text("越权取消")
    await c.press(f"v1:oe:cy:{ids['ea']}")
    return (await _get(w, Event, ids["ea"])).status == "cancelled"


async def duplicate_event(w, c, ids):
    await c.press(f"v1:oe:d:{ids['ea']}")
    draft = await _get(w, PublishDraft, c.user_id)
    return draft is not None and draft.source_event_id == ids["ea"]


async def broadcast_event(w, c, ids):
    await c.press(f"v1:oe:b:{ids['ea']}")
    await c.text("给订阅者的通知")
    async with w.db.sessions() as s:
        mine = await s.scalar(select(Broadcast.id).where(Broadcast.author_id == c.user_id, Broadcast.text == "给订阅者的通知"))
    if mine is None:
        return False
    await c.press(f"v1:bc:go:{mine}")
    return await _count(w, Outbox, Outbox.kind == "broadcast", Outbox.dedupe_key.like(f"bc:{mine}:%")) == 3


async def broadcast_followers(w, c, ids):
    await c.command("broadcast")
    await c.text("给关注者的通知")
    async with w.db.sessions() as s:
        mine = await s.scalar(select(Broadcast.id).where(Broadcast.author_id == c.user_id))
    return mine is not None


async def confirm_others_broadcast(w, c, ids):
    await c.press(f"v1:bc:go:{ids['bc_draft']}")
    return (await _get(w, Broadcast, ids["bc_draft"])).status == "sending"


async def rewrite_others_broadcast(w, c, ids):
    await c.press(f"v1:bc:rw:{ids['bc_draft']}")
    await c.text("篡改的通知")
    return (await _get(w, Broadcast, ids["bc_draft"])).text == "篡改的通知"


async def stop_broadcast(w, c, ids):
    await c.press(f"v1:bc:st:{ids['bc_live']}")
    return (await _get(w, Broadcast, ids["bc_live"])).status == "stopped"


async def broadcast_progress(w, c, ids):
    r = await c.press(f"v1:bc:rf:{ids['bc_live']}")
    return any("#" + str(ids["bc_live"]) in (x.text or "") for x in r)


async def edit_unowned_event(w, c, ids):
    await c.press(f"v1:oe:f:{ids['e0']}:title")
    await c.text("样例被改")
    return (await _get(w, Event, ids["e0"])).title == "样例被改"


async def grant(w, c, ids):
    await c.command("grant", "777 新机构")
    return await _get(w, Organizer, 777) is not None


async def revoke(w, c, ids):
    await c.command("revoke", str(B))
    return await _get(w, Organizer, B) is None


async def invite(w, c, ids):
    before = await _count(w, OrgInvite)
    await c.command("invite", "新机构")
    return await _count(w, OrgInvite) == before + 1


async def list_orgs(w, c, ids):
    r = await c.command("orgs")
    return "中国科技馆" in r[0].text


async def trust(w, c, ids):
    await c.command("trust", str(ids["org_a"]))
    return (await _get(w, Organization, ids["org_a"])).trusted


async def queue(w, c, ids):
    r = await c.command("queue")
    return "待审活动" in r[0].text


async def approve(w, c, ids):
    await c.press(f"v1:mq:a:{ids['sub']}")
    return (await _get(w, Submission, ids["sub"])).status == "approved"


async def reject(w, c, ids):
    await c.press(f"v1:mq:r:{ids['sub']}")
    await c.text("越权拒绝")
    return (await _get(w, Submission, ids["sub"])).status == "rejected"


async def view_submission(w, c, ids):
    r = await c.press(f"v1:mq:v:{ids['sub']}")
    return "待审活动" in (r[0].text or "")


async def broadcast_all(w, c, ids):
    await c.command("broadcast_all")
    await c.text("全体通知")
    async with w.db.sessions() as s:
        mine = await s.scalar(select(Broadcast.id).where(Broadcast.scope == "all"))
    if mine is None:
        return False
    await c.press(f"v1:bc:go:{mine}")
    once = await _count(w, Outbox, Outbox.kind == "broadcast", Outbox.dedupe_key.like(f"bc:{mine}:%"))
    assert once == 0  # the first confirmation only asks again
    await c.press(f"v1:bc:go:{mine}")
    return await _count(w, Outbox, Outbox.kind == "broadcast", Outbox.dedupe_key.like(f"bc:{mine}:%")) > 0


async def read_audit(w, c, ids):
    r = await c.command("audit")
    return "操作日志" in r[0].text


async def audit_page_forged(w, c, ids):
    r = await c.press("v1:au:1000000:0")
    return "操作日志" in (r[0].text or "")


async def replay_used_invite(w, c, ids):
    await c.command("start", ids["used_invite"])
    return (await _get(w, Organizer, c.user_id)) is not None and \
        (await _get(w, Organizer, c.user_id)).org_id not in (ids["org_a"], ids["org_b"])


async def expired_invite(w, c, ids):
    await c.command("start", ids["expired_invite"])
    return (await _get(w, Organizer, c.user_id)) is not None and \
        (await _get(w, Organizer, c.user_id)).org_id not in (ids["org_a"], ids["org_b"])


async def publish_others_draft(w, c, ids):
    async with w.db.sessions() as s:  # organizer A has a finished draft waiting for "publish"
        when = fields.parse_when("9月25日 10:00", NOW, "Asia/Shanghai")
        data = {"title": "A 的草稿", "when": when.to_json(), "place": fields.Place(venue="中国科技馆", address="北京").to_json(),
                "given": list(pub.FIELDS)}
        await pub.save_draft(s, pub.Draft(A, ids["org_a"], "preview", data), NOW)
        await s.commit()
    await c.press("v1:od:pub")
    return await _count(w, Event, Event.title == "A 的草稿") == 1


async def nonexistent_event(w, c, ids):
    await c.press("v1:oe:e:999999")
    await c.press("v1:oe:c:999999")
    return await _count(w, PublishDraft) > 0


async def malformed_data(w, c, ids):
    for data in (f"v1:oe:e:{ids['ea']}:x:y", f"v1:oe:m:-{ids['ea']}", "v1:oe:f:abc:title", "v1:bc:go:0",
                 f"v1:mq:a:{ids['sub']}:1", "v1:od:tp:999", "v2:oe:e:1", "v1:oe", f"v1:oe:f:{ids['ea']}:status"):
        r = await c.press(data)
        assert r and r[0].toast, data
    return False


EVERYONE = set(ROLES)
ORGANIZERS = {"organizer", "other organizer"}
OWNER_OR_ADMIN = {"organizer", "admin"}
ADMIN_ONLY = {"admin"}
OWNER = {"organizer"}

MATRIX = [
    (new_event, ORGANIZERS), (my_events, ORGANIZERS), (send_file, ORGANIZERS), (broadcast_followers, ORGANIZERS),
    (manage_card, OWNER_OR_ADMIN), (edit_title, OWNER_OR_ADMIN), (edit_topics_forged, OWNER_OR_ADMIN),
    (clear_link_forged, OWNER_OR_ADMIN), (cancel_event, OWNER_OR_ADMIN),
    (duplicate_event, OWNER), (broadcast_event, OWNER),
    (confirm_others_broadcast, OWNER_OR_ADMIN), (rewrite_others_broadcast, OWNER_OR_ADMIN),
    (stop_broadcast, OWNER_OR_ADMIN), (broadcast_progress, OWNER_OR_ADMIN),
    (edit_unowned_event, ADMIN_ONLY),
    (grant, ADMIN_ONLY), (revoke, ADMIN_ONLY), (invite, ADMIN_ONLY), (list_orgs, ADMIN_ONLY), (trust, ADMIN_ONLY),
    (queue, ADMIN_ONLY), (approve, ADMIN_ONLY), (reject, ADMIN_ONLY), (view_submission, ADMIN_ONLY),
    (broadcast_all, ADMIN_ONLY), (read_audit, ADMIN_ONLY), (audit_page_forged, ADMIN_ONLY),
    (replay_used_invite, set()), (expired_invite, set()), (publish_others_draft, OWNER),
    (nonexistent_event, set()), (malformed_data, set()),
]
# A file from someone who is not an organizer is just a file (answered like a sticker), not an attempt.
NOT_LOGGED = {replay_used_invite, expired_invite, nonexistent_event, malformed_data, publish_others_draft, send_file}


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("action, allowed", MATRIX, ids=[a.__name__ for a, _ in MATRIX])
async def test_only_the_allowed_succeed(matrix_db, tmp_path, role, action, allowed):
    template, ids = matrix_db
    w = await make_world(template, tmp_path, moderation_required=False)
    try:
        c = w.chat(ROLES[role], "zh")
        before = await _count(w, Outbox)
        done = await action(w, c, ids)
        assert done == (role in allowed), f"{role} {'could' if done else 'could not'} {action.__name__}"
        if role not in allowed and action not in NOT_LOGGED:
            async with w.db.sessions() as s:
                refused = [e for e in await audit.recent(s, limit=20, actor_id=ROLES[role]) if not e.ok]
            assert refused, f"the refusal of {action.__name__} to the {role} was not logged"
        if role not in allowed:
            assert await _count(w, Outbox, Outbox.kind == "broadcast") == await _count(
                w, Outbox, Outbox.kind == "broadcast", Outbox.dedupe_key.like(f"bc:{ids['bc_live']}:%"))
            assert await _count(w, Outbox) <= before + 1  # at most an admin notice; never a message to users
    finally:
        await w.db.close()


async def test_a_revoked_organizer_loses_everything_in_hand(matrix_db, tmp_path):
    template, ids = matrix_db
    w = await make_world(template, tmp_path, moderation_required=False)
    try:
        a = w.chat(A, "zh")
        await a.command("newevent")
        await a.text("撤销前的草稿")
        await a.press(f"v1:oe:f:{ids['ea']}:title")  # an edit prompt open
        await w.chat(ADMIN).command("revoke", str(A))
        await a.text("撤销后改标题")
        assert (await _get(w, Event, ids["ea"])).title == "A 的活动"
        await a.press("v1:od:pub")
        await a.press(f"v1:bc:go:{ids['bc_draft']}")
        assert (await _get(w, Broadcast, ids["bc_draft"])).status == "draft"
        assert await _get(w, PublishDraft, A) is None
        r = await a.command("myevents")
        assert "主办方" in r[0].text
    finally:
        await w.db.close()
