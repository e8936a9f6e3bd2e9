"""The conversation on aiogram 3: a Dispatcher with one handler per update type, each passing the
update on to the shared bridge; `AiogramApi` renders replies with aiogram's Bot."""
from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramAPIError, TelegramNetworkError, TelegramRetryAfter
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)

from bot.runtime.base import Runtime
from bot.runtime.common import ALLOWED_UPDATES, ApiFailure, BotApi
from handlers.types import Button, InlineArticle

log = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def pin_response_models() -> tuple:
    """aiogram reads every answer as `Response[<the method's result type>]`, a pydantic generic model.
    pydantic keeps those in a weak cache, so each garbage collection drops them and the next call
    builds the model again (about 10 ms each: 10% of the bot's CPU under load, by py-spy). Holding
    them here makes them built once per process."""
    from aiogram import methods
    from aiogram.methods.base import Response

    used = ("SendMessage", "EditMessageText", "AnswerCallbackQuery", "AnswerInlineQuery", "SendDocument",
            "SendVenue", "SendLocation", "GetFile", "GetUpdates", "GetMe", "SetMyCommands", "DeleteWebhook",
            "SetWebhook")
    return tuple(Response[getattr(methods, name).__returning__] for name in used)


_RESPONSE_MODELS = pin_response_models()


def _markup(rows: list[list[Button]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(
        text=b.text, callback_data=b.callback_data, url=b.url, switch_inline_query=b.switch_inline_query)
        for b in row] for row in rows])


@contextlib.asynccontextmanager
async def _neutral_errors():
    try:
        yield
    except TelegramRetryAfter as exc:
        raise ApiFailure(exc.message, retry_after=float(exc.retry_after), code=429) from exc
    except TelegramNetworkError as exc:
        raise ApiFailure(f"network: {exc.message}") from exc
    except TelegramAPIError as exc:
        raise ApiFailure(exc.message) from exc


class AiogramApi(BotApi):
    def __init__(self, bot: Bot):
        self.bot = bot

    async def send_text(self, chat_id: int, text: str, buttons: list[list[Button]]) -> int:
        async with _neutral_errors():
            msg = await self.bot.send_message(chat_id, text, reply_markup=_markup(buttons),
                                              link_preview_options=NO_PREVIEW)
        return msg.message_id

    async def edit_text(self, chat_id: int, message_id: int, text: str, buttons: list[list[Button]]) -> None:
        async with _neutral_errors():
            await self.bot.edit_message_text(text=text, chat_id=chat_id, message_id=message_id,
                                             reply_markup=_markup(buttons), link_preview_options=NO_PREVIEW)

    async def send_document(self, chat_id: int, file_name: str, data: bytes, caption: str) -> int:
        async with _neutral_errors():
            msg = await self.bot.send_document(chat_id, BufferedInputFile(data, file_name), caption=caption or None)
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
            input_message_content=InputTextMessageContent(message_text=a.text, parse_mode="HTML",
                                                          link_preview_options=NO_PREVIEW))
            for a in results]
        button = InlineQueryResultsButton(text=start[0], start_parameter=start[1]) if start else None
        async with _neutral_errors():
            await self.bot.answer_inline_query(query_id, articles, cache_time=30, is_personal=True,
                                               next_offset=next_offset or None, button=button)

    async def download(self, file_id: str) -> bytes:
        async with _neutral_errors():
            buf = io.BytesIO()
            file = await self.bot.get_file(file_id)
            await self.bot.download_file(file.file_path, buf)
        return buf.getvalue()


class AiogramRuntime(Runtime):
    bot: Bot
    dp: Dispatcher
    _polling: asyncio.Task | None = None

    async def _connect(self) -> tuple[int, str]:
        session = AiohttpSession(api=TelegramAPIServer.from_base(self.api_url))
        self.bot = Bot(self.token, session=session, default=DefaultBotProperties(parse_mode="HTML"))
        self.dp = Dispatcher()
        for observer in (self.dp.message, self.dp.callback_query, self.dp.inline_query):
            observer.register(self._on_update)
        me = await self.bot.get_me()
        return me.id, me.username or ""

    async def _on_update(self, _event: Any, event_update: Update) -> None:
        assert self.bridge is not None
        await self.bridge.process(event_update.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_unset=True))

    def _api(self) -> BotApi:
        return AiogramApi(self.bot)

    async def _set_commands(self, commands: list[tuple[str, str]], language: str | None) -> None:
        await self.bot.set_my_commands([BotCommand(command=c, description=d) for c, d in commands],
                                       language_code=language)

    async def _start_polling(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)
        self._polling = asyncio.create_task(self.dp.start_polling(
            self.bot, handle_signals=False, close_bot_session=False, allowed_updates=ALLOWED_UPDATES,
            polling_timeout=10))

    async def _stop_polling(self) -> None:
        task, self._polling = self._polling, None
        if task is None:
            return
        for _ in range(200):
            if task.done():
                break
            try:
                await self.dp.stop_polling()
                break
            except RuntimeError:  # "Polling is not started": the task has not begun yet; let it
                await asyncio.sleep(0.01)
        try:
            await asyncio.wait_for(task, 15)
        except (asyncio.TimeoutError, asyncio.CancelledError):
            log.warning("polling did not stop in time; cancelled")

    async def _set_webhook(self, url: str, secret: str) -> None:
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)

    async def _feed_webhook(self, update: dict) -> None:
        try:
            await self.dp.feed_webhook_update(self.bot, update)
        except Exception:  # noqa: BLE001 - a malformed update; the bridge never raises
            log.exception("webhook update %s could not be read", update.get("update_id"))

    async def _close(self) -> None:
        if getattr(self, "bot", None) is not None:
            await self.bot.session.close()
