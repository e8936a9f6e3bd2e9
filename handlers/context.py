"""What a handler gets besides the incoming update: the user's profile, their language, the unit of
work for this update, and the conversation-wide settings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.config import Settings
from bot.i18n import Translator, translator
from bot.services import Profile, Services, Unit
from handlers.types import Incoming


@dataclass
class Ctx:
    services: Services
    svc: Unit  # this update's unit of work
    profile: Profile
    settings: Settings
    incoming: Incoming
    bot_username: str = ""

    @property
    def lang(self) -> str:
        return self.profile.lang

    @property
    def tr(self) -> Translator:
        return translator(self.profile.lang)

    def _(self, msgid: str, **values: object) -> str:
        """Translate, then fill {placeholders}; values must already be HTML-escaped."""
        return self.tr.gettext(msgid, **values)

    def n_(self, singular: str, plural: str, n: int, **values: object) -> str:
        return self.tr.ngettext(singular, plural, n, **values)

    @property
    def now(self) -> datetime:
        return self.services.now(self.profile.tz)

    def deep_link(self, payload: str) -> str | None:
        """t.me link that opens this bot with /start <payload>; None before the runtime knows our name."""
        return f"https://t.me/{self.bot_username}?start={payload}" if self.bot_username else None
