"""``/audio`` in the staff group: a mediator's voice note becomes the recording of an offer.

Reply ``/audio german-course rom`` to a voice note: it is checked (OGG/Opus, 2 s to 5 min),
stored under ``content/voice/`` and played from then on when someone taps 🔊 on that offer in
that language. ``/audio`` alone lists the recordings and which ones are outdated (the text
changed since): those are still played until someone records them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.messages import FileUnavailable, Reply
from bot.staff_desk import StaffDesk, StaffTurn
from bot.voice.listen import CANNOT_LISTEN, Listening
from bot.voice.recordings import MAX_SECONDS, MIN_SECONDS, RecordingRefused

if TYPE_CHECKING:
    from bot.core import FeatureContext

HOW_TO_RECORD = (
    "So nehmen Sie auf: den Text des Angebots in der Sprache als Sprachnachricht in diese Gruppe"
    " sprechen, dann auf die Sprachnachricht antworten mit /audio ANGEBOT SPRACHE,"
    f" z. B. /audio german-course rom ({MIN_SECONDS:.0f} s bis {MAX_SECONDS / 60:.0f} min)."
)


class StaffRecordings:
    def __init__(self, core: FeatureContext, listening: Listening) -> None:
        self.core = core
        self.listening = listening

    def register(self, desk: StaffDesk) -> None:
        desk.on_command(
            "audio",
            self.audio,
            "ANGEBOT SPRACHE als Antwort auf eine Sprachnachricht: eigene Aufnahme; allein: Liste",
        )

    async def audio(self, turn: StaffTurn) -> list[Reply]:
        words = turn.argument.split()
        if not words:
            return [Reply(text=self.overview())]
        if len(words) != 2:
            return [Reply(text="Bitte so: /audio ANGEBOT SPRACHE. " + HOW_TO_RECORD)]
        target, language = words[0].lower(), words[1].lower()
        languages = self.core.dialogue.languages
        if language not in languages:
            codes = " ".join(languages.codes)
            return [Reply(text=f"Unbekannte Sprache {language}. Sprachen: {codes}")]
        catalogue = self.core.dialogue.catalogue.current.catalogue
        fingerprint = self.listening.fingerprint(catalogue, target, language)
        if fingerprint is None:
            ids = " ".join([*catalogue.offers, *catalogue.faq, CANNOT_LISTEN])
            return [Reply(text=f"Kein Angebot und keine FAQ mit der id {target}. Ids: {ids}")]
        media = turn.inbound.reply_to_media
        if media is None:
            return [Reply(text="Keine Sprachnachricht gefunden. " + HOW_TO_RECORD)]
        sender = self.core.senders.get(turn.inbound.channel)
        if sender is None:
            return [Reply(text="Die Sprachnachricht kann gerade nicht geladen werden.")]
        try:
            data = await sender.download(media)
        except FileUnavailable:
            return [Reply(text="❌ Die Sprachnachricht ist nicht mehr abrufbar. Bitte neu senden.")]
        try:
            recording = self.listening.recordings.save(
                target, language, data, fingerprint, turn.now
            )
        except RecordingRefused as refused:
            return [Reply(text=f"❌ Nicht gespeichert: {refused}")]
        name = languages.name_in(language, "de")
        return [
            Reply(
                text=f"✅ Aufnahme gespeichert: {target}, {name} ({recording.seconds:.0f} s)."
                " Wer 🔊 tippt, hört ab jetzt diese Aufnahme."
            )
        ]

    async def tell_about_outdated(self) -> None:
        """After a catalogue change: name each recording it made outdated, once per change."""
        catalogue = self.core.dialogue.catalogue.current.catalogue
        for recording in self.listening.recordings.all():
            current = self.listening.fingerprint(catalogue, recording.target, recording.language)
            if current is None or not recording.outdated(current):
                continue
            text = (
                f"⚠️ Aufnahme veraltet: {recording.target} {recording.language}. Der Text hat"
                " sich geändert; bis zur neuen Aufnahme hören Menschen die alte. " + HOW_TO_RECORD
            )
            key = f"voice-outdated:{recording.target}:{recording.language}:{current}"
            await self.core.notify_staff([Reply(text=text)], key=key)

    def overview(self) -> str:
        catalogue = self.core.dialogue.catalogue.current.catalogue
        lines = ["🔊 Aufnahmen des Teams:"]
        recordings = self.listening.recordings.all()
        for recording in sorted(recordings, key=lambda r: (r.target, r.language)):
            current = self.listening.fingerprint(catalogue, recording.target, recording.language)
            if current is None:
                state = "⚠️ das Angebot gibt es nicht mehr"
            elif recording.outdated(current):
                state = "⚠️ veraltet: der Text hat sich geändert (wird weiter abgespielt)"
            else:
                state = "✅ aktuell"
            lines.append(
                f"• {recording.target} {recording.language}: {state},"
                f" {recording.seconds:.0f} s, vom {recording.recorded_on}"
            )
        if not recordings:
            lines.append("• noch keine")
        spoken = sorted(self.listening.synthesiser.languages)
        lines.append(
            "Computerstimme für: "
            + (" ".join(spoken) if spoken else "keine (nicht installiert)")
            + ". Romanes gibt es nur mit Ihren Aufnahmen."
        )
        lines.append(HOW_TO_RECORD)
        return "\n".join(lines)
