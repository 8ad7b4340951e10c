"""The one place a typed command is read: ``/name argument``, for people and for staff.

``/start@ErstkontaktBot ro-x`` names the bot in groups; the name after ``@`` is dropped here
(Telegram's channel drops it earlier when it is this bot's own).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.messages import Inbound, InboundKind


@dataclass(frozen=True)
class Command:
    name: str  # lower case, without "/" and "@bot"
    argument: str  # the rest, stripped ("" when none)


def parse_command(text: str | None) -> Command | None:
    """``text`` as a command if it starts with "/" (after spaces); None for anything else."""
    stripped = (text or "").strip()
    if not stripped.startswith("/"):
        return None
    name, _, argument = stripped[1:].partition(" ")
    return Command(name.split("@", 1)[0].lower(), argument.strip())


def command_of(inbound: Inbound) -> Command | None:
    """The command a typed message is, or None (a button, a photo, plain text)."""
    return parse_command(inbound.text) if inbound.kind is InboundKind.TEXT else None
