"""Per-language word lists of the understanding code, read from YAML files under ``locales/``.

Stop words, words of topics we do not serve, words that begin a reason: each list names its
words per language, like the intent phrases in ``locales/intents.yaml``. Adding a language
adds its words to these files, not code. Every list must name every language of
``locales/languages.yaml`` (an explicit empty list, ``xx: []``, says it has none); a
language missing from a list, a language or a list the code does not know, or an entry that
is no text is an error naming file and line.

A file may also list ``other_languages``: languages the bot does not speak whose words are
mixed into messages (French in Maghrebi Arabic typed in Latin letters). Lists may name them;
they need not.

The words are read once per process, when the module that uses them is imported, from the
shipped ``locales/`` (the checkout's, or the installed package's; not ``LOCALES_DIR``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.catalogue.issues import CatalogueError, ContentIssue
from bot.catalogue.yaml_source import YamlSource, read_yaml
from bot.config import shipped
from bot.i18n.languages import load_languages

DEFAULT_LOCALES_DIR = shipped("locales")
"""Where the words are read from: the checkout's ``locales/``, or the installed package's."""

WORD_FILES = (
    "stop_words.yaml",
    "elsewhere.yaml",
    "offer_words.yaml",
    "another_topic.yaml",
    "words.yaml",
    "booking_words.yaml",
    "someone.yaml",
)
"""Every file of word lists (tests check that no module reads another): their words shape the
phrase indexes, so they are part of the phrase cache's key (bot/understanding/phrase_cache.py)."""

SHARED_WORDS_FILE = "words.yaml"
"""Small lists of several modules, each reading the lists it names (see :func:`shared_words`)."""

OTHER_LANGUAGES = "other_languages"
"""The key of a file's list of languages the bot does not speak (see the module's text)."""

WordsByLanguage = dict[str, tuple[str, ...]]
"""Language code -> its entries, in the file's order."""


@dataclass(frozen=True)
class WordLists:
    """The lists of one file, by name. A language with an empty list is left out of them."""

    path: Path
    lists: Mapping[str, WordsByLanguage]

    def entries(self, name: str) -> WordsByLanguage:
        """``name``'s entries of each language; an error naming the file when it has no such
        list."""
        if name not in self.lists:
            raise CatalogueError([ContentIssue(str(self.path), 1, name, "missing list")])
        return self.lists[name]

    def every(self, name: str) -> tuple[str, ...]:
        """``name``'s entries of all languages, in the file's order."""
        return tuple(entry for entries in self.entries(name).values() for entry in entries)

    def words(self, name: str) -> dict[str, str]:
        """``name``'s words of each language as one text, separated by spaces."""
        return {code: " ".join(words) for code, words in self.entries(name).items()}

    def phrases(self, name: str) -> dict[str, str]:
        """``name``'s phrases of each language as one text, separated by ``" | "``."""
        return {code: " | ".join(phrases) for code, phrases in self.entries(name).items()}


def read_word_lists(
    path: Path, names: Sequence[str] | None, languages: Sequence[str]
) -> tuple[WordLists, list[ContentIssue]]:
    """The lists ``names`` of ``path`` (None: all it has, for a file several modules read) and
    what is wrong in it: every list must name each of ``languages`` (and may name the file's
    ``other_languages``)."""
    source, issues = read_yaml(path)
    issues = [issue for issue in issues if issue.is_error]
    if source is None or issues:
        return WordLists(path, {}), issues or [ContentIssue(str(path), 1, "", "empty file")]
    data = source.data
    if not isinstance(data, Mapping):
        return WordLists(path, {}), [source.issue((), "expected a mapping of list names")]
    others = _other_languages(source, issues)
    if names is None:
        names = [str(key) for key in data if str(key) != OTHER_LANGUAGES]
    lists: dict[str, WordsByLanguage] = {}
    for key in data:
        if str(key) != OTHER_LANGUAGES and str(key) not in names:
            known = ", ".join([*names, OTHER_LANGUAGES])
            issues.append(source.issue((str(key),), f"unknown list; known: {known}"))
    for name in names:
        if name not in data:
            issues.append(source.issue((), f"{name}: missing (a list of words per language)"))
            continue
        lists[name] = _one_list(source, name, languages, others, issues)
    return WordLists(path, lists), issues


def _other_languages(source: YamlSource, issues: list[ContentIssue]) -> frozenset[str]:
    node = source.data.get(OTHER_LANGUAGES) if isinstance(source.data, Mapping) else None
    if node is None:
        return frozenset()
    if not isinstance(node, list) or not all(isinstance(code, str) for code in node):
        issues.append(source.issue((OTHER_LANGUAGES,), "expected a list of language codes"))
        return frozenset()
    return frozenset(node)


def _one_list(
    source: YamlSource,
    name: str,
    languages: Sequence[str],
    others: frozenset[str],
    issues: list[ContentIssue],
) -> WordsByLanguage:
    node = source.data.get(name) if isinstance(source.data, Mapping) else None
    if not isinstance(node, Mapping):
        issues.append(source.issue((name,), "expected languages, each with a list of words"))
        return {}
    found: WordsByLanguage = {}
    for code, entries in node.items():
        where = (name, str(code))
        if str(code) not in languages and str(code) not in others:
            issues.append(
                source.issue(
                    where, f"unknown language; not in languages.yaml nor {OTHER_LANGUAGES}"
                )
            )
            continue
        if not isinstance(entries, list):
            issues.append(source.issue(where, "expected a list: [word, word, ...], or []"))
            continue
        words: list[str] = []
        for index, entry in enumerate(entries):
            if isinstance(entry, str) and entry.strip():
                words.append(entry)
            else:
                issues.append(source.issue((*where, index), "expected a word (text)"))
        if words:
            found[str(code)] = tuple(words)
    missing = [code for code in languages if code not in node]
    if missing:
        issues.append(
            source.issue(
                (name,), f"missing languages: {', '.join(missing)} (write `xx: []` for none)"
            )
        )
    return found


def load_word_lists(
    file_name: str, names: Sequence[str] | None = None, locales_dir: Path = DEFAULT_LOCALES_DIR
) -> WordLists:
    """The lists ``names`` of ``locales_dir/file_name`` (None: all it has), checked against the
    languages of ``locales_dir/languages.yaml``; raises :class:`CatalogueError` (file:line)
    when wrong."""
    return _load(file_name, None if names is None else tuple(names), locales_dir)


@cache
def _load(file_name: str, names: tuple[str, ...] | None, locales_dir: Path) -> WordLists:
    if file_name not in WORD_FILES:
        raise ValueError(f"{file_name}: not in WORD_FILES (the phrase cache would not see it)")
    languages = load_languages(locales_dir / "languages.yaml").codes
    lists, issues = read_word_lists(locales_dir / file_name, names, languages)
    if issues:
        raise CatalogueError(issues)
    return lists


def shared_words() -> WordLists:
    """The small lists of :data:`SHARED_WORDS_FILE`, all of them checked."""
    return load_word_lists(SHARED_WORDS_FILE)
