"""The conversation on python-telegram-bot 22: an Application with one TypeHandler passing every
update on to the shared bridge; `PtbApi` renders replies with PTB's Bot."""
from __future__ import annotations

import contextlib
import logging
import warnings
from datetime import timedelta

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from bot.runtime.base import Runtime
from bot.runtime.common import ALLOWED_UPDATES, ApiFailure, BotApi
from handlers.types import Button, InlineArticle

log = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def _markup(rows: list[list[Button]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(
        b.text, callback_data=b.callback_data, url=b.url, switch_inline_query=b.switch_inline_query)
        for b in row] for row in rows])


@contextlib.asynccontextmanager
async def _neutral_errors():
    try:
        yield
    except RetryAfter as exc:
        with warnings.catch_warnings():  # PTB 22 warns that retry_after will become a timedelta
            warnings.simplefilter("ignore")
            after = exc.retry_after
        seconds = after.total_seconds() if isinstance(after, timedelta) else float(after)
        raise ApiFailure(exc.message, retry_after=float(seconds), code=429) from exc
    except (TimedOut, NetworkError) as exc:
        raise ApiFailure(f"network: {exc.message}") from exc
    except TelegramError as exc:
        raise ApiFailure(exc.message) from exc


class PtbApi(BotApi):
    def __init__(self, application: Application):
        self.bot = application.bot

    async def send_text(self, chat_id: int, text: str, buttons: list[list[Button]]) -> int:
        async with _neutral_errors():
            msg = await self.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=_markup(buttons),
                                              link_preview_options=NO_PREVIEW)
        return msg.message_id

    async def edit_text(self, chat_id: int, message_id: int, text: str, buttons: list[list[Button]]) -> None:
        async with _neutral_errors():
            await self.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id, parse_mode=ParseMode.HTML,
                                             reply_markup=_markup(buttons), link_preview_options=NO_PREVIEW)

    async def send_document(self, chat_id: int, file_name: str, data: bytes, caption: str) -> int:
        async with _neutral_errors():
            msg = await self.bot.send_document(chat_id, data, filename=file_name, caption=caption or None,
                                               parse_mode=ParseMode.HTML)
        return msg.message_id

    async def send_venue(self, chat_id: int, lat: float, lon: float, title: str, address: str) -> int:
        async with _neutral_errors():
            msg = await self.bot.send_venue(chat_id, lat, lon, title, address)
        return msg.message_id

    async def send_location(self, chat_id: int, lat: float, lon: float) -> int:
        async with _neutral_errors():
            msg = await self.bot.send_location(chat_id, lat, lon)
        return msg.message_id

    async def answer_callback(self, callback_id: str, text: str | None, alert: bool) -> None:
        async with _neutral_errors():
            await self.bot.answer_callback_query(callback_id, text=text, show_alert=alert or None)

    async def answer_inline(self, query_id: str, results: list[InlineArticle], next_offset: str,
                            start: tuple[str, str] | None) -> None:
        articles = [InlineQueryResultArticle(
            id=a.id, title=a.title, description=a.description or None, reply_markup=_markup(a.buttons),
            input_message_content=InputTextMessageContent(a.text, parse_mode=ParseMode.HTML,
                                                          link_preview_options=NO_PREVIEW))
            for a in results]
        button = InlineQueryResultsButton(text=start[0], start_parameter=start[1]) if start else None
        async with _neutral_errors():
            await self.bot.answer_inline_query(query_id, articles, cache_time=30, is_personal=True,
                                               next_offset=next_offset or None, button=button)

    async def download(self, file_id: str) -> bytes:
        async with _neutral_errors():
            file = await self.bot.get_file(file_id)
            return bytes(await file.download_as_bytearray())


class PtbRuntime(Runtime):
    app: Application

    async def _connect(self) -> tuple[int, str]:
        builder: ApplicationBuilder = (
            Application.builder().token(self.token)
            .base_url(f"{self.api_url}/bot").base_file_url(f"{self.api_url}/file/bot")
            # The bridge keeps one user's updates in order and serves users in parallel.
            .concurrent_updates(64)
        )
        if self.settings.webhook_url:
            builder = builder.updater(None)
        self.app = builder.build()
        self.app.add_handler(TypeHandler(Update, self._on_update))
        await self.app.initialize()  # getMe
        await self.app.start()
        me = self.app.bot.bot
        return me.id, me.username or ""

    async def _on_update(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert self.bridge is not None
        await self.bridge.process(update.to_dict())

    def _api(self) -> BotApi:
        return PtbApi(self.app)

    async def _set_commands(self, commands: list[tuple[str, str]], language: str | None) -> None:
        await self.app.bot.set_my_commands([BotCommand(c, d) for c, d in commands], language_code=language)

    async def _start_polling(self) -> None:
        await self.app.bot.delete_webhook(drop_pending_updates=False)
        await self.app.updater.start_polling(allowed_updates=ALLOWED_UPDATES, timeout=10,
                                             error_callback=self._polling_error)

    @staticmethod
    def _polling_error(exc: TelegramError) -> None:
        log.warning("getUpdates failed, retrying: %s", exc)

    async def _stop_polling(self) -> None:
        if getattr(self, "app", None) is not None and self.app.updater is not None and self.app.updater.running:
            await self.app.updater.stop()

    async def _set_webhook(self, url: str, secret: str) -> None:
        await self.app.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)

    async def _feed_webhook(self, update: dict) -> None:
        try:
            parsed = Update.de_json(update, self.app.bot)
        except Exception:  # noqa: BLE001 - a malformed update
            log.exception("webhook update %s could not be read", update.get("update_id"))
            return
        await self.app.process_update(parsed)

    async def _close(self) -> None:
        if getattr(self, "app", None) is None:
            return
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()
