"""The audit log: who did what, when — every organizer and admin action, and every refusal.

Entries are written in the same unit of work as the action they describe, so an action and its entry
commit (or roll back) together. A refused attempt is written too (ok=False): forged buttons and
replayed invites show up here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import AuditEntry

MAX_DETAIL = 2000


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor_id: int
    role: str
    action: str
    ok: bool
    org_id: int | None
    event_id: int | None
    target: str | None
    detail: dict


async def record(session: AsyncSession, *, actor_id: int, role: str, action: str, ok: bool = True,
                 org_id: int | None = None, event_id: int | None = None, target: object = None,
                 detail: dict | None = None, at: datetime | None = None) -> None:
    """Add one entry (flushed with the unit of work; never committed here)."""
    text = json.dumps(detail or {}, ensure_ascii=False, default=str)
    if len(text) > MAX_DETAIL:  # a long broadcast text is kept in its own table; the log keeps a glimpse
        text = json.dumps({"truncated": text[: MAX_DETAIL - 40]}, ensure_ascii=False)
    session.add(AuditEntry(at=at or datetime.now(timezone.utc), actor_id=actor_id, role=role, action=action[:24],
                           ok=ok, org_id=org_id, event_id=event_id,
                           target=None if target is None else str(target)[:100], detail=text))


def _view(row: AuditEntry) -> AuditView:
    try:
        detail = json.loads(row.detail or "{}")
    except ValueError:
        detail = {"raw": row.detail}
    return AuditView(row.id, row.at, row.actor_id, row.role, row.action, row.ok, row.org_id, row.event_id,
                     row.target, detail if isinstance(detail, dict) else {"value": detail})


async def recent(session: AsyncSession, *, limit: int = 10, before_id: int | None = None,
                 actor_id: int | None = None, org_id: int | None = None) -> list[AuditView]:
    """Newest first; `before_id` pages back."""
    await session.flush()
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before_id is not None:
        q = q.where(AuditEntry.id < before_id)
    if actor_id is not None:
        q = q.where(AuditEntry.actor_id == actor_id)
    if org_id is not None:
        q = q.where(AuditEntry.org_id == org_id)
    return [_view(r) for r in await session.scalars(q)]


async def count(session: AsyncSession, **where: object) -> int:
    await session.flush()
    q = select(func.count()).select_from(AuditEntry)
    for key, value in where.items():
        q = q.where(getattr(AuditEntry, key) == value)
    return int(await session.scalar(q) or 0)
