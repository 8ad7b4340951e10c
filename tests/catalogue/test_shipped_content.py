"""The content we ship: complete in every language, strictly valid, and usable by the bot."""

from __future__ import annotations

import io
from datetime import datetime

import yaml

from bot.catalogue.check import run_check
from bot.catalogue.loader import load_catalogue
from bot.catalogue.model import BookingMode
from bot.catalogue.texts import TEXT_FIELDS
from tests.catalogue.conftest import SHIPPED_CONTENT
from tests.support.zones import BERLIN

REQUIRED_OFFERS = (
    "german-course",
    "parents-cafe",
    "sewing-cafe",
    "office-hours",
    "romanian-breakfast",
    "welcome-europe",
)
BOOKABLE = {"german-course", "office-hours", "welcome-europe"}
NORDSTADT_LATITUDE = (51.51, 51.54)
NORDSTADT_LONGITUDE = (7.44, 7.50)


def test_catalogue_check_passes_with_no_errors_or_warnings(languages: list[str]) -> None:
    out = io.StringIO()
    assert run_check(SHIPPED_CONTENT, languages, out) == 0
    assert "0 error(s), 0 warning(s)." in out.getvalue()


def test_loads_strictly_with_every_required_offer_and_place(languages: list[str]) -> None:
    result = load_catalogue(SHIPPED_CONTENT, languages, strict=True)
    assert result.warnings == ()
    assert set(REQUIRED_OFFERS) <= set(result.catalogue.offers)
    assert {"raum-vor-ort", "willkommen-europa"} <= set(result.catalogue.locations)


def test_every_offer_text_and_keyword_list_exists_in_every_language(languages: list[str]) -> None:
    """Read the raw YAML, so this holds even if the loader's own checks had a gap."""
    raw = yaml.safe_load((SHIPPED_CONTENT / "offers.yaml").read_text(encoding="utf-8"))
    gaps = [
        f"{offer['id']}.{field}.{language}"
        for offer in raw["offers"]
        for field in (*TEXT_FIELDS, "keywords")
        for language in languages
        if not offer[field].get(language)
    ]
    assert gaps == []


def test_appointments_can_be_booked_exactly_where_intended(languages: list[str]) -> None:
    catalogue = load_catalogue(SHIPPED_CONTENT, languages).catalogue
    bookable = {
        offer.id
        for offer in catalogue.offers.values()
        if offer.booking_mode is BookingMode.APPOINTMENT
    }
    assert bookable == BOOKABLE


def test_romanian_breakfast_is_held_in_romanian_and_romani(languages: list[str]) -> None:
    breakfast = load_catalogue(SHIPPED_CONTENT, languages).catalogue.offer("romanian-breakfast")
    assert breakfast is not None
    assert {"ro", "rom"} <= set(breakfast.languages)


def test_map_pins_lie_in_dortmund_nordstadt(languages: list[str]) -> None:
    """Catches swapped latitude/longitude, which would send people to the wrong place."""
    catalogue = load_catalogue(SHIPPED_CONTENT, languages).catalogue
    for location in catalogue.locations.values():
        assert NORDSTADT_LATITUDE[0] < location.latitude < NORDSTADT_LATITUDE[1], location.id
        assert NORDSTADT_LONGITUDE[0] < location.longitude < NORDSTADT_LONGITUDE[1], location.id


def test_every_offer_shows_upcoming_dates(languages: list[str]) -> None:
    catalogue = load_catalogue(SHIPPED_CONTENT, languages).catalogue
    now = datetime.now(BERLIN)
    for offer in catalogue.offers.values():
        assert offer.next_occurrences(now, 1), f"{offer.id} would say 'no dates planned'"


def test_romani_reader_sees_romani_titles(languages: list[str]) -> None:
    offer = load_catalogue(SHIPPED_CONTENT, languages).catalogue.offer("german-course")
    assert offer is not None
    assert offer.text("title", ["rom", "ro", "bg", "de"]) == "Kurso vaš i nemcikani čhib"
