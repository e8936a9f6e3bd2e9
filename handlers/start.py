"""/start (with deep links), /help, the example queries, /cancel."""
from __future__ import annotations

import re

from handlers.context import Ctx
from handlers.event import MAX_EVENT_ID, open_event
from handlers.render import clip, esc
from handlers.router import Expired, N_, callback_data, int_arg, router
from handlers.search import show_results
from handlers.types import Button, Incoming, Reply

# Shown as buttons under the greeting; the zh catalog gives each its Chinese counterpart.
EXAMPLES = [
    N_("Science events in Beijing this weekend"),
    N_("AI in Shanghai"),
    N_("Space lectures for kids in Changsha"),
    N_("Online astronomy"),
]
HELP_EXAMPLES = ["周末北京有什么人工智能活动", "space lectures for kids in Changsha", "明晚 线上 天文直播"]
_EVENT_LINK = re.compile(r"e_(\d{1,10})")


def _language_row(ctx: Ctx) -> list[Button]:
    if ctx.lang == "zh":
        return [Button("English", callback_data("set", "lang", "en"))]
    return [Button("中文", callback_data("set", "lang", "zh"))]


@router.command("start", menu=N_("Start and examples"))
async def start(ctx: Ctx, inc: Incoming) -> list[Reply]:
    payload = inc.text.strip()
    match = _EVENT_LINK.fullmatch(payload)
    if match and 0 < int(match.group(1)) <= MAX_EVENT_ID:
        return await open_event(ctx, int(match.group(1)))
    _ = ctx._
    name = esc(clip(inc.user.first_name, 40))
    hello = _("Hello, {name}!", name=name) if name else _("Hello!")
    text = "\n".join([
        hello + " " + _("I find public science events in China: open days, lectures, livestreams."),
        "",
        "• " + _("Write what you are looking for: “AI events in Beijing this weekend”."),
        "• " + _("Share your location 📍 to see what is near you."),
        "• " + _("/today and /weekend show your home city; /settings sets language, city and time zone."),
    ])
    rows = [[Button(_(example), callback_data("ex", i))] for i, example in enumerate(EXAMPLES)]
    if inc.chat is None or inc.chat.is_private:
        rows.append(_language_row(ctx))
    return [Reply(text=text, buttons=rows)]


@router.callback("ex")
async def on_example(ctx: Ctx, inc: Incoming, args: list[str]) -> list[Reply]:
    if len(args) != 1:
        raise Expired
    example = ctx._(EXAMPLES[int_arg(args, 0, hi=len(EXAMPLES) - 1)])
    return await show_results(ctx, ctx.services.parse(example, ctx.profile.tz))


@router.command("help", menu=N_("How to ask"))
async def help_(ctx: Ctx, inc: Incoming) -> list[Reply]:
    _ = ctx._
    text = "\n".join([
        "<b>" + _("How to ask") + "</b>",
        _("Write a place, a time and a topic in any order, in Chinese or English:"),
        *(f"• “{example}”" for example in HELP_EXAMPLES),
        _("Or share your location 📍 for events nearby."),
        "",
        "<b>" + _("Commands") + "</b>",
        "/today — " + _("Events today in your city"),
        "/tomorrow — " + _("Events tomorrow"),
        "/weekend — " + _("Events this weekend"),
        "/topics — " + _("Browse by topic"),
        "/settings — " + _("Language, home city, time zone"),
        "/start — " + _("Start and examples"),
        "",
        _("In a group, mention me (@{bot}) or use my commands; I stay quiet otherwise.",
          bot=esc(ctx.bot_username or "bot")),
        _("In any chat, type @{bot} and a few words to share an event.", bot=esc(ctx.bot_username or "bot")),
    ])
    return [Reply(text=text)]


@router.command("cancel")
async def cancel(ctx: Ctx, inc: Incoming) -> list[Reply]:
    # The pending question (if any) was already dropped: every command ends it.
    return [Reply(text=ctx._("OK. Ask me anything, or see /help."))]
