"""Inline mode: "@bot query" in any chat lists matching events; each one sent links back to the bot."""
from __future__ import annotations

import html

from handlers.context import Ctx
from handlers.render import clip, event_card, place_line, when
from handlers.router import router
from handlers.types import Button, InlineArticle, Incoming, Reply

INLINE_PAGE = 10
MAX_INLINE_OFFSET = 200


def _offset(raw: str) -> int:
    """Telegram echoes our next_offset back; anything else (forged, stale) starts from the top."""
    return int(raw) if raw.isdigit() and int(raw) <= MAX_INLINE_OFFSET else 0


@router.on_inline
async def on_inline(ctx: Ctx, inc: Incoming) -> list[Reply]:
    text = inc.text.strip()
    offset = _offset(inc.inline_offset)
    if text:
        q = ctx.services.parse(text, ctx.profile.tz)
    else:
        q = ctx.services.query_for(ctx.profile.tz, place_code=ctx.profile.home_city)
    results = await ctx.svc.search(q, offset=offset, limit=INLINE_PAGE)
    articles = []
    for ev, _km in results.hits:
        deep = ctx.deep_link(f"e_{ev.id}")
        buttons = [[Button("🔎 " + ctx._("Open in the bot"), url=deep)]] if deep else []
        # The description is plain text; `when` and `place_line` give HTML, so strip it back.
        plain = f"{when(ev, ctx)} · {place_line(ev, ctx)}"
        articles.append(InlineArticle(
            id=f"e{ev.id}", title=clip(ev.title, 100), description=html.unescape(clip(plain, 200)),
            text=event_card(ev, ctx, description_chars=0), buttons=buttons))
    more = results.offset + len(results.hits) < results.total and offset + INLINE_PAGE <= MAX_INLINE_OFFSET
    start = (ctx._("Nothing found? Ask me in a chat") if not articles else ctx._("Open the bot"), "inline")
    return [Reply(inline_results=articles, inline_next_offset=str(offset + INLINE_PAGE) if more else "",
                  inline_start=start if ctx.bot_username else None)]
