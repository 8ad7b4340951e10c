"""A person whose language nobody in the team speaks is told so when the chat with the team
opens, and in which language they will be answered instead (found in a trial: a Russian
speaker was told "a person will answer you here tomorrow" and waited for a Russian speaker;
the team has none). Those whose language is spoken hear nothing of it.

The test team (tests/support/handover.py): Ivan bg+de (Mondays), Maria ro+rom+de (Tuesdays),
Jonas de+en (Wednesdays). Nobody speaks ru, uk, fa, ar, tr. Monday 09:00 in Berlin."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import CoreApp, open_core
from bot.config import Settings
from bot.handover.relay import RelayDelivery
from tests.support.conversation import FixedClock
from tests.support.fake_libretranslate import LANGUAGES, FakeLibreTranslate
from tests.support.handover import (
    STAFF_CHAT,
    Person,
    connect,
    content_with_team,
    deliver_all,
    handover_core,
)

LABELS = {
    "de": "Deutsch",
    "en": "English",
    "ro": "Română",
    "bg": "Български",
    "uk": "Українська",
    "fa": "فارسی",
    "ru": "Русский",
}
NOBODY = "Nobody in our team speaks {language} yet."
IN_ONE = "A person will answer you in {language}."
IN_TWO = "A person will answer you in {first} or {second}."
TRANSLATED = "You can still write in {language}. A computer translates it for our team."
FRIDAY_EVENING = datetime(2026, 12, 4, 18, 0, tzinfo=UTC)


def said(core: CoreApp, reader: str, message: str, **names: str) -> str:
    """``message`` in ``reader``'s language, each language code in ``names`` named for them."""
    languages = core.dialogue.languages
    t = core.texts.translator(reader)
    return t._(message).format(**{k: languages.name_in(v, reader) for k, v in names.items()})


def nobody_prefix(core: CoreApp, reader: str) -> str:
    """The start of "Nobody in our team speaks ..." in ``reader``'s language, whatever language."""
    return core.texts.translator(reader)._(NOBODY).split("{language}")[0]


@pytest.fixture
async def core(database_url: str, tmp_path: Path) -> AsyncIterator[CoreApp]:
    async with handover_core(database_url, tmp_path) as (ready, _relay):
        yield ready


@pytest.mark.parametrize("code", ["ru", "uk", "fa"])
async def test_nobody_speaks_it_is_said_with_the_languages_answered_in(
    core: CoreApp, code: str
) -> None:
    person = Person(core, f"71{code}")
    await person.onboard(LABELS[code])

    await person.ask_for_a_person()

    assert said(core, code, NOBODY, language=code) in person.text
    assert said(core, code, IN_TWO, first="de", second="en") in person.text
    assert said(core, code, "A person from our team will answer you here soon.") in person.text
    assert said(core, code, TRANSLATED, language=code) not in person.text, "no server here"
    assert "Nobody" not in person.text, "in the person's language, not English"


@pytest.mark.parametrize("code", ["bg", "ro", "de", "en"])
async def test_a_language_someone_speaks_is_not_said_to_be_missing(
    core: CoreApp, code: str
) -> None:
    person = Person(core, f"72{code}")
    await person.onboard(LABELS[code])

    await person.ask_for_a_person()

    assert said(core, code, "You can write now. Everything you send goes to our team.") in (
        person.text
    )
    assert nobody_prefix(core, code) not in person.text


@pytest.mark.parametrize("code", ["ru", "uk", "fa"])
async def test_out_of_hours_and_after_a_bare_ok_it_is_said_too(
    database_url: str, tmp_path: Path, code: str
) -> None:
    async with handover_core(database_url, tmp_path, clock=FixedClock(FRIDAY_EVENING)) as pair:
        core = pair[0]
        person = Person(core, f"73{code}")
        await person.onboard(LABELS[code])

        await person.ask_for_a_person()

        t = core.texts.translator(code)
        not_at_work = t._(
            "Our team is not at work right now. A person will answer you here on {when}."
        )
        assert not_at_work.split("{when}")[0] in person.text
        assert said(core, code, NOBODY, language=code) in person.text
        assert said(core, code, IN_TWO, first="de", second="en") in person.text

        await person.send("👍")  # a bare "ok" while waiting: when, and who, once more
        assert said(core, code, "All right.") in person.text
        assert said(core, code, NOBODY, language=code) in person.text


async def test_bulgarian_after_a_bare_ok_hears_nothing_of_it(core: CoreApp) -> None:
    person = Person(core, "7301")
    await person.onboard(LABELS["bg"])
    await person.ask_for_a_person()

    await person.send("👍")

    assert said(core, "bg", "All right.") in person.text
    assert nobody_prefix(core, "bg") not in person.text


@pytest.mark.parametrize(
    ("code", "typed"),
    [
        ("ru", "mne by s kem nibud pogovorit po russki"),  # the trial
        ("ru", "хочу поговорить с человеком"),
        ("uk", "хочу поговорити з людиною"),
        ("fa", "میخوام با یک آدم صحبت کنم"),
    ],
)
async def test_typed_request_in_a_language_nobody_speaks(
    core: CoreApp, code: str, typed: str
) -> None:
    person = Person(core, f"74{code}{len(typed)}")
    await person.onboard(LABELS[code])

    await person.send(typed)

    assert said(core, code, "You can write now. Everything you send goes to our team.") in (
        person.text
    ), "the chat with the team opened"
    assert said(core, code, NOBODY, language=code) in person.text


@pytest.mark.parametrize(
    ("code", "typed", "named"),
    [
        ("de", "ich brauche jemanden der russisch spricht", "ru"),
        ("ro", "vreau sa vorbesc cu cineva care vorbeste rusa", "ru"),
        ("bg", "искам да говоря с човек на украински", "uk"),
    ],
)
async def test_a_language_asked_for_in_words_that_nobody_speaks(
    core: CoreApp, code: str, typed: str, named: str
) -> None:
    person = Person(core, f"75{code}")
    await person.onboard(LABELS[code])

    await person.send(typed)

    assert said(core, code, NOBODY, language=named) in person.text
    # Those who speak the chat's language are called: they answer in it.
    assert said(core, code, IN_ONE, language=code) in person.text


@pytest.mark.parametrize(
    ("code", "typed"),
    [
        ("bg", "искам да говоря с човек на български"),
        ("ro", "vreau sa vorbesc cu cineva in romana"),
        ("de", "ich möchte mit jemandem sprechen der englisch spricht"),
    ],
)
async def test_a_language_asked_for_in_words_that_someone_speaks(
    core: CoreApp, code: str, typed: str
) -> None:
    person = Person(core, f"76{code}")
    await person.onboard(LABELS[code])

    await person.send(typed)

    assert said(core, code, "You can write now. Everything you send goes to our team.") in (
        person.text
    ), "the chat with the team opened"
    assert nobody_prefix(core, code) not in person.text


# -- with a translation server (LIBRETRANSLATE_URL) -------------------------------------------


async def ask_with_a_server(
    database_url: str,
    tmp_path: Path,
    code: str,
    *,
    server_languages: tuple[str, ...] = LANGUAGES,
    down: bool = False,
    typed: str | None = None,
) -> tuple[CoreApp, str]:
    """What a person reading ``code`` is told when the chat opens, the server running."""
    async with FakeLibreTranslate(languages=server_languages) as fake:
        fake.down = down
        settings = replace(
            Settings(),
            database_url=database_url,
            content_dir=content_with_team(tmp_path),
            staff_chat_id=STAFF_CHAT,
            watch_content=False,
            person_messages_per_minute=0,
            libretranslate_url=fake.url,
        )
        async with open_core(
            settings, clock=FixedClock(), detect_languages=False, background=False
        ) as core:
            assert core.part(RelayDelivery) is not None
            person = Person(core, f"77{code}")
            await person.onboard(LABELS[code])
            if typed is None:
                await person.ask_for_a_person()
            else:
                await person.send(typed)
            return core, person.text


@pytest.mark.parametrize("code", ["ru", "uk", "fa"])
async def test_with_a_translation_server_they_may_write_in_their_language(
    database_url: str, tmp_path: Path, code: str
) -> None:
    core, text = await ask_with_a_server(database_url, tmp_path, code)

    assert said(core, code, NOBODY, language=code) in text
    assert said(core, code, TRANSLATED, language=code) in text


async def test_no_translation_promised_for_a_language_the_server_lacks_or_when_it_is_down(
    database_url: str, tmp_path: Path
) -> None:
    without_farsi = tuple(code for code in LANGUAGES if code != "fa")
    core, text = await ask_with_a_server(
        database_url, tmp_path / "lacks", "fa", server_languages=without_farsi
    )
    assert said(core, "fa", NOBODY, language="fa") in text
    assert said(core, "fa", TRANSLATED, language="fa") not in text

    core, text = await ask_with_a_server(database_url, tmp_path / "down", "ru", down=True)
    assert said(core, "ru", NOBODY, language="ru") in text
    assert said(core, "ru", TRANSLATED, language="ru") not in text


async def test_a_language_named_in_words_promises_no_translation(
    database_url: str, tmp_path: Path
) -> None:
    """The team reads German here: the translation beside the messages is of the chat's
    language, not of the one asked for."""
    core, text = await ask_with_a_server(
        database_url, tmp_path, "de", typed="ich brauche jemanden der russisch spricht"
    )
    assert said(core, "de", NOBODY, language="ru") in text
    assert said(core, "de", TRANSLATED, language="ru") not in text


async def test_the_card_tells_the_team_what_the_person_was_promised(
    database_url: str, tmp_path: Path
) -> None:
    async with handover_core(database_url, tmp_path) as (core, relay):
        _, desk = connect(core)
        for chat, label in (("7801", LABELS["ru"]), ("7802", LABELS["bg"])):
            person = Person(core, chat)
            await person.onboard(label)
            await person.ask_for_a_person()
        await deliver_all(relay)

        cards = {
            title.split(" · ")[0].split()[-1]: desk.in_topic(thread)[0].text
            for thread, title in desk.topics.items()
        }
        assert (
            "🗣 Niemand im Team spricht diese Sprache. Die Person weiß das; ihr wurde gesagt: "
            "Antwort auf Deutsch oder Englisch." in cards["ru"]
        )
        assert "🗣 Spricht bg:" in cards["bg"]


async def test_a_spoken_language_asked_for_does_not_hide_that_nobody_speaks_the_chats(
    core: CoreApp,
) -> None:
    """Only speakers of the chat's language are called: asking for Bulgarian in the Russian
    chat still gets the truth about Russian (and the offer to go on in Bulgarian)."""
    person = Person(core, "7901")
    await person.onboard(LABELS["ru"])

    await person.send("хочу поговорить с человеком по-болгарски")

    assert said(core, "ru", NOBODY, language="ru") in person.text
    assert said(core, "ru", IN_TWO, first="de", second="en") in person.text


@pytest.mark.parametrize(
    ("code", "question"), [("ru", "когда вы работаете"), ("fa", "کی باز هستید")]
)
async def test_the_chat_hours_say_that_nobody_speaks_it_too(
    core: CoreApp, code: str, question: str
) -> None:
    """ "When are you there?" shows the team's hours in the chat; in a language nobody in the
    team speaks it says so there too, as when the chat opens (round 35, u-someone35)."""
    person = Person(core, f"73{code}")
    await person.onboard(LABELS[code])

    await person.send(question)

    t = core.texts.translator(code)
    assert t._("Our team answers in this chat:") in person.text
    assert said(core, code, NOBODY, language=code) in person.text
    assert said(core, code, IN_TWO, first="de", second="en") in person.text


async def test_the_chat_hours_in_a_language_the_team_speaks_say_nothing_of_it(
    core: CoreApp,
) -> None:
    person = Person(core, "73bg")
    await person.onboard(LABELS["bg"])

    await person.send("кога работите")

    assert nobody_prefix(core, "bg") not in person.text
