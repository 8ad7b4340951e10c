"""Unanswered questions on the desk, grouped, and the two ways to teach the bot from them."""

from __future__ import annotations

import re

from tests.support.web_desk import DeskClient, RunningDesk

QUESTION = "wo bekomme ich eine steuer id"


async def ask(desk: RunningDesk, chat_id: str, label: str, question: str) -> str:
    person = await desk.setup.person(chat_id, label)
    await person.send(question)
    return person.text


async def form_fields(client: DeskClient, button_id: str) -> dict[str, str]:
    _, page = await client.get("/web/questions")
    end = page.index(f'id="{button_id}"')
    form = page[page.rindex("<form", 0, end) : end]
    fields = dict(re.findall(r'name="(\w+)" (?:id="[^"]*" )?value="([^"]*)"', form))
    for name, options in re.findall(r'<select name="(\w+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', options)
        first = re.search(r'<option value="([^"]*)"', options)
        option = chosen or first
        fields[name] = option[1] if option else ""
    return fields


async def test_questions_are_grouped_and_a_keyword_teaches_the_bot(desk: RunningDesk) -> None:
    for number, wording in enumerate((QUESTION, QUESTION, "wo bekomme ich die steuer-id")):
        await ask(desk, f"p{number}", "Deutsch", wording)
    async with desk.signed_in() as client:
        _, page = await client.get("/web/questions")
        assert f"<b>3×</b> „{QUESTION}“" in page and "Deutsch 3" in page
        fields = await form_fields(client, "keyword-1")
        fields["offer"] = "office-hours"
        status, page = await client.post("/web/questions/keyword", fields)
        assert status == 200 and "Stichwort gespeichert" in page
    offer = desk.setup.core.dialogue.catalogue.current.catalogue.offers["office-hours"]
    assert QUESTION in offer.keywords["de"]
    answer = await ask(desk, "p9", "Deutsch", QUESTION)
    assert offer.text("title", "de") in answer


async def test_a_question_becomes_a_new_faq_answer(desk: RunningDesk) -> None:
    await ask(desk, "p1", "Română", "unde gasesc un medic de copii")
    async with desk.signed_in() as client:
        fields = await form_fields(client, "faq-1")
        assert fields["lang"] == "ro"
        fields.update(
            german_words="kinderarzt, arzt für kinder",
            answer="Einen Kinderarzt finden Sie über die Liste der Stadt. Wir helfen beim Anruf.",
        )
        status, page = await client.post("/web/questions/faq", fields)
        assert status == 200 and "Neue Antwort gespeichert" in page
    faq = (desk.setup.content / "faq.yaml").read_text(encoding="utf-8")
    assert "- id: kinderarzt" in faq and "ro: [unde gasesc un medic de copii]" in faq
    assert faq.startswith("# Häufige Fragen")
    catalogue = desk.setup.core.dialogue.catalogue.current.catalogue
    assert "kinderarzt" in catalogue.faq
    entry = catalogue.faq["kinderarzt"]
    assert "Liste der Stadt" in entry.answer(("ro", "de"))  # Romanian falls back to German
