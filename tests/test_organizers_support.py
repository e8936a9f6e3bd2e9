"""Helpers for the organizer, admin, authorization and broadcast tests (no tests here): the conversation
core called directly over a copy of the sample database, with admins configured and a movable clock.
Every reply is checked for what Telegram would refuse, and an apology (an exception inside) fails."""
from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from bot.config import Settings
from bot.devserver.formatting import parse_html
from bot.importer.ingest import load_samples
from bot.services import Services
from bot.store.db import Database, open_database
from bot.store.models import Outbox
from handlers.conversation import Conversation
from handlers.flood import FloodGuard
from handlers.types import ChatInfo, Document, Incoming, Reply, UserInfo
from tests.conftest import SH

NOW = datetime(2026, 9, 16, 10, 0, tzinfo=SH)
ADMIN = 9001
APOLOGIES = ("Sorry, something went wrong", "抱歉，我这边出了点问题")


def build_template(path) -> None:
    async def build():
        db = await open_database(f"sqlite+aiosqlite:///{path}")
        await load_samples(db, now=NOW)
        await db.close()

    asyncio.run(build())


@pytest.fixture(scope="session")
def org_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("orgtpl") / "sample.db"
    build_template(path)
    return path


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def check_sendable(r: Reply) -> None:
    for text in [r.text]:
        if text:
            assert len(text) <= 4096, len(text)
            parse_html(text)
            assert not any(a in text for a in APOLOGIES), text
    if r.toast:
        assert len(r.toast) <= 200 and not any(a in r.toast for a in APOLOGIES), r.toast
    for row in r.buttons:
        for b in row:
            assert b.text and (b.callback_data or b.url)
            if b.callback_data:
                assert len(b.callback_data.encode()) <= 64, b.callback_data


@dataclass
class Chat:
    world: "World"
    user_id: int
    lang: str = "en"
    update_id: int = 0
    last: list[Reply] = field(default_factory=list)

    async def send(self, kind: str, **kw) -> list[Reply]:
        self.update_id += 1
        chat = kw.pop("chat", ChatInfo(self.user_id))
        inc = Incoming(kind=kind, user=UserInfo(self.user_id, self.lang, f"U{self.user_id}"), chat=chat,
                       update_id=self.update_id, **kw)
        replies = await self.world.conv.handle(inc)
        for r in replies:
            check_sendable(r)
        self.last = replies
        return replies

    async def command(self, name: str, args: str = "") -> list[Reply]:
        return await self.send("command", command=name, text=args)

    async def text(self, text: str) -> list[Reply]:
        return await self.send("text", text=text)

    async def press(self, data: str) -> list[Reply]:
        return await self.send("callback", callback_data=data, callback_id="cb", message_id=1)

    async def location(self, lat: float, lon: float) -> list[Reply]:
        return await self.send("location", location=(lat, lon))

    async def document(self, name: str, data: bytes) -> list[Reply]:
        async def download() -> bytes:
            return data

        doc = Document(file_id="f", file_name=name, mime_type=None, file_size=len(data), download=download)
        return await self.send("document", document=doc)

    def texts(self) -> str:
        return "\n".join(r.text or r.toast or "" for r in self.last)


def button(replies: list[Reply], text_part: str | None = None, *, data_prefix: str | None = None) -> str:
    """The callback data of the first button whose text contains `text_part` (or data starts with…)."""
    for r in replies:
        for row in r.buttons:
            for b in row:
                if b.callback_data and ((text_part and text_part in b.text) or
                                        (data_prefix and b.callback_data.startswith(data_prefix))):
                    return b.callback_data
    raise AssertionError(f"no button {text_part or data_prefix!r} in {[[b.text for row in r.buttons for b in row] for r in replies]}")


@dataclass
class World:
    db: Database
    settings: Settings
    services: Services
    conv: Conversation
    clock: Clock

    def chat(self, user_id: int, lang: str = "en") -> Chat:
        return Chat(self, user_id, lang)

    async def outbox(self, **where) -> list[Outbox]:
        async with self.db.sessions() as s:
            q = select(Outbox).order_by(Outbox.id)
            for k, v in where.items():
                q = q.where(getattr(Outbox, k) == v)
            return list(await s.scalars(q))

    def advance(self, **kw) -> None:
        self.clock.now += timedelta(**kw)


async def make_world(template, tmp_path, **settings_kw) -> World:
    path = tmp_path / "w.db"
    shutil.copy(template, path)
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{path}", admin_ids=[ADMIN],
                        **settings_kw)
    db = await open_database(settings.db_url)
    clock = Clock(NOW)
    services = Services(db, settings, clock=clock)
    conv = Conversation(services, settings, bot_username="kepu_test_bot", flood=FloodGuard(10_000, 10_000))
    return World(db, settings, services, conv, clock)
