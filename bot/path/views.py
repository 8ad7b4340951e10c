# German typography (– „“) in texts for staff is intended:
"""What the path looks like: for mediators in German (the card line, the step buttons, the
history), for the person in their language (the next step, from ``content/path.yaml``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from bot.i18n.translator import Translator
from bot.messages import PURPOSE, Button, Reply
from bot.path.steps import STEPS, Step
from bot.storage.models import PathStep

NAMES_DE = {
    1: "Früh erreichen",
    2: "Vertrauen aufbauen, Sprachmittlung sichern",
    3: "Orientieren und motivieren",
    4: "Ausgangslage klären",
    5: "Qualifikationen erfassen",
    6: "Integrationsplan, Bewerbungen starten",
    7: "Kompetenzen sichtbar machen",
    8: "Schrittweise in Arbeit",
    9: "Stabilisieren und nachbetreuen",
}
"""The steps as the team names them (Willkommen Europa's procedure); people see path.yaml."""
SET = "pset"  # pset:17:4     record step 4 for person 17
CHOOSE = "pstep"  # pstep:17    show the step buttons for person 17
EXPLAIN = "pnext"  # pnext:17   send person 17 what their next step means
NEXT_STEP = "path_next_step"
"""``Reply.extras[PURPOSE]`` of the explanation a person gets."""


def date_de(moment: datetime, zone: tzinfo) -> str:
    """``03.12.2026`` in the centre's zone: a fixed date, since the card and the topic stay
    (no "today")."""
    return f"{moment.astimezone(zone):%d.%m.%Y}"


def name_de(step: int) -> str:
    return f"Schritt {step}/{STEPS} · {NAMES_DE[step]}"


def card_line(latest: PathStep | None, zone: tzinfo) -> str:
    """The case card's line about the path: the current step and since when."""
    if latest is None:
        return "🧭 Weg: noch kein Schritt eingetragen (/schritt 3)"
    return f"🧭 {name_de(latest.step)} (seit {date_de(latest.recorded_at, zone)})"


def card_buttons(user_id: int) -> tuple[Button, ...]:
    return (
        Button("🧭 Schritt eintragen", f"{CHOOSE}:{user_id}"),
        Button("📨 Nächsten Schritt erklären", f"{EXPLAIN}:{user_id}"),
    )


def choices(user_id: int, latest: PathStep | None) -> Reply:
    """Nine buttons, one per step; the current one marked."""
    rows = tuple(
        (
            Button(
                ("✅ " if latest is not None and latest.step == n else "") + name_de(n),
                f"{SET}:{user_id}:{n}",
            ),
        )
        for n in range(1, STEPS + 1)
    )
    current = "noch keiner" if latest is None else name_de(latest.step)
    text = (
        f"🧭 Welchen Schritt hat die Person erreicht? Jetzt: {current}.\n"
        "Mit Notiz: /schritt 4 kurze Notiz (nur fürs Team)."
    )
    return Reply(text=text, buttons=rows)


def recorded(row: PathStep, user_id: int, zone: tzinfo) -> Reply:
    lines = [f"🧭 Eingetragen: {name_de(row.step)} – {date_de(row.recorded_at, zone)}"]
    if row.recorded_by:
        lines[0] += f", {row.recorded_by}"
    if row.note:
        lines.append(f"📝 {row.note} (nur fürs Team, die Person sieht das nie)")
    if row.step < STEPS:
        lines.append(f"Der Person erklären, was Schritt {row.step + 1} bedeutet: /naechster")
    return Reply(
        text="\n".join(lines),
        buttons=((Button("📨 Nächsten Schritt erklären", f"{EXPLAIN}:{user_id}"),),),
    )


def history(rows: Sequence[PathStep], zone: tzinfo) -> str:
    if not rows:
        return "Noch kein Schritt eingetragen."
    lines = ["Bisher:"]
    for row in rows:
        by = f", {row.recorded_by}" if row.recorded_by else ""
        note = f" – 📝 {row.note}" if row.note else ""
        lines.append(f"   • {date_de(row.recorded_at, zone)}: Schritt {row.step}{by}{note}")
    return "\n".join(lines)


def next_step(t: Translator, step: Step) -> Reply:
    """For the person, in their language: the step, what it means for them, whom they see."""
    text = (
        f"🧭 {step.number}/{STEPS} · {step.text('title', t.chain)}\n"
        f"{step.text('means', t.chain)}\n"
        f"👤 {step.text('whom', t.chain)}"
    )
    return Reply(text=text, rtl=t.rtl, extras={PURPOSE: NEXT_STEP})


def explained(step: Step, language: str, german: Translator) -> Reply:
    """The mediator's preview: what the person got, in German, and how sure the words are."""
    lines = [f"📨 An die Person geschickt ({language}): {name_de(step.number)}"]
    lines += [f"   {line}" for line in next_step(german, step).text.splitlines()]
    if language in step.unreviewed:
        lines.append(f"⚠️ Der Text auf {language} ist maschinell übersetzt und ungeprüft.")
    if step.example:
        lines.append("⚠️ Beispieltext aus content/path.yaml (example: true): bitte prüfen.")
    return Reply(text="\n".join(lines))
