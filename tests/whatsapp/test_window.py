"""The 24-hour window and the templates configured to cross it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.channels.whatsapp_window import (
    SERVICE_WINDOW,
    Template,
    load_templates,
    window_open,
)

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TEMPLATES = {
    "reminder": {
        "de": {"name": "erinnerung_de", "params": ["when"]},
        "ro": {"name": "reminder_ro", "params": ["when"]},
        "rom": {"name": "reminder_ro", "language": "ro", "params": ["when"]},
    },
    "notice": {"de": "nachricht_de", "en": "message_en"},
}


@pytest.mark.parametrize(
    ("silent_for", "is_open"),
    [
        (timedelta(minutes=1), True),
        (timedelta(hours=23), True),
        (timedelta(hours=23, minutes=55), False),
        (SERVICE_WINDOW, False),
        (timedelta(days=3), False),
    ],
)
def test_the_window_closes_a_little_before_24_hours(silent_for: timedelta, is_open: bool) -> None:
    assert window_open(NOW - silent_for, NOW) is is_open


def test_nobody_who_never_wrote_has_an_open_window() -> None:
    assert not window_open(None, NOW)


def test_a_template_is_chosen_by_purpose_along_the_language_chain() -> None:
    templates = load_templates(json.dumps(TEMPLATES), Path("."))

    assert templates.choose("reminder", ["ro", "de"]) == Template("reminder_ro", "ro", ("when",))
    assert templates.choose("reminder", ["rom", "ro", "de"]) == Template(
        "reminder_ro", "ro", ("when",)
    )
    assert templates.choose("reminder", ["uk", "de"]) == Template("erinnerung_de", "de", ("when",))


def test_a_purpose_without_its_own_template_gets_the_notice() -> None:
    templates = load_templates(json.dumps(TEMPLATES), Path("."))

    assert templates.choose("mediator_reply", ["en", "de"]) == Template("message_en", "en")
    assert templates.choose("mediator_reply", ["tr"]) is None


def test_nothing_configured_means_no_template() -> None:
    assert load_templates(None, Path(".")).choose("reminder", ["de"]) is None


def test_parameters_come_from_the_reply_extras() -> None:
    template = Template("reminder_ro", "ro", ("when", "where"))

    message = template.message({"when": "joi, 3 decembrie, 14:00"})

    assert message == {
        "type": "template",
        "template": {
            "name": "reminder_ro",
            "language": {"code": "ro"},
            "components": [
                {
                    "type": "body",
                    "parameters": [
                        {"type": "text", "text": "joi, 3 decembrie, 14:00"},
                        {"type": "text", "text": "…"},  # Meta refuses empty parameters
                    ],
                }
            ],
        },
    }


def test_templates_may_live_in_a_yaml_file(tmp_path: Path) -> None:
    (tmp_path / "whatsapp-templates.yaml").write_text(
        "reminder:\n  de: {name: erinnerung_de, params: [when]}\nnotice:\n  de: nachricht_de\n",
        encoding="utf-8",
    )

    templates = load_templates("whatsapp-templates.yaml", tmp_path)

    assert templates.choose("reminder", ["de"]) == Template("erinnerung_de", "de", ("when",))


@pytest.mark.parametrize(
    ("raw", "complaint"),
    [
        ('{"reminder": ', "cannot be read"),
        ("missing.yaml", "cannot be read"),
        ('["erinnerung_de"]', "expected"),
        ('{"reminder": "erinnerung_de"}', "reminder"),
        ('{"reminder": {"de": 3}}', "reminder.de"),
        ('{"reminder": {"de": {"name": "x", "params": "when"}}}', "params"),
    ],
)
def test_a_broken_configuration_is_named(raw: str, complaint: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=complaint):
        load_templates(raw, tmp_path)
