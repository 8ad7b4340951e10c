"""Romani as typed in the sixteenth round (u-rom16): spellings without carons, the Erli
"šib" for čhib, a language learnt (the course) told from a language asked for (the chat's), the
speak verb of the Kalderash, "without" in Romani beside an appointment or money.

The sentences are in the forms of ``tests/data/understanding/probes_u-rom16.yaml`` (written
by a non-native author, not reviewed by a native speaker of any Romani dialect).
"""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.detect import LanguageDetector
from bot.understanding import Context, Understander
from bot.understanding.foreign import ForeignLanguages
from bot.understanding.result import ANSWERING, Intent, Outcome


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a Balkan Latin keyboard without carons, čh typed as plain c
        ("acen sasto", Intent.BYE),  # ačhen sasto
        ("laco dives savorenge", Intent.GREET),  # lačho dives
        # the language (čhib) as Erli and other South Balkan dialects say it, and with the
        # Bulgarian chat "4" for č
        ("paruv e shib", Intent.LANGUAGE),
        ("aver 4ib kamav", Intent.LANGUAGE),
        # the day without its final s, as said in the south ("avdive" for avdives)
        ("avdive sen ko biro?", Intent.HOURS),
        # they open (phutren) in the morning (detehara): when you open
        ("kana putren tumen detehara", Intent.HOURS),
    ],
)
def test_romani_everyday_requests_in_balkan_spellings(
    understander: Understander, snapshot: Snapshot, text: str, intent: Intent
) -> None:
    understood = understander.understand(text, snapshot, Context("rom"))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mange trebul nemcika chib, kon sikavel la?", "rom"),
        ("kon sikavel nemcikane chib e bare manushen?", "rom"),
        ("i need the german language, who teaches it?", "en"),
        ("am nevoie de limba germana, cine o preda?", "ro"),
        ("ich brauche die deutsche sprache, wer unterrichtet sie?", "de"),
        # Turkish "yazılmak" is to be enrolled, no "write to me in it" (found in a trial: the
        # language picker in German came up)
        ("almanca kursuna yazilmak istiyorum", "tr"),
    ],
)
def test_a_language_to_learn_is_the_course_not_the_chats_language(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))

    assert understood.intent is None
    assert understood.outcome in ANSWERING and understood.answer == "german-course"


@pytest.mark.parametrize(
    ("text", "language", "target"),
    [
        # asked to be written to in it, learning only the reason beside it
        ("sikav sa nemcikanes, kamav te sikljovav", "rom", "de"),
        ("Ramosar mange pe nemcicka, kamav te sikljuvav", "rom", "de"),
        ("scrie-mi in germana te rog, ca vreau sa invat", "ro", "de"),
        ("Давайте на немецком, учу", "ru", "de"),
        ("اريد احوّل الكتابة للألماني حتى اتعلم", "ar", "de"),
        # the Kalderash speak verb (vorbil, from Romanian): "that you speak German"
        ("nemcikane te vorbis, germanski", "rom", "de"),
    ],
)
def test_a_language_asked_for_is_still_the_chats_language(
    understander: Understander, snapshot: Snapshot, text: str, language: str, target: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))

    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == target


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        # without (bizo, bez) an appointment: may I just come, no booking
        ("šaj avav bizo Termin ko tumende", "just-come"),
        ("shaj avav bez termin?", "just-come"),
        # without money (pare, the Balkan word beside love)
        ("bi pare si?", "free"),
        ("bizo pare si?", "free"),
    ],
)
def test_romani_without_reaches_the_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, faq: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom"))

    assert understood.faq == faq


def test_for_whom_after_a_card_asks_who_it_is_for(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand("kaske si kava?", snapshot, Context("rom", "parents-cafe"))

    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (
        "parents-cafe",
        "audience",
    )


def test_fever_by_the_loanword_people_use(understander: Understander) -> None:
    """Fever typed "temperatura", the word in most Romani dialects (a loan from every
    neighbour), beside the Romani "tatipe"."""
    assert understander.emergency("e čhavores si bari temperatura thaj na khelel")


@pytest.mark.parametrize(
    "message",
    [
        # no everyday request in them, and the detector hears Albanian or English
        "mardjas man mo rom thaj daravav",
        "peli mi dej thaj na vushtel",
    ],
)
def test_a_romani_first_message_is_offered_romanes_first(snapshot: Snapshot, message: str) -> None:
    """Before a language is chosen, Romani's own small words ("thaj", "mange", "kamav") name
    it, as the words of its requests do: the person is greeted in Romanes, not told that
    Albanian is not written here."""
    codes = load_languages().codes
    understander = Understander.load(
        PROJECT_ROOT / "locales",
        LanguageDetector(codes),
        ForeignLanguages.load(PROJECT_ROOT / "locales", codes),
    )

    first = understander.first_language(message, snapshot)

    assert first.foreign is None
    assert first.guesses[:1] == ("rom",)
