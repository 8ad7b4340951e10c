"""Button payloads. Short, stable strings: ``kind`` or ``kind:argument``.

They outlive the message that carried them, so the engine must treat every payload as
possibly stale (an offer removed from the catalogue, a language no longer offered).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGE = "lang"  # lang:ro   pick a language
FORMAT = "fmt"  # fmt:bg     Romani speakers: dates and times in Romanian or Bulgarian
CONSENT = "consent"  # consent:yes | consent:no
MENU = "menu"
OFFER = "offer"  # offer:sewing-cafe
HUMAN = "human"  # human:urgent (emergency notice), human:ru ("someone who speaks Russian")
END_HANDOVER = "hend"  # the person ends the chat with a mediator (bot/handover)
HELP = "help"
NOT_MEANT = "notmeant"  # under an offer card the bot was not sure of: show everything else
CHANGE_LANGUAGE = "language"  # show the language picker again
SWITCH = "switch"  # switch:ro   accept the detected language
PRIVACY = "privacy"
DELETE = "delete"  # delete:ask | delete:yes | delete:no


@dataclass(frozen=True)
class Action:
    kind: str
    argument: str = ""

    def encode(self) -> str:
        return f"{self.kind}:{self.argument}" if self.argument else self.kind


def parse_action(payload: str) -> Action:
    kind, _, argument = payload.strip().partition(":")
    return Action(kind, argument)


def action(kind: str, argument: str = "") -> str:
    return Action(kind, argument).encode()
