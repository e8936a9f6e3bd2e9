"""Finding events: free text, result pages, /today /tomorrow /weekend, /topics, a shared location.

Every answer starts with what was understood (place · time · topic) so a user can correct it. The
query behind "next page" and suggestion buttons is saved server-side; the button carries its token.
"""
from __future__ import annotations

from bot.nlu import lexicon
from bot.nlu.query import Near, ParsedQuery
from handlers.context import Ctx
from handlers.render import clip, esc, result_buttons, result_line, understood
from handlers.router import Expired, N_, callback_data, int_arg, router
from handlers.settings import set_home_from_location
from handlers.types import Button, Incoming, Reply

MAX_PAGE = 200  # deeper than anyone pages; a larger number in a button is forged
SUGGESTION_LABEL = {
    "any_time": N_("any time"),
    "wider_place": N_("wider area"),
    "nationwide": N_("all of China"),
    "wider_radius": N_("farther away"),
    "any_audience": N_("any audience"),
    "any_topic": N_("any topic"),
    "in_person": N_("not only online"),
}


async def show_results(ctx: Ctx, q: ParsedQuery, *, page: int = 0, token: str | None = None,
                       edit: bool = False, intro: str = "", hint: str = "") -> list[Reply]:
    """One page of results for `q`, or "nothing found" with the relaxations that would find something."""
    _ = ctx._
    size = ctx.settings.page_size
    results = await ctx.svc.search(q, offset=page * size, limit=size)
    label = understood(q, ctx) or _("all upcoming events")
    head = (intro + "\n" if intro else "") + "🔎 " + label
    if q.typos:
        head += "\n" + _("(I read “{words}” with a typo allowed.)", words=esc(", ".join(q.typos)))
    if results.hits:
        if token is None and results.total > size:
            token = await ctx.svc.save_query(ctx.profile.id, q)
        first, last = results.offset + 1, results.offset + len(results.hits)
        body = "\n\n".join(result_line(results.offset + i + 1, ev, km, ctx) for i, (ev, km) in enumerate(results.hits))
        foot = ctx.n_("{first}–{last} of {n} event", "{first}–{last} of {n} events", results.total,
                      first=first, last=last)
        text = f"{head}\n\n{body}\n\n<i>{foot}</i> · " + _("tap a number to open")
        return [Reply(text=text, buttons=result_buttons(results, ctx, token, page, size), edit=edit)]
    if page > 0:
        return [Reply(toast=_("There are no more results."))]
    return [await _nothing_found(ctx, results.suggestions, head, edit, hint)]


async def _nothing_found(ctx: Ctx, suggestions, head: str, edit: bool, hint: str) -> Reply:
    _ = ctx._
    text = head + "\n\n" + _("Nothing found.")
    rows: list[list[Button]] = []
    if suggestions:
        text += "\n" + _("But there is something if you widen the search:")
        for s in suggestions:
            token = await ctx.svc.save_query(ctx.profile.id, s.query)
            label = understood(s.query, ctx) or _("all upcoming events")
            kind = _(SUGGESTION_LABEL.get(s.kind, s.kind))
            # Button text is plain text (no HTML): use the unescaped labels.
            plain = " · ".join(s.query.labels(ctx.lang, ctx.services.gazetteer)) or _("all upcoming events")
            text += f"\n• {esc(kind)}: {label} ({s.count})"
            rows.append([Button(clip(f"{kind}: {plain} ({s.count})", 60), callback_data("pg", token, 0))])
    else:
        text += "\n" + (hint or _("Try fewer words, another city or date, or browse /topics."))
    return Reply(text=text, buttons=rows, edit=edit)


# ---------------------------------------------------------------- free text and pages

@router.on_text
async def on_text(ctx: Ctx, inc: Incoming) -> list[Reply]:
    text = inc.text.strip()
    if not text:
        return [Reply(text=ctx._("Tell me what you are looking for, e.g. “space lectures for kids in Changsha”."))]
    q = ctx.services.parse(text, ctx.profile.tz)
    intro = ""
    if q.near is None and not q.places and lexicon.asks_near(text):
        # "附近" with no place named: the text cannot say where the user is. Their home city is the
        # best guess we have; without one, say how to be found rather than answer for all of China silently.
        q.place = ctx.services.place_match(ctx.profile.home_city)
        if q.place is not None:
            intro = ctx._("Near you, in your home city. Share your location 📍 to sort by distance.")
        else:
            intro = ctx._("To see what is near you, share your location 📍, or set a home city in /settings.")
    return await show_results(ctx, q, intro=intro)


@router.callback("pg")
async def on_page(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 2:
        raise Expired
    page = int_arg(args, 1, hi=MAX_PAGE)
    q = await ctx.svc.load_query(args[0][:16])
    if q is None:
        raise Expired
    # Pages replace each other in the same message; a suggestion replaces its "nothing found".
    return await show_results(ctx, q, page=page, token=args[0], edit=True)


# ---------------------------------------------------------------- days in the home city

async def _day(ctx: Ctx, inc: Incoming, when: str) -> list[Reply]:
    if inc.text.strip():  # "/today 上海": the place (or anything else) typed after the command
        return await show_results(ctx, ctx.services.parse(f"{when} {inc.text.strip()}", ctx.profile.tz))
    q = ctx.services.query_for(ctx.profile.tz, when=when, place_code=ctx.profile.home_city)
    intro = "" if ctx.profile.home_city else ctx._("Everywhere, since you have no home city yet: set one in /settings.")
    return await show_results(ctx, q, intro=intro)


@router.command("today", menu=N_("Events today in your city"))
async def today(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return await _day(ctx, inc, "今天")


@router.command("tomorrow", menu=N_("Events tomorrow"))
async def tomorrow(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return await _day(ctx, inc, "明天")


@router.command("weekend", menu=N_("Events this weekend"))
async def weekend(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return await _day(ctx, inc, "周末")


# ---------------------------------------------------------------- topics

@router.command("topics", menu=N_("Browse by topic"))
async def topics(ctx: Ctx, inc: Incoming) -> list[Reply]:
    terms = list(lexicon.topics().terms.values())
    buttons = [Button(t.name(ctx.lang), callback_data("tp", t.id)) for t in terms]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    city = ctx.services.place_name(ctx.profile.home_city, ctx.lang)
    text = ctx._("Pick a topic. I'll show upcoming events in {place}.", place=esc(city)) if city else \
        ctx._("Pick a topic. I'll show upcoming events all over China.")
    return [Reply(text=text, buttons=rows)]


@router.callback("tp")
async def on_topic(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 1 or lexicon.topics().get(args[0]) is None:
        raise Expired
    q = ctx.services.query_for(ctx.profile.tz, place_code=ctx.profile.home_city, topic=args[0])
    return await show_results(ctx, q)


# ---------------------------------------------------------------- a shared location

@router.on_location
async def on_location(ctx: Ctx, inc: Incoming) -> list[Reply]:
    if inc.location is None:
        raise ValueError("a location update without coordinates")
    lat, lon = inc.location
    if ctx.profile.pending == "home_city":
        return await set_home_from_location(ctx, lat, lon)
    q = ctx.services.query_for(ctx.profile.tz, near=Near(lat, lon, ctx.settings.near_radius_km))
    replies = await show_results(ctx, q, intro="📍 " + ctx._("Events near you, nearest first:"),
                                 hint=ctx._("I know of no events around there. Write a city's name instead, "
                                            "e.g. “长沙” or “Changsha”."))
    city = ctx.services.nearest_city(lat, lon)
    if city is not None and city.code != ctx.profile.home_city and inc.chat is not None and inc.chat.is_private:
        name = ctx.services.gazetteer.display_name(city, ctx.lang)
        replies[-1].buttons.append([Button("🏠 " + ctx._("Make {city} my home city", city=name),
                                           callback_data("set", "city", city.code))])
    return replies
