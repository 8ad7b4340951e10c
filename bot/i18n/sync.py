"""Keep ``locales/`` in step with the code: extract UI strings, update every ``.po`` file.

``pybabel update`` refuses Romani (no CLDR locale), so this does the same with Babel's API
for every configured language. New strings arrive empty and flagged ``unreviewed``.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import write_po

from bot.config import PROJECT_ROOT
from bot.i18n.languages import Languages
from bot.i18n.translator import DOMAIN, UNREVIEWED_FLAG, po_path, read_catalog

TEMPLATE_NAME = f"{DOMAIN}.pot"
KEYWORDS = {"_": None, "ngettext": (1, 2)}


def extract(source_dir: Path = PROJECT_ROOT / "bot") -> Catalog:
    template = Catalog(project="Erstkontakt", domain=DOMAIN, fuzzy=False)
    for _filename, _lineno, message, comments, context in extract_from_dir(
        str(source_dir), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        template.add(message, None, auto_comments=comments, context=context)
    return template


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(
            handle, catalog, width=100, omit_header=False, sort_output=True, ignore_obsolete=True
        )


def update_all(locales_dir: Path, languages: Languages) -> dict[str, int]:
    """Write the template and bring each language up to date; returns new strings per language."""
    template = extract()
    _write(template, locales_dir / TEMPLATE_NAME)
    added: dict[str, int] = {}
    for code, language in languages.items():
        path = po_path(locales_dir, code)
        if path.exists():
            catalog = read_catalog(path)
        else:
            # Without a CLDR locale (Romani) Babel assumes two plural forms, as Romani has.
            catalog = Catalog(locale=language.locale, domain=DOMAIN, fuzzy=False)
            catalog.language_team = language.name
        known = {message.id for message in catalog if message.id}
        # no_fuzzy_matching: a guessed translation of a similar string would mislead readers.
        catalog.update(template, no_fuzzy_matching=True)
        added[code] = 0
        for message in catalog:
            if message.id and message.id not in known:
                message.flags.add(UNREVIEWED_FLAG)
                added[code] += 1
        catalog.obsolete.clear()
        _write(catalog, path)
    return added
