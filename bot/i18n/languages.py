"""The supported languages, read from ``locales/languages.yaml`` (data, not code)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError

from bot.config import PROJECT_ROOT

# libyaml's parser when installed: the same data as yaml.safe_load, about ten times faster
# (read at every start and by every core a test opens).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_SAFE_LOADER)


SOURCE_LANGUAGE = "de"
"""Every text is written in German first; German closes every fallback chain."""

DEFAULT_LANGUAGES_FILE = PROJECT_ROOT / "locales" / "languages.yaml"


@dataclass(frozen=True)
class Language:
    """One language the bot speaks, and how to fall back when a text or a locale is missing."""

    code: str
    name: str
    flag: str
    locale: str | None
    rtl: bool
    fallbacks: tuple[str, ...]
    format_choices: tuple[str, ...] = ()
    # How other languages call this one where CLDR has no name or an unkind one (reader -> name)
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The language as a button shows it: its own name, with a flag where one fits."""
        return f"{self.flag} {self.name}".strip()

    @property
    def chain(self) -> tuple[str, ...]:
        """Where texts are looked up, in order: this language, its fallbacks, then German."""
        chain = [self.code, *self.fallbacks]
        if SOURCE_LANGUAGE not in chain:
            chain.append(SOURCE_LANGUAGE)
        return tuple(dict.fromkeys(chain))


class Languages(Mapping[str, Language]):
    """The configured languages in display order, looked up by code."""

    def __init__(self, languages: Sequence[Language]) -> None:
        self._by_code = {language.code: language for language in languages}

    def __getitem__(self, code: str) -> Language:
        return self._by_code[code]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_code)

    def __len__(self) -> int:
        return len(self._by_code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def babel_locale(self, code: str, format_choice: str | None = None) -> Locale:
        """The CLDR locale to format with: the language's own, else the person's or the chain's."""
        language = self._by_code[code]
        candidates: list[str | None] = [language.locale]
        if format_choice and format_choice in self._by_code:
            candidates.append(self._by_code[format_choice].locale)
        candidates += [self._by_code[c].locale for c in language.chain if c in self._by_code]
        for candidate in candidates:
            if candidate:
                return _locale(candidate)
        return _locale("de_DE")

    def name_in(self, code: str, reader: str) -> str:
        """Language ``code`` as a sentence in ``reader``'s language calls it ("Rumänisch",
        "الرومانية"): languages.yaml's ``names`` first, then CLDR's, else its own name.
        Readers without a CLDR locale (Romani) read every name in its own script."""
        language = self._by_code[code]
        if reader in language.names:
            return language.names[reader]
        locale = self._by_code[reader].locale if reader in self._by_code else None
        if not locale:
            return language.name
        return Locale.parse(locale).languages.get(code) or language.name

    def foreign_name_in(self, code: str, reader: str, own_name: str) -> str:
        """A language we do not speak, as ``reader``'s CLDR locale calls it ("Spanisch"),
        else by its own name ("Español")."""
        locale = self._by_code[reader].locale if reader in self._by_code else None
        return (Locale.parse(locale).languages.get(code) if locale else None) or own_name

    def match_hint(self, hint: str | None) -> str | None:
        """Map a device or Telegram language tag (``ro``, ``pt-BR``, ``uk_UA``) to our code."""
        if not hint:
            return None
        primary = hint.replace("_", "-").split("-")[0].lower()
        if primary in self._by_code:
            return primary
        if primary == "rmy":  # Vlax Romani, as some devices name it
            return "rom" if "rom" in self._by_code else None
        return None


class LanguageConfigError(ValueError):
    """languages.yaml is wrong; the message names the entry."""


def load_languages(path: Path = DEFAULT_LANGUAGES_FILE) -> Languages:
    """Read and check ``languages.yaml``."""
    data = _safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("languages") or []
    languages: list[Language] = []
    for index, entry in enumerate(entries):
        where = f"{path}: languages[{index}]"
        try:
            code = str(entry["code"])
            locale = str(entry.get("locale") or "") or None
            if locale:
                Locale.parse(locale)
            direction = entry.get("direction", "ltr")
            if direction not in {"ltr", "rtl"}:
                raise LanguageConfigError(f"{where}.direction: {direction!r} is not ltr or rtl")
            languages.append(
                Language(
                    code=code,
                    name=str(entry["name"]),
                    flag=str(entry.get("flag") or ""),
                    locale=locale,
                    rtl=direction == "rtl",
                    fallbacks=tuple(str(c) for c in entry.get("fallbacks") or ()),
                    format_choices=tuple(str(c) for c in entry.get("format_choices") or ()),
                    names={str(k): str(v) for k, v in (entry.get("names") or {}).items()},
                )
            )
        except KeyError as missing:
            raise LanguageConfigError(f"{where}: {missing.args[0]} is missing") from None
        except UnknownLocaleError as error:
            raise LanguageConfigError(f"{where}.locale: {error}") from None
    codes = {language.code for language in languages}
    if SOURCE_LANGUAGE not in codes:
        raise LanguageConfigError(f"{path}: German ({SOURCE_LANGUAGE}) must be configured")
    for language in languages:
        unknown = [c for c in (*language.fallbacks, *language.format_choices) if c not in codes]
        if unknown:
            raise LanguageConfigError(f"{path}: {language.code} names unknown languages {unknown}")
    return Languages(languages)


@cache
def _locale(identifier: str) -> Locale:
    """CLDR's locale by its identifier, parsed once: every turn's translator needs one, and
    parsing costs about 25 Python calls. (Locales are not changed once made.)"""
    return Locale.parse(identifier)
