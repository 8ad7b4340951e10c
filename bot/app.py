"""The composition root: settings -> core + features; channels then receive the core.

Nothing imports this module but the entry points (``bot/__main__.py``, ``bot/channels/run.py``,
the staff command line and tests). To leave a feature out, drop it from :data:`FEATURES`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from bot import news
from bot.booking import setup as booking
from bot.catalogue.live import LiveCatalogue
from bot.config import Settings
from bot.core import CoreApp, Feature, running
from bot.dialogue import basics, views
from bot.dialogue.engine import Dialogue
from bot.handover import setup as handover
from bot.i18n.languages import Languages, load_languages
from bot.i18n.translator import TextCatalogs
from bot.matching.detect import LanguageDetector
from bot.matching.semantic import Embedder, load_model, model_state
from bot.observability import metrics
from bot.staff import setup as staff
from bot.staff_desk import StaffDesk
from bot.storage.database import Database
from bot.understanding import Understander
from bot.understanding.foreign import ForeignLanguages
from bot.voice import setup as voice
from bot.web import links as web_links

__all__ = ["FEATURES", "CoreApp", "load_text_catalogs", "open_core"]

_LOG = logging.getLogger("bot.app")

FEATURES: tuple[Feature, ...] = (
    basics.install,  # the core's own screens: menu, offer cards, help, my data, delete
    booking.install,  # appointments: the flow, /today etc. for staff, reminders
    staff.install,  # the staff group's commands, announcements, content watcher, retention
    news.install,  # "tell me about changes" on offer cards
    handover.install,  # the team, "talk to a person", the relay to the staff chat
    voice.install,  # 🔊 buttons, voice notes, /audio for staff recordings
    web_links.install,  # /web: a login link for the staff web desk
)
"""Every feature of a full installation, in the order they are installed."""


def load_text_catalogs(settings: Settings) -> tuple[Languages, TextCatalogs]:
    languages = load_languages(settings.locales_dir / "languages.yaml")
    return languages, TextCatalogs(settings.locales_dir, languages, settings.timezone)


@asynccontextmanager
async def open_core(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    detect_languages: bool = True,
    background: bool = True,
    features: Sequence[Feature] = FEATURES,
) -> AsyncIterator[CoreApp]:
    """Load languages and catalogue, migrate the database, install the features, and yield
    the ready core.

    ``background=False`` is for one-off commands (reports, purge, announce): no content
    watcher, no retention loop and no job loops next to them.
    """
    languages, texts = load_text_catalogs(settings)
    texts.clock = clock  # dates say "today" and "tomorrow" by the bot's own clock
    model = load_model() if settings.understanding_model else None
    _say_model_state(model, settings.understanding_model, serving=background)
    catalogue = LiveCatalogue(settings.content_dir, languages.codes, model, settings.calendar)
    database = Database(settings.database_url)
    await database.start()
    try:
        dialogue = Dialogue(
            database=database,
            catalogue=catalogue,
            texts=texts,
            languages=languages,
            understander=Understander.load(
                settings.locales_dir,
                LanguageDetector(languages.codes) if detect_languages else None,
                ForeignLanguages.load(settings.locales_dir, languages.codes)
                if detect_languages
                else None,
                settings.phrase_cache_dir,
            ),
            default_language=settings.default_language,
            max_text_length=settings.max_text_length,
            retention_days=settings.retention_days,
            periods=views.KeptFor(questions_days=settings.question_log_days),
            clock=clock,
        )
        core = CoreApp(
            settings, database, dialogue, texts, StaffDesk(settings.staff_user_ids, clock)
        )
        async with running(core, features, background=background):
            try:
                yield core
            finally:
                await dialogue.deliveries.close()
                if core.rates is not None:
                    await core.rates.close()
    finally:
        await database.close()


def _say_model_state(model: Embedder | None, wanted: bool, *, serving: bool) -> None:
    """One line at start: does this bot understand with the meaning model? (Without it, fewer
    emergencies get the 112/110 numbers.) ``/healthz`` and ``/metrics`` say it too. Missing
    though wanted is a warning for a serving bot (requirements.lock installs it), not for
    one-off commands."""
    state = model_state(model, wanted)
    metrics.UNDERSTANDING_MODEL.set(1 if model is not None else 0)
    if model is None and wanted and serving:
        _LOG.warning("understanding model: %s (fewer emergencies are recognised)", state)
    else:
        _LOG.info("understanding model: %s", state)
