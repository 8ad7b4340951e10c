"""Staff news reach exactly the people who asked for it, each in their language, at a safe pace."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.staff.rate_limit import RateLimiter
from tests.support.conversation import Chat
from tests.support.staff import STRANGER, TELEGRAM, StaffSetup, staff_core

ANNOUNCEMENT = """\
offer: sewing-cafe
text:
  de: "Das Nähcafé fällt am Freitag aus."
  en: "The sewing café is cancelled on Friday."
  ro: "Cafeneaua de cusut nu are loc vineri."
"""


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
    async with staff_core(database_url, tmp_path) as setup:
        await subscribe(setup, "ro-1", "Română")
        await subscribe(setup, "ar-1", "العربية")  # no Arabic text: Arabic falls back to English
        await subscribe(setup, "tr-1", "Türkçe")
        await subscribe(setup, "uk-1", "Українська")
        await subscribe(setup, "de-1", "Deutsch")
        await subscribe(setup, "parents-1", "Deutsch", question="elterncafe")
        viewer = await setup.person("bg-1", "Български")
        await viewer.send("nähcafe")  # looked, but did not ask to be told
        await setup.core.mark_unreachable(TELEGRAM, "tr-1")  # blocked the bot earlier
        setup.channel.blocked.add("uk-1")  # blocks it now: found out while sending
        setup.channel.broken.add("de-1")  # the network fails for this one
        setup.channel.flooded.add("ro-1")  # a flood limit: wait as asked, then it goes out

        answer = await setup.staff_sends_file(ANNOUNCEMENT.encode(), caption="naehcafe-freitag")

        assert "Vorschau „naehcafe-freitag“" in answer
        assert "Empfänger*innen: 4" in answer and "Nicht erreichbar (Bot blockiert): 1" in answer
        assert "Das Nähcafé fällt am Freitag aus." in answer
        assert setup.channel.sent == [], "a preview sends nothing"
        assert (setup.content / "announcements" / "naehcafe-freitag.yaml").is_file()

        report = await setup.staff("/announce naehcafe-freitag senden")

        assert "2 zugestellt, 1 fehlgeschlagen, 2 nicht erreichbar" in report
        assert {chat for chat, _ in setup.channel.sent} == {"ro-1", "ar-1"}
        assert "Cafeneaua de cusut nu are loc vineri." in setup.channel.texts_to("ro-1")[0]
        arabic = [
            reply for chat, replies in setup.channel.sent if chat == "ar-1" for reply in replies
        ]
        assert "The sewing café is cancelled on Friday." in arabic[0].text and arabic[0].rtl


async def test_one_tap_on_the_news_stops_further_news(database_url: str, tmp_path: Path) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        person = await subscribe(setup, "ro-1", "Română")
        folder = setup.content / "announcements"
        folder.mkdir()
        (folder / "naehcafe.yaml").write_text(ANNOUNCEMENT, encoding="utf-8")
        assert "1 zugestellt" in await setup.staff("/announce naehcafe senden")
        news = setup.channel.sent[0][1][0]
        stop = next(b for b in news.all_buttons if b.label.startswith("🔕"))

        await person.press(stop.action)

        assert "0 zugestellt" in await setup.staff("/announce naehcafe senden")
        assert len(setup.channel.sent) == 1


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
