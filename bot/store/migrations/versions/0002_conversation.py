"""conversation: user state (pending question, Telegram language) and saved queries for paging

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import bot.store.models


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_states",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("pending", sa.String(length=32), nullable=True),
        sa.Column("telegram_language", sa.String(length=16), nullable=True),
        sa.Column("updated_at", bot.store.models.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_user_states_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_states")),
    )
    op.create_table(
        "saved_queries",
        sa.Column("token", sa.String(length=16), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", bot.store.models.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_saved_queries")),
    )
    with op.batch_alter_table("saved_queries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_queries_user_id"), ["user_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_saved_queries_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("saved_queries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_queries_created_at"))
        batch_op.drop_index(batch_op.f("ix_saved_queries_user_id"))
    op.drop_table("saved_queries")
    op.drop_table("user_states")
