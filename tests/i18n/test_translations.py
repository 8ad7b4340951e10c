"""Every language has every UI text German has; fallbacks and formatting behave per language."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n.languages import SOURCE_LANGUAGE, load_languages
from bot.i18n.translator import TextCatalogs, missing_texts, po_path, read_catalog

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()


@pytest.fixture(scope="module")
def catalogs() -> TextCatalogs:
    return TextCatalogs(LOCALES, LANGUAGES, "Europe/Berlin")


@pytest.mark.parametrize("code", [c for c in LANGUAGES.codes if c != SOURCE_LANGUAGE])
def test_every_language_has_every_ui_text_german_has(code: str) -> None:
    german = read_catalog(po_path(LOCALES, SOURCE_LANGUAGE))
    missing = missing_texts(german, read_catalog(po_path(LOCALES, code)))
    assert not missing, f"{code} lacks {len(missing)} UI text(s), e.g. {missing[:5]}"


def test_german_translates_every_string_in_the_template() -> None:
    template = read_catalog(LOCALES / "bot.pot")
    missing = missing_texts(template, read_catalog(po_path(LOCALES, SOURCE_LANGUAGE)))
    assert not missing, f"de.po lacks {missing[:5]}: run `python -m bot translations update`"


def test_texts_differ_per_language(catalogs: TextCatalogs) -> None:
    labels = {code: catalogs.translator(code)._("Talk to a person") for code in LANGUAGES}
    assert labels["de"] != labels["en"]
    assert labels["ro"] != labels["de"]
    assert len(set(labels.values())) >= 8, labels


def test_a_missing_romani_text_falls_back_along_the_chosen_chain(tmp_path: Path) -> None:
    # A locales copy where Romani lacks one text: the person's chosen fallback fills it.
    for code in LANGUAGES:
        target = po_path(tmp_path, code)
        target.parent.mkdir(parents=True)
        text = po_path(LOCALES, code).read_text(encoding="utf-8")
        if code == "rom":
            text = _blank(text, "Talk to a person")
        target.write_text(text, encoding="utf-8")
    catalogs = TextCatalogs(tmp_path, LANGUAGES, "Europe/Berlin")
    via_bulgarian = catalogs.translator("rom", format_choice="bg")._("Talk to a person")
    via_romanian = catalogs.translator("rom", format_choice="ro")._("Talk to a person")
    assert via_bulgarian == catalogs.translator("bg")._("Talk to a person")
    assert via_romanian == catalogs.translator("ro")._("Talk to a person")


def _blank(po_text: str, msgid: str) -> str:
    marker = f'msgid "{msgid}"\nmsgstr "'
    start = po_text.index(marker) + len(marker)
    end = po_text.index('"\n', start)
    return po_text[:start] + po_text[end:]


def test_dates_and_times_read_naturally_in_each_language(catalogs: TextCatalogs) -> None:
    # 09:00 UTC on 1 December 2026 is 10:00 in Berlin (winter time), a Tuesday.
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert catalogs.translator("de").day(moment) == "Dienstag, 1. Dezember"
    assert catalogs.translator("ro").day(moment).startswith("marți")
    assert catalogs.translator("bg").day(moment).startswith("вторник")
    assert catalogs.translator("uk").day(moment).startswith("вівторок")
    assert catalogs.translator("tr").day(moment).endswith("Salı")
    assert "الثلاثاء" in catalogs.translator("ar").day(moment)
    assert catalogs.translator("de").clock(moment) == "10:00"


def test_tomorrow_is_glued_to_the_date_with_the_languages_own_comma() -> None:
    # Found in a trial: "غدًا, الثلاثاء، 8 ديسمبر" mixed a Latin comma into the Arabic.
    catalogs = TextCatalogs(LOCALES, LANGUAGES, "Europe/Berlin")
    catalogs.clock = lambda: datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    tomorrow = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    assert catalogs.translator("ar").day(tomorrow).startswith("غدًا، ")
    assert catalogs.translator("fa").day(tomorrow).startswith("فردا،")
    assert catalogs.translator("de").day(tomorrow) == "morgen, Dienstag, 8. Dezember"
    assert catalogs.translator("tr").day(tomorrow).startswith("yarın, ")


def test_summer_time_is_berlin_time(catalogs: TextCatalogs) -> None:
    assert catalogs.translator("de").clock(datetime(2026, 7, 7, 8, 0, tzinfo=UTC)) == "10:00"


def test_romani_dates_use_the_calendar_language_the_person_chose(catalogs: TextCatalogs) -> None:
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert catalogs.translator("rom", format_choice="bg").day(moment).startswith("вторник")
    assert catalogs.translator("rom", format_choice="ro").day(moment).startswith("marți")


def test_naive_datetimes_are_refused(catalogs: TextCatalogs) -> None:
    with pytest.raises(ValueError, match="naive"):
        catalogs.translator("de").day(datetime(2026, 12, 1, 10, 0))


def test_right_to_left_languages_are_marked(catalogs: TextCatalogs) -> None:
    assert catalogs.translator("ar").rtl and catalogs.translator("fa").rtl
    assert not catalogs.translator("uk").rtl
    assert catalogs.translator("fa").isolate("10:00") == "\u206810:00\u2069"


def test_lists_are_joined_in_the_language(catalogs: TextCatalogs) -> None:
    assert catalogs.translator("de").join(["A", "B", "C"]) == "A, B und C"
    assert catalogs.translator("ro").join(["A", "B"]) == "A și B"


def test_device_language_tags_map_to_our_codes() -> None:
    assert LANGUAGES.match_hint("uk-UA") == "uk"
    assert LANGUAGES.match_hint("pt-BR") is None
    assert LANGUAGES.match_hint("rmy") == "rom"
    assert LANGUAGES.match_hint(None) is None
