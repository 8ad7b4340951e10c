"""Keeping the served catalogue in step with ``content/``: on file changes, /reload, and uploads.

A change that does not validate is refused: the bot keeps serving the last good catalogue and
staff get the errors with file and line. A good change is confirmed with what changed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from watchfiles import DefaultFilter, awatch

from bot.catalogue.check import translation_status
from bot.catalogue.issues import CatalogueError, ContentIssue
from bot.catalogue.live import LiveCatalogue
from bot.catalogue.model import Catalogue, Offer
from bot.catalogue.schedule import Schedule
from bot.catalogue.texts import SOURCE_LANGUAGE
from bot.messages import Reply

log = logging.getLogger(__name__)

Notify = Callable[[list[Reply]], Awaitable[None]]
"""Posts replies to the staff group (or only logs, where none is configured)."""

ERRORS_SHOWN = 15  # a chat message, not a report: the check command lists all of them
QUIET_MS = 300  # wait this long after the last file event, so a copied folder is one reload
IGNORED_FOLDERS = (".history", "announcements")  # saved versions and news are not catalogue
WATCH_BEAT_SECONDS = 60.0  # the watcher says it is alive this often, also when nothing changes


@dataclass(frozen=True)
class CatalogueChange:
    """What a reload changed, by German title; ``missing`` counts absent texts per language."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    locations_changed: bool
    closures_changed: bool
    faq_changed: bool
    missing: tuple[tuple[str, int], ...]

    @property
    def anything(self) -> bool:
        return bool(
            self.added
            or self.changed
            or self.removed
            or self.locations_changed
            or self.closures_changed
            or self.faq_changed
        )

    def summary_de(self) -> str:
        lines = [
            "✅ Katalog ist live.",
            f"Angebote: {_counted(self.added, 'neu')}, {_counted(self.changed, 'geändert')}, "
            f"{_counted(self.removed, 'entfernt')}.",
        ]
        if self.locations_changed:
            lines.append("Orte geändert.")
        if self.closures_changed:
            lines.append("Schließtage geändert.")
        if self.faq_changed:
            lines.append("Häufige Fragen (faq.yaml) geändert.")
        if self.missing:
            lines.append(
                "Fehlende Übersetzungen: "
                + ", ".join(f"{code} {n}" for code, n in self.missing)
                + "."
            )
        else:
            lines.append("Alle Übersetzungen vorhanden.")
        return "\n".join(lines)


def _counted(titles: Sequence[str], word: str) -> str:
    return f"{len(titles)} {word}" + (f" ({', '.join(titles)})" if titles else "")


def compare(before: Catalogue, after: Catalogue, languages: Sequence[str]) -> CatalogueChange:
    old, new = before.offers, after.offers
    return CatalogueChange(
        added=tuple(_title(new[i]) for i in new if i not in old),
        changed=tuple(
            _title(new[i]) for i in new if i in old and _signature(old[i]) != _signature(new[i])
        ),
        removed=tuple(_title(old[i]) for i in old if i not in new),
        locations_changed=list(before.locations.values()) != list(after.locations.values()),
        closures_changed=_closures(before) != _closures(after),
        faq_changed=[repr(e) for e in before.faq.values()] != [repr(e) for e in after.faq.values()],
        missing=tuple(
            (status.language, status.missing)
            for status in translation_status(after, languages)
            if status.missing
        ),
    )


def _title(offer: Offer) -> str:
    return offer.text("title", SOURCE_LANGUAGE)


def _signature(offer: Offer) -> str:
    """Everything staff can edit about one offer, comparable across two loads.

    Generic over the fields, so features that add offer fields (booking rules) are covered.
    Closures are compared once for the whole catalogue, not as a change of every offer.
    """
    parts = []
    for spec in fields(offer):
        value = getattr(offer, spec.name)
        if isinstance(value, Schedule):
            value = (value.weekly, value.dates, sorted(value.exceptions))
        parts.append(repr(value))
    return "\n".join(parts)


def _closures(catalogue: Catalogue) -> list[object]:
    return [
        (c.first_day, c.last_day, sorted(c.offer_ids or ()), dict(c.reason), c.example)
        for c in catalogue.closures
    ]


def refusal_de(issues: Sequence[ContentIssue]) -> str:
    """The errors as staff read them (``offers.yaml:42 offers[3].title: ...``), errors only."""
    errors = [issue for issue in issues if issue.is_error]
    lines = ["❌ Änderung abgelehnt. Der Bot zeigt weiter den letzten gültigen Katalog.", ""]
    lines += [str(issue) for issue in errors[:ERRORS_SHOWN]]
    if len(errors) > ERRORS_SHOWN:
        lines.append(f"… und {len(errors) - ERRORS_SHOWN} weitere Fehler.")
    lines += ["", "Bitte korrigieren und erneut speichern oder senden."]
    return "\n".join(lines)


@dataclass(frozen=True)
class ReloadResult:
    change: CatalogueChange | None  # None: refused
    issues: tuple[ContentIssue, ...]

    def message_de(self, root: Path) -> str:
        """For staff: what changed, or the errors with file names relative to ``root``."""
        if self.change is not None:
            return self.change.summary_de()
        return refusal_de([issue.relative_to(root) for issue in self.issues])


class CatalogueReloader:
    """Reloads the live catalogue one at a time and tells staff how it went."""

    def __init__(self, live: LiveCatalogue, notify: Notify) -> None:
        self.live = live
        self.notify = notify
        self._lock = asyncio.Lock()
        self._refused = False  # the last attempt failed: the next good one is always confirmed
        self.after_reload: list[Callable[[], Awaitable[None]]] = []  # e.g. outdated recordings

    async def reload(self) -> ReloadResult:
        async with self._lock:
            before = self.live.current.catalogue
            try:
                # Loading takes ~0.1 s for the shipped catalogue: off the event loop.
                after = (await asyncio.to_thread(self.live.reload)).catalogue
            except CatalogueError as error:
                errors = [issue for issue in error.issues if issue.is_error]
                files = sorted({Path(issue.file).name for issue in errors})
                log.warning(
                    "catalogue change refused: %d error(s) in %s", len(errors), ", ".join(files)
                )
                self._refused = True
                return ReloadResult(None, tuple(error.issues))
            change = compare(before, after, self.live.languages)
            self._refused = False
            for listener in self.after_reload if change.anything else ():
                try:
                    await listener()
                except Exception as error:  # a listener's failure never undoes a reload
                    log.warning("after reload: %s", type(error).__name__)
            log.info(
                "catalogue reloaded: %d added, %d changed, %d removed",
                len(change.added),
                len(change.changed),
                len(change.removed),
            )
            return ReloadResult(change, ())

    async def on_files_changed(self) -> None:
        """After an edit on disk: tell staff about refusals, real changes and recoveries."""
        was_refused = self._refused
        result = await self.reload()
        if result.change is None or result.change.anything or was_refused:
            await self.notify([Reply(text=result.message_de(self.live.content_dir))])

    async def watch(self, on_round: Callable[[], None] = lambda: None) -> None:
        """Reload whenever a content file changes, until cancelled.

        ``on_round`` is called at least every :data:`WATCH_BEAT_SECONDS` while the watcher
        lives (its heartbeat for /healthz)."""
        watch_filter = DefaultFilter(ignore_dirs=(*DefaultFilter.ignore_dirs, *IGNORED_FOLDERS))
        on_round()
        async for changes in awatch(
            self.live.content_dir,
            watch_filter=watch_filter,
            step=QUIET_MS,
            rust_timeout=int(WATCH_BEAT_SECONDS * 1000),
            yield_on_timeout=True,
        ):
            on_round()
            if not changes:
                continue  # a quiet period: only the heartbeat
            try:
                await self.on_files_changed()
            except Exception as error:  # a failed notice must not end the watching
                log.error("catalogue watch: notice failed: %s", type(error).__name__)
