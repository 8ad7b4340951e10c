"""The content checker's messages (English, for the YAML and the command line) in German for
the desk. Unknown messages are shown as they are: better English than nothing."""

from __future__ import annotations

import re

_GERMAN = [
    (r"'?(.*?)'? is not a time: write HH:MM.*", r"„\1“ ist keine Uhrzeit. Bitte so: 09:30"),
    (r"'?(.*?)'? is not a date: write YYYY-MM-DD.*", r"„\1“ ist kein Datum."),
    (r"'?(.*?)'? is not a weekday", r"„\1“ ist kein Wochentag."),
    (r"end (\S+) is not after start (\S+)", r"Das Ende (\1) liegt nicht nach dem Beginn (\2)."),
    (r"missing German text 'de'", "Der deutsche Text fehlt. Er ist Pflicht."),
    (r"missing German keywords 'de'", "Deutsche Stichwörter fehlen. Sie sind Pflicht."),
    (
        r"missing translation '(\w+)'",
        r"Übersetzung fehlt: \1 (der Bot zeigt dann die nächste Sprache).",
    ),
    (r"missing keywords '(\w+)'", r"Stichwörter fehlen: \1."),
    (r"unknown location '(.*?)'.*", r"Unbekannter Ort „\1“."),
    (r"unknown offer '(.*?)'", r"Unbekanntes Angebot „\1“."),
    (r"required field is missing", "Pflichtfeld fehlt."),
    (
        r"(\S+) is shorter than one slot \((\d+) minutes\)",
        r"\1 ist kürzer als ein Termin (\2 Minuten).",
    ),
    (r"no hours to book.*", "Keine Zeiten für Termine: bitte wöchentliche Zeiten eintragen."),
    (r"give either 'date' or both 'from' and 'to'", "Bitte „von“ und „bis“ angeben."),
    (r"'to' is before 'from'", "„bis“ liegt vor „von“."),
    (r"Input should be greater than or equal to (\d+)", r"Mindestens \1."),
    (r"Input should be less than or equal to (\d+)", r"Höchstens \1."),
    (r"Input should be a valid integer.*", "Bitte eine ganze Zahl."),
    (r"Input should be a valid number.*", "Bitte eine Zahl."),
    (r"List should have at least 1 item.*", "Mindestens ein Eintrag."),
    (r"String should have at least 1 character", "Darf nicht leer sein."),
    (r"outdated: the German text changed.*", "Veraltet: der deutsche Text wurde geändert."),
]
_PATTERNS = [(re.compile(pattern), german) for pattern, german in _GERMAN]


def german(message: str) -> str:
    text = message.removeprefix("warning: ")
    for pattern, replacement in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return match.expand(replacement)
    return text
