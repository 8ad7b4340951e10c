"""UI texts from gettext catalogues and Babel formatting, per person, with fallback chains.

The ``.po`` files are the source of truth: they are compiled in memory at start-up, so a
fresh clone needs no build step and an edited ``.po`` never disagrees with a stale ``.mo``.
"""

from __future__ import annotations

import gettext
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time, get_day_names
from babel.lists import format_list
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n.languages import Languages

DOMAIN = "bot"

# Marks a translation no native speaker has checked yet; staff find them with
# `python -m bot catalogue check` and by grepping the .po files for this flag.
UNREVIEWED_FLAG = "unreviewed"

WEEKDAY_LETTERS = re.compile(r"E{1,4}")


def po_path(locales_dir: Path, code: str) -> Path:
    return locales_dir / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path | bytes) -> Catalog:
    """The catalog of the .po file at ``path`` (or of its bytes, already read)."""
    with io.BytesIO(path) if isinstance(path, bytes) else path.open("rb") as handle:
        # locale=None: Romani has no CLDR locale, so plural rules come from the file header.
        return read_po(handle, locale=None, domain=DOMAIN)


@dataclass(frozen=True)
class CompiledTexts:
    """One language's translated UI strings; untranslated entries are left out on purpose.

    Leaving them out lets a lookup fall through to the next language in the chain. (Babel's
    own .mo writer would compile an untranslated plural as the English source: bug #697.)
    """

    singular: dict[str, str]
    plural: dict[str, tuple[str, ...]]
    plural_index: Callable[[int], int]

    @classmethod
    def from_po(cls, path: Path | bytes) -> CompiledTexts:
        catalog = read_catalog(path)
        singular: dict[str, str] = {}
        plural: dict[str, tuple[str, ...]] = {}
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            if isinstance(message.id, (tuple, list)):
                strings = tuple(message.string or ())
                if strings and all(strings):
                    plural[str(message.id[0])] = tuple(map(str, strings))
            elif isinstance(message.string, str) and message.string:
                singular[message.id] = message.string
        return cls(singular, plural, gettext.c2py(catalog.plural_expr))

    @classmethod
    def empty(cls) -> CompiledTexts:
        return cls({}, {}, lambda count: int(count != 1))


MAX_COMPILED_FILES = 40
_compiled_files: dict[Path, tuple[bytes, CompiledTexts]] = {}
"""Each .po file's texts as last compiled in this process, with the bytes they came from:
parsing the ten files takes ~0.06-0.09 s CPU, and every core a process opens (tests open
hundreds) reads the same files. An edited file differs in its bytes and is compiled again."""


def compiled_po(path: Path) -> CompiledTexts:
    """The texts of the .po file at ``path``, compiled once per content of the file."""
    data = path.read_bytes()
    known = _compiled_files.get(path)
    if known is not None and known[0] == data:
        return known[1]
    compiled = CompiledTexts.from_po(data)
    if len(_compiled_files) >= MAX_COMPILED_FILES:  # test folders come and go: stay bounded
        _compiled_files.clear()
    _compiled_files[path] = (data, compiled)
    return compiled


class TextCatalogs:
    """All languages' UI texts, loaded once; hands out a :class:`Translator` per person."""

    def __init__(self, locales_dir: Path, languages: Languages, timezone: str) -> None:
        self.languages = languages
        self.zone = ZoneInfo(timezone)
        self.clock: Callable[[], datetime] | None = None
        """Set by the app: translators then say "today" and "tomorrow" in dates."""
        self._compiled: dict[str, CompiledTexts] = {}
        for code in languages:
            path = po_path(locales_dir, code)
            self._compiled[code] = compiled_po(path) if path.exists() else CompiledTexts.empty()

    def chain(self, code: str, format_choice: str | None = None) -> tuple[str, ...]:
        """The text chain for a person: their language, their chosen fallback, the rest."""
        chain = self.languages[code].chain
        if format_choice and format_choice in chain:
            chain = (chain[0], format_choice, *(c for c in chain[1:] if c != format_choice))
        return chain

    def translator(self, code: str, format_choice: str | None = None) -> Translator:
        if code not in self.languages:
            code = next(iter(self.languages))
        chain = self.chain(code, format_choice)
        return Translator(
            code=code,
            chain=chain,
            rtl=self.languages[code].rtl,
            locale=self.languages.babel_locale(code, format_choice),
            zone=self.zone,
            texts=tuple(self._compiled[link] for link in chain),
            today=self.clock().astimezone(self.zone).date() if self.clock is not None else None,
        )


@dataclass(frozen=True)
class Translator:
    """Everything language-specific one reply needs: texts, dates, times, lists."""

    code: str
    chain: tuple[str, ...]
    rtl: bool
    locale: Locale
    zone: tzinfo
    texts: tuple[CompiledTexts, ...]
    today: date | None = None  # the reader's today: dates on it and the next day say so

    def _(self, message: str) -> str:
        """The UI text in the first language of the chain that has it; else the English id."""
        for link in self.texts:
            if message in link.singular:
                return link.singular[message]
        return message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        for link in self.texts:
            forms = link.plural.get(singular)
            if forms:
                return forms[min(link.plural_index(count), len(forms) - 1)]
        return singular if count == 1 else plural

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError("naive datetime: Babel would take it as UTC")
        return moment.astimezone(self.zone)

    def day(self, value: date | datetime) -> str:
        """Weekday and date, e.g. "Dienstag, 1. Dezember" or "marți, 1 decembrie"."""
        if isinstance(value, datetime):
            value = self.local(value).date()
        # The locale's own day-month-weekday order, with the weekday written out in full
        # (CLDR's skeleton abbreviates it, "Di." or "вт", which is harder to read).
        # Date and time are formatted apart: a weekday+date+time skeleton raises in Babel.
        skeleton = self.locale.datetime_skeletons.get("MMMMEd")
        pattern = str(skeleton.pattern) if skeleton is not None else "EEEE, d MMMM"
        written = format_date(value, WEEKDAY_LETTERS.sub("EEEE", pattern), locale=self.locale)
        relative = self._relative_day(value)
        return f"{relative}{self._comma()}{written}" if relative else written

    def _comma(self) -> str:
        """The locale's comma between two parts of a date: "، " in Arabic and Persian (a Latin
        comma there read "غدًا, الثلاثاء،", found in a trial), ", " where its glue has none."""
        glue = str(self.locale.datetime_formats.get("medium", "{1}, {0}"))
        between = glue.split("{1}")[-1].split("{0}")[0].replace("'", "")
        return between if between.strip() else ", "

    def _relative_day(self, value: date) -> str | None:
        """CLDR's "today" or "tomorrow" ("heute", "azi", "اليوم") when ``value`` is one."""
        if self.today is None or not 0 <= (value - self.today).days <= 1:
            return None
        try:
            words = self.locale._data["date_fields"]["day"]["relative"]
            return str(words[(value - self.today).days])
        except (KeyError, TypeError):
            return None

    def clock(self, value: datetime | time) -> str:
        """The time of day on the 24-hour clock with Latin digits, e.g. "14:00", in every
        language: doors, letters and bus stops in Germany write it so (CLDR's Arabic would
        say "2:00 م"). Persian and Arabic texts also write every number with Latin digits."""
        if isinstance(value, datetime):
            value = self.local(value).timetz().replace(tzinfo=None)
        return format_time(value, "HH:mm", locale=self.locale)

    def when(self, start: datetime, end: datetime | None = None) -> str:
        """A date with a time or a time range: "Dienstag, 1. Dezember, 10:00–12:00"."""
        times = self.clock(start) if end is None else f"{self.clock(start)}–{self.clock(end)}"
        # The locale's own glue between date and time ("{1}, {0}", "{1}، {0}", "{1} {0}").
        glue = str(self.locale.datetime_formats.get("medium", "{1}, {0}"))
        return glue.replace("{1}", self.day(start)).replace("{0}", times).replace("'", "")

    def weekly(self, weekday: int, start: time, end: time) -> str:
        """A weekly time: "Dienstag, 10:00–12:00" (weekday 0 = Monday), glued as the locale does."""
        day = get_day_names("wide", locale=self.locale)[weekday]
        glue = str(self.locale.datetime_formats.get("medium", "{1}, {0}"))
        return (
            glue.replace("{1}", day)
            .replace("{0}", f"{self.clock(start)}–{self.clock(end)}")
            .replace("'", "")
        )

    def short_day(self, value: date) -> str:
        return format_date(value, format="short", locale=self.locale)

    def join(self, items: Iterable[str]) -> str:
        """ "A, B and C" in the person's language."""
        listed = list(items)
        return format_list(listed, locale=self.locale) if listed else ""

    def isolate(self, text: str) -> str:
        """Wrap left-to-right fragments (times, addresses) so they read right in RTL text."""
        return f"\u2068{text}\u2069" if self.rtl else text


def missing_texts(reference: Catalog, other: Catalog) -> list[str]:
    """UI strings the reference (German) has translated that ``other`` lacks or left empty."""
    missing: list[str] = []
    for message in reference:
        if not message.id:
            continue
        theirs = other.get(message.id)
        strings: Sequence[object] = ()
        if theirs is not None and not theirs.fuzzy:
            strings = (
                theirs.string if isinstance(theirs.string, (tuple, list)) else (theirs.string,)
            )
        if not strings or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing
