"""Roles, organizations and invites (bot/organizers.py) and the audit log, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot import audit
from bot import organizers as orgs
from bot.organizers import Action, Actor, Forbidden, Owned, authorize

NOW = datetime(2026, 9, 16, 2, 0, tzinfo=timezone.utc)
ADMIN = Actor(1, is_admin=True)
PLAIN = Actor(2)


def test_authorize_is_a_pure_table():
    a = Actor(10, org_id=1, org_name="A")
    b = Actor(20, org_id=2, org_name="B")
    admin_org = Actor(30, is_admin=True, org_id=1)
    mine, theirs, nobodys = Owned(1, 5), Owned(2, 6), Owned(None, 7)
    assert orgs.allowed(a, Action.EDIT, mine) and not orgs.allowed(a, Action.EDIT, theirs)
    assert not orgs.allowed(a, Action.EDIT, nobodys) and orgs.allowed(ADMIN, Action.EDIT, nobodys)
    assert orgs.allowed(ADMIN, Action.CANCEL, theirs) and not orgs.allowed(ADMIN, Action.DUPLICATE, theirs)
    assert orgs.allowed(admin_org, Action.DUPLICATE, mine) and not orgs.allowed(admin_org, Action.DUPLICATE, theirs)
    assert not orgs.allowed(b, Action.BROADCAST_EVENT, mine) and orgs.allowed(b, Action.BROADCAST_EVENT, theirs)
    assert not orgs.allowed(a, Action.EDIT, None)  # nothing to act on is never allowed
    for action in orgs.ADMIN_ONLY:
        assert orgs.allowed(ADMIN, action) and not orgs.allowed(a, action) and not orgs.allowed(PLAIN, action)
    for action in orgs.ORGANIZER_ONLY:
        assert orgs.allowed(a, action) and not orgs.allowed(PLAIN, action) and not orgs.allowed(ADMIN, action)
    with pytest.raises(Forbidden) as info:
        authorize(b, Action.CANCEL, mine)
    assert info.value.reason == "other_org"
    every = orgs.ADMIN_ONLY | orgs.ORGANIZER_ONLY | orgs.OWN_ORG | orgs.OWN_ORG_OR_ADMIN
    assert every == set(Action)  # every action has a rule


async def test_grant_move_revoke_and_audit(db):
    async with db.sessions() as s:
        with pytest.raises(Forbidden):
            await orgs.grant(s, PLAIN, 5, "中国科技馆", now=NOW)
        res = await orgs.grant(s, ADMIN, 5, "  中国科技馆 ", now=NOW)
        assert res.org.name == "中国科技馆" and not res.already and res.previous_org is None
        again = await orgs.grant(s, ADMIN, 5, "中国科技馆", now=NOW)
        assert again.already
        assert await orgs.grant(s, ADMIN, 5, "x", now=NOW) is None  # too short to be a name
        actor = await orgs.load_actor(s, 5, [1])
        assert actor.org_name == "中国科技馆" and actor.role == "organizer"
        moved = await orgs.grant(s, ADMIN, 5, "上海科技馆", now=NOW)
        assert moved.previous_org == "中国科技馆"
        assert (await orgs.load_actor(s, 5, [1])).org_name == "上海科技馆"
        assert await orgs.revoke(s, ADMIN, 5, now=NOW) == "上海科技馆"
        assert (await orgs.load_actor(s, 5, [1])).role == "user"
        assert await orgs.revoke(s, ADMIN, 5, now=NOW) is None
        views = await orgs.list_orgs(s, ADMIN, now=NOW)
        assert [v.name for v in views] == ["中国科技馆", "上海科技馆"]
        entries = await audit.recent(s, limit=20)
        assert entries[-1].action == "grant" and not entries[-1].ok and entries[-1].actor_id == 2
        assert [e.action for e in entries if e.ok][:2] == ["list_orgs", "revoke"]
        await s.commit()


async def test_invites_are_one_time_and_expire(db):
    async with db.sessions() as s:
        invite = await orgs.create_invite(s, ADMIN, "南京科技馆", now=NOW, ttl=timedelta(hours=1))
        assert invite.payload.startswith("org_") and len(invite.payload) <= 64
        assert (await orgs.redeem_invite(s, 7, invite.token, now=NOW)).status == "ok"
        assert (await orgs.load_actor(s, 7, [])).org_name == "南京科技馆"
        assert (await orgs.redeem_invite(s, 7, invite.token, now=NOW)).status == "already"  # the same user again
        assert (await orgs.redeem_invite(s, 8, invite.token, now=NOW)).status == "used"  # a replay by someone else
        assert (await orgs.load_actor(s, 8, [])).role == "user"
        await orgs.revoke(s, ADMIN, 7, now=NOW)
        assert (await orgs.redeem_invite(s, 7, invite.token, now=NOW)).status == "used"  # revoked stays revoked

        late = await orgs.create_invite(s, ADMIN, "南京科技馆", now=NOW, ttl=timedelta(hours=1))
        assert (await orgs.redeem_invite(s, 9, late.token, now=NOW + timedelta(hours=2))).status == "expired"
        assert (await orgs.redeem_invite(s, 9, "A" * 24, now=NOW)).status == "unknown"
        assert (await orgs.redeem_invite(s, 9, "bad token!", now=NOW)).status == "unknown"
        assert (await orgs.load_actor(s, 9, [])).role == "user"
        with pytest.raises(Forbidden):
            await orgs.create_invite(s, Actor(7), "X org", now=NOW, ttl=timedelta(hours=1))
        refused = [e for e in await audit.recent(s, limit=50) if e.action == "invite_redeem" and not e.ok]
        assert {e.detail["why"] for e in refused} == {"used", "expired", "unknown"}
        await s.commit()
