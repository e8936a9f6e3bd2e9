"""The webhook endpoint, one for both frameworks: check Telegram's secret header, then hand the
update to the runtime. Telegram waits for our answer before sending the next update of the bot, so
the update is handled within the request, in order."""
from __future__ import annotations

import hmac
import json
import logging
from typing import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_path(webhook_url: str) -> str:
    return urlsplit(webhook_url).path or "/"


def webhook_app(path: str, secret: str, feed: Callable[[dict], Awaitable[None]],
                extra_routes: Callable[[web.Application], None] | None = None) -> web.Application:
    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=401, text="unauthorized")
        try:
            update = json.loads(await request.read())
        except (ValueError, UnicodeDecodeError):
            return web.Response(status=400, text="not JSON")
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.Response(status=400, text="not an update")
        await feed(update)  # never raises: the runtime logs and apologises
        return web.Response(status=200)

    async def health(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application(client_max_size=2 * 1024 * 1024)
    app.router.add_post(path, receive)
    app.router.add_get("/healthz", health)
    if extra_routes is not None:  # /readyz, /metrics (bot.ops)
        extra_routes(app)
    return app


class WebhookServer:
    def __init__(self, host: str, port: int, path: str, secret: str, feed: Callable[[dict], Awaitable[None]],
                 extra_routes: Callable[[web.Application], None] | None = None):
        self.host, self.port = host, port
        self._app = webhook_app(path, secret, feed, extra_routes)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        self._runner = web.AppRunner(self._app, access_log=None, shutdown_timeout=5.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        log.info("webhook listening on %s:%s", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()  # lets requests in flight finish first
            self._runner = None
