"""Reminders, follows and the user's control over notices: the "remind me" / "stop" buttons, /my,
/follow and /unfollow, /notify (reminder presets, instant or digest, quiet hours), /mute, /unmute and
/forget. The work is done by bot.subscriptions on this update's session; nothing here commits.

Callback data (≤ 64 bytes, "v1:" prefixed by handlers.router.callback_data):
  rm:<event>            subscribe                  un:<event>[:<page>]   unsubscribe (page: refresh /my)
  fo:t:<topic> / fo:p:<code> / fo:o:<event>       follow a topic, a place, an event's organizer
  uf:<follow>[:<page>]  unfollow                   us:<search>[:<page>]  delete a saved search
  my:<page>             /my, another page          np:<what>:<value>     /notify panel
  mu:<minutes>          mute (0 = unmute)          fg:yes / fg:no        /forget, confirmed or not
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from bot import notices
from bot import subscriptions as subs
from bot.nlu import lexicon
from bot.reminders import PRESETS, Rules
from handlers.context import Ctx
from handlers.render import clip, esc
from handlers.router import Expired, N_, callback_data, int_arg, router
from handlers.types import Button, Incoming, Reply

PAGE = 8
MAX_ID = 2**31 - 1
MUTES = [(60, N_("1 hour")), (8 * 60, N_("8 hours")), (24 * 60, N_("1 day")), (7 * 24 * 60, N_("1 week"))]
DIGEST_HOURS = [7, 9, 12, 18, 20]
QUIET = [(22 * 60, 8 * 60), (23 * 60, 7 * 60), (21 * 60, 9 * 60), (0, 0)]  # (start, end); equal = off
PRESET_NAMES = {
    "default": N_("The evening before and 1 hour before"),
    "day": N_("1 day before and 1 hour before"),
    "morning": N_("The morning of the day and 1 hour before"),
    "hour": N_("Only 1 hour before"),
    "close": N_("3 hours and 15 minutes before"),
}
FOLLOW_ICONS = {"topic": "🏷", "place": "📍", "organizer": "🏛", "search": "🔎"}
PENDING_FOLLOW = "follow"
_DURATION = re.compile(r"^\s*(\d{1,3})\s*(m|min|h|hr|hours?|d|days?|w|weeks?|分钟|小时|天|周)?\s*$", re.I)


def _rules(ctx: Ctx) -> Rules:
    return Rules.from_settings(ctx.settings, place_name=ctx.services.place_name)


def _now(ctx: Ctx) -> datetime:
    return ctx.services.clock()


def _reader(ctx: Ctx) -> notices.Reader:
    return notices.Reader(ctx.lang, ctx.profile.tz, _now(ctx))


def _at(ctx: Ctx, when: datetime) -> str:
    """"9月18日周五 20:00" in the user's zone."""
    local = when.astimezone(ctx.profile.zone)
    return f"{notices._day(local, ctx.lang, local.year != ctx.now.year)} {local:%H:%M}"


def _session(ctx: Ctx):
    return ctx.svc.session


# ---------------------------------------------------------------- the buttons on every event card

@router.card_buttons
async def remind_row(ctx: Ctx, ev) -> list[list[Button]]:
    if ev.cancelled or ev.ends_at <= _now(ctx):
        return []
    if await subs.is_subscribed(_session(ctx), ctx.profile.id, ev.id):
        row = [Button("🔕 " + ctx._("Stop reminders"), callback_data("un", ev.id))]
    else:
        row = [Button("🔔 " + ctx._("Remind me"), callback_data("rm", ev.id))]
    if ev.organizer:
        row.append(Button("➕ " + ctx._("Follow organizer"), callback_data("fo", "o", ev.id)))
    return [row]


def _event_id(args: list[str]) -> int:
    if not args:
        raise Expired
    return int_arg(args, 0, lo=1, hi=MAX_ID)


@router.callback("rm")
async def on_remind(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 1:
        raise Expired
    res = await subs.subscribe(_session(ctx), ctx.profile.id, _event_id(args), _now(ctx), _rules(ctx),
                               limit=ctx.settings.max_subscriptions)
    _ = ctx._
    if res.status == "not_found":
        raise Expired
    if res.status == "over":
        return [Reply(toast=_("This event is already over."), toast_alert=True)]
    if res.status == "cancelled":
        return [Reply(toast=_("This event has been cancelled."), toast_alert=True)]
    if res.status == "limit":
        return [Reply(toast=_("You have {n} reminders already. Stop some in /my first.",
                              n=ctx.settings.max_subscriptions), toast_alert=True)]
    if res.planned:
        text = _("🔔 I'll remind you: {times}.", times=", ".join(_at(ctx, due) for _c, due in res.planned))
    else:
        text = _("🔔 Saved. It starts too soon for a reminder; see /my.")
    if inc.chat is not None and not inc.chat.is_private:
        text += " " + _("Reminders come in our private chat: open it and press Start.")
    return [Reply(toast=clip(text, 200), toast_alert=inc.chat is not None and not inc.chat.is_private)]


@router.callback("un")
async def on_stop(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) not in (1, 2):
        raise Expired
    removed = await subs.unsubscribe(_session(ctx), ctx.profile.id, _event_id(args))
    toast = ctx._("🔕 Reminders stopped.") if removed else ctx._("No reminders for this event.")
    if len(args) == 2:  # pressed in /my: show the list without it
        return [await _my(ctx, int_arg(args, 1, hi=1000), edit=True, toast=toast)]
    return [Reply(toast=toast)]


# ---------------------------------------------------------------- /my

@router.command("my", menu=N_("My reminders and follows"))
async def my(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return [await _my(ctx, 0)]


@router.callback("my")
async def on_my(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 1:
        raise Expired
    return [await _my(ctx, int_arg(args, 0, hi=1000), edit=True)]


async def _my(ctx: Ctx, page: int, *, edit: bool = False, toast: str | None = None) -> Reply:
    _ = ctx._
    session, uid, now = _session(ctx), ctx.profile.id, _now(ctx)
    mine = await subs.my_subscriptions(session, uid, now, _rules(ctx))
    follows = await subs.my_follows(session, uid)
    rec = await subs.recipient(session, uid, _rules(ctx))
    reader = _reader(ctx)
    page = min(page, max(0, (len(mine) - 1) // PAGE))
    shown = mine[page * PAGE : (page + 1) * PAGE]
    lines = ["<b>" + _("My reminders") + "</b>"]
    if not mine:
        lines.append(_("None yet. Press “🔔 Remind me” on an event to get reminders."))
    for n, item in enumerate(shown, page * PAGE + 1):
        ev = item.event
        title = esc(clip(ev.title, 80))
        lines.append(f"<b>{n}.</b> " + (f"<s>{title}</s> ❌" if ev.cancelled else title))
        detail = "🗓 " + notices.when_range(ev.starts_at, ev.ends_at, ev.all_day, reader)
        if item.next_reminder:
            detail += " · ⏰ " + _at(ctx, item.next_reminder)
        lines.append("     " + detail)
    lines += ["", "<b>" + _("I follow") + "</b>"]
    if not follows:
        lines.append(_("Nothing yet. /follow a topic, a city or a search, e.g. /follow AI in Beijing"))
    for f in follows:
        lines.append(f"{FOLLOW_ICONS.get(f.kind, '•')} {esc(clip(f.label, 80))}")
    if rec.muted(now):
        lines += ["", "🔕 " + _("Muted until {time}. /unmute", time=_at(ctx, rec.prefs.muted_until))]
    rows = [[Button(f"🔕 {n}. {clip(item.event.title, 24)}", callback_data("un", item.event.id, page))]
            for n, item in enumerate(shown, page * PAGE + 1)]
    nav = []
    if page > 0:
        nav.append(Button("◀️ " + _("Previous"), callback_data("my", page - 1)))
    if (page + 1) * PAGE < len(mine):
        nav.append(Button(_("Next") + " ▶️", callback_data("my", page + 1)))
    if nav:
        rows.append(nav)
    for f in follows[:20]:
        prefix = "us" if f.kind == "search" else "uf"
        rows.append([Button("🚫 " + _("Unfollow “{name}”", name=clip(f.label, 24)), callback_data(prefix, f.id, page))])
    rows.append([Button("⚙️ " + _("Reminder settings"), callback_data("np", "show")),
                 Button("🔕 " + _("Mute"), callback_data("mu", "menu"))])
    return Reply(text="\n".join(lines), buttons=rows, edit=edit, toast=toast)


# ---------------------------------------------------------------- follows

@router.command("follow", menu=N_("Hear about new events: a topic, a city, a search"))
async def follow_cmd(ctx: Ctx, inc: Incoming) -> list[Reply]:
    if inc.text.strip():
        return await _follow_text(ctx, inc.text)
    if inc.chat is not None and not inc.chat.is_private:
        return [Reply(text=ctx._("Write what to follow after the command, e.g. /follow AI in Beijing"))]
    await ctx.svc.set_pending(ctx.profile.id, PENDING_FOLLOW)
    return [Reply(text=ctx._("What should I watch for? A topic (“astronomy”), a city (“南京”), or a whole search "
                             "(“AI events in Beijing”). I'll tell you when a new event matches. /cancel to stop."))]


@router.on_pending(PENDING_FOLLOW)
async def typed_follow(ctx: Ctx, inc: Incoming) -> list[Reply]:
    await ctx.svc.set_pending(ctx.profile.id, None)
    ctx.profile = replace(ctx.profile, pending=None)
    return await _follow_text(ctx, inc.text)


async def _follow_text(ctx: Ctx, text: str) -> list[Reply]:
    """One topic alone → follow the topic; one place alone → the place; anything else → a saved search."""
    _ = ctx._
    text = " ".join(text.split())[:300]
    q = ctx.services.parse(text, ctx.profile.tz)
    structured = bool(q.span or q.audiences or q.online or q.near)
    session, uid, limit = _session(ctx), ctx.profile.id, ctx.settings.max_follows
    if len(q.topics) == 1 and not q.place and not structured:
        term = lexicon.topics().get(q.topics[0])
        view, created = await subs.follow(session, uid, "topic", q.topics[0], term.name(ctx.lang) if term else text,
                                          limit=limit)
    elif q.place and not q.topics and not structured and not q.rank_text.strip():
        name = ctx.services.gazetteer.display_name(q.place.division, ctx.lang)
        view, created = await subs.follow(session, uid, "place", q.place.division.code, name, limit=limit)
    else:
        view, status = await subs.save_search(session, uid, text, _now(ctx), _rules(ctx),
                                              gazetteer=ctx.services.gazetteer, limit=limit)
        if status == "empty":
            return [Reply(text=_("I couldn't tell what to watch for in “{text}”. Try a topic, a city, or both: "
                                 "/follow AI in Beijing", text=esc(clip(text, 60))))]
        created = status == "saved"
    if view is None:
        return [Reply(text=_("You follow {n} things already. Unfollow some in /my first.", n=limit))]
    label = esc(clip(view.label, 80))
    if not created:
        return [Reply(text=_("You already follow “{name}”.", name=label))]
    rec = await subs.recipient(session, uid, _rules(ctx))
    how = (_("in a daily digest at {hour}:00", hour=f"{rec.prefs.digest_hour:02d}") if rec.prefs.alert_mode == "digest"
           else _("as soon as they are published"))
    return [Reply(text=_("➕ Following “{name}”. I'll tell you about new events {how}.", name=label, how=how),
                  buttons=[[Button("🚫 " + _("Unfollow"), callback_data("us" if view.kind == "search" else "uf", view.id)),
                            Button("⚙️ " + _("Reminder settings"), callback_data("np", "show"))]])]


@router.callback("fo")
async def on_follow(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 2:
        raise Expired
    kind, value = args
    _ = ctx._
    session, uid, limit = _session(ctx), ctx.profile.id, ctx.settings.max_follows
    if kind == "t":
        term = lexicon.topics().get(value)
        if term is None:
            raise Expired
        view, created = await subs.follow(session, uid, "topic", value, term.name(ctx.lang), limit=limit)
    elif kind == "p":
        division = ctx.services.place(value)
        if division is None:
            raise Expired
        view, created = await subs.follow(session, uid, "place", value,
                                          ctx.services.gazetteer.display_name(division, ctx.lang), limit=limit)
    elif kind == "o":
        ev = await ctx.svc.event(int_arg(args, 1, lo=1, hi=MAX_ID))
        if ev is None or not ev.organizer:
            raise Expired
        view, created = await subs.follow(session, uid, "organizer", ev.organizer, ev.organizer, limit=limit)
    else:
        raise Expired
    if view is None:
        return [Reply(toast=_("You follow {n} things already. Unfollow some in /my first.", n=limit), toast_alert=True)]
    if not created:
        return [Reply(toast=_("You already follow “{name}”.", name=clip(view.label, 60)))]
    return [Reply(toast=_("➕ Following “{name}”. New events will come to you.", name=clip(view.label, 60)))]


async def _unfollowed(ctx: Ctx, args: list[str], view) -> list[Reply]:
    if view is not None:
        toast = ctx._("Unfollowed “{name}”.", name=clip(view.label, 60))
    else:
        toast = ctx._("Already unfollowed.")
    if len(args) == 2:
        return [await _my(ctx, int_arg(args, 1, hi=1000), edit=True, toast=toast)]
    return [Reply(toast=toast)]


@router.callback("uf")
async def on_unfollow(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) not in (1, 2):
        raise Expired
    view = await subs.unfollow(_session(ctx), ctx.profile.id, int_arg(args, 0, lo=1, hi=MAX_ID))
    return await _unfollowed(ctx, args, view)


@router.callback("us")
async def on_unsave(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) not in (1, 2):
        raise Expired
    view = await subs.delete_search(_session(ctx), ctx.profile.id, int_arg(args, 0, lo=1, hi=MAX_ID))
    return await _unfollowed(ctx, args, view)


@router.command("unfollow")
async def unfollow_cmd(ctx: Ctx, inc: Incoming) -> list[Reply]:
    follows = await subs.my_follows(_session(ctx), ctx.profile.id)
    if not follows:
        return [Reply(text=ctx._("You don't follow anything. /follow a topic, a city or a search."))]
    rows = [[Button(f"🚫 {FOLLOW_ICONS.get(f.kind, '•')} {clip(f.label, 30)}",
                    callback_data("us" if f.kind == "search" else "uf", f.id))] for f in follows[:30]]
    return [Reply(text=ctx._("Which one should I stop following?"), buttons=rows)]


# ---------------------------------------------------------------- /notify: presets, digest, quiet hours

def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


async def _panel(ctx: Ctx, *, edit: bool = False, toast: str | None = None) -> Reply:
    _ = ctx._
    rec = await subs.recipient(_session(ctx), ctx.profile.id, _rules(ctx))
    p, now = rec.prefs, _now(ctx)
    quiet = (_("{start}–{end}", start=_hhmm(p.quiet_start), end=_hhmm(p.quiet_end)) if p.quiet_start != p.quiet_end
             else _("off"))
    alerts = (_("a daily digest at {hour}:00", hour=f"{p.digest_hour:02d}") if p.alert_mode == "digest"
              else _("at once"))
    lines = ["<b>" + _("Reminders and alerts") + "</b>",
             "⏰ " + _("Reminders: {what}", what=_(PRESET_NAMES[p.preset]).lower() if ctx.lang == "en"
                                      else _(PRESET_NAMES[p.preset])),
             "🆕 " + _("New events you follow: {how}", how=alerts),
             "🌙 " + _("Quiet hours: {hours}", hours=quiet) + f" ({esc(ctx.profile.tz)})"]
    if rec.muted(now):
        lines.append("🔕 " + _("Muted until {time}. /unmute", time=_at(ctx, p.muted_until)))
    tick = lambda on: " ✓" if on else ""  # noqa: E731
    rows = [[Button(_(name) + tick(key == p.preset), callback_data("np", "r", key))] for key, name in PRESET_NAMES.items()]
    rows.append([Button(_("At once") + tick(p.alert_mode == "instant"), callback_data("np", "a", "instant")),
                 Button(_("Daily digest") + tick(p.alert_mode == "digest"), callback_data("np", "a", "digest"))])
    if p.alert_mode == "digest":
        rows.append([Button(f"{h:02d}:00" + tick(h == p.digest_hour), callback_data("np", "h", h)) for h in DIGEST_HOURS])
    rows.append([Button((_("{start}–{end}", start=_hhmm(s), end=_hhmm(e)) if s != e else _("No quiet hours"))
                        + tick((s, e) == (p.quiet_start, p.quiet_end)), callback_data("np", "q", i))
                 for i, (s, e) in enumerate(QUIET)])
    rows.append([Button("🔕 " + _("Mute"), callback_data("mu", "menu")),
                 Button("📋 " + _("My reminders"), callback_data("my", 0))])
    return Reply(text="\n".join(lines), buttons=rows, edit=edit, toast=toast)


@router.command("notify", menu=N_("Reminder times, digest, quiet hours"))
async def notify_cmd(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return [await _panel(ctx)]


@router.callback("np")
async def on_notify(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    session, uid, now, rules = _session(ctx), ctx.profile.id, _now(ctx), _rules(ctx)
    if args == ["show"]:
        return [await _panel(ctx)]
    if len(args) != 2:
        raise Expired
    what, value = args
    if what == "r" and value in PRESETS:
        await subs.set_preset(session, uid, value, now, rules)
    elif what == "a" and value in ("instant", "digest"):
        await subs.set_alert_mode(session, uid, value, now, rules)
    elif what == "h":
        hour = int_arg(args, 1, hi=23)
        if hour not in DIGEST_HOURS:
            raise Expired
        await subs.set_alert_mode(session, uid, "digest", now, rules, digest_hour=hour)
    elif what == "q":
        start, end = QUIET[int_arg(args, 1, hi=len(QUIET) - 1)]
        await subs.set_quiet_hours(session, uid, start, end, rules)
    else:
        raise Expired
    return [await _panel(ctx, edit=True, toast=ctx._("Saved."))]


# ---------------------------------------------------------------- mute

def parse_duration(text: str) -> timedelta | None:
    """"3h", "2 days", "30m", "1w", "2小时" → a duration (at most 30 days); None when unreadable."""
    m = _DURATION.match(text or "")
    if not m:
        return None
    n, unit = int(m.group(1)), (m.group(2) or "h").lower()
    if unit in ("m", "min", "分钟"):
        delta = timedelta(minutes=n)
    elif unit.startswith("d") or unit == "天":
        delta = timedelta(days=n)
    elif unit.startswith("w") or unit == "周":
        delta = timedelta(weeks=n)
    else:
        delta = timedelta(hours=n)
    return delta if timedelta(minutes=1) <= delta <= timedelta(days=30) else None


def _mute_menu(ctx: Ctx) -> Reply:
    _ = ctx._
    rows = [[Button(_(label), callback_data("mu", minutes)) for minutes, label in MUTES[:2]],
            [Button(_(label), callback_data("mu", minutes)) for minutes, label in MUTES[2:]],
            [Button("🔔 " + _("Unmute"), callback_data("mu", 0))]]
    return Reply(text=_("Mute every notice for how long? Reminders due meanwhile are skipped; news and changes wait "
                        "until the mute ends."), buttons=rows)


async def _mute(ctx: Ctx, delta: timedelta | None) -> str:
    now = _now(ctx)
    await subs.mute(_session(ctx), ctx.profile.id, now + delta if delta else None, now, _rules(ctx))
    if delta is None:
        return ctx._("🔔 Notices are on again.")
    return ctx._("🔕 Muted until {time}. /unmute ends it sooner.", time=_at(ctx, now + delta))


@router.command("mute", menu=N_("Pause all notices for a while"))
async def mute_cmd(ctx: Ctx, inc: Incoming) -> list[Reply]:
    if not inc.text.strip():
        return [_mute_menu(ctx)]
    delta = parse_duration(inc.text)
    if delta is None:
        return [Reply(text=ctx._("For how long? E.g. /mute 3h, /mute 2d (at most 30 days)."))]
    return [Reply(text=await _mute(ctx, delta))]


@router.command("unmute")
async def unmute_cmd(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return [Reply(text=await _mute(ctx, None))]


@router.callback("mu")
async def on_mute(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if args == ["menu"]:
        return [_mute_menu(ctx)]
    if len(args) != 1:
        raise Expired
    minutes = int_arg(args, 0, hi=7 * 24 * 60)
    if minutes and minutes not in {m for m, _l in MUTES}:
        raise Expired
    text = await _mute(ctx, timedelta(minutes=minutes) if minutes else None)
    return [Reply(text=text, edit=True, toast=clip(text, 200))]


# ---------------------------------------------------------------- /forget

@router.command("forget", menu=N_("Delete everything the bot keeps about you"))
async def forget_cmd(ctx: Ctx, inc: Incoming) -> list[Reply]:
    _ = ctx._
    return [Reply(text=_("This deletes everything I keep about you: reminders, follows, saved searches, settings "
                         "and messages waiting to be sent. It cannot be undone."),
                  buttons=[[Button("🗑 " + _("Yes, delete everything"), callback_data("fg", "yes")),
                            Button(_("Cancel"), callback_data("fg", "no"))]])]


@router.callback("fg")
async def on_forget(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if args == ["no"]:
        return [Reply(text=ctx._("Nothing was deleted."), edit=True)]
    if args != ["yes"]:
        raise Expired
    done = ctx._("Done: I have deleted everything about you. If you write to me again, I start from scratch.")
    await subs.forget(_session(ctx), ctx.profile.id)
    return [Reply(text=done, edit=True)]
