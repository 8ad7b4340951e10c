"""Open texts of one language as XLIFF 1.2 for a translator, and the translated file back.

XLIFF rather than XLSX: it is the exchange format translation tools open as it is (OmegaT,
Trados, memoQ, Okapi, Weblate, Virtaal; Integreat's CMS exports it too), it carries the German
source, the target and a state per text, ids survive the round trip, right-to-left scripts
need nothing special, and it needs no new library (the standard XML parser; no DTDs or
entities are accepted). A spreadsheet invites edits in the wrong cell and mangles ids.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_BYTES = 1024 * 1024
MAX_TEXT = 2000  # longer than any offer text; a pasted document is a mistake
_FORBIDDEN = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
UNCHECKED_STATES = {
    "new",
    "needs-translation",
    "needs-adaptation",
    "needs-l10n",
    "needs-review-translation",
    "needs-review-adaptation",
    "needs-review-l10n",
}

STATE_OF = {
    "missing": "needs-translation",
    "outdated": "needs-review-translation",
    "machine": "needs-review-translation",
}


@dataclass(frozen=True)
class OpenText:
    offer_id: str
    name: str  # title, summary, ...
    german: str
    current: str  # the translation as it is, or ""
    state: str  # missing | outdated | machine
    note: str  # for the translator: which offer and text


@dataclass(frozen=True)
class Translated:
    offer_id: str
    name: str
    source: str
    target: str
    reviewed: bool  # the translator's tool marked it done


class XliffError(Exception):
    """The file cannot be read at all; the message (German) says why."""


def export(language: str, texts: Iterable[OpenText]) -> bytes:
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}xliff", {"version": "1.2"})
    file = ET.SubElement(
        root,
        f"{{{NAMESPACE}}}file",
        {
            "original": "offers.yaml",
            "source-language": "de",
            "target-language": language,
            "datatype": "plaintext",
        },
    )
    header = ET.SubElement(file, f"{{{NAMESPACE}}}header")
    ET.SubElement(header, f"{{{NAMESPACE}}}note").text = (
        "Erstkontakt: Angebote für Neuankömmlinge. Kurze, einfache Sätze; viele Leser*innen "
        "lesen wenig. Short, simple sentences: many readers read little."
    )
    body = ET.SubElement(file, f"{{{NAMESPACE}}}body")
    for text in texts:
        unit = ET.SubElement(
            body, f"{{{NAMESPACE}}}trans-unit", {"id": f"{text.offer_id}/{text.name}"}
        )
        ET.SubElement(unit, f"{{{NAMESPACE}}}source", {XML_LANG: "de"}).text = text.german
        target = ET.SubElement(
            unit, f"{{{NAMESPACE}}}target", {XML_LANG: language, "state": STATE_OF[text.state]}
        )
        target.text = text.current
        ET.SubElement(unit, f"{{{NAMESPACE}}}note").text = text.note
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def parse(data: bytes) -> tuple[str, list[Translated], list[str]]:
    """The target language, the translated texts, and problems with single units (German)."""
    if len(data) > MAX_BYTES:
        raise XliffError("Die Datei ist zu groß (höchstens 1 MB).")
    if _FORBIDDEN.search(data):
        raise XliffError(
            "Die Datei enthält eine DOCTYPE- oder ENTITY-Angabe; so etwas nehmen "
            "wir aus Sicherheitsgründen nicht an."
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise XliffError(f"Kein gültiges XLIFF: Fehler in Zeile {error.position[0]}.") from None
    if root.tag != f"{{{NAMESPACE}}}xliff":
        raise XliffError("Das ist keine XLIFF-1.2-Datei (bitte als XLIFF 1.2 exportieren).")
    files = root.findall(f"{{{NAMESPACE}}}file")
    if len(files) != 1:
        raise XliffError("Die Datei muss genau einen <file>-Abschnitt haben.")
    language = files[0].get("target-language", "")
    units: list[Translated] = []
    problems: list[str] = []
    for unit in files[0].iter(f"{{{NAMESPACE}}}trans-unit"):
        unit_id = unit.get("id", "")
        offer_id, _, name = unit_id.partition("/")
        source = unit.find(f"{{{NAMESPACE}}}source")
        target = unit.find(f"{{{NAMESPACE}}}target")
        text = "".join(target.itertext()).strip() if target is not None else ""
        if not text:
            continue  # not translated (yet): nothing to take
        if len(text) > MAX_TEXT or _CONTROL.search(text):
            problems.append(f"{unit_id}: Text zu lang oder mit Steuerzeichen – übersprungen.")
            continue
        state = target.get("state", "") if target is not None else ""
        units.append(
            Translated(
                offer_id,
                name,
                "".join(source.itertext()) if source is not None else "",
                " ".join(text.split()),
                reviewed=state not in UNCHECKED_STATES,
            )
        )
    return language, units, problems
