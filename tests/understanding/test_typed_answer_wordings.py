"""Typed answers (issue 11) in the wordings people type: a yes or a no at a button or a
booking confirmation, beside an address word, "this one", "exactly", "already", typed in
Latin or Cyrillic letters, said as "as you wish", "let's go" or "forget it"; an answer that
goes on with words of its own (thanks, a name, a question kept to be answered next); and what
is no answer: a yes asking for another day or thing, a question with a yes word in it, an
answer beside its opposite. The rows come from rounds 5 to 19 and round 26 (u-follow24, once
tests/understanding/test_follow_ups_round26.py); none is a line of the evaluation sets or the
probes. Rows stand in lists named for the form they show; each row's
id is that form."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome, YesNo
from tests.understanding.answers import by_form, rows

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


# --- the answer a line is: (message, yes, no or None)

YES_NO = [
    *rows(
        "with-exactly-or-not-now",
        ("да, именно так", YesNo.YES),
        ("так, саме так, дякую", YesNo.YES),
        ("evet aynen öyle", YesNo.YES),
        ("آره همینه", YesNo.YES),
        ("la2 mesh delwa2ty", YesNo.NO),  # not now
        ("yok ya istemem", YesNo.NO),  # "ya" here is Turkish, no German "ja"
    ),
    *rows(
        "beside-address-words-and-already",
        ("da frate, asa sa fie", YesNo.YES),
        ("нет, уже не надо", YesNo.NO),
        ("are azizam, bashe", YesNo.YES),
        ("tmm abi", YesNo.YES),
        ("ні, вже не треба", YesNo.NO),
        ("اي زين", YesNo.YES),
        ("na, zarurat nadarom", YesNo.NO),
    ),
    *rows(
        "beside-this-one-or-an-address-word",
        ("ja, des do", YesNo.YES),  # Bavarian
        ("da bre, asta", YesNo.YES),
        ("yeah mate, that one", YesNo.YES),
        ("wah, hadi", YesNo.YES),  # Maghreb Arabic
        ("areh dadash, hamoon", YesNo.YES),  # Finglish with an address word
        ("так, оце", YesNo.YES),
        ("nah bruv, not that", YesNo.NO),
        ("yok, bu değil", YesNo.NO),
        ("لا، مش هاد", YesNo.NO),
        ("не, не тот", YesNo.NO),
        ("نه، این نیست", YesNo.NO),
    ),
    # yes and no together are no answer
    *rows(
        "yes-and-no-together",
        ("da, dar nu asta", None),
        ("yes no", None),
        ("так, але ні", None),
    ),
    # short Latin words are no Russian yes
    *rows("short-latin-words", ("do do", None), ("what do you do", None)),
    *rows(
        "cyrillic-letters",
        ("евет", YesNo.YES),  # Turkish "evet" typed on a Bulgarian keyboard
        ("тамам, добре", YesNo.YES),
        ("хайир", YesNo.NO),  # "hayır"
        ("йок, не", YesNo.NO),
    ),
    *rows(
        "as-you-wish",
        ("wie ihr meint, ja", YesNo.YES),
        ("sure, up to you", YesNo.YES),
        ("da, cum vreti voi", YesNo.YES),
        ("как хотите, да", YesNo.YES),
        ("sar kames, va", YesNo.YES),
        ("هر جور شما بگید", YesNo.YES),
    ),
    *rows(
        "lets-go-or-deal",
        ("gebongt", YesNo.YES),
        ("done deal", YesNo.YES),
        ("хайде, дадено", YesNo.YES),
        ("ittafa2na yalla", YesNo.YES),
        ("погнали, так", YesNo.YES),
    ),
    *rows(
        "forget-it",
        ("nein, lass gut sein", YesNo.NO),
        ("nah, scratch that", YesNo.NO),
        ("nu, las-o balta", YesNo.NO),
        ("ні, забудьте", YesNo.NO),
        ("vazgeçtim", YesNo.NO),
        ("bikhial", YesNo.NO),
    ),
    # a yes beside "forget it" is no answer
    *rows(
        "yes-beside-forget-it",
        ("ja, vergiss es", None),
        ("да, забей", None),
        ("let's go, no", None),
    ),
    *rows(
        "beside-an-address-word",
        ("ja schatz, passt", YesNo.YES),
        ("sure thing dear", YesNo.YES),
        ("da dragă, bine", YesNo.YES),
        ("не, мило, не трябва", YesNo.NO),
        ("ova phenje", YesNo.YES),
        ("تمام خيتي", YesNo.YES),
        ("olur canım", YesNo.YES),
        ("так, синку, давай", YesNo.YES),
        ("باشه داداش", YesNo.YES),
        ("нет, голубушка, не надо", YesNo.NO),
    ),
    # The words that may stand beside a yes are listed in Cyrillic; typed in Latin letters
    # they were unknown words ("taka", before: no answer).
    *rows(
        "words-beside-in-latin-letters",
        ("da, tochno tova", YesNo.YES),  # точно, това
        ("ne, ne tova", YesNo.NO),
        ("da, vot etot", YesNo.YES),
    ),
    *rows(
        "regional-and-roundabout",
        ("behi", YesNo.YES),
        ("باهي", YesNo.YES),
        ("майлаш", YesNo.YES),
        ("igen", YesNo.YES),
        ("klopt", YesNo.YES),
        ("хорошо, так и сделаем", YesNo.YES),
        ("не, обойдёмся", YesNo.NO),
        ("ні, сама впораюсь", YesNo.NO),
    ),
    # an address word does not make a request an answer
    *rows("address-word-beside-a-request", ("dear, where is the course", None)),
    *rows(
        "agreement-denied",
        ("that's not right", YesNo.NO),
        ("das stimmt so nicht", YesNo.NO),
        ("bu doğru değil", YesNo.NO),
        ("درست نیست", YesNo.NO),
        ("не е вярно", YesNo.NO),
    ),
    *rows("answer-and-its-opposite", ("ok nu?", None), ("da ne", None)),
]


@pytest.mark.parametrize(("message", "answer"), YES_NO)
def test_a_typed_answer(message: str, answer: YesNo | None) -> None:
    assert PHRASES.yes_no(message) is answer


def test_a_short_cyrillic_word_is_not_read_as_a_latin_answer() -> None:
    # Russian "на" (here, take) is no Latin "na" (no): the yes stands
    assert PHRASES.yes_no("да да на") is not YesNo.NO


# --- an answer and the rest of the message


@pytest.mark.parametrize(
    ("message", "language", "answer", "rest"),
    [
        ("ja bitte, Herr Yilmaz", "de", YesNo.YES, "Herr Yilmaz"),
        ("sure, thanks a lot Mrs Kowalski", "en", YesNo.YES, "Kowalski"),
        ("da, asta vreau pentru fiica mea", "ro", YesNo.YES, "vreau pentru fiica mea"),
        ("да, това търсех от седмици", "bg", YesNo.YES, "търсех от седмици"),
        ("اي والله هاد اللي بدور عليه", "ar", YesNo.YES, "بدور عليه"),
        ("evet kızım tam bunu arıyordum", "tr", YesNo.YES, "tam bunu arıyordum"),
        ("так, дякую, Ірино Петрівно", "uk", YesNo.YES, "Ірино Петрівно"),
        ("نه ممنون، فعلا لازم ندارم", "fa", YesNo.NO, ""),  # all of it is the no
        ("нет, спасибо, мы уже нашли", "ru", YesNo.NO, "мы уже нашли"),
        ("ova, kodo rodav", "rom", YesNo.YES, "rodav"),
        # the question after the answer is kept to be answered next
        ("ja, und wann fängt das an?", "de", YesNo.YES, "und wann fängt das an?"),
        ("da, unde se afla?", "ro", YesNo.YES, "unde se afla?"),
        ("evet, ücretli mi?", "tr", YesNo.YES, "ücretli mi?"),
    ],
)
def test_an_answer_goes_on_with_words_of_its_own(
    message: str, language: str, answer: YesNo, rest: str
) -> None:
    """People answer first and go on in the same message: thanks, a name, "that is what I
    need", or a question. The answer a message begins with counts, and what follows is kept
    to be answered after it."""
    read = PHRASES.answer_and_rest(message, language)
    assert read is not None and read[0] is answer
    assert rest in read[1]


@pytest.mark.parametrize(
    ("message", "language", "answer"),
    [
        ("ba da, sigur", "ro", YesNo.YES),
        ("pai da", "ro", YesNo.YES),
        ("oh yes please", "en", YesNo.YES),
        ("эй, нет", "ru", YesNo.NO),
        ("mishto si", "rom", YesNo.YES),
        ("ну да", "ru", YesNo.YES),
        ("aha ok", "en", YesNo.YES),
    ],
)
def test_a_yes_or_no_after_an_interjection_is_still_the_answer(
    message: str, language: str, answer: YesNo
) -> None:
    read = PHRASES.answer_and_rest(message, language)
    assert read is not None and read[0] is answer


# (message, language): no answer starts the message
NO_ANSWER_STARTS = [
    # a yes with "but", "another", a day or a number asks for something else
    *by_form(
        "yes-asking-for-another-day-or-thing",
        ("yes but tomorrow", "en"),
        ("ja, aber lieber am Montag", "en"),
        ("da, dar mai tarziu", "en"),
        ("ok 10 uhr", "en"),
        ("evet ama yarın", "en"),
        ("да, но в четверг", "en"),
        ("так, але іншого дня", "en"),
        ("aywa, bas bukra", "en"),
        ("بله ولی فردا", "en"),
        ("yes, another one please", "en"),
        ("da, vreau alt curs", "en"),
    ),
    *by_form(
        "answer-word-of-another-language",
        ("ne zaman başlıyor", "tr"),  # Turkish "when", not German or Bulgarian "no"
        ("ne puteti ajuta cu o scrisoare", "ro"),  # Romanian "us"
        ("na kakvo mi pomagate", "bg"),  # Bulgarian "to", not Romani or Persian "no"
    ),
]


@pytest.mark.parametrize(("message", "language"), NO_ANSWER_STARTS)
def test_no_answer_starts_the_message(message: str, language: str) -> None:
    assert PHRASES.answer_and_rest(message, language) is None


@pytest.mark.parametrize(
    ("message", "language"),
    by_form(
        "question-with-a-yes-word",
        ("kana si", "rom"),
        ("sar si o kurso", "rom"),
        ("kaj si o biro", "rom"),
        ("muss ich da etwas zahlen", "de"),
        ("wo kann man da parken", "de"),
        ("къде да си оставя колата", "bg"),
        ("kak da si namerya rabota", "bg"),
        ("unde pot sa ma duc cu baietii", "ro"),
        ("когда идет этот курс", "ru"),
        ("koja mishe yad gereft", "fa"),
    ),
)
def test_a_question_with_a_yes_word_in_it_is_no_answer(message: str, language: str) -> None:
    """Romani "kana si" (when is it?) at the privacy note gave consent: "si" is Spanish "sí" in
    the shared answer lists, and the question word before it was set aside as a small word. A
    small word that is no filler before the answer makes the message a question; after the
    answer it may stand ("da, unde e?")."""
    assert PHRASES.answer_and_rest(message, language) is None
    assert PHRASES.yes_no(message) is None


# --- the whole understanding


def test_a_yes_with_a_question_taps_the_choice_and_keeps_the_question(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "ja, wo ist das?", snapshot, Context("de", choice_pending=True)
    )
    assert understood.outcome is Outcome.CHOICE and understood.yes_no is YesNo.YES
    assert understood.after_answer == "wo ist das?"


@pytest.mark.parametrize(("message", "answer"), [("da", YesNo.YES), ("nein", YesNo.NO)])
def test_a_bare_answer_with_nothing_asked_is_still_an_answer(
    understander: Understander, snapshot: Snapshot, message: str, answer: YesNo
) -> None:
    understood = understander.understand(message, snapshot, Context("de"))
    assert understood.outcome is Outcome.CHOICE and understood.yes_no is answer


def test_a_word_one_typo_from_an_answer_is_a_question_when_nothing_was_asked(
    understander: Understander, snapshot: Snapshot
) -> None:
    # "nähen" (to sew) reads like Urdu "nahin" (no) with a typo: asked nothing, it is a topic
    understood = understander.understand("nähen", snapshot, Context("de"))
    assert understood.answer == "sewing-cafe"


@pytest.mark.parametrize(
    ("message", "language", "answer"),
    [
        ("aywa ya3ni", "ar", YesNo.YES),  # Arabizi "I mean", spelt with a digit
        ("na3am, ya3ni", "ar", YesNo.YES),
        ("aiwa", "ar", YesNo.YES),  # Arabizi "aiwa" is yes (Shona "aiwa" is no)
        ("ъъ, не", "bg", YesNo.NO),  # a hesitation before the no
        ("aywa, sa3a 5", "ar", None),  # a yes with an hour asks for another time
        # u-follow24 (round 26, once test_follow_ups_round26.py): the Arabic call "ya" after a
        # no ("la ya akhi": no, brother), Romani answers in Cyrillic and with the Turkish,
        # Romanian or Bulgarian yes and no beside them, Persian "نع"
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
    ],
)
def test_a_typed_answer_at_a_choice_in_chat_spellings(
    understander: Understander,
    snapshot: Snapshot,
    message: str,
    language: str,
    answer: YesNo | None,
) -> None:
    """While the bot offers one choice, the answer is read in the spellings people type: an
    Arabizi small word with a digit in it is no number, a hesitation is no other answer."""
    understood = understander.understand(message, snapshot, Context(language, choice_pending=True))
    got = understood.yes_no if understood.outcome is Outcome.CHOICE else None
    assert got is answer
