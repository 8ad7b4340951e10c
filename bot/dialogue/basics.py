"""The core's own screens, installed like any feature: the menu, an offer's card, help, the
language switch, "my data" and deleting it, and "talk to a person" as opening hours (the
handover replaces it when a staff chat is configured).

Onboarding (language, date format, privacy, ``/start``, ``/language``) stays in the engine:
it decides whether the person is served at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.core import FeatureContext
from bot.dialogue import actions, views
from bot.dialogue.actions import Action
from bot.dialogue.engine import Dialogue, State
from bot.dialogue.turn import Turn
from bot.messages import Button, Reply


@asynccontextmanager
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    """Register the core's buttons and commands; nothing runs in the background."""
    Basics(ctx.dialogue).register()
    yield


class Basics:
    def __init__(self, dialogue: Dialogue) -> None:
        self.dialogue = dialogue

    def register(self) -> None:
        dialogue = self.dialogue
        # An offer's name typed is a question, read by the understanding (its keywords, the
        # question log), not a tap of the menu's button: "rumänisch" asks for the language,
        # not for "Rumänisches Frühstück".
        dialogue.on_action(
            actions.OFFER, self.offer, keeps_data=False, on_cards="Angebot ansehen", by_words=False
        )
        for kind, handler in {
            actions.MENU: self.menu,
            actions.HUMAN: self.person,
            actions.HELP: self.help,
            actions.NOT_MEANT: self.not_meant,
            actions.SWITCH: self.switch,
            actions.PRIVACY: self.privacy,
            actions.DELETE: self.delete,
        }.items():
            dialogue.on_action(kind, handler, keeps_data=False)
        for name, payload, describe, rank in (
            ("menu", actions.MENU, lambda t: t._("All offers"), 20),
            ("help", actions.HELP, lambda t: t._("Help"), 50),
            ("privacy", actions.PRIVACY, lambda t: t._("My data"), 60),
            ("delete", actions.action(actions.DELETE, "ask"), None, 100),
        ):
            dialogue.on_command(name, dialogue.as_button(payload), describe=describe, rank=rank)
        # Answered here with the team's office hours, by the handover with a live chat.
        dialogue.on_menu(lambda t: Button("🙋 " + t._("Talk to a person"), actions.HUMAN), rank=10)

    async def menu(self, turn: Turn, tapped: Action) -> list[Reply]:
        turn.user.state = State.SERVING
        return [views.menu_of(turn)]

    async def offer(self, turn: Turn, tapped: Action) -> list[Reply]:
        if turn.snapshot.catalogue.offer(tapped.argument) is None:
            return views.stale_button(turn)
        return self.dialogue.offer_card(turn, tapped.argument)

    async def person(self, turn: Turn, tapped: Action) -> list[Reply]:
        """Without a staff chat: when and where to find the team."""
        return [views.person_contact(turn.t, turn.snapshot.catalogue, turn.now)]

    async def help(self, turn: Turn, tapped: Action) -> list[Reply]:
        return [views.help_text(turn.t, self.dialogue.abilities(turn.t))]

    async def not_meant(self, turn: Turn, tapped: Action) -> list[Reply]:
        """Under a card the bot was not sure of: forget that offer, show everything else."""
        turn.remember(context_offer=None, context_at=None)
        t = turn.t
        intro = "🤔 " + t._("Sorry. What are you looking for?")
        return [views.menu_of(turn, intro=intro)]

    async def switch(self, turn: Turn, tapped: Action) -> list[Reply]:
        """The detected language offered under an answer: take it, or keep the current one."""
        if tapped.argument not in self.dialogue.languages:
            return views.stale_button(turn)
        if tapped.argument == turn.user.language:
            turn.remember(keep_language=True)
            return [views.menu_of(turn)]
        return self.dialogue.choose_language(turn, tapped.argument)

    async def privacy(self, turn: Turn, tapped: Action) -> list[Reply]:
        t, dialogue = turn.t, self.dialogue
        if turn.browsing:
            return [views.consent_declined(t, turn.snapshot.catalogue)]  # nothing kept
        stored = await dialogue.stored_about(turn)
        kept = dialogue.kept(t)
        return [views.privacy_overview(t, stored, dialogue.periods, kept, dialogue.retention_days)]

    async def delete(self, turn: Turn, tapped: Action) -> list[Reply]:
        t, catalogue = turn.t, turn.snapshot.catalogue
        if turn.browsing:
            return [views.consent_declined(t, catalogue)]  # nothing kept, nothing to delete
        if tapped.argument == "ask":
            return [views.confirm_delete(t, await self.dialogue.delete_warnings(turn))]
        if tapped.argument == "yes":
            await self.dialogue.eraser.erase(turn.session, turn.user, turn.now)
            return [views.deleted(t)]
        if tapped.argument == "no":
            return [views.menu_of(turn)]
        return views.stale_button(turn)
