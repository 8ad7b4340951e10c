"""Whether to ask "continue in another language?": only when the guess is very likely right.

The detector (lingua) guesses well on plain sentences and badly on what our people often
write: Romani (which it does not know), Bulgarian, Ukrainian, Russian, Arabic or Persian typed
in Latin letters (it hears Romanian, Turkish or German), Arabic and Persian in their shared
script (it swaps them), and the German names of our offers inside another language
("buna vreau la deutschkurs"). A wrong offer confuses; a missed one costs nothing, since the
language can always be changed with /language. So the bot asks only when none of those apply.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bot.catalogue.model import Catalogue
from bot.i18n.languages import Languages
from bot.matching.arabizi import typed_in_arabizi
from bot.matching.normalize import normalize
from bot.matching.sound import SoundIndex
from bot.matching.stopwords import FUNCTION_WORDS_BY_LANGUAGE, STOP_WORDS

MIN_WORDS = 3
"""Fewer words ("unde sunteti", "shukran ktir") say too little about their language."""


def script(text: str) -> str | None:
    """The writing system most letters of ``text`` belong to ("LATIN", "CYRILLIC", "ARABIC")."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            system = name.split(" ", 1)[0] if name else ""
            counts[system] = counts.get(system, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


@dataclass(frozen=True)
class OfferNames:
    """The words of our offers' German names and of place names (see :func:`name_words`), and
    the same names heard by sound in other spellings ("vilkomen oyropa", "ofene
    şprehştunde": bot/matching/sound.py)."""

    words: frozenset[str]
    heard: SoundIndex


def name_words(catalogue: Catalogue) -> OfferNames:
    """Words of the German offer names and keywords, and of place names and addresses.

    German names are proper names here: people write "Deutschkurs" or "Willkommen Europa"
    inside Romanian or Bulgarian, so these words say nothing about the message's language;
    nor does the city in an address ("ce vreme e maine la Dortmund"). Typed by ear, the names
    are heard by the sound of the offers' German titles and names, as the offers' matcher
    hears them.
    """
    texts: list[str] = []
    titles: list[str] = []
    for offer in catalogue.offers.values():
        titles.append(offer.titles.get("de", ""))
        titles.extend(offer.names)
        texts.extend(offer.keywords.get("de", ()))
    for place in catalogue.locations.values():
        texts.append(place.name)
        texts.append(place.address)
    texts.extend(titles)
    words = frozenset(word for text in texts for word in normalize(text).split())
    whole = {normalize(title).replace(" ", "") for title in titles}
    whole |= {word for title in titles for word in normalize(title).split()}
    return OfferNames(words, SoundIndex(frozenset(whole), STOP_WORDS))


def without_names(text: str, names: OfferNames) -> str:
    """``text`` without the words that are names (see :func:`name_words`), normalised."""
    words = normalize(text).split()
    heard = names.heard.heard(words)
    return " ".join(
        word for at, word in enumerate(words) if word not in names.words and at not in heard
    )


def _function_words() -> dict[str, frozenset[str]]:
    return {
        code: frozenset(normalize(listed).split())
        for code, listed in FUNCTION_WORDS_BY_LANGUAGE.items()
    }


FUNCTION_WORDS = _function_words()
"""Each language's function words (bot/matching/stopwords.py), normalised."""


def _own_words_outweigh(text: str, current: str, detected: str) -> bool:
    """Whether the message has function words of the person's own language that the detected
    one has not ("how do i ... the", "unde ... sunt", "ce e ... la"), at least as many as the
    other way round: lingua heard "we died laughing in the cinema" as German, a Romanian line
    about the weather "la Dortmund" as German, "ofene sprehstunde luni" as German. A person
    who writes another language uses its own small words ("ich brauche einen Termin")."""
    own_words, their_words = FUNCTION_WORDS.get(current), FUNCTION_WORDS.get(detected)
    if not own_words or not their_words:
        return False
    words = normalize(text).split()
    own = sum(word in own_words and word not in their_words for word in words)
    theirs = sum(word in their_words and word not in own_words for word in words)
    return own >= 1 and own >= theirs


def typed_words(text: str) -> int:
    """How many words the person typed: "d'accord, da" is two (normalising splits the
    apostrophe off)."""
    return sum(any(char.isalpha() for char in word) for word in text.split())


class LanguageSwitch:
    """Decides which languages to offer when a message seems written in another one."""

    def __init__(self, languages: Languages, detectable: frozenset[str]) -> None:
        self.detectable = detectable
        # The script of each language's own name in languages.yaml: a new language needs no code.
        self.scripts = {code: script(language.name) for code, language in languages.items()}

    def offer(self, text: str, detected: str | None, current: str) -> tuple[str, ...]:
        """The languages to offer (the likeliest first), or none.

        ``detected`` is the detector's guess on the text without names (see
        ``Understander.detect_language``); ``current`` the language the person chose.
        """
        if detected is None or detected == current or current not in self.detectable:
            return ()  # a language the detector cannot know (Romani) looks like others
        if typed_words(text) < MIN_WORDS:
            return ()
        written, own = script(text), self.scripts.get(current)
        if written != self.scripts.get(detected):
            return ()  # the detector heard a language in a script it is not written in
        if own != "LATIN" and written != own:
            return ()  # their own language typed in another script (Latin-typed Bulgarian)
        if written == "LATIN" and typed_in_arabizi(text):
            # "mumkin a7ki ma3 7ada bil 3arabi": the detector hears Turkish or Romanian, but
            # letters written as digits inside words are Arabic (or Persian) typed in Latin.
            arabic = [code for code, used in self.scripts.items() if used == "ARABIC"]
            return tuple(code for code in arabic if code != current)
        if written == "LATIN":
            return () if _own_words_outweigh(text, current, detected) else (detected,)
        if written == own:
            return ()  # Arabic and Persian, or Bulgarian, Ukrainian and Russian: look-alikes
        # A Latin reader writing Arabic or Cyrillic letters: the script is sure, the language
        # within it is not, so every language written in it is offered.
        others = [code for code, used in self.scripts.items() if used == written]
        return (detected, *(code for code in others if code != detected))
