"""Follow-up questions, a change of topic and a staff-written answer, typed in the terminal.

Each conversation runs through the terminal channel as a person would type it: the offer's
card first, then "and what does it cost?", "where is it?", "also on Saturday?", "may I bring
my children?" about *that* offer, then another offer by name, then a question from the FAQ.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from bot.app import CoreApp, open_core
from bot.channels.console import run_console
from bot.config import Settings
from bot.i18n.languages import load_languages
from tests.support.conversation import MONDAY_MORNING


@dataclass(frozen=True)
class Script:
    language: str
    card: str  # asks for the German course by name
    cost: str
    where: str
    saturday: str
    children: str
    switch: str  # names the sewing café
    faq: str  # "do I need papers?"


SCRIPTS = [
    Script(
        "de",
        "wann ist der deutschkurs",
        "und was kostet das",
        "wo ist das",
        "ist das auch am samstag",
        "kann ich mein kind mitbringen",
        "und das nähcafé?",
        "brauche ich papiere",
    ),
    Script(
        "ro",
        "cand e cursul de germana",
        "si cat costa?",
        "unde e?",
        "si sambata?",
        "pot sa vin cu copiii?",
        "si cafeneaua de cusut?",
        "am nevoie de acte?",
    ),
    Script(
        "ar",
        "دورة الماني",
        "قديش بتكلف",
        "وين هو",
        "في كمان يوم السبت؟",
        "فيني جيب ولادي",
        "ومقهى الخياطة؟",
        "هل احتاج اوراق",
    ),
    Script(
        "uk",
        "курс німецької",
        "скільки коштує",
        "а де це",
        "а в суботу теж?",
        "можна прийти з дитиною",
        "а швейне кафе?",
        "чи потрібні документи",
    ),
]


def answers(transcript: str) -> dict[str, str]:
    """What the bot said after each typed line (the console echoes input as "> line")."""
    parts = re.split(r"^> (.*)$", transcript, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


async def chat(script: Script, tmp_path: Path) -> tuple[CoreApp, dict[str, str]]:
    lines = [
        script.card,
        script.cost,
        script.where,
        script.saturday,
        script.children,
        script.switch,
        script.faq,
    ]
    return await converse(script.language, lines, tmp_path)


async def converse(
    language: str, lines: list[str], tmp_path: Path
) -> tuple[CoreApp, dict[str, str]]:
    """Choose ``language`` (and a calendar language for Romani), accept the privacy notice, then
    type ``lines``."""
    languages = load_languages()
    number = languages.codes.index(language) + 1
    # Romani speakers first choose the calendar language (button 1: Romanian).
    calendar = ["1"] if languages[language].format_choices else []
    settings = replace(
        Settings(),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        understanding_model=False,
    )
    out = io.StringIO()
    typed = ["/start", str(number), *calendar, "1", *lines]
    async with open_core(
        settings, clock=lambda: MONDAY_MORNING, detect_languages=False, background=False
    ) as core:
        await run_console(core, source=io.StringIO("\n".join(typed) + "\n"), out=out)
        return core, answers(out.getvalue())


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.language)
async def test_follow_ups_are_answered_from_the_offer_in_context(
    script: Script, tmp_path: Path
) -> None:
    core, said = await chat(script, tmp_path)
    catalogue = core.dialogue.catalogue.current.catalogue
    course = catalogue.offer("german-course")
    assert course is not None
    t = core.texts.translator(script.language)
    title, details = course.text("title", t.chain), course.text("details", t.chain)
    assert details in said[script.card], "the card comes first"

    cost = said[script.cost]
    assert title in cost and course.text("cost", t.chain) in cost
    assert details not in cost, "one answer, not the whole card again"

    where = said[script.where]
    assert course.location.address in where and "openstreetmap.org" in where
    assert course.text("bring", t.chain) not in where

    saturday = said[script.saturday]
    no_saturday = t._("No, not on {day}.").split("{day}")[0].strip()
    assert no_saturday and no_saturday in saturday, "the course is on Tuesdays and Thursdays"
    assert t.weekly(1, course.schedule.weekly[0].start, course.schedule.weekly[0].end) in saturday
    assert t.day(course.next_occurrences(MONDAY_MORNING, 1)[0].start) in saturday

    children = said[script.children]
    assert title in children and course.text("audience", t.chain) in children
    parents_cafe = catalogue.offer("parents-cafe")
    assert parents_cafe is not None
    assert parents_cafe.text("title", t.chain) not in children, "no jump to another offer"


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: s.language)
async def test_a_new_topic_switches_offers_and_a_faq_question_gets_the_staff_answer(
    script: Script, tmp_path: Path
) -> None:
    core, said = await chat(script, tmp_path)
    catalogue = core.dialogue.catalogue.current.catalogue
    t = core.texts.translator(script.language)
    sewing = catalogue.offer("sewing-cafe")
    assert sewing is not None
    assert sewing.text("details", t.chain) in said[script.switch], "the sewing café's card"

    papers = catalogue.faq["papers"]
    answer = said[script.faq]
    assert papers.answer(t.chain) in answer
    assert t._("Example answer: staff still have to confirm it.") in answer
    office = catalogue.offer("office-hours")
    assert office is not None and office.text("title", t.chain) in answer, "a button to it"


LETTER_AFTER_THE_COURSE = {
    "de": (
        "wann ist der deutschkurs",
        "ich hab einen brief vom jobcenter bekommen und verstehe nichts",
    ),
    "en": ("german course", "i got a letter from the jobcenter and i dont understand it"),
    "ro": ("cand e cursul de germana", "am primit o scrisoare de la jobcenter si nu inteleg nimic"),
    "ru": ("курс немецкого", "получила письмо из джобцентра и ничего не понимаю"),
}


@pytest.mark.parametrize("language", sorted(LETTER_AFTER_THE_COURSE))
async def test_a_letter_not_understood_after_a_card_gets_the_staff_answer_about_letters(
    language: str, tmp_path: Path
) -> None:
    """ "I don't understand" is the weakest follow-up cue (which languages are spoken): beside
    a letter from the Jobcenter it is about the letter, not about the course just shown."""
    card, letter = LETTER_AFTER_THE_COURSE[language]
    core, said = await converse(language, [card, letter], tmp_path)
    catalogue = core.dialogue.catalogue.current.catalogue
    t = core.texts.translator(language)
    course = catalogue.offer("german-course")
    assert course is not None and course.text("details", t.chain) in said[card]

    answer = said[letter]
    assert catalogue.faq["jobcenter-letters"].answer(t.chain) in answer
    assert course.text("title", t.chain) not in answer, "not the course's languages"


PARENTS_CAFE_AND_CHILDREN = {
    "de": ("elterncafe", "darf ich meine kinder mitbringen"),
    "ro": ("cafeneaua parintilor", "pot sa vin cu copiii?"),
    "tr": ("ebeveyn kafesi", "cocuklarimi getirebilir miyim"),
    "uk": ("кафе для батьків", "можна прийти з дитиною"),
}


@pytest.mark.parametrize("language", sorted(PARENTS_CAFE_AND_CHILDREN))
async def test_children_at_the_parents_cafe_get_the_answer_staff_wrote_for_it(
    language: str, tmp_path: Path
) -> None:
    # No field of an offer says whether children may come; "ask a person" at the parents'
    # café, where children play, was no answer. faq.yaml links its answer (follow_ups).
    card, children = PARENTS_CAFE_AND_CHILDREN[language]
    core, said = await converse(language, [card, children], tmp_path)
    catalogue = core.dialogue.catalogue.current.catalogue
    t = core.texts.translator(language)
    cafe = catalogue.offer("parents-cafe")
    assert cafe is not None and cafe.text("details", t.chain) in said[card]

    answer = said[children]
    assert cafe.text("title", t.chain) in answer
    assert catalogue.faq["children"].answer(t.chain) in answer
    assert t._("Whether children can come along, please ask a person from our team.") not in answer


TWO_QUESTIONS_IN_ONE = {
    # after the German course's card: the cost and what to bring, or the cost and where
    "uk": ("курс німецької", "skilky koshtuye i shcho vzyaty z soboyu", ("cost", "bring")),
    "de": ("wann ist der deutschkurs", "was kostet das und wo ist das", ("cost", "where")),
    "ro": ("cand e cursul de germana", "cat costa? si unde e?", ("cost", "where")),
    "tr": ("almanca kursu", "kac para ve nerede", ("cost", "where")),
}


@pytest.mark.parametrize("language", sorted(TWO_QUESTIONS_IN_ONE))
async def test_two_questions_in_one_message_get_both_answers(language: str, tmp_path: Path) -> None:
    # Found in a trial: "skilky koshtuye i shcho vzyaty z soboyu" got only the cost.
    card, both, topics = TWO_QUESTIONS_IN_ONE[language]
    core, said = await converse(language, [card, both], tmp_path)
    course = core.dialogue.catalogue.current.catalogue.offer("german-course")
    assert course is not None
    t = core.texts.translator(language)
    answer = said[both]
    assert course.text("details", t.chain) not in answer, "answers, not the whole card again"
    assert course.text("cost", t.chain) in answer
    if "bring" in topics:
        assert course.text("bring", t.chain) in answer
    if "where" in topics:
        assert course.location.address in answer and "openstreetmap.org" in answer


CANNOT_WRITE_MAY_I_SEND_MY_VOICE = {
    "rom": "me chi zhanav te chinav, shaj te bichalav glaso?",
    "fa": "man savad nadaram, mitunam sedamo befrestam?",
    "ro": "nu prea stiu sa scriu, pot sa va trimit mesaj vocal",
    "ru": "можно голосовое отправить, я плохо пишу",
}


@pytest.mark.parametrize("language", sorted(CANNOT_WRITE_MAY_I_SEND_MY_VOICE))
async def test_asking_to_send_a_voice_message_is_told_the_team_listens(
    language: str, tmp_path: Path
) -> None:
    # Found in a trial: a person who cannot write asked to send a voice message and got "I
    # don't know". The bot does not listen to voice messages; in a chat with a person they go
    # to the team (tests/handover/test_media.py), so the answer points to that button.
    asked = CANNOT_WRITE_MAY_I_SEND_MY_VOICE[language]
    core, said = await converse(language, [asked], tmp_path)
    t = core.texts.translator(language)
    answer = said[asked]
    assert core.dialogue.catalogue.current.catalogue.faq["voice-messages"].answer(t.chain) in answer
    assert t._("Talk to a person") in answer, "the button to the team, one tap away"
