"""Webhook delivery: POST pending updates to the bot's URL, one at a time, in order.

Like Telegram: JSON body, header ``X-Telegram-Bot-Api-Secret-Token`` when a secret was set,
any non-2xx answer or connection error is retried (``attempts`` times in all, with
``retry_delay * attempt`` between tries) and reported by getWebhookInfo (last_error_date /
last_error_message); after the last attempt the update is dropped (Telegram keeps trying for
hours - tests want a bounded answer). An answer with a JSON body holding a
``method`` is executed as a Bot API call, as Telegram does for webhook replies.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import TYPE_CHECKING, Any

import aiohttp

from .world import BotState, PendingUpdate

if TYPE_CHECKING:
    from .server import BotApiServer

log = logging.getLogger(__name__)


class WebhookSender:
    def __init__(self, server: BotApiServer, bot: BotState) -> None:
        self.server = server
        self.bot = bot
        self.task: asyncio.Task[None] | None = None
        self.delivering = False

    def start(self) -> None:
        if self.task is None or self.task.done():
            self.task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            try:
                await self.task
            except (asyncio.CancelledError, Exception):
                pass
            self.task = None

    async def _run(self) -> None:
        timeout = aiohttp.ClientTimeout(total=self.server.webhook_timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while self.bot.webhook is not None and not self.server.closing.is_set():
                self.bot.take(0)  # drop updates of types the webhook did not ask for
                if not self.bot.pending:
                    changed = self.bot._changed
                    await changed.wait()
                    continue
                item = self.bot.pending[0]
                self.delivering = True
                try:
                    await self._deliver(session, item)
                except Exception:  # a bug here must not stop delivery for the whole test run
                    log.exception("webhook delivery of update %s crashed", item.update_id)
                finally:
                    self.delivering = False
                    self.server.touch()
                if self.bot.pending and self.bot.pending[0] is item:
                    self.bot.pending.pop(0)
                self.server.notify()

    async def _deliver(self, session: aiohttp.ClientSession, item: PendingUpdate) -> None:
        wh = self.bot.webhook
        assert wh is not None
        headers = {"Content-Type": "application/json"}
        if wh.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = wh.secret_token
        body = json.dumps(item.update, ensure_ascii=False).encode()
        for attempt in range(1, self.server.webhook_attempts + 1):
            item.handed_out = True
            try:
                async with session.post(wh.url, data=body, headers=headers) as resp:
                    text = await resp.read()
                    if 200 <= resp.status < 300:
                        self.server.webhook_deliveries.append((self.bot.token, item.update, resp.status))
                        await self._webhook_reply(resp.content_type, text)
                        return
                    error = f"Wrong response from the webhook: {resp.status} {resp.reason}"
            except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as e:
                error = f"Connection error: {type(e).__name__}"
            self.server.webhook_deliveries.append((self.bot.token, item.update, error))
            wh.last_error_date = self.server.now()
            wh.last_error_message = error
            log.info("webhook delivery of update %s failed (%s)", item.update_id, error)
            if attempt < self.server.webhook_attempts:
                await asyncio.sleep(self.server.webhook_retry_delay * attempt)

    async def _webhook_reply(self, content_type: str, text: bytes) -> None:
        if content_type != "application/json" or not text:
            return
        try:
            data: Any = json.loads(text)
        except ValueError:
            return
        if isinstance(data, dict) and isinstance(data.get("method"), str):
            params = {k: v for k, v in data.items() if k != "method"}
            await self.server.call(data["method"], token=self.bot.token, via="webhook-reply", **params)
