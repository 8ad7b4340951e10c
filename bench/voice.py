"""Voice notes: synthesising each shipped offer card once per offered language (espeak-ng +
opusenc), then the same taps served from the cache; seconds of speech and file sizes."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.report import Figure
from bot.app import load_text_catalogs
from bot.catalogue.live import LiveCatalogue
from bot.config import Settings
from bot.voice.ogg import read_opus
from bot.voice.script import offer_script
from bot.voice.synth import Synthesiser, tools_installed

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def run() -> list[Figure]:
    if not tools_installed():
        print("   espeak-ng/opusenc not installed: no voice figures")
        return []
    return asyncio.run(_measure())


async def _measure() -> list[Figure]:
    settings = Settings()
    languages, texts = load_text_catalogs(settings)
    catalogue = LiveCatalogue(settings.content_dir, languages.codes).current.catalogue
    with tempfile.TemporaryDirectory() as folder:
        synthesiser = Synthesiser(Path(folder))
        scripts = [
            (code, offer_script(texts.translator(code), offer, NOW))
            for code in sorted(synthesiser.languages)
            for offer in catalogue.offers.values()
        ]
        made, hits, seconds, sizes = [], [], [], []
        for code, text in scripts:
            started = time.perf_counter()
            path = await synthesiser.speak(code, text)
            made.append(time.perf_counter() - started)
            started = time.perf_counter()
            await synthesiser.speak(code, text)
            hits.append(time.perf_counter() - started)
            seconds.append(read_opus(path.read_bytes()).seconds)
            sizes.append(path.stat().st_size / 1024)
    offers, voices = len(catalogue.offers), len(synthesiser.languages)
    note = f"{len(scripts)} cards ({offers} offers x {voices} languages)"
    return [
        Figure("voice: synthesise one card", "s", statistics.median(made), note=note),
        Figure("voice: card from the cache", "ms", statistics.median(hits) * 1000, note=note),
        Figure("voice: speech per card", "s", statistics.median(seconds), note="median"),
        Figure("voice: file per card", "KB", statistics.median(sizes), note="OGG/Opus 24 kbit/s"),
    ]
