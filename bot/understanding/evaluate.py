"""Measure the whole pipeline on an evaluation set, per language (``python -m bot ask --eval``).

The set format (``tests/data/understanding/*.yaml``, also the older ``tests/data/questions.yaml``):
``questions: [{q, lang, <one expectation>}, ...]`` where the expectation is one of
``intent: <name>`` (optionally ``target: <code>`` for ``language``), ``expect: <offer id | null>``,
``faq: <id>``, ``followup: <topic>`` with ``after: <offer id>``, ``yesno: yes | no``.
``after:`` means the offer's card was shown just before; ``yesno`` entries are asked while the
bot offers one obvious choice.

Offers count as answered when the bot shows a card (also one with "not what you meant?"):
that is what the person sees. A FAQ answer that links the expected offer counts as the
offer ("I got a letter I don't understand" may get the Jobcenter-letters answer, which
points to the office hours with a button). Off-topic lines count against the bot when they
get a card or a FAQ answer; emergencies shown for other lines (false alarms) and off-topic
lines taken as an everyday request are counted apart.

Emergencies count in two columns: ``emergencies``, the emergency screen (``"intent":
"emergency"``), and ``numbers shown``, the screen or, for a message that might be about danger,
the one line with 112 and 110 before the answer (``Understanding.possible_danger``): the issue's
"100 % must show the numbers". On the other lines the line is counted apart from false alarms
(the hint rate): a needless line costs less than the screen, which replaces the answer, but
many of them would teach people to skip it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.catalogue.live import Snapshot
from bot.understanding.pipeline import Understander
from bot.understanding.result import ANSWERING, Context, Intent, Outcome, Understanding
from bot.understanding.switch import LanguageSwitch

# libyaml's parser when installed: the same data as yaml.safe_load, about ten times faster
# (a set of several hundred lines is read by every evaluation and the set tests).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_SAFE_LOADER)


KINDS = ("intent", "emergency", "numbers", "followup", "faq", "offer", "offtopic", "yesno")
"""Columns of the report; ``offtopic`` counts wrong answers, the others right ones.
``numbers``: emergency lines shown 112 and 110 (the screen or the line before the answer)."""


@dataclass(frozen=True)
class Entry:
    text: str
    language: str
    kind: str  # one of KINDS
    expected: str | None
    after: str | None = None
    target: str | None = None

    @classmethod
    def parse(cls, item: dict[str, Any]) -> Entry:
        text, language, after = str(item["q"]), str(item["lang"]), item.get("after")
        if "intent" in item:
            kind = "emergency" if item["intent"] == Intent.EMERGENCY else "intent"
            return cls(text, language, kind, str(item["intent"]), after, item.get("target"))
        for key, kind in (("followup", "followup"), ("faq", "faq"), ("yesno", "yesno")):
            if key in item:
                value = item[key]
                if isinstance(value, bool):  # YAML reads a bare yes/no as a boolean
                    value = "yes" if value else "no"
                return cls(text, language, kind, str(value), after)
        expected = item.get("expect")
        return cls(text, language, "offtopic" if expected is None else "offer", expected, after)


@dataclass
class Tally:
    asked: int = 0
    right: int = 0

    def add(self, counted: bool) -> None:
        self.asked += 1
        self.right += counted

    def cell(self) -> str:
        return f"{self.right / self.asked:.0%} of {self.asked}" if self.asked else "-"


@dataclass
class Report:
    by_language: dict[str, dict[str, Tally]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_alarms: Tally = field(default_factory=Tally)  # emergency numbers on other lines
    hints: Tally = field(default_factory=Tally)  # the line with 112 and 110 on other lines
    off_topic_intents: Tally = field(default_factory=Tally)  # off-topic taken as a request
    # "continue in another language?" asked although the line is in the person's language
    wrong_switches: Tally = field(default_factory=Tally)

    def tally(self, language: str, kind: str) -> Tally:
        return self.by_language.setdefault(language, {k: Tally() for k in KINDS})[kind]

    def total(self, kind: str) -> Tally:
        total = Tally()
        for tallies in self.by_language.values():
            total.asked += tallies[kind].asked
            total.right += tallies[kind].right
        return total

    def table(self) -> str:
        headers = {
            "intent": "intents",
            "emergency": "emergencies",
            "numbers": "numbers shown",
            "followup": "follow-ups",
            "faq": "FAQ",
            "offer": "offers top-1",
            "offtopic": "off-topic answered",
            "yesno": "yes/no",
        }
        width = max(map(len, headers.values())) + 2
        rows = ["lang  " + "".join(f"{headers[k]:>{width}}" for k in KINDS)]
        for language in sorted(self.by_language):
            tallies = self.by_language[language]
            rows.append(f"{language:<6}" + "".join(f"{tallies[k].cell():>{width}}" for k in KINDS))
        rows.append("all   " + "".join(f"{self.total(k).cell():>{width}}" for k in KINDS))
        rows.append(
            f"emergency numbers shown for other lines: {self.false_alarms.right} of "
            f"{self.false_alarms.asked}; off-topic lines taken as an everyday request: "
            f"{self.off_topic_intents.right} of {self.off_topic_intents.asked}"
        )
        rows.append(
            "the line with 112 and 110 before the answer to other lines (hint rate): "
            f"{self.hints.right} of {self.hints.asked}"
        )
        if self.wrong_switches.asked:
            rows.append(
                "another language offered although the line is in the person's own: "
                f"{self.wrong_switches.right} of {self.wrong_switches.asked}"
            )
        return "\n".join([*rows, *self.misses])


def load_entries(path: Path) -> list[Entry]:
    document = _safe_load(path.read_text(encoding="utf-8"))
    return [Entry.parse(item) for item in document["questions"]]


def evaluate(
    understander: Understander,
    snapshot: Snapshot,
    entries: Iterable[Entry],
    switch: LanguageSwitch | None = None,
) -> Report:
    report = Report()
    for entry in entries:
        context = Context(entry.language, entry.after, choice_pending=entry.kind == "yesno")
        understood = understander.understand(entry.text, snapshot, context)
        got = _verdict(entry, understood, snapshot)
        if entry.kind == "offtopic":  # counted: a wrong answer to something we do not offer
            counted = understood.outcome in ANSWERING or understood.outcome is Outcome.FAQ
        else:  # counted: the right answer
            counted = got == entry.expected and (
                entry.target is None or understood.target_language == entry.target
            )
        report.tally(entry.language, entry.kind).add(counted)
        if entry.kind == "emergency":
            report.tally(entry.language, "numbers").add(understood.shows_numbers)
        else:
            report.false_alarms.add(understood.outcome is Outcome.EMERGENCY)
            report.hints.add(
                understood.shows_numbers and understood.outcome is not Outcome.EMERGENCY
            )
        if entry.kind == "offtopic":
            report.off_topic_intents.add(understood.outcome is Outcome.INTENT)
        if switch is not None and understood.intent not in (Intent.EMERGENCY, Intent.LANGUAGE):
            offered = switch.offer(entry.text, understood.detected_language, entry.language)
            report.wrong_switches.add(bool(offered))
        if counted == (entry.kind == "offtopic"):
            report.misses.append(
                f"MISS [{entry.language}] {entry.kind} {entry.text!r}: expected "
                f"{entry.expected}, got {got} ({understood.outcome.value})"
                + (", the line with 112/110 first" if understood.possible_danger else "")
            )
    return report


def _verdict(entry: Entry, understood: Understanding, snapshot: Snapshot) -> str | None:
    """What the bot made of it, in the terms of the entry's expectation."""
    if entry.kind in ("intent", "emergency"):
        return understood.intent.value if understood.intent is not None else None
    if entry.kind == "followup":
        follow_up = understood.follow_up
        return follow_up.topic if follow_up and follow_up.offer_id == entry.after else None
    if entry.kind == "faq":
        return understood.faq
    if entry.kind == "yesno":
        return understood.yes_no.value if understood.yes_no is not None else None
    if understood.outcome is Outcome.FAQ:
        linked = snapshot.catalogue.faq.get(understood.faq or "")
        if linked is not None and linked.offer_id is not None and linked.offer_id == entry.expected:
            return linked.offer_id
        return f"faq:{understood.faq}"
    if understood.outcome is Outcome.INTENT and understood.intent is not None:
        return f"intent:{understood.intent.value}"
    return understood.answer


def evaluate_file(
    understander: Understander,
    snapshot: Snapshot,
    path: Path,
    switch: LanguageSwitch | None = None,
) -> Report:
    return evaluate(understander, snapshot, load_entries(path), switch)
