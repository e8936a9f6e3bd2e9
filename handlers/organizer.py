"""Organizers in chat: /newevent (a guided dialog that survives restarts), /myevents (edit, cancel with a
reason, duplicate, message subscribers), a calendar file sent in the chat, /broadcast to followers, and
the /start org_<token> invite.

Every handler loads the actor from the database and lets bot.organizers.authorize decide, on every
command, button press and typed answer: callback data only carries ids, never a permission. A refusal
is a short "not allowed" (and an audit entry); ids of things that do not exist are "expired".
"""
from __future__ import annotations

import functools
import re
from typing import Awaitable, Callable

from bot import broadcasts as bc
from bot import event_fields as fields
from bot import organizers as orgs
from bot import publishing as pub
from bot.event_fields import Invalid, When
from bot.nlu import lexicon
from bot.organizers import Action, Actor, Forbidden
from bot.publishing import Draft, Env, Prompt
from bot.services import EventView
from handlers.context import Ctx
from handlers.event import MAX_EVENT_ID
from handlers.render import clip, esc, event_card, when as when_text
from handlers.router import Expired, N_, callback_data, int_arg, router
from handlers.types import Button, Incoming, Reply

PENDING_DRAFT = "org_draft"
PENDING_PROMPT = "org_prompt"
PAGE = 6
SKIP_WORDS = {"skip", "-", "跳过", "无", "没有", "none", "no"}

FIELD_LABELS = {
    "title": N_("Title"), "when": N_("Time"), "place": N_("Place"), "topics": N_("Topics"),
    "audience": N_("Audience"), "online": N_("Online link"), "register": N_("Registration link"),
    "descr": N_("Description"),
}
INVALID = {
    "too_short": N_("That is too short."),
    "too_long": N_("That is too long: at most {max} characters."),
    "no_date": N_("I can't find a date in that. Try “9月20日 14:00-16:00”, “下周六上午9点”, or “Oct 1 2pm-4pm”."),
    "vague": N_("Please give a clock time as well, e.g. “明天下午2点到4点” or “tomorrow 2pm-4pm”."),
    "past": N_("That time is already over. Please give a time in the future."),
    "far": N_("That is more than two years away. Please check the date."),
    "end_before": N_("The end is before the start. Please check the times."),
    "no_city": N_("I can't tell which city that is in. Add the city, e.g. “南京科技馆，南京市雨花台区紫荆花路9号”."),
    "not_in_china": N_("That place is not in China as far as I can tell. Share another location or write the address."),
    "bad_url": N_("That doesn't look like a web link. Send a link starting with https://"),
}


# ---------------------------------------------------------------- shared by handlers/admin.py

def env(ctx: Ctx) -> Env:
    return Env(ctx.settings, ctx.services.gazetteer, ctx.services.clock())


async def actor(ctx: Ctx) -> Actor:
    cached = ctx.__dict__.get("_org_actor")
    if cached is None:
        cached = await orgs.load_actor(ctx.svc.session, ctx.profile.id, ctx.settings.admin_ids)
        ctx.__dict__["_org_actor"] = cached
    return cached


def invalid_text(ctx: Ctx, bad: Invalid) -> str:
    return ctx._(INVALID.get(bad.code, N_("That doesn't work here. Please try again.")), **bad.values)


def refusal(ctx: Ctx, exc: Forbidden) -> list[Reply]:
    inc = ctx.incoming
    if exc.reason == "no_target" and inc.kind == "callback":
        raise Expired
    if exc.reason == "not_admin":
        text = ctx._("Only admins can do this.")
    elif exc.reason == "not_organizer":
        text = ctx._("This is for event organizers. An admin can make you one.")
    else:
        text = ctx._("You are not allowed to do this.")
    if inc.kind == "callback":
        return [Reply(toast=text, toast_alert=True)]
    return [Reply(text=text)]


def guarded(fn: Callable[..., Awaitable[list[Reply]]]) -> Callable[..., Awaitable[list[Reply]]]:
    """Turn a Forbidden from the services into a polite refusal (the audit entry is already written)."""
    @functools.wraps(fn)
    async def wrapper(ctx: Ctx, *args):
        try:
            return await fn(ctx, *args)
        except Forbidden as exc:
            if ctx.profile.pending in (PENDING_DRAFT, PENDING_PROMPT):
                await ctx.svc.set_pending(ctx.profile.id, None)
            return refusal(ctx, exc)
    return wrapper


def private_only(ctx: Ctx) -> list[Reply] | None:
    inc = ctx.incoming
    if inc.chat is not None and not inc.chat.is_private:
        return [Reply(text=ctx._("Please do this in a private chat with me."))]
    return None


# Prompts of other modules (handlers/admin.py registers "reject"): kind → handler(ctx, inc, prompt).
PROMPT_HANDLERS: dict[str, Callable[[Ctx, Incoming, Prompt], Awaitable[list[Reply]]]] = {}


async def ask_prompt(ctx: Ctx, prompt: Prompt) -> None:
    await pub.set_prompt(ctx.svc.session, prompt, env(ctx).now)
    await ctx.svc.set_pending(ctx.profile.id, PENDING_PROMPT)


async def end_prompt(ctx: Ctx) -> None:
    await pub.drop_prompt(ctx.svc.session, ctx.profile.id)
    await ctx.svc.set_pending(ctx.profile.id, None)


def is_skip(text: str) -> bool:
    return text.strip().lower() in SKIP_WORDS


# ---------------------------------------------------------------- /start org_<token>, /cancel, locations

def _wrap(kind: str, name: str | None = None):
    """Put our handling in front of another module's (it stays in charge of everything else)."""
    def deco(ours):
        if kind == "command":
            import handlers.start  # noqa: F401 - registers /start and /cancel first

            original = router.commands[name]

            @functools.wraps(original)
            async def wrapped(ctx, inc):
                return await ours(ctx, inc, original)
            router.commands[name] = wrapped
        else:
            import handlers.search  # noqa: F401 - registers the location handler first

            original = router.location_handler

            async def wrapped(ctx, inc):
                return await ours(ctx, inc, original)
            router.location_handler = wrapped
        return ours
    return deco


@_wrap("command", "start")
async def start_with_invite(ctx: Ctx, inc: Incoming, original) -> list[Reply]:
    payload = inc.text.strip()
    if not payload.startswith(orgs.INVITE_PREFIX):
        return await original(ctx, inc)
    if (refused := private_only(ctx)) is not None:
        return refused
    result = await orgs.redeem_invite(ctx.svc.session, ctx.profile.id, payload[len(orgs.INVITE_PREFIX):],
                                      now=env(ctx).now)
    _ = ctx._
    if result.status in ("ok", "already"):
        text = _("🎉 You are an organizer of <b>{org}</b> now.", org=esc(result.org_name)) if result.status == "ok" \
            else _("You are already an organizer of <b>{org}</b>.", org=esc(result.org_name))
        if result.previous_org:
            text += "\n" + _("(You no longer publish for {org}.)", org=esc(result.previous_org))
        return [Reply(text=text + "\n\n" + organizer_help(ctx))]
    text = {"used": _("This invite link has already been used. Ask an admin for a new one."),
            "expired": _("This invite link has expired. Ask an admin for a new one.")}.get(
        result.status, _("This invite link is not valid. Ask an admin for a new one."))
    return [Reply(text=text)]


@_wrap("command", "cancel")
async def cancel_with_dialogs(ctx: Ctx, inc: Incoming, original) -> list[Reply]:
    prompt = await pub.get_prompt(ctx.svc.session, ctx.profile.id)
    if prompt is not None and prompt.kind == "bcast":
        try:  # an announcement being written is discarded with its question (never one being sent)
            view = await bc.get(ctx.svc.session, await actor(ctx), prompt.ref_id, env(ctx))
            if view.status in ("draft", "confirm"):
                await bc.stop(ctx.svc.session, await actor(ctx), prompt.ref_id, env(ctx))
        except Forbidden:
            pass
    dropped = await pub.drop_draft(ctx.svc.session, ctx.profile.id)
    dropped = await pub.drop_prompt(ctx.svc.session, ctx.profile.id) or dropped
    if dropped:
        return [Reply(text=ctx._("OK, dropped. Nothing was published or changed."))]
    return await original(ctx, inc)


@_wrap("location")
async def location_in_dialog(ctx: Ctx, inc: Incoming, original) -> list[Reply]:
    if ctx.profile.pending == PENDING_DRAFT and inc.chat is not None and inc.chat.is_private:
        return await draft_answer(ctx, inc)
    if ctx.profile.pending == PENDING_PROMPT and inc.chat is not None and inc.chat.is_private:
        return await prompt_answer(ctx, inc)
    return await original(ctx, inc)


def organizer_help(ctx: Ctx) -> str:
    _ = ctx._
    return "\n".join([
        "/newevent — " + _("publish an event, step by step"),
        "/myevents — " + _("your events: edit, cancel, duplicate, message subscribers"),
        "/broadcast — " + _("a message to everyone who follows your organization"),
        _("Or send me an .ics, .csv or .json file to publish many events at once; send it again after changes."),
    ])


@router.command("org")
@guarded
async def org_info(ctx: Ctx, inc: Incoming) -> list[Reply]:
    who = await actor(ctx)
    await orgs.check(ctx.svc.session, who, Action.LIST_OWN, now=env(ctx).now)
    text = ctx._("You publish for <b>{org}</b>.", org=esc(who.org_name)) + "\n\n" + organizer_help(ctx)
    return [Reply(text=text)]


# ---------------------------------------------------------------- the new-event dialog

def _abandon_row(ctx: Ctx) -> list[Button]:
    return [Button("✖ " + ctx._("Abandon"), callback_data("od", "ab"))]


def _step_no(step: str) -> int:
    return pub.FIELDS.index(step) + 1 if step in pub.FIELDS else len(pub.FIELDS)


def _when_view(w: When) -> EventView:
    return EventView(id=0, uid="", title="", description="", starts_at=w.starts_at, ends_at=w.ends_at, tz=w.tz,
                     all_day=w.all_day, venue=None, address=None, province_code=None, city_code=None,
                     district_code=None, lat=None, lon=None, online=False, online_url=None, url=None, organizer=None,
                     topics=(), audiences=(), cancelled=False)


def _toggles(ctx: Ctx, prefix: str, vocabulary, chosen: list[str], *extra: object) -> list[list[Button]]:
    rows, row = [], []
    for i, (tid, term) in enumerate(vocabulary.terms.items()):
        mark = "✅ " if tid in chosen else ""
        row.append(Button(mark + term.name(ctx.lang), callback_data(prefix, *extra, i)))
        if len(row) == 2:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


def ask(ctx: Ctx, draft: Draft, org_name: str, *, edit: bool = False, note: str = "") -> Reply:
    """The question of the draft's current step (or the preview)."""
    _ = ctx._
    step, d = draft.step, draft.data
    head = note + "\n\n" if note else ""
    if step != "preview":
        head += "<b>" + _("New event") + "</b> · " + _("step {n} of {total}", n=_step_no(step), total=len(pub.FIELDS))
    rows: list[list[Button]] = []
    if step == "title":
        body = _("What is the event called?")
    elif step == "when" and draft.pending_when:
        body = _("I read this as: <b>{when}</b>. Is that right?", when=when_text(_when_view(draft.pending_when), ctx))
        rows.append([Button("✅ " + _("Yes"), callback_data("od", "ok")), Button("✏️ " + _("No, again"), callback_data("od", "re"))])
    elif step == "when":
        body = _("When is it? Write it as you would say it: “9月20日 14:00-16:00”, “下周六上午9点到11点半”, "
                 "“Oct 1 2pm-4pm”, or days only: “9月17日到23日”.")
        if draft.source_event_id:
            body += "\n" + _("Without a clock time it keeps the time of day of the original.")
    elif step == "place":
        body = _("Where? Write the venue with its city (“南京科技馆，南京市雨花台区紫荆花路9号”), "
                 "or share a location 📍 or a venue.")
        rows.append([Button("💻 " + _("Online only"), callback_data("od", "on"))])
    elif step == "topics":
        body = _("Which topics? Tap all that fit, then Done. (Or write them.)")
        rows += _toggles(ctx, "od", lexicon.topics(), d.get("topics") or [], "tp")
        rows.append([Button(_("Done") + " ▶️", callback_data("od", "nx"))])
    elif step == "audience":
        body = _("Who is it for? Tap all that fit, or Done for everyone.")
        rows += _toggles(ctx, "od", lexicon.audiences(), d.get("audiences") or [], "au")
        rows.append([Button(_("Done") + " ▶️", callback_data("od", "nx"))])
    elif step == "online":
        body = _("Is there an online link (a livestream)? Send it, or skip.")
        rows.append([Button(_("Skip") + " ▶️", callback_data("od", "nx"))])
    elif step == "register":
        body = _("A link for registration or details? Send it, or skip.")
        rows.append([Button(_("Skip") + " ▶️", callback_data("od", "nx"))])
    elif step == "descr":
        body = _("A description (up to {max} characters)? Send it, or skip.", max=fields.MAX_DESCRIPTION)
        rows.append([Button(_("Skip") + " ▶️", callback_data("od", "nx"))])
    else:
        view = pub.draft_view(draft, org_name, ctx.services.gazetteer)
        body = "👀 <b>" + _("Preview") + "</b>\n\n" + event_card(view, ctx, description_chars=1000)
        rows.append([Button("✅ " + _("Publish"), callback_data("od", "pub"))])
        rows.append([Button("✏️ " + _("Change something"), callback_data("od", "ch"))])
    rows.append(_abandon_row(ctx))
    return Reply(text=(head + "\n" if head else "") + body, buttons=rows, edit=edit)


async def _org_name(ctx: Ctx, draft: Draft) -> str:
    return (await actor(ctx)).org_name or ""


async def _save_and_ask(ctx: Ctx, draft: Draft, *, edit: bool = False, note: str = "") -> list[Reply]:
    await pub.save_draft(ctx.svc.session, draft, env(ctx).now)
    await ctx.svc.set_pending(ctx.profile.id, PENDING_DRAFT)
    return [ask(ctx, draft, await _org_name(ctx, draft), edit=edit, note=note)]


@router.command("newevent")
@guarded
async def new_event(ctx: Ctx, inc: Incoming) -> list[Reply]:
    if (refused := private_only(ctx)) is not None:
        return refused
    who = await actor(ctx)
    await orgs.check(ctx.svc.session, who, Action.PUBLISH, now=env(ctx).now)
    draft = await pub.get_draft(ctx.svc.session, who.user_id)
    if draft is not None and draft.org_id == who.org_id:
        title = draft.data.get("title") or "…"
        text = ctx._("You have an unfinished event: <b>{title}</b>. Continue it, or start a new one?", title=esc(clip(title, 100)))
        return [Reply(text=text, buttons=[[Button("▶️ " + ctx._("Continue"), callback_data("od", "go")),
                                           Button("🆕 " + ctx._("Start over"), callback_data("od", "new"))]])]
    draft = await pub.start_draft(ctx.svc.session, who, env(ctx))
    return await _save_and_ask(ctx, draft)


def _shared_place(ctx: Ctx, inc: Incoming) -> fields.Place | Invalid:
    """A shared location, or a shared venue with its name and address."""
    venue = getattr(inc, "venue", None)
    title, address = venue if venue else (None, None)
    return fields.place_from_point(*inc.location, ctx.services.gazetteer, title=title, address=address)


@router.on_pending(PENDING_DRAFT)
@guarded
async def draft_answer(ctx: Ctx, inc: Incoming) -> list[Reply]:
    """A typed answer (or a shared location) for the step the draft is at."""
    e = env(ctx)
    who = await actor(ctx)
    draft = await pub.live_draft(ctx.svc.session, who, e)
    if draft is None:
        await ctx.svc.set_pending(ctx.profile.id, None)
        return [Reply(text=ctx._("There is no event being written. /newevent starts one."))]
    step, text = draft.step, (inc.text or "").strip()
    value: object
    if inc.kind == "location":
        if step != "place" or inc.location is None:
            return [ask(ctx, draft, who.org_name or "", note=ctx._("A location only answers the question about the place."))]
        value = _shared_place(ctx, inc)
    elif step == "title":
        value = fields.check_title(text)
    elif step == "when":
        value = fields.parse_when(text, e.now, ctx.profile.tz, default_clock=pub.default_clock(draft))
        if not isinstance(value, Invalid):
            draft.data["when_pending"] = value.to_json()
            return await _save_and_ask(ctx, draft)
    elif step == "place":
        value = fields.place_from_text(text, ctx.services.gazetteer)
    elif step in ("topics", "audience"):
        vocabulary = lexicon.topics() if step == "topics" else lexicon.audiences()
        hits, _rest = vocabulary.find(text)
        if not hits:
            return [ask(ctx, draft, who.org_name or "", note=ctx._("I didn't recognise any. Tap the buttons instead."))]
        key = "topics" if step == "topics" else "audiences"
        chosen = set(draft.data.get(key) or []) | {h.id for h in hits}
        value = fields.check_terms(list(chosen), vocabulary)
    elif step in ("online", "register"):
        value = None if is_skip(text) else fields.check_url(text)
    elif step == "descr":
        value = "" if is_skip(text) else fields.check_description(inc.text or "")
    else:  # the preview: typed text is not an answer
        return [ask(ctx, draft, who.org_name or "", note=ctx._("Use the buttons below the preview."))]
    if isinstance(value, Invalid):
        return [Reply(text=invalid_text(ctx, value), buttons=[_abandon_row(ctx)])]
    pub.set_value(draft, step, value)
    return await _save_and_ask(ctx, draft)


@router.callback("od")
@guarded
async def on_draft_button(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if not args:
        raise Expired
    action, rest = args[0], args[1:]
    e, who = env(ctx), await actor(ctx)
    if action == "new":
        draft = await pub.start_draft(ctx.svc.session, who, e)
        return await _save_and_ask(ctx, draft, edit=True)
    if action == "ab":
        await pub.drop_draft(ctx.svc.session, who.user_id)
        await ctx.svc.set_pending(ctx.profile.id, None)
        return [Reply(text=ctx._("Abandoned. Nothing was published."), edit=True)]
    draft = await pub.live_draft(ctx.svc.session, who, e)
    if draft is None:
        raise Expired
    step = draft.step
    if action == "go" and not rest:
        return await _save_and_ask(ctx, draft, edit=True)
    if action == "ok" and step == "when" and draft.pending_when:
        pub.set_value(draft, "when", draft.pending_when)
        return await _save_and_ask(ctx, draft, edit=True)
    if action == "re" and step == "when":
        draft.data.pop("when_pending", None)
        return await _save_and_ask(ctx, draft, edit=True)
    if action == "on" and step == "place":
        pub.set_value(draft, "place", fields.Place(online=True))
        return await _save_and_ask(ctx, draft, edit=True)
    if action in ("tp", "au") and len(rest) == 1 and step == {"tp": "topics", "au": "audience"}[action]:
        vocabulary = lexicon.topics() if action == "tp" else lexicon.audiences()
        key = "topics" if action == "tp" else "audiences"
        tid = list(vocabulary.terms)[int_arg(rest, 0, hi=len(vocabulary.terms) - 1)]
        chosen = set(draft.data.get(key) or [])
        chosen ^= {tid}
        draft.data[key] = fields.check_terms(list(chosen), vocabulary)
        return await _save_and_ask(ctx, draft, edit=True)
    if action == "nx" and step in ("topics", "audience", "online", "register", "descr"):
        current = {"topics": draft.data.get("topics") or [], "audience": draft.data.get("audiences") or [],
                   "online": draft.data.get("online_url") if "online" in draft.given else None,
                   "register": draft.data.get("url") if "register" in draft.given else None,
                   "descr": draft.data.get("description") if "descr" in draft.given else ""}[step]
        pub.set_value(draft, step, current)
        return await _save_and_ask(ctx, draft, edit=True)
    if action == "ch" and step == "preview":
        rows = [[Button(ctx._(FIELD_LABELS[f]), callback_data("od", "f", f))] for f in pub.FIELDS]
        rows.append([Button("◀️ " + ctx._("Back to the preview"), callback_data("od", "go"))])
        return [Reply(text=ctx._("What do you want to change?"), buttons=rows, edit=True)]
    if action == "f" and len(rest) == 1 and rest[0] in pub.FIELDS and step == "preview":
        draft.step = rest[0]
        draft.data["back_to_preview"] = True
        draft.data.pop("when_pending", None)
        return await _save_and_ask(ctx, draft, edit=True)
    if action == "pub" and step == "preview":
        return await _publish(ctx, who, e)
    raise Expired


async def _publish(ctx: Ctx, who: Actor, e: Env) -> list[Reply]:
    result = await pub.publish_draft(ctx.svc.session, who, e)
    if result is None:
        raise Expired
    if result.status == "past":
        return [Reply(toast=ctx._("That time is already over. Please give a time in the future."), toast_alert=True)]
    await ctx.svc.set_pending(ctx.profile.id, None)
    if result.status == "pending":
        return [Reply(text="⏳ " + ctx._("Sent for review. An admin will look at it soon, and I'll tell you the outcome."),
                      edit=True)]
    ev = await ctx.svc.event(result.event_id)
    return [Reply(text="✅ " + ctx._("Published!"), edit=True), await manage_card(ctx, ev)]


# ---------------------------------------------------------------- /myevents and one event's management

async def manage_card(ctx: Ctx, ev: EventView, *, edit: bool = False, note: str = "") -> Reply:
    _ = ctx._
    who = await actor(ctx)
    owner = await orgs.event_owner(ctx.svc.session, ev.id)
    subs = await pub.subscriber_count(ctx.svc.session, ev.id)
    text = (note + "\n\n" if note else "") + event_card(ev, ctx, description_chars=500) + "\n\n👥 " + \
        ctx.n_("{n} subscriber", "{n} subscribers", subs)
    rows: list[list[Button]] = []
    first: list[Button] = []
    if orgs.allowed(who, Action.EDIT, owner) and not ev.cancelled:
        first.append(Button("✏️ " + _("Edit"), callback_data("oe", "e", ev.id)))
    if orgs.allowed(who, Action.DUPLICATE, owner):
        first.append(Button("📄 " + _("Duplicate"), callback_data("oe", "d", ev.id)))
    if first:
        rows.append(first)
    if orgs.allowed(who, Action.BROADCAST_EVENT, owner) and subs and not ev.cancelled:
        rows.append([Button("📢 " + _("Message the subscribers"), callback_data("oe", "b", ev.id))])
    if orgs.allowed(who, Action.CANCEL, owner) and not ev.cancelled:
        rows.append([Button("❌ " + _("Cancel the event"), callback_data("oe", "c", ev.id))])
    if who.is_organizer:
        rows.append([Button("◀️ " + _("My events"), callback_data("ol", 0))])
    return Reply(text=text, buttons=rows, edit=edit)


@router.command("myevents")
@guarded
async def my_events(ctx: Ctx, inc: Incoming) -> list[Reply]:
    if (refused := private_only(ctx)) is not None:
        return refused
    return [await _events_page(ctx, 0, past=False)]


async def _events_page(ctx: Ctx, offset: int, *, past: bool, edit: bool = False) -> Reply:
    _ = ctx._
    who = await actor(ctx)
    page, total, waiting = await pub.my_events(ctx.svc.session, who, env(ctx), offset=offset, limit=PAGE, past=past)
    org = esc(who.org_name)
    head = "<b>" + (_("Past events of {org}", org=org) if past else _("Upcoming events of {org}", org=org)) + "</b>"
    if waiting:
        head += "\n⏳ " + ctx.n_("{n} event waiting for review", "{n} events waiting for review", waiting)
    if not page:
        body = _("None yet. /newevent publishes one, or send me a calendar file.") if not past else _("None.")
        lines = [head, "", body]
    else:
        lines = [head, ""]
        for i, item in enumerate(page):
            ev = item.event
            title = esc(clip(ev.title, 80))
            if ev.cancelled:
                title = f"<s>{title}</s>"
            lines.append(f"<b>{offset + i + 1}.</b> {title}\n     {when_text(ev, ctx)} · 👥 {item.subscribers}")
    rows = [[Button(f"{offset + i + 1}. {clip(item.event.title, 28)}", callback_data("oe", "m", item.event.id))]
            for i, item in enumerate(page)]
    nav = []
    flag = ["p"] if past else []
    if offset > 0:
        nav.append(Button("◀️ " + _("Previous"), callback_data("ol", max(0, offset - PAGE), *flag)))
    if offset + len(page) < total:
        nav.append(Button(_("Next") + " ▶️", callback_data("ol", offset + PAGE, *flag)))
    if nav:
        rows.append(nav)
    rows.append([Button(_("Upcoming events") if past else _("Past events"), callback_data("ol", 0, *([] if past else ["p"])))])
    return Reply(text="\n".join(lines), buttons=rows, edit=edit)


@router.callback("ol")
@guarded
async def on_list(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if not 1 <= len(args) <= 2 or (len(args) == 2 and args[1] != "p"):
        raise Expired
    return [await _events_page(ctx, int_arg(args, 0, hi=100_000), past=len(args) == 2, edit=True)]


EDIT_PROMPTS = {
    "title": N_("Send the new title."),
    "when": N_("Send the new time, e.g. “9月20日 14:00-16:00”."),
    "place": N_("Send the new place with its city, or share a location 📍."),
    "online": N_("Send the new online link."),
    "register": N_("Send the new registration link."),
    "descr": N_("Send the new description."),
}


@router.callback("oe")
@guarded
async def on_event_button(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    """oe:<action>:<event id>[:<arg>] — every one re-checks who may touch that event."""
    if len(args) < 2:
        raise Expired
    action, event_id, rest = args[0], int_arg(args, 1, lo=1, hi=MAX_EVENT_ID), args[2:]
    e, who = env(ctx), await actor(ctx)
    s = ctx.svc.session
    _ = ctx._
    if action == "m" and not rest:
        owner = await orgs.event_owner(s, event_id)
        if not orgs.allowed(who, Action.DUPLICATE, owner):
            await orgs.check(s, who, Action.EDIT, owner, now=e.now, target=f"event:{event_id}")
        if ctx.profile.pending == PENDING_PROMPT:
            await end_prompt(ctx)  # "never mind" from an edit or a cancellation
        return [await manage_card(ctx, await ctx.svc.event(event_id), edit=True)]
    if action == "e" and not rest:
        ev = await pub.owned_event(s, who, Action.EDIT, event_id, e)
        rows = [[Button(_(FIELD_LABELS[f]), callback_data("oe", "f", event_id, f))] for f in pub.FIELDS]
        rows.append([Button("◀️ " + _("Back"), callback_data("oe", "m", event_id))])
        return [Reply(text=_("What do you want to change in <b>{title}</b>?", title=esc(clip(ev.title, 100))),
                      buttons=rows, edit=True)]
    if action == "f" and len(rest) == 1 and rest[0] in pub.FIELDS:
        name = rest[0]
        ev = await pub.owned_event(s, who, Action.EDIT, event_id, e)
        if name in ("topics", "audience"):
            chosen = ev.topics.split() if name == "topics" else ev.audiences.split()
            await ask_prompt(ctx, Prompt(who.user_id, "edit", event_id, name, {"chosen": chosen}))
            return [_edit_toggles(ctx, event_id, name, chosen)]
        await ask_prompt(ctx, Prompt(who.user_id, "edit", event_id, name))
        rows = [[Button("🧹 " + _("Remove it"), callback_data("oe", "x", event_id, name))]] \
            if name in ("online", "register", "descr") else []
        rows.append([Button("✖ " + _("Never mind"), callback_data("oe", "m", event_id))])
        return [Reply(text=_(EDIT_PROMPTS[name]), buttons=rows)]
    if action in ("t", "a") and len(rest) == 1:
        name = "topics" if action == "t" else "audience"
        vocabulary = lexicon.topics() if action == "t" else lexicon.audiences()
        prompt = await pub.get_prompt(s, who.user_id)
        if prompt is None or prompt.kind != "edit" or prompt.ref_id != event_id or prompt.arg != name:
            raise Expired
        await pub.owned_event(s, who, Action.EDIT, event_id, e)
        tid = list(vocabulary.terms)[int_arg(rest, 0, hi=len(vocabulary.terms) - 1)]
        chosen = set(prompt.data.get("chosen") or []) ^ {tid}
        prompt.data["chosen"] = fields.check_terms(list(chosen), vocabulary)
        await pub.set_prompt(s, prompt, e.now)
        return [_edit_toggles(ctx, event_id, name, prompt.data["chosen"], edit=True)]
    if action == "s" and len(rest) == 1 and rest[0] in ("topics", "audience", "when"):
        prompt = await pub.get_prompt(s, who.user_id)
        if prompt is None or prompt.kind != "edit" or prompt.ref_id != event_id or prompt.arg != rest[0]:
            raise Expired
        value = When.from_json(prompt.data["when"]) if rest[0] == "when" and prompt.data.get("when") \
            else prompt.data.get("chosen") or []
        if rest[0] == "when" and not prompt.data.get("when"):
            raise Expired
        return await _apply_edit(ctx, event_id, rest[0], value)
    if action == "x" and len(rest) == 1 and rest[0] in ("online", "register", "descr"):
        return await _apply_edit(ctx, event_id, rest[0], "" if rest[0] == "descr" else None)
    if action == "c" and not rest:
        ev = await pub.owned_event(s, who, Action.CANCEL, event_id, e)
        if ev.status == "cancelled":
            return [Reply(toast=_("This event is already cancelled."))]
        await ask_prompt(ctx, Prompt(who.user_id, "cancel", event_id))
        return [Reply(text=_("Why is <b>{title}</b> cancelled? Its subscribers will read your reason.",
                             title=esc(clip(ev.title, 100))),
                      buttons=[[Button("✖ " + _("Never mind"), callback_data("oe", "m", event_id))]])]
    if action == "cy" and not rest:
        prompt = await pub.get_prompt(s, who.user_id)
        if prompt is None or prompt.kind != "cancel" or prompt.ref_id != event_id or not prompt.data.get("reason"):
            raise Expired
        view, now_cancelled = await pub.cancel_event(s, who, event_id, prompt.data["reason"], e)
        await end_prompt(ctx)
        subs = await pub.subscriber_count(s, event_id)
        note = "❌ " + (ctx.n_("Cancelled. Its {n} subscriber will be told.", "Cancelled. Its {n} subscribers will be told.", subs)
                        if now_cancelled else _("This event is already cancelled."))
        return [await manage_card(ctx, view, edit=True, note=note)]
    if action == "d" and not rest:
        draft = await pub.duplicate_event(s, who, event_id, e)
        return await _save_and_ask(ctx, draft, note="📄 " + _("A copy of <b>{title}</b>: everything stays, only the date is new.",
                                                              title=esc(clip(draft.data.get("title"), 100))))
    if action == "b" and not rest:
        view = await bc.create(s, who, "event", e, event_id=event_id)
        return await ask_broadcast_text(ctx, view)
    raise Expired


def _edit_toggles(ctx: Ctx, event_id: int, name: str, chosen: list[str], *, edit: bool = False) -> Reply:
    vocabulary = lexicon.topics() if name == "topics" else lexicon.audiences()
    rows = _toggles(ctx, "oe", vocabulary, chosen, "t" if name == "topics" else "a", event_id)
    rows.append([Button("💾 " + ctx._("Save"), callback_data("oe", "s", event_id, name)),
                 Button("✖ " + ctx._("Never mind"), callback_data("oe", "m", event_id))])
    text = ctx._("Which topics? Tap all that fit, then Save.") if name == "topics" \
        else ctx._("Who is it for? Tap all that fit, then Save (none means everyone).")
    return Reply(text=text, buttons=rows, edit=edit)


async def _apply_edit(ctx: Ctx, event_id: int, name: str, value: object) -> list[Reply]:
    who = await actor(ctx)
    view = await pub.edit_event(ctx.svc.session, who, event_id, name, value, env(ctx))
    await end_prompt(ctx)
    note = "💾 " + ctx._("Saved: {field}.", field=ctx._(FIELD_LABELS[name]))
    if name in ("when", "place", "online"):
        note += " " + ctx._("Subscribers are told what changed.")
    return [await manage_card(ctx, view, note=note, edit=ctx.incoming.kind == "callback")]


# ---------------------------------------------------------------- typed answers to one-step prompts

@router.on_pending(PENDING_PROMPT)
@guarded
async def prompt_answer(ctx: Ctx, inc: Incoming) -> list[Reply]:
    prompt = await pub.get_prompt(ctx.svc.session, ctx.profile.id)
    if prompt is None:
        await ctx.svc.set_pending(ctx.profile.id, None)
        return [Reply(text=ctx._("That question has expired. Start again from /myevents."))]
    handler = {"edit": _edit_answer, "cancel": _cancel_answer, "bcast": _broadcast_answer, **PROMPT_HANDLERS}.get(prompt.kind)
    if handler is None:
        await end_prompt(ctx)
        return [Reply(text=ctx._("That question has expired. Start again from /myevents."))]
    return await handler(ctx, inc, prompt)


async def _edit_answer(ctx: Ctx, inc: Incoming, prompt: Prompt) -> list[Reply]:
    e, who, name = env(ctx), await actor(ctx), prompt.arg
    await pub.owned_event(ctx.svc.session, who, Action.EDIT, prompt.ref_id, e)  # still theirs?
    text = (inc.text or "").strip()
    back = [[Button("✖ " + ctx._("Never mind"), callback_data("oe", "m", prompt.ref_id))]]
    if inc.kind == "location":
        if name != "place" or inc.location is None:
            return [Reply(text=ctx._("A location only answers the question about the place."), buttons=back)]
        value = _shared_place(ctx, inc)
    elif name == "title":
        value = fields.check_title(text)
    elif name == "when":
        value = fields.parse_when(text, e.now, ctx.profile.tz)
        if not isinstance(value, Invalid):
            prompt.data["when"] = value.to_json()
            await pub.set_prompt(ctx.svc.session, prompt, e.now)
            return [Reply(text=ctx._("I read this as: <b>{when}</b>. Is that right?", when=when_text(_when_view(value), ctx)),
                          buttons=[[Button("✅ " + ctx._("Yes, save it"), callback_data("oe", "s", prompt.ref_id, "when"))],
                                   [Button("✖ " + ctx._("Never mind"), callback_data("oe", "m", prompt.ref_id))]])]
    elif name == "place":
        value = fields.place_from_text(text, ctx.services.gazetteer)
    elif name in ("online", "register"):
        value = fields.check_url(text)
    elif name == "descr":
        value = fields.check_description(inc.text or "")
    elif name in ("topics", "audience"):
        return [_edit_toggles(ctx, prompt.ref_id, name, prompt.data.get("chosen") or [])]
    else:
        await end_prompt(ctx)
        raise Expired
    if isinstance(value, Invalid):
        return [Reply(text=invalid_text(ctx, value), buttons=back)]
    return await _apply_edit(ctx, prompt.ref_id, name, value)


async def _cancel_answer(ctx: Ctx, inc: Incoming, prompt: Prompt) -> list[Reply]:
    e, who = env(ctx), await actor(ctx)
    ev = await pub.owned_event(ctx.svc.session, who, Action.CANCEL, prompt.ref_id, e)
    reason = fields.check_reason(inc.text or "")
    back = [[Button("✖ " + ctx._("Never mind"), callback_data("oe", "m", prompt.ref_id))]]
    if isinstance(reason, Invalid):
        return [Reply(text=invalid_text(ctx, reason), buttons=back)]
    prompt.data["reason"] = reason
    await pub.set_prompt(ctx.svc.session, prompt, e.now)
    text = ctx._("Cancel <b>{title}</b> with this reason?\n“{reason}”", title=esc(clip(ev.title, 100)), reason=esc(reason))
    return [Reply(text=text, buttons=[[Button("❌ " + ctx._("Yes, cancel the event"), callback_data("oe", "cy", prompt.ref_id))],
                                      *back])]


# ---------------------------------------------------------------- files

@router.on_document
@guarded
async def on_file(ctx: Ctx, inc: Incoming) -> list[Reply]:
    from handlers import common

    if inc.chat is not None and not inc.chat.is_private:
        return []
    who = await actor(ctx)
    if not who.is_organizer:
        return await common.not_understood(ctx, inc)
    doc = inc.document
    name = clip((doc.file_name if doc else None) or "events", 80)
    if not re.search(r"\.(ics|ical|ifb|csv|tsv|json|jsonl|txt)$", name, re.I):
        return [Reply(text=ctx._("Send events as an .ics, .csv or .json file."))]
    if doc is None or (doc.file_size or 0) > pub.MAX_FILE_BYTES:
        return [Reply(text=ctx._("That file is too big: at most {mb} MB.", mb=pub.MAX_FILE_BYTES // (1024 * 1024)))]
    data = await doc.download()
    report = await pub.import_file(ctx.svc.session, who, data, name, env(ctx))
    return [Reply(text=file_report(ctx, report))]


def file_report(ctx: Ctx, r: pub.FileReport) -> str:
    _ = ctx._
    if r.error == "too_big":
        return _("That file is too big: at most {mb} MB.", mb=pub.MAX_FILE_BYTES // (1024 * 1024))
    if r.error:
        return "⚠️ " + _("I couldn't read {file} as events: {why}", file=esc(r.filename), why=esc(clip(r.error, 300)))
    lines = ["📥 <b>" + esc(r.filename) + "</b>",
             _("{new} new, {updated} updated, {unchanged} unchanged, {cancelled} cancelled, {rejected} rejected",
               new=r.new, updated=r.updated, unchanged=r.unchanged, cancelled=r.cancelled, rejected=len(r.rejected))]
    if r.held:
        lines.append("⏳ " + ctx.n_("{n} new event waits for an admin's review; I'll tell you the outcome.",
                                   "{n} new events wait for an admin's review; I'll tell you the outcome.", r.held))
    for rej in r.rejected[:10]:
        lines.append("• " + esc(clip(rej.where, 80)) + ": " + esc(clip(rej.why, 160)))
    if len(r.rejected) > 10:
        lines.append(_("…and {n} more.", n=len(r.rejected) - 10))
    if r.cancelled or r.updated:
        lines.append(_("Subscribers of changed and cancelled events are told."))
    return "\n".join(lines)


# ---------------------------------------------------------------- broadcasts (organizers and admins)

@router.command("broadcast")
@guarded
async def broadcast_to_followers(ctx: Ctx, inc: Incoming) -> list[Reply]:
    if (refused := private_only(ctx)) is not None:
        return refused
    view = await bc.create(ctx.svc.session, await actor(ctx), "org", env(ctx))
    return await ask_broadcast_text(ctx, view)


async def ask_broadcast_text(ctx: Ctx, view: bc.BroadcastView) -> list[Reply]:
    _ = ctx._
    if not view.recipients:
        await bc.stop(ctx.svc.session, await actor(ctx), view.id, env(ctx))  # drop the empty draft
        return [Reply(text=_("Nobody would receive it yet: there are no subscribers or followers to write to."))]
    await ask_prompt(ctx, Prompt(ctx.profile.id, "bcast", view.id))
    if view.scope == "event":
        who = ctx.n_("the {n} subscriber of “{title}”", "the {n} subscribers of “{title}”", view.recipients,
                     title=esc(clip(view.event_title, 80)))
    elif view.scope == "org":
        who = ctx.n_("the {n} follower of {org}", "the {n} followers of {org}", view.recipients, org=esc(view.org_name))
    else:
        who = ctx.n_("all {n} user", "all {n} users", view.recipients)
    text = _("Write the announcement to {who}. Plain text, up to {max} characters.", who=who, max=bc.MAX_TEXT)
    return [Reply(text=text, buttons=[[Button("✖ " + _("Discard"), callback_data("bc", "x", view.id))]])]


async def _broadcast_answer(ctx: Ctx, inc: Incoming, prompt: Prompt) -> list[Reply]:
    who, e = await actor(ctx), env(ctx)
    if inc.kind != "text":
        return [Reply(text=ctx._("Please write the announcement as text."))]
    view = await bc.set_text(ctx.svc.session, who, prompt.ref_id, inc.text or "", e)
    if view is None:
        await end_prompt(ctx)
        raise Expired
    if isinstance(view, Invalid):
        return [Reply(text=invalid_text(ctx, view), buttons=[[Button("✖ " + ctx._("Discard"), callback_data("bc", "x", prompt.ref_id))]])]
    await end_prompt(ctx)
    return [broadcast_preview(ctx, view)]


def broadcast_preview(ctx: Ctx, view: bc.BroadcastView, *, edit: bool = False) -> Reply:
    _ = ctx._
    message, _buttons = bc.message(view, ctx.lang, view.org_name, view.event_title)
    text = "👀 <b>" + _("Preview") + "</b> — " + ctx.n_("{n} person will get this:", "{n} people will get this:",
                                                          view.recipients) + "\n\n" + message
    rows = [[Button("✅ " + ctx.n_("Send to {n} person", "Send to {n} people", view.recipients), callback_data("bc", "go", view.id))],
            [Button("✏️ " + _("Rewrite"), callback_data("bc", "rw", view.id)),
             Button("✖ " + _("Discard"), callback_data("bc", "x", view.id))]]
    return Reply(text=text, buttons=rows, edit=edit)


def broadcast_progress(ctx: Ctx, view: bc.BroadcastView, *, edit: bool = True) -> Reply:
    _ = ctx._
    c = view.counts
    if view.finished_at is not None:
        text = bc.report_text(view, ctx.lang)
        return Reply(text=text, edit=edit)
    state = _("stopping") if view.status == "stopped" else _("sending")
    text = "\n".join([
        "📢 <b>" + _("Broadcast #{id}", id=view.id) + "</b> · " + state,
        _("Delivered {delivered} of {total} · blocked {blocked} · failed {failed} · waiting {pending}",
          delivered=c.delivered, total=view.recipients + c.blocked, blocked=c.blocked, failed=c.failed, pending=c.pending),
    ])
    rows = [[Button("🔄 " + _("Refresh"), callback_data("bc", "rf", view.id))]]
    if view.status == "sending":
        rows[0].append(Button("⏹ " + _("Stop"), callback_data("bc", "st", view.id)))
    return Reply(text=text, buttons=rows, edit=edit)


@router.callback("bc")
@guarded
async def on_broadcast_button(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 2:
        raise Expired
    action, bid = args[0], int_arg(args, 1, lo=1, hi=2**31 - 1)
    who, e, s = await actor(ctx), env(ctx), ctx.svc.session
    _ = ctx._
    if action == "go":
        view = await bc.confirm(s, who, bid, e)
        if view is None:
            current = await bc.get(s, who, bid, e)
            if current.status in ("sending", "stopped", "done"):
                return [broadcast_progress(ctx, current)]
            raise Expired
        if view.status == "confirm":
            text = "⚠️ " + ctx.n_("This goes to every user: {n} person. Are you sure?",
                                 "This goes to every user: {n} people. Are you sure?", view.recipients)
            return [Reply(text=text, edit=True, buttons=[
                [Button("📢 " + ctx.n_("Yes, send to all {n}", "Yes, send to all {n}", view.recipients), callback_data("bc", "go", bid))],
                [Button("✖ " + _("Discard"), callback_data("bc", "x", bid))]])]
        return [broadcast_progress(ctx, view)]
    if action == "rf":
        return [broadcast_progress(ctx, await bc.get(s, who, bid, e))]
    if action == "st":
        view = await bc.stop(s, who, bid, e)
        if view is None:
            return [broadcast_progress(ctx, await bc.get(s, who, bid, e))]
        return [Reply(toast=_("Stopped. Messages already on their way still arrive.")), broadcast_progress(ctx, view)]
    if action == "x":
        view = await bc.get(s, who, bid, e)
        if view.status not in ("draft", "confirm"):
            return [broadcast_progress(ctx, view)]
        await bc.stop(s, who, bid, e)
        if ctx.profile.pending == PENDING_PROMPT:
            await end_prompt(ctx)
        return [Reply(text=_("Discarded. Nothing was sent."), edit=True)]
    if action == "rw":
        view = await bc.get(s, who, bid, e)
        if view.status != "draft":
            raise Expired
        return await ask_broadcast_text(ctx, view)
    raise Expired


# ---------------------------------------------------------------- a "manage" button on event cards

@router.card_buttons
async def manage_row(ctx: Ctx, ev: EventView) -> list[list[Button]]:
    if ev.id <= 0:
        return []
    who = await actor(ctx)
    if not (who.is_organizer or who.is_admin):
        return []
    owner = await orgs.event_owner(ctx.svc.session, ev.id)
    if orgs.allowed(who, Action.EDIT, owner):
        return [[Button("⚙️ " + ctx._("Manage"), callback_data("oe", "m", ev.id))]]
    return []
