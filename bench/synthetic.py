"""A larger catalogue made from the shipped one: the same offers, repeated with new words."""

from __future__ import annotations

import random
import shutil
from copy import deepcopy
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "ti",
    "vo",
    "ze",
    "pa",
    "do",
    "gu",
    "be",
    "fi",
    "ho",
]


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def make_content(target: Path, factor: int, seed: int = 7) -> Path:
    """Copy content/ to ``target`` with each offer repeated ``factor`` times (new ids, words)."""
    shutil.copytree(PROJECT_ROOT / "content", target, dirs_exist_ok=True)
    if factor <= 1:
        return target
    rng = random.Random(seed)
    offers_file = target / "offers.yaml"
    data = yaml.safe_load(offers_file.read_text(encoding="utf-8"))
    originals = data["offers"]
    grown = list(originals)
    for copy in range(1, factor):
        for offer in originals:
            extra = pseudo_word(rng)
            # A deep copy: shared parts would be written as YAML aliases (&1, *1), which the
            # content reader limits (hostile files), and a real catalogue writes out anyway.
            clone = deepcopy(offer)
            clone["id"] = f"{offer['id']}-{copy}"[:40]
            clone["title"] = {lang: f"{text} {extra}" for lang, text in offer["title"].items()}
            clone["keywords"] = {
                lang: [f"{extra} {pseudo_word(rng)}"] for lang in offer["keywords"]
            }
            clone.pop("review", None)  # fingerprints belong to the originals' texts
            grown.append(clone)
    data["offers"] = grown
    offers_file.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return target
