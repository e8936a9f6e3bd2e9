"""All configuration, read once at start-up from the environment (or a .env file) and passed down."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
LOCALES_DIR = PROJECT_ROOT / "locales"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # Storage. Empty DATABASE_URL means a SQLite file under VAR_DIR.
    database_url: str = ""
    var_dir: Path = PROJECT_ROOT / "var"
    db_echo: bool = False

    # Telegram.
    bot_token: SecretStr | None = None
    bot_framework: Literal["aiogram", "ptb"] = "aiogram"
    telegram_api_url: str = "https://api.telegram.org"
    webhook_url: str | None = None  # public URL Telegram posts to; unset means long polling
    webhook_secret: SecretStr | None = None
    webhook_listen_host: str = "127.0.0.1"
    webhook_listen_port: int = 8080
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)

    # Behaviour.
    default_tz: str = "Asia/Shanghai"
    default_language: Literal["zh", "en"] = "zh"
    near_radius_km: float = 10.0
    page_size: int = 5
    import_horizon_days: int = 180
    load_sample_events: bool = True  # the demo seeds sample events into an empty database

    # Subscriptions, reminders, alerts (bot/reminders.py, bot/subscriptions.py).
    reminder_evening_hour: int = Field(20, ge=12, le=23)  # "the evening before" reminders, local time
    reminder_morning_hour: int = Field(8, ge=5, le=11)  # "the morning of" reminders
    reminder_late_grace_min: int = Field(10, ge=1)  # later than this a reminder counts as late (catch-up rules)
    default_quiet_start: str = Field("22:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    default_quiet_end: str = Field("08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    default_digest_hour: int = Field(9, ge=0, le=23)
    digest_merge_after_h: float = Field(12.0, gt=0)  # a digest later than this waits for (merges into) the next
    max_subscriptions: int = 200  # per user
    max_follows: int = 50  # per user, saved searches included
    sweep_interval_s: float = Field(30.0, gt=0)  # how often due reminders/alerts/changes are swept

    # Delivery (bot/delivery/): the sender keeps within Telegram's limits.
    sender_enabled: bool = True  # False in replicas that should only sweep
    sender_rate: float = Field(25.0, gt=0)  # messages per second overall (Telegram: about 30)
    sender_paid_broadcast: bool = False  # allow_paid_broadcast (costs Stars): the overall rate becomes sender_paid_rate
    sender_paid_rate: float = Field(500.0, gt=0)
    sender_private_per_s: float = Field(1.0, gt=0)  # messages per second to one private chat
    sender_group_per_min: int = Field(20, gt=0)  # messages per minute to one group
    sender_margin_s: float = Field(0.01, ge=0)  # kept between windows, against network jitter (1% of a 1 s window)
    sender_concurrency: int = Field(16, gt=0)  # requests in flight at once
    sender_lease_s: float = Field(120.0, gt=0)  # a claim not confirmed by then is taken over by another sender
    sender_http_timeout_s: float = Field(20.0, gt=0)
    sender_max_attempts: int = Field(8, gt=0)  # 5xx/timeouts before a notice is given up
    sender_backoff_base_s: float = Field(2.0, gt=0)
    sender_backoff_cap_s: float = Field(600.0, gt=0)
    sender_worker_name: str | None = None  # stable per replica: its stale claims are retaken at start
    outbox_keep_days: int = Field(7, ge=1)  # sent/failed rows are deleted after this

    # Organizers, moderation, broadcasts (bot/organizers.py, bot/moderation.py, bot/broadcasts.py).
    moderation_required: bool = True  # events from organizations not yet trusted wait for an admin
    moderation_trust_after: int = Field(3, ge=0)  # approvals after which an organization publishes directly; 0 = never
    invite_ttl_hours: float = Field(72.0, gt=0)  # how long a t.me/<bot>?start=org_<token> invite stays valid
    broadcast_batch: int = Field(1000, gt=0)  # outbox rows written per statement batch when a broadcast starts

    # Operating it (bot/ops.py): replicas, metrics, logs.
    notifications_enabled: bool = True  # `python -m bot run` sweeps and drains the outbox (every replica may)
    migrate_on_start: bool = True  # False for replicas: `python -m bot migrate` runs once per deployment
    redis_url: str | None = None  # shared per-chat ordering and send budget across replicas
    redis_lock_ttl_s: float = Field(30.0, gt=0)  # a per-chat lock of a crashed replica frees itself after this
    metrics_port: int | None = None  # polling mode: serve /healthz, /readyz, /metrics on this port (0 = off)
    metrics_host: str = "127.0.0.1"
    log_format: Literal["text", "json"] = "text"
    log_level: str = "WARNING"

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, v: object) -> object:
        if isinstance(v, str):
            return [int(p) for p in v.replace(";", ",").split(",") if p.strip()]
        return v

    @model_validator(mode="after")
    def _lease_outlasts_a_request(self) -> "Settings":
        # A claim that expires while its request still waits for Telegram lets another sender send it again.
        if self.sender_lease_s <= self.sender_http_timeout_s:
            raise ValueError(f"SENDER_LEASE_S ({self.sender_lease_s:g}) must be longer than SENDER_HTTP_TIMEOUT_S "
                             f"({self.sender_http_timeout_s:g}): a request still waiting for an answer when its "
                             "claim expires could be sent twice")
        return self

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.var_dir / 'kepu.db'}"
