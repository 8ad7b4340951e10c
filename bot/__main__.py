"""Command line: ``python -m bot`` chats in the terminal, or runs on Telegram with a token.

python -m bot                         terminal chat (Telegram polling if a token is set)
python -m bot console                 terminal chat, always
python -m bot console --mediator [NAME]   a team member in a second terminal (handover trials)
python -m bot run [--webhook]         Telegram and/or WhatsApp, whichever is configured
python -m bot catalogue check [DIR]   validate content/ (or a copy) before it goes live
python -m bot ask --lang ro "..."     how a question is understood, as JSON
python -m bot ask --eval FILE         matcher accuracy on a question set
python -m bot translations update     extract UI strings, update every locales/*.po
python -m bot bookings --date DAY     the appointments of a day, for staff
python -m bot report unanswered|stats questions without an answer; weekly numbers
python -m bot announce FILE [--send]  news about an offer to the people who asked for it
python -m bot flyer --offer ID --lang LANG   printable flyer with a QR code into the bot
python -m bot privacy purge           delete people silent for RETENTION_DAYS, old questions
python -m bot staff link NAME         a one-time login link for the staff web desk
python -m bot init DIR                a content folder for staff (the example catalogue)
python -m bot migrate                 bring the database to the newest schema
python -m bot backup FILE | restore FILE   database and content folder in one archive
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from bot.catalogue.issues import CatalogueError
from bot.config import Settings
from bot.observability.logs import configure_logging
from bot.observability.sentry import init_sentry
from bot.operations import cli as operations_cli
from bot.operations.content_folder import missing_content_message
from bot.staff import cli as staff_cli

CONSOLE_STAFF_CHAT = "console-team"
"""The staff chat of terminal trials, unless STAFF_CHAT_ID names one."""


def _configure_logging(settings: Settings, level: int = logging.INFO) -> None:
    # Privacy: log records carry event names and error types, never what people wrote.
    configure_logging(level, settings.log_format)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Erstkontakt chatbot")
    commands = parser.add_subparsers(dest="command")
    console = commands.add_parser("console", help="chat in this terminal")
    console.add_argument(
        "--chat", default="local", help="chat id (a second terminal can use another)"
    )
    console.add_argument(
        "--mediator",
        nargs="?",
        const="",
        metavar="NAME",
        help="answer people as this team member (content/team.yaml; default: the first)",
    )
    run = commands.add_parser("run", help="run the configured channels (Telegram, WhatsApp)")
    run.add_argument(
        "--webhook", action="store_true", help="Telegram by webhook on $PORT instead of polling"
    )
    catalogue = commands.add_parser("catalogue", help="work with the offer catalogue")
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", required=True)
    check = catalogue_commands.add_parser("check", help="validate the content folder")
    check.add_argument(
        "directory", nargs="?", type=Path, help="content folder (default: the live one)"
    )
    ask = commands.add_parser("ask", help="show how questions are understood")
    ask.add_argument(
        "question", nargs="?", help="one question; without it, one per line from stdin"
    )
    ask.add_argument("--lang", default="de", help="the language the person chose")
    ask.add_argument("--json", action="store_true", help="JSON output (one object per question)")
    ask.add_argument("--eval", type=Path, metavar="FILE", help="report accuracy on a question set")
    ask.add_argument(
        "--after", metavar="OFFER", help="as if this offer's card was shown just before"
    )
    translations = commands.add_parser("translations", help="work with the UI translations")
    translations_commands = translations.add_subparsers(dest="translations_command", required=True)
    translations_commands.add_parser("update", help="extract UI strings and update every .po file")
    bookings = commands.add_parser("bookings", help="list the appointments of a day (for staff)")
    bookings.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    staff = commands.add_parser("staff", help="the staff web desk")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True)
    link = staff_commands.add_parser("link", help="print a one-time login link for the web desk")
    link.add_argument("name", help="who it is for; shown on the desk")
    link.add_argument(
        "--mediator", action="store_true", help="may not publish (default: may publish)"
    )
    link.add_argument("--minutes", type=int, default=15, help="how long the link works")
    staff_cli.add_commands(commands)
    operations_cli.add_commands(commands)
    return parser


def _staff_link(settings: Settings, name: str, mediator: bool, minutes: int) -> int:
    from bot.web.auth import Role
    from bot.web.links import print_link

    if not name.strip() or minutes < 1:
        print("give a name and a positive number of minutes", file=sys.stderr)
        return 2
    role = Role.MEDIATOR if mediator else Role.EDITOR
    url = asyncio.run(print_link(settings, name.strip(), role, minutes))
    print(f"Login link for {name.strip()} ({role.value}), valid {minutes} min, once:")
    print(url)
    return 0


def _translations_update(settings: Settings) -> int:
    from bot.i18n.languages import load_languages
    from bot.i18n.sync import update_all

    added = update_all(
        settings.locales_dir, load_languages(settings.locales_dir / "languages.yaml")
    )
    for code, count in added.items():
        print(f"{code}: {count} new string(s) to translate")
    return 0


def _bookings(settings: Settings, day: date | None) -> int:
    from bot.booking.report import print_appointments

    return asyncio.run(print_appointments(settings, day, sys.stdout))


def _catalogue_check(settings: Settings, directory: Path | None) -> int:
    from bot.catalogue.check import run_check
    from bot.i18n.languages import load_languages

    languages = load_languages(settings.locales_dir / "languages.yaml")
    return run_check(directory or settings.content_dir, languages.codes, sys.stdout)


def _ask(
    settings: Settings,
    question: str | None,
    language: str,
    as_json: bool,
    eval_file: Path | None,
    after: str | None = None,
) -> int:
    from bot.catalogue.live import CatalogueError, LiveCatalogue
    from bot.i18n.languages import load_languages
    from bot.matching.detect import LanguageDetector
    from bot.matching.semantic import load_model
    from bot.understanding import Context, Understander
    from bot.understanding.evaluate import evaluate_file
    from bot.understanding.switch import LanguageSwitch

    languages = load_languages(settings.locales_dir / "languages.yaml")
    detector = LanguageDetector(languages.codes)
    try:
        model = load_model() if settings.understanding_model else None
        snapshot = LiveCatalogue(
            settings.content_dir, languages.codes, model, settings.calendar
        ).current
        understander = Understander.load(
            settings.locales_dir, detector, cache_dir=settings.phrase_cache_dir
        )
    except CatalogueError as error:
        print(error, file=sys.stderr)
        return 1
    if eval_file is not None:
        # With the model: embed its everyday-request examples first (a minute or more), as
        # the running bot has them soon after start. A single question is answered at once,
        # as in the bot's first minutes: by the phrase tables alone.
        understander.warm(snapshot)
        # With the detector, the report also counts wrong "continue in another language?".
        switch = LanguageSwitch(languages, understander.detectable)
        print(evaluate_file(understander, snapshot, eval_file, switch).table())
        return 0
    if language not in languages:
        print(
            f"unknown language {language!r}; known: {', '.join(languages.codes)}", file=sys.stderr
        )
        return 2
    context = Context(language, after)
    questions: Iterable[str] = (
        [question] if question is not None else (line.rstrip("\n") for line in sys.stdin)
    )
    for text in questions:
        if not text.strip():
            continue
        understood = understander.understand(text, snapshot, context)
        follow_up = understood.follow_up
        record: dict[str, object] = {
            "question": text,
            "language": language,
            "detected_language": understood.detected_language,
            "outcome": understood.outcome.value,
            "intent": understood.intent.value if understood.intent else None,
            # 112 and 110 shown: the emergency screen ("intent": "emergency") or, for a message
            # that might be about danger, one line of them before the answer
            "numbers": understood.shows_numbers,
            "faq": understood.faq,
            "follow_up": follow_up.topic if follow_up else None,
            "answer": understood.answer,
            "candidates": [
                {"offer": c.offer_id, "score": round(c.score, 1)} for c in understood.candidates
            ],
        }
        if follow_up is not None and follow_up.also:  # "how much and where": both answered
            record["follow_up_also"] = list(follow_up.also)
        if understood.target_language:
            record["target_language"] = understood.target_language
        if understood.yes_no is not None:  # "da", "ok": a typed answer, nothing asked
            record["yes_no"] = understood.yes_no.value
        if as_json:
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            shown = record["intent"] or record["faq"] or record["answer"] or record["outcome"]
            print(f"{text!r} -> {shown}  {record['candidates']}")
    return 0


def _terminal_member_ids(settings: Settings, mediator: str | None) -> frozenset[str]:
    """The team member a terminal signs in as (examples included: it is a local trial)."""
    if mediator is None:
        return frozenset()
    from bot.handover.team import inspect_team
    from bot.i18n.languages import load_languages

    codes = load_languages(settings.locales_dir / "languages.yaml").codes
    team = inspect_team(settings.content_dir, codes).team
    member = team.find(mediator) if mediator else next(iter(team.members), None)
    return frozenset({member.user_id}) if member is not None else frozenset()


async def _console(settings: Settings, chat_id: str, mediator: str | None) -> int:
    from bot.app import open_core
    from bot.channels.console import run_console
    from bot.handover.console_desk import run_mediator, signed_in

    # Terminal trials hand people over to a terminal mediator (both share the database).
    # One person at a terminal, often replaying a piped conversation: no flood to guard against.
    settings = replace(
        settings,
        staff_chat_id=settings.staff_chat_id or CONSOLE_STAFF_CHAT,
        person_messages_per_minute=0,
        # The shipped example team has no staff rights anywhere but in a terminal trial.
        staff_user_ids=settings.staff_user_ids | _terminal_member_ids(settings, mediator),
    )
    async with open_core(settings) as core:
        if mediator is None:
            await run_console(core, chat_id=chat_id)
            return 0
        session = signed_in(core, sys.stdout, mediator)
        if session is None:
            print(
                f"nobody called {mediator!r} in {settings.content_dir / 'team.yaml'}",
                file=sys.stderr,
            )
            return 2
        await run_mediator(core, session)
    return 0


async def _channels(settings: Settings, webhook: bool) -> None:
    from bot.channels.run import run_channels

    await run_channels(settings, webhook=webhook)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except ValueError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    if args.command in operations_cli.COMMANDS:
        _configure_logging(settings, logging.WARNING)
        return operations_cli.run(args, settings)
    if args.command != "catalogue" and (problem := missing_content_message(settings.content_dir)):
        print(problem, file=sys.stderr)
        return 2
    if args.command == "catalogue":
        return _catalogue_check(settings, args.directory)
    if args.command == "bookings":
        return _bookings(settings, args.date)
    if args.command == "staff":
        _configure_logging(settings, logging.WARNING)
        return _staff_link(settings, args.name, args.mediator, args.minutes)
    if args.command in staff_cli.COMMANDS:
        _configure_logging(settings, logging.WARNING)
        return staff_cli.run(args, settings)
    if args.command == "translations":
        return _translations_update(settings)
    if args.command == "ask":
        return _ask(settings, args.question, args.lang, args.json, args.eval, args.after)
    if args.command == "run" or (args.command is None and settings.telegram_bot_token):
        _configure_logging(settings)
        try:
            if settings.sentry_dsn:
                init_sentry(settings.sentry_dsn, settings.secrets())
            asyncio.run(_channels(settings, args.command == "run" and args.webhook))
        except ValueError as error:  # settings that cannot work, e.g. webhook without a secret
            print(f"configuration error: {error}", file=sys.stderr)
            return 2
        except CatalogueError as error:
            print(f"cannot start, fix these first:\n{error}", file=sys.stderr)
            return 1
        return 0
    _configure_logging(settings, logging.WARNING)  # the terminal is the chat: keep it clean
    chat_id = args.chat if args.command == "console" else "local"
    mediator = args.mediator if args.command == "console" else None
    try:
        return asyncio.run(_console(settings, chat_id, mediator))
    except KeyboardInterrupt:
        return 0
    except CatalogueError as error:  # content or phrase lists that cannot be served
        print(f"cannot start, fix these first:\n{error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
