"""Staff news reach exactly the people who asked for it, each in their language, at a safe pace."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.messages import ChatId
from bot.staff.rate_limit import RateLimiter
from tests.support.announce_trial import ANNOUNCEMENT
from tests.support.conversation import Chat, FixedClock
from tests.support.staff import STAFF_GROUP, STRANGER, TELEGRAM, StaffSetup, staff_core


async def subscribe(
    setup: StaffSetup, chat_id: str, language_label: str, question: str = "nähcafe"
) -> Chat:
    person = await setup.person(chat_id, language_label)
    await person.send(question)
    await person.tap("🔔")
    return person


async def test_news_reach_only_consenting_reachable_people_in_their_language(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock()
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        await subscribe(setup, "ro-1", "Română")
        await subscribe(setup, "ar-1", "العربية")  # no Arabic text: Arabic falls back to English
        await subscribe(setup, "tr-1", "Türkçe")
        await subscribe(setup, "uk-1", "Українська")
        await subscribe(setup, "de-1", "Deutsch")
        await subscribe(setup, "parents-1", "Deutsch", question="elterncafe")
        viewer = await setup.person("bg-1", "Български")
        await viewer.send("nähcafe")  # looked, but did not ask to be told
        await setup.core.mark_unreachable(TELEGRAM, ChatId("tr-1"))  # blocked the bot earlier
        setup.channel.blocked.add("uk-1")  # blocks it now: found out while sending
        setup.channel.broken.add("de-1")  # the network fails for this one
        setup.channel.flooded.add("ro-1")  # a flood limit: wait as asked, then it goes out

        answer = await setup.staff_sends_file(ANNOUNCEMENT.encode(), caption="naehcafe-freitag")

        assert "Vorschau „naehcafe-freitag“" in answer
        assert "Empfänger*innen: 4" in answer and "Nicht erreichbar (Bot blockiert): 1" in answer
        assert "Das Nähcafé fällt am Freitag aus." in answer
        # The staff group may hear its own notices (e.g. the example-team warning) at any time.
        to_people = [chat for chat, _ in setup.channel.sent if chat != STAFF_GROUP]
        assert to_people == [], "a preview sends nothing"
        assert (setup.content / "announcements" / "naehcafe-freitag.yaml").is_file()

        started = await setup.staff("/announce naehcafe-freitag senden")

        assert "wird gesendet an 4 Person(en)" in started, "the staff turn does not wait for it"
        tried = {"ro-1", "ar-1", "uk-1", "de-1"}
        await setup.channel.until(lambda: set(setup.channel.attempts) >= tried)
        assert "von 4 erledigt" in await setup.staff("/announce status")
        setup.channel.broken.discard("de-1")  # the network is back
        clock.now += timedelta(minutes=10)  # past the flood wait and the retry's backoff

        summary = await setup.channel.staff_hears("„naehcafe-freitag“ gesendet")

        assert "3 zugestellt, 1 nicht erreichbar (Bot blockiert)" in summary
        assert sorted(chat for chat, _ in setup.channel.sent if chat != STAFF_GROUP) == [
            "ar-1", "de-1", "ro-1"
        ]  # fmt: skip
        assert "Cafeneaua de cusut nu are loc vineri." in setup.channel.texts_to("ro-1")[0]
        arabic = [
            reply for chat, replies in setup.channel.sent if chat == "ar-1" for reply in replies
        ]
        assert "The sewing café is cancelled on Friday." in arabic[0].text and arabic[0].rtl


async def test_sending_again_reaches_only_who_did_not_have_it(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        await subscribe(setup, "ro-1", "Română")
        folder = setup.content / "announcements"
        folder.mkdir()
        (folder / "naehcafe.yaml").write_text(ANNOUNCEMENT, encoding="utf-8")
        await setup.staff("/announce naehcafe senden")
        await setup.channel.staff_hears("„naehcafe“ gesendet: 1 zugestellt")
        await subscribe(setup, "en-1", "English")

        again = await setup.staff("/announce naehcafe senden")
        assert "wird gesendet an 1 Person(en)" in again and "1 hatten sie schon" in again
        await setup.channel.until(lambda: "en-1" in setup.channel.attempts)
        third = await setup.staff("/announce naehcafe senden")

        assert "alle 2 Empfänger*innen haben sie schon" in third
        people = [chat for chat, _ in setup.channel.sent if chat != STAFF_GROUP]
        assert sorted(people) == ["en-1", "ro-1"], "nobody twice"


async def test_one_tap_on_the_news_stops_further_news(database_url: str, tmp_path: Path) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        person = await subscribe(setup, "ro-1", "Română")
        folder = setup.content / "announcements"
        folder.mkdir()
        (folder / "naehcafe.yaml").write_text(ANNOUNCEMENT, encoding="utf-8")
        await setup.staff("/announce naehcafe senden")
        await setup.channel.until(lambda: "ro-1" in setup.channel.attempts)
        news = next(replies[0] for chat, replies in setup.channel.sent if chat == "ro-1")
        stop = next(b for b in news.all_buttons if b.label.startswith("🔕"))

        await person.press(stop.action)
        (folder / "naehcafe.yaml").write_text(ANNOUNCEMENT + "  tr: Yeni\n", encoding="utf-8")

        assert "wird gesendet" not in await setup.staff("/announce naehcafe senden")
        assert setup.channel.attempts.count("ro-1") == 1


async def test_a_broken_announcement_is_not_sent_and_names_the_line(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        answer = await setup.staff_sends_file(
            b'offer: sewing-cafe\ntext:\n  ro: "Doar romana"\n', caption="kaputt"
        )

        assert "nicht gespeichert" in answer
        assert ":2 text: missing German text 'de'" in answer
        assert not (setup.content / "announcements").exists()
        assert "Keine Neuigkeit „kaputt“" in await setup.staff("/announce kaputt senden")
        assert await setup.staff_replies("/announce kaputt senden", sender=STRANGER) == []


async def test_the_rate_limiter_spaces_messages_evenly_without_real_waiting() -> None:
    now = [0.0]
    waited: list[float] = []

    async def sleep(seconds: float) -> None:
        waited.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(25, clock=lambda: now[0], sleep=sleep)
    for _ in range(51):
        await limiter.wait()

    assert now[0] == pytest.approx(
        2.0
    )  # 51 messages at 25 per second: the last leaves after two seconds
    assert max(waited) <= 1 / 25 + 1e-9
