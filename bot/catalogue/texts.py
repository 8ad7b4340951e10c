"""Multilingual texts: lookup along a fallback chain, and the fingerprint of the German source."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

SOURCE_LANGUAGE = "de"
"""Every text is written in German first; German closes every fallback chain."""

TEXT_FIELDS = ("title", "summary", "details", "cost", "audience", "bring")
"""The translated texts every offer has, in the order a card shows them."""

FINGERPRINT_PREFIX = "de-"
"""Keeps a fingerprint from looking like a number to YAML (``90057e02`` would be a float)."""
FINGERPRINT_LENGTH = 8


def as_chain(languages: Sequence[str] | str) -> tuple[str, ...]:
    """A language chain; a single code is accepted so ``"ro"`` never turns into ``("r", "o")``."""
    if isinstance(languages, str):
        return (languages,)
    return tuple(languages)


def pick_text(texts: Mapping[str, str], chain: Sequence[str] | str) -> str:
    """The text in the first language of ``chain`` that has one, German as the last resort."""
    for language in (*as_chain(chain), SOURCE_LANGUAGE):
        text = texts.get(language)
        if text:
            return text
    return ""


def source_fingerprint(german_texts: Sequence[str]) -> str:
    """A short hash of the German texts; a translation records it to notice later German edits.

    Whitespace is normalised so re-wrapping a YAML line does not mark translations outdated.
    """
    return _digest("\n".join(map(_canonical, german_texts)))


def source_fingerprints(german_texts: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """``source_fingerprint`` of all the texts together (in order) and of each one alone,
    normalising each text once (an offer records both: 300 offers, 2,100 fingerprints)."""
    canonical = {name: _canonical(text) for name, text in german_texts.items()}
    return _digest("\n".join(canonical.values())), {
        name: _digest(text) for name, text in canonical.items()
    }


def _canonical(text: str) -> str:
    return " ".join(text.split())


def _digest(canonical: str) -> str:
    digest = hashlib.sha256(canonical.encode()).hexdigest()[:FINGERPRINT_LENGTH]
    return FINGERPRINT_PREFIX + digest
