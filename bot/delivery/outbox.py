"""The durable outbox: every notice becomes a row here in the same transaction as the decision to send
it, and bot.delivery.sender drains the table within Telegram's limits.

A row's life: pending → sending (claimed by one sender, with a lease) → sent (with the message_id, in
one transaction) — or failed (permanent error), dropped (expired, recipient blocked or gone).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Outbox
from handlers.types import Button


def insert_ignore(session: AsyncSession, model):
    """INSERT … ON CONFLICT DO NOTHING on either backend."""
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(model).on_conflict_do_nothing()


def encode_payload(text: str, buttons: list[list[Button]]) -> str:
    rows = [[{k: v for k, v in (("text", b.text), ("callback_data", b.callback_data), ("url", b.url)) if v}
             for b in row] for row in buttons if row]
    return json.dumps({"text": text, "buttons": rows}, ensure_ascii=False)


@dataclass(frozen=True)
class Payload:
    text: str
    buttons: list[list[Button]]


def decode_payload(raw: str) -> Payload:
    d = json.loads(raw)
    buttons = [[Button(b["text"], callback_data=b.get("callback_data"), url=b.get("url")) for b in row]
               for row in d.get("buttons", [])]
    return Payload(d["text"], buttons)


async def enqueue(session: AsyncSession, *, chat_id: int, kind: str, notice=None, text: str | None = None,
                  buttons: list[list[Button]] | None = None, due_at: datetime, user_id: int | None = None,
                  expires_at: datetime | None = None, dedupe_key: str | None = None,
                  flush: bool = True) -> Outbox | None:
    """Add one message to the outbox (flushed, not committed). With a dedupe_key already present nothing
    is added and None is returned: enqueueing the same notice twice cannot send it twice."""
    if notice is not None:
        text, buttons = notice.text, notice.buttons
    values = dict(chat_id=chat_id, user_id=user_id, kind=kind, payload=encode_payload(text or "", buttons or []),
                  dedupe_key=dedupe_key, status="pending", due_at=due_at, expires_at=expires_at, attempts=0)
    if dedupe_key is None:
        row = Outbox(**values)
        session.add(row)
        if flush:  # the id is needed by the caller; a fan-out of change notices flushes once at the end
            await session.flush()
        return row
    stmt = insert_ignore(session, Outbox).values(**values).returning(Outbox.id)
    new_id = (await session.execute(stmt)).scalar()
    return await session.get(Outbox, new_id) if new_id is not None else None
