"""Synthesised speech, offline: Debian's espeak-ng speaks, opus-tools' opusenc encodes.

Each text is spoken once: the voice note is kept in a cache folder named by the hash of what
was said (voice, speed and text), so a card is synthesised again only when its text changes.
Without espeak-ng or opusenc installed nothing is synthesised and only recordings are offered.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ESPEAK_VOICES = {
    "de": "de",
    "en": "en-gb",
    "ro": "ro",
    "bg": "bg",
    "tr": "tr",
    "uk": "uk",
    "ru": "ru",
    "ar": "ar",
    "fa": "fa",
}
"""Our language code -> espeak-ng's voice. espeak-ng has no Romani."""

OFFERED_VOICES = ("de", "en", "ro", "bg", "tr", "uk", "ru")
"""The synthesised voices people are offered (``VOICE_LANGUAGES`` overrides). Arabic and
Persian are left out: espeak-ng writes no short vowels for them and reads many words wrongly,
which helps nobody who cannot read the text (see README, "Listen instead of read")."""

WORDS_PER_MINUTE = 140
"""Slower than espeak-ng's 175: people who learn the language, on a phone's speaker."""
OPUS_BITRATE_KBPS = 24
"""Speech in mono: small files, clear enough; WhatsApp and Telegram re-encode nothing."""
SYNTHESIS_TIMEOUT_SECONDS = 60.0


class SynthesisFailed(Exception):
    """espeak-ng or opusenc failed; the reason is in the log (never the text)."""


@dataclass
class SynthesisCounts:
    """How often the cache answered, and how long new voice notes took (for the notes/bench)."""

    hits: int = 0
    made: int = 0
    seconds: float = 0.0


def tools_installed() -> bool:
    return shutil.which("espeak-ng") is not None and shutil.which("opusenc") is not None


class Synthesiser:
    """Speaks ``text`` in a language into an OGG/Opus file, cached by what was said."""

    def __init__(self, cache_dir: Path, languages: tuple[str, ...] | None = None) -> None:
        self.cache_dir = cache_dir
        wanted = OFFERED_VOICES if languages is None else languages
        self.languages = (
            frozenset(code for code in wanted if code in ESPEAK_VOICES)
            if tools_installed()
            else frozenset()
        )
        self.counts = SynthesisCounts()

    def speaks(self, language: str) -> bool:
        return language in self.languages

    def cached_path(self, language: str, text: str) -> Path:
        voice = ESPEAK_VOICES[language]
        key = hashlib.sha256(f"{voice}|{WORDS_PER_MINUTE}|{text}".encode()).hexdigest()
        return self.cache_dir / f"{language}-{key[:32]}.ogg"

    def cached(self, language: str, text: str) -> Path | None:
        """The voice note for ``text`` if it was made already."""
        path = self.cached_path(language, text)
        if path.is_file():
            self.counts.hits += 1
            return path
        return None

    async def speak(self, language: str, text: str) -> Path:
        """The voice note for ``text``: from the cache, or made now (and kept)."""
        if not self.speaks(language):
            raise SynthesisFailed(f"no voice offered for {language}")
        target = self.cached_path(language, text)
        if target.is_file():
            self.counts.hits += 1
            return target
        started = time.perf_counter()
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.cache_dir) as work:
            wav, ogg = Path(work) / "speech.wav", Path(work) / "speech.ogg"
            await _run(
                ["espeak-ng", "-v", ESPEAK_VOICES[language], "-s", str(WORDS_PER_MINUTE),
                 "-w", str(wav), "--stdin"],
                stdin=text.encode(),
            )  # fmt: skip
            await _run(
                ["opusenc", "--quiet", "--bitrate", str(OPUS_BITRATE_KBPS), "--downmix-mono",
                 str(wav), str(ogg)]
            )  # fmt: skip
            os.replace(ogg, target)  # atomic: a second worker never reads half a file
        self.counts.made += 1
        self.counts.seconds += time.perf_counter() - started
        log.info(
            "voice note synthesised (%s, %d bytes, %.2f s)",
            language,
            target.stat().st_size,
            time.perf_counter() - started,
        )
        return target


async def _run(command: list[str], stdin: bytes | None = None) -> None:
    process = await asyncio.create_subprocess_exec(
        *command,
        stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, errors = await asyncio.wait_for(process.communicate(stdin), SYNTHESIS_TIMEOUT_SECONDS)
    except TimeoutError as error:
        process.kill()
        await process.wait()
        raise SynthesisFailed(f"{command[0]} took too long") from error
    if process.returncode != 0:
        # stderr of these tools names files and options, never the spoken text.
        log.warning("%s failed (%s): %s", command[0], process.returncode, errors[:200])
        raise SynthesisFailed(f"{command[0]} exited with {process.returncode}")
