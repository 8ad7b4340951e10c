# People write in many scripts; look-alike letters are the point here:
"""Conversations in the terminal, typed the way people type: greetings, thanks, asking for a
person, danger. Each script reads like the chat it checks, one message per line."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from bot.app import open_core
from bot.channels.console import run_console
from bot.config import PROJECT_ROOT, Settings
from bot.i18n.languages import load_languages
from bot.i18n.translator import Translator
from bot.storage.models import HandoverCase
from tests.support.conversation import FixedClock

LANGUAGES = load_languages()
OFFERS = yaml.safe_load((PROJECT_ROOT / "content" / "offers.yaml").read_text(encoding="utf-8"))[
    "offers"
]
TYPED_YES = {
    "de": "ja",
    "en": "yes",
    "ro": "da",
    "bg": "да",
    "rom": "va",
    "ar": "نعم",
    "tr": "evet",
    "uk": "так",
    "fa": "بله",
    "ru": "да",
}
"""The privacy question is answered by typing, not tapping: one obvious choice."""


@dataclass
class Transcript:
    turns: list[tuple[str, str]]  # what the person typed, what the bot answered
    t: Translator
    cases: int  # chats handed to the team

    def answer_to(self, typed: str) -> str:
        """The bot's answer to the last time the person typed this."""
        return next(answer for said, answer in reversed(self.turns) if said == typed)


async def chat(tmp_path: Path, code: str, *lines: str) -> Transcript:
    """First contact in ``code`` (language button, privacy typed "yes"), then ``lines``."""
    number = LANGUAGES.codes.index(code) + 1
    calendar = ["1"] if LANGUAGES[code].format_choices else []  # Romani: dates in Romanian
    script = ["/start", str(number), *calendar, TYPED_YES[code], *lines]
    settings = replace(
        Settings(),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}",
        staff_chat_id="console-team",  # as `python -m bot` runs: a person can be reached
        person_messages_per_minute=0,
    )
    out = io.StringIO()
    async with open_core(
        settings, clock=FixedClock(), detect_languages=False, background=False
    ) as core:
        await run_console(core, source=io.StringIO("\n".join(script) + "\n"), out=out)
        async with core.database.session() as session:
            cases = await session.scalar(select(func.count()).select_from(HandoverCase))
        t = core.texts.translator(code, "ro" if calendar else None)
    turns = []
    for block in out.getvalue().split("> ")[1:]:
        said, _, answer = block.partition("\n")
        turns.append((said, answer))
    return Transcript(turns, t, cases or 0)


def title(offer_id: str, code: str) -> str:
    return next(o["title"][code] for o in OFFERS if o["id"] == offer_id)


@pytest.mark.parametrize(
    ("code", "greeting"),
    [("de", "hallo"), ("ro", "buna ziua"), ("ar", "مرحبا"), ("tr", "merhaba"), ("fa", "salam")],
)
async def test_a_greeting_gets_a_greeting_and_the_menu_never_an_apology(
    tmp_path: Path, code: str, greeting: str
) -> None:
    chat_ = await chat(tmp_path, code, greeting)

    answer = chat_.answer_to(greeting)
    assert chat_.t._("Hello! Nice that you write.") in answer
    assert title("german-course", code) in answer, "the menu comes with it"
    assert chat_.t._("Sorry, I do not know about that yet.") not in answer


async def test_typed_yes_accepts_the_privacy_note(tmp_path: Path) -> None:
    chat_ = await chat(tmp_path, "ro")

    assert chat_.t._("What are you looking for? Tap a button or write your question.") in (
        chat_.answer_to("da")
    )


@pytest.mark.parametrize(
    ("code", "thanks"),
    [("de", "danke"), ("ro", "multumesc"), ("uk", "дякую"), ("bg", "blagodarq"), ("en", "👍")],
)
async def test_thanks_gets_you_are_welcome(tmp_path: Path, code: str, thanks: str) -> None:
    chat_ = await chat(tmp_path, code, thanks)

    answer = chat_.answer_to(thanks)
    assert chat_.t._("You are welcome! Write to me any time.") in answer
    assert chat_.t._("Sorry, I do not know about that yet.") not in answer


@pytest.mark.parametrize(
    ("code", "asking"),
    [
        ("de", "ich will mit einem menschen sprechen"),
        ("ro", "vreau sa vorbesc cu un om"),
        ("tr", "gercek biriyle konusabilir miyim"),
        ("ar", "bdi e7ki ma3 insan"),
        # A person who speaks the language, not the staff answer on interpreters:
        ("tr", "turkce konusan biriyle konusmak istiyorum"),
        ("ar", "بدي احكي مع حدا بيحكي عربي"),
    ],
)
async def test_asking_for_a_person_in_words_does_what_the_button_does(
    tmp_path: Path, code: str, asking: str
) -> None:
    typed = await chat(tmp_path / "typed", code, asking)
    # The menu after the privacy note: six offers, then "Talk to a person" as button 7.
    tapped = await chat(tmp_path / "tapped", code, "7")

    assert typed.answer_to(asking) == tapped.answer_to("7")
    assert typed.t._("You can write now. Everything you send goes to our team.") in (
        typed.answer_to(asking)
    )
    assert typed.cases == tapped.cases == 1, "the team got the chat"


@pytest.mark.parametrize(
    ("code", "cry"),
    [
        ("bg", "бие ме мъжът ми"),  # "мъжът ми ме бие", turned round
        ("uk", "мене б'є чоловік"),  # "чоловік мене б'є"
        ("ar", "بيضربني زوجي"),  # "زوجي بيضربني"
        ("fa", "میزنه منو شوهرم"),  # "شوهرم منو میزنه"
        ("de", "nicht atmet mein kind"),  # "mein kind atmet nicht"
    ],
)
async def test_danger_in_reversed_word_order_shows_the_numbers_and_nothing_else(
    tmp_path: Path, code: str, cry: str
) -> None:
    await _shows_the_numbers_and_nothing_else(tmp_path, code, cry)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("de", "oma ist im bad umgefallen und wird nicht mehr wach"),
        ("ro", "bebe are 40 de grade si e moale"),  # a baby with a fever of 40
        ("ru", "у папы лицо перекосило и рука не двигается"),  # signs of a stroke
        ("ar", "انكب مي سخنة على ابني وانحرق"),  # boiling water on a child
        ("fa", "bacham ba ab jush sukht"),  # the same, Persian in Latin letters
        ("tr", "annem dustu ayilmiyor"),  # fell and does not come round
        ("rom", "e baba peli thaj na ushtel"),  # grandmother fell and does not get up
        ("en", "he said if i leave him he will kill me"),  # a threat said indirectly
    ],
)
async def test_an_emergency_described_in_other_words_shows_the_numbers_and_nothing_else(
    tmp_path: Path, code: str, said: str
) -> None:
    await _shows_the_numbers_and_nothing_else(tmp_path, code, said)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("ar", "زوجي كسر راسي بالقنينة والدم نازل"),  # broke my head with a bottle, blood
        ("uk", "vitchym rozbyv meni holovu, krov"),  # the same, Ukrainian in Latin letters
        ("de", "mein freund hat meinen kopf mit der flasche zerschlagen, alles blutig"),
    ],
)
async def test_danger_no_list_words_it_so_shows_the_numbers_and_nothing_else(
    tmp_path: Path, code: str, said: str
) -> None:
    # No listed word of danger: the learned second net (bot/understanding/danger_head.py)
    await _shows_the_numbers_and_nothing_else(tmp_path, code, said)


NUMBERS_LINE = "If someone is in danger now: 112 (ambulance, fire brigade), 110 (police). Free."


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "there was a fight, where are you"),
        ("tr", "korkuyorum, ofisiniz nerede"),  # I am afraid, where is your office
        ("ro", "mi-e frica, unde va aflati"),
        ("ru", "мне страшно, где вы находитесь"),
    ],
)
async def test_a_message_that_might_be_danger_gets_the_numbers_first_then_its_answer(
    tmp_path: Path, code: str, said: str
) -> None:
    chat_ = await chat(tmp_path, code, said)

    answer = chat_.answer_to(said)
    line = chat_.t._(NUMBERS_LINE)
    assert line != NUMBERS_LINE or code == "en", "in the person's language"
    assert line in answer
    assert answer.index(line) < answer.index(chat_.t._("Here you find us:")), "numbers first"
    assert "116 016" not in answer, "one line, not the whole screen: the question is answered"


async def _shows_the_numbers_and_nothing_else(tmp_path: Path, code: str, said: str) -> None:
    chat_ = await chat(tmp_path, code, said)

    answer = chat_.answer_to(said)
    numbers = [answer.index(n) for n in ("112", "110", "116 117", "116 016")]
    assert numbers == sorted(numbers), "112 and 110 first, then the doctor, then the help line"
    assert chat_.t._("Talk to a person") in answer
    assert chat_.t._(NUMBERS_LINE) not in answer, "the screen alone, no line above it"
    assert chat_.t._("Sorry, I do not know about that yet.") not in answer
    assert chat_.t._("Did you mean one of these?") not in answer
    assert not any(title(o["id"], code) in answer for o in OFFERS), "no offer card after it"


@pytest.mark.parametrize(
    ("code", "as_listed", "as_typed"),
    [
        ("rom", "kaj si tumaro biro", "kai si tumaro biroo"),  # Romani in another spelling
        ("rom", "kaj san", "кай сан"),  # Romani typed in Cyrillic
        ("tr", "cumartesi açık mısınız", "cumartesi acikmisiniz"),  # particle typed on
        ("de", "wo finde ich euch", "wo find ich euch"),  # spoken German drops the e
        ("ro", "unde va aflati", "buna ziua as avea o intrebare unde va aflati"),
    ],
)
async def test_a_request_in_another_spelling_gets_the_same_answer(
    tmp_path: Path, code: str, as_listed: str, as_typed: str
) -> None:
    # Each in a chat of its own: right after the week's times, a day asked about again gets
    # that day alone, not the same answer.
    (tmp_path / "listed").mkdir()
    (tmp_path / "typed").mkdir()
    listed = await chat(tmp_path / "listed", code, as_listed)
    typed = await chat(tmp_path / "typed", code, as_typed)

    answer = typed.answer_to(as_typed)
    assert answer == listed.answer_to(as_listed)
    assert typed.t._("Sorry, I do not know about that yet.") not in answer
    assert typed.t._("Did you mean one of these?") not in answer


@pytest.mark.parametrize(
    ("code", "greeting_and_question"),
    [
        ("tr", "merhaba almanca nerede ogrenebilirim"),  # the language is the course's topic
        ("ru", "zdravstvuite, gde mozhno uchit nemeckij"),  # Russian in Latin letters
        ("ro", "buna ziua, unde pot sa invat germana"),
    ],
)
async def test_a_question_after_a_greeting_is_answered_not_only_greeted_back(
    tmp_path: Path, code: str, greeting_and_question: str
) -> None:
    chat_ = await chat(tmp_path, code, greeting_and_question)

    answer = chat_.answer_to(greeting_and_question)
    assert title("german-course", code) in answer.splitlines()[0], "the course's card"
    assert chat_.t._("Hello! Nice that you write.") not in answer
