"""The shipped catalogue and phrase lists, read once per test module (without the model)."""

from __future__ import annotations

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.understanding import Understander


@pytest.fixture(scope="module")
def snapshot() -> Snapshot:
    return LiveCatalogue(PROJECT_ROOT / "content", load_languages().codes, model=None).current


@pytest.fixture(scope="module")
def understander() -> Understander:
    return Understander.load(PROJECT_ROOT / "locales")
