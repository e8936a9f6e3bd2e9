"""Migrations once per deployment: concurrent upgrades take turns (advisory lock); a replica with
MIGRATE_ON_START=false refuses a database that is not at head."""
from __future__ import annotations

import asyncio

import pytest

from bot.store.db import DatabaseError, open_database

pytestmark = pytest.mark.postgres


async def test_concurrent_upgrades_take_turns(pg_url):
    dbs = await asyncio.gather(*(open_database(pg_url) for _ in range(4)))
    for db in dbs:
        await db.close()
    db = await open_database(pg_url, migrate=False)  # at head now
    await db.close()


async def test_replica_refuses_unmigrated_database(pg_url):
    with pytest.raises(DatabaseError, match="python -m bot migrate"):
        await open_database(pg_url, migrate=False)
