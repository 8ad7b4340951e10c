# German typography (– „“ ×) in texts for staff is intended:
"""Command-line side of the staff tools: reports, announcements, flyers, the privacy purge.

python -m bot report unanswered [--days 7]
python -m bot report stats [--weeks 8] [--chart FILE.png]
python -m bot announce FILE [--send]
python -m bot flyer --offer ID --lang LANG [--out FILE.png|FILE.pdf]
python -m bot privacy purge
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.jobs import Outcome

COMMANDS = ("report", "announce", "flyer", "privacy")
PROGRESS_SECONDS = 5.0


def add_commands(commands: Any) -> None:
    """Add the staff subcommands to ``python -m bot``'s subparsers."""
    report = commands.add_parser("report", help="reports for staff (German)")
    kinds = report.add_subparsers(dest="report_kind", required=True)
    unanswered = kinds.add_parser("unanswered", help="questions the bot could not answer, grouped")
    unanswered.add_argument("--days", type=int, default=7)
    stats = kinds.add_parser("stats", help="new contacts, offers viewed, bookings per week")
    stats.add_argument("--weeks", type=int, default=8)
    stats.add_argument("--chart", type=Path, metavar="FILE", help="also write the chart as PNG")
    announce = commands.add_parser(
        "announce", help="news about an offer to the people who asked for it"
    )
    announce.add_argument("file", type=Path, help="content/announcements/NAME.yaml")
    announce.add_argument("--send", action="store_true", help="send it (without: preview only)")
    flyer = commands.add_parser("flyer", help="a printable flyer with a QR code into the bot")
    flyer.add_argument("--offer", required=True, help="offer id, e.g. sewing-cafe")
    flyer.add_argument("--lang", required=True, help="language code, e.g. ro")
    flyer.add_argument(
        "--out", type=Path, help="FILE.png or FILE.pdf (default: flyer-OFFER-LANG.png)"
    )
    privacy = commands.add_parser("privacy", help="data protection tasks")
    tasks = privacy.add_subparsers(dest="privacy_task", required=True)
    tasks.add_parser("purge", help="delete people silent for RETENTION_DAYS and old questions now")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "flyer":
        return _flyer(settings, args.offer, args.lang, args.out)
    return asyncio.run(_run_async(args, replace(settings, watch_content=False)))


async def _run_async(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import open_core

    async with open_core(settings, detect_languages=False, background=False) as core:
        now = core.dialogue.clock()
        if args.command == "report":
            return await _report(core, args, now)
        if args.command == "announce":
            return await _announce(core, args.file, args.send, now)
        from bot.privacy.retention import purge

        report = await purge(
            core.database,
            core.dialogue.eraser,
            now,
            retention_days=settings.retention_days,
            question_log_days=settings.question_log_days,
        )
        print(f"{report.people} Person(en) und {report.questions} Frage(n) gelöscht.")
        return 0


async def _report(core: Any, args: argparse.Namespace, now: datetime) -> int:
    from bot.staff import reports, stats
    from bot.staff.chart import contacts_chart

    async with core.database.session() as session:
        if args.report_kind == "unanswered":
            groups = await reports.unanswered(session, now - timedelta(days=args.days))
            print(reports.unanswered_de(groups, args.days))
            return 0
        collected = await stats.collect(session, now, args.weeks, core.texts.zone)
    print(stats.stats_de(collected, core.dialogue.catalogue.current.catalogue))
    if args.chart is not None:
        args.chart.write_bytes(contacts_chart(collected))
        print(f"Diagramm: {args.chart}")
    return 0


async def _announce(core: Any, file: Path, send: bool, now: datetime) -> int:
    from bot.staff import announce

    live = core.dialogue.catalogue
    loaded, issues = announce.load_announcement(file, live.current.catalogue, live.languages)
    if loaded is None:
        for issue in issues:
            print(issue, file=sys.stderr)
        return 1
    if not send:
        people = await announce.recipients(core.database, loaded.offer.id)
        how = f"python -m bot announce {file} --send"
        print(announce.preview_de(loaded, people, live.languages, how))
        return 0
    token = core.settings.telegram_bot_token
    if not token:
        print("TELEGRAM_BOT_TOKEN is not set: nothing can be sent.", file=sys.stderr)
        return 2
    from bot.channels.telegram import CHANNEL, attach, build_application
    from bot.core import StaffNotices

    started = await announce.start_sending(core.database, core.jobs, loaded, now)
    print(started.message_de(loaded.name))
    application = build_application(core.settings, token)
    adapter = attach(application, core)
    async with application:  # connects the Bot API client; takes no updates
        core.register_sender(CHANNEL, adapter.sender)
        core.register_desk(CHANNEL, adapter.sender)  # the staff group hears "sent", if set
        counts = await _send_batch(core, announce.batch_of(started.announcement_id))
        await core.job_runner.tick(StaffNotices.kind)  # "sent" for the staff group, if set
    print(announce.progress_de(loaded.name, counts))
    failed = sum(counts.get(outcome, 0) for outcome in (Outcome.GAVE_UP, Outcome.REFUSED))
    return 0 if failed == 0 else 1


async def _send_batch(core: Any, batch: str) -> dict[str | None, int]:
    """Do the announcement's jobs in this process, next to any running bot (each row is
    claimed by one of them), until none is left that this process can send."""
    from bot import jobs
    from bot.staff.announce import KIND
    from bot.storage.reach import reach_of

    last_report = time.monotonic()
    while True:
        claimed = await core.job_runner.tick(KIND)
        async with core.database.session() as session:
            left = await jobs.unfinished(session, batch, reach_of(core.senders))
            counts = await jobs.progress(session, batch)
        if not left:
            return counts
        if time.monotonic() - last_report > PROGRESS_SECONDS:
            print(f"… {sum(counts.values()) - counts.get(None, 0)} von {sum(counts.values())}")
            last_report = time.monotonic()
        if not claimed:  # held by another process, or waiting for a retry
            await asyncio.sleep(1.0)


def _flyer(settings: Settings, offer_id: str, language: str, out: Path | None) -> int:
    from bot.app import load_text_catalogs
    from bot.catalogue.live import CatalogueError, LiveCatalogue
    from bot.staff.flyer import FlyerError, deep_link, render_flyer

    if not settings.bot_username:
        print(
            "TELEGRAM_BOT_USERNAME is not set: the QR code needs the bot's name.", file=sys.stderr
        )
        return 2
    languages, texts = load_text_catalogs(settings)
    if language not in languages:
        print(
            f"unknown language {language!r}; known: {', '.join(languages.codes)}", file=sys.stderr
        )
        return 2
    try:
        catalogue = LiveCatalogue(
            settings.content_dir, languages.codes, calendar=settings.calendar
        ).current.catalogue
    except CatalogueError as error:
        print(error, file=sys.stderr)
        return 1
    offer = catalogue.offer(offer_id)
    if offer is None:
        print(f"unknown offer {offer_id!r}; known: {', '.join(catalogue.offers)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    link = deep_link(settings.bot_username, language, offer.id)
    try:
        flyer = render_flyer(offer, texts.translator(language), languages, link, datetime.now(UTC))
    except FlyerError as error:
        print(error, file=sys.stderr)
        return 1
    target = out or Path(f"flyer-{offer.id}-{language}.png")
    flyer.save(target)
    for note in flyer.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"{target} ({time.perf_counter() - started:.2f} s) – QR: {link}")
    return 0
