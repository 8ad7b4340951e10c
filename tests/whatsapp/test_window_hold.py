"""After 24 hours of silence: templates instead of replies, and the replies when they write.

Ana booked office hours on Monday and wrote nothing since. On Wednesday her reminder
is due: WhatsApp gets the approved Romanian reminder template with the time; the full
reminder waits. When Ana answers, it arrives first, then the answer to what she wrote.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.booking.setup import reminder_delivery
from bot.channels import whatsapp
from bot.channels.whatsapp_send import HeldNotice, WhatsAppSender
from bot.channels.whatsapp_window import Templates
from bot.messages import PURPOSE, ChatId, Reply
from bot.storage.models import User, WhatsAppHeld
from tests.support.whatsapp_scenario import WhatsAppUser, template_button
from tests.whatsapp.conftest import RunningBot
from tests.whatsapp.journeys import book_office_hours, onboard_in_romanian

DAY = timedelta(days=1)


def mediator_says(text: str) -> list[Reply]:
    return [Reply(text=f"👩 {text}", extras={PURPOSE: "mediator_reply"})]


async def held(bot: RunningBot) -> list[WhatsAppHeld]:
    async with bot.core.database.session() as session:
        return list(await session.scalars(select(WhatsAppHeld).order_by(WhatsAppHeld.id)))


def notices(bot: RunningBot, sender: WhatsAppSender | None = None) -> list[HeldNotice]:
    told: list[HeldNotice] = []

    async def listen(notice: HeldNotice) -> None:
        told.append(notice)

    (sender or bot.sender).on_held.append(listen)
    return told


async def romanian_person(bot: RunningBot) -> WhatsAppUser:
    ana = bot.person()
    await onboard_in_romanian(ana)
    return ana


async def test_a_due_reminder_after_24_hours_is_its_template_with_the_time(bot: RunningBot) -> None:
    ana = await romanian_person(bot)
    await book_office_hours(ana)
    await ana.next_replies()
    told = notices(bot)

    bot.clock.now += timedelta(
        days=2, hours=5
    )  # Wednesday 14:00 Berlin: 24 h before 14:00 Thursday
    await reminder_delivery(bot.core).tick(bot.clock.now)
    (template,) = await ana.next_replies()

    assert template.type == "template"
    assert template.template == {
        "name": "reminder_ro",
        "language": {"code": "ro"},
        "components": [
            {
                "type": "body",
                "parameters": [{"type": "text", "text": "mâine, joi, 3 decembrie, 14:00–14:20"}],
            }
        ],
    }
    assert told == [HeldNotice(ChatId(ana.wa_id), "reminder", "reminder_ro")]
    assert [(row.purpose, len(row.replies)) for row in await held(bot)] == [
        ("reminder", 2)
    ]  # text, pin

    await ana.send("mulțumesc")
    reminder, pin, *answer = await ana.next_replies()

    assert reminder.visible_text.startswith("⏰") and "14:00" in reminder.visible_text
    assert reminder.choices[0][0] == "❌ Anulați"  # the pin's buttons, under the text
    assert pin.type == "location"
    assert answer  # and then the answer to what she wrote
    assert await held(bot) == []


async def test_within_24_hours_a_push_goes_out_as_it_is(bot: RunningBot) -> None:
    ana = await romanian_person(bot)

    bot.clock.now += timedelta(hours=23)
    await bot.sender.send(ChatId(ana.wa_id), mediator_says("Bună, Ana!"))
    (message,) = await ana.next_replies()

    assert message.visible_text == "👩 Bună, Ana!"
    assert await held(bot) == []


HELD_LINES = ("Bună, Ana!", "Am găsit formularul.", "Veniți joi?")


async def three_held_lines_and_the_template(bot: RunningBot, ana: WhatsAppUser) -> list[HeldNotice]:
    told = notices(bot)
    bot.clock.now += 2 * DAY
    for line in HELD_LINES:
        await bot.sender.send(ChatId(ana.wa_id), mediator_says(line))
    (template,) = await ana.next_replies()
    assert template.template is not None and template.template["name"] == "raspuns_ro"
    return told


async def read_the_held_lines(ana: WhatsAppUser) -> list[str]:
    """Tap the template's "read" button; what came, once the last held line is there."""
    await ana.deliver(template_button(ana.wa_id, "Citește", "show"))  # the template's quick reply
    last = f"👩 {HELD_LINES[-1]}"
    lines = await ana.next_replies(until=lambda call: call.visible_text == last)
    return [line.visible_text for line in lines]


async def test_several_mediator_lines_make_one_template_and_arrive_in_order(
    bot: RunningBot,
) -> None:
    ana = await romanian_person(bot)
    told = await three_held_lines_and_the_template(bot, ana)

    assert [notice.template for notice in told] == ["raspuns_ro", None, None]
    # What waited, in order, and nothing else: the button asked for exactly that.
    assert await read_the_held_lines(ana) == [f"👩 {line}" for line in HELD_LINES]


async def test_held_lines_all_arrive_in_order_when_whatsapp_answers_slowly(
    bot: RunningBot,
) -> None:
    # Each line is sent only after WhatsApp took the one before: with slow answers the lines
    # come seconds apart, and none may be dropped, joined or overtaken on the way.
    ana = await romanian_person(bot)
    await three_held_lines_and_the_template(bot, ana)
    bot.graph.delay_next("messages", 0.6, times=len(HELD_LINES))

    assert await read_the_held_lines(ana) == [f"👩 {line}" for line in HELD_LINES]
    assert await held(bot) == []


async def test_a_second_template_goes_out_after_an_hour(bot: RunningBot) -> None:
    ana = await romanian_person(bot)
    bot.clock.now += 2 * DAY

    await bot.sender.send(ChatId(ana.wa_id), mediator_says("Bună!"))
    bot.clock.now += timedelta(hours=1, minutes=1)
    await bot.sender.send(ChatId(ana.wa_id), mediator_says("Mai sunteți acolo?"))
    templates = await ana.next_replies()

    assert [t.template["name"] for t in templates if t.template] == ["raspuns_ro", "raspuns_ro"]


async def test_a_purpose_without_its_own_template_gets_the_notice(bot: RunningBot) -> None:
    ana = bot.person()
    await ana.send("Hallo")
    await ana.next_replies()
    await ana.tap("Deutsch")
    await ana.next_replies()
    bot.clock.now += 2 * DAY

    await bot.sender.send(ChatId(ana.wa_id), [Reply(text="📢 Neu: ...")])
    (template,) = await ana.next_replies()

    assert template.template is not None and template.template["name"] == "nachricht_de"


async def test_the_default_language_template_when_the_person_has_none_in_theirs(
    bot: RunningBot,
) -> None:
    ana = await romanian_person(bot)
    told = notices(bot)
    bot.clock.now += 2 * DAY

    await bot.sender.send(ChatId(ana.wa_id), [Reply(text="📢 Știri", extras={PURPOSE: "news"})])
    (template,) = await ana.next_replies()

    assert template.template is not None and template.template["name"] == "nachricht_de"
    assert told == [HeldNotice(ChatId(ana.wa_id), "news", "nachricht_de")]


async def test_without_any_template_the_reply_waits_silently(bot: RunningBot) -> None:
    ana = await romanian_person(bot)
    settings = bot.core.settings.whatsapp
    assert settings is not None
    unconfigured = whatsapp.build_sender(bot.core, settings, Templates({}))
    told = notices(bot, unconfigured)
    bot.clock.now += 2 * DAY
    sent_before = len(bot.graph.sent(ana.wa_id))

    await unconfigured.send(ChatId(ana.wa_id), mediator_says("Bună!"))
    await unconfigured.aclose()

    assert len(bot.graph.sent(ana.wa_id)) == sent_before
    assert told == [HeldNotice(ChatId(ana.wa_id), "mediator_reply", None)]
    assert len(await held(bot)) == 1


async def test_a_template_meta_refuses_leaves_the_reply_waiting_and_says_nothing_went_out(
    bot: RunningBot,
) -> None:
    ana = await romanian_person(bot)
    told = notices(bot)
    bot.graph.templates = set()  # nothing approved yet
    bot.clock.now += 2 * DAY

    await bot.sender.send(ChatId(ana.wa_id), mediator_says("Bună!"))

    assert told == [HeldNotice(ChatId(ana.wa_id), "mediator_reply", None)]
    assert len(await held(bot)) == 1


async def test_when_meta_says_the_window_closed_the_reply_waits_for_the_next_message(
    bot: RunningBot,
) -> None:
    ana = await romanian_person(bot)
    told = notices(bot)
    bot.graph.closed_windows.add(ana.wa_id)  # our clock says open; Meta's says closed

    await bot.sender.send(ChatId(ana.wa_id), mediator_says("Bună!"))
    (template,) = await ana.next_replies()

    assert template.template is not None and template.template["name"] == "raspuns_ro"
    assert told == [HeldNotice(ChatId(ana.wa_id), "mediator_reply", "raspuns_ro")]

    bot.graph.closed_windows.clear()
    await ana.send("da")
    first, *_ = await ana.next_replies()
    assert first.visible_text == "👩 Bună!"


async def test_held_replies_go_with_the_person_when_they_delete_their_data(bot: RunningBot) -> None:
    ana = await romanian_person(bot)
    bot.clock.now += 2 * DAY
    await bot.sender.send(ChatId(ana.wa_id), mediator_says("Bună!"))
    assert len(await held(bot)) == 1

    async with bot.core.database.session() as session:
        user = (
            await session.execute(select(User).where(User.external_id == ana.wa_id))
        ).scalar_one()
        await bot.core.dialogue.eraser.erase(session, user, bot.clock.now)

    assert await held(bot) == []
