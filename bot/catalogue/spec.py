"""The shape of each content file, checked by pydantic. Checks across files live in the loader.

Unknown fields are rejected so a misspelt key (``sumary:``) is reported, not silently ignored.
Messages are written for staff who edit the YAML by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from bot.catalogue.model import BookingMode, BookingQuestion, ReviewStatus
from bot.catalogue.schedule import WEEKDAYS

ID_MAX_LENGTH = 40
"""Ids travel in button payloads (64 bytes) and deep links, so they stay short."""

_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_CLOCK_PATTERN = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


def _parse_id(value: object) -> str:
    if isinstance(value, str) and _ID_PATTERN.fullmatch(value) and len(value) <= ID_MAX_LENGTH:
        return value
    raise PydanticCustomError(
        "content_id",
        "{value} is not a valid id: use lower-case letters, digits and '-', at most {limit}",
        {"value": repr(value), "limit": ID_MAX_LENGTH},
    )


def _parse_weekday(value: object) -> int:
    if isinstance(value, str) and value.strip().lower() in WEEKDAYS:
        return WEEKDAYS.index(value.strip().lower())
    raise PydanticCustomError("weekday", "{value} is not a weekday", {"value": repr(value)})


def _parse_clock(value: object) -> dt.time:
    if isinstance(value, str) and (match := _CLOCK_PATTERN.fullmatch(value.strip())):
        return dt.time(int(match[1]), int(match[2]))
    raise PydanticCustomError(
        "clock_time", "{value} is not a time: write HH:MM, e.g. 09:30", {"value": repr(value)}
    )


def _parse_day(value: object) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError(
        "calendar_day",
        "{value} is not a date: write YYYY-MM-DD, e.g. 2026-12-24",
        {"value": repr(value)},
    )


ContentId = Annotated[str, PlainValidator(_parse_id)]
Weekday = Annotated[int, PlainValidator(_parse_weekday)]
ClockTime = Annotated[dt.time, PlainValidator(_parse_clock)]
Day = Annotated[dt.date, PlainValidator(_parse_day)]
Texts = dict[str, str | None]
"""language -> text; an empty entry (``fa:``) counts as a missing translation."""


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _TimeRangeSpec(_Spec):
    start: ClockTime
    end: ClockTime

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, end: dt.time, info: ValidationInfo) -> dt.time:
        start = info.data.get("start")
        if isinstance(start, dt.time) and end <= start:
            raise PydanticCustomError(
                "end_before_start",
                "end {end} is not after start {start}",
                {"end": end.strftime("%H:%M"), "start": start.strftime("%H:%M")},
            )
        return end


class WeeklySpec(_TimeRangeSpec):
    weekday: Weekday


class DateSpec(_TimeRangeSpec):
    date: Day


_TEXT_REVIEW = re.compile(r"(machine|reviewed) (de-[0-9a-f]{8})")


def _parse_text_review(value: object) -> tuple[ReviewStatus, str]:
    if isinstance(value, str) and (match := _TEXT_REVIEW.fullmatch(value.strip())):
        return ReviewStatus(match[1]), match[2]
    raise PydanticCustomError(
        "text_review",
        "{value} is not a text review: write e.g. 'reviewed de-1a2b3c4d' (the web desk does)",
        {"value": repr(value)},
    )


TextReview = Annotated[tuple[ReviewStatus, str], PlainValidator(_parse_text_review)]


class ReviewSpec(_Spec):
    """``ro: machine`` or ``ro: {status: reviewed, source: de-1a2b3c4d}``; the web desk adds
    ``texts: {title: reviewed de-..., ...}``: each text's state and the fingerprint of the
    German text it was checked against, so a German edit marks exactly that text outdated."""

    status: ReviewStatus
    source: str | None = None
    texts: dict[str, TextReview] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _accept_bare_status(cls, value: Any) -> Any:
        return {"status": value} if isinstance(value, str) else value


class MediaSpec(_Spec):
    """Files relative to the content folder, per language."""

    image: dict[str, str] = Field(default_factory=dict)
    audio: dict[str, str] = Field(default_factory=dict)


HoursBefore = Annotated[int, Field(ge=1, le=14 * 24)]


class AppointmentSpec(_Spec):
    """``appointment:`` of an offer with ``booking: appointment``; all but slot_minutes optional."""

    slot_minutes: int = Field(ge=5, le=8 * 60)
    seats: int = Field(default=1, ge=1, le=50)
    hours: list[WeeklySpec] = Field(default_factory=list)  # empty: the offer's weekly schedule
    horizon_days: int = Field(default=14, ge=1, le=180)
    notice_hours: int = Field(default=2, ge=0, le=14 * 24)
    per_person: int = Field(default=1, ge=1, le=10)
    remind_hours_before: list[HoursBefore] = Field(default_factory=lambda: [24, 2])
    asks: list[BookingQuestion] = Field(default_factory=lambda: [BookingQuestion.FIRST_NAME])
    walk_in: bool = False  # people may also come at the offer's times without one
    # What is booked, when it is not the offer itself ("Placement talk for the German course")
    title: Texts = Field(default_factory=dict)


class OfferSpec(_Spec):
    id: ContentId
    icon: str = Field(min_length=1)
    example: bool = False
    title: Texts
    summary: Texts
    details: Texts
    cost: Texts
    audience: Texts
    bring: Texts
    keywords: dict[str, list[str] | None]
    # The offer's own name as people type it, in any language or script ("Deutschkurs",
    # "дойчкурс", "دويتش كورس"): found in full, it is worth a card (bot/matching/matcher.py)
    names: list[str] = Field(default_factory=list)
    location: str
    languages: list[str] = Field(min_length=1)
    schedule: list[WeeklySpec] = Field(default_factory=list)
    dates: list[DateSpec] = Field(default_factory=list)
    exceptions: list[Day] = Field(default_factory=list)
    booking: BookingMode = BookingMode.NONE
    appointment: AppointmentSpec | None = None
    media: MediaSpec = Field(default_factory=MediaSpec)
    review: dict[str, ReviewSpec] = Field(default_factory=dict)

    def texts(self) -> dict[str, Texts]:
        """The translated fields by name, in the order of ``TEXT_FIELDS``."""
        return {
            "title": self.title,
            "summary": self.summary,
            "details": self.details,
            "cost": self.cost,
            "audience": self.audience,
            "bring": self.bring,
        }


class FaqSpec(_Spec):
    """One entry of ``faq.yaml``: ways to ask per language, the answer, an optional link."""

    id: ContentId
    example: bool = False
    questions: dict[str, list[str] | None]
    answer: Texts
    offer: str | None = None
    location: str | None = None
    wins_over: list[str] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    review: dict[str, ReviewSpec] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_link_at_most(self) -> Self:
        if self.offer is not None and self.location is not None:
            raise PydanticCustomError(
                "faq_link", "link to an offer or to a location, not both (an offer has a place)"
            )
        return self


class QuickReplySpec(_Spec):
    """One entry of ``quick_replies.yaml``: a short answer mediators send by its id."""

    id: ContentId
    example: bool = False
    text: Texts
    review: dict[str, ReviewSpec] = Field(default_factory=dict)


class LocationSpec(_Spec):
    id: ContentId
    name: str = Field(min_length=1)
    address: str = Field(min_length=1)
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    example: bool = False


class ClosureSpec(_Spec):
    """One day (``date``) or a span (``from`` .. ``to``, inclusive) on which offers pause."""

    date: Day | None = None
    first_day: Day | None = Field(default=None, alias="from")
    last_day: Day | None = Field(default=None, alias="to")
    offers: list[str] | None = None  # None: every offer
    reason: Texts
    example: bool = False

    @model_validator(mode="after")
    def _one_day_or_a_span(self) -> Self:
        has_date = self.date is not None
        has_span = self.first_day is not None and self.last_day is not None
        half_span = (self.first_day is None) != (self.last_day is None)
        if has_date == has_span or half_span:
            raise PydanticCustomError("closure_days", "give either 'date' or both 'from' and 'to'")
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise PydanticCustomError("closure_days", "'to' is before 'from'")
        return self

    @property
    def days(self) -> tuple[dt.date, dt.date]:
        """The first and last closed day."""
        first = self.date or self.first_day
        last = self.date or self.last_day
        assert first is not None and last is not None  # guaranteed by _one_day_or_a_span
        return first, last
