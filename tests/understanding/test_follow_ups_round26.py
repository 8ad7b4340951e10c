"""Follow-ups, typed answers and everyday chat in the forms the twenty-sixth round found
(issue 11, u-follow24), read by the whole understanding without the model: the Arabic call
"ya" after a no ("la ya akhi": no, brother), Romani answers in Cyrillic and with the Turkish,
Romanian or Bulgarian yes and no beside them, Persian "نع", Romani "without money" and "only
for women", Romanian spelling of Romani "časo" (an hour), "only ... for" said apart; and
chat about takeaway food, a gym, a phone or a car beside a staff answer's word ("free",
"appointment", "papers"), which must get neither a card nor our answer on cost, booking or
papers; with the model, a song asked for gets no card. None of the rows is a line of the
evaluation sets or the probes. Rows stand in lists named for the form they show; each row's
id is that form and the language of the chat."""

from __future__ import annotations

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.semantic import load_model
from bot.understanding import Context, Understander
from bot.understanding.result import ANSWERING, Outcome, YesNo
from tests.understanding.answers import by_form

ANSWERS = [
    *by_form(
        "arabic-call-after-a-no",
        ("la ya habibi, shukran", "ar", YesNo.NO),
        ("la2 ya khalti", "ar", YesNo.NO),
        ("la shukran ya akhi", "ar", YesNo.NO),
    ),
    *by_form(
        "romani-in-cyrillic",
        ("ва, мишто си", "rom", YesNo.YES),
        ("на мангав", "rom", YesNo.NO),
    ),
    *by_form(
        "romani-with-a-neighbour-language-yes-or-no",
        ("evet mangav", "rom", YesNo.YES),
        ("nu mangav", "rom", YesNo.NO),
        ("ne kamav", "rom", YesNo.NO),
    ),
    *by_form("persian-chat-no", ("نع ممنون", "fa", YesNo.NO)),
]


@pytest.mark.parametrize(("text", "language", "answer"), ANSWERS)
def test_a_typed_answer_is_read(
    understander: Understander, snapshot: Snapshot, text: str, language: str, answer: YesNo
) -> None:
    understood = understander.understand(
        text, snapshot, Context(language, None, choice_pending=True)
    )
    assert understood.yes_no is answer


FOLLOW_UPS = [
    *by_form(
        "romani-without-money",
        ("bi lovesko hin?", "rom", "sewing-cafe", "cost"),
        ("bi pareske si kava?", "rom", "german-course", "cost"),
    ),
    *by_form("romani-only-for-women", ("numa zhuvlenge si?", "rom", "parents-cafe", "audience")),
    *by_form(
        "romani-hour-in-romanian-spelling",
        ("savo ceaso pochinel kava?", "rom", "german-course", "when"),
    ),
    *by_form(
        "only-and-for-apart",
        ("shu jib ma3i lal maw3ed, bas el hawiye?", "ar", "office-hours", "bring"),
        ("was soll ich mitbringen fuer den termin, nur den pass?", "de", "office-hours", "bring"),
    ),
]


@pytest.mark.parametrize(("text", "language", "offer", "topic"), FOLLOW_UPS)
def test_a_follow_up_after_a_card_is_answered_from_it(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    offer: str,
    topic: str,
) -> None:
    understood = understander.understand(text, snapshot, Context(language, offer))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (offer, topic)


NOT_OURS = [
    *by_form(
        "takeaway-food-said-free",
        ("wo gibt es heute gratis pizza", "de"),
        ("where is free kebab today", "en"),
        ("де безкоштовна шаурма", "uk"),
    ),
    *by_form(
        "a-gym-beside-booking-or-papers",
        ("в спортзал нужно записываться заранее", "ru"),
        ("do i need papers for the gym", "en"),
    ),
    *by_form(
        "a-phone-beside-a-staff-answer-word",
        ("my phone is at 2 percent, can i charge it with you", "en"),
        ("kann man bei euch kostenlos das handy aufladen", "de"),
        ("unde pot sa-mi incarc telefonul gratis", "ro"),
        ("telefonumu ucretsiz nerede sarj edebilirim", "tr"),
    ),
    *by_form(
        "a-car-beside-papers",
        ("welche papiere brauche ich fürs auto", "de"),
        ("какви документи трябват за шофьорска книжка", "bg"),
    ),
]


@pytest.mark.parametrize(("text", "language"), NOT_OURS)
def test_everyday_chat_about_other_things_gets_no_card_and_no_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.outcome not in ANSWERING
    assert understood.outcome is not Outcome.FAQ


SONGS = [
    *by_form(
        "a-song-or-music-asked-for",
        ("play a romani song for me please", "en"),
        ("spiel mir ein rumänisches lied vor", "de"),
        ("vreau sa ascult muzica romaneasca", "ro"),
    ),
]


@pytest.fixture(scope="module")
def with_model() -> Snapshot:
    model = load_model()
    if model is None:
        pytest.skip("the optional model is not installed")
    return LiveCatalogue(PROJECT_ROOT / "content", load_languages().codes, model).current


@pytest.mark.parametrize(("text", "language"), SONGS)
def test_a_song_asked_for_gets_no_card_with_the_model(
    understander: Understander, with_model: Snapshot, text: str, language: str
) -> None:
    # Before: the model read "romani", "rumänisch" beside music as the Romanian breakfast.
    understood = understander.understand(text, with_model, Context(language))
    assert understood.outcome not in ANSWERING
