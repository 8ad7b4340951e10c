"""The team file (checked like the catalogue), working hours, and what mediators read."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.catalogue.check import run_check
from bot.catalogue.schedule import Closure
from bot.channels.telegram_render import TextPart, render_reply
from bot.config import Settings
from bot.handover import cards
from bot.handover.hours import next_answer_time, who_answers
from bot.handover.team import LiveTeam, inspect_team
from bot.i18n.languages import load_languages
from bot.storage.models import HandoverCase, User
from tests.support.handover import TEST_TEAM, content_with_team

LANGUAGES = load_languages()
MONDAY_0900_BERLIN = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def team_dir(tmp_path: Path, text: str) -> Path:
    (tmp_path / "team.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_shipped_team_is_valid_and_marked_as_examples() -> None:
    inspection = inspect_team(Settings().content_dir, LANGUAGES.codes)

    assert inspection.issues == ()
    assert inspection.team.members and all(member.example for member in inspection.team.members)
    assert any("rom" in member.languages for member in inspection.team.members), (
        "the Romanes mediator"
    )


def test_mistakes_are_named_with_file_line_and_field(tmp_path: Path) -> None:
    text = TEST_TEAM + (
        "  - name: Dup\n"
        "    telegram: 111\n"  # line 16: Ivan's id again
        "    languages: [bg, kurdish]\n"
        "  - name: Late\n"
        "    telegram: 444\n"
        "    languages: [de]\n"
        '    hours: [{weekday: Montag, start: "9", end: "8:00"}]\n'
    )
    issues = [
        str(issue) for issue in inspect_team(team_dir(tmp_path, text), LANGUAGES.codes).issues
    ]

    path = tmp_path / "team.yaml"
    known = ", ".join(load_languages().codes)
    assert f"{path}:17 team[3].languages[1]: unknown language 'kurdish' (known: {known})" in issues
    assert f"{path}:16 team[3].telegram: duplicate telegram id 111 (first at line 3)" in issues
    assert any(
        issue.startswith(f"{path}:21 team[4].hours[0].weekday: 'Montag' is not a weekday")
        for issue in issues
    )


def test_catalogue_check_includes_the_team(tmp_path: Path) -> None:
    content = content_with_team(
        tmp_path, "team:\n  - name: X\n    telegram: -5\n    languages: [de]\n"
    )
    out = io.StringIO()

    assert run_check(content, LANGUAGES.codes, out) == 1
    assert "team.yaml:3 team[0].telegram" in out.getvalue()


def test_a_bad_edit_keeps_the_last_good_team(tmp_path: Path) -> None:
    live = LiveTeam(team_dir(tmp_path, TEST_TEAM), LANGUAGES.codes)
    (tmp_path / "team.yaml").write_text("team: [oops", encoding="utf-8")

    assert [m.name for m in live.current.members] == ["Ivan", "Maria", "Jonas"]


def test_speakers_answer_first_and_everyone_when_nobody_speaks_the_language(tmp_path: Path) -> None:
    team = inspect_team(team_dir(tmp_path, TEST_TEAM), LANGUAGES.codes).team

    assert [m.name for m in who_answers(team, "rom")] == ["Maria"]
    assert [m.name for m in who_answers(team, "fa")] == ["Ivan", "Maria", "Jonas"]
    assert team.find("@IVAN_BG") is team.find("iv") is team.member("111")


def test_now_the_next_start_or_nothing(tmp_path: Path) -> None:
    team = inspect_team(team_dir(tmp_path, TEST_TEAM), LANGUAGES.codes).team

    assert next_answer_time(team.speakers("bg"), MONDAY_0900_BERLIN) == MONDAY_0900_BERLIN
    assert next_answer_time(team.speakers("ro"), MONDAY_0900_BERLIN) == datetime(
        2026, 12, 1, 9, 0, tzinfo=UTC
    )
    assert next_answer_time((), MONDAY_0900_BERLIN) is None
    house_shut = Closure(MONDAY_0900_BERLIN.date(), MONDAY_0900_BERLIN.date(), None, {})
    assert next_answer_time(team.speakers("bg"), MONDAY_0900_BERLIN, [house_shut]) == datetime(
        2026, 12, 7, 7, 0, tzinfo=UTC
    ), "a closed house: next Monday 08:00"


def a_case(name: str, *, language: str = "bg") -> tuple[HandoverCase, User]:
    case = HandoverCase(
        id=42,
        user_id=1,
        language=language,
        display_name=cards.display_name(name),
        urgent=False,
        questions=["как да намеря работа"],
        opened_at=MONDAY_0900_BERLIN,
    )
    return case, User(id=1, channel="telegram", external_id="7")


@pytest.mark.parametrize(
    "name", ["<b>Hacker</b> & *bold*", "Ü" * 200, "👩‍👩‍👧" * 80, "\u202eevil\nname\t"]
)
def test_any_name_makes_a_valid_topic_title(name: str) -> None:
    case, _ = a_case(name)

    title = cards.topic_title(case, LANGUAGES)

    assert title.startswith("🇧🇬 bg · ") and title.endswith(" · #42")
    assert len(title.encode("utf-16-le")) // 2 <= cards.TOPIC_NAME_MAX
    assert "\n" not in title and "\u202e" not in title


def test_the_card_shows_a_name_exactly_as_written(tmp_path: Path) -> None:
    team = inspect_team(team_dir(tmp_path, TEST_TEAM), LANGUAGES.codes).team
    case, user = a_case("<b>Hacker</b> & *bold*")

    card = cards.card(case, user, LANGUAGES, team, ["Deutschkurs: Dienstag, 1. Dezember, 10:00"])
    (part,) = render_reply(card)

    assert isinstance(part, TextPart)
    assert "👤 &lt;b&gt;Hacker&lt;/b&gt; &amp; *bold*" in part.html, "escaped for Telegram's HTML"
    assert part.html.endswith('<a href="tg://user?id=111">Ivan</a>'), (
        "the Bulgarian speaker is mentioned"
    )
    assert "Deutschkurs" in card.text and "как да намеря работа" in card.text


def test_a_closed_card_keeps_no_name_and_no_questions(tmp_path: Path) -> None:
    team = inspect_team(team_dir(tmp_path, TEST_TEAM), LANGUAGES.codes).team
    case, user = a_case("Ana")
    case.closed_at, case.closed_by, case.display_name, case.questions = (
        MONDAY_0900_BERLIN,
        "person",
        None,
        [],
    )

    card = cards.card(case, user, LANGUAGES, team, [])

    assert card.text == "✅ Fall #42 · 🇧🇬 Български (bg) · Telegram\nBeendet von der Person."
    assert not card.buttons and not card.mentions
