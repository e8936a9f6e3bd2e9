"""events, topics, audiences, users

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 07:46:43.246783
"""
from alembic import op
import sqlalchemy as sa
import bot.store.models


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
   
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=255), nullable=False),
    sa.Column('series_uid', sa.String(length=255), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('starts_at', bot.store.models.UTCDateTime(), nullable=False),
    sa.Column('ends_at', bot.store.models.UTCDateTime(), nullable=False),
    sa.Column('tz', sa.String(length=64), nullable=False),
    sa.Column('all_day', sa.Boolean(), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=True),
    sa.Column('address', sa.String(length=500), nullable=True),
    sa.Column('province_code', sa.String(length=6), nullable=True),
    sa.Column('city_code', sa.String(length=6), nullable=True),
    sa.Column('district_code', sa.String(length=6), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('online_url', sa.String(length=1000), nullable=True),
    sa.Column('url', sa.String(length=1000), nullable=True),
    sa.Column('organizer', sa.String(length=300), nullable=True),
    sa.Column('categories', sa.Text(), nullable=False),
    sa.Column('topics', sa.String(length=500), nullable=False),
    sa.Column('audiences', sa.String(length=200), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', bot.store.models.UTCDateTime(), nullable=False),
    sa.Column('updated_at', bot.store.models.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('uid', name=op.f('uq_events_uid'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_city_end', ['city_code', 'ends_at'], unique=False)
        batch_op.create_index('ix_events_district_end', ['district_code', 'ends_at'], unique=False)
        batch_op.create_index('ix_events_ends_at', ['ends_at'], unique=False)
        batch_op.create_index('ix_events_starts_at', ['starts_at'], unique=False)
        batch_op.create_index('ix_events_lat_lon', ['lat', 'lon'], unique=False)
        batch_op.create_index('ix_events_online_end', ['online', 'ends_at'], unique=False)
        batch_op.create_index('ix_events_province_end', ['province_code', 'ends_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_series_uid'), ['series_uid'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('tz', sa.String(length=64), nullable=True),
    sa.Column('home_city_code', sa.String(length=6), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', bot.store.models.UTCDateTime(), nullable=False),
    sa.Column('updated_at', bot.store.models.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    op.create_table('event_audiences',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('audience', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_audiences_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'audience', name=op.f('pk_event_audiences'))
    )
    with op.batch_alter_table('event_audiences', schema=None) as batch_op:
        batch_op.create_index('ix_event_audiences_audience_event', ['audience', 'event_id'], unique=False)

    op.create_table('event_topics',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_topics_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'topic', name=op.f('pk_event_topics'))
    )
    with op.batch_alter_table('event_topics', schema=None) as batch_op:
        batch_op.create_index('ix_event_topics_topic_event', ['topic', 'event_id'], unique=False)




def downgrade() -> None:
   
    with op.batch_alter_table('event_topics', schema=None) as batch_op:
        batch_op.drop_index('ix_event_topics_topic_event')

    op.drop_table('event_topics')
    with op.batch_alter_table('event_audiences', schema=None) as batch_op:
        batch_op.drop_index('ix_event_audiences_audience_event')

    op.drop_table('event_audiences')
    op.drop_table('users')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_series_uid'))
        batch_op.drop_index('ix_events_province_end')
        batch_op.drop_index('ix_events_online_end')
        batch_op.drop_index('ix_events_lat_lon')
        batch_op.drop_index('ix_events_ends_at')
        batch_op.drop_index('ix_events_starts_at')
        batch_op.drop_index('ix_events_district_end')
        batch_op.drop_index('ix_events_city_end')

    op.drop_table('events')

