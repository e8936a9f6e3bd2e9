"""Runtimes: the same conversation on aiogram or on python-telegram-bot, by long polling or webhook.

`make_runtime(settings, conversation)` picks the adapter from BOT_FRAMEWORK; `await rt.start()`
connects (getMe), sets the command menu, and starts polling or the webhook endpoint (WEBHOOK_URL);
`await rt.stop()` stops taking updates, lets the ones in hand finish, and closes the HTTP session.
"""
from __future__ import annotations

from bot.config import Settings
from bot.runtime.base import Runtime
from bot.runtime.common import SendLimits
from handlers.conversation import Conversation


def make_runtime(settings: Settings, conversation: Conversation, *, limits: SendLimits | None = None) -> Runtime:
    if settings.bot_framework == "ptb":
        from bot.runtime.ptb_runtime import PtbRuntime

        return PtbRuntime(settings, conversation, limits=limits)
    from bot.runtime.aiogram_runtime import AiogramRuntime

    return AiogramRuntime(settings, conversation, limits=limits)


__all__ = ["Runtime", "SendLimits", "make_runtime"]
