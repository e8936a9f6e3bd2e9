"""One event: its card, its .ics file, its place on a map."""
from __future__ import annotations

from handlers.context import Ctx
from handlers.render import card_buttons, clip, esc, event_card
from handlers.router import Expired, int_arg, router
from handlers.types import Incoming, Reply

MAX_EVENT_ID = 2**31 - 1


async def open_event(ctx: Ctx, event_id: int) -> list[Reply]:
    ev = await ctx.svc.event(event_id)
    if ev is None:
        return [Reply(text=ctx._("I can't find this event any more. It may have been removed. Try a new search."))]
    return [Reply(text=event_card(ev, ctx), buttons=await card_buttons(ev, ctx))]


async def _event_or_expired(ctx: Ctx, args: list[str]):
    if len(args) != 1:
        raise Expired
    ev = await ctx.svc.event(int_arg(args, 0, lo=1, hi=MAX_EVENT_ID))
    if ev is None:
        raise Expired
    return ev


@router.callback("ev")
async def on_open(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 1:
        raise Expired
    replies = await open_event(ctx, int_arg(args, 0, lo=1, hi=MAX_EVENT_ID))
    if not replies[0].buttons:  # gone since the list was shown: a toast, the list stays usable
        return [Reply(toast=replies[0].text, toast_alert=True)]
    return replies


@router.callback("ics")
async def on_calendar(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    ev = await _event_or_expired(ctx, args)
    caption = ctx._("📅 {title}: open this file to add the event to your calendar.", title=esc(clip(ev.title, 200)))
    return [Reply(toast=ctx._("Here is the calendar file.")),
            Reply(text=caption, document=(f"event-{ev.id}.ics", ctx.services.ics(ev)))]


@router.callback("map")
async def on_map(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    ev = await _event_or_expired(ctx, args)
    if not ev.has_location:
        return [Reply(toast=ctx._("This event has no place on the map."))]
    title = clip(ev.venue or ev.title, 100)
    address = clip(ev.address or ctx.services.place_name(ev.place_code, ctx.lang) or ev.title, 200)
    return [Reply(toast=None, venue=(ev.lat, ev.lon, title, address))]
