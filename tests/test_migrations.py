"""Schema changes upgrade an existing database without losing what it holds."""
from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from bot.store.db import _alembic_config, create_engine, open_database


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


async def test_every_step_keeps_existing_events(db_url):
    revs = _revisions()
    assert revs[0] == "0001"
    engine = create_engine(db_url)

    def upgrade_to(rev):
        def run(sync_conn):
            cfg = _alembic_config()
            cfg.attributes["connection"] = sync_conn
            command.upgrade(cfg, rev)
        return run

    async with engine.begin() as conn:
        await conn.run_sync(upgrade_to("0001"))
        await conn.execute(text(
            "INSERT INTO events (uid, title, description, starts_at, ends_at, tz, all_day, online, categories,"
            " topics, audiences, search_text, status, source, content_hash, created_at, updated_at) VALUES"
            " ('keep-me', '老数据', '', '2026-09-19 01:00:00', '2026-09-19 03:00:00', 'Asia/Shanghai', false,"
            " false, '', '', '', '', 'scheduled', 'import', '', '2026-09-01 00:00:00', '2026-09-01 00:00:00')"))
    for rev in revs[1:]:
        async with engine.begin() as conn:
            await conn.run_sync(upgrade_to(rev))
        async with engine.connect() as conn:
            assert (await conn.scalar(text("SELECT title FROM events WHERE uid = 'keep-me'"))) == "老数据"
    await engine.dispose()

    # Opening an up-to-date database again changes nothing.
    db = await open_database(db_url)
    async with db.engine.connect() as conn:
        assert (await conn.scalar(text("SELECT version_num FROM alembic_version"))) == revs[-1]
        assert (await conn.scalar(text("SELECT count(*) FROM events"))) == 1
    await db.close()


async def test_migrated_schema_is_what_the_models_say(db_url):
    """A model changed without a migration (or the other way round) shows up here, not in production."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bot.store.models import Base

    db = await open_database(db_url)
    async with db.engine.connect() as conn:
        diff = await conn.run_sync(lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata))
    await db.close()
    assert diff == []


async def test_the_reminder_claim_needs_no_sort(pg_url):
    """The PostgreSQL sweep claims in (due_at, user_id, id) order; an index in that order lets it lock
    the first rows without reading and sorting every reminder due in the same second."""
    from datetime import datetime, timezone

    from bot.reminders import _PG_CLAIM

    db = await open_database(pg_url)
    async with db.engine.connect() as conn:
        await conn.execute(text("SET enable_sort = off"))  # a plan that must sort still sorts: we look for it
        plan = (await conn.execute(text("EXPLAIN " + _PG_CLAIM.text),
                                   {"now": datetime(2026, 9, 19, tzinfo=timezone.utc), "n": 500})).scalars().all()
    await db.close()
    start = next(i for i, line in enumerate(plan) if line.strip() == "CTE c")
    cte = []
    for line in plan[start + 1:]:
        if len(line) - len(line.lstrip()) <= 2:
            break
        cte.append(line)
    assert any("ix_reminders_claim" in line for line in cte), "\n".join(plan)
    assert not any("Sort" in line for line in cte), "\n".join(plan)  # Incremental Sort included
