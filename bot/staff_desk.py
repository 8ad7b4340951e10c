"""The staff group: commands for configured staff, in German; everyone else is ignored there.

Features register their commands here (``/today`` from booking, ``/take`` from handover, ...),
so the desk itself only checks who may ask and routes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from bot.commands import command_of
from bot.messages import Inbound, InboundKind, Reply


@dataclass(frozen=True)
class StaffTurn:
    """One staff message: a command with its argument, or (command empty) anything else."""

    inbound: Inbound
    command: str
    argument: str
    now: datetime


StaffHandler = Callable[[StaffTurn], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class _Command:
    handler: StaffHandler
    help_de: str


class StaffDesk:
    def __init__(self, staff_user_ids: frozenset[str], clock: Callable[[], datetime]) -> None:
        self.staff_user_ids = staff_user_ids  # STAFF_USER_IDS
        self.clock = clock
        self._staff_checks: list[Callable[[str | None], bool]] = []
        self._commands: dict[str, _Command] = {}
        self._other: StaffHandler | None = None
        self._document: StaffHandler | None = None
        self._actions: dict[str, StaffHandler] = {}

    @property
    def command_names(self) -> tuple[str, ...]:
        return tuple(self._commands)

    @property
    def action_kinds(self) -> tuple[str, ...]:
        return tuple(self._actions)

    def is_staff(self, sender_id: str | None) -> bool:
        """``STAFF_USER_IDS``, and whoever a feature counts as staff (the team's mediators)."""
        return sender_id in self.staff_user_ids or any(
            check(sender_id) for check in self._staff_checks
        )

    def also_staff(self, check: Callable[[str | None], bool]) -> None:
        """Count whoever ``check`` accepts as staff too (``content/team.yaml``, bot/handover)."""
        self._staff_checks.append(check)

    def on_command(self, name: str, handler: StaffHandler, help_de: str) -> None:
        self._commands[name] = _Command(handler, help_de)

    def on_other(self, handler: StaffHandler) -> None:
        """What to do with staff messages that are not commands (a reply in a person's topic)."""
        self._other = handler

    def on_action(self, kind: str, handler: StaffHandler) -> None:
        """Buttons in the staff group (``kind:argument``; the handler gets the argument)."""
        self._actions[kind] = handler

    def on_document(self, handler: StaffHandler) -> None:
        """What to do with a file sent to the group's main chat (an edited catalogue file)."""
        self._document = handler

    async def handle(self, inbound: Inbound) -> list[Reply]:
        # Strangers in the group get silence: answering them would only add noise there.
        if not self.is_staff(inbound.sender_id):
            return []
        text = (inbound.text or "").strip()
        now = self.clock()
        typed = command_of(inbound)
        if typed is not None:
            if typed.name == "help":
                return [Reply(text=self.help_text())]
            command = self._commands.get(typed.name)
            if command is None:
                return [Reply(text=f"Unbekannter Befehl /{typed.name}. /help zeigt alle Befehle.")]
            return await command.handler(StaffTurn(inbound, typed.name, typed.argument, now))
        if inbound.kind is InboundKind.ACTION:
            kind, _, argument = (inbound.action or "").partition(":")
            tapped = self._actions.get(kind)
            return [] if tapped is None else await tapped(StaffTurn(inbound, kind, argument, now))
        # Files in a person's topic belong to that conversation (handover), not to the catalogue.
        is_file = inbound.kind is InboundKind.DOCUMENT and inbound.thread_id is None
        if is_file and self._document is not None:
            return await self._document(StaffTurn(inbound, "", text, now))
        if self._other is not None:
            return await self._other(StaffTurn(inbound, "", text, now))
        return []

    def help_text(self) -> str:
        lines = ["Befehle für das Team:"]
        lines += [
            f"/{name} – {command.help_de}" for name, command in sorted(self._commands.items())
        ]
        lines.append("/help – diese Liste")
        return "\n".join(lines)
