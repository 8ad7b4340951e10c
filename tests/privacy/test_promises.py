"""Every number the privacy texts promise is the setting the code deletes by, in every language,
and the README and the staff guides say the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import open_core
from bot.config import PROJECT_ROOT, Settings
from bot.i18n.languages import load_languages
from bot.privacy.retention import KEEP_WITHOUT_CONSENT, PURGE_EVERY
from tests.support.conversation import Chat, FixedClock
from tests.support.staff import STAFF_GROUP

LANGUAGES = load_languages().codes
QUESTIONS_DAYS, RELAYED_DAYS, RETENTION_DAYS = 77, 23, 151  # not the defaults: read, not typed


@pytest.mark.parametrize("code", LANGUAGES)
async def test_the_privacy_note_and_screen_state_the_configured_periods(
    code: str, tmp_path: Path
) -> None:
    settings = replace(
        Settings(),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        question_log_days=QUESTIONS_DAYS,
        relay_retention_days=RELAYED_DAYS,
        retention_days=RETENTION_DAYS,
        watch_content=False,
        staff_chat_id=STAFF_GROUP,  # a team to talk to: the note then says what it keeps
    )
    async with open_core(settings, clock=FixedClock(), detect_languages=False) as core:
        person = Chat(core, f"promises-{code}")
        await person.send("/start")
        await person.press(f"lang:{code}")
        if any(b.action.startswith("fmt:") for b in person.buttons):
            await person.press(person.buttons[0].action)
        note = person.text
        await person.press("consent:yes")
        await person.send("/privacy")
        screen = person.text

    for text in (note, screen):
        assert str(QUESTIONS_DAYS) in text, "how long questions are kept"
        assert str(RELAYED_DAYS) in text, "how long what the team sees is kept"
    assert str(RETENTION_DAYS) in screen


def test_the_written_promises_match_the_settings() -> None:
    defaults = Settings()
    readme, staff, mediators = (
        " ".join((PROJECT_ROOT / name).read_text(encoding="utf-8").split())  # lines joined
        for name in ("README.md", "docs/staff-guide.md", "docs/mediator-guide.md")
    )
    relayed, questions = defaults.relay_retention_days, defaults.question_log_days
    never_agreed = int(KEEP_WITHOUT_CONSENT / PURGE_EVERY) + 1  # hours, at the latest

    assert f"`RELAY_RETENTION_DAYS` | `{relayed}`" in readme
    assert f"`QUESTION_LOG_DAYS` | `{questions}`" in readme
    assert f"`RETENTION_DAYS` | `{defaults.retention_days}`" in readme
    assert f"wird nach {relayed} Tagen" in readme and f"deleted after {relayed} days" in readme
    assert f"Nach {questions} Tagen werden sie gelöscht" in readme
    assert f"deleted after {questions} days" in readme
    assert f"nach {never_agreed} Stunden" in readme and f"after {never_agreed} hours" in readme
    assert f"nach höchstens {never_agreed} Stunden" in staff
    for guide in (staff, mediators):
        assert f"{relayed} Tage" in guide, "how long topics stay in the staff group"
    assert f"{questions} Tage" in staff, "how long /unanswered questions stay"
