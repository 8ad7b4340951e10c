"""The offer catalogue as the dialogue uses it: read-only, typed, with language fallback."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from bot.catalogue.centre_calendar import DEFAULT_CALENDAR, CentreCalendar
from bot.catalogue.schedule import Closure, Occurrence, Schedule, WeeklyTime
from bot.catalogue.texts import SOURCE_LANGUAGE, TEXT_FIELDS, as_chain, pick_text


class BookingMode(StrEnum):
    """How people sign up. Appointment rules (slot length, seats, ...) come with booking."""

    NONE = "none"  # just come
    CONTACT = "contact"  # talk to a person to sign up
    APPOINTMENT = "appointment"  # book a time slot


class BookingQuestion(StrEnum):
    """What booking an appointment may ask, and nothing more."""

    FIRST_NAME = "first_name"  # to greet the person at the door
    PHONE = "phone"  # optional: people can skip it
    INTERPRETER = "interpreter"  # whether an interpreter for their language is needed


@dataclass(frozen=True)
class AppointmentRules:
    """How one offer is booked: slots of ``slot_length`` inside ``hours``, ``seats`` each.

    ``hours`` are the centre's wall-clock times; closures and exceptions of the offer apply too.
    """

    slot_length: timedelta
    seats: int
    hours: tuple[WeeklyTime, ...]
    horizon_days: int  # the last bookable day is today + horizon_days
    notice: timedelta  # the earliest bookable slot starts this long after now
    open_per_person: int
    reminders: tuple[timedelta, ...]  # before the start, longest first
    asks: frozenset[BookingQuestion]
    title: Mapping[str, str] = field(default_factory=dict)  # what is booked, if not the offer
    walk_in: bool = False  # an appointment is welcome, not needed: people may just come

    def what(self, chain: Sequence[str] | str) -> str | None:
        """The name of what is booked ("Placement talk for the German course"), if it has one."""
        return pick_text(self.title, chain) if self.title else None


class MediaKind(StrEnum):
    IMAGE = "image"
    AUDIO = "audio"


class ReviewStatus(StrEnum):
    REVIEWED = "reviewed"  # a native speaker checked it
    MACHINE = "machine"  # nobody has checked it yet


class TextState(StrEnum):
    """One text in one language, as a reviewer sees it (most urgent first)."""

    MISSING = "missing"
    OUTDATED = "outdated"  # the German text changed since it was translated or checked
    MACHINE = "machine"  # nobody has checked it yet
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class TranslationReview:
    """Who checked one language of an offer, and which German text it was made from.

    ``source`` is the German fingerprint at translation time; None when not recorded.
    ``texts`` (written by the web desk) holds the same per text: field -> (status, German
    fingerprint of that field).
    """

    status: ReviewStatus
    source: str | None = None
    texts: Mapping[str, tuple[ReviewStatus, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Location:
    id: str
    name: str
    address: str
    latitude: float
    longitude: float
    example: bool = False


@dataclass(frozen=True, eq=False)
class Offer:
    """One offer. Texts are looked up along a language chain, German last."""

    id: str
    icon: str
    texts: Mapping[str, Mapping[str, str]]  # field -> language -> text
    keywords: Mapping[str, tuple[str, ...]]  # language -> words people type
    languages: tuple[str, ...]  # spoken on site
    location: Location
    booking_mode: BookingMode
    schedule: Schedule
    media: Mapping[MediaKind, Mapping[str, Path]]  # kind -> language -> file
    review: Mapping[str, TranslationReview]
    source_fingerprint: str
    example: bool = False
    appointment: AppointmentRules | None = None  # set exactly when booking_mode is APPOINTMENT
    field_fingerprints: Mapping[str, str] = field(default_factory=dict)  # German, per text
    names: tuple[str, ...] = ()  # the offer's own name as people type it, any script

    def text(self, field: str, chain: Sequence[str] | str) -> str:
        """``field`` (one of TEXT_FIELDS) in the first language of ``chain`` that has it."""
        if field not in TEXT_FIELDS:
            raise KeyError(f"unknown offer text {field!r}; known: {', '.join(TEXT_FIELDS)}")
        return pick_text(self.texts[field], chain)

    @property
    def titles(self) -> Mapping[str, str]:
        """The title in every language that has one (for matching what people type)."""
        return self.texts["title"]

    def media_for(self, kind: MediaKind | str, chain: Sequence[str] | str) -> Path | None:
        """The image or audio file in the first language of ``chain`` that has one."""
        files = self.media.get(MediaKind(kind), {})
        return next((files[lang] for lang in as_chain(chain) if lang in files), None)

    def next_occurrences(self, after: datetime, count: int) -> list[Occurrence]:
        """The next ``count`` meetings not over at ``after``, skipping exceptions and closures."""
        return self.schedule.next_occurrences(after, count)

    def closure_on(self, day: date) -> Closure | None:
        """Why the offer does not take place on ``day``, if a closure is the reason."""
        return self.schedule.closure_on(day)

    def review_status(self, language: str) -> ReviewStatus:
        """Unrecorded languages count as machine-made: nobody vouched for them."""
        review = self.review.get(language)
        return review.status if review else ReviewStatus.MACHINE

    def is_outdated(self, language: str) -> bool:
        """True when the German text changed after this language was translated."""
        review = self.review.get(language)
        if language == SOURCE_LANGUAGE or review is None:
            return False
        if review.texts:
            return any(
                self.text_state(name, language) is TextState.OUTDATED for name in TEXT_FIELDS
            )
        return review.source is not None and review.source != self.source_fingerprint

    def text_state(self, name: str, language: str) -> TextState:
        """One text (``title``, ...) in one language: missing, outdated, machine or reviewed.

        Per-text records (``review.<lang>.texts``) decide where present; otherwise the
        language's record for the whole offer does.
        """
        if language not in self.texts[name]:
            return TextState.MISSING
        review = self.review.get(language)
        checked = review.texts.get(name) if review is not None else None
        if language == SOURCE_LANGUAGE or review is None:
            outdated = False
        elif checked is not None:
            outdated = checked[1] != self.field_fingerprints.get(name)
        else:
            outdated = review.source is not None and review.source != self.source_fingerprint
        return TextState.OUTDATED if outdated else TextState(self.text_review(name, language))

    def text_review(self, name: str, language: str) -> ReviewStatus:
        """Whether a native speaker checked this text (outdated or not)."""
        review = self.review.get(language)
        checked = review.texts.get(name) if review is not None else None
        return checked[0] if checked is not None else self.review_status(language)


class _TrackedTranslations:
    """Review state per language of a staff text translated from German (FAQ, quick replies)."""

    review: Mapping[str, TranslationReview]
    source_fingerprint: str

    def review_status(self, language: str) -> ReviewStatus:
        review = self.review.get(language)
        return review.status if review else ReviewStatus.MACHINE

    def is_outdated(self, language: str) -> bool:
        review = self.review.get(language)
        if language == SOURCE_LANGUAGE or review is None or review.source is None:
            return False
        return review.source != self.source_fingerprint


@dataclass(frozen=True, eq=False)
class FaqEntry(_TrackedTranslations):
    """A question staff answer once in ``faq.yaml``: what the catalogue has no field for.

    ``questions`` are the ways people ask it, per language (matched like offer keywords);
    ``offer_id`` or ``location_id`` links the answer to an offer (a button) or a place (a pin);
    ``wins_over``: entries this one answers instead when a message has words of both ("I need
    an interpreter, my German is weak": the interpreter is asked for, weak German is why);
    ``follow_ups``: questions about its offer this answer gives instead of the offer's own
    fields, asked right after the offer's card ("can I bring my children?" at the parents'
    café: "children are welcome, they can play there", which no field of the offer says).
    """

    id: str
    questions: Mapping[str, tuple[str, ...]]  # language -> ways people ask
    answers: Mapping[str, str]  # language -> answer
    offer_id: str | None
    location_id: str | None
    review: Mapping[str, TranslationReview]
    source_fingerprint: str
    example: bool = False
    wins_over: tuple[str, ...] = ()
    follow_ups: tuple[str, ...] = ()

    def answer(self, chain: Sequence[str] | str) -> str:
        """The answer in the first language of ``chain`` that has one."""
        return pick_text(self.answers, chain)


@dataclass(frozen=True, eq=False)
class QuickReply(_TrackedTranslations):
    """A short answer staff wrote once (``quick_replies.yaml``), sent by a mediator by its id
    ("I will call you tomorrow"): the person reads it in their language, the topic in German."""

    id: str
    texts: Mapping[str, str]  # language -> text
    review: Mapping[str, TranslationReview]
    source_fingerprint: str
    example: bool = False

    def text(self, chain: Sequence[str] | str) -> str:
        """The text in the first language of ``chain`` that has one."""
        return pick_text(self.texts, chain)


FOLLOW_UP_TOPICS = (
    "cost",
    "where",
    "when",
    "bring",
    "children",
    "audience",
    "languages",
    "booking",
)
"""What people ask about an offer just shown (bot/understanding/followup.py reads them); a FAQ
answer may give its own for one of them (``FaqEntry.follow_ups``)."""


@dataclass(frozen=True, eq=False)
class Catalogue:
    offers: Mapping[str, Offer]  # in file order: the menu shows them so
    locations: Mapping[str, Location]
    closures: tuple[Closure, ...] = ()
    faq: Mapping[str, FaqEntry] = field(default_factory=lambda: MappingProxyType({}))
    calendar: CentreCalendar = DEFAULT_CALENDAR  # the zone and holidays its times are read in
    quick_replies: Mapping[str, QuickReply] = field(default_factory=lambda: MappingProxyType({}))

    def offer(self, offer_id: str) -> Offer | None:
        return self.offers.get(offer_id)

    def follow_up_answer(self, offer_id: str, topic: str) -> FaqEntry | None:
        """The staff-written answer to ``topic`` asked about ``offer_id``, if one is linked
        (``follow_ups`` in faq.yaml)."""
        return next(
            (e for e in self.faq.values() if e.offer_id == offer_id and topic in e.follow_ups),
            None,
        )
