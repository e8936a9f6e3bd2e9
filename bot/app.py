"""The composition root: `python -m bot run`.

Opens (and migrates) the database, seeds the sample events into an empty one when asked to, builds
the services and the conversation, starts the runtime chosen by BOT_FRAMEWORK, and runs until SIGINT
or SIGTERM; then stops taking updates, lets the ones in hand finish, and closes everything.
Without BOT_TOKEN (or with --playground) it starts the local playground instead.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.i18n import load_catalogs
from bot.services import Services
from bot.store.db import Database, open_database

if TYPE_CHECKING:
    from bot.ops import Ops
    from bot.runtime.base import Runtime

log = logging.getLogger(__name__)


@dataclass
class App:
    """Everything a running bot holds, so tests and the playground can start and stop it in-process."""
    settings: Settings
    db: Database
    services: Services
    runtime: "Runtime"
    ops: "Ops | None" = None

    async def stop(self) -> None:
        try:
            await self.runtime.stop()
        finally:
            if self.ops is not None:
                await self.ops.close()
            await self.db.close()


async def seed_if_empty(services: Services) -> int:
    """Load the sample events into an empty database; returns how many were loaded."""
    from bot.importer.ingest import load_samples

    async with services.unit() as svc:
        if await svc.events_count():
            return 0
    report = await load_samples(services.db, now=datetime.now(timezone.utc))
    return report.new


async def start_app(settings: Settings, *, limits=None, flood=None) -> App:
    """Open, seed, build and start; the caller stops it with `await app.stop()`."""
    from bot.ops import Ops
    from bot.runtime import make_runtime
    from handlers.conversation import Conversation

    load_catalogs()
    db = await open_database(settings.db_url, echo=settings.db_echo, migrate=settings.migrate_on_start)
    ops = None
    try:
        ops = Ops(settings, db)
        services = Services(db, settings)
        if settings.load_sample_events:
            loaded = await seed_if_empty(services)
            if loaded:
                log.info("loaded %d sample events into the empty database", loaded)
        conversation = Conversation(services, settings, flood=flood)
        runtime = make_runtime(settings, conversation, limits=limits)
        runtime.ops = ops
        if not settings.webhook_url and settings.metrics_port:
            await ops.start_server(settings.metrics_host, settings.metrics_port)
        await runtime.start()
    except BaseException:
        if ops is not None:
            await ops.close()
        await db.close()
        raise
    return App(settings, db, services, runtime, ops)


async def run_bot(settings: Settings, *, playground: bool = False) -> int:
    if playground or settings.bot_token is None or not settings.bot_token.get_secret_value().strip():
        from bot.playground import run_playground

        return await run_playground(settings)
    from bot.runtime.base import ConfigurationError

    try:
        app = await start_app(settings)
    except ConfigurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the webhook port is taken, the API server unreachable
        print(f"error: cannot start the bot: {exc}", file=sys.stderr)
        return 1
    notifications = start_notifications(app) if settings.notifications_enabled else None
    print(f"@{app.runtime.bot_username} is running ({settings.bot_framework}, {app.runtime.mode}); "
          "Ctrl+C stops it", file=sys.stderr)
    try:
        await wait_for_signal()
    finally:
        try:
            if notifications is not None:
                await notifications.stop()
        finally:
            await app.stop()
    return 0


def start_notifications(app: App):
    """Sweeps and the outbox sender in this process (every replica runs them: row claims keep them
    apart); with REDIS_URL the sender's overall rate is one budget shared by all replicas."""
    from bot.delivery.sender import Sender
    from bot.delivery.transport import for_runtime
    from bot.scheduler import Notifications

    settings = app.settings
    sender = None
    if settings.sender_enabled:
        sender = Sender.from_settings(app.db, for_runtime(app.runtime), settings)
        if app.ops is not None:
            rate = settings.sender_paid_rate if settings.sender_paid_broadcast else settings.sender_rate
            sender.budget = app.ops.budget(rate)
    notifications = Notifications(app.db, settings, gazetteer=app.services.gazetteer, sender=sender)
    notifications.start()
    return notifications


async def wait_for_signal() -> None:
    """Return on SIGINT or SIGTERM (Ctrl+C, `docker stop`, systemd)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows, not off the main thread
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    try:
        await stop.wait()
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
