"""Helpers shared by the subscription, reminder and delivery tests (no tests here)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.events import upsert_records
from bot.importer.records import EventRecord
from bot.reminders import Rules
from bot.store.models import Event, Outbox, User, UserState
from tests.conftest import SH

BJ = "北京市朝阳区北辰东路5号中国科学技术馆"
SH_ADDR = "上海市浦东新区世纪大道2000号上海科技馆"
NJ = "江苏省南京市雨花台区紫荆花路9号南京科技馆"
RULES = Rules()


def d(day: int, hour: int = 9, minute: int = 0, month: int = 9) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SH)


def rec(uid: str, title: str, start: datetime, hours: float = 2, address: str | None = BJ, cats=("人工智能",),
        status: str = "scheduled", venue: str | None = None, organizer: str | None = None,
        all_day: bool = False) -> EventRecord:
    return EventRecord(uid=uid, title=title, starts_at=start, ends_at=start + timedelta(hours=hours),
                       address=address, venue=venue or (address or "").split("号")[-1] or None,
                       categories=list(cats), status=status, organizer=organizer, all_day=all_day)


async def add_events(db, *records: EventRecord):
    async with db.sessions() as s:
        report = await upsert_records(s, list(records))
        await s.commit()
    async with db.sessions() as s:
        ids = {e.uid: e.id for e in await s.scalars(select(Event))}
    return ids, report


async def add_user(db, user_id: int, *, tz: str | None = None, lang: str | None = "zh", active: bool = True):
    async with db.sessions() as s:
        s.add(User(id=user_id, tz=tz, language=lang, active=active))
        s.add(UserState(user_id=user_id))
        await s.commit()


async def outbox(db, **where) -> list[Outbox]:
    async with db.sessions() as s:
        q = select(Outbox).order_by(Outbox.id)
        for k, v in where.items():
            q = q.where(getattr(Outbox, k) == v)
        return list(await s.scalars(q))


def text_of(row: Outbox) -> str:
    return json.loads(row.payload)["text"]


def buttons_of(row: Outbox) -> list[dict]:
    return [b for r in json.loads(row.payload)["buttons"] for b in r]


async def sweep(db, clock, rules: Rules = RULES):
    from bot.scheduler import Sweeper

    return await Sweeper(db, rules, clock).sweep()


async def subscribe(db, user_id: int, event_id: int, clock, rules: Rules = RULES, **kw):
    from bot.subscriptions import subscribe as sub

    async with db.sessions() as s:
        result = await sub(s, user_id, event_id, clock(), rules, **kw)
        await s.commit()
    return result
