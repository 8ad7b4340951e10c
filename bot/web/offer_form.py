"""One offer as the desk's edit form shows it, read from YAML or from a submitted form, and
written back into the YAML item (only what changed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap

from bot.catalogue.schedule import WEEKDAYS
from bot.catalogue.texts import TEXT_FIELDS
from bot.dialogue.ids import parse_id
from bot.web import yaml_edit as y
from bot.web.desk import clean

APPOINTMENT_NUMBERS = ("slot_minutes", "seats", "horizon_days", "notice_hours", "per_person")
BOOKING_MODES = ("none", "contact", "appointment")
EMPTY_ROWS = 2  # blank rows under the schedule and dates, to add one

FIELD_LABELS = {
    "title": "Titel",
    "summary": "Kurz (ein Satz)",
    "details": "Beschreibung",
    "cost": "Kosten",
    "audience": "Für wen",
    "bring": "Mitbringen",
}
WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
BOOKING_DE = {
    "none": "Einfach kommen",
    "contact": "Anmelden über eine Person",
    "appointment": "Termin buchen (im Bot)",
}
APPOINTMENT_DE = {
    "slot_minutes": "Länge eines Termins (Minuten)",
    "seats": "Personen pro Termin",
    "horizon_days": "So viele Tage im Voraus buchbar",
    "notice_hours": "Frühestens so viele Stunden vorher",
    "per_person": "Offene Termine pro Person",
}


@dataclass
class Row:
    """A weekly time (``day`` a weekday) or a one-off date (``day`` YYYY-MM-DD)."""

    day: str = ""
    start: str = ""
    end: str = ""

    @property
    def empty(self) -> bool:
        return not (self.day or self.start or self.end)


@dataclass
class OfferForm:
    id: str
    icon: str = ""
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> language -> text
    keywords: dict[str, str] = field(default_factory=dict)  # language -> "a, b, c"
    location: str = ""
    spoken: list[str] = field(default_factory=list)
    booking: str = "none"
    appointment: dict[str, str] = field(default_factory=dict)
    schedule: list[Row] = field(default_factory=list)
    dates: list[Row] = field(default_factory=list)
    exceptions: str = ""  # "2026-12-08, 2026-12-15"
    example: bool = False

    # -- reading ----------------------------------------------------------------------------

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> OfferForm:
        def texts(name: str) -> dict[str, str]:
            raw = item.get(name) or {}
            return {str(k): str(v) for k, v in raw.items() if v is not None}

        def rows(name: str, day_key: str) -> list[Row]:
            return [
                Row(str(r.get(day_key, "")), str(r.get("start", "")), str(r.get("end", "")))
                for r in item.get(name) or []
                if isinstance(r, Mapping)
            ]

        block = item.get("appointment") or {}
        return cls(
            id=str(item.get("id", "")),
            icon=str(item.get("icon", "")),
            texts={name: texts(name) for name in TEXT_FIELDS},
            keywords={
                str(k): ", ".join(str(w) for w in v or [])
                for k, v in (item.get("keywords") or {}).items()
            },
            location=str(item.get("location", "")),
            spoken=[str(code) for code in item.get("languages") or []],
            booking=str(item.get("booking", "none")),
            appointment={k: str(block[k]) for k in APPOINTMENT_NUMBERS if k in block},
            schedule=rows("schedule", "weekday"),
            dates=rows("dates", "date"),
            exceptions=", ".join(str(d) for d in item.get("exceptions") or []),
            example=bool(item.get("example", False)),
        )

    @classmethod
    def from_form(cls, offer_id: str, form: Any, languages: Sequence[str]) -> OfferForm:
        def text(name: str) -> str:
            return " ".join(clean(form.get(name, "")).split())

        def rows(prefix: str) -> list[Row]:
            found = []
            index = 0
            while f"{prefix}-{index}-day" in form:
                row = Row(
                    text(f"{prefix}-{index}-day"),
                    text(f"{prefix}-{index}-start"),
                    text(f"{prefix}-{index}-end"),
                )
                if not row.empty:
                    found.append(row)
                index += 1
            return found

        return cls(
            id=offer_id,
            icon=text("icon"),
            # Only the languages on the page: the others stay as they are in the file.
            texts={
                name: {
                    code: text(f"text-{name}-{code}")
                    for code in languages
                    if f"text-{name}-{code}" in form
                }
                for name in TEXT_FIELDS
            },
            keywords={
                code: text(f"keywords-{code}") for code in languages if f"keywords-{code}" in form
            },
            location=text("location"),
            spoken=[code for code in form.getall("spoken", []) if code in languages],
            booking=text("booking") or "none",
            appointment={k: text(f"appointment-{k}") for k in APPOINTMENT_NUMBERS},
            schedule=rows("schedule"),
            dates=rows("dates"),
            exceptions=text("exceptions"),
            example=bool(form.get("example")),
        )

    def rows_to_show(self, rows: list[Row]) -> list[Row]:
        return [*rows, *(Row() for _ in range(EMPTY_ROWS))]

    # -- writing ----------------------------------------------------------------------------

    def apply(self, item: CommentedMap) -> list[str]:
        """Write this form into the YAML ``item``; returns the German names of what changed."""
        changed: list[str] = []
        if self.icon and y.set_value(item, "icon", y.quoted(self.icon)):
            changed.append("Symbol")
        if not self.example and y.drop(item, "example"):
            changed.append("Beispiel-Markierung entfernt")
        for name in TEXT_FIELDS:
            if self._apply_texts(item, name):
                changed.append(FIELD_LABELS[name])
        if self._apply_keywords(item):
            changed.append("Stichwörter")
        if y.set_value(item, "location", self.location):
            changed.append("Ort")
        before = [str(code) for code in item.get("languages") or []]
        if self.spoken and set(self.spoken) != set(before):
            kept = [code for code in before if code in self.spoken]  # their order stays
            item["languages"] = y.flow_list(kept + [c for c in self.spoken if c not in kept])
            changed.append("Sprachen vor Ort")
        if self._apply_booking(item):
            changed.append("Anmeldung")
        if self._apply_rows(item, "schedule", "weekday", self.schedule):
            changed.append("Wochenzeiten")
        if self._apply_rows(item, "dates", "date", self.dates):
            changed.append("Einzeltermine")
        if self._apply_exceptions(item):
            changed.append("Ausfälle")
        return changed

    def _apply_texts(self, item: CommentedMap, name: str) -> bool:
        texts = item.get(name)
        if not isinstance(texts, CommentedMap):
            texts = CommentedMap()
            item[name] = texts
        changed = False
        for code, value in self.texts.get(name, {}).items():
            if value:
                changed |= y.set_value(texts, code, y.quoted(value))
            else:
                changed |= y.drop(texts, code)
        return changed

    def _apply_keywords(self, item: CommentedMap) -> bool:
        keywords = item.get("keywords")
        if not isinstance(keywords, CommentedMap):
            keywords = CommentedMap()
            item["keywords"] = keywords
        changed = False
        for code, listed in self.keywords.items():
            words = split_words(listed)
            if words:
                changed |= y.set_value(keywords, code, y.flow_list(words))
            else:
                changed |= y.drop(keywords, code)
        return changed

    def _apply_booking(self, item: CommentedMap) -> bool:
        changed = y.set_value(item, "booking", self.booking)
        if self.booking != "appointment":
            return y.drop(item, "appointment") or changed
        block = item.get("appointment")
        if not isinstance(block, CommentedMap):
            block = CommentedMap()
            y.insert_after(item, ["booking"], "appointment", block)
            changed = True
        for key in APPOINTMENT_NUMBERS:
            value = self.appointment.get(key, "")
            if value:
                number = parse_id(value)
                changed |= y.set_value(block, key, value if number is None else number)
            elif key != "slot_minutes":  # the others have defaults
                changed |= y.drop(block, key)
        return changed

    def _apply_rows(self, item: CommentedMap, key: str, day_key: str, rows: list[Row]) -> bool:
        new = [
            y.flow_map(
                [
                    (day_key, _day_value(row.day)),
                    ("start", y.quoted(row.start)),
                    ("end", y.quoted(row.end)),
                ]
            )
            for row in rows
        ]
        if y.plain(item.get(key) or []) == y.plain(new):
            return False
        if not new:
            return y.drop(item, key)
        if key in item:
            item[key] = new
        else:
            y.insert_after(item, ["schedule", "appointment", "booking", "languages"], key, new)
        return True

    def _apply_exceptions(self, item: CommentedMap) -> bool:
        days = [_day_value(day) for day in split_words(self.exceptions.replace(" ", ","))]
        if y.plain(item.get("exceptions") or []) == y.plain(days):
            return False
        if not days:
            return y.drop(item, "exceptions")
        if "exceptions" in item:
            item["exceptions"] = y.flow_list(days)
        else:
            y.insert_after(item, ["dates", "schedule", "booking"], "exceptions", y.flow_list(days))
        return True


def split_words(listed: str) -> list[str]:
    return [word.strip() for word in listed.split(",") if word.strip()]


def _day_value(day: str) -> Any:
    """Weekdays stay words; a valid date is written as a plain YAML date (no quotes)."""
    if day in WEEKDAYS:
        return day
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        return day  # the check will name it at the field
