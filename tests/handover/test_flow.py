# People write in many scripts; look-alike letters are the point here:
"""The handover through the core (no network): a person asks for someone, a mediator takes
the chat, messages go both ways, either side ends it. Monday 09:00 in Berlin throughout."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp
from bot.dialogue import views as dialogue_views
from bot.handover.flow import DANGER_NOTE
from bot.handover.relay import RelayDelivery
from bot.messages import InboundKind
from bot.storage.models import (
    Booking,
    HandoverCase,
    HandoverTopic,
    RecentQuestion,
    RelayMessage,
    User,
)
from tests.support.conversation import FixedClock
from tests.support.handover import (
    MEDIATORS,
    STAFF_CHAT,
    Person,
    RecordingChannel,
    connect,
    content_with_team,
    deliver_all,
    handover_core,
    staff_says,
    staff_taps,
)

IVAN, MARIA, JONAS = MEDIATORS["bg"], MEDIATORS["ro"], MEDIATORS["any"]


@pytest.fixture
async def running(
    database_url: str, tmp_path: Path
) -> AsyncIterator[tuple[CoreApp, RelayDelivery]]:
    async with handover_core(database_url, tmp_path) as pair:
        yield pair


@pytest.fixture
def core(running: tuple[CoreApp, RelayDelivery]) -> CoreApp:
    return running[0]


@pytest.fixture
def relay(running: tuple[CoreApp, RelayDelivery]) -> RelayDelivery:
    return running[1]


@pytest.fixture
def channels(core: CoreApp) -> tuple[RecordingChannel, RecordingChannel]:
    return connect(core)


def ui(core: CoreApp, language: str, message: str) -> str:
    return core.texts.translator(language)._(message)


async def count(core: CoreApp, model: type) -> int:
    async with core.database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def state_of(core: CoreApp, chat_id: str) -> str:
    async with core.database.session() as session:
        return str(await session.scalar(select(User.state).where(User.external_id == chat_id)))


async def first_case_id(core: CoreApp) -> int:
    async with core.database.session() as session:
        return int(await session.scalar(select(HandoverCase.id)) or 0)


async def topic_of_first_case(core: CoreApp) -> str:
    async with core.database.session() as session:
        return str(await session.scalar(select(HandoverTopic.thread_id)))


async def bulgarian_with_a_topic(
    core: CoreApp, relay: RelayDelivery, chat_id: str = "4001", name: str = "Ana"
) -> tuple[Person, str]:
    person = Person(core, chat_id, name=name)
    await person.onboard("Български")
    await person.ask_for_a_person()
    await deliver_all(relay)
    return person, await topic_of_first_case(core)


async def bulgarian_answered_by_ivan(
    core: CoreApp, relay: RelayDelivery, clock: FixedClock
) -> tuple[Person, str]:
    """A person whose chat Ivan has taken by answering, two minutes ago."""
    person, thread = await bulgarian_with_a_topic(core, relay)
    await core.handle(staff_says("Здравейте, аз съм Иван", IVAN, thread, ref="81"))
    await deliver_all(relay)
    clock.now += timedelta(minutes=2)
    return person, thread


async def test_asking_for_a_person_opens_a_topic_with_a_card_and_says_when_in_bulgarian(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, desk = channels
    person = Person(core, "4001", name="Ана")
    await person.onboard("Български")
    await person.send("как да намеря работа")  # the bot cannot answer this one

    await person.ask_for_a_person()

    assert (
        ui(core, "bg", "A person from our team will answer you here soon.") in person.text
    )  # Ivan works now
    assert ui(core, "bg", "End the chat with our team") in person.labels[0]
    await deliver_all(relay)
    ((thread, title),) = desk.topics.items()
    assert title.startswith("🇧🇬 bg · Ана · #")
    (card,) = desk.in_topic(thread)
    assert card.reply is not None
    assert "как да намеря работа" in card.text, "the card shows what the person asked the bot"
    assert [m.user_id for m in card.reply.mentions] == [IVAN], "the Bulgarian speaker is called"
    assert card.reply.all_buttons[0].action.startswith("htake:")
    assert await count(core, RecentQuestion) == 0, "the questions moved onto the case"


async def test_outside_working_hours_the_person_hears_the_next_working_time(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    person = Person(core, "4002")
    await person.onboard("Română")

    await person.ask_for_a_person()

    t = core.texts.translator("ro")
    tuesday_ten = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # Maria: Tuesdays 10:00 in Berlin
    expected = t._("Our team is not at work right now. A person will answer you here on {when}.")
    assert expected.format(when=t.when(tuesday_ten)) in person.text


async def test_everything_the_person_sends_goes_to_the_topic_and_the_bot_helps_meanwhile(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, desk = channels
    person, thread = await bulgarian_with_a_topic(core, relay)

    # Nobody has taken the chat yet: the bot answers too, and says the team sees it.
    assert await person.send("Здравейте, имам писмо от Jobcenter") != []
    assert ui(core, "bg", "Our team sees your message too and will answer you here.") in (
        person.text
    )
    for kind in (InboundKind.PHOTO, InboundKind.VOICE, InboundKind.DOCUMENT, InboundKind.LOCATION):
        assert await person.send_kind(kind) == []
    await deliver_all(relay)

    copied = [entry.copied for entry in desk.in_topic(thread)[1:]]
    assert copied == [(person.chat_id, str(ref)) for ref in range(5, 10)], (
        "copies of each message, in order"
    )
    await person.send("/menu")
    assert ui(core, "bg", "Our team has not answered yet. You can still write to them here.") in (
        person.text
    ), "/menu is the menu while nobody has taken the chat, with a word about the team"
    assert await state_of(core, person.chat_id) == "with_team"


async def test_the_first_mediator_takes_the_chat_and_a_second_one_cannot(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    person_side, desk = channels
    person, thread = await bulgarian_with_a_topic(core, relay)
    case_id = (
        (await core.handle(staff_says("/queue", JONAS, None)))[0].text.split("#")[1].split(" ")[0]
    )

    taken = await core.handle(staff_taps(f"htake:{case_id}", IVAN, thread))
    refused = await core.handle(staff_says("/take", JONAS, thread))
    await deliver_all(relay)

    assert taken[0].text == f"✋ Ivan hat Fall #{case_id} übernommen."
    assert "hat schon Ivan" in refused[0].text
    ((_, card),) = desk.edits
    assert "Übernommen von Ivan" in card.text, "the card shows who has it"
    assert not any(b.action.startswith("htake:") for b in card.all_buttons), "nothing to take"
    told = person_side.to_chat(person.chat_id)[-1].text
    assert ui(core, "bg", "{name} from our team is answering you now.").format(name="Ivan") in told


async def test_mediators_write_to_the_person_and_notes_stay_with_the_team(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    person_side, _ = channels
    person, thread = await bulgarian_with_a_topic(core, relay)

    assert (
        await core.handle(staff_says("Здравейте! Какво пише в писмото?", IVAN, thread, ref="71"))
        == []
    )
    assert (
        await core.handle(staff_says("!Sie hat schon einen Termin", IVAN, thread, ref="72")) == []
    )
    await core.handle(staff_says("", IVAN, thread, ref="73", kind=InboundKind.PHOTO))
    await deliver_all(relay)

    to_person = person_side.to_chat(person.chat_id)
    assert "Ivan" in to_person[0].text, "writing without /take takes the chat"
    assert [entry.copied for entry in to_person[1:]] == [(STAFF_CHAT, "71"), (STAFF_CHAT, "73")]


async def test_handing_on_to_a_colleague_by_name_or_button(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, thread = await bulgarian_with_a_topic(core, relay)
    await core.handle(staff_says("/take", IVAN, thread))

    (handed,) = await core.handle(staff_says("/handto @maria", IVAN, thread))
    (choices,) = await core.handle(staff_says("/handto", MARIA, thread))
    (back,) = await core.handle(staff_taps(choices.all_buttons[0].action, MARIA, thread))

    assert [m.name for m in handed.mentions] == ["Maria"], "Maria is notified"
    assert "Ivan" in choices.all_buttons[0].label, "the Bulgarian speaker comes first"
    assert [m.name for m in back.mentions] == ["Ivan"]
    (queue,) = await core.handle(staff_says("/queue", JONAS, None))
    assert "bei Ivan" in queue.text


async def test_close_gives_the_person_the_menu_back_in_their_language(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    person_side, desk = channels
    person, thread = await bulgarian_with_a_topic(core, relay)
    await core.handle(staff_says("/take", IVAN, thread))

    assert await core.handle(staff_says("/close Termin am Dienstag vereinbart", IVAN, thread)) == []
    await deliver_all(relay)

    ended = person_side.to_chat(person.chat_id)[-1].reply
    assert ended is not None and ui(core, "bg", "The chat with our team has ended.") in ended.text
    assert any(b.action.startswith("offer:") for b in ended.all_buttons), "the menu"
    assert await state_of(core, person.chat_id) == "serving"
    assert "📝 Termin am Dienstag vereinbart" in desk.in_topic(thread)[-1].text
    assert thread in desk.closed
    async with core.database.session() as session:
        case = await session.scalar(select(HandoverCase))
    assert case is not None and case.display_name is None and case.questions == [], (
        "the name goes with the case"
    )
    await person.send("курс по немски")
    assert person.replies, "the bot answers again"


async def test_the_person_ends_the_chat_and_a_new_one_reuses_the_topic(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, desk = channels
    person, thread = await bulgarian_with_a_topic(core, relay)

    await person.tap(ui(core, "bg", "End the chat with our team"))
    assert ui(core, "bg", "The chat with our team has ended.") in person.text
    await deliver_all(relay)
    assert (
        "Die Person hat den Chat beendet" in desk.in_topic(thread)[-1].text
        and thread in desk.closed
    )

    await person.ask_for_a_person()
    await deliver_all(relay)

    assert list(desk.topics) == [thread], "the same topic, reopened"
    assert thread not in desk.closed and desk.topics[thread].endswith("#2")
    assert "Fall #2" in desk.in_topic(thread)[-1].text


async def test_a_stale_end_button_and_privacy_still_work(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    person = Person(core, "4003")
    await person.onboard("English")
    await person.press("hend")
    assert "The chat with our team has ended." in person.text

    await person.ask_for_a_person()
    await person.send("/privacy")
    assert "This is what I keep about you" in person.text, "privacy is never blocked"


async def test_deleting_ones_data_deletes_cases_transcripts_and_the_topic(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, desk = channels
    person, thread = await bulgarian_with_a_topic(core, relay)
    await person.send("моят адрес е ...")

    await person.press("delete:yes")
    await deliver_all(relay)

    assert thread in desk.deleted
    for model in (HandoverCase, HandoverTopic, RelayMessage, RecentQuestion):
        assert await count(core, model) == (1 if model is RelayMessage else 0), model
    async with core.database.session() as session:
        (left,) = (await session.scalars(select(RelayMessage))).all()
    assert left.kind == "delete_topic" and left.text is None and left.finished_at is not None


async def test_words_of_danger_bring_the_emergency_numbers_alone_and_an_urgent_case(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, desk = channels
    person = Person(core, "4004")
    await person.onboard("Türkçe")

    replies = await person.send("kocam beni dövüyor")

    assert replies == [dialogue_views.emergency(core.texts.translator("tr"))], "numbers alone"
    await person.press(replies[0].all_buttons[0].action)
    await deliver_all(relay)
    (title,) = desk.topics.values()
    assert title.startswith("🚨 🇹🇷 tr")


async def test_danger_written_while_talking_to_the_team_shows_the_numbers_and_reaches_the_team(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, desk = channels
    person, thread = await bulgarian_with_a_topic(core, relay)

    replies = await person.send("бие ме мъжът ми")
    await deliver_all(relay)

    assert replies == [dialogue_views.emergency(core.texts.translator("bg"))]
    card, message, note = desk.in_topic(thread)
    assert message.copied is not None or "бие ме" in message.text, "the team reads it too"
    assert note.text == DANGER_NOTE, "and is told the person saw the emergency numbers"
    ((_, edited),) = desk.edits
    assert "🚨" in edited.text and "🚨" not in card.text, "the card now says it is urgent"
    async with core.database.session() as session:
        assert (await session.scalars(select(HandoverCase.urgent))).one()


async def test_talk_to_a_person_under_the_numbers_marks_a_taken_chat_urgent(
    database_url: str, tmp_path: Path
) -> None:
    """Found in a trial: the button under the numbers, in a chat already with the team, told
    the team nothing, and the queue showed the case like any other."""
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, desk = connect(core)
        person, thread = await bulgarian_answered_by_ivan(core, relay, clock)
        replies = await person.send("мъжът ми ме бие пак")
        talk_to_a_person = replies[0].all_buttons[0].action

        await person.press(talk_to_a_person)
        await deliver_all(relay)

        notes = [sent.text for sent in desk.in_topic(thread) if sent.text == DANGER_NOTE]
        assert len(notes) == 2, "once for the words, once for the button"
        async with core.database.session() as session:
            assert (await session.scalars(select(HandoverCase.urgent))).one()


async def test_when_are_you_there_includes_when_the_team_answers_in_the_chat(
    core: CoreApp,
) -> None:
    from datetime import time

    t = core.texts.translator("bg")
    person = Person(core, "4009")
    await person.onboard("Български")

    await person.send("кога работите")

    assert t._("Our team answers in this chat:") in person.text
    assert t.weekly(0, time(8), time(18)) in person.text, "Ivan speaks Bulgarian: his hours"
    assert t.weekly(1, time(10), time(14)) not in person.text, "Maria speaks Romanian"


async def test_team_times_that_touch_are_shown_as_one(database_url: str, tmp_path: Path) -> None:
    """Ana answers on Monday until 13:00, Leyla from 13:00: the person sees one Monday (found
    in a trial: two lines for one afternoon)."""
    from datetime import time

    team = """\
team:
  - name: Ana
    telegram: 111
    languages: [de]
    hours: [{weekday: monday, start: "09:00", end: "13:00"}]
  - name: Leyla
    telegram: 222
    languages: [de]
    hours: [{weekday: monday, start: "13:00", end: "17:00"}]
"""
    content = content_with_team(tmp_path, team)
    async with handover_core(database_url, tmp_path, content_dir=content) as (core, _relay):
        t = core.texts.translator("de")
        person = Person(core, "4010")
        await person.onboard("Deutsch")

        await person.send("wann habt ihr offen")

        assert t.weekly(0, time(9), time(17)) in person.text
        assert t.weekly(0, time(9), time(13)) not in person.text


async def test_two_quick_taps_make_one_case_and_one_topic(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    import asyncio

    _, desk = channels
    person = Person(core, "4005")
    await person.onboard("Deutsch")

    await asyncio.gather(person.ask_for_a_person(), person.ask_for_a_person())
    await deliver_all(relay)

    assert await count(core, HandoverCase) == 1
    assert len(desk.topics) == 1


async def test_two_workers_tapping_at_once_make_one_case(database_url: str, tmp_path: Path) -> None:
    """Two processes on one database (two cores): the unique index keeps one case."""
    import asyncio

    async with (
        handover_core(database_url, tmp_path) as (first, _),
        handover_core(
            database_url, tmp_path / "second", content_dir=first.settings.content_dir
        ) as (second, relay),
    ):
        _, desk = connect(second)
        person = Person(first, "4006")
        await person.onboard("Deutsch")
        other = Person(second, "4006")

        await asyncio.gather(person.ask_for_a_person(), other.ask_for_a_person())
        await deliver_all(relay)

        assert await count(first, HandoverCase) == 1
        assert len(desk.topics) == 1


async def test_the_card_lists_the_persons_appointments(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    _, desk = channels
    person = Person(core, "4007")
    await person.onboard("Deutsch")
    async with core.database.session() as session:
        user_id = await session.scalar(select(User.id).where(User.external_id == "4007"))
        tuesday = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)  # 12:00 in Berlin
        session.add(
            Booking(
                user_id=user_id,
                offer_id="german-course",
                starts_at=tuesday,
                ends_at=tuesday + timedelta(minutes=30),
                seat=0,
                created_at=tuesday,
            )
        )

    await person.ask_for_a_person()
    await deliver_all(relay)

    (card,) = desk.sent
    german = core.texts.translator("de")
    assert f"Deutschkurs: {german.when(tuesday, tuesday + timedelta(minutes=30))}" in card.text


@pytest.mark.parametrize(
    "reach",
    ["/menu", "/help", "unknown words nobody understands", "deutschkurs", ":voice", ":photo"],
)
async def test_talk_to_a_person_is_one_tap_away_on_every_answer(core: CoreApp, reach: str) -> None:
    person = Person(core, "4008")
    await person.onboard("Deutsch")

    if reach.startswith(":"):
        await person.send_kind(InboundKind(reach[1:]))
    else:
        await person.send(reach)

    assert "human" in [button.action for button in person.buttons]


async def everything_deleted(
    core: CoreApp, person: Person, desk: RecordingChannel, thread: str
) -> None:
    """The person was told their data is gone, and it is gone with the topic."""
    assert ui(core, "bg", "Done. I have deleted your data. Write to me again at any time.") in (
        person.text
    )
    assert thread in desk.deleted
    for model in (User, HandoverCase, HandoverTopic, RecentQuestion):
        assert await count(core, model) == 0, model


async def asked_whether_to_delete(person: Person) -> None:
    """The person opens /privacy and taps the delete button: "Delete everything?" waits."""
    await person.send("/privacy")
    await person.press("delete:ask")


async def everything_deleted_and_nothing_passed_on(
    core: CoreApp, person: Person, desk: RecordingChannel, thread: str
) -> None:
    """As everything_deleted, and the typed answer was not copied into the team's topic."""
    await everything_deleted(core, person, desk, thread)
    copied = [m for m in desk.in_topic(thread) if m.copied and m.copied[0] == person.chat_id]
    assert not copied, "not passed on to the team"


async def test_a_typed_yes_to_delete_while_waiting_for_the_team_deletes_everything(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    # Found in a new-user trial: "evet" to "Delete everything?" while the team had not yet
    # taken the chat was passed on to the team as a message ("All right."), nothing deleted.
    _, desk = channels
    person, thread = await bulgarian_with_a_topic(core, relay)
    await asked_whether_to_delete(person)

    await person.send("да")
    await deliver_all(relay)

    await everything_deleted_and_nothing_passed_on(core, person, desk, thread)


async def test_a_typed_yes_to_delete_in_a_chat_a_mediator_has_taken_deletes_everything(
    database_url: str, tmp_path: Path
) -> None:
    # Found in a trial: "да" to "Delete everything?" after Ivan had answered went to Ivan as a
    # message and nothing was deleted; the buttons worked.
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, desk = connect(core)
        person, thread = await bulgarian_answered_by_ivan(core, relay, clock)
        await asked_whether_to_delete(person)

        await person.send("да")
        await deliver_all(relay)

        await everything_deleted_and_nothing_passed_on(core, person, desk, thread)


async def test_a_yes_after_the_mediator_asked_something_goes_to_the_mediator(
    database_url: str, tmp_path: Path
) -> None:
    # The delete question came first, then Ivan asked; "да" answers Ivan, and nothing is gone.
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, desk = connect(core)
        person, thread = await bulgarian_with_a_topic(core, relay)
        await core.handle(staff_taps(f"htake:{await first_case_id(core)}", IVAN, thread))
        await asked_whether_to_delete(person)
        clock.now += timedelta(minutes=2)
        await core.handle(staff_says("Ще дойдете ли във вторник?", IVAN, thread, ref="82"))
        await deliver_all(relay)
        clock.now += timedelta(minutes=1)

        await person.send("да")
        await deliver_all(relay)

        (passed_on,) = [m for m in desk.in_topic(thread) if m.copied]
        assert passed_on.copied is not None and passed_on.copied[0] == person.chat_id
        assert not person.text, "the bot does not answer what Ivan asked"
        assert await count(core, User) == 1
        assert await count(core, HandoverCase) == 1


async def test_a_typed_no_to_delete_keeps_everything(
    core: CoreApp, relay: RelayDelivery, channels: tuple[RecordingChannel, RecordingChannel]
) -> None:
    person = Person(core, "4011")
    await person.onboard("Română")
    await asked_whether_to_delete(person)

    await person.send("nu")

    assert ui(core, "ro", "Done. I have deleted your data. Write to me again at any time.") not in (
        person.text
    )
    assert await count(core, User) == 1


async def test_asking_a_mediator_to_delete_ones_data_brings_the_delete_button(
    database_url: str, tmp_path: Path
) -> None:
    # Found in a trial: "vreau sa sterg toate datele mele" typed in a chat a mediator had taken
    # only reached the mediator, who cannot delete anything; /privacy had to be known.
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, desk = connect(core)
        person, thread = await bulgarian_answered_by_ivan(core, relay, clock)

        await person.send("искам да изтрия всичките си данни")
        await deliver_all(relay)

        assert "delete:ask" in [button.action for button in person.buttons]
        assert [m for m in desk.in_topic(thread) if m.copied], "Ivan reads it too"

        await person.press("delete:ask")
        await person.send("да")
        await deliver_all(relay)
        await everything_deleted(core, person, desk, thread)
