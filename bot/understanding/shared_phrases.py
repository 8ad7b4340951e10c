"""The phrase indexes of a locales folder, built once per process and version of its files.

Building them takes seconds (the concept pairs expand to ~12,000 phrases) and they are
read-only afterwards, so every core opened in one process (a terminal next to its mediator,
each test) shares them; a changed or new file is read again. Between starts they are kept on
disk (bot/understanding/phrase_cache.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.understanding.emergency import DistressWords
from bot.understanding.followup import FollowUpCues
from bot.understanding.intents import IntentPhrases
from bot.understanding.phrase_cache import cache_key, cached
from bot.understanding.phrases import indexes_building, indexes_built

PHRASE_FILES = ("distress.yaml", "danger.yaml", "intents.yaml", "followups.yaml")
PhraseData = tuple[DistressWords, IntentPhrases, FollowUpCues]
_loaded: dict[tuple[object, ...], PhraseData] = {}


def shared_phrases(locales_dir: Path, cache_dir: Path | None = None) -> PhraseData:
    """The phrase indexes of ``locales_dir``: built on first use, again when one of
    PHRASE_FILES changed or appeared. ``cache_dir``: where built indexes are kept between
    starts (bot/understanding/phrase_cache.py); None: built in each process."""
    key: tuple[object, ...] = (locales_dir.resolve(),)
    for name in PHRASE_FILES:
        path = locales_dir / name
        stat = path.stat() if path.exists() else None
        key += (name, None if stat is None else (stat.st_mtime_ns, stat.st_size))
    if key not in _loaded:
        if len(_loaded) >= 4:  # a few folders at most (tests); never grows without bound
            _loaded.clear()
        with collector_paused():
            _loaded[key] = cached(
                cache_dir,
                lambda: cache_key(locales_dir, PHRASE_FILES),
                lambda: _build(locales_dir),
                _is_phrase_data,
            )
    return _loaded[key]


def _build(locales_dir: Path) -> PhraseData:
    indexes_building()
    try:
        return (
            DistressWords.load(locales_dir),
            IntentPhrases.load(locales_dir),
            FollowUpCues.load(locales_dir),
        )
    finally:
        indexes_built()


def _is_phrase_data(data: object) -> bool:
    return (
        isinstance(data, tuple)
        and len(data) == 3
        and isinstance(data[0], DistressWords)
        and isinstance(data[1], IntentPhrases)
        and isinstance(data[2], FollowUpCues)
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused: building the indexes (or reading them from the cache)
    makes millions of small objects and no cycles to collect, and the collector walked them
    again and again (a quarter of the build's time, half of reading them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
