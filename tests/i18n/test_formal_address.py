"""The bot addresses every reader the same polite way within a language.

German says "Sie" throughout, Romanian "dumneavoastră" (puteți, aveți): a reply that switches
to "du" or "tu" in the middle of a conversation reads as careless, or as rude to an older
reader. Both slipped in before (12 German strings, 4 Romanian ones), so the informal forms that
cannot be read any other way are refused here.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from bot.config import PROJECT_ROOT

INFORMAL = {
    "de": ("du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "kannst", "hast"),
    "ro": (
        "poți",
        "găsești",
        "ești",
        "vrei",
        "vino",
        "apasă",
        "ai nevoie",
        "te rog",
        "scrie-mi",
        "te referi",
        "te pun",
        "îți pot",
        "te-ai",
        "aduci",
    ),
}


def _translations(code: str) -> list[tuple[str, str]]:
    path = PROJECT_ROOT / "locales" / code / "LC_MESSAGES" / "bot.po"
    with path.open("rb") as file:
        catalog = read_po(file)
    return [
        (str(message.id), message.string)
        for message in catalog
        if message.id and isinstance(message.string, str) and message.string
    ]


@pytest.mark.parametrize("code", sorted(INFORMAL))
def test_texts_address_the_reader_formally(code: str) -> None:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, INFORMAL[code])) + r")\b", re.I)
    informal = [
        f"{msgid!r}: {found.group(0)!r}"
        for msgid, text in _translations(code)
        if (found := pattern.search(text))
    ]
    assert not informal, f"locales/{code}: informal address in\n" + "\n".join(informal)
