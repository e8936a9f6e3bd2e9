"""Admins (ADMIN_IDS): organizers and invites, the moderation queue, broadcasts to everybody, the audit log.

    /grant <user id> <organization>   make someone an organizer (the organization is created if new)
    /revoke <user id>                 take it away
    /invite <organization>            a one-time link t.me/<bot>?start=org_<token> that expires
    /orgs                             organizations, their organizers and events
    /trust <org id> [off]             publish without review (or again with)
    /queue                            events waiting for review, with approve and reject buttons
    /broadcast_all                    an announcement to every user, after a second confirmation
    /audit [user id]                  who did what, when

Like every organizer path, each command and button runs bot.organizers.authorize on the server.
"""
from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot import audit
from bot import broadcasts as bc
from bot import event_fields as fields
from bot import moderation as mod
from bot import organizers as orgs
from bot.event_fields import Invalid
from bot.organizers import Action
from bot.publishing import Prompt
from handlers.context import Ctx
from handlers.organizer import (PROMPT_HANDLERS, actor, ask_broadcast_text, ask_prompt, end_prompt, env, guarded,
                                invalid_text, private_only)
from handlers.render import clip, esc
from handlers.router import Expired, N_, callback_data, int_arg, router
from handlers.types import Button, Incoming, Reply

USER_ID = re.compile(r"^\s*(\d{1,15})\s*(.*)$", re.S)
AUDIT_PAGE = 10
STATUS = {"pending": N_("waiting"), "approved": N_("approved"), "rejected": N_("rejected")}


def _usage(ctx: Ctx, usage: str) -> list[Reply]:
    return [Reply(text=ctx._("Usage: {usage}", usage=esc(usage)))]


async def _admin(ctx: Ctx, action: Action) -> orgs.Actor:
    who = await actor(ctx)
    await orgs.check(ctx.svc.session, who, action, now=env(ctx).now)
    return who


@router.command("grant")
@guarded
async def grant(ctx: Ctx, inc: Incoming) -> list[Reply]:
    who = await _admin(ctx, Action.GRANT)
    m = USER_ID.match(inc.text or "")
    if not m or not m.group(2).strip():
        return _usage(ctx, "/grant <user id> <organization name>")
    user_id, name = int(m.group(1)), m.group(2)
    result = await orgs.grant(ctx.svc.session, who, user_id, name, now=env(ctx).now)
    if result is None:
        return [Reply(text=ctx._("That can't be an organization's name (2 to {max} characters).", max=orgs.MAX_ORG_NAME))]
    _ = ctx._
    if result.already:
        return [Reply(text=_("User {id} is already an organizer of <b>{org}</b>.", id=user_id, org=esc(result.org.name)))]
    text = _("User {id} is now an organizer of <b>{org}</b>.", id=user_id, org=esc(result.org.name))
    if result.previous_org:
        text += "\n" + _("(They no longer publish for {org}.)", org=esc(result.previous_org))
    return [Reply(text=text)]


@router.command("revoke")
@guarded
async def revoke(ctx: Ctx, inc: Incoming) -> list[Reply]:
    who = await _admin(ctx, Action.REVOKE)
    m = USER_ID.match(inc.text or "")
    if not m or m.group(2).strip():
        return _usage(ctx, "/revoke <user id>")
    user_id = int(m.group(1))
    org = await orgs.revoke(ctx.svc.session, who, user_id, now=env(ctx).now)
    if org is None:
        return [Reply(text=ctx._("User {id} is not an organizer.", id=user_id))]
    return [Reply(text=ctx._("User {id} is no longer an organizer of <b>{org}</b>.", id=user_id, org=esc(org)))]


@router.command("invite")
@guarded
async def invite(ctx: Ctx, inc: Incoming) -> list[Reply]:
    who = await _admin(ctx, Action.INVITE)
    if (refused := private_only(ctx)) is not None:
        return refused
    if not (inc.text or "").strip():
        return _usage(ctx, "/invite <organization name>")
    hours = ctx.settings.invite_ttl_hours
    made = await orgs.create_invite(ctx.svc.session, who, inc.text, now=env(ctx).now, ttl=timedelta(hours=hours))
    if made is None:
        return [Reply(text=ctx._("That can't be an organization's name (2 to {max} characters).", max=orgs.MAX_ORG_NAME))]
    link = ctx.deep_link(made.payload) or f"/start {made.payload}"
    until = made.expires_at.astimezone(ZoneInfo(ctx.profile.tz)).strftime("%Y-%m-%d %H:%M")
    text = "\n".join([
        ctx._("An invite to publish for <b>{org}</b>:", org=esc(made.org.name)),
        f"<code>{esc(link)}</code>",
        ctx._("Whoever opens it first becomes an organizer. It works once, until {until}.", until=esc(until)),
    ])
    return [Reply(text=text)]


@router.command("orgs")
@guarded
async def list_orgs(ctx: Ctx, inc: Incoming) -> list[Reply]:
    views = await orgs.list_orgs(ctx.svc.session, await actor(ctx), now=env(ctx).now)
    _ = ctx._
    if not views:
        return [Reply(text=_("No organizations yet. /grant or /invite creates one."))]
    lines = ["<b>" + _("Organizations") + "</b>"]
    for v in views[:50]:
        trust = " ✅" if v.trusted else ""
        people = ", ".join(str(u) for u in v.organizers[:10]) or _("nobody")
        lines.append(_("#{id} <b>{name}</b>{trusted}: {events} events, {approved} approved; organizers: {people}",
                       id=v.id, name=esc(v.name), trusted=trust, events=v.events, approved=v.approved_count,
                       people=people))
    return [Reply(text="\n".join(lines))]


@router.command("trust")
@guarded
async def trust(ctx: Ctx, inc: Incoming) -> list[Reply]:
    who = await _admin(ctx, Action.TRUST)
    m = re.fullmatch(r"\s*(\d{1,9})\s*(off)?\s*", inc.text or "", re.I)
    if not m:
        return _usage(ctx, "/trust <organization id> [off]")
    view = await orgs.set_trusted(ctx.svc.session, who, int(m.group(1)), not m.group(2), now=env(ctx).now)
    if view is None:
        return [Reply(text=ctx._("There is no organization #{id}.", id=int(m.group(1))))]
    if view.trusted:
        return [Reply(text=ctx._("<b>{org}</b> publishes without review now.", org=esc(view.name)))]
    return [Reply(text=ctx._("<b>{org}</b>'s new events wait for review again.", org=esc(view.name)))]


# ---------------------------------------------------------------- the moderation queue

def _submission_card(ctx: Ctx, sub: mod.SubmissionView, total: int | None = None) -> Reply:
    _ = ctx._
    zone = ZoneInfo(ctx.profile.tz)
    lines = []
    if total is not None:
        lines.append("⏳ " + ctx.n_("{n} waiting for review", "{n} waiting for review", total))
    lines.append(_("#{id} from <b>{org}</b> (user {user})", id=sub.id, org=esc(sub.org_name), user=sub.author_id))
    lines.append("<b>" + esc(clip(sub.summary, 200)) + "</b>")
    for r in sub.records[:8]:
        where = r.venue or r.address or r.city_hint or (_("Online") if r.online else "")
        lines.append(f"• {esc(clip(r.title, 80))} — {r.starts_at.astimezone(zone):%Y-%m-%d %H:%M} · {esc(clip(where, 60))}")
        if len(sub.records) == 1 and r.description:
            lines.append(esc(clip(r.description, 500)))
    if len(sub.records) > 8:
        lines.append(_("…and {n} more.", n=len(sub.records) - 8))
    rows: list[list[Button]] = []
    if sub.status == "pending":
        rows.append([Button("✅ " + _("Approve"), callback_data(mod.CB_MODERATE, "a", sub.id)),
                     Button("❌ " + _("Reject"), callback_data(mod.CB_MODERATE, "r", sub.id))])
    else:
        lines.append(_("Already decided: {status}.", status=_(STATUS.get(sub.status, sub.status))))
    return Reply(text="\n".join(lines), buttons=rows)


@router.command("queue")
@guarded
async def queue(ctx: Ctx, inc: Incoming) -> list[Reply]:
    subs, total = await mod.queue(ctx.svc.session, await actor(ctx), env(ctx), limit=1)
    if not subs:
        return [Reply(text=ctx._("Nothing is waiting for review."))]
    return [_submission_card(ctx, subs[0], total)]


@router.callback(mod.CB_MODERATE)
@guarded
async def on_moderate(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 2 or args[0] not in ("a", "r", "v", "n"):
        raise Expired
    action, sub_id = args[0], int_arg(args, 1, lo=0, hi=2**31 - 1)
    who, e, s = await actor(ctx), env(ctx), ctx.svc.session
    _ = ctx._
    if action == "v":
        sub = await mod.get(s, who, sub_id, e)
        if sub is None:
            raise Expired
        return [_submission_card(ctx, sub)]
    if action == "n":
        subs, total = await mod.queue(s, who, e, limit=1)
        if not subs:
            return [Reply(text=_("Nothing is waiting for review."), edit=True)]
        card = _submission_card(ctx, subs[0], total)
        card.edit = True
        return [card]
    if action == "a":
        outcome = await mod.approve(s, who, sub_id, e)
        return _after_decision(ctx, outcome)
    sub = await mod.get(s, who, sub_id, e)
    if sub is None:
        raise Expired
    if sub.status != "pending":
        return [Reply(toast=_("Already decided: {status}.", status=_(STATUS.get(sub.status, sub.status))), toast_alert=True)]
    await ask_prompt(ctx, Prompt(who.user_id, "reject", sub_id))
    return [Reply(text=_("Why is “{summary}” rejected? The organizer will read your reason.", summary=esc(clip(sub.summary, 100))))]


def _after_decision(ctx: Ctx, outcome: mod.Outcome) -> list[Reply]:
    _ = ctx._
    if outcome.status == "gone":
        raise Expired
    if outcome.status == "already":
        return [Reply(toast=_("Already decided: {status}.", status=_(STATUS.get(outcome.submission.status, outcome.submission.status))), toast_alert=True)]
    text = ("✅ " + _("Approved: {summary}. The organizer is told.", summary=esc(clip(outcome.submission.summary, 100)))
            if outcome.status == "approved" else
            "❌ " + _("Rejected: {summary}. The organizer is told.", summary=esc(clip(outcome.submission.summary, 100))))
    return [Reply(text=text, edit=ctx.incoming.kind == "callback",
                  buttons=[[Button(_("Next in the queue") + " ▶️", callback_data(mod.CB_MODERATE, "n", 0))]])]


async def _reject_answer(ctx: Ctx, inc: Incoming, prompt: Prompt) -> list[Reply]:
    reason = fields.check_reason(inc.text or "")
    if isinstance(reason, Invalid):
        return [Reply(text=invalid_text(ctx, reason))]
    outcome = await mod.reject(ctx.svc.session, await actor(ctx), prompt.ref_id, reason, env(ctx))
    await end_prompt(ctx)
    if outcome.status == "already":
        return [Reply(text=ctx._("Already decided: {status}.", status=ctx._(STATUS.get(outcome.submission.status, outcome.submission.status))))]
    return _after_decision(ctx, outcome)


PROMPT_HANDLERS["reject"] = _reject_answer


# ---------------------------------------------------------------- broadcasts to everybody

@router.command("broadcast_all")
@guarded
async def broadcast_all(ctx: Ctx, inc: Incoming) -> list[Reply]:
    if (refused := private_only(ctx)) is not None:
        return refused
    view = await bc.create(ctx.svc.session, await actor(ctx), "all", env(ctx))
    return await ask_broadcast_text(ctx, view)


# ---------------------------------------------------------------- the audit log

@router.command("audit")
@guarded
async def audit_log(ctx: Ctx, inc: Incoming) -> list[Reply]:
    await _admin(ctx, Action.READ_AUDIT)
    m = re.fullmatch(r"\s*(\d{1,15})?\s*", inc.text or "")
    if not m:
        return _usage(ctx, "/audit [user id]")
    return [await _audit_page(ctx, None, int(m.group(1)) if m.group(1) else None)]


async def _audit_page(ctx: Ctx, before: int | None, who_id: int | None, *, edit: bool = False) -> Reply:
    who = await actor(ctx)
    await orgs.log(ctx.svc.session, who, Action.READ_AUDIT, now=env(ctx).now, target=who_id)
    entries = await audit.recent(ctx.svc.session, limit=AUDIT_PAGE, before_id=before, actor_id=who_id)
    _ = ctx._
    zone = ZoneInfo(ctx.profile.tz)
    lines = ["<b>" + _("Audit log") + "</b>" + (" · " + _("user {id}", id=who_id) if who_id else "")]
    for en in entries:
        mark = "✓" if en.ok else "⛔"
        extra = ", ".join(f"{k}={clip(str(v), 40)}" for k, v in list(en.detail.items())[:3])
        bits = [f"{en.at.astimezone(zone):%m-%d %H:%M}", f"{en.actor_id} ({en.role})", f"{mark} {en.action}"]
        if en.target:
            bits.append("→ " + en.target)
        if en.event_id:
            bits.append(f"event {en.event_id}")
        lines.append(esc(" · ".join(bits)) + (f"\n     <i>{esc(extra)}</i>" if extra else ""))
    if not entries:
        lines.append(_("Nothing logged."))
    rows = []
    if len(entries) == AUDIT_PAGE:
        rows.append([Button(_("Older") + " ▶️", callback_data("au", entries[-1].id, who_id or 0))])
    return Reply(text="\n".join(lines), buttons=rows, edit=edit)


@router.callback("au")
@guarded
async def on_audit_page(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 2:
        raise Expired
    before, who_id = int_arg(args, 0, lo=1), int_arg(args, 1)
    await _admin(ctx, Action.READ_AUDIT)
    return [await _audit_page(ctx, before, who_id or None, edit=True)]
