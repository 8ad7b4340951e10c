"""Printable flyers: the offer in one language, and a QR code that opens the bot on that offer."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from bot.__main__ import main
from bot.staff import flyer


@pytest.fixture(autouse=True)
def bot_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_USERNAME", "@ErstkontaktBot")


@pytest.mark.parametrize("language", ["ro", "fa"])
def test_the_flyers_qr_code_opens_the_offer_in_the_flyers_language(
    language: str, tmp_path: Path
) -> None:
    out = tmp_path / f"flyer-{language}.png"

    assert main(["flyer", "--offer", "sewing-cafe", "--lang", language, "--out", str(out)]) == 0

    with Image.open(out) as image:
        assert image.size == (flyer.WIDTH, flyer.HEIGHT)  # A4 at 150 dpi
        codes = zxingcpp.read_barcodes(image)
    assert [code.text for code in codes] == [
        f"https://t.me/ErstkontaktBot?start={language}-sewing-cafe"
    ]


def test_a_pdf_flyer_for_printing(tmp_path: Path) -> None:
    out = tmp_path / "flyer.pdf"

    assert main(["flyer", "--offer", "german-course", "--lang", "uk", "--out", str(out)]) == 0

    assert out.read_bytes().startswith(b"%PDF")


def test_arabic_is_refused_rather_than_printed_with_broken_letters(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(flyer.features, "check", lambda feature: False)  # no raqm/FriBiDi

    assert (
        main(["flyer", "--offer", "sewing-cafe", "--lang", "ar", "--out", str(tmp_path / "f.png")])
        == 1
    )

    assert "libfribidi0" in capsys.readouterr().err
    assert not (tmp_path / "f.png").exists()


def test_without_the_bots_name_there_is_no_qr_code_to_print(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_USERNAME")

    assert main(["flyer", "--offer", "sewing-cafe", "--lang", "de"]) == 2

    assert "TELEGRAM_BOT_USERNAME" in capsys.readouterr().err
