"""All configuration, read once at start-up from the environment (or a .env file) and passed down."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
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

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, v: object) -> object:
        if isinstance(v, str):
            return [int(p) for p in v.replace(";", ",").split(",") if p.strip()]
        return v

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.var_dir / 'kepu.db'}"
