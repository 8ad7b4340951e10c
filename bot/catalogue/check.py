"""``catalogue check``: the staff's proofreading tool for ``content/``.

Prints every issue as ``file:line field: message``, then how complete and how checked the
translations of each language are. Exit status 1 means the bot would refuse the content.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bot.catalogue.loader import inspect_content
from bot.catalogue.model import (
    Catalogue,
    FaqEntry,
    Offer,
    QuickReply,
    ReviewStatus,
    TextState,
)
from bot.catalogue.texts import TEXT_FIELDS
from bot.handover.team import inspect_team
from bot.path.steps import inspect_path

KEYWORDS = "keywords"
MISSING = "missing"
OUTDATED = "outdated"
STATUS_MARKS = {
    MISSING: "-",
    OUTDATED: "o",
    ReviewStatus.MACHINE.value: "m",
    ReviewStatus.REVIEWED.value: "r",
}
TRANSLATED_PARTS = (*TEXT_FIELDS, KEYWORDS)
"""What each offer has in every language; the table counts these."""


@dataclass(frozen=True)
class LanguageStatus:
    """Counts of offer texts (and keyword lists) in one language."""

    language: str
    missing: int
    machine: int
    outdated: int


def run_check(content_dir: Path, languages: Sequence[str], out: TextIO) -> int:
    """Check ``content_dir`` strictly; 1 if anything is an error, else 0."""
    inspection = inspect_content(content_dir, languages, strict=True)
    team = inspect_team(content_dir, languages)  # team.yaml: the mediators (bot/handover)
    path = inspect_path(content_dir, languages)  # path.yaml: the 9-step path (bot/path)
    issues = inspection.issues + team.issues + path.issues
    for issue in issues:
        print(issue, file=out)
    if issues:
        print(file=out)
    catalogue = inspection.catalogue
    if catalogue is None:
        print("No translation table: a content file could not be read.", file=out)
    else:
        _print_table(catalogue, languages, out)
        _print_offer_table(catalogue, languages, out)
        _print_faq_table(catalogue, languages, out)
        _print_quick_reply_table(catalogue, languages, out)
        _print_example_note(catalogue, out)
    examples = sum(member.example for member in team.team.members)
    if examples:
        print(
            f"Example team members (example: true): {examples}. Replace them with the real team.",
            file=out,
        )
    steps = path.path.steps.values()
    if steps:
        unreviewed = sum(len(step.unreviewed) for step in steps)
        examples = sum(step.example for step in steps)
        print(
            f"path.yaml: {len(steps)} steps, {unreviewed} step texts per language unreviewed"
            f" (review: machine), {examples} example step(s) (example: true).",
            file=out,
        )
    errors = len(inspection.errors) + len(team.errors) + len(path.errors)
    warnings = len(issues) - errors
    print(f"{errors} error(s), {warnings} warning(s).", file=out)
    return 1 if errors else 0


def translation_status(catalogue: Catalogue, languages: Sequence[str]) -> list[LanguageStatus]:
    """Per language: missing texts, texts nobody has reviewed, texts older than the German."""
    return [
        LanguageStatus(
            language,
            missing=sum(not _has(offer, part, language) for offer, part in _parts(catalogue)),
            machine=sum(
                _has(offer, part, language)
                and _review(offer, part, language) is ReviewStatus.MACHINE
                for offer, part in _parts(catalogue)
            ),
            outdated=sum(
                _state(offer, part, language) is TextState.OUTDATED
                for offer, part in _parts(catalogue)
            ),
        )
        for language in languages
    ]


def offer_status(offer: Offer, language: str) -> str:
    """One offer in one language, the most urgent first: missing, outdated, machine, reviewed."""
    if not all(_has(offer, part, language) for part in TRANSLATED_PARTS):
        return MISSING
    if offer.is_outdated(language):
        return OUTDATED
    return offer.review_status(language).value


def _state(offer: Offer, part: str, language: str) -> TextState:
    """A text's state; keyword lists follow the language's record for the whole offer."""
    if part != KEYWORDS:
        return offer.text_state(part, language)
    if not _has(offer, part, language):
        return TextState.MISSING
    if offer.is_outdated(language):
        return TextState.OUTDATED
    return TextState(offer.review_status(language).value)


def _review(offer: Offer, part: str, language: str) -> ReviewStatus:
    return offer.review_status(language) if part == KEYWORDS else offer.text_review(part, language)


def _parts(catalogue: Catalogue) -> list[tuple[Offer, str]]:
    return [(offer, part) for offer in catalogue.offers.values() for part in TRANSLATED_PARTS]


def _has(offer: Offer, part: str, language: str) -> bool:
    if part == KEYWORDS:
        return language in offer.keywords
    return language in offer.texts[part]


def _print_table(catalogue: Catalogue, languages: Sequence[str], out: TextIO) -> None:
    per_language = len(catalogue.offers) * len(TRANSLATED_PARTS)
    print(
        f"Translations: {len(catalogue.offers)} offers x {len(TRANSLATED_PARTS)} texts "
        f"({', '.join(TRANSLATED_PARTS)}) = {per_language} per language",
        file=out,
    )
    print(f"{'language':<10}{'missing':>9}{'machine':>9}{'outdated':>10}", file=out)
    for status in translation_status(catalogue, languages):
        print(
            f"{status.language:<10}{status.missing:>9}{status.machine:>9}{status.outdated:>10}",
            file=out,
        )
    print("machine = not yet reviewed by a native speaker", file=out)
    print(file=out)


def _print_offer_table(catalogue: Catalogue, languages: Sequence[str], out: TextIO) -> None:
    """Which offer needs what in which language, so a reviewer knows where to start."""
    width = max([len("offer"), *(len(offer_id) for offer_id in catalogue.offers)]) + 2
    print(
        "Status per offer: r = reviewed, m = machine (not reviewed), o = outdated, - = missing",
        file=out,
    )
    print("offer".ljust(width) + "".join(f"{code:>5}" for code in languages), file=out)
    for offer in catalogue.offers.values():
        marks = "".join(f"{STATUS_MARKS[offer_status(offer, code)]:>5}" for code in languages)
        print(offer.id.ljust(width) + marks, file=out)
    print(file=out)


def faq_status(entry: FaqEntry, language: str) -> str:
    """One FAQ answer in one language: missing, outdated, machine or reviewed."""
    if language not in entry.answers or language not in entry.questions:
        return MISSING
    if entry.is_outdated(language):
        return OUTDATED
    return entry.review_status(language).value


def _print_faq_table(catalogue: Catalogue, languages: Sequence[str], out: TextIO) -> None:
    """The same marks for the staff-written answers (faq.yaml): questions and answer."""
    rows = {
        entry.id: [faq_status(entry, code) for code in languages]
        for entry in catalogue.faq.values()
    }
    _print_status_table("faq", "Status per FAQ answer (faq.yaml)", rows, languages, out)


def quick_reply_status(entry: QuickReply, language: str) -> str:
    """One quick reply in one language: missing, outdated, machine or reviewed."""
    if language not in entry.texts:
        return MISSING
    if entry.is_outdated(language):
        return OUTDATED
    return entry.review_status(language).value


def _print_quick_reply_table(catalogue: Catalogue, languages: Sequence[str], out: TextIO) -> None:
    """The same marks for the mediators' quick replies (quick_replies.yaml)."""
    rows = {
        entry.id: [quick_reply_status(entry, code) for code in languages]
        for entry in catalogue.quick_replies.values()
    }
    _print_status_table(
        "reply", "Status per quick reply (quick_replies.yaml)", rows, languages, out
    )


def _print_status_table(
    label: str, title: str, rows: Mapping[str, Sequence[str]], languages: Sequence[str], out: TextIO
) -> None:
    """One status mark per text and language, under a header naming the languages."""
    if not rows:
        return
    width = max([len(label), *(len(row_id) for row_id in rows)]) + 2
    print(f"{title}, same marks:", file=out)
    print(label.ljust(width) + "".join(f"{code:>5}" for code in languages), file=out)
    for row_id, statuses in rows.items():
        print(row_id.ljust(width) + "".join(f"{STATUS_MARKS[s]:>5}" for s in statuses), file=out)
    print(file=out)


def _print_example_note(catalogue: Catalogue, out: TextIO) -> None:
    """Example data must not reach people as fact; remind staff until it is replaced."""
    offers = sum(offer.example for offer in catalogue.offers.values())
    locations = sum(location.example for location in catalogue.locations.values())
    closures = sum(closure.example for closure in catalogue.closures)
    answers = sum(entry.example for entry in catalogue.faq.values())
    quick = sum(entry.example for entry in catalogue.quick_replies.values())
    if offers or locations or closures or answers or quick:
        print(
            f"Example data (example: true): {offers} offer(s), {locations} location(s), "
            f"{closures} closure(s), {answers} FAQ answer(s), {quick} quick reply(s). "
            "Replace with real data before going live.",
            file=out,
        )
