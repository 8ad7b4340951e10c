"""`catalogue check` on broken copies of the content: exit 1 and a message at the right line."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from bot.catalogue.issues import CatalogueError
from bot.catalogue.loader import load_catalogue
from tests.catalogue.conftest import ContentCopy
from tests.support.zones import BERLIN

OFFERS = "offers.yaml"
LOCATIONS = "locations.yaml"


def test_bad_yaml_syntax_names_the_broken_line(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(OFFERS, '      de: "Deutschkurs"', "      de: Deutsch: Kurs")
    line = content_copy.line_of(OFFERS, "de: Deutsch: Kurs")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    assert "YAML syntax error" in run.issue_line(content_copy.root / OFFERS, line, "")


def test_german_weekday_name_is_rejected(content_copy: ContentCopy, languages: list[str]) -> None:
    content_copy.edit(
        OFFERS, '{weekday: wednesday, start: "09:30"', '{weekday: Montag, start: "09:30"'
    )
    line = content_copy.line_of(OFFERS, "weekday: Montag")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / OFFERS, line, "offers[1].schedule[0].weekday")
    assert message.endswith(": 'Montag' is not a weekday")


def test_missing_translation_fails_the_check_but_the_bot_falls_back(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(OFFERS, '      fa: "کافه والدین"\n', "")
    title_line = content_copy.line_of(OFFERS, 'de: "Elterncafé"') - 1

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / OFFERS, title_line, "offers[1].title")
    assert message.endswith(": missing translation 'fa'")
    running_bot = load_catalogue(content_copy.root, languages)
    assert any(str(w).endswith("missing translation 'fa'") for w in running_bot.warnings)
    cafe = running_bot.catalogue.offer("parents-cafe")
    assert cafe is not None
    assert cafe.text("title", ["fa", "en", "de"]) == "Parents' café"


def test_missing_german_is_an_error_even_for_the_running_bot(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    title_line = content_copy.line_of(OFFERS, 'de: "Nähcafé"') - 1
    content_copy.edit(OFFERS, '      de: "Nähcafé"\n', "")

    with pytest.raises(CatalogueError) as raised:
        load_catalogue(content_copy.root, languages)

    assert (
        f"{content_copy.root / OFFERS}:{title_line} offers[2].title: missing German text 'de'"
        in [str(issue) for issue in raised.value.issues]
    )


def test_language_the_bot_does_not_speak(content_copy: ContentCopy, languages: list[str]) -> None:
    content_copy.edit(
        OFFERS, '      fa: "کافه خیاطی"\n', '      fa: "کافه خیاطی"\n      fr: "Couture"\n'
    )
    line = content_copy.line_of(OFFERS, 'fr: "Couture"')

    run = content_copy.check(languages)

    assert run.exit_code == 1
    assert "unknown language 'fr'" in run.issue_line(
        content_copy.root / OFFERS, line, "offers[2].title.fr"
    )


def test_unknown_location(content_copy: ContentCopy, languages: list[str]) -> None:
    content_copy.edit(OFFERS, "location: willkommen-europa", "location: willkommen-europe")
    line = content_copy.line_of(OFFERS, "location: willkommen-europe")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / OFFERS, line, "offers[5].location")
    assert "unknown location 'willkommen-europe'" in message


def test_duplicate_offer_id_names_both_lines(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    first = content_copy.line_of(OFFERS, "id: parents-cafe")
    second = content_copy.line_of(OFFERS, "id: sewing-cafe")
    content_copy.edit(OFFERS, "id: sewing-cafe", "id: parents-cafe")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / OFFERS, second, "offers[2].id")
    assert message.endswith(f"duplicate id 'parents-cafe' (first at line {first})")


def test_duplicate_location_id(content_copy: ContentCopy, languages: list[str]) -> None:
    first = content_copy.line_of(LOCATIONS, "id: raum-vor-ort")
    second = content_copy.line_of(LOCATIONS, "id: willkommen-europa")
    content_copy.edit(LOCATIONS, "id: willkommen-europa", "id: raum-vor-ort")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / LOCATIONS, second, "locations[1].id")
    assert message.endswith(f"duplicate id 'raum-vor-ort' (first at line {first})")


def test_end_before_start(content_copy: ContentCopy, languages: list[str]) -> None:
    content_copy.edit(OFFERS, 'start: "14:00", end: "17:00"', 'start: "14:00", end: "13:00"')
    line = content_copy.line_of(OFFERS, 'end: "13:00"')

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / OFFERS, line, "offers[2].schedule[0].end")
    assert message.endswith(": end 13:00 is not after start 14:00")


def test_media_file_that_does_not_exist(content_copy: ContentCopy, languages: list[str]) -> None:
    content_copy.edit(
        OFFERS, '    icon: "🧵"\n', '    icon: "🧵"\n    media: {image: {tr: media/sewing.jpg}}\n'
    )
    line = content_copy.line_of(OFFERS, "media: {image")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    message = run.issue_line(content_copy.root / OFFERS, line, "offers[2].media.image.tr")
    assert "file not found" in message
    assert "media/sewing.jpg" in message


def test_existing_media_is_sent_in_the_readers_language(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    media = content_copy.root / "media"
    media.mkdir()
    (media / "sewing-de.jpg").write_bytes(b"jpeg")
    (media / "sewing-ro.jpg").write_bytes(b"jpeg")
    content_copy.edit(
        OFFERS,
        '    icon: "🧵"\n',
        '    icon: "🧵"\n    media: {image: {de: media/sewing-de.jpg, ro: media/sewing-ro.jpg}}\n',
    )

    run = content_copy.check(languages)
    sewing = load_catalogue(content_copy.root, languages).catalogue.offer("sewing-cafe")

    assert run.exit_code == 0
    assert sewing is not None
    assert sewing.media_for("image", ["rom", "ro", "bg", "de"]) == media / "sewing-ro.jpg"
    assert sewing.media_for("image", "de") == media / "sewing-de.jpg"
    assert sewing.media_for("image", ["ar", "en"]) is None
    assert sewing.media_for("audio", ["de"]) is None


def test_every_problem_in_every_file_is_reported_in_one_run(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(
        OFFERS, '{weekday: wednesday, start: "09:30"', '{weekday: Montag, start: "09:30"'
    )
    content_copy.edit(OFFERS, "location: willkommen-europa", "location: nowhere")
    content_copy.edit(LOCATIONS, "latitude: 51.5218", "latitude: 151.5218")

    run = content_copy.check(languages)

    assert run.exit_code == 1
    assert "'Montag' is not a weekday" in run.output
    assert "unknown location 'nowhere'" in run.output
    assert "locations[1].latitude" in run.output
    assert "3 error(s)" in run.output


def test_unquoted_times_are_read_as_clock_times(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    """YAML 1.1 would read 10:00 as the number 600; staff should not have to know that."""
    content_copy.edit(
        OFFERS,
        '{weekday: tuesday, start: "10:00", end: "12:00"}',
        "{weekday: tuesday, start: 10:00, end: 12:00}",
    )

    course = load_catalogue(content_copy.root, languages, strict=True).catalogue.offer(
        "german-course"
    )

    assert course is not None
    first = course.next_occurrences(datetime(2026, 11, 2, 8, tzinfo=BERLIN), 1)[0]
    assert (first.start.date().isoformat(), first.start.time()) == ("2026-11-03", time(10))


def test_editing_german_marks_translations_outdated(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(
        OFFERS,
        'de: "Eltern treffen sich, die Kinder spielen."',
        'de: "Eltern und Kinder treffen sich."',
    )

    run = content_copy.check(languages)

    assert run.exit_code == 0  # outdated is a warning: the old translation is still shown
    outdated = [line for line in run.output.splitlines() if "offers[1].review." in line]
    assert len(outdated) == len(languages) - 1
    assert all("warning: outdated" in line for line in outdated)
    table = {line.split()[0]: line.split()[1:] for line in run.output.splitlines() if line.strip()}
    assert table["en"] == ["0", "42", "7"]  # missing, machine, outdated
    assert table["de"] == ["0", "42", "0"]


def test_rewrapping_german_text_does_not_mark_translations_outdated(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(
        OFFERS,
        'de: "Eltern treffen sich, die Kinder spielen."',
        'de: "Eltern treffen sich,  die Kinder spielen. "',
    )

    run = content_copy.check(languages)

    assert run.output.endswith("0 error(s), 0 warning(s).\n")
