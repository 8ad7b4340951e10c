"""Something a mediator can send into a person's chat by name, from the person's topic.

The feature that owns the replies describes them (booking: ``/termin [ID]``, its buttons);
the handover, which knows topics and cases, sends them. So neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.catalogue.model import Catalogue
from bot.dialogue.turn import MenuEntry
from bot.i18n.translator import Translator
from bot.messages import Reply


@dataclass(frozen=True)
class Sendable:
    command: str  # "termin"
    describe: str  # German, for the staff group's help: "[ID]: Knöpfe zum Termin-Buchen ..."
    noun: str  # German: "Angebot mit Terminen"
    question: str  # German, asked without an id when one is needed: "Welches Angebot?"
    file: str  # where the ids come from, for staff: "offers.yaml"
    choices: Callable[[Catalogue], dict[str, str]]  # the ids it takes, with German names
    render: Callable[[Translator, Catalogue, str, Sequence[MenuEntry]], list[Reply]]
    """The replies for the person, in ``t``'s language; the id is "" for "all of them"."""
    none_here: str  # German: why nothing can be sent (no offer takes appointments)
