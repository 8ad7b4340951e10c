"""`catalogue check` names the translation status of every offer in every language."""

from __future__ import annotations

from tests.catalogue.conftest import CheckRun, ContentCopy

OFFERS = "offers.yaml"


def status_row(run: CheckRun, offer_id: str) -> dict[str, str]:
    lines = run.output.splitlines()
    header = next(line for line in lines if line.startswith("offer "))
    row = next(line for line in lines if line.startswith(f"{offer_id} "))
    return dict(zip(header.split()[1:], row.split()[1:], strict=True))


def test_each_offer_shows_reviewed_machine_outdated_and_missing_per_language(
    content_copy: ContentCopy, languages: list[str]
) -> None:
    content_copy.edit(
        OFFERS,
        'de: "Eltern treffen sich, die Kinder spielen."',
        'de: "Eltern und Kinder treffen sich."',
    )
    content_copy.edit(
        OFFERS,
        "      ro: {status: machine, source: de-382dd759}",
        "      ro: {status: reviewed, source: de-382dd759}",
    )
    content_copy.edit(OFFERS, '      fa: "کافه والدین"\n', "")
    content_copy.edit(
        OFFERS,
        "      ro: {status: machine, source: de-f59d343f}",
        "      ro: {status: reviewed, source: de-f59d343f}",
    )

    run = content_copy.check(languages)

    assert "r = reviewed, m = machine (not reviewed), o = outdated, - = missing" in run.output
    cafe = status_row(run, "parents-cafe")
    assert cafe["de"] == "m"  # German is the source: never outdated, still unreviewed
    assert cafe["en"] == "o" and cafe["ro"] == "o", (
        "a German edit outdates even a reviewed translation"
    )
    assert cafe["fa"] == "-"
    sewing = status_row(run, "sewing-cafe")
    assert list(sewing) == languages
    assert sewing["ro"] == "r"
    assert {sewing[code] for code in languages if code != "ro"} == {"m"}
