"""The local Bot API server in a process of its own, enforcing Telegram's limits, for the sender
benchmark: `python -m benchmarks.apiserver --token T --chats N [--first-chat ID]`.

Prints its base URL, then "ready"; knows N private chats (ids first-chat ...). On "report" (stdin) it
prints one JSON line: the times of the sendMessage calls it accepted, how many it answered 429, and
the CPU seconds it spent since "ready".
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time


async def main(args: argparse.Namespace) -> None:
    from bot.devserver import BotApiServer, RateLimits

    server = BotApiServer(rate_limits=RateLimits())  # Telegram's: 30/s overall, 1000/s paid, 3 per 3 s a chat
    await server.start()
    server.add_bot(token=args.token, username="kepu_sender_bot")
    for chat_id in range(args.first_chat, args.first_chat + args.chats):
        server.user(chat_id, f"R{chat_id}", language_code="zh", known=True)
    print(server.base_url, flush=True)
    print("ready", flush=True)
    cpu0 = time.process_time()
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line or line.strip() == "report":
            break
    sends = [r for r in server.requests if r.method == "sendMessage"]
    report = {"accepted": [r.at for r in sends if r.ok], "n429": sum(1 for r in sends if r.status == 429),
              "cpu_s": time.process_time() - cpu0,  # what serving cost, to tell it from the sender's
              "other_errors": sorted({f"{r.status} {r.description}" for r in sends if not r.ok and r.status != 429})}
    print(json.dumps(report), flush=True)
    await server.stop()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--token", required=True)
    p.add_argument("--chats", type=int, required=True)
    p.add_argument("--first-chat", type=int, default=5_000_000)
    asyncio.run(main(p.parse_args()))
