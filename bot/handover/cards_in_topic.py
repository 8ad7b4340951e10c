"""Cards in one tap: from a person's topic, a mediator sends the bot's own answers.

``/karte german-course`` (an offer card), ``/ort raum-vor-ort`` (a place with its pin),
``/faq papers`` (a staff-written answer), ``/termin [ID]`` (booking buttons) and
``/antwort morgen-anrufen`` (a quick reply from ``content/quick_replies.yaml``), or a button
under the case card for an offer the person looked at. The person receives exactly what the
bot would show, in their language, through the relay outbox (in order after the mediator's
own messages); the topic gets the same in German, so colleagues read what was sent.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot.catalogue.model import Catalogue
from bot.dialogue import views
from bot.dialogue.answers import faq_answer
from bot.dialogue.ids import parse_id
from bot.dialogue.sendable import Sendable
from bot.handover import cases
from bot.handover.cards import SEND_OFFER
from bot.handover.outbox import Outbox
from bot.handover.views import MEDIATOR_REPLY
from bot.i18n.translator import Translator
from bot.messages import PURPOSE, Reply, Venue
from bot.staff_desk import StaffDesk, StaffTurn
from bot.storage.models import HandoverCase, User

if TYPE_CHECKING:
    from bot.core import FeatureContext
    from bot.handover.staff_commands import StaffHandover

CLOSE_IDS_SHOWN = 3

Render = Callable[[Translator, Catalogue], list[Reply]]


@dataclass(frozen=True)
class Kind:
    """One sort of thing a mediator can send: its command, what it is called, its ids."""

    command: str
    noun: str  # German, for the answers: "Angebot", "Ort", ...
    question: str  # "Welches Angebot?"
    file: str

    def usage(self) -> str:
        return f"/{self.command} ID"


OFFER = Kind("karte", "Angebot", "Welches Angebot?", "offers.yaml")
PLACE = Kind("ort", "Ort", "Welcher Ort?", "locations.yaml")
FAQ = Kind("faq", "Antwort", "Welche Antwort?", "faq.yaml")
QUICK = Kind("antwort", "Schnellantwort", "Welche Schnellantwort?", "quick_replies.yaml")


class TopicCards:
    def __init__(self, core: FeatureContext, outbox: Outbox, handover: StaffHandover) -> None:
        self.core = core
        self.outbox = outbox
        self.handover = handover

    def register(self, desk: StaffDesk) -> None:
        self.desk = desk
        desk.on_command("karte", self.offer, "ID: die Karte eines Angebots an die Person")
        desk.on_command("ort", self.place, "ID: einen Ort mit Stecknadel an die Person")
        desk.on_command("faq", self.faq, "ID: eine Antwort aus faq.yaml an die Person")
        desk.on_command(
            "antwort", self.quick_reply, "ID: eine Schnellantwort an die Person (ohne ID: Liste)"
        )
        desk.on_action(SEND_OFFER, self.offer_button)
        # What other features offer (booking: /termin), once every feature is installed.
        self.core.when_running(self._register_sendables)

    async def _register_sendables(self) -> None:
        for sendable in self.core.dialogue.sendables:
            self.desk.on_command(sendable.command, partial(self.send, sendable), sendable.describe)

    @property
    def catalogue(self) -> Catalogue:
        return self.core.dialogue.catalogue.current.catalogue

    # -- commands -------------------------------------------------------------------------------

    async def offer(self, turn: StaffTurn) -> list[Reply]:
        known = {o.id: o.text("title", "de") for o in self.catalogue.offers.values()}
        if turn.argument not in known:
            return [_unknown(OFFER, turn.argument, known)]
        return await self._send(
            turn, None, self._offer_card(turn.argument), f"Angebot {turn.argument}"
        )

    async def offer_button(self, turn: StaffTurn) -> list[Reply]:
        case_text, _, offer_id = turn.argument.partition(":")
        case_id = parse_id(case_text)
        if case_id is None or offer_id not in self.catalogue.offers:
            return [Reply(text="Dieser Knopf ist veraltet: das Angebot gibt es nicht mehr.")]
        return await self._send(turn, case_id, self._offer_card(offer_id), f"Angebot {offer_id}")

    async def place(self, turn: StaffTurn) -> list[Reply]:
        known = {p.id: p.name for p in self.catalogue.locations.values()}
        if turn.argument not in known:
            return [_unknown(PLACE, turn.argument, known)]
        place_id = turn.argument

        def render(t: Translator, catalogue: Catalogue) -> list[Reply]:
            return place_replies(t, catalogue, place_id)

        return await self._send(turn, None, render, f"Ort {place_id}")

    async def faq(self, turn: StaffTurn) -> list[Reply]:
        known = {e.id: e.answer("de")[:40] for e in self.catalogue.faq.values()}
        if turn.argument not in known:
            return [_unknown(FAQ, turn.argument, known)]
        faq_id = turn.argument

        def render(t: Translator, catalogue: Catalogue) -> list[Reply]:
            return faq_answer(t, catalogue, faq_id) or []

        return await self._send(turn, None, render, f"Antwort {faq_id}")

    async def send(self, sendable: Sendable, turn: StaffTurn) -> list[Reply]:
        """What another feature offers (``/termin``): without an id all of it, with one that."""
        known = sendable.choices(self.catalogue)
        if not known:
            return [Reply(text=sendable.none_here)]
        wanted = turn.argument
        if wanted and wanted not in known:
            kind = Kind(sendable.command, sendable.noun, sendable.question, sendable.file)
            return [_unknown(kind, wanted, known)]
        entries = self.core.dialogue.menu_entries

        def render(t: Translator, catalogue: Catalogue) -> list[Reply]:
            return sendable.render(t, catalogue, wanted, entries)

        return await self._send(turn, None, render, f"{sendable.noun} {wanted}".strip())

    async def quick_reply(self, turn: StaffTurn) -> list[Reply]:
        known = {q.id: q.text("de") for q in self.catalogue.quick_replies.values()}
        if turn.argument not in known:
            return [_unknown(QUICK, turn.argument, known)]
        reply_id = turn.argument

        def render(t: Translator, catalogue: Catalogue) -> list[Reply]:
            entry = catalogue.quick_replies[reply_id]
            return [Reply(text=entry.text(t.chain), rtl=t.rtl)]

        return await self._send(turn, None, render, f"Schnellantwort {reply_id}")

    # -- sending --------------------------------------------------------------------------------

    def _offer_card(self, offer_id: str) -> Render:
        dialogue = self.core.dialogue

        def render(t: Translator, catalogue: Catalogue) -> list[Reply]:
            offer = catalogue.offer(offer_id)
            if offer is None:
                return []
            return dialogue.card_of(t, offer, dialogue.clock())

        return render

    async def _send(
        self, turn: StaffTurn, case_id: int | None, render: Render, what: str
    ) -> list[Reply]:
        """Render for the person and in German; queue the person's copy, show the German."""
        catalogue = self.catalogue
        languages = self.core.dialogue.languages
        async with self.core.database.session() as session:
            case = await self._open_case(session, turn, case_id)
            if case is None:
                return [Reply(text=NOT_IN_A_TOPIC)]
            user = await session.get(User, case.user_id)
            assert user is not None  # the case would have gone with them
            language = user.language or self.core.settings.default_language
            person = self.core.texts.translator(language, user.format_language)
            replies = render(person, catalogue)
            if not replies:
                return [Reply(text="Das gibt es gerade nicht mehr (Inhalte neu geladen?).")]
            # What other features add to the bot's answers (the voice feature's 🔊 buttons).
            replies = await self.core.dialogue.team_sent(person, catalogue, replies, user)
            await self.handover.take_by_writing(session, turn, case)
            self.outbox.notices(session, case, _from_the_team(replies), turn.now)
        name = languages.name_in(language, "de") if language in languages else language
        german = render(self.core.texts.translator("de"), catalogue)
        heading = f"📇 {what} an die Person geschickt ({name}). So sieht es auf Deutsch aus:"
        return [Reply(text=heading + "\n\n" + preview(german))]

    async def _open_case(
        self, session: AsyncSession, turn: StaffTurn, case_id: int | None
    ) -> HandoverCase | None:
        if case_id is not None:
            case = await session.get(HandoverCase, case_id)
            return case if case is not None and case.closed_at is None else None
        if turn.inbound.thread_id is None:
            return None
        owner = await cases.topic_owner(session, turn.inbound.thread_id)
        return None if owner is None else await cases.open_case_of(session, owner)


NOT_IN_A_TOPIC = (
    "Das geht nur im Thema einer Person mit offenem Chat. /queue zeigt die offenen Chats."
)


def place_replies(t: Translator, catalogue: Catalogue, place_id: str) -> list[Reply]:
    """One place as the bot shows places: name and address, then the pin with the buttons."""
    place = catalogue.locations.get(place_id)
    if place is None:
        return []
    lines = [f"📍 {place.name}, {t.isolate(place.address)}"]
    if place.example:
        lines += ["", "⚠️ " + t._("Example data: staff still have to confirm times and place.")]
    pin = Venue(place.name, place.address, place.latitude, place.longitude)
    nav = (tuple(views._nav_row(t)),)
    return [Reply(text="\n".join(lines), rtl=t.rtl), Reply(venue=pin, buttons=nav, rtl=t.rtl)]


def _from_the_team(replies: Sequence[Reply]) -> list[Reply]:
    """Marked as coming from the team (WhatsApp picks the right template after 24 hours)."""
    first, *rest = replies
    return [replace(first, extras={**first.extras, PURPOSE: MEDIATOR_REPLY}), *rest]


def preview(replies: Sequence[Reply]) -> str:
    """The replies as one text for the topic: pictures and pins named, buttons in brackets."""
    parts = []
    for reply in replies:
        lines = []
        if reply.image is not None:
            lines.append(f"🖼 Bild: {reply.image.filename}")
        if reply.text:
            lines.append(reply.text)
        if reply.venue is not None:
            lines.append(f"📌 Stecknadel: {reply.venue.title}, {reply.venue.address}")
        if reply.audio is not None:
            lines.append(f"🔊 Audio: {reply.audio.filename}")
        if reply.buttons:
            lines.append("Knöpfe: " + " ".join(f"[{b.label}]" for b in reply.all_buttons))
        parts.append("\n".join(lines))
    return "\n\n".join(part for part in parts if part)


def _unknown(kind: Kind, wanted: str, known: dict[str, str]) -> Reply:
    """A friendly German answer: what there is, the closest ids first."""
    if not known:
        return Reply(text=f"In {kind.file} steht noch nichts ({kind.noun}).")
    if not wanted:
        lines = [f"{kind.question} {kind.usage()} – es gibt:"]
        lines += [f"• {key} – {label}" for key, label in known.items()]
        return Reply(text="\n".join(lines))
    needle = wanted.lower()
    # A German word from the title ("deutschkurs") first, then ids spelt alike ("german-cours").
    by_label = [key for key, label in known.items() if needle in label.lower()]
    alike = difflib.get_close_matches(needle, list(known), n=CLOSE_IDS_SHOWN, cutoff=0.4)
    close = list(dict.fromkeys([*by_label, *alike]))[:CLOSE_IDS_SHOWN]
    text = f"„{wanted}“ kenne ich nicht ({kind.noun}, {kind.file})."
    if close:
        text += "\nMeinten Sie: " + ", ".join(f"/{kind.command} {key}" for key in close) + "?"
    text += f"\n/{kind.command} allein zeigt alle."
    return Reply(text=text)
