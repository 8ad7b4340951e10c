# German typography (– „“) in texts for staff is intended:
"""The 9-step path through the core: a mediator records the step a person reached in their
topic (command or card buttons), the card shows it, the person is told in their language what
the next step means; notes stay with the team; stats count anonymously; deleting goes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp
from bot.handover.relay import RelayDelivery
from bot.path.steps import inspect_path
from bot.privacy.retention import purge
from bot.storage.models import PathStep
from tests.support.conversation import FixedClock
from tests.support.handover import (
    MEDIATORS,
    Person,
    RecordingChannel,
    connect,
    deliver_all,
    handover_core,
    staff_says,
    staff_taps,
)

IVAN = MEDIATORS["bg"]
NOTE = "Mietvertrag fehlt noch"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
async def running(
    database_url: str, tmp_path: Path, clock: FixedClock
) -> AsyncIterator[tuple[CoreApp, RelayDelivery]]:
    async with handover_core(database_url, tmp_path, clock=clock) as pair:
        yield pair


async def with_topic(
    core: CoreApp, relay: RelayDelivery, desk: RecordingChannel, chat: str, language: str
) -> tuple[Person, str]:
    person = Person(core, chat)
    await person.onboard(language)
    await person.ask_for_a_person()
    await deliver_all(relay)
    return person, next(reversed(desk.topics))


async def rows(core: CoreApp) -> int:
    async with core.database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(PathStep)) or 0)


async def test_a_mediator_records_a_step_with_a_note_and_the_card_shows_it(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    people, desk = connect(core)
    person, thread = await with_topic(core, relay, desk, "6001", "Български")
    (card,) = desk.in_topic(thread)
    assert "🧭 Weg: noch kein Schritt eingetragen" in card.text
    assert [b.label for b in card.reply.all_buttons] == [  # type: ignore[union-attr]
        "✋ Übernehmen",
        "🧭 Schritt eintragen",
        "📨 Nächsten Schritt erklären",
    ]

    (answer,) = await core.handle(staff_says(f"/schritt 4 {NOTE}", IVAN, thread))
    await deliver_all(relay)

    assert answer.text.startswith("🧭 Eingetragen: Schritt 4/9 · Ausgangslage klären – ")
    assert f"📝 {NOTE} (nur fürs Team" in answer.text
    (_, updated), *_ = desk.edits
    assert "🧭 Schritt 4/9 · Ausgangslage klären (seit " in updated.text
    assert all(NOTE not in entry.text for entry in people.to_chat(person.chat_id)), (
        "the note never reaches the person"
    )
    listed = await core.handle(staff_says("/schritt", IVAN, thread))
    assert f"Schritt 4, Ivan – 📝 {NOTE}" in listed[0].text
    assert listed[1].all_buttons[3].label.startswith("✅ Schritt 4/9")


async def test_the_card_buttons_record_a_step_and_explain_the_next_one_in_bulgarian(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    people, desk = connect(core)
    person, thread = await with_topic(core, relay, desk, "6002", "Български")
    (card,) = desk.in_topic(thread)
    choose = card.reply.all_buttons[1].action  # type: ignore[union-attr]

    (choices,) = await core.handle(staff_taps(choose, IVAN, thread))
    (recorded,) = await core.handle(staff_taps(choices.all_buttons[4].action, IVAN, thread))
    assert recorded.text.startswith("🧭 Eingetragen: Schritt 5/9 · Qualifikationen erfassen")
    (preview,) = await core.handle(staff_taps(recorded.all_buttons[0].action, IVAN, thread))
    await deliver_all(relay)

    steps = inspect_path(core.settings.content_dir, core.dialogue.languages.codes).path
    six = steps.step(6)
    assert six is not None
    told = people.to_chat(person.chat_id)[-1].text
    assert told.startswith("🧭 6/9 · " + six.texts["title"]["bg"])
    assert six.texts["means"]["bg"] in told and six.texts["whom"]["bg"] in told
    assert preview.text.startswith("📨 An die Person geschickt (bg): Schritt 6/9")
    assert six.texts["means"]["de"] in preview.text, "the mediator reads it in German"
    assert "maschinell übersetzt und ungeprüft" in preview.text
    assert "example: true" in preview.text, "step 6 names the Jobcenter: an example"


async def test_explaining_a_chosen_step_and_bad_input_get_a_clear_answer(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    people, desk = connect(core)
    person, thread = await with_topic(core, relay, desk, "6003", "Română")

    (nothing_yet,) = await core.handle(staff_says("/naechster", IVAN, thread))
    assert "Noch kein Schritt eingetragen" in nothing_yet.text
    for wrong in ("/schritt 10", "/schritt vier", "/naechster 0"):
        (reply,) = await core.handle(staff_says(wrong, IVAN, thread))
        assert "So geht es" in reply.text, wrong
    (outside,) = await core.handle(staff_says("/schritt 3", IVAN, None))
    assert "im Thema der Person" in outside.text

    await core.handle(staff_says("/naechster 3", IVAN, thread))
    await deliver_all(relay)
    steps = inspect_path(core.settings.content_dir, core.dialogue.languages.codes).path
    three = steps.step(3)
    assert three is not None
    assert three.texts["means"]["ro"] in people.to_chat(person.chat_id)[-1].text
    assert await rows(core) == 0, "explaining records nothing"


async def test_the_person_sees_their_step_in_my_data_and_deleting_removes_every_record(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    _, desk = connect(core)
    person, thread = await with_topic(core, relay, desk, "6004", "Română")
    await core.handle(staff_says("/schritt 3", IVAN, thread))
    await core.handle(staff_says(f"/schritt 4 {NOTE}", IVAN, thread))
    ro = core.texts.translator("ro")

    await person.send("/privacy")
    assert ro._("Your step on the way to work, noted by our team") + ": 4/9" in person.text
    assert ro._("with short notes for our team") in person.text
    assert NOTE not in person.text, "the note itself is for the team only"

    await person.send("/delete")
    await person.tap("✅")
    assert await rows(core) == 0


async def test_retention_deletes_the_records_of_people_who_went_silent(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    _, desk = connect(core)
    _, thread = await with_topic(core, relay, desk, "6005", "Română")
    await core.handle(staff_says("/schritt 5", IVAN, thread))

    later = clock.now + timedelta(days=181)
    await purge(
        core.database, core.dialogue.eraser, later, retention_days=180, question_log_days=180
    )

    assert await rows(core) == 0


async def test_stats_count_people_per_step_and_the_time_between_steps_in_groups_of_five(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    _, desk = connect(core)
    threads = [(await with_topic(core, relay, desk, f"61{n:02d}", "Română"))[1] for n in range(7)]
    for thread in threads:
        await core.handle(staff_says("/schritt 3", IVAN, thread))
    clock.now += timedelta(days=10)
    for thread in threads[:5]:
        await core.handle(staff_says("/schritt 4", IVAN, thread))
    clock.now += timedelta(days=2)
    await core.handle(staff_says("/schritt 5", IVAN, threads[0]))

    (report,) = await core.handle(staff_says("/stats", IVAN, None))

    lines = report.text.splitlines()
    start = lines.index("9-Schritte-Weg (nur Gruppen ab 5 Personen): 7 Personen")
    assert lines[start + 3] == "Schritt 3: weniger als 5 Personen"  # 2 people
    assert lines[start + 4] == "Schritt 4: weniger als 5 Personen"  # 4 people
    assert lines[start + 5] == "Schritt 5: weniger als 5 Personen"  # 1 person
    assert "3 → 4: 10 Tage 0 Std. (5 Personen)" in lines
    assert "4 → 5: – (weniger als 5 Personen)" in lines


def test_a_broken_path_file_is_refused_with_file_line_and_field(tmp_path: Path) -> None:
    languages = ("de", "en", "ro")
    (tmp_path / "path.yaml").write_text(
        "steps:\n"
        "  - step: 1\n"
        '    title: {de: "Ankommen", en: "Arriving"}\n'
        '    means: {de: "a", en: "b", ro: "c"}\n'
        '    whom: {de: "a", en: "b", ro: "c", xx: "d"}\n'
        "  - step: 12\n"
        '    title: {de: "a", en: "b", ro: "c"}\n',
        encoding="utf-8",
    )

    issues = [str(issue) for issue in inspect_path(tmp_path, languages).errors]

    assert any(":3 steps[0].title: missing translation 'ro'" in i for i in issues), issues
    assert any(":5 steps[0].whom.xx: unknown language 'xx'" in i for i in issues), issues
    assert any(":6 steps[1].step: expected a number from 1 to 9" in i for i in issues), issues
