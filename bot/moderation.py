"""Moderation: new events of organizations not trusted yet wait for an admin.

With MODERATION_REQUIRED (the default) an organization's new events — from the dialog or from a file —
become a `Submission` instead of events: nothing unreviewed is searchable. Admins hear of each one, see
the queue with /queue (approve and reject buttons), and the organizer hears the outcome. After
MODERATION_TRUST_AFTER approvals (or an admin's /trust) the organization publishes directly. Edits and
cancellations of events already published are not held back.

Approving and rejecting are one conditional UPDATE each (pending → approved/rejected), so two admins
pressing at once, or one pressing twice, publish a submission once.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import organizers as orgs
from bot.delivery.outbox import enqueue
from bot.i18n import translator
from bot.importer.records import EventRecord
from bot.organizers import Action, Actor
from bot.publishing import Env, record_from_json, record_to_json, store_records
from bot.store.models import Organization, Submission
from handlers.router import callback_data
from handlers.types import Button

CB_MODERATE = "mq"  # mq:<a|r|v>:<submission id>   approve | reject | view (handlers/admin.py)
NOTICE_KIND = "moderation"


async def needs_review(session: AsyncSession, actor: Actor, env: Env) -> bool:
    if not env.settings.moderation_required or actor.is_admin:
        return False
    org = await session.get(Organization, actor.org_id)
    if org is None or org.trusted:
        return False
    after = env.settings.moderation_trust_after
    return not (after and org.approved_count >= after)


@dataclass(frozen=True)
class SubmissionView:
    id: int
    org_id: int
    org_name: str
    author_id: int
    kind: str
    summary: str
    status: str
    records: tuple[EventRecord, ...]
    created_at: datetime
    reason: str | None = None


def _view(sub: Submission, org_name: str) -> SubmissionView:
    try:
        records = tuple(record_from_json(d) for d in json.loads(sub.payload or "[]"))
    except (ValueError, TypeError, KeyError):
        records = ()
    return SubmissionView(sub.id, sub.org_id, org_name, sub.author_id, sub.kind, sub.summary, sub.status, records,
                          sub.created_at, sub.reason)


async def _lang(session: AsyncSession, user_id: int, env: Env) -> str:
    from bot.reminders import load_recipients

    rec = (await load_recipients(session, [user_id], env.rules)).get(user_id)
    return rec.lang if rec else env.settings.default_language


async def submit(session: AsyncSession, actor: Actor, kind: str, records: list[EventRecord], summary: str,
                 env: Env) -> Submission:
    """Hold `records` for review and tell the admins."""
    sub = Submission(org_id=actor.org_id, author_id=actor.user_id, kind=kind, summary=summary[:300],
                     payload=json.dumps([record_to_json(r) for r in records], ensure_ascii=False), status="pending",
                     created_at=env.now)
    session.add(sub)
    await session.flush()
    await orgs.log(session, actor, "submit", now=env.now, target=f"submission:{sub.id}",
                   detail={"kind": kind, "summary": summary[:200], "events": len(records)})
    for admin_id in sorted(env.admin_ids):
        t = translator(await _lang(session, admin_id, env))
        text = t.gettext("🆕 Waiting for review: {summary} from {org} (#{id}). /queue shows everything waiting.",
                         summary=_esc(summary[:200]), org=_esc(actor.org_name or ""), id=sub.id)
        buttons = [[Button("👀 " + t.gettext("Review"), callback_data(CB_MODERATE, "v", sub.id))]]
        await enqueue(session, chat_id=admin_id, user_id=admin_id, kind=NOTICE_KIND, text=text, buttons=buttons,
                      due_at=env.now, dedupe_key=f"modq:{sub.id}:{admin_id}")
    return sub


async def get(session: AsyncSession, actor: Actor, submission_id: int, env: Env) -> SubmissionView | None:
    await orgs.check(session, actor, Action.MODERATE, now=env.now, target=f"submission:{submission_id}")
    sub = await session.get(Submission, submission_id)
    if sub is None:
        return None
    org = await session.get(Organization, sub.org_id)
    return _view(sub, org.name if org else "")


async def queue(session: AsyncSession, actor: Actor, env: Env, *, limit: int = 5) -> tuple[list[SubmissionView], int]:
    """The oldest submissions waiting, and how many wait in all."""
    await orgs.check(session, actor, Action.MODERATE, now=env.now)
    total = int(await session.scalar(select(func.count()).select_from(Submission)
                                     .where(Submission.status == "pending")) or 0)
    rows = (await session.execute(select(Submission, Organization.name).join(Organization, Organization.id == Submission.org_id)
                                  .where(Submission.status == "pending").order_by(Submission.id).limit(limit))).all()
    return [_view(s, name) for s, name in rows], total


@dataclass(frozen=True)
class Outcome:
    status: str  # approved | rejected | already (someone decided first) | gone
    submission: SubmissionView | None = None
    event_ids: tuple[int, ...] = ()


async def _decide(session: AsyncSession, actor: Actor, submission_id: int, status: str, env: Env,
                  reason: str | None = None) -> tuple[Outcome | None, Submission | None]:
    await orgs.check(session, actor, Action.MODERATE, now=env.now, target=f"submission:{submission_id}")
    done = (await session.execute(
        update(Submission).where(Submission.id == submission_id, Submission.status == "pending")
        .values(status=status, reviewed_by=actor.user_id, reviewed_at=env.now, reason=reason)
        .returning(Submission.id).execution_options(synchronize_session=False))).scalar()
    sub = await session.get(Submission, submission_id)
    if sub is None:
        return Outcome("gone"), None
    await session.refresh(sub)
    if done is None:
        org = await session.get(Organization, sub.org_id)
        return Outcome("already", _view(sub, org.name if org else "")), None
    return None, sub


async def approve(session: AsyncSession, actor: Actor, submission_id: int, env: Env) -> Outcome:
    early, sub = await _decide(session, actor, submission_id, "approved", env)
    if early is not None:
        return early
    org = await session.get(Organization, sub.org_id)
    view = _view(sub, org.name)
    stored = await store_records(session, sub.org_id, sub.author_id, list(view.records), env)
    org.approved_count += 1
    await orgs.log(session, actor, "approve", now=env.now, org_id=sub.org_id, target=f"submission:{sub.id}",
                   detail={"summary": sub.summary, "events": stored.event_ids[:50]})
    t = translator(await _lang(session, sub.author_id, env))
    text = "✅ " + t.gettext("Approved and published: {summary}.", summary=_esc(sub.summary))
    buttons = [[Button("ℹ️ " + t.gettext("Details"), callback_data("ev", stored.event_ids[0]))]] \
        if sub.kind == "event" and stored.event_ids else []
    await enqueue(session, chat_id=sub.author_id, user_id=sub.author_id, kind=NOTICE_KIND, text=text, buttons=buttons,
                  due_at=env.now, dedupe_key=f"moda:{sub.id}")
    return Outcome("approved", view, tuple(stored.event_ids))


async def reject(session: AsyncSession, actor: Actor, submission_id: int, reason: str, env: Env) -> Outcome:
    early, sub = await _decide(session, actor, submission_id, "rejected", env, reason)
    if early is not None:
        return early
    org = await session.get(Organization, sub.org_id)
    await orgs.log(session, actor, "reject", now=env.now, org_id=sub.org_id, target=f"submission:{sub.id}",
                   detail={"summary": sub.summary, "reason": reason})
    t = translator(await _lang(session, sub.author_id, env))
    text = "❌ " + t.gettext("Not published: {summary}. The reviewer said: {reason}", summary=_esc(sub.summary),
                             reason=_esc(reason))
    await enqueue(session, chat_id=sub.author_id, user_id=sub.author_id, kind=NOTICE_KIND, text=text,
                  due_at=env.now, dedupe_key=f"modr:{sub.id}")
    return Outcome("rejected", _view(sub, org.name if org else ""))


def _esc(text: object) -> str:
    import html

    return html.escape(str(text or ""), quote=True)
