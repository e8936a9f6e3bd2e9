"""Tables. Times are stored in UTC; each event also keeps the zone it was given in."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic migrations (and SQLite batch mode) can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in and out, on every backend (SQLite itself keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    series_uid: Mapped[str | None] = mapped_column(String(255), index=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    tz: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    venue: Mapped[str | None] = mapped_column(String(300))
    address: Mapped[str | None] = mapped_column(String(500))
    province_code: Mapped[str | None] = mapped_column(String(6))
    city_code: Mapped[str | None] = mapped_column(String(6))
    district_code: Mapped[str | None] = mapped_column(String(6))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    online_url: Mapped[str | None] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(1000))  # the event's page / registration link
    organizer: Mapped[str | None] = mapped_column(String(300))
    categories: Mapped[str] = mapped_column(Text, default="")  # as the source gave them, "|"-joined
    topics: Mapped[str] = mapped_column(String(500), default="")  # taxonomy ids, space-joined (display)
    audiences: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # lower-cased title/venue/organizer/tags for ranking
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    source: Mapped[str] = mapped_column(String(32), default="import")  # import | sample | chat
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (
        # Every search filters on "not over yet"; these cover the place, online and plain cases.
        Index("ix_events_city_end", "city_code", "ends_at"),
        Index("ix_events_province_end", "province_code", "ends_at"),
        Index("ix_events_district_end", "district_code", "ends_at"),
        Index("ix_events_online_end", "online", "ends_at"),
        Index("ix_events_ends_at", "ends_at"),
        # Search reads matching ids soonest first; this answers that without touching the table
        # (migration 0004 explains the numbers).
        Index("ix_events_start_cover", "starts_at", "id", "ends_at", "status", "online"),
        Index("ix_events_lat_lon", "lat", "lon"),
    )


class EventTopic(Base):
    __tablename__ = "event_topics"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(32), primary_key=True)

    __table_args__ = (Index("ix_event_topics_topic_event", "topic", "event_id"),)


class EventAudience(Base):
    __tablename__ = "event_audiences"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    audience: Mapped[str] = mapped_column(String(32), primary_key=True)

    __table_args__ = (Index("ix_event_audiences_audience_event", "audience", "event_id"),)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # Telegram user id
    language: Mapped[str | None] = mapped_column(String(8))  # chosen by the user; None = follow Telegram's
    tz: Mapped[str | None] = mapped_column(String(64))
    home_city_code: Mapped[str | None] = mapped_column(String(6))
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False after 403 "blocked"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


# ---------------------------------------------------------------- conversation (migration 0002)

class UserState(Base):
    """Per-user conversation state kept apart from the profile: what the next plain message answers
    (e.g. "home_city" after /settings asked for a city) and Telegram's own language code, remembered
    for messages sent outside an update (reminders)."""

    __tablename__ = "user_states"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    pending: Mapped[str | None] = mapped_column(String(32))
    telegram_language: Mapped[str | None] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class SavedQuery(Base):
    """A search behind "next page" and suggestion buttons: free text does not fit in 64 bytes of
    callback data, so the button carries this short token instead. Old rows are swept; a button whose
    token is gone says it has expired."""

    __tablename__ = "saved_queries"

    token: Mapped[str] = mapped_column(String(16), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    payload: Mapped[str] = mapped_column(Text)  # the understood query as JSON (bot.services.query_to_json)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


# ---------------------------------------------------------------- subscriptions and delivery (migration 0003)
# Reminders, alerts and outgoing messages are rows with a due time: a periodic sweep claims what is due,
# so any number of bot processes can share the work (see bot/scheduler.py and bot/delivery/).


class NotifyPrefs(Base):
    """How and when a user wants to hear from us. No row means the defaults."""

    __tablename__ = "notify_prefs"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    reminder_preset: Mapped[str] = mapped_column(String(16), default="default")  # bot.reminders.PRESETS
    alert_mode: Mapped[str] = mapped_column(String(8), default="instant")  # instant | digest
    digest_hour: Mapped[int] = mapped_column(Integer, default=9)  # local hour of the daily digest
    quiet_start: Mapped[int] = mapped_column(Integer, default=22 * 60)  # minutes after local midnight
    quiet_end: Mapped[int] = mapped_column(Integer, default=8 * 60)  # equal to quiet_start = no quiet hours
    muted_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Subscription(Base):
    """"Remind me about this event". Reminders hang off it; unsubscribing deletes them with it."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    offsets: Mapped[str | None] = mapped_column(String(64))  # "eve,1h"; None = the user's preset
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (UniqueConstraint("user_id", "event_id", name="uq_subscriptions_user_event"),)


class Reminder(Base):
    """One reminder of one subscription. The sweep locks due rows (FOR UPDATE SKIP LOCKED on
    PostgreSQL) and turns them into outbox rows in the same transaction, so no claim lease is needed."""

    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    offset_code: Mapped[str] = mapped_column(String(8))  # "eve", "1h"... (bot.reminders.OFFSETS)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending|queued|dropped|cancelled|skipped
    outbox_id: Mapped[int | None] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(String(32))  # why it was dropped or skipped
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("subscription_id", "offset_code", name="uq_reminders_subscription_offset"),
        Index("ix_reminders_claim", "status", "due_at", "user_id", "id"),  # the sweep's claim order
        Index("ix_reminders_event_status", "event_id", "status"),
    )


class EventWatch(Base):
    """The state of a subscribed event as its subscribers last heard it. The sweep compares it with the
    event (content_hash first, then the watched fields) and tells every subscriber what changed, whatever
    process or path (CLI import, chat, admin) changed the event."""

    __tablename__ = "event_watches"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    snapshot: Mapped[str] = mapped_column(Text, default="{}")  # JSON of bot.events.WATCHED fields


class Follow(Base):
    """Tell me about new events of a topic, in a place, or by an organizer."""

    __tablename__ = "follows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # topic | place | organizer
    value: Mapped[str] = mapped_column(String(300))  # topic id, division code, normalized organizer name
    label: Mapped[str] = mapped_column(String(300), default="")  # as the user saw it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("user_id", "kind", "value", name="uq_follows_user_kind_value"),
        Index("ix_follows_kind_value", "kind", "value"),
    )


class SavedSearch(Base):
    """"Tell me about new AI events in Beijing": the text is parsed again (bot.nlu.query.parse_query)
    against every new event; place and topics are kept only to skip searches that cannot match."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    label: Mapped[str] = mapped_column(String(300), default="")  # "北京 · 人工智能"
    place_code: Mapped[str | None] = mapped_column(String(6), index=True)
    topics: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Alert(Base):
    """A new event matching a follow or saved search, waiting for its moment: at once (after quiet hours
    and mutes) or at the user's digest hour. One per user and event, however many follows match."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(300), default="")  # the matching follow's label
    follow_kind: Mapped[str] = mapped_column(String(12), default="")  # topic|place|organizer|search
    follow_id: Mapped[int | None] = mapped_column(Integer)  # for the "unfollow" button
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending|queued|dropped
    outbox_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("user_id", "event_id", name="uq_alerts_user_event"),
        Index("ix_alerts_status_due", "status", "due_at"),
    )


class AlertScan(Base):
    """Events already matched against follows: the sweep claims an event by inserting its row here
    (ON CONFLICT DO NOTHING), so two processes never alert twice for one event."""

    __tablename__ = "alert_scans"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)


class Outbox(Base):
    """Every outgoing notice. The sender claims a row (status "sending", claimed_by, claimed_until)
    in one transaction, sends it, and marks it "sent" with the message_id in the next; a claim whose
    lease ran out (the process died) is taken over by any sender."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int | None] = mapped_column(BigInteger)  # the recipient, for "blocked" and /forget
    kind: Mapped[str] = mapped_column(String(12))  # reminder | alert | digest | change | cancel | other
    payload: Mapped[str] = mapped_column(Text)  # JSON: {"text": html, "buttons": [[...]]}
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending|sending|sent|failed|dropped
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # not worth sending after this
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_outbox_status_due", "status", "due_at"),
        Index("ix_outbox_chat_status", "chat_id", "status"),
        Index("ix_outbox_user", "user_id"),
    )


# ---------------------------------------------------------------- organizers, moderation, broadcasts, audit (migration 0005)
# Who may publish: admins come from configuration (ADMIN_IDS); organizers are rows here, each in one
# organization. Every organizer and admin action is checked by bot.organizers.authorize and written to
# the audit log (bot.audit).


class Organization(Base):
    """A publisher of events; its name is what the events show as their organizer."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)  # lexicon.normalize(name): one org per name
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)  # publishes without moderation
    approved_count: Mapped[int] = mapped_column(Integer, default=0)  # submissions an admin approved
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Organizer(Base):
    """A user who publishes for an organization. Revoking deletes the row (the audit log remembers)."""

    __tablename__ = "organizers"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    granted_by: Mapped[int | None] = mapped_column(BigInteger)
    via: Mapped[str] = mapped_column(String(12), default="command")  # command | invite
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OrgInvite(Base):
    """A one-time link t.me/<bot>?start=org_<token>: redeemed by one user, before it expires."""

    __tablename__ = "org_invites"

    token: Mapped[str] = mapped_column(String(48), primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_by: Mapped[int | None] = mapped_column(BigInteger)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class EventOwner(Base):
    """Which organization an event belongs to. Events without a row (CLI imports, samples) belong to
    nobody: only admins may change them."""

    __tablename__ = "event_owners"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Submission(Base):
    """Events waiting for an admin's approval: one from the dialog, or the records of one file. They
    become events only when approved, so nothing unreviewed is ever searchable."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(8))  # event | file
    summary: Mapped[str] = mapped_column(String(300))  # a title, or "file.ics (12 events)"
    payload: Mapped[str] = mapped_column(Text)  # JSON list of event records (bot.publishing.record_to_json)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending | approved | rejected
    reason: Mapped[str | None] = mapped_column(String(500))
    reviewed_by: Mapped[int | None] = mapped_column(BigInteger)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (Index("ix_submissions_status_id", "status", "id"),)


class PublishDraft(Base):
    """The new-event dialog of one user, saved at every step so it survives a restart of the bot."""

    __tablename__ = "publish_drafts"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    source_event_id: Mapped[int | None] = mapped_column(Integer)  # duplicating this event
    step: Mapped[str] = mapped_column(String(16))
    data: Mapped[str] = mapped_column(Text, default="{}")  # JSON of the fields given so far
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class OrgPrompt(Base):
    """A one-step question to an organizer or admin (a new value for a field, a cancellation reason, a
    broadcast text, a rejection reason): what the next plain message answers."""

    __tablename__ = "org_prompts"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # edit | cancel | bcast | reject
    ref_id: Mapped[int] = mapped_column(Integer)  # event, broadcast or submission id
    arg: Mapped[str] = mapped_column(String(32), default="")  # the field being edited
    data: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class Broadcast(Base):
    """An announcement to the subscribers of an event, the followers of an organization, or (admins)
    everybody. Its messages go through the outbox, one row per recipient (BroadcastDelivery)."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8))  # event | org | all
    org_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    author_id: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft|confirm|sending|stopped|done|dropped
    total: Mapped[int] = mapped_column(Integer, default=0)  # outbox rows written
    skipped: Mapped[int] = mapped_column(Integer, default=0)  # recipients known to have blocked the bot
    delivered: Mapped[int] = mapped_column(Integer, default=0)  # final counts, kept after the outbox is pruned
    blocked: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    stopped: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_broadcasts_status", "status"),)


class BroadcastDelivery(Base):
    """One recipient of one broadcast: the primary key is what makes "nobody gets it twice" hold."""

    __tablename__ = "broadcast_deliveries"

    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    outbox_id: Mapped[int | None] = mapped_column(BigInteger)


class AuditEntry(Base):
    """Who did what, when: every organizer and admin action, allowed or refused."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor_id: Mapped[int] = mapped_column(BigInteger, index=True)
    role: Mapped[str] = mapped_column(String(10))  # admin | organizer | user
    action: Mapped[str] = mapped_column(String(24))
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    org_id: Mapped[int | None] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(String(100))  # a user id, a submission, a broadcast…
    detail: Mapped[str] = mapped_column(Text, default="")
