"""Settings from the environment: the one place configuration is read (documented in README)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/erstkontakt.sqlite3"


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from error


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    database_url: str = DEFAULT_DATABASE_URL
    content_dir: Path = PROJECT_ROOT / "content"
    locales_dir: Path = PROJECT_ROOT / "locales"
    timezone: str = "Europe/Berlin"
    default_language: str = "de"
    log_message_text: bool = False  # privacy: message text never reaches logs unless asked
    max_text_length: int = 1000  # longer questions get a friendly "please keep it short"
    telegram_bot_token: str | None = None
    telegram_api_base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    port: int = 8080
    staff_chat_id: str | None = None  # the mediators' Telegram supergroup
    staff_user_ids: frozenset[str] = frozenset()  # who may use staff commands there
    extra: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from ``env`` (the process environment by default)."""
        env = os.environ if env is None else env
        defaults = cls()
        return cls(
            database_url=env.get("DATABASE_URL") or defaults.database_url,
            content_dir=Path(env.get("CONTENT_DIR") or defaults.content_dir),
            locales_dir=Path(env.get("LOCALES_DIR") or defaults.locales_dir),
            timezone=env.get("BOT_TIMEZONE") or defaults.timezone,
            default_language=env.get("DEFAULT_LANGUAGE") or defaults.default_language,
            log_message_text=_flag(env.get("LOG_MESSAGE_TEXT")),
            max_text_length=_int(env, "MAX_TEXT_LENGTH", defaults.max_text_length),
            telegram_bot_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_api_base_url=env.get("TELEGRAM_API_BASE_URL") or None,
            webhook_url=env.get("WEBHOOK_URL") or None,
            webhook_secret=env.get("WEBHOOK_SECRET") or None,
            webhook_listen=env.get("WEBHOOK_LISTEN") or defaults.webhook_listen,
            port=_int(env, "PORT", defaults.port),
            staff_chat_id=env.get("STAFF_CHAT_ID") or None,
            staff_user_ids=frozenset(
                part.strip() for part in (env.get("STAFF_USER_IDS") or "").split(",") if part.strip()
            ),
        )
