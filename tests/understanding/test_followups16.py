"""Follow-ups after a card in the sixteenth round (issue 11), by form: a Persian word that reads
like an Arabic cue or offer word once letters are normalised ("این", this, is Arabic "اين",
where; "کافیه", is enough, Arabic "كافيه", café); who may come asked as "can everyone attend",
"چه کسانی", "لمنو"; putting one's name down as booking ("اسممو بنویسم"); Turkish "paralı"
(paid); Finglish "bacham" (my child); Egyptian and Maghrebi Arabic ("بكام", "شحال", "وقتاش",
"rdv", "شكون", "sebt"); Ukrainian "де це" typed "de tse"; "are you open" beside
a weekday ("rabotite li", not the work counselling); and booking or just coming asked with a
child along. Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from tests.support.follow_ups import follow_up


@pytest.mark.parametrize(
    ("text", "language", "after", "topic"),
    [
        ("can everyone attend?", "en", "german-course", "audience"),
        ("چه کسانی میتونن بیان", "fa", "sewing-cafe", "audience"),
        ("لمنو هذا الكورس", "ar", "german-course", "audience"),
        ("باید اسممو بنویسم؟", "fa", "parents-cafe", "booking"),
        ("kurs paralı mı", "tr", "german-course", "cost"),
        # "bacham" as listed, not "bachamo" read through a typo beside "biarim" (bring) as listed
        ("mishe bacham ro ham biarim?", "fa", "sewing-cafe", "children"),
        ("de tse bude?", "uk", "german-course", "where"),
        # Egyptian and Maghrebi Arabic: how much, when, an appointment, who may go, Saturday
        ("بكام الحصة الواحدة", "ar", "sewing-cafe", "cost"),
        ("بشحال هاد الكور", "ar", "german-course", "cost"),
        ("9addach el prix", "ar", "german-course", "cost"),
        ("وقتاش كيبدا", "ar", "parents-cafe", "when"),
        ("wach khasni rdv", "ar", "office-hours", "booking"),
        ("شكون يقدر يجي لهنا", "ar", "office-hours", "audience"),
        ("wach hta nhar sebt", "ar", "german-course", "when"),
    ],
)
def test_new_forms_of_a_follow_up_are_read(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    after: str,
    topic: str,
) -> None:
    assert follow_up(understander, snapshot, text, language, after) == topic


def test_romanian_why_is_still_no_ukrainian_where(
    understander: Understander, snapshot: Snapshot
) -> None:
    assert follow_up(understander, snapshot, "de ce nu merge", "ro", "german-course") is None


def test_persian_this_is_no_arabic_where(understander: Understander, snapshot: Snapshot) -> None:
    # "must I bring this?": what to bring, not where
    assert follow_up(understander, snapshot, "این رو باید بیارم؟", "fa", "german-course") == "bring"
    # typed with Arabic letters it still asks where
    assert follow_up(understander, snapshot, "اين هو الكورس", "ar", "german-course") == "where"


def test_persian_is_enough_names_no_arabic_cafe(
    understander: Understander, snapshot: Snapshot
) -> None:
    """After the work counselling's card, "must I call first, or is it enough to come at the
    hour?" asks about booking: no switch to a café."""
    text = "اول باید زنگ بزنم یا سر ساعت بیام کافیه"
    assert follow_up(understander, snapshot, text, "fa", "welcome-europe") == "booking"


@pytest.mark.parametrize("text", ["работите ли в събота", "rabotite li v sabota"])
def test_are_you_open_on_a_weekday_asks_when(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    """Bulgarian "работите" (you are open) beside Saturday is no "работа" (work) of the work
    counselling: answered from the office hours' schedule, for Saturday."""
    understood = understander.understand(text, snapshot, Context("bg", "office-hours"))
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == ("office-hours", "when")
    assert understood.follow_up.weekday == 5


def test_book_or_just_come_with_the_kids_asks_about_booking(
    understander: Understander, snapshot: Snapshot
) -> None:
    text = "do we have to register first or can we just drop in with the kids"
    assert follow_up(understander, snapshot, text, "en", "parents-cafe") == "booking"
    # coming with the kids, asked alone, is still about children
    alone = "can i drop in with the kids"
    assert follow_up(understander, snapshot, alone, "en", "parents-cafe") == "children"
