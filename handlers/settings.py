"""/settings: language, home city, time zone — by buttons, or by typing a city or a zone name."""
from __future__ import annotations

import zoneinfo
from dataclasses import replace
from functools import lru_cache

from handlers.context import Ctx
from handlers.render import clip, esc
from handlers.router import Expired, N_, callback_data, int_arg, router
from handlers.types import Button, Incoming, Reply

# Offered as buttons; anything else can be typed. Resolved through the gazetteer, so no codes here.
CITIES = ["北京", "上海", "广州", "深圳", "成都", "杭州", "武汉", "南京", "西安", "长沙", "重庆", "天津"]
ZONES = ["Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo", "Asia/Singapore",
         "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney", "UTC"]


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    return {z.lower(): z for z in zoneinfo.available_timezones()}


def _panel(ctx: Ctx, *, edit: bool = False, toast: str | None = None) -> Reply:
    _ = ctx._
    city = ctx.services.place_name(ctx.profile.home_city, ctx.lang)
    text = "\n".join([
        "<b>" + _("Settings") + "</b>",
        _("Language: {value}", value="中文" if ctx.lang == "zh" else "English"),
        _("Home city: {value}", value=esc(city) if city else _("not set")),
        _("Time zone: {value}", value=esc(ctx.profile.tz)),
    ])
    mark = {ctx.lang: " ✓"}
    rows = [
        [Button("中文" + mark.get("zh", ""), callback_data("set", "lang", "zh")),
         Button("English" + mark.get("en", ""), callback_data("set", "lang", "en"))],
        [Button("🏙 " + _("Change home city"), callback_data("set", "city"))],
        [Button("🕒 " + _("Change time zone"), callback_data("set", "tz"))],
    ]
    if city:
        rows[1].append(Button(_("Clear home city"), callback_data("set", "city", "-")))
    return Reply(text=text, buttons=rows, edit=edit, toast=toast)


@router.command("settings", menu=N_("Language, home city, time zone"))
async def settings(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return [_panel(ctx)]


async def _saved(ctx: Ctx, **changes) -> list[Reply]:
    ctx.profile = replace(ctx.profile, **changes)  # the rest of this update speaks the new settings
    return [_panel(ctx, edit=True, toast=ctx._("Saved."))]


@router.callback("set")
async def on_set(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    what, rest = (args[0], args[1:]) if args else ("", [])
    uid = ctx.profile.id
    if what == "lang" and len(rest) == 1 and rest[0] in ("zh", "en"):
        await ctx.svc.set_language(uid, rest[0])
        return await _saved(ctx, lang=rest[0], language_chosen=True)
    if what == "city" and not rest:
        await ctx.svc.set_pending(uid, "home_city")
        return [_ask_city(ctx)]
    if what == "city" and len(rest) == 1:
        if rest[0] == "-":
            await ctx.svc.set_home_city(uid, None)
            return await _saved(ctx, home_city=None)
        if ctx.services.place(rest[0]) is None:
            raise Expired
        await ctx.svc.set_home_city(uid, rest[0])
        await ctx.svc.set_pending(uid, None)
        return await _saved(ctx, home_city=rest[0], pending=None)
    if what == "tz" and not rest:
        await ctx.svc.set_pending(uid, "tz")
        return [_ask_zone(ctx)]
    if what == "tz" and len(rest) == 1:
        zone = ZONES[int_arg(rest, 0, hi=len(ZONES) - 1)]
        await ctx.svc.set_tz(uid, zone)
        await ctx.svc.set_pending(uid, None)
        return await _saved(ctx, tz=zone, tz_chosen=True, pending=None)
    raise Expired


def _ask_city(ctx: Ctx) -> Reply:
    buttons = []
    for name in CITIES:
        division = ctx.services.find_place(name)
        if division is not None:
            buttons.append(Button(ctx.services.gazetteer.display_name(division, ctx.lang),
                                  callback_data("set", "city", division.code)))
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    return Reply(text=ctx._("Which city do you live in? Pick one, type its name (e.g. 娄底 or Loudi), "
                            "or share your location 📍. /cancel to keep it as it is."), buttons=rows)


def _ask_zone(ctx: Ctx) -> Reply:
    buttons = [Button(z, callback_data("set", "tz", i)) for i, z in enumerate(ZONES)]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return Reply(text=ctx._("Which time zone should I show times in? Pick one or type its name, "
                            "e.g. Europe/Paris. /cancel to keep it as it is."), buttons=rows)


@router.on_pending("home_city")
async def typed_city(ctx: Ctx, inc: Incoming) -> list[Reply]:
    division = ctx.services.find_place(inc.text.strip()[:100])
    if division is None:
        return [Reply(text=ctx._("I don't know a place called “{text}”. Try the city's Chinese name, "
                                 "or /cancel.", text=esc(clip(inc.text, 50))))]
    await ctx.svc.set_home_city(ctx.profile.id, division.code)
    await ctx.svc.set_pending(ctx.profile.id, None)
    ctx.profile = replace(ctx.profile, home_city=division.code, pending=None)
    return [_panel(ctx, toast=None)]


async def set_home_from_location(ctx: Ctx, lat: float, lon: float) -> list[Reply]:
    division = ctx.services.nearest_city(lat, lon)
    if division is None:
        return [Reply(text=ctx._("That place is not in any city I know. Type your city's name instead, or /cancel."))]
    await ctx.svc.set_home_city(ctx.profile.id, division.code)
    await ctx.svc.set_pending(ctx.profile.id, None)
    ctx.profile = replace(ctx.profile, home_city=division.code, pending=None)
    return [_panel(ctx)]


@router.on_pending("tz")
async def typed_zone(ctx: Ctx, inc: Incoming) -> list[Reply]:
    zone = _zone_names().get(inc.text.strip().lower().replace(" ", "_"))
    if zone is None:
        return [Reply(text=ctx._("“{text}” is not a time zone I know. Use a name like Asia/Shanghai or "
                                 "Europe/Paris, or /cancel.", text=esc(clip(inc.text, 50))))]
    await ctx.svc.set_tz(ctx.profile.id, zone)
    await ctx.svc.set_pending(ctx.profile.id, None)
    ctx.profile = replace(ctx.profile, tz=zone, tz_chosen=True, pending=None)
    return [_panel(ctx)]
