"""The built phrase indexes kept on disk, so that a start reads them in well under a second
instead of building them again (seconds of CPU).

One file per set of inputs, ``phrases-<key>.pickle`` in the cache folder (``PHRASE_CACHE_DIR``,
default ``data/phrase-cache``). The key is a hash of everything that shapes the indexes: the
phrase files of the locales folder (:data:`PHRASE_FILES`), the word lists the modules that
build them read (bot/i18n/word_lists.py, :data:`WORD_FILES`), the source of those modules
(:data:`SOURCES`), the versions of the libraries they use, of Python and of the bot. An edited
phrase file, word list or module is a new key, so the next start builds the indexes again and
keeps them under it; files nobody read for a while are removed (:data:`KEPT_FILES`).

The cache never stands in the way: a missing, unreadable, corrupt or foreign file is built
again, and a folder that cannot be written (a read-only disk) only costs the time of building.
Files are written whole under a temporary name and then renamed, so a reader never sees half a
file; each carries the hash of its content, checked before anything in it is read. The
temporary file of a start killed while writing is removed by a later start's write.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import pickle
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, TypeVar, cast

from bot.i18n.word_lists import DEFAULT_LOCALES_DIR as WORDS_DIR
from bot.i18n.word_lists import WORD_FILES

log = logging.getLogger(__name__)

FORMAT = b"erstkontakt phrase cache 1\n"
"""The first line of every cache file; a new layout of the file is a new line. Then the pickled
indexes, then the SHA-256 of the pickle (DIGEST_SIZE bytes)."""

DIGEST_SIZE = 32

PACKAGE = Path(__file__).resolve().parent.parent
"""The ``bot`` package, whose modules build the indexes."""

SOURCES = ("__init__.py", "config.py", "understanding", "matching", "catalogue", "i18n", "storage")
"""The modules (files, and folders of them) the indexes are built by: everything that importing
bot/understanding/shared_phrases.py loads from the bot (tests/understanding/test_phrase_cache.py
checks that this list still covers it)."""

LIBRARIES = ("anyascii", "PyYAML", "rapidfuzz", "erstkontakt")
"""Installed distributions whose version is part of the key: transliteration, the YAML reader,
typo variants; and the bot itself when installed."""

KEPT_FILES = 6
"""Cache files kept in one folder, the most recently used; older ones are removed (each set of
edited phrase files leaves one, about 12 MB)."""

LEFTOVER_SECONDS = 600
"""A temporary file untouched this long is what a start killed while writing left behind
(writing takes seconds); a younger one may be another process writing just now."""

_T = TypeVar("_T")


def cache_key(locales_dir: Path, phrase_files: Iterable[str]) -> str:
    """The hash of every input that shapes the indexes of ``locales_dir``."""
    digest = hashlib.sha256(FORMAT)
    versions = [sys.version, unicodedata.unidata_version, str(pickle.HIGHEST_PROTOCOL)]
    for library in LIBRARIES:
        try:
            versions.append(f"{library} {importlib.metadata.version(library)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{library} -")
    digest.update("\n".join(versions).encode())
    for name in phrase_files:
        _add_file(digest, name, locales_dir / name)
    for name in WORD_FILES:  # the stop words and others, read by the modules that build them
        _add_file(digest, f"words:{name}", WORDS_DIR / name)
    for path in source_files():
        _add_file(digest, path.relative_to(PACKAGE).as_posix(), path)
    return digest.hexdigest()


def source_files() -> list[Path]:
    """The source files of :data:`SOURCES`, in a fixed order."""
    files: list[Path] = []
    for name in SOURCES:
        path = PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def _add_file(digest: hashlib._Hash, name: str, path: Path) -> None:
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        content = None
    # Name and length first, so that no two different sets of files hash alike.
    size = -1 if content is None else len(content)
    digest.update(f"\n{name}\n{size}\n".encode())
    digest.update(content or b"")


def cached(
    cache_dir: Path | None,
    key_of: Callable[[], str],
    build: Callable[[], _T],
    valid: Callable[[object], bool],
) -> _T:
    """The indexes kept in ``cache_dir`` under the key ``key_of()`` says, or ``build()`` (then
    kept there for the next start, unless the inputs changed while building). ``valid``:
    whether what was read is what ``build`` returns; else it is built again. ``cache_dir``
    None: no cache, always built."""
    if cache_dir is None:
        return build()
    key = key_of()
    path = cache_dir / f"phrases-{key}.pickle"
    found = _read(path)
    if found is not None and valid(found):
        return cast(_T, found)
    built = build()
    if key_of() == key:  # a file edited while it was read: its tables are not kept
        _write(path, built)
    return built


def _read(path: Path) -> object | None:
    try:
        with path.open("rb") as file:
            content = file.read()
    except FileNotFoundError:
        return None
    except OSError as error:
        log.info("phrase cache %s not readable (%s): building the phrase tables", path, error)
        return None
    payload = memoryview(content)[len(FORMAT) : -DIGEST_SIZE]
    if (
        len(content) < len(FORMAT) + DIGEST_SIZE
        or not content.startswith(FORMAT)
        or hashlib.sha256(payload).digest() != content[-DIGEST_SIZE:]
    ):
        log.info("phrase cache %s damaged or from another version: building it again", path)
        return None
    try:
        # Unpickling runs what the file says, so only our own files are read: from the bot's
        # cache folder, named by the hash of their inputs, written by _write below and with the
        # hash of their content checked above (a damaged file is built again, never read).
        # Whoever can write that folder can change the bot's code beside it just as well.
        data = pickle.loads(payload)
    except Exception as error:  # any damage is a reason to build again
        log.info("phrase cache %s not readable (%r): building it again", path, error)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept (see _tidy)
    return data


def _write(path: Path, data: object) -> None:
    """Keep ``data`` at ``path``, whole or not at all; a folder that cannot be written is
    left as it is."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".phrases-", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as file:
            file.write(FORMAT)
            hashing = _Hashing(file)  # written as it is made: no second copy in memory
            pickle.dump(data, hashing, protocol=pickle.HIGHEST_PROTOCOL)
            file.write(hashing.digest.digest())
        os.replace(temporary, path)
        temporary = None
        _tidy(path.parent)
    except OSError as error:  # a read-only or full disk: only costs the next start time
        log.info("phrase cache %s not written (%s): the next start builds again", path, error)
    except Exception:  # something in the indexes cannot be pickled: a bug, but no reason to stop
        log.warning(
            "phrase cache %s not written: the indexes cannot be pickled", path, exc_info=True
        )
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


class _Hashing:
    """A file that hashes what is written to it."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.file.write(data)


def _tidy(cache_dir: Path) -> None:
    """Remove all but the KEPT_FILES most recently used cache files, and the half-written
    temporary files of starts killed while writing (about 12 MB each)."""
    now = time.time()
    for path in cache_dir.glob(".phrases-*.tmp"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > LEFTOVER_SECONDS:
                path.unlink()
    files = []
    for path in cache_dir.glob("phrases-*.pickle"):
        try:
            files.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(files, reverse=True)[KEPT_FILES:]:
        with contextlib.suppress(OSError):
            path.unlink()
