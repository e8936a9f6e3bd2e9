"""Sending one message, whatever Telegram library does it, with failures in neutral terms.

The sender (bot.delivery.sender) only knows `Transport.send(chat_id, text_html, buttons) -> message_id`
and the errors below; the aiogram and python-telegram-bot implementations map their exceptions onto
them. What each error means to the sender:

* RetryAfter(seconds)  — flood control: wait that long before the next message to that chat;
* Blocked              — 403: the user blocked the bot / the bot left the group: permanent for the chat;
* ChatNotFound         — 400 "chat not found": permanent for the chat;
* ChatMigrated(new_id) — the group became a supergroup: send again to the new id;
* BadRequest           — anything else the server refused: permanent for this message;
* TransientError       — 5xx, network failure, timeout: try again later (with backoff);
* Unavailable          — the token is rejected (401/404): nothing can be sent; pause, count no attempt.
"""
from __future__ import annotations

import asyncio
from typing import Protocol

from handlers.types import Button


class DeliveryError(Exception):
    def __init__(self, description: str = ""):
        super().__init__(description)
        self.description = description


class RetryAfter(DeliveryError):
    def __init__(self, seconds: float, description: str = ""):
        super().__init__(description or f"retry after {seconds}")
        self.seconds = float(seconds)


class Blocked(DeliveryError):
    pass


class ChatNotFound(DeliveryError):
    pass


class BadRequest(DeliveryError):
    pass


class ChatMigrated(BadRequest):
    def __init__(self, new_chat_id: int, description: str = ""):
        super().__init__(description or f"migrated to {new_chat_id}")
        self.new_chat_id = int(new_chat_id)


class TransientError(DeliveryError):
    pass


class Unavailable(DeliveryError):
    pass


class Transport(Protocol):
    async def send(self, chat_id: int, text_html: str, buttons: list[list[Button]], *, paid: bool = False) -> int:
        """Send one HTML message with inline buttons; return its message_id or raise a DeliveryError."""
        ...


def _is_chat_not_found(text: str) -> bool:
    text = text.lower()
    return "chat not found" in text or "peer_id_invalid" in text or "user not found" in text


# ---------------------------------------------------------------- aiogram

class AiogramTransport:
    def __init__(self, bot, *, timeout: float = 20.0):
        from bot.runtime.aiogram_runtime import pin_response_models

        pin_response_models()  # answers are read without rebuilding pydantic models (see there)
        self.bot = bot  # aiogram.Bot
        self.timeout = timeout

    @staticmethod
    def _markup(buttons: list[list[Button]]):
        from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

        rows = [[InlineKeyboardButton(text=b.text, callback_data=b.callback_data, url=b.url) for b in row]
                for row in buttons if row]
        return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None

    async def send(self, chat_id: int, text_html: str, buttons: list[list[Button]], *, paid: bool = False) -> int:
        from aiogram import exceptions as ex
        from aiogram.types import LinkPreviewOptions

        try:
            msg = await self.bot.send_message(
                chat_id=chat_id, text=text_html, parse_mode="HTML", reply_markup=self._markup(buttons),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                allow_paid_broadcast=True if paid else None, request_timeout=int(self.timeout))
        except ex.TelegramRetryAfter as e:
            raise RetryAfter(e.retry_after, e.message) from e
        except ex.TelegramMigrateToChat as e:
            raise ChatMigrated(e.migrate_to_chat_id, e.message) from e
        except ex.TelegramForbiddenError as e:
            raise Blocked(e.message) from e
        except ex.TelegramUnauthorizedError as e:
            raise Unavailable(e.message) from e
        except ex.TelegramServerError as e:
            raise TransientError(e.message) from e
        except ex.TelegramNetworkError as e:
            raise TransientError(e.message) from e
        except (ex.TelegramBadRequest, ex.TelegramNotFound, ex.TelegramConflictError, ex.TelegramEntityTooLarge) as e:
            if _is_chat_not_found(e.message):
                raise ChatNotFound(e.message) from e
            if isinstance(e, ex.TelegramNotFound):
                raise Unavailable(e.message) from e  # 404 on sendMessage: the token/URL is wrong
            raise BadRequest(e.message) from e
        except ex.TelegramAPIError as e:  # anything else the server said, e.g. an undecodable proxy page
            raise TransientError(str(e)) from e
        except (asyncio.TimeoutError, OSError) as e:
            raise TransientError(repr(e)) from e
        return msg.message_id


# ---------------------------------------------------------------- python-telegram-bot

class PTBTransport:
    def __init__(self, bot, *, timeout: float = 20.0):
        self.bot = bot  # telegram.Bot, initialized (await bot.initialize())
        self.timeout = timeout

    @classmethod
    def create(cls, token: str, *, base_url: str | None = None, concurrency: int = 16,
               timeout: float = 20.0) -> "PTBTransport":
        """A Bot with a connection pool as large as the sender's concurrency (PTB's default is 1)."""
        from telegram import Bot
        from telegram.request import HTTPXRequest

        request = HTTPXRequest(connection_pool_size=concurrency, read_timeout=timeout, write_timeout=timeout,
                               connect_timeout=timeout, pool_timeout=timeout)
        kw = {"base_url": f"{base_url.rstrip('/')}/bot"} if base_url else {}
        return cls(Bot(token, request=request, **kw), timeout=timeout)

    @staticmethod
    def _markup(buttons: list[list[Button]]):
        from telegram import InlineKeyboardButton, InlineKeyboardMarkup

        rows = [[InlineKeyboardButton(b.text, callback_data=b.callback_data, url=b.url) for b in row]
                for row in buttons if row]
        return InlineKeyboardMarkup(rows) if rows else None

    async def send(self, chat_id: int, text_html: str, buttons: list[list[Button]], *, paid: bool = False) -> int:
        from telegram import LinkPreviewOptions
        from telegram import error as ex

        try:
            msg = await self.bot.send_message(
                chat_id=chat_id, text=text_html, parse_mode="HTML", reply_markup=self._markup(buttons),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                allow_paid_broadcast=True if paid else None,
                read_timeout=self.timeout, write_timeout=self.timeout, connect_timeout=self.timeout,
                pool_timeout=self.timeout)
        except ex.RetryAfter as e:
            wait = getattr(e, "_retry_after", None)  # a timedelta; the public attribute warns in PTB 22
            seconds = wait.total_seconds() if wait is not None else float(e.retry_after)
            raise RetryAfter(seconds, e.message) from e
        except ex.ChatMigrated as e:
            raise ChatMigrated(e.new_chat_id, e.message) from e
        except ex.Forbidden as e:
            raise Blocked(e.message) from e
        except ex.InvalidToken as e:
            raise Unavailable(e.message) from e
        except ex.BadRequest as e:
            if _is_chat_not_found(e.message):
                raise ChatNotFound(e.message) from e
            raise BadRequest(e.message) from e
        except ex.Conflict as e:
            raise BadRequest(e.message) from e
        except ex.NetworkError as e:  # includes TimedOut and every 5xx
            raise TransientError(e.message) from e
        except ex.TelegramError as e:
            raise TransientError(e.message) from e
        except (asyncio.TimeoutError, OSError) as e:
            raise TransientError(repr(e)) from e
        return msg.message_id


def for_runtime(runtime, *, timeout: float = 20.0) -> Transport:
    """The transport over the bot object a started runtime already holds (bot.runtime): aiogram's Bot or
    python-telegram-bot's Application.bot, so notices share its HTTP session."""
    application = getattr(runtime, "app", None)
    if application is not None and hasattr(application, "bot"):
        return PTBTransport(application.bot, timeout=timeout)
    bot = getattr(runtime, "bot", None)
    if bot is None:
        raise ValueError("the runtime is not started: it has no bot yet")
    return AiogramTransport(bot, timeout=timeout)
