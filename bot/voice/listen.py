"""The "🔊 Listen" button and the voice notes it sends, for people who read little.

The core marks what can be listened to (``Reply.extras[LISTEN]``: an offer card, an FAQ
answer, a booking, a reminder, or ``say`` for a reply to be spoken at once). This feature adds
the button where a voice exists — a mediator's recording first, synthesised speech where
espeak-ng speaks the language acceptably — and sends the voice note when it is tapped, or
straight away for people who chose "always send voice messages".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.booking import store as bookings
from bot.catalogue.model import Catalogue
from bot.dialogue import actions
from bot.dialogue.turn import Turn
from bot.dialogue.views import cannot_listen_text
from bot.i18n.translator import TextCatalogs, Translator
from bot.messages import LISTEN, Attachment, Button, Reply
from bot.voice import script
from bot.voice.recordings import (
    Recording,
    RecordingStore,
    faq_fingerprint,
    offer_fingerprint,
    say_fingerprint,
)
from bot.voice.synth import Synthesiser, SynthesisFailed

log = logging.getLogger(__name__)

LISTEN_ACTION = "listen"  # listen:offer:german-course | listen:faq:ID | listen:booking:12 | ...
VOICE_SETTING = "voiceset"  # voiceset:always | voiceset:text
ALWAYS_KEY = "voice_always"
"""``state_data`` key: this person gets every answer that can be listened to as a voice note."""
SAY = "say"
"""``LISTEN`` value: speak this reply's own text at once (the answer to a voice message)."""
CANNOT_LISTEN = "cannot-listen"
"""The recording target for that answer (Romani has no synthesised voice)."""
VOICE_MIME = "audio/ogg"


@dataclass(frozen=True)
class Script:
    """Text to synthesise, the file name it is sent under, and whether it may be cached."""

    text: str
    name: str
    keep: bool = True


@dataclass(frozen=True)
class Spoken:
    """A voice note to send, and whether a mediator recorded it (else it was synthesised)."""

    attachment: Attachment
    recording: Recording | None


class Listening:
    """Decides where a Listen button goes and makes the voice note behind it."""

    def __init__(
        self, synthesiser: Synthesiser, recordings: RecordingStore, texts: TextCatalogs
    ) -> None:
        self.synthesiser = synthesiser
        self.recordings = recordings
        self.texts = texts
        self._warming: set[asyncio.Task[None]] = set()

    # -- where a voice exists -----------------------------------------------------------

    def has_voice(self, language: str, target: str) -> bool:
        kind, _, ident = target.partition(":")
        if self.synthesiser.speaks(language):
            return True
        if kind in {"offer", "faq"}:
            return self.recordings.find(ident, language) is not None
        if kind == SAY:
            return self.recordings.find(CANNOT_LISTEN, language) is not None
        return False  # bookings and reminders name a person's own time: never recorded

    # -- making the voice note ----------------------------------------------------------

    async def what_to_say(
        self,
        t: Translator,
        catalogue: Catalogue,
        target: str,
        now: datetime,
        session: AsyncSession | None,
        user_id: int | None,
    ) -> Recording | Script | None:
        """A staff recording for ``target`` in ``t``'s language, else the text to synthesise;
        None when there is neither (a stale button, a removed offer, no voice)."""
        kind, _, ident = target.partition(":")
        if kind == "offer" and (offer := catalogue.offer(ident)) is not None:
            recording = self.recordings.find(offer.id, t.code)
            return recording or Script(script.offer_script(t, offer, now), offer.id)
        if kind == "faq" and (entry := catalogue.faq.get(ident)) is not None:
            recording = self.recordings.find(entry.id, t.code)
            return recording or Script(script.faq_script(t, entry), f"faq-{entry.id}")
        if kind in {"booking", "reminder"} and session is not None and ident.isdigit():
            # Only the person's own appointment: a button never reads out someone else's.
            booking = await bookings.own_booking(session, user_id or 0, int(ident))
            offer = catalogue.offer(booking.offer_id) if booking is not None else None
            if booking is None or offer is None:
                return None
            text = script.booking_script(t, offer, booking, reminder=kind == "reminder")
            return Script(text, "appointment", keep=False)
        return None

    async def prepare(self, t: Translator, said: Recording | Script | None) -> None:
        """Synthesise before the turn, outside its transaction: on SQLite a turn holds the
        write lock, and seconds of espeak-ng inside it would make every other chat wait."""
        if isinstance(said, Script) and self.synthesiser.speaks(t.code):
            try:
                await self.synthesiser.speak(t.code, said.text)
            except (SynthesisFailed, OSError) as error:
                log.warning("no voice note: %s", type(error).__name__)

    async def voice_for(
        self, t: Translator, catalogue: Catalogue, target: str, now: datetime, turn: Turn | None
    ) -> Spoken | None:
        """The voice note for ``target`` (usually synthesised already by :meth:`prepare`)."""
        said = await self.what_to_say(
            t,
            catalogue,
            target,
            now,
            turn.session if turn is not None else None,
            turn.user.id if turn is not None else None,
        )
        if said is None:
            return None
        if isinstance(said, Recording):
            return _recorded(said)
        return await self._synthesised(t, said)

    def cannot_listen(self, t: Translator, text: str) -> Recording | Script:
        """The answer to a voice message: a mediator's recording of it, else its text."""
        recording = self.recordings.find(CANNOT_LISTEN, t.code)
        return recording or Script(script.for_the_ear(t.code, text), CANNOT_LISTEN)

    async def _synthesised(self, t: Translator, said: Script) -> Spoken | None:
        if not self.synthesiser.speaks(t.code):
            return None
        try:
            path = await self.synthesiser.speak(t.code, said.text)
        except (SynthesisFailed, OSError) as error:
            log.warning("no voice note: %s", type(error).__name__)
            return None
        filename = f"{said.name}.{t.code}.ogg"
        if said.keep:
            return Spoken(Attachment(filename, VOICE_MIME, path=path), None)
        # A person's appointment goes as bytes, like its calendar file, not as a file in the
        # shared cache that would outlive "delete my data".
        data = path.read_bytes()
        path.unlink(missing_ok=True)
        return Spoken(Attachment(filename, VOICE_MIME, data=data), None)

    def _ready(self, t: Translator, said: Recording | Script | None) -> Spoken | None:
        """The voice note if it needs no synthesis now (recorded, or in the cache)."""
        if said is None:
            return None
        if isinstance(said, Recording):
            return _recorded(said)
        if not self.synthesiser.speaks(t.code):
            return None
        path = self.synthesiser.cached(t.code, said.text)
        if path is None or not said.keep:
            return None
        return Spoken(Attachment(f"{said.name}.{t.code}.ogg", VOICE_MIME, path=path), None)

    def warm_later(self, t: Translator, said: Recording | Script | None) -> None:
        """Synthesise in the background, so the next time it is ready at once."""
        if not isinstance(said, Script) or not said.keep or not self.synthesiser.speaks(t.code):
            return
        task = asyncio.create_task(self.prepare(t, said), name="voice warm-up")
        self._warming.add(task)
        task.add_done_callback(self._warming.discard)

    async def close(self) -> None:
        for task in list(self._warming):
            task.cancel()
        for task in list(self._warming):
            with suppress(asyncio.CancelledError):
                await task

    def fingerprint(self, catalogue: Catalogue, target: str, language: str) -> str | None:
        return current_fingerprint(self.texts, catalogue, target, language)

    # -- buttons ------------------------------------------------------------------------

    async def decorate(
        self, t: Translator, catalogue: Catalogue, replies: Sequence[Reply], now: datetime,
        turn: Turn | None, *, always: bool,
    ) -> list[Reply]:  # fmt: skip
        """Add a Listen button to each reply that can be listened to; for ``say`` and for
        people who chose ``always``, the voice note itself after the answer when it is ready
        without synthesising inside the turn (else the button, and it is made meanwhile)."""
        out: list[Reply] = []
        voices: list[Reply] = []
        for reply in replies:
            target = reply.extras.get(LISTEN)
            if not target or not self.has_voice(t.code, target):
                out.append(reply)
                continue
            if target == SAY:
                said: Recording | Script | None = self.cannot_listen(t, reply.text)
                spoken = self._ready(t, said)
                if spoken is None and isinstance(said, Script):
                    spoken = await self._synthesised(t, said)  # prepared unless it failed
                out.append(reply)
                if spoken is not None:
                    voices.append(voice_reply(t, spoken, always=always, offer_setting=always))
                continue
            if always:
                session = turn.session if turn is not None else None
                user_id = turn.user.id if turn is not None else None
                said = await self.what_to_say(t, catalogue, target, now, session, user_id)
                spoken = self._ready(t, said)
                if spoken is not None:
                    out.append(reply)
                    voices.append(voice_reply(t, spoken, always=True, offer_setting=True))
                    continue
                self.warm_later(t, said)
            # Last, under the thumb; the other buttons keep their places (and numbers).
            listen = Button("🔊 " + t._("Listen"), actions.action(LISTEN_ACTION, target))
            out.append(replace(reply, buttons=(*reply.buttons, (listen,))))
        return out + voices


def current_fingerprint(
    texts: TextCatalogs, catalogue: Catalogue, target: str, language: str
) -> str | None:
    """What a recording of ``target`` in ``language`` would say now (None: no such target)."""
    chain = texts.chain(language)
    if (offer := catalogue.offer(target)) is not None:
        return offer_fingerprint(offer, chain)
    if (entry := catalogue.faq.get(target)) is not None:
        return faq_fingerprint(entry, chain)
    if target == CANNOT_LISTEN:
        return say_fingerprint(cannot_listen_text(texts.translator(language)))
    return None


def voice_reply(t: Translator, spoken: Spoken, *, always: bool, offer_setting: bool) -> Reply:
    """The voice note, with the switch between "always as voice" and "text only" under it."""
    buttons: tuple[tuple[Button, ...], ...] = ()
    if offer_setting:
        label, setting = (
            ("📝 " + t._("Text only again"), "text")
            if always
            else ("🔊 " + t._("Always send voice messages"), "always")
        )
        buttons = ((Button(label, actions.action(VOICE_SETTING, setting)),),)
    return Reply(audio=spoken.attachment, buttons=buttons, rtl=t.rtl)


def _recorded(recording: Recording) -> Spoken:
    name = f"{recording.target}.{recording.language}.ogg"
    return Spoken(Attachment(name, VOICE_MIME, path=recording.path), recording)
