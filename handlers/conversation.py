"""The one entry point a runtime calls: `await conversation.handle(incoming)` → replies to send.

In order: groups (stay quiet unless addressed), flood control, then one unit of work in which the
user's profile is loaded and the registered handler runs. Whatever goes wrong inside becomes a short
apology in the user's language; an exception never reaches the framework.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace

from bot.config import Settings
from bot.i18n import pick_language, translator
from bot.services import Services
from handlers import common
from handlers.context import Ctx
from handlers.flood import FloodGuard, Verdict
from handlers.router import Expired, Router, parse_callback
from handlers.types import Incoming, Reply

log = logging.getLogger(__name__)


class Conversation:
    def __init__(self, services: Services, settings: Settings, *, router: Router | None = None,
                 flood: FloodGuard | None = None, bot_username: str = ""):
        from handlers import load_handlers

        self.services = services
        self.settings = settings
        self.router = router or load_handlers()
        self.flood = flood or FloodGuard()
        self.bot_username = bot_username  # set by the runtime once getMe has answered

    async def handle(self, inc: Incoming) -> list[Reply]:
        if inc.chat is not None and not inc.chat.is_private and not inc.addressed and inc.kind != "callback":
            return []  # a group's own conversation is none of our business
        if inc.kind != "inline":  # inline queries come with every keystroke; Telegram paces them itself
            verdict = self.flood.check(inc.user.id)
            if verdict is not Verdict.OK:
                return self._slow_down(inc, verdict)
        try:
            return await self._handle(inc)
        except Exception:  # noqa: BLE001 - the last line of defence: log it, apologise, carry on
            log.exception("update %s (%s) failed", inc.update_id, inc.kind)
            return self._apology(inc)

    async def _handle(self, inc: Incoming) -> list[Reply]:
        async with self.services.unit() as svc:
            profile = await svc.profile(inc.user.id, inc.user.language_code)
            ctx = Ctx(self.services, svc, profile, self.settings, self._clean(inc), self.bot_username)
            return await self._dispatch(ctx)

    def _clean(self, inc: Incoming) -> Incoming:
        """In groups the text may carry "@ourbot"; what is asked is the rest."""
        if self.bot_username and inc.text and "@" in inc.text:
            text = re.sub(rf"@{re.escape(self.bot_username)}\b", " ", inc.text, flags=re.I).strip()
            return replace(inc, text=text)
        return inc

    async def _dispatch(self, ctx: Ctx) -> list[Reply]:
        inc, r = ctx.incoming, self.router
        if inc.kind == "command":
            if ctx.profile.pending:
                await ctx.svc.set_pending(ctx.profile.id, None)  # any command ends a pending question
            handler = r.commands.get((inc.command or "").lower())
            return await (handler or common.unknown_command)(ctx, inc)
        if inc.kind == "callback":
            return await self._callback(ctx)
        if inc.kind == "text":
            pending = r.pending.get(ctx.profile.pending or "")
            if pending is not None and inc.chat is not None and inc.chat.is_private:
                return await pending(ctx, inc)
            return await (r.text_handler or common.not_understood)(ctx, inc)
        if inc.kind == "location":
            return await (r.location_handler or common.not_understood)(ctx, inc)
        if inc.kind == "inline":
            return await (r.inline_handler or common.empty_inline)(ctx, inc)
        if inc.kind == "document":
            return await (r.document_handler or common.not_understood)(ctx, inc)
        return await (r.other_handler or common.not_understood)(ctx, inc)

    async def _callback(self, ctx: Ctx) -> list[Reply]:
        parsed = parse_callback(ctx.incoming.callback_data)
        handler = self.router.callbacks.get(parsed[0]) if parsed else None
        if handler is None:
            return common.expired(ctx)
        try:
            replies = await handler(ctx, ctx.incoming, parsed[1])
        except Expired:
            return common.expired(ctx)
        return replies

    # -- answers given without a unit of work

    def _lang(self, inc: Incoming) -> str:
        return pick_language(None, inc.user.language_code, self.settings.default_language)

    def _slow_down(self, inc: Incoming, verdict: Verdict) -> list[Reply]:
        t = translator(self._lang(inc))
        text = t.gettext("You're sending messages very fast. I'll answer again in a moment 🙂")
        if inc.kind == "callback":  # a callback must be answered anyway: a toast costs no message
            return [Reply(toast=text)]
        if verdict is Verdict.WARN:
            return [Reply(text=text)]
        return []

    def _apology(self, inc: Incoming) -> list[Reply]:
        t = translator(self._lang(inc))
        text = t.gettext("Sorry, something went wrong on my side. Please try again in a minute.")
        if inc.kind == "callback":
            return [Reply(toast=text, toast_alert=True)]
        if inc.kind == "inline":
            return [Reply(inline_results=[])]
        return [Reply(text=text)]
