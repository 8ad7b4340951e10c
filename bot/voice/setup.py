"""Listening as a feature: the 🔊 buttons, the "always send voice" setting, the answer to
a person's voice message, and the staff's ``/audio`` command for their own recordings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.booking.reminders import ReminderDelivery
from bot.catalogue.model import Catalogue
from bot.core import FeatureContext
from bot.dialogue import actions
from bot.dialogue.actions import Action
from bot.dialogue.turn import Turn
from bot.dialogue.views import cannot_listen_text
from bot.i18n.translator import Translator
from bot.messages import Button, Inbound, InboundKind, Reply
from bot.staff.reload import CatalogueReloader
from bot.storage import users
from bot.storage.models import User
from bot.voice.listen import (
    ALWAYS_KEY,
    LISTEN_ACTION,
    SAY,
    VOICE_SETTING,
    Listening,
    Script,
    voice_reply,
)
from bot.voice.recordings import Recording, RecordingStore
from bot.voice.staff import StaffRecordings
from bot.voice.synth import Synthesiser


@asynccontextmanager
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    """The feature for the core's lifetime; voice notes still being made stop with it.
    Shares its :class:`Listening` (``core.part(Listening)``)."""
    listening = register(ctx)
    ctx.provide(listening)
    try:
        yield
    finally:
        await listening.close()


def register(core: FeatureContext) -> Listening:
    """Register the voice feature's buttons, answers and staff command with the core."""
    settings = core.settings
    listening = Listening(
        Synthesiser(settings.voice_cache_dir, settings.voice_languages),
        RecordingStore(settings.content_dir),
        core.texts,
    )
    dialogue = core.dialogue

    async def on_listen(turn: Turn, tapped: Action) -> list[Reply]:
        """🔊 tapped: the same content as a voice message."""
        always = bool(turn.user.state_data.get(ALWAYS_KEY))
        catalogue = turn.snapshot.catalogue
        spoken = await listening.voice_for(turn.t, catalogue, tapped.argument, turn.now, turn)
        if spoken is None:
            return [_cannot_say(turn.t)]
        return [voice_reply(turn.t, spoken, always=always, offer_setting=True)]

    async def on_setting(turn: Turn, tapped: Action) -> list[Reply]:
        """ "Always send voice messages" or "text only again"."""
        t, always = turn.t, tapped.argument == "always"
        turn.remember(**{ALWAYS_KEY: True if always else None})
        text = (
            "🔊 " + t._("OK. I will also send my answers as voice messages.")
            if always
            else "📝 " + t._("OK. From now on I send text only.")
        )
        return [Reply(text=text, buttons=(tuple(_nav(t)),), rtl=t.rtl)]

    async def add_listening(turn: Turn, replies: list[Reply]) -> list[Reply]:
        if turn.browsing:  # nothing kept for them: the button's setting could not be either
            return replies
        return await listening.decorate(
            turn.t,
            turn.snapshot.catalogue,
            replies,
            turn.now,
            turn,
            always=bool(turn.user.state_data.get(ALWAYS_KEY)),
        )

    async def stored(turn: Turn) -> list[tuple[str, str]]:
        if turn.user.state_data.get(ALWAYS_KEY):
            return [(turn.t._("Voice messages"), turn.t._("always send"))]
        return []

    async def prepare(inbound: Inbound) -> None:
        """A tapped 🔊 or a voice message: synthesise before the turn (see ``before_turn``)."""
        action = inbound.action or ""
        if inbound.kind is InboundKind.ACTION and action.startswith(LISTEN_ACTION + ":"):
            target = action.partition(":")[2]
        elif inbound.kind in {InboundKind.VOICE, InboundKind.AUDIO}:
            target = SAY
        else:
            return
        if core.is_staff_chat(inbound):
            return
        catalogue, now = dialogue.catalogue.current.catalogue, dialogue.clock()
        async with core.database.session() as session:
            user = await users.find(session, inbound.channel, inbound.chat_id)
            if user is None or user.language is None or user.consent_at is None:
                return
            t = core.texts.translator(user.language, user.format_language)
            said: Recording | Script | None
            if target == SAY:
                said = listening.cannot_listen(t, cannot_listen_text(t))
            else:
                said = await listening.what_to_say(t, catalogue, target, now, session, user.id)
        await listening.prepare(t, said)

    dialogue.before_turn(prepare)
    # It sends a voice file, made ahead of the turn for a tap (``prepare``): "listen" typed is
    # read as a question, not taken for the button.
    dialogue.on_action(LISTEN_ACTION, on_listen, by_words=False)
    dialogue.on_action(VOICE_SETTING, on_setting)
    dialogue.on_replies(add_listening)

    async def add_listening_to_sent(
        t: Translator, catalogue: Catalogue, replies: list[Reply], user: User
    ) -> list[Reply]:
        """🔊 under the bot's answers a mediator sends (an offer's card, a place)."""
        always = bool(user.state_data.get(ALWAYS_KEY))
        now = dialogue.clock()
        return await listening.decorate(t, catalogue, replies, now, None, always=always)

    dialogue.on_team_sent(add_listening_to_sent)
    dialogue.on_privacy(stored)
    reminders = core.part(ReminderDelivery)  # booking is installed before
    if reminders is not None:

        async def reminder_buttons(t: Translator, replies: list[Reply]) -> list[Reply]:
            catalogue = dialogue.catalogue.current.catalogue
            return await listening.decorate(
                t, catalogue, replies, dialogue.clock(), None, always=False
            )

        reminders.listen_buttons = reminder_buttons
    staff = StaffRecordings(core, listening)
    staff.register(core.desk)
    reloader = core.part(CatalogueReloader)  # staff is installed before
    if reloader is not None:
        reloader.after_reload.append(staff.tell_about_outdated)
    return listening


def _nav(t: Translator) -> list[Button]:
    return [
        Button("🙋 " + t._("Talk to a person"), actions.HUMAN),
        Button("🏠 " + t._("Menu"), actions.MENU),
    ]


def _cannot_say(t: Translator) -> Reply:
    text = "🔇 " + t._("Sorry, I cannot say this aloud in your language yet.")
    return Reply(text=text, buttons=(tuple(_nav(t)),), rtl=t.rtl)
