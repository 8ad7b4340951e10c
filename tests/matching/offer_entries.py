"""Match entries read straight from an offers YAML file, independent of the catalogue loader."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.matching.matcher import MatchEntry

SHIPPED_OFFERS = Path(__file__).parents[2] / "content" / "offers.yaml"
DEV_QUESTIONS = Path(__file__).parents[1] / "data" / "questions.yaml"


def entries_from_offers_file(path: Path) -> list[MatchEntry]:
    """Every title and keyword of every offer and language, as the bot indexes them."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = []
    for offer in document["offers"]:
        for language, title in (offer.get("title") or {}).items():
            entries.append(MatchEntry(offer["id"], language, title))
        for language, words in (offer.get("keywords") or {}).items():
            entries.extend(MatchEntry(offer["id"], language, word) for word in words or ())
    return entries
