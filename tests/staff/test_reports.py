# German typography (– „“ ×) in texts for staff is intended:
"""What the bot could not answer, grouped so staff see the real gaps, with no trace of who asked."""

from __future__ import annotations

from pathlib import Path

from bot.staff.reports import group_questions
from tests.support.staff import staff_core


def test_near_duplicate_questions_form_one_group() -> None:
    groups = group_questions(
        [
            ("telefonnummer vom jobcenter", "de"),
            ("telefonnummer vom jobcenter?", "de"),
            ("telefonnumer vom jobcenter", "ro"),
            ("wo ist das jugendamt", "de"),
        ]
    )

    assert [(g.example, g.count) for g in groups] == [
        ("telefonnummer vom jobcenter", 3),
        ("wo ist das jugendamt", 1),
    ]
    assert groups[0].languages == (("de", 2), ("ro", 1))
    assert groups[0].variants == ("telefonnumer vom jobcenter",)


async def test_staff_see_unanswered_questions_grouped_without_names_or_ids(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        anna = await setup.person("chat-4711", "Deutsch")
        ion = await setup.person("chat-4712", "Română")
        await anna.send("telefonnummer vom jobcenter")
        await anna.send("telefonnummer vom jobcenter?")
        await ion.send("telefonnumer vom jobcenter")
        await ion.send("nähcafe")  # answered: not in the report
        await anna.send("mein Telefon ist 0176 1234567, wo ist das Jugendamt")

        report = await setup.staff("/unanswered")

        assert "3× „telefonnummer vom jobcenter“ (de 2, ro 1)" in report
        assert "ähnlich: „telefonnumer vom jobcenter“" in report
        lines = report.splitlines()
        asked_often = lines.index("3× „telefonnummer vom jobcenter“ (de 2, ro 1)")
        hints = [line for line in lines if "content/faq.yaml" in line]
        assert hints == [lines[asked_often + 2]], "only the question that keeps coming"
        assert "3× gefragt: mit Antwort in content/faq.yaml aufnehmen" in hints[0]
        assert "nähcafe" not in report
        assert "1234567" not in report, "phone numbers are blanked before a question is kept"
        assert "chat-471" not in report
        assert "Unbeantwortete Fragen der letzten 7 Tage: 4 in 2 Gruppen" in report
