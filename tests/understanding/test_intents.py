# People write in many scripts; look-alike letters are the point here:
"""Everyday requests, typed yes/no and language names, as people type them, in every language."""

from __future__ import annotations

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.semantic import load_model
from bot.understanding import Context, Understander
from bot.understanding.phrases import latin_skeleton
from bot.understanding.result import Intent, Outcome, YesNo

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()
# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(LOCALES).intents


def test_every_language_has_every_intent_both_answers_and_its_names() -> None:
    missing = PHRASES.missing(LANGUAGES.codes)
    assert not missing, "add to locales/intents.yaml:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("hallo", Intent.GREET),
        ("buna ziua", Intent.GREET),
        ("salam", Intent.GREET),
        ("Здравейте!", Intent.GREET),
        ("danke", Intent.THANKS),
        ("multumesc", Intent.THANKS),
        ("👍", Intent.THANKS),
        ("tschüss", Intent.BYE),
        ("ich will mit einem menschen sprechen", Intent.HUMAN),
        ("vreau sa vorbesc cu un om", Intent.HUMAN),
        ("wo seid ihr", Intent.WHERE),
        ("unde sunteti", Intent.WHERE),
        ("wann habt ihr offen", Intent.HOURS),
        ("termin buchen", Intent.BOOK),
        ("termin absagen", Intent.CANCEL),
        ("cancel my appointment", Intent.CANCEL),
        ("sprache ändern", Intent.LANGUAGE),
        ("yardım", Intent.HELP),
    ],
)
def test_everyday_requests_are_recognised(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("romaneste", "ro"),
        ("limba romana", "ro"),
        ("rumänisch", "ro"),
        ("arabi", "ar"),
        ("عربي", "ar"),
        ("farsi", "fa"),
        ("bulgarski", "bg"),
        ("tiganeste", "rom"),
        ("romani", "rom"),  # one letter from "romana": the exact name wins
    ],
)
def test_a_language_named_in_any_common_form_asks_for_it(message: str, language: str) -> None:
    found = PHRASES.find(message)
    assert (found.intent, found.target) == (Intent.LANGUAGE, language)


def test_a_greeting_before_a_question_leaves_the_question() -> None:
    found = PHRASES.find("hallo wann ist der deutschkurs")
    assert found.intent is None and found.social is Intent.GREET
    assert found.rest == "wann ist der deutschkurs"


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("da", YesNo.YES),
        ("ja", YesNo.YES),
        ("evet", YesNo.YES),
        ("так", YesNo.YES),
        ("نعم", YesNo.YES),
        ("ok", YesNo.YES),
        ("nu", YesNo.NO),
        ("hayır", YesNo.NO),
        ("da, cand e cursul", None),  # more than an answer
    ],
)
def test_typed_yes_and_no(message: str, answer: YesNo | None) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # the request's words plus words no list has (a day, an abbreviation, "in person")
        ("i would like to schedule something for friday", Intent.BOOK),
        ("ich brauche einen berater persönlich morgen", Intent.HUMAN),
        # concepts rather than sentences: "bot", "use", "don't understand"
        ("was ist das für ein bot", Intent.HELP),
        ("не разбирам как да го използвам", Intent.HELP),
        ("как пользоваться ботом", Intent.HELP),
        ("как работи този чат", Intent.HELP),
        ("دفترتون کجاست", Intent.WHERE),
        ("but naisi tumenge", Intent.THANKS),  # rom: many thanks to you (plural)
        ("stergeti va rog programarea de vineri", Intent.CANCEL),
        ("merhabalar herkese", Intent.GREET),
        ("можно на болгарском", Intent.LANGUAGE),
    ],
)
def test_a_request_worded_in_a_new_way_is_understood(
    understander: Understander, snapshot: Snapshot, message: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context("en"))

    assert understood.outcome is Outcome.INTENT and understood.intent is intent


@pytest.mark.parametrize(
    ("message", "offer"),
    [
        ("wo ist der deutschkurs", "german-course"),  # a place word, but the course is asked
        ("wann ist das nähcafé", "sewing-cafe"),
    ],
)
def test_a_request_word_beside_an_offer_still_brings_the_offer(
    understander: Understander, snapshot: Snapshot, message: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context("de"))

    assert understood.outcome is not Outcome.INTENT
    assert understood.candidates and understood.candidates[0].offer_id == offer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("jaaa", YesNo.YES),  # drawn out
        ("ova ova", YesNo.YES),  # said twice
        ("nee danke", YesNo.NO),  # with thanks
        ("نه مرسی", YesNo.NO),
        ("nu da", YesNo.YES),  # Russian "well, yes", though "nu" alone is Romanian "no"
        ("areh hatman", YesNo.YES),
        ("нахир", YesNo.NO),
        ("haide", YesNo.YES),
        ("nee, wann ist der kurs", None),  # more than an answer
    ],
)
def test_typed_yes_and_no_as_people_type_them(message: str, answer: YesNo | None) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    "message",
    [
        "is the pharmacy open on sunday",
        "hat die apotheke am sonntag offen",
        "у меня запись к врачу завтра",
        "у мене запис до лікаря на завтра",  # "до ... завтра" apart is no goodbye
    ],
)
def test_a_question_about_another_place_is_no_everyday_request(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    understood = understander.understand(message, snapshot, Context("en"))

    assert understood.outcome is not Outcome.INTENT


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("hallo ich wollte fragen ob ich mit jemand vom team sprechen kann", Intent.HUMAN),
        ("mersi az komaketun", Intent.THANKS),  # thanks for the help, not a request for it
        ("tamam görüşürüz o zaman", Intent.BYE),  # "zaman" is no typo of "zaban" (language)
        ("cuma günkü randevumu iptal edin lütfen", Intent.CANCEL),
    ],
)
def test_a_long_or_mixed_message_keeps_its_request(
    understander: Understander, snapshot: Snapshot, message: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context("en"))

    assert understood.outcome is Outcome.INTENT and understood.intent is intent


@pytest.mark.skipif(
    load_model() is None, reason="the model is not installed (the test extra has it)"
)
@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("could i get an appointment with a counselor", Intent.BOOK),
        ("bir danismanla randevu ayarlamak istiyorum", Intent.BOOK),
    ],
)
def test_request_words_beat_an_offer_only_the_model_is_sure_of(
    understander: Understander, message: str, intent: Intent
) -> None:
    model = load_model()
    with_model = LiveCatalogue(PROJECT_ROOT / "content", LANGUAGES.codes, model).current

    understood = understander.understand(message, with_model, Context("en"))

    assert understood.outcome is Outcome.INTENT and understood.intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Romani as typed in Romanian, Bulgarian or no set spelling, and in Cyrillic
        ("kai si tumaro biroo", Intent.WHERE),  # kaj, biro
        ("кай сан", Intent.WHERE),
        ("лачо дивес", Intent.GREET),
        ("наис туке", Intent.THANKS),
        ("kana shai avav ka tumende", Intent.HOURS),  # šaj
        ("na shai avav ko termino", Intent.CANCEL),
        ("lacio dives", Intent.GREET),  # Italian/Romanian spelling of lačho
        # Turkish with the question particle typed onto the word
        ("cumartesi acikmisiniz", Intent.HOURS),
        # a goodbye says more than the "good day" beside it
        ("hoscakalin iyi gunler", Intent.BYE),
        # thanks with small words between its parts
        ("vielen dank für ihre hilfe", Intent.THANKS),
        # spoken German drops a final e
        ("wo find ich euch", Intent.WHERE),
        # "I have a question" around the request
        ("hallo ich hätte mal ne frage wann habt ihr auf", Intent.HOURS),
        ("buna ziua as avea o intrebare unde va aflati", Intent.WHERE),
        ("merhaba kolay gelsin bir sorum var", Intent.GREET),
    ],
)
def test_spellings_endings_and_politeness_around_a_request(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    "spellings",
    [
        ("shukran", "shokran", "choukran", "shkran"),  # thanks
        ("a7ki", "ahki", "e7ki"),  # I speak
        ("salama", "salame", "salameh", "slama"),  # (go) in peace
        ("vaght", "vaqt", "waght"),  # Persian: time, appointment
        ("3ayez", "ayez", "3ayz"),  # Egyptian: I want
    ],
)
def test_latin_typed_arabic_and_persian_spellings_share_one_skeleton(
    spellings: tuple[str, ...],
) -> None:
    assert len({latin_skeleton(spelling) for spelling in spellings}) == 1


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Arabizi and Finglish spelled in ways no list has
        ("choukran bzaf", Intent.THANKS),  # Darija
        ("mashkorin ya jama3a", Intent.THANKS),
        ("3ayez a7ki m3 7ad", Intent.HUMAN),  # Egyptian
        ("yalla ma3 el salame", Intent.BYE),
        ("shu 3nwankon", Intent.WHERE),  # your address: an attached ending in Latin letters
        ("kojast daftaretun", Intent.WHERE),
        ("khoda hafez", Intent.BYE),  # one listed word typed in two pieces
        # attached endings and words in two pieces in Arabic script
        ("دفتر تان کجا است", Intent.WHERE),  # Dari, "your office" written apart
        ("شو بيعمل هالبوت", Intent.HELP),  # "this bot"
        ("ميخوام نوبت بگيرم", Intent.BOOK),  # Arabic ي in Persian words
        # a goodbye with "you" inside it, listed whole
        ("гарного вам дня", Intent.BYE),
        ("до свиданья всего вам хорошего", Intent.BYE),
    ],
)
def test_a_request_in_a_spelling_or_form_no_list_has_is_understood(
    understander: Understander, snapshot: Snapshot, message: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context("ar"))

    assert understood.outcome is Outcome.INTENT and understood.intent is intent


@pytest.mark.parametrize(
    "message",
    [
        "si cat costa",  # Romanian "cat" (how much) is no Romani "chat" without its h
        "mi-a venit o scrisoare",
        "kaj si e farmacia",
    ],
)
def test_a_spelling_variant_does_not_invent_a_request(message: str) -> None:
    assert PHRASES.find(message).intent is None


@pytest.mark.parametrize(
    "message",
    [
        "как да си сменя шофьорската книжка",  # "как ... си" apart is no "как си" (greeting)
        "anne baba kafe",  # Turkish parents' café; "baba" is no goodbye here
        "nu mai am putere",  # Romanian "strength" is no Romani "open"
    ],
)
def test_words_apart_or_alike_are_no_polite_formula_or_request(message: str) -> None:
    found = PHRASES.find(message)
    assert found.intent is None and found.social is None


def test_a_short_bulgarian_word_is_no_romani_answer() -> None:
    assert PHRASES.yes_no("на кой адрес е") is None  # "на" is "at", not Romani "na" (no)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("kana putaren tumen", Intent.HOURS),  # rom: any form of "open" (putar-, phuter-)
        ("savo ges sen putarde", Intent.HOURS),  # "which day", "are" said with it
        ("sar te arakhav tumen", Intent.WHERE),
        ("bis wie viel uhr seit ihr heute da", Intent.HOURS),  # "seit" typed for "seid"
        ("was macht ihr eigentlich hier", Intent.HELP),
        ("bir randevu rica ediyorum", Intent.BOOK),  # "I request" is politeness
        ("hayirli aksamlar", Intent.GREET),
    ],
)
def test_everyday_words_found_in_the_development_sets(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    "message",
    [
        "بتشتغلو يوم الجمعة",  # Friday (الجمعة) is no typo of the mosque (الجامع)
        "mwa3ed el dawam shu",  # the opening hours, though "mwa3ed" looks like "maw3ed"
    ],
)
def test_opening_hours_asked_in_arabic_are_not_taken_for_another_place_or_a_booking(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    understood = understander.understand(message, snapshot, Context("ar"))

    assert understood.outcome is Outcome.INTENT and understood.intent is Intent.HOURS


def test_goodbyes_with_you_inside_them() -> None:
    # only thanks may hold small words between its parts (3160f0e): these are listed whole
    assert PHRASES.find("гарного вам дня").intent is Intent.BYE
    assert PHRASES.find("до свиданья всего вам хорошего").intent is Intent.BYE


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("jo, genau dat", YesNo.YES),
        ("nä, dat nich", YesNo.NO),
        ("yep, that one", YesNo.YES),
        ("nah, something else", YesNo.NO),
        ("da, asta e", YesNo.YES),
        ("nu, nu asta", YesNo.NO),
        ("да, точно това", YesNo.YES),
        ("не, друго", YesNo.NO),
        ("ova, kodo", YesNo.YES),
        ("na, aver", YesNo.NO),
        ("that one", None),  # pointing alone answers nothing
        ("ja, aber wann ist das", None),  # a question after the yes is a question
    ],
)
def test_a_yes_or_no_with_pointing_words_is_still_the_answer(
    message: str, answer: YesNo | None
) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("wat kann dat hier", Intent.HELP),
        ("ick will mit nem menschen reden", Intent.HUMAN),
        ("bis wann seid ihr heut da", Intent.HOURS),
        ("ich schaff dat nich zum termin", Intent.CANCEL),
    ],
)
def test_regional_german_reads_as_written_german(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("write in english please, my wife does not read bulgarian", "en"),
        ("пишете на турски, майка ми не чете български", "tr"),
        ("puteti scrie in araba? sotul meu nu stie romana", "ar"),
        ("schreib auf russisch, mein vater versteht kein deutsch", "ru"),
    ],
)
def test_the_language_asked_for_is_not_the_one_the_person_cannot_read(
    message: str, language: str
) -> None:
    found = PHRASES.find(message)
    assert (found.intent, found.target) == (Intent.LANGUAGE, language)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("until what time are you there on friday", Intent.HOURS),
        ("pana la ce ora sunteti deschisi", Intent.HOURS),
        ("до колко часа работите в събота", Intent.HOURS),
        ("zhi kana sen akate", Intent.HOURS),
        ("in what part of town is your office", Intent.WHERE),
        ("in ce cartier e biroul vostru", Intent.WHERE),
        ("в кой квартал се намирате", Intent.WHERE),
        ("could i arrange an appointment", Intent.BOOK),
        ("as vrea sa stabilim o intalnire", Intent.BOOK),
        ("как да си взема час", Intent.BOOK),
        ("can you put me through to a person", Intent.HUMAN),
        ("könnt ihr mich mit jemandem verbinden", Intent.HUMAN),
        ("what sort of things can you help with", Intent.HELP),
        ("ce stiti sa faceti voi", Intent.HELP),
        ("за какво служи този чат", Intent.HELP),
    ],
)
def test_everyday_requests_worded_around_the_list(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    "message",
    [
        "where can i buy a bus ticket",
        "cat costa biletul de autocar pana la chisinau",
        "ot kade da kupq karta za tramvaq",
        "can i come on monday instead",
    ],
)
def test_travel_and_other_places_are_no_request_of_ours(message: str) -> None:
    assert PHRASES.find(message).intent not in {Intent.WHERE, Intent.HOURS, Intent.LANGUAGE}


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("meine mutter kann kein deutsch, bitte auf arabisch", "ar"),
        ("my dad doesnt read german, can you do russian", "ru"),
        ("sotul meu nu stie germana, scrieti in bulgara", "bg"),
    ],
)
def test_a_language_asked_for_instead_of_one_not_read_changes_the_language(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context("en"))

    assert (understood.outcome, understood.intent, understood.target_language) == (
        Outcome.INTENT,
        Intent.LANGUAGE,
        language,
    )


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("ja, perfekt", YesNo.YES),
        ("yes that works", YesNo.YES),
        ("no, wrong one", YesNo.NO),
        ("da, perfect", YesNo.YES),
        ("не, друго търся", YesNo.NO),
        ("na, aver rodav", YesNo.NO),
    ],
)
def test_a_yes_or_no_with_a_word_on_how_it_fits(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("wer seid ihr überhaupt", Intent.HELP),
        ("who am i talking to", Intent.HELP),
        ("cine sunteti voi", Intent.HELP),
        ("кои сте вие", Intent.HELP),
        ("kon sen tumen", Intent.HELP),
        ("arbeitet ihr samstags", Intent.HOURS),
        ("do you work on sundays", Intent.HOURS),
        ("lucrati duminica", Intent.HOURS),
        ("can someone call me on the phone", Intent.HUMAN),
        ("kann ich jemanden am telefon sprechen", Intent.HUMAN),
        ("pot vorbi cu cineva la telefon", Intent.HUMAN),
    ],
)
def test_who_are_you_working_days_and_the_phone(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    "message", ["gibts das auch auf polnisch", "any chance of spanish", "на испански?"]
)
def test_a_language_we_do_not_have_brings_the_picker(message: str) -> None:
    found = PHRASES.find(message)
    assert (found.intent, found.target) == (Intent.LANGUAGE, None)


@pytest.mark.parametrize(
    "message",
    [
        "i am from serbia",
        "suntem din albania",
        "kursa po nemski koga zapochva",
        "my friend comes too",
    ],
)
def test_a_country_or_a_word_like_a_language_name_is_no_language_we_lack(message: str) -> None:
    found = PHRASES.find(message)
    assert not (found.intent is Intent.LANGUAGE and found.target is None)


def test_im_ok_after_no_is_a_no() -> None:
    assert PHRASES.yes_no("nah i'm ok") is YesNo.NO


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("der termin am freitag passt mir nicht", Intent.CANCEL),
        ("tuesday doesnt work for me", Intent.CANCEL),
        ("ora de joi nu-mi convine", Intent.CANCEL),
        ("часът в сряда не ми е удобно", Intent.CANCEL),
        ("i dont get how this works", Intent.HELP),
        ("vreau sa discut cu un consilier", Intent.HUMAN),
        ("ich will das mit einem berater besprechen", Intent.HUMAN),
    ],
)
def test_a_time_that_does_not_suit_and_wanting_to_discuss(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize("message", ["sure why not", "warum nicht", "de ce nu", "защо не"])
def test_why_not_is_a_yes(message: str) -> None:
    assert PHRASES.yes_no(message) is YesNo.YES


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("ist da auch jemand echtes", Intent.HUMAN),
        ("може ли да говоря с някого", Intent.HUMAN),
        ("much obliged to you", Intent.THANKS),
        ("what can i use this chat for", Intent.HELP),
        ("какво мога да правя с този бот", Intent.HELP),
        ("ce pot sa fac aici la voi", Intent.HELP),
    ],
)
def test_someone_real_obliged_and_what_to_do_here(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("thank you very much for the new appointment", Intent.THANKS),
        ("mulțumesc frumos pentru programarea de marți", Intent.THANKS),
        ("vielen dank für die adresse", Intent.THANKS),
        ("большое спасибо за запись на среду", Intent.THANKS),
        ("kayıt için çok teşekkürler", Intent.THANKS),
        ("thanks for the address, when are you open on saturday?", Intent.HOURS),
        ("danke für alles wann habt ihr am montag offen", Intent.HOURS),
        ("thanks, can i also book one for my husband", Intent.BOOK),
    ],
)
def test_what_a_thanks_is_for_is_no_request(
    understander: Understander, snapshot: Snapshot, message: str, intent: Intent
) -> None:
    """ "Thanks for the appointment" thanks for a request already done; a question after it (a
    new clause, or a question word) is still asked."""
    understood = understander.understand(message, snapshot, Context("en"))

    assert understood.outcome is Outcome.INTENT and understood.intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("we moved to dortmund in spring", Intent.GREET),  # no Latin-typed "mawa3edi"
        ("ne-am mutat aici anul trecut", Intent.GREET),  # moved here: no appointment moved
        ("m-am mutat in germania si vreau o programare", Intent.BOOK),
        ("putem muta programarea pe marti", Intent.CANCEL),
        ("mutati-ma pe joi va rog", Intent.CANCEL),
        ("o puteti muta pe saptamana viitoare", Intent.CANCEL),
    ],
)
def test_moving_house_is_no_moving_an_appointment(message: str, intent: Intent) -> None:
    """Moving house tells the bot one is new here; moving an appointment names it, a day or
    a week."""
    found = PHRASES.find(message)

    assert (found.intent or found.social) is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("that was so useful", Intent.THANKS),  # praise of the help thanks for it
        ("sunteti tare de treaba, sanatate multa", Intent.THANKS),
        ("informatia a fost foarte utila", Intent.THANKS),
        ("la cat inchideti vinerea", Intent.HOURS),  # "la cat": at what time
        ("ana aici, pe la cat deschideti lunea", Intent.HOURS),
        ("we cannot find you, what floor are you on", Intent.WHERE),
    ],
)
def test_praise_thanks_and_short_questions_of_time_and_place(message: str, intent: Intent) -> None:
    found = PHRASES.find(message)

    assert (found.intent or found.social) is intent
