"""The bot in a process of its own, for benchmarks: `python -m benchmarks.botproc --db URL --api URL ...`.

It is `python -m bot run` (bot.app.start_app) with two knobs a benchmark needs: the send pacing and
the per-user flood guard can be switched off (--unpaced), so the bot's own capacity is measured
rather than Telegram's allowance of ~30 messages a second. Prints "ready" once it takes updates, and
runs until SIGTERM.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.app import start_app, wait_for_signal
from bot.config import Settings

TOKEN = "123456:BENCH"


async def main(args: argparse.Namespace) -> None:
    extra = {}
    if args.webhook_port:
        extra = dict(webhook_url=f"http://127.0.0.1:{args.webhook_port}/telegram/hook",
                     webhook_listen_port=args.webhook_port, webhook_secret="bench-secret_1")
    settings = Settings(_env_file=None, bot_token=args.token, bot_framework=args.framework, telegram_api_url=args.api,
                        database_url=args.db, load_sample_events=False, **extra)
    limits = flood = None
    if args.unpaced:
        from bot.runtime import SendLimits
        from handlers.flood import FloodGuard

        limits, flood = SendLimits().scaled(1e-6), FloodGuard(1e9, 1e9)
    app = await start_app(settings, limits=limits, flood=flood)
    print("ready", flush=True)
    try:
        await wait_for_signal()
    finally:
        await app.stop()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--api", required=True)
    p.add_argument("--framework", default="aiogram", choices=("aiogram", "ptb"))
    p.add_argument("--token", default=TOKEN)
    p.add_argument("--webhook-port", type=int, default=0)
    p.add_argument("--unpaced", action="store_true")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(main(p.parse_args()))
