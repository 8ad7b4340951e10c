"""Review records per text, kept in ``review.<lang>.texts`` of an offer by the desk.

Staff never see a fingerprint: the desk records, for each translated text, whether it was
checked and against which German text (its fingerprint). When the German changes, the
records no longer match and exactly those texts show as outdated. The record for the whole
language (``status``, ``source``) is kept in step for tools that read only that.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ruamel.yaml.comments import CommentedMap

from bot.catalogue.model import ReviewStatus
from bot.catalogue.texts import SOURCE_LANGUAGE, TEXT_FIELDS, source_fingerprint
from bot.web import yaml_edit as y

UNKNOWN_SOURCE = "de-00000000"
"""Recorded for a text whose German changed before per-text records existed: outdated."""

Entries = dict[str, tuple[ReviewStatus, str]]


def german(item: Mapping[str, Any], name: str) -> str:
    texts = item.get(name) or {}
    value = texts.get(SOURCE_LANGUAGE)
    return str(value).strip() if value else ""


def field_fingerprints(item: Mapping[str, Any]) -> dict[str, str]:
    return {name: source_fingerprint([german(item, name)]) for name in TEXT_FIELDS}


def offer_fingerprint(item: Mapping[str, Any]) -> str:
    return source_fingerprint([german(item, name) for name in TEXT_FIELDS])


def has_text(item: Mapping[str, Any], name: str, language: str) -> bool:
    value = (item.get(name) or {}).get(language)
    return bool(value and str(value).strip())


def entries_of(item: Mapping[str, Any], language: str) -> Entries:
    """The per-text records of ``language`` as they stand, derived from the language's
    record for the whole offer where the desk has not written any yet."""
    record = (item.get("review") or {}).get(language)
    if isinstance(record, Mapping) and record.get("texts"):
        entries: Entries = {}
        for name, value in record["texts"].items():
            word, _, against = str(value).partition(" ")
            if word in ReviewStatus.__members__.values():
                entries[str(name)] = (ReviewStatus(word), against)
        return entries
    source: object = None
    if isinstance(record, Mapping):
        status = ReviewStatus(str(record.get("status", "machine")))
        source = record.get("source")
    else:
        status = ReviewStatus(str(record or "machine"))
    outdated = source is not None and str(source) != offer_fingerprint(item)
    fingerprints = field_fingerprints(item)
    return {
        name: (status, UNKNOWN_SOURCE if outdated else fingerprints[name])
        for name in TEXT_FIELDS
        if has_text(item, name, language)
    }


def write_entries(item: CommentedMap, language: str, entries: Entries) -> None:
    """Store ``entries`` as ``review.<language>``, with the whole-offer record in step."""
    reviews = item.get("review")
    if not isinstance(reviews, CommentedMap):
        reviews = CommentedMap()
        item["review"] = reviews
    fingerprints = field_fingerprints(item)
    current = all(source == fingerprints[name] for name, (_, source) in entries.items())
    complete = all(name in entries for name in TEXT_FIELDS if has_text(item, name, language))
    reviewed = complete and current and all(s is ReviewStatus.REVIEWED for s, _ in entries.values())
    old = reviews.get(language)
    source = offer_fingerprint(item) if current else (old or {}).get("source")
    record = y.flow_map(
        [
            ("status", (ReviewStatus.REVIEWED if reviewed else ReviewStatus.MACHINE).value),
            *([("source", source)] if source else []),
            (
                "texts",
                y.flow_map(
                    (name, f"{entries[name][0].value} {entries[name][1]}")
                    for name in TEXT_FIELDS
                    if name in entries
                ),
            ),
        ]
    )
    y.set_value(reviews, language, record)


def snapshot(item: Mapping[str, Any], languages: list[str]) -> dict[str, Any]:
    """What the review bookkeeping needs from an offer before an edit."""
    return {
        "fingerprints": field_fingerprints(item),
        "entries": {code: entries_of(item, code) for code in languages if code != SOURCE_LANGUAGE},
        "texts": {
            name: {code: str((item.get(name) or {}).get(code) or "") for code in languages}
            for name in TEXT_FIELDS
        },
    }


def after_edit(item: CommentedMap, before: dict[str, Any], languages: list[str]) -> None:
    """Keep the records true after an edit: a changed translation is unchecked (against the
    German of now); a changed German leaves the others' records pointing at the old German,
    which marks them outdated."""
    german_changed = field_fingerprints(item) != before["fingerprints"]
    now = field_fingerprints(item)
    for code in languages:
        if code == SOURCE_LANGUAGE:
            continue
        entries: Entries = dict(before["entries"][code])
        touched = False
        for name in TEXT_FIELDS:
            old = before["texts"][name][code]
            new = str((item.get(name) or {}).get(code) or "")
            if old == new:
                continue
            touched = True
            if new:
                entries[name] = (ReviewStatus.MACHINE, now[name])
            else:
                entries.pop(name, None)
        if touched or (german_changed and entries):
            write_entries(item, code, entries)


def mark_reviewed(item: CommentedMap, name: str, language: str) -> None:
    entries = entries_of(item, language)
    entries[name] = (ReviewStatus.REVIEWED, field_fingerprints(item)[name])
    write_entries(item, language, entries)


def set_translation(
    item: CommentedMap, name: str, language: str, text: str, *, reviewed: bool
) -> None:
    """A translator's text (the XLIFF import): stored and recorded against today's German."""
    entries = entries_of(item, language)
    texts = item.get(name)
    if not isinstance(texts, CommentedMap):
        texts = CommentedMap()
        item[name] = texts
    y.set_value(texts, language, y.quoted(text))
    status = ReviewStatus.REVIEWED if reviewed else ReviewStatus.MACHINE
    entries[name] = (status, field_fingerprints(item)[name])
    write_entries(item, language, entries)
