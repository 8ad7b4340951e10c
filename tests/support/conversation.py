"""Play a conversation with the core the way a person would: type, tap, send a sticker."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.app import FEATURES, CoreApp, open_core
from bot.config import Settings
from bot.core import Feature
from bot.messages import Button, ChannelName, ChatId, Inbound, InboundKind, Reply

OPEN_OFFICE_HOURS = "Our team is happy to help you in person. Come by during the open office hours:"
"""How the answer that sends a person to the open office hours begins (the English source)."""

# A Monday morning in Berlin: the week's offers all lie ahead.
MONDAY_MORNING = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


class FixedClock:
    """A clock tests move by hand: no sleeping, no flaky timing."""

    def __init__(self, now: datetime = MONDAY_MORNING) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@asynccontextmanager
async def running_core(
    database_url: str,
    clock: Callable[[], datetime] | None = None,
    content_dir: Path | None = None,
    features: Sequence[Feature] = FEATURES,
    **settings_changes: Any,
) -> AsyncIterator[CoreApp]:
    """A core on ``database_url``; ``settings_changes`` e.g. ``timezone="America/New_York"``;
    ``features`` to leave one out, as a centre would in ``bot/app.py``."""
    # Tests play conversations far faster than people type; tests/dialogue/test_throttle.py
    # checks the per-person limit itself.
    settings = replace(
        Settings(), database_url=database_url, person_messages_per_minute=0, **settings_changes
    )
    if content_dir is not None:
        settings = replace(settings, content_dir=content_dir)
    async with open_core(settings, clock=clock or FixedClock(), features=features) as core:
        yield core


async def onboarded(
    core: CoreApp,
    language_label: str = "Deutsch",
    chat_id: str = "person-1",
    hint: str | None = None,
) -> Chat:
    """A person who chose ``language_label`` and accepted the privacy note, ready to ask."""
    chat = Chat(core, chat_id, hint=hint)
    await chat.onboard(language_label)
    return chat


class Chat:
    """One person's chat with the core."""

    def __init__(
        self,
        core: CoreApp,
        chat_id: str = "person-1",
        hint: str | None = None,
        channel: str = "console",
    ) -> None:
        self.core = core
        self.chat_id = ChatId(chat_id)
        self.hint = hint
        self.channel = ChannelName(channel)
        self.replies: list[Reply] = []

    async def _do(self, inbound: Inbound) -> list[Reply]:
        self.replies = await self.core.handle(inbound)
        return self.replies

    async def onboard(self, language_label: str = "Deutsch") -> None:
        """What every new person does first: /start, tap a language (for Romani also the first
        date format offered), accept the privacy note."""
        await self.send("/start")
        await self.tap(language_label)
        if any(b.action.startswith("fmt:") for b in self.buttons):  # Romani: days in ro or bg
            await self.press(self.buttons[0].action)
        await self.press("consent:yes")

    async def send(self, text: str) -> list[Reply]:
        return await self._do(
            Inbound(
                self.channel, self.chat_id, InboundKind.TEXT, text=text, language_hint=self.hint
            )
        )

    async def send_kind(self, kind: InboundKind) -> list[Reply]:
        return await self._do(Inbound(self.channel, self.chat_id, kind, language_hint=self.hint))

    async def send_media(
        self, kind: InboundKind, media_ref: str, caption: str | None = None
    ) -> list[Reply]:
        """A photo, voice message, ... the channel can fetch by ``media_ref``."""
        return await self._do(
            Inbound(
                self.channel,
                self.chat_id,
                kind,
                text=caption,
                media_ref=media_ref,
                language_hint=self.hint,
            )
        )

    async def press(self, action: str) -> list[Reply]:
        """Tap a button by its payload, even one from an old message."""
        return await self._do(
            Inbound(
                self.channel,
                self.chat_id,
                InboundKind.ACTION,
                action=action,
                language_hint=self.hint,
            )
        )

    async def tap(self, label_part: str) -> list[Reply]:
        """Tap the button on screen whose label contains ``label_part``."""
        return await self.press(self.button(label_part).action)

    def button(self, label_part: str) -> Button:
        matches = [b for b in self.buttons if label_part.casefold() in b.label.casefold()]
        if len(matches) != 1:
            raise AssertionError(
                f"{len(matches)} buttons match {label_part!r}: {[b.label for b in self.buttons]}"
            )
        return matches[0]

    @property
    def buttons(self) -> list[Button]:
        return [button for reply in self.replies for button in reply.all_buttons]

    @property
    def labels(self) -> list[str]:
        return [button.label for button in self.buttons]

    @property
    def text(self) -> str:
        return "\n".join(reply.text for reply in self.replies if reply.text)

    @property
    def venues(self) -> list[str]:
        return [reply.venue.title for reply in self.replies if reply.venue is not None]


async def at_booking_confirmation(core: CoreApp, label: str, code: str, day: str) -> Chat:
    """A person booking the office hours on ``day`` (a weekday in their language), at
    "Please check your appointment": where a typed yes or no decides."""
    t = core.texts.translator(code)
    chat = await onboarded(core, label)
    await chat.press("offer:office-hours")
    await chat.tap(t._("Book an appointment"))
    await chat.send(f"{day} 14:20")
    await chat.send("Ana")
    if any(b.action == "bintp:no" for b in chat.buttons):  # no interpreter needed
        await chat.press("bintp:no")
    assert t._("Please check your appointment:") in chat.text
    return chat


def offer_title(core: CoreApp, offer_id: str, language: str) -> str:
    """The title of a shipped offer in ``language``, as its card shows it."""
    offer = core.dialogue.catalogue.current.catalogue.offer(offer_id)
    assert offer is not None
    return offer.text("title", language)
