"""Roles, organizations, invites — and `authorize`, the one check every organizer and admin path runs.

Who is who
----------
* **Admins** are named in configuration (ADMIN_IDS); nothing in the database can make an admin.
* **Organizers** are rows in `organizers`: one user, one organization. An admin grants the role by
  command (/grant) or with a one-time invite link t.me/<bot>?start=org_<token> that expires
  (INVITE_TTL_HOURS); /revoke takes it away. A revoked organizer's draft and open prompts go with it.
* Everybody else is a plain user.

What each may do (the authorization matrix; tests/test_authz_matrix.py proves it end to end)
------------------------------------------------------------------------------------------------
| action                        | user | organizer (own org)  | organizer (other org) | admin          |
|-------------------------------|------|----------------------|-----------------------|----------------|
| publish, import, list own,    |  no  | yes                  | —                     | only if also an|
| broadcast to followers        |      |                      |                       | organizer      |
| edit, cancel an event         |  no  | yes                  | no                    | yes (any event)|
| duplicate, broadcast to event |  no  | yes                  | no                    | only own org   |
| manage (confirm/stop) a bcast |  no  | yes                  | no                    | yes            |
| grant, revoke, invite, trust, |  no  | no                   | no                    | yes            |
| moderate, list orgs, audit,   |      |                      |                       |                |
| broadcast to everybody        |      |                      |                       |                |

Events without an owner (CLI imports, samples) belong to no organization: only admins may change
them. The check runs on the server for every command, every button press and every typed answer
(`check` below), whatever the buttons showed; callback data only ever names ids, and the id's owner
is loaded from the database each time. Refusals are written to the audit log.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit
from bot.nlu import lexicon
from bot.store.models import Event, EventOwner, OrgInvite, OrgPrompt, Organization, Organizer, PublishDraft

INVITE_PREFIX = "org_"
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,48}")
MAX_ORG_NAME = 100


class Action(StrEnum):
    # organizer actions
    PUBLISH = "publish"
    IMPORT = "import"
    LIST_OWN = "list_own"
    EDIT = "edit"
    CANCEL = "cancel"
    DUPLICATE = "duplicate"
    BROADCAST_EVENT = "bcast_event"
    BROADCAST_ORG = "bcast_org"
    MANAGE_BROADCAST = "bcast_manage"
    # admin actions
    GRANT = "grant"
    REVOKE = "revoke"
    INVITE = "invite"
    TRUST = "trust"
    LIST_ORGS = "list_orgs"
    MODERATE = "moderate"
    BROADCAST_ALL = "bcast_all"
    READ_AUDIT = "read_audit"


ADMIN_ONLY = frozenset({Action.GRANT, Action.REVOKE, Action.INVITE, Action.TRUST, Action.LIST_ORGS,
                        Action.MODERATE, Action.BROADCAST_ALL, Action.READ_AUDIT})
ORGANIZER_ONLY = frozenset({Action.PUBLISH, Action.IMPORT, Action.LIST_OWN, Action.BROADCAST_ORG})
OWN_ORG = frozenset({Action.DUPLICATE, Action.BROADCAST_EVENT})  # an event of the actor's organization
OWN_ORG_OR_ADMIN = frozenset({Action.EDIT, Action.CANCEL, Action.MANAGE_BROADCAST})


@dataclass(frozen=True)
class Actor:
    user_id: int
    is_admin: bool = False
    org_id: int | None = None
    org_name: str | None = None

    @property
    def is_organizer(self) -> bool:
        return self.org_id is not None

    @property
    def role(self) -> str:
        return "admin" if self.is_admin else "organizer" if self.is_organizer else "user"


@dataclass(frozen=True)
class Owned:
    """What an action touches, as far as authorization cares: the organization that owns it
    (None = nobody's: a CLI-imported event, or an admin's broadcast to everybody)."""

    org_id: int | None
    event_id: int | None = None


class Forbidden(Exception):
    def __init__(self, action: str, reason: str):
        super().__init__(f"{action}: {reason}")
        self.action = action
        self.reason = reason  # not_admin | not_organizer | other_org | no_target


def authorize(actor: Actor, action: Action, event: Owned | None = None) -> None:
    """Raise Forbidden unless `actor` may do `action` to `event` (see the matrix in the docstring).
    Pure: the caller loads the actor and the owner from the database, every time."""
    action = Action(action)
    if action in ADMIN_ONLY:
        if not actor.is_admin:
            raise Forbidden(action, "not_admin")
        return
    if action in ORGANIZER_ONLY:
        if not actor.is_organizer:
            raise Forbidden(action, "not_organizer")
        return
    if event is None:
        raise Forbidden(action, "no_target")
    same_org = actor.is_organizer and event.org_id is not None and event.org_id == actor.org_id
    if action in OWN_ORG:
        if not same_org:
            raise Forbidden(action, "other_org" if actor.is_organizer else "not_organizer")
        return
    if action in OWN_ORG_OR_ADMIN:
        if not (same_org or actor.is_admin):
            raise Forbidden(action, "other_org" if actor.is_organizer else "not_organizer")
        return
    raise Forbidden(action, "unknown_action")  # a new Action must be placed in one of the sets above


def allowed(actor: Actor, action: Action, event: Owned | None = None) -> bool:
    try:
        authorize(actor, action, event)
        return True
    except Forbidden:
        return False


async def check(session: AsyncSession, actor: Actor, action: Action, event: Owned | None = None, *,
                now: datetime, detail: dict | None = None, target: object = None) -> None:
    """authorize, and write a refusal to the audit log before raising it."""
    try:
        authorize(actor, action, event)
    except Forbidden as exc:
        await audit.record(session, actor_id=actor.user_id, role=actor.role, action=str(action), ok=False,
                           org_id=event.org_id if event else actor.org_id, event_id=event.event_id if event else None,
                           target=target, detail={"why": exc.reason, **(detail or {})}, at=now)
        raise


async def log(session: AsyncSession, actor: Actor, action: Action | str, *, now: datetime, org_id: int | None = None,
              event_id: int | None = None, target: object = None, detail: dict | None = None) -> None:
    """Record an action that was allowed and done."""
    await audit.record(session, actor_id=actor.user_id, role=actor.role, action=str(action), ok=True,
                       org_id=org_id if org_id is not None else actor.org_id, event_id=event_id, target=target,
                       detail=detail, at=now)


# ---------------------------------------------------------------- who is acting

async def load_actor(session: AsyncSession, user_id: int, admin_ids: list[int] | tuple[int, ...] | frozenset) -> Actor:
    """The actor as the database and configuration say now (never as a button remembered it)."""
    row = (await session.execute(select(Organizer.org_id, Organization.name)
                                 .join(Organization, Organization.id == Organizer.org_id)
                                 .where(Organizer.user_id == user_id))).first()
    return Actor(user_id=user_id, is_admin=user_id in set(admin_ids), org_id=row[0] if row else None,
                 org_name=row[1] if row else None)


async def event_owner(session: AsyncSession, event_id: int) -> Owned | None:
    """Owned(org) of an existing event (org None: nobody's); None when there is no such event."""
    row = (await session.execute(select(Event.id, EventOwner.org_id).outerjoin(EventOwner, EventOwner.event_id == Event.id)
                                 .where(Event.id == event_id))).first()
    return Owned(row[1], event_id) if row else None


# ---------------------------------------------------------------- organizations

def name_key(name: str) -> str:
    return lexicon.normalize(name)[:200]


def clean_org_name(name: str) -> str | None:
    """The name as it will show on events, or None when it cannot be one."""
    name = " ".join((name or "").split())
    if not 2 <= len(name) <= MAX_ORG_NAME or not name_key(name) or any(ord(c) < 32 for c in name):
        return None
    return name


@dataclass(frozen=True)
class OrgView:
    id: int
    name: str
    trusted: bool
    approved_count: int
    organizers: tuple[int, ...] = ()
    events: int = 0


async def org_by_name(session: AsyncSession, name: str) -> Organization | None:
    return await session.scalar(select(Organization).where(Organization.name_key == name_key(name)))


async def get_or_create_org(session: AsyncSession, name: str, *, by: int | None, now: datetime) -> Organization:
    org = await org_by_name(session, name)
    if org is None:
        org = Organization(name=name, name_key=name_key(name), trusted=False, approved_count=0, created_by=by,
                           created_at=now)
        session.add(org)
        await session.flush()
    return org


async def list_orgs(session: AsyncSession, actor: Actor, *, now: datetime) -> list[OrgView]:
    await check(session, actor, Action.LIST_ORGS, now=now)
    orgs = list(await session.scalars(select(Organization).order_by(Organization.id)))
    members: dict[int, list[int]] = {}
    for user_id, org_id in await session.execute(select(Organizer.user_id, Organizer.org_id).order_by(Organizer.user_id)):
        members.setdefault(org_id, []).append(user_id)
    counts = dict((await session.execute(select(EventOwner.org_id, func.count()).group_by(EventOwner.org_id))).all())
    await log(session, actor, Action.LIST_ORGS, now=now, detail={"organizations": len(orgs)})
    return [OrgView(o.id, o.name, o.trusted, o.approved_count, tuple(members.get(o.id, ())), int(counts.get(o.id, 0)))
            for o in orgs]


async def set_trusted(session: AsyncSession, actor: Actor, org_id: int, trusted: bool, *, now: datetime) -> OrgView | None:
    await check(session, actor, Action.TRUST, now=now, target=f"org:{org_id}")
    org = await session.get(Organization, org_id)
    if org is None:
        return None
    org.trusted = trusted
    await log(session, actor, Action.TRUST, now=now, org_id=org.id, target=f"org:{org.id}", detail={"trusted": trusted})
    await session.flush()
    return OrgView(org.id, org.name, org.trusted, org.approved_count)


# ---------------------------------------------------------------- granting and revoking

@dataclass(frozen=True)
class GrantResult:
    org: OrgView
    previous_org: str | None  # the organization they were moved from, if any
    already: bool  # they were already an organizer of this organization


async def _make_organizer(session: AsyncSession, user_id: int, org: Organization, *, by: int | None, via: str,
                          now: datetime) -> tuple[str | None, bool]:
    row = await session.get(Organizer, user_id)
    if row is not None and row.org_id == org.id:
        return None, True
    previous = None
    if row is None:
        session.add(Organizer(user_id=user_id, org_id=org.id, granted_by=by, via=via, granted_at=now))
    else:
        old = await session.get(Organization, row.org_id)
        previous = old.name if old else None
        row.org_id, row.granted_by, row.via, row.granted_at = org.id, by, via, now
        await _forget_work(session, user_id)  # a draft for the old organization must not publish for the new one
    await session.flush()
    return previous, False


async def _forget_work(session: AsyncSession, user_id: int) -> None:
    await session.execute(delete(PublishDraft).where(PublishDraft.user_id == user_id))
    await session.execute(delete(OrgPrompt).where(OrgPrompt.user_id == user_id))


async def grant(session: AsyncSession, actor: Actor, user_id: int, org_name: str, *, now: datetime) -> GrantResult | None:
    """Make `user_id` an organizer of `org_name` (created if new). None when the name is unusable."""
    await check(session, actor, Action.GRANT, now=now, target=user_id, detail={"org": org_name[:100]})
    name = clean_org_name(org_name)
    if name is None:
        return None
    org = await get_or_create_org(session, name, by=actor.user_id, now=now)
    previous, already = await _make_organizer(session, user_id, org, by=actor.user_id, via="command", now=now)
    await log(session, actor, Action.GRANT, now=now, org_id=org.id, target=user_id,
              detail={"org": org.name, "moved_from": previous, "already": already})
    return GrantResult(OrgView(org.id, org.name, org.trusted, org.approved_count), previous, already)


async def revoke(session: AsyncSession, actor: Actor, user_id: int, *, now: datetime) -> str | None:
    """Take the organizer role away; returns the organization's name, None when they had none."""
    await check(session, actor, Action.REVOKE, now=now, target=user_id)
    row = await session.get(Organizer, user_id)
    if row is None:
        await log(session, actor, Action.REVOKE, now=now, target=user_id, detail={"was_organizer": False})
        return None
    org = await session.get(Organization, row.org_id)
    await session.delete(row)
    await _forget_work(session, user_id)
    await session.flush()
    await log(session, actor, Action.REVOKE, now=now, org_id=row.org_id, target=user_id,
              detail={"org": org.name if org else None})
    return org.name if org else ""


# ---------------------------------------------------------------- invites

@dataclass(frozen=True)
class Invite:
    token: str
    org: OrgView
    expires_at: datetime

    @property
    def payload(self) -> str:
        return INVITE_PREFIX + self.token


async def create_invite(session: AsyncSession, actor: Actor, org_name: str, *, now: datetime,
                        ttl: timedelta) -> Invite | None:
    await check(session, actor, Action.INVITE, now=now, detail={"org": org_name[:100]})
    name = clean_org_name(org_name)
    if name is None:
        return None
    org = await get_or_create_org(session, name, by=actor.user_id, now=now)
    token = secrets.token_urlsafe(18)  # 24 characters, 144 bits; fits /start's 64-character payload
    session.add(OrgInvite(token=token, org_id=org.id, created_by=actor.user_id, created_at=now, expires_at=now + ttl))
    await session.flush()
    await log(session, actor, Action.INVITE, now=now, org_id=org.id, target=f"invite:{token[:6]}",
              detail={"org": org.name, "expires_at": (now + ttl).isoformat()})
    return Invite(token, OrgView(org.id, org.name, org.trusted, org.approved_count), now + ttl)


@dataclass(frozen=True)
class Redeemed:
    status: str  # ok | already | used | expired | unknown
    org_name: str | None = None
    previous_org: str | None = None


async def redeem_invite(session: AsyncSession, user_id: int, token: str, *, now: datetime) -> Redeemed:
    """Use a one-time invite. The claim is one conditional UPDATE, so two users racing for one link (or
    one user pressing twice) cannot both get it; a used, expired or unknown token grants nothing."""
    if not TOKEN_RE.fullmatch(token or ""):
        return await _refused(session, user_id, token, "unknown", now)
    claimed = (await session.execute(
        update(OrgInvite).where(OrgInvite.token == token, OrgInvite.used_by.is_(None), OrgInvite.expires_at > now)
        .values(used_by=user_id, used_at=now).returning(OrgInvite.org_id)
        .execution_options(synchronize_session=False))).scalar()
    if claimed is None:
        row = await session.get(OrgInvite, token)
        if row is None:
            return await _refused(session, user_id, token, "unknown", now)
        org = await session.get(Organization, row.org_id)
        if row.used_by == user_id:
            member = await session.get(Organizer, user_id)
            if member is not None and member.org_id == row.org_id:
                return Redeemed("already", org.name if org else None)
        status = "used" if row.used_by is not None else "expired"
        return await _refused(session, user_id, token, status, now, org_id=row.org_id)
    org = await session.get(Organization, claimed)
    previous, already = await _make_organizer(session, user_id, org, by=None, via="invite", now=now)
    await audit.record(session, actor_id=user_id, role="user", action="invite_redeem", ok=True, org_id=org.id,
                       target=f"invite:{token[:6]}", detail={"org": org.name, "moved_from": previous}, at=now)
    return Redeemed("already" if already else "ok", org.name, previous)


async def _refused(session: AsyncSession, user_id: int, token: str, status: str, now: datetime, *,
                   org_id: int | None = None) -> Redeemed:
    await audit.record(session, actor_id=user_id, role="user", action="invite_redeem", ok=False, org_id=org_id,
                       target=f"invite:{(token or '')[:6]}", detail={"why": status}, at=now)
    return Redeemed(status)


# ---------------------------------------------------------------- owners

async def claim_events(session: AsyncSession, org_id: int, event_ids: list[int], *, by: int) -> None:
    """Record that these (new) events belong to `org_id`."""
    if not event_ids:
        return
    have = set((await session.scalars(select(EventOwner.event_id).where(EventOwner.event_id.in_(event_ids)))).all())
    session.add_all([EventOwner(event_id=e, org_id=org_id, created_by=by) for e in event_ids if e not in have])
    await session.flush()
