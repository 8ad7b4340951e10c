"""The terminal channel: a scripted conversation replayed through ``python -m bot``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from bot.app import open_core
from bot.channels.console import parse_input, render, run_console
from bot.config import PROJECT_ROOT, Settings
from bot.i18n.languages import load_languages
from bot.messages import Button, ChatId, InboundKind, Reply, Venue

OFFERS = yaml.safe_load((PROJECT_ROOT / "content" / "offers.yaml").read_text(encoding="utf-8"))[
    "offers"
]


def offer_title(offer_id: str, language: str) -> str:
    return next(o["title"][language] for o in OFFERS if o["id"] == offer_id)


def replay(script: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'console.sqlite3'}",
        "LANG": "C.UTF-8",
        **env,
    }
    environment.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        input=script,
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def test_scripted_romanian_conversation_in_the_terminal(tmp_path: Path) -> None:
    # Language buttons are numbered in configuration order: 3 is Română; 1 then accepts privacy.
    result = replay("/start\n3\n1\ncand e cursul de germana\n:sticker\n/quit\n", tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[3] 🇷🇴 Română" in out
    assert offer_title("german-course", "ro") in out
    assert "openstreetmap.org" in out, "the place comes with a map link"
    assert "> :sticker" in out
    assert "Traceback" not in result.stderr


def test_scripted_arabic_conversation_and_a_restart_keep_the_language(tmp_path: Path) -> None:
    first = replay("/start\n6\n1\n", tmp_path)
    assert first.returncode == 0, first.stderr
    second = replay("/menu\n", tmp_path)
    assert offer_title("sewing-cafe", "ar") in second.stdout


def test_a_number_taps_the_button_and_pseudo_messages_stand_for_media() -> None:
    buttons = [Button("A", "menu"), Button("B", "help")]
    tapped = parse_input("2", buttons, ChatId("c"), None)
    assert (tapped.kind, tapped.action) == (InboundKind.ACTION, "help")
    assert parse_input("7", buttons, ChatId("c"), None).kind is InboundKind.TEXT
    assert parse_input(":voice", buttons, ChatId("c"), None).kind is InboundKind.VOICE


def test_render_numbers_buttons_across_rows_and_shows_a_map_link() -> None:
    reply = Reply(
        text="Hallo",
        buttons=((Button("Eins", "a"), Button("Zwei", "b")), (Button("Drei", "c"),)),
        venue=Venue("Raum vor Ort", "Beispielstraße 1", 51.52, 7.46),
    )
    shown = render(reply, first_number=4)
    assert "[4] Eins   [5] Zwei" in shown
    assert "[6] Drei" in shown
    assert "mlat=51.52000&mlon=7.46000" in shown


@pytest.mark.parametrize("code", load_languages().codes)
async def test_the_terminal_chat_works_in_every_language(code: str, tmp_path: Path) -> None:
    languages = load_languages()
    number = languages.codes.index(code) + 1
    # Romani speakers first choose the calendar language (button 1: Romanian).
    format_choice = "1\n" if languages[code].format_choices else ""
    script = io.StringIO(f"/start\n{number}\n{format_choice}1\n/menu\n:sticker\n")
    out = io.StringIO()
    settings = replace(Settings(), database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    async with open_core(settings, detect_languages=False, background=False) as core:
        await run_console(core, source=script, out=out, chat_id=f"person-{code}")
        t = core.texts.translator(code, "ro" if format_choice else None)
        transcript = out.getvalue()
    assert offer_title("sewing-cafe", code) in transcript
    assert t._("Talk to a person") in transcript
    assert t._("Thank you! I can read only text and buttons.") in transcript
