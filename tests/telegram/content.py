"""What the content says, read straight from the YAML, so tests follow the staff's edits."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from bot.config import Settings

ROMANIAN_LETTERS = frozenset("ăâîșțĂÂÎȘȚ")


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float


@cache
def _offers() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((Settings().content_dir / "offers.yaml").read_text(encoding="utf-8"))
    return {offer["id"]: offer for offer in data["offers"]}


@cache
def _places() -> dict[str, Place]:
    path = Settings().content_dir / "locations.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        entry["id"]: Place(entry["name"], float(entry["latitude"]), float(entry["longitude"]))
        for entry in data["locations"]
    }


def offer_title(offer_id: str, language: str) -> str:
    return str(_offers()[offer_id]["title"][language])


def offer_place(offer_id: str) -> Place:
    return _places()[_offers()[offer_id]["location"]]


def reads_romanian(text: str) -> bool:
    """Romanian wording is recognisable by its letters (German and English have none)."""
    return bool(ROMANIAN_LETTERS & set(text))
