"""The part of starting and stopping that does not depend on the framework."""
from __future__ import annotations

import logging
import secrets
from abc import ABC, abstractmethod

from bot.config import Settings
from bot.i18n import LANGUAGES, translator
from bot.runtime.common import BotApi, Bridge, Pacer, SendLimits
from bot.runtime.webhook import WebhookServer, webhook_path
from handlers.conversation import Conversation

log = logging.getLogger(__name__)


class ConfigurationError(RuntimeError):
    """The settings cannot run a bot (no token, …); the message says what to set."""


class Runtime(ABC):
    def __init__(self, settings: Settings, conversation: Conversation, *, limits: SendLimits | None = None):
        if settings.bot_token is None or not settings.bot_token.get_secret_value().strip():
            raise ConfigurationError("BOT_TOKEN is not set (or run `python -m bot run --playground`)")
        self.settings = settings
        self.conversation = conversation
        self.token = settings.bot_token.get_secret_value().strip()
        self.api_url = settings.telegram_api_url.rstrip("/")
        self.pacer = Pacer(limits)
        self.bridge: Bridge | None = None
        self.bot_username = ""
        self._webhook: WebhookServer | None = None
        self.ops = None  # bot.ops.Ops, set by the composition root: Redis chat lock, /readyz, /metrics
        self.webhook_secret = (settings.webhook_secret.get_secret_value() if settings.webhook_secret
                               else secrets.token_urlsafe(32))

    @property
    def mode(self) -> str:
        return "webhook" if self.settings.webhook_url else "polling"

    async def start(self) -> None:
        bot_id, self.bot_username = await self._connect()
        self.bridge = Bridge(self.conversation, self._api(), bot_id=bot_id, bot_username=self.bot_username,
                             pacer=self.pacer, chat_lock=self.ops.chat_lock if self.ops else None,
                             budget=self.ops.budget(self.settings.sender_rate) if self.ops else None)
        await self._set_menu()
        if self.settings.webhook_url:
            self._webhook = WebhookServer(self.settings.webhook_listen_host, self.settings.webhook_listen_port,
                                          webhook_path(self.settings.webhook_url), self.webhook_secret,
                                          self._feed_webhook, self.ops.add_routes if self.ops else None)
            await self._webhook.start()
            await self._set_webhook(self.settings.webhook_url, self.webhook_secret)
        else:
            await self._start_polling()
        log.info("@%s is running (%s, %s)", self.bot_username, self.settings.bot_framework, self.mode)

    async def stop(self) -> None:
        """Stop taking updates, let the ones in hand be answered, then close the HTTP session."""
        try:
            if self._webhook is not None:
                await self._webhook.stop()
                self._webhook = None
            else:
                await self._stop_polling()
            if self.bridge is not None:
                await self.bridge.drain()
        finally:
            await self._close()

    async def _set_menu(self) -> None:
        entries = self.conversation.router.menu
        for lang in (None, *LANGUAGES):
            t = translator(lang or self.settings.default_language)
            await self._set_commands([(e.command, t.gettext(e.description)) for e in entries], lang)

    # -- what each framework provides

    @abstractmethod
    async def _connect(self) -> tuple[int, str]:
        """Create the framework's bot against TELEGRAM_API_URL and return getMe's (id, username)."""

    @abstractmethod
    def _api(self) -> BotApi: ...

    @abstractmethod
    async def _set_commands(self, commands: list[tuple[str, str]], language: str | None) -> None: ...

    @abstractmethod
    async def _start_polling(self) -> None:
        """Delete any webhook, then poll in the background."""

    @abstractmethod
    async def _stop_polling(self) -> None: ...

    @abstractmethod
    async def _set_webhook(self, url: str, secret: str) -> None: ...

    @abstractmethod
    async def _feed_webhook(self, update: dict) -> None:
        """Parse the update with the framework and run it through its dispatching to the bridge."""

    @abstractmethod
    async def _close(self) -> None: ...
