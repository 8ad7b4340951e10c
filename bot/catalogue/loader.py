"""Load ``content/`` into a :class:`Catalogue`, collecting every problem with file and line.

``strict`` is for the staff check (``catalogue check``): a missing translation is an error
there, while the running bot only warns and falls back along the language chain.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from bot.catalogue.centre_calendar import DEFAULT_CALENDAR, CentreCalendar
from bot.catalogue.issues import CatalogueError, ContentIssue, FieldPath, Severity
from bot.catalogue.model import (
    FOLLOW_UP_TOPICS,
    AppointmentRules,
    BookingMode,
    Catalogue,
    FaqEntry,
    Location,
    MediaKind,
    Offer,
    QuickReply,
    TranslationReview,
)
from bot.catalogue.schedule import Closure, OneOffDate, Schedule, WeeklyTime
from bot.catalogue.spec import (
    AppointmentSpec,
    ClosureSpec,
    FaqSpec,
    LocationSpec,
    OfferSpec,
    QuickReplySpec,
    ReviewSpec,
    Texts,
)
from bot.catalogue.texts import (
    SOURCE_LANGUAGE,
    TEXT_FIELDS,
    source_fingerprint,
    source_fingerprints,
)
from bot.catalogue.yaml_source import YamlSource, read_yaml

OFFERS_FILE = "offers.yaml"
LOCATIONS_FILE = "locations.yaml"
CLOSURES_FILE = "closures.yaml"  # optional: no file, no closures
FAQ_FILE = "faq.yaml"  # optional: no file, no staff-written answers
QUICK_REPLIES_FILE = "quick_replies.yaml"  # optional: short answers mediators send by id

_FRIENDLY_MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (check the spelling)",
    "dict_type": "expected 'key: value' lines below this field",
    "model_type": "expected 'key: value' lines below this field",
    "list_type": "expected a list (lines starting with '- ')",
    "string_type": "expected text",
}

SpecT = TypeVar("SpecT", bound=BaseModel)


@dataclass(frozen=True)
class LoadResult:
    catalogue: Catalogue
    warnings: tuple[ContentIssue, ...]


@dataclass(frozen=True)
class Inspection:
    """Everything found in a content folder, errors first, then by file and line.

    ``catalogue`` holds what could be built (even with errors), for reports; it is None
    when a required file could not be read at all.
    """

    catalogue: Catalogue | None
    issues: tuple[ContentIssue, ...]

    @property
    def errors(self) -> tuple[ContentIssue, ...]:
        return tuple(issue for issue in self.issues if issue.is_error)

    @property
    def warnings(self) -> tuple[ContentIssue, ...]:
        return tuple(issue for issue in self.issues if not issue.is_error)


def load_catalogue(
    content_dir: Path,
    languages: Sequence[str],
    *,
    strict: bool = False,
    calendar: CentreCalendar = DEFAULT_CALENDAR,
) -> LoadResult:
    """The catalogue to serve; raises CatalogueError listing every issue if any is an error.

    ``calendar`` says in which zone the content's times are meant and whose holidays apply.
    """
    inspection = inspect_content(content_dir, languages, strict=strict, calendar=calendar)
    if inspection.errors or inspection.catalogue is None:
        raise CatalogueError(inspection.issues)
    return LoadResult(inspection.catalogue, inspection.warnings)


def inspect_content(
    content_dir: Path,
    languages: Sequence[str],
    *,
    strict: bool = False,
    calendar: CentreCalendar = DEFAULT_CALENDAR,
) -> Inspection:
    """Read and cross-check all content files without stopping at the first problem."""
    if SOURCE_LANGUAGE not in languages:
        raise ValueError(f"languages must include the source language '{SOURCE_LANGUAGE}'")
    reader = _ContentReader(content_dir, tuple(languages), strict, calendar)
    with paused_gc():
        catalogue = reader.read()
    ordered = sorted(reader.issues, key=lambda i: (not i.is_error, i.file, i.line or 0))
    return Inspection(catalogue, tuple(ordered))


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a catalogue is built.

    Reading 300 offers creates tens of thousands of containers that all stay alive; every
    700 of them started a collection, and the older generations walk everything the process
    holds (the catalogue being replaced included), to find no garbage. Reading creates no
    reference cycles, and the content limits bound what it allocates, so nothing piles up
    meanwhile. Nested or concurrent pauses are harmless: only the pause that found
    collection on turns it back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _ContentReader:
    """One pass over a content folder; ``issues`` fills up as files are read."""

    def __init__(
        self,
        content_dir: Path,
        languages: tuple[str, ...],
        strict: bool,
        calendar: CentreCalendar,
    ) -> None:
        self.content_dir = content_dir
        self.languages = languages
        self.known_languages = frozenset(languages)
        self.strict = strict
        self.calendar = calendar
        self.issues: list[ContentIssue] = []

    def read(self) -> Catalogue | None:
        location_file = self._read_specs(LOCATIONS_FILE, "locations", LocationSpec, required=True)
        offer_file = self._read_specs(OFFERS_FILE, "offers", OfferSpec, required=True)
        closure_file = self._read_specs(CLOSURES_FILE, "closures", ClosureSpec, required=False)
        faq_file = self._read_specs(FAQ_FILE, "faq", FaqSpec, required=False)
        quick_file = self._read_specs(
            QUICK_REPLIES_FILE, "quick_replies", QuickReplySpec, required=False
        )
        if location_file is None or offer_file is None:
            return None
        locations = self._locations(*location_file)
        offer_ids = _raw_ids(offer_file[0], "offers")  # an offer with a typo is still known
        closures = self._closures(*closure_file, offer_ids) if closure_file else ()
        offers = self._offers(*offer_file, locations, closures)
        faq = self._faq(*faq_file, offer_ids, locations) if faq_file else {}
        quick_replies = self._quick_replies(*quick_file) if quick_file else {}
        return Catalogue(
            MappingProxyType(offers),
            MappingProxyType(locations),
            closures,
            MappingProxyType(faq),
            self.calendar,
            quick_replies=MappingProxyType(quick_replies),
        )

    # -- reading files ------------------------------------------------------------------

    def _read_specs(
        self, filename: str, key: str, spec_type: type[SpecT], *, required: bool
    ) -> tuple[YamlSource, list[tuple[int, SpecT]]] | None:
        """The valid items under ``key``; each item is checked on its own so all are reported."""
        path = self.content_dir / filename
        if not required and not path.exists():
            return None
        source, issues = read_yaml(path)
        self.issues += issues
        if source is None:
            return None
        items = self._items(source, key)
        self._report_duplicate_ids(source, key, items)
        specs = []
        for index, item in items:
            try:
                specs.append((index, spec_type.model_validate(item)))
            except ValidationError as error:
                self.issues += [_pydantic_issue(source, (key, index), e) for e in error.errors()]
        return source, specs

    def _items(self, source: YamlSource, key: str) -> list[tuple[int, object]]:
        data = source.data
        if not isinstance(data, dict) or key not in data:
            self.issues.append(source.issue((), f"expected '{key}:' at the top of the file"))
            return []
        self.issues += [
            source.issue((str(other),), "unknown field (check the spelling)")
            for other in data
            if other != key
        ]
        items = data[key]
        if items is None:  # "closures:" with nothing below it
            return []
        if not isinstance(items, list):
            self.issues.append(source.issue((key,), "expected a list (lines starting with '- ')"))
            return []
        return list(enumerate(items))

    def _report_duplicate_ids(
        self, source: YamlSource, key: str, items: list[tuple[int, object]]
    ) -> None:
        """Checked on the raw items, so a duplicate is found even if one copy is invalid."""
        first_lines: dict[str, int] = {}
        for index, item in items:
            item_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(item_id, str):
                continue
            if item_id in first_lines:
                self._error(
                    source,
                    (key, index, "id"),
                    f"duplicate id '{item_id}' (first at line {first_lines[item_id]})",
                )
            else:
                first_lines[item_id] = source.line_of((key, index, "id"))

    # -- building the model ---------------------------------------------------------------

    def _locations(
        self, source: YamlSource, specs: list[tuple[int, LocationSpec]]
    ) -> dict[str, Location]:
        locations: dict[str, Location] = {}
        for _, spec in specs:
            if spec.id in locations:  # a duplicate, already reported
                continue
            locations[spec.id] = Location(
                spec.id, spec.name, spec.address, spec.latitude, spec.longitude, spec.example
            )
        return locations

    def _closures(
        self, source: YamlSource, specs: list[tuple[int, ClosureSpec]], offer_ids: Collection[str]
    ) -> tuple[Closure, ...]:
        closures = []
        for index, spec in specs:
            path: FieldPath = ("closures", index)
            for position, offer_id in enumerate(spec.offers or ()):
                if offer_id not in offer_ids:
                    self._error(source, (*path, "offers", position), f"unknown offer '{offer_id}'")
            first_day, last_day = spec.days
            closures.append(
                Closure(
                    first_day,
                    last_day,
                    None if spec.offers is None else frozenset(spec.offers),
                    MappingProxyType(self._texts(source, (*path, "reason"), spec.reason)),
                    spec.example,
                )
            )
        return tuple(closures)

    def _offers(
        self,
        source: YamlSource,
        specs: list[tuple[int, OfferSpec]],
        locations: Mapping[str, Location],
        closures: tuple[Closure, ...],
    ) -> dict[str, Offer]:
        offers: dict[str, Offer] = {}
        for index, spec in specs:
            if spec.id in offers:  # a duplicate, already reported
                continue
            offer = self._offer(source, ("offers", index), spec, locations, closures)
            if offer is not None:
                offers[spec.id] = offer
        return offers

    def _offer(
        self,
        source: YamlSource,
        path: FieldPath,
        spec: OfferSpec,
        locations: Mapping[str, Location],
        closures: tuple[Closure, ...],
    ) -> Offer | None:
        texts = {
            field: MappingProxyType(self._texts(source, (*path, field), raw))
            for field, raw in spec.texts().items()
        }
        keywords = self._keywords(source, (*path, "keywords"), spec.keywords)
        for position, code in enumerate(spec.languages):
            self._check_language(source, (*path, "languages", position), code)
        fingerprint, per_text = source_fingerprints(
            {f: texts[f].get(SOURCE_LANGUAGE, "") for f in TEXT_FIELDS}
        )
        review = self._review(source, (*path, "review"), spec.review, fingerprint, per_text)
        media = self._media(source, (*path, "media"), spec)
        appointment = self._appointment(source, path, spec)
        location = locations.get(spec.location)
        if location is None:
            known = ", ".join(locations) or "none"
            self._error(
                source, (*path, "location"), f"unknown location '{spec.location}' (known: {known})"
            )
            return None
        schedule = Schedule(
            spec.id,
            weekly=tuple(WeeklyTime(w.weekday, w.start, w.end) for w in spec.schedule),
            dates=tuple(OneOffDate(d.date, d.start, d.end) for d in spec.dates),
            exceptions=frozenset(spec.exceptions),
            closures=closures,
            calendar=self.calendar,
        )
        return Offer(
            id=spec.id,
            icon=spec.icon,
            texts=MappingProxyType(texts),
            keywords=MappingProxyType(keywords),
            languages=tuple(spec.languages),
            location=location,
            booking_mode=spec.booking,
            schedule=schedule,
            media=MappingProxyType(media),
            review=MappingProxyType(review),
            source_fingerprint=fingerprint,
            example=spec.example,
            appointment=appointment,
            field_fingerprints=MappingProxyType(per_text),
            names=tuple(filter(None, (name.strip() for name in spec.names))),
        )

    def _faq(
        self,
        source: YamlSource,
        specs: list[tuple[int, FaqSpec]],
        offer_ids: Collection[str],
        locations: Mapping[str, Location],
    ) -> dict[str, FaqEntry]:
        faq: dict[str, FaqEntry] = {}
        faq_ids = {spec.id for _, spec in specs}
        for index, spec in specs:
            path: FieldPath = ("faq", index)
            if spec.id in faq:  # a duplicate, already reported
                continue
            for at, other in enumerate(spec.wins_over):
                if other == spec.id or other not in faq_ids:
                    known = ", ".join(sorted(faq_ids - {spec.id})) or "none"
                    self._error(
                        source,
                        (*path, "wins_over", at),
                        f"unknown answer '{other}' (other answers: {known})",
                    )
            for at, topic in enumerate(spec.follow_ups):
                if spec.offer is None:
                    self._error(
                        source,
                        (*path, "follow_ups", at),
                        "follow_ups needs an offer: the answer is given about that offer",
                    )
                elif topic not in FOLLOW_UP_TOPICS:
                    self._error(
                        source,
                        (*path, "follow_ups", at),
                        f"unknown question '{topic}' (known: {', '.join(FOLLOW_UP_TOPICS)})",
                    )
            if spec.offer is not None and spec.offer not in offer_ids:
                known = ", ".join(sorted(offer_ids)) or "none"
                self._error(
                    source, (*path, "offer"), f"unknown offer '{spec.offer}' (known: {known})"
                )
            if spec.location is not None and spec.location not in locations:
                known = ", ".join(locations) or "none"
                self._error(
                    source,
                    (*path, "location"),
                    f"unknown location '{spec.location}' (known: {known})",
                )
            answers = self._texts(source, (*path, "answer"), spec.answer)
            fingerprint = source_fingerprint([answers.get(SOURCE_LANGUAGE, "")])
            faq[spec.id] = FaqEntry(
                id=spec.id,
                questions=MappingProxyType(
                    self._keywords(source, (*path, "questions"), spec.questions, "questions")
                ),
                answers=MappingProxyType(answers),
                offer_id=spec.offer,
                location_id=spec.location,
                review=MappingProxyType(
                    self._review(source, (*path, "review"), spec.review, fingerprint)
                ),
                source_fingerprint=fingerprint,
                example=spec.example,
                wins_over=tuple(
                    other for other in spec.wins_over if other != spec.id and other in faq_ids
                ),
                follow_ups=tuple(
                    topic for topic in spec.follow_ups if spec.offer and topic in FOLLOW_UP_TOPICS
                ),
            )
        return faq

    def _quick_replies(
        self, source: YamlSource, specs: list[tuple[int, QuickReplySpec]]
    ) -> dict[str, QuickReply]:
        quick: dict[str, QuickReply] = {}
        for index, spec in specs:
            path: FieldPath = ("quick_replies", index)
            if spec.id in quick:  # a duplicate, already reported
                continue
            texts = self._texts(source, (*path, "text"), spec.text)
            fingerprint = source_fingerprint([texts.get(SOURCE_LANGUAGE, "")])
            quick[spec.id] = QuickReply(
                id=spec.id,
                texts=MappingProxyType(texts),
                review=MappingProxyType(
                    self._review(source, (*path, "review"), spec.review, fingerprint)
                ),
                source_fingerprint=fingerprint,
                example=spec.example,
            )
        return quick

    def _appointment(
        self, source: YamlSource, path: FieldPath, spec: OfferSpec
    ) -> AppointmentRules | None:
        """The booking rules; the block and ``booking: appointment`` must come together."""
        block = spec.appointment
        if spec.booking is not BookingMode.APPOINTMENT:
            if block is not None:
                self._error(
                    source,
                    (*path, "appointment"),
                    f"only offers with 'booking: appointment' take appointments "
                    f"(this one has 'booking: {spec.booking.value}')",
                )
            return None
        if block is None:
            self._error(
                source,
                (*path, "booking"),
                "'booking: appointment' needs an 'appointment:' block (at least slot_minutes)",
            )
            return None
        hours = self._appointment_hours(source, (*path, "appointment"), block, spec)
        return AppointmentRules(
            slot_length=timedelta(minutes=block.slot_minutes),
            seats=block.seats,
            hours=hours,
            horizon_days=block.horizon_days,
            notice=timedelta(hours=block.notice_hours),
            open_per_person=block.per_person,
            reminders=tuple(
                timedelta(hours=h) for h in sorted(set(block.remind_hours_before), reverse=True)
            ),
            asks=frozenset(block.asks),
            title={language: text for language, text in block.title.items() if text},
            walk_in=block.walk_in,
        )

    def _appointment_hours(
        self, source: YamlSource, path: FieldPath, block: AppointmentSpec, spec: OfferSpec
    ) -> tuple[WeeklyTime, ...]:
        """Explicit ``hours``, else the offer's weekly schedule; each must hold one slot."""
        listed = block.hours or spec.schedule
        if not listed:
            self._error(
                source,
                (*path, "hours"),
                "no hours to book: list them under 'hours:' or give the offer a weekly 'schedule:'",
            )
        hours = []
        for index, weekly in enumerate(listed):
            if _minutes(weekly.end) - _minutes(weekly.start) < block.slot_minutes:
                where = (*path, "hours", index) if block.hours else (*path[:-1], "schedule", index)
                self._error(
                    source,
                    where,
                    f"{weekly.start:%H:%M}-{weekly.end:%H:%M} is shorter than one slot "
                    f"({block.slot_minutes} minutes)",
                )
            hours.append(WeeklyTime(weekly.weekday, weekly.start, weekly.end))
        return tuple(hours)

    # -- per-field checks ------------------------------------------------------------------

    def _texts(self, source: YamlSource, path: FieldPath, raw: Texts) -> dict[str, str]:
        """The non-empty texts in supported languages; reports unknown and missing languages."""
        texts = {}
        known = self.known_languages
        for code, text in raw.items():
            stripped = text.strip() if text else ""
            if (code in known or self._check_language(source, (*path, code), code)) and stripped:
                texts[code] = stripped
        self._require_all_languages(source, path, texts, "text")
        return texts

    def _keywords(
        self,
        source: YamlSource,
        path: FieldPath,
        raw: Mapping[str, list[str] | None],
        what: str = "keywords",
    ) -> dict[str, tuple[str, ...]]:
        """Phrases people type, per language: an offer's keywords, a FAQ entry's questions."""
        keywords = {}
        known = self.known_languages
        for code, words in raw.items():
            cleaned = tuple(filter(None, [w.strip() for w in words or ()]))
            if (code in known or self._check_language(source, (*path, code), code)) and cleaned:
                keywords[code] = cleaned
        self._require_all_languages(source, path, keywords, what)
        return keywords

    def _require_all_languages(
        self, source: YamlSource, path: FieldPath, present: Collection[str], what: str
    ) -> None:
        if SOURCE_LANGUAGE not in present:
            self._error(source, path, f"missing German {what} '{SOURCE_LANGUAGE}'")
        severity = Severity.ERROR if self.strict else Severity.WARNING
        noun = "translation" if what == "text" else what
        for code in self.languages:
            if code != SOURCE_LANGUAGE and code not in present:
                self.issues.append(source.issue(path, f"missing {noun} '{code}'", severity))

    def _review(
        self,
        source: YamlSource,
        path: FieldPath,
        entries: Mapping[str, ReviewSpec],
        fingerprint: str,
        per_text: Mapping[str, str] | None = None,
    ) -> dict[str, TranslationReview]:
        review = {}
        for code, entry in entries.items():
            if not self._check_language(source, (*path, code), code):
                continue
            known = per_text or {}  # texts recorded one by one (offers only)
            for name in entry.texts:
                if name not in known:
                    self._error(
                        source,
                        (*path, code, "texts", name),
                        f"unknown text '{name}' (known: {', '.join(known) or 'none'})",
                    )
            review[code] = TranslationReview(
                entry.status, entry.source, MappingProxyType(dict(entry.texts))
            )
            if code == SOURCE_LANGUAGE:
                continue
            if entry.texts:  # recorded per text (the web desk): name exactly what changed
                for name, (_, checked_against) in entry.texts.items():
                    if name in known and checked_against != known[name]:
                        self._warn(
                            source,
                            (*path, code, "texts", name),
                            f"outdated: the German {name} changed since this translation was "
                            "made; update it and mark it reviewed on the web desk",
                        )
            elif entry.source is not None and entry.source != fingerprint:
                self._warn(
                    source,
                    (*path, code),
                    f"outdated: the German text changed since this translation was made "
                    f"(source {entry.source}, now {fingerprint}); update it and mark it "
                    f"reviewed on the web desk (/web), or set source: {fingerprint}",
                )
            elif entry.source is None and self.strict:
                self._warn(
                    source,
                    (*path, code),
                    f"no source recorded; add source: {fingerprint} so German edits are noticed",
                )
        return review

    def _media(
        self, source: YamlSource, path: FieldPath, spec: OfferSpec
    ) -> dict[MediaKind, Mapping[str, Path]]:
        media: dict[MediaKind, Mapping[str, Path]] = {}
        for kind, files in (
            (MediaKind.IMAGE, spec.media.image),
            (MediaKind.AUDIO, spec.media.audio),
        ):
            found = {}
            for code, relative in files.items():
                file_path = (*path, kind.value, code)
                if not self._check_language(source, file_path, code):
                    continue
                if Path(relative).is_absolute() or ".." in Path(relative).parts:
                    self._error(
                        source, file_path, f"'{relative}' must be a path inside the content folder"
                    )
                elif not (self.content_dir / relative).is_file():
                    self._error(source, file_path, f"file not found: {self.content_dir / relative}")
                else:
                    found[code] = self.content_dir / relative
            if found:
                media[kind] = MappingProxyType(found)
        return media

    def _check_language(self, source: YamlSource, path: FieldPath, code: str) -> bool:
        if code in self.known_languages:
            return True
        self._error(source, path, f"unknown language '{code}' (known: {', '.join(self.languages)})")
        return False

    def _error(self, source: YamlSource, path: FieldPath, message: str) -> None:
        self.issues.append(source.issue(path, message))

    def _warn(self, source: YamlSource, path: FieldPath, message: str) -> None:
        self.issues.append(source.issue(path, message, Severity.WARNING))


def _raw_ids(source: YamlSource, key: str) -> set[str]:
    """The ids written under ``key``, valid items or not: a reference to an offer that has
    a mistake elsewhere is not a second mistake."""
    items = source.data.get(key) if isinstance(source.data, dict) else None
    return {
        item["id"]
        for item in items or ()
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _pydantic_issue(source: YamlSource, prefix: FieldPath, error: ErrorDetails) -> ContentIssue:
    """Turn one pydantic error into a staff message at the line of the field it names."""
    path = (*prefix, *(part for part in error["loc"] if part != "[key]"))
    return source.issue(path, _FRIENDLY_MESSAGES.get(error["type"], error["msg"]))
