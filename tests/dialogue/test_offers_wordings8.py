"""Follow-ups in the forms the eighth round added (issue 11), played in the terminal channel:
a part of the day after a card asks when. (Its typed yes and no at a booking confirmation
stand beside the seventh round's in test_everyday_wordings7.py.) None of the lines is in an
evaluation set."""

from __future__ import annotations

from bot.app import CoreApp
from tests.support.conversation import onboarded


async def test_a_part_of_the_day_after_a_card_is_answered_from_its_schedule(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "Română")
    await chat.press("offer:sewing-cafe")

    await chat.send("si dupa masa e deschis?")  # "in the afternoon too?"

    t = core.texts.translator("ro")
    assert t._("Every week:") in chat.text, "the weekly times"
    assert "Pentru cine" not in chat.text, "not the whole card again"
