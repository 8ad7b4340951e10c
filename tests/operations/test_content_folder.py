"""``erstkontakt init DIR``: the staff's own content folder, apart from the code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.config import PROJECT_ROOT


def test_init_creates_a_folder_that_passes_the_catalogue_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "srv" / "content"

    assert main(["init", str(folder)]) == 0

    assert (folder / "offers.yaml").read_bytes() == (
        PROJECT_ROOT / "content/offers.yaml"
    ).read_bytes()
    assert "CONTENT_DIR" in capsys.readouterr().out
    monkeypatch.setenv("CONTENT_DIR", str(folder))
    assert main(["catalogue", "check"]) == 0


def test_init_never_overwrites_staff_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "offers.yaml").write_text("offers: [] # edited by staff\n", encoding="utf-8")

    assert main(["init", str(folder)]) == 1

    assert "not empty" in capsys.readouterr().err
    assert (folder / "offers.yaml").read_text(encoding="utf-8") == "offers: [] # edited by staff\n"


def test_without_a_catalogue_the_bot_says_how_to_make_one(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        env={"PATH": "/usr/bin:/bin", "CONTENT_DIR": str(tmp_path / "missing")},
        cwd=PROJECT_ROOT,
        input="hallo\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 2
    assert "erstkontakt init" in result.stderr and "CONTENT_DIR" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_content_folder_inside_the_checkout_is_called_out(tmp_path: Path) -> None:
    from bot.operations.content_folder import inside_code_checkout

    if not (PROJECT_ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    assert inside_code_checkout(PROJECT_ROOT / "content")
    assert not inside_code_checkout(tmp_path / "content")
