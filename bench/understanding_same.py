"""Every answer of the understanding pipeline, written out to compare two versions of the code.

``python -m bench.understanding_same OUT [--model]`` reads every line of
``tests/data/understanding/*.yaml`` and ``tests/data/questions.yaml`` and writes, one JSON line
each, what ``Understander.understand`` makes of it: without context, right after an offer's card
(the line's ``after:`` offer, else the first offer of the catalogue), and while a yes/no choice is
pending; beside it the parts read on their own (emergency words, the everyday request, the typed
answer). Without ``--model`` the optional model is off. A change meant to make the pipeline
cheaper must leave the file the same (``diff`` or ``cmp`` the outputs of both versions).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT

SETS = (
    *sorted((PROJECT_ROOT / "tests" / "data" / "understanding").glob("*.yaml")),
    PROJECT_ROOT / "tests" / "data" / "questions.yaml",
)

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _lines() -> list[tuple[str, str, str | None]]:
    """(text, language, after) of every set, each once, in the order first met."""
    seen: dict[tuple[str, str, str | None], None] = {}
    for path in SETS:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        for item in document.get("questions") or ():
            after = item.get("after")
            seen[(str(item["q"]), str(item["lang"]), None if after is None else str(after))] = None
    return list(seen)


def main(out: Path, with_model: bool) -> None:
    from bot.catalogue.live import LiveCatalogue
    from bot.i18n.languages import load_languages
    from bot.matching.detect import LanguageDetector
    from bot.matching.semantic import load_model
    from bot.understanding import Context, Understander

    languages = load_languages()
    model = load_model() if with_model else None
    if with_model and model is None:
        raise SystemExit("the optional model is not installed")
    snapshot = LiveCatalogue(PROJECT_ROOT / "content", languages.codes, model).current
    if model is not None:
        assert snapshot.semantic is not None
        snapshot.semantic.warm()
    detector = LanguageDetector(languages.codes)
    understander = Understander.load(PROJECT_ROOT / "locales", detector)
    if model is not None:
        understander.warm(snapshot)
    first_offer = next(iter(snapshot.catalogue.offers))
    with out.open("w", encoding="utf-8") as written:
        for text, language, after in _lines():
            contexts = (
                Context(language),
                Context(language, after or first_offer),
                Context(language, choice_pending=True),
            )
            row = {
                "q": text,
                "lang": language,
                "after": after,
                "understood": [repr(understander.understand(text, snapshot, c)) for c in contexts],
                "distress": understander.distress.found_in(text),
                "everyday": repr(understander.intents.find(text)),
                "typed": repr(understander.typed_answer(text)),
                "bare": repr(understander.bare_answer(text, language)),
                "first": repr(understander.answer_and_rest(text, language)),
                "guesses": understander.first_language(text, snapshot).guesses,
            }
            written.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--model" in sys.argv[2:])
