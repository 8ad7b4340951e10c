"""``python -m bot run``: every configured channel in one process, until SIGINT or SIGTERM.

Telegram polls, or takes its webhook on our web server; WhatsApp always takes its webhook
there. One server, one port (``$PORT``) for both.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from telegram.ext import Application

from bot.app import open_core
from bot.channels import telegram, whatsapp
from bot.channels.telegram_logging import keep_library_logs_private
from bot.channels.web import WebServer
from bot.config import Settings
from bot.matching.semantic import warm_in_background
from bot.observability import routes as observability_routes
from bot.operations.content_folder import SHARED_WITH_CODE_WARNING, inside_code_checkout
from bot.understanding.intent_model import IntentModel
from bot.web.pages import open_desk

_LOG = logging.getLogger("bot.channels")


async def run_channels(settings: Settings, *, webhook: bool) -> None:
    """Serve the configured channels; settings that cannot work raise before anything starts."""
    if not settings.telegram_bot_token and settings.whatsapp is None:
        _LOG.warning(
            "no channel configured (TELEGRAM_BOT_TOKEN, WHATSAPP_*): serving the staff web "
            "desk only, on port %d",
            settings.port,
        )
    telegram_webhook = webhook and settings.telegram_bot_token is not None
    if settings.telegram_bot_token:
        telegram.check_settings(settings, webhook=telegram_webhook)
    templates = whatsapp.check_settings(settings) if settings.whatsapp is not None else None
    keep_library_logs_private()
    if inside_code_checkout(settings.content_dir):
        _LOG.warning(SHARED_WITH_CODE_WARNING, settings.content_dir)
    with _stop_signals() as stop:  # a signal during start-up stops right after it
        async with (
            open_core(settings, clock=settings_clock(settings.clock_file)) as core,
            contextlib.AsyncExitStack() as channels,
        ):
            server = WebServer(settings.webhook_listen, settings.port)
            open_desk(core, server)  # the staff desk under /web, on the same port
            application = None
            if settings.telegram_bot_token:
                routes = server if telegram_webhook else None
                application = await channels.enter_async_context(
                    telegram.running(core, settings, routes)
                )
                if not telegram_webhook:
                    core.loops.watch("telegram polling", polling_problem(application))
            if templates is not None:
                await channels.enter_async_context(whatsapp.running(core, server, templates))
            # Health and metrics: always, so a polling bot serves them on $PORT too.
            observability_routes.add_routes(server, core)
            await channels.enter_async_context(server.serving())
            _LOG.info(
                "health and metrics on port %d: %s, %s",
                server.port,
                observability_routes.HEALTH_PATH,
                observability_routes.METRICS_PATH,
            )
            if application is not None and telegram_webhook:
                await telegram.register_webhook(application.bot, settings)
            _LOG.info("bot running: %s", ", ".join(sorted(core.senders)) or "staff desk only")
            snapshot = core.dialogue.catalogue.current
            if snapshot.semantic is not None:  # embed the offers now, not during someone's question
                warming = asyncio.wrap_future(warm_in_background(snapshot.semantic, stop.is_set))
                examples = core.dialogue.understander.intent_model(snapshot)
                warming.add_done_callback(lambda _: _then_examples(examples, stop.is_set))
            with start_up_heap_frozen():
                await stop.wait()
    _LOG.info("bot stopped")


def _then_examples(examples: IntentModel | None, stopping: Callable[[], bool]) -> None:
    """The offers are embedded; now the everyday requests' examples, as gently (the phrase
    tables answer alone until they are)."""
    _LOG.info("semantic reranking ready")
    if examples is not None:
        warm_in_background(examples, stopping)
    else:
        _LOG.info("everyday requests by meaning off (no examples to read)")


@contextlib.contextmanager
def start_up_heap_frozen() -> Iterator[None]:
    """Leave what start-up built out of the cyclic garbage collector's walks while serving.

    A started bot holds about 465,000 objects the collector tracks (catalogue, phrase tables,
    libraries), and they live as long as the process. Each full collection while serving
    walked all of them (66-720 ms each at start-up on the shared 2-core machine, the event
    loop standing still); frozen, a full collection walks only what was made since. Objects
    that stop being used are still freed by their reference counts: a catalogue reload, with
    or without changed keywords, leaves no cyclic garbage (counted with ``gc.collect()``),
    so nothing frozen is kept by mistake. Unfrozen when serving ends, so that a process that
    serves more than once (the tests) collects as before."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def polling_problem(application: Application) -> Callable[[], str | None]:
    """What is wrong with python-telegram-bot's polling loop (it retries network errors
    itself; stopped means no update will arrive)."""

    def problem() -> str | None:
        updater = application.updater
        return None if updater is not None and updater.running else "stopped"

    return problem


def settings_clock(clock_file: Path | None) -> Callable[[], datetime]:
    """The real time, or (tests only, ``BOT_CLOCK_FILE``) the ISO time written in a file."""
    if clock_file is None:
        return lambda: datetime.now(UTC)
    path = clock_file

    def from_file() -> datetime:
        try:
            stamp = datetime.fromisoformat(path.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return datetime.now(UTC)
        return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)

    return from_file


@contextlib.contextmanager
def _stop_signals() -> Iterator[asyncio.Event]:
    """An event set by SIGINT or SIGTERM (Ctrl-C, ``docker stop``, systemd)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for number in signals:
        loop.add_signal_handler(number, stop.set)
    try:
        yield stop
    finally:
        for number in signals:
            loop.remove_signal_handler(number)
