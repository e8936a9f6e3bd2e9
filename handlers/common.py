"""Answers for what no specific handler takes: unknown commands, stickers and photos, expired buttons."""
from __future__ import annotations

from handlers.context import Ctx
from handlers.render import esc
from handlers.router import router
from handlers.types import Incoming, Reply


def expired(ctx: Ctx) -> list[Reply]:
    return [Reply(toast=ctx._("This button has expired. Send your question again, or /start."), toast_alert=True)]


async def unknown_command(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return [Reply(text=ctx._("I don't know the command /{command}. Here is what I can do: /help",
                             command=esc((inc.command or "")[:32])))]


async def not_understood(ctx: Ctx, inc: Incoming) -> list[Reply]:
    """Stickers, photos, voice, files: say what does work."""
    if inc.chat is not None and not inc.chat.is_private:
        return []  # in a group, a sticker that mentions us is still not a question
    return [Reply(text=ctx._("I can read text and locations. Write what you are looking for, "
                             "e.g. “science events in Beijing this weekend”, or share your location 📍."))]


async def empty_inline(ctx: Ctx, inc: Incoming) -> list[Reply]:
    return [Reply(inline_results=[])]


router.on_other(not_understood)
