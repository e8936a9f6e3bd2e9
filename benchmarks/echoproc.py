"""The floor under updates_throughput: an aiogram bot that answers every message with "ok" and does
nothing else (no database, no handlers), against the same server. What it reaches is what aiogram and
the HTTP round trips allow on this machine, whatever the bot's own code does."""
from __future__ import annotations

import argparse
import asyncio

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import Message


async def main(args: argparse.Namespace) -> None:
    bot = Bot(args.token, session=AiohttpSession(api=TelegramAPIServer.from_base(args.api)))
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer("ok")

    await bot.delete_webhook()
    print("ready", flush=True)
    await dp.start_polling(bot, handle_signals=True, polling_timeout=10)


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--api", required=True)
    p.add_argument("--token", required=True)
    asyncio.run(main(p.parse_args()))
