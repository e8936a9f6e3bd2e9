"""Serve the dev Bot API server standalone, for manual runs.

    python -m bot.devserver --port 8081 --token 123456:TEST --username kepu_test_bot [--chat]

Point the bot at it with TELEGRAM_API_URL=http://127.0.0.1:8081. Every request is logged. With
``--chat`` each line typed on stdin is sent to the bot as user 1001 ("/press N TEXT" presses a
button of bot message N) and the bot's messages are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from .ratelimit import RateLimits
from .server import BotApiServer, Event


def _parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bot.devserver", description=__doc__.split("\n\n")[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8081)
    p.add_argument("--token", default="123456:TEST")
    p.add_argument("--username", default="kepu_test_bot")
    p.add_argument("--no-rate-limits", action="store_true", help="turn flood limits off")
    p.add_argument("--chat", action="store_true", help="talk to the bot as user 1001 from stdin")
    p.add_argument("--user-id", type=int, default=1001)
    p.add_argument("--first-name", default="Li")
    p.add_argument("--language", default="zh")
    return p.parse_args(argv)


def _print_event(event: Event) -> None:
    if event.kind == "request":
        rec = event.data
        if rec.method != "getUpdates" or rec.result:
            print(f"  [api] {rec}", file=sys.stderr)
    elif event.kind in ("message", "edit", "delete"):
        print(f"[{event.kind} chat {event.chat_id}] {event.data}")
    elif event.kind == "callback_answer":
        print(f"[callback answer] {event.data.answer}")


async def _chat_loop(server: BotApiServer, args: argparse.Namespace) -> None:
    user = server.user(args.user_id, args.first_name, language_code=args.language)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        line = line.rstrip("\n")
        if line.startswith("/press "):
            _, mid, text = line.split(" ", 2)
            try:
                await user.press(int(mid), text)
            except (LookupError, ValueError) as e:
                print(f"! {e}")
        elif line:
            await user.send_text(line)


async def _main(args: argparse.Namespace) -> None:
    limits = RateLimits.off() if args.no_rate_limits else RateLimits()
    server = BotApiServer(args.host, args.port, rate_limits=limits)
    await server.start()
    server.add_bot(args.token, args.username)
    server.subscribe(_print_event)
    print(f"Bot API dev server on {server.base_url} (token {args.token}, @{args.username})", file=sys.stderr)
    try:
        if args.chat:
            await _chat_loop(server, args)
        else:
            await asyncio.Event().wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        asyncio.run(_main(_parse(argv)))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
