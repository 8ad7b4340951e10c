"""Everyday requests and typed answers (issue 11) as the phrase tables alone read them, in the
wordings people type: "what can you do", a language asked for someone else or instead of one
denied, register and dialect frames, Russian as Belarusians and labour migrants spell it,
spoken endings, Tajik. The rows come from rounds 5 to 16;
none is a line of the evaluation sets. Rows stand in lists named for the form they show; each
row's id is that form. The whole understanding: test_intent_wordings.py; typed answers:
test_typed_answer_wordings.py."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.matching.normalize import normalize
from bot.understanding import Understander
from bot.understanding.intents import INTENT_SHARE
from bot.understanding.phrases import (
    latin_skeleton,
    latin_slavic_spelling,
    slavic_spelling,
    tajik_in_latin,
)
from bot.understanding.result import Intent
from tests.understanding.answers import rows

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


# --- the request a line is read as: (message, intent or None)

PHRASE_INTENTS = [
    *rows(
        "what-can-you-do",
        ("что эта штука вообще умеет", Intent.HELP),
        ("що ви тут вмієте", Intent.HELP),
        ("ne yapabiliyorsunuz burada", Intent.HELP),
        ("شو بتقدر تعمل", Intent.HELP),
        ("chno kat3awen", Intent.HELP),
        ("شما چه کارهایی میکنید", Intent.HELP),
    ),
    *rows(
        "from-what-time-or-there-on-a-day",
        ("до скольки вы работаете в пятницу", Intent.HOURS),
        ("з котрої години ви відчинені", Intent.HOURS),
        ("cuma orada mısınız", Intent.HOURS),  # are you there on Friday
        ("انتو موجودين يوم الجمعة", Intent.HOURS),
        ("سه شنبه هستین", Intent.HOURS),  # Tuesday, written in two pieces
        ("chno homa lwa9at dyal lkhedma", Intent.HOURS),  # Darija: the working times
    ),
    *rows(
        "part-of-town-or-address",
        ("в каком районе ваш офис", Intent.WHERE),
        ("hangi mahallede ofisiniz", Intent.WHERE),
        ("دفترتون کدوم منطقه ست", Intent.WHERE),
        ("انتو في اي منطقة", Intent.WHERE),
        ("3tini l3onwan 3afak", Intent.WHERE),  # the article typed onto "address"
        ("fin lmaktab", Intent.WHERE),
    ),
    *rows(
        "arabic-dialect-verbs",
        ("bghit nbeddel lmaw3id", Intent.CANCEL),  # Darija: change the appointment
        ("momken nakhod rendez-vous", Intent.BOOK),
        ("ممكن نأجل الميعاد", Intent.CANCEL),  # postpone
        ("سلام يا جماعة انا ماشي", Intent.BYE),  # I'm off: more than the greeting
    ),
    *rows(
        "words-near-a-new-class",
        ("في كمان يوم السبت؟", None),  # "also on Saturday?" after a card: no request for help
        ("kamav te pinzharav aver familii andar romania", None),  # Romania: no language asked
        ("سلام علیکم خوب هستین", Intent.GREET),  # "are you well", not "are you there"
        ("görüşmek dileğiyle", Intent.BYE),  # "dileğiyle" (with the wish) is no "dil" (language)
        ("bghit khedma", None),  # a job: an offer, not the working hours
    ),
    *rows(
        "how-can-you-help-darija-hours",
        ("fo9ach kat7lo ghda", Intent.HOURS),  # Darija: when do you open tomorrow
        ("ch7al f sa3a katsdo", Intent.HOURS),  # what time do you close
        ("чем вы можете мне помочь", Intent.HELP),
        ("як ви мені можете допомогти", Intent.HELP),
        ("bu ne işe yarıyor, bana nasıl yardımcı olabilirsiniz", Intent.HELP),
        ("این برنامه کارش چیه", Intent.HELP),  # what is this program's job
    ),
    *rows(
        "register-and-dialect-frames",
        ("i need an appointment for my dad", Intent.BOOK),
        ("babam için bir randevu lazım", Intent.BOOK),
        ("kindly book a slot for my son", Intent.BOOK),
        ("una dey open for sunday?", Intent.HOURS),  # Pidgin: are you open on Sunday
        ("what are the timings on monday", Intent.HOURS),
        ("what all you people do here", Intent.HELP),
        ("اكو واحد من الموظفين اكدر احجي وياه", Intent.HUMAN),
        ("shu ba3mal hon", Intent.HELP),  # Levantine Arabizi: what do I do here
        ("ltamta fat7in?", Intent.HOURS),  # until when are you open
        ("yak nafar ba man gap bezana", Intent.HUMAN),  # Dari: someone to talk to me
        ("daftar shoma kuja ast", Intent.WHERE),  # Dari typed in Latin letters
        ("nu stiu ce sa scriu, dati-mi un om", Intent.HUMAN),  # a person beats "what to write"
    ),
    *rows(
        "latin-typed-russian-ukrainian",
        ("kogda vi otkriti zavtra", Intent.HOURS),
        ("4to ti mojesh", Intent.HELP),
        ("koly vy vidkryti", Intent.HOURS),  # Ukrainian
    ),
    *rows(
        "belarusian-and-migrant-russian",
        ("дзякуй вялікі", Intent.THANKS),
        ("добры дзень", Intent.GREET),
        ("хачу пагаварыць з жывым чалавекам", Intent.HUMAN),
        ("дзе ваш офіс", Intent.WHERE),
        ("мне нада запис на сераду", Intent.BOOK),
        ("адмяніце запіс, калі ласка", Intent.CANCEL),
        ("коли видкрито завтра", Intent.HOURS),  # Ukrainian on a Russian keyboard
    ),
    *rows(
        "spoken-endings",
        ("kon i an termin ausmacha", Intent.BOOK),  # Bavarian: -a for -en
        ("i mog mei termin absogn", Intent.CANCEL),  # Bavarian: -n for -en
        ("wo is eier büro", Intent.WHERE),
        ("almanca bilmiyom, türkçe yazın", Intent.LANGUAGE),  # Anatolian: -yom for -yorum
    ),
    *rows(
        "a-person-not-a-machine",
        ("mit am menschen redn, ned mit da maschin", Intent.HUMAN),
        ("i want a person, not a computer", Intent.HUMAN),
        ("vreau un om, nu o masina", Intent.HUMAN),
        ("makine değil insan", Intent.HUMAN),
        ("не машина, а жывы чалавек", Intent.HUMAN),
    ),
    # a word said twice is explained once found
    *rows("word-said-twice", ("om, vreau om", Intent.HUMAN)),
    *rows(
        "tajik",
        ("Бо як корманд гап задан мехоҳам", Intent.HUMAN),
        ("Шумо дар куҷо ҳастед?", Intent.WHERE),
        ("Имрӯз соати чанд кушода ҳастед?", Intent.HOURS),
        ("Вақти маро бекор кунед", Intent.CANCEL),
        ("Бо забони англисӣ навишта метавонед?", Intent.LANGUAGE),
    ),
    *rows(
        "until-when-someone-is-there",
        ("till when is someone there on friday", Intent.HOURS),
        ("bis wann ist noch jemand da am freitag", Intent.HOURS),
        ("до скольки у вас кто-то будет в пятницу", Intent.HOURS),
    ),
    *rows(
        "taken-off-the-list",
        ("please cross me off for monday", Intent.CANCEL),
        ("bitte tragen sie mich für montag aus", Intent.CANCEL),
        ("зніміть мене з запису", Intent.CANCEL),
    ),
    *rows(
        "how-to-change-the-language",
        ("how can i change the language of the bot", Intent.LANGUAGE),
        ("zaban e in robot ro chetori avaz konam", Intent.LANGUAGE),
        ("wo klicke ich, damit eine andere sprache kommt", Intent.LANGUAGE),
    ),
    # where the way to us starts is no other place asked about
    *rows("way-from-the-station", ("trimiteti-mi adresa biroului, vin de la gara", Intent.WHERE)),
    # opening hours of a shop are no question about ours
    *rows("a-shops-hours", ("bis wann hat aldi heute offen, brauche noch brot", None)),
]


@pytest.mark.parametrize(("message", "intent"), PHRASE_INTENTS)
def test_the_request_a_line_is_read_as(message: str, intent: Intent | None) -> None:
    assert PHRASES.find(message).intent is intent


# (message, the request it is not)
NOT_THIS_REQUEST = [
    # "para nasil" read as one would fold like Russian "перенес*" (move an appointment)
    *rows("two-words-typed-as-one", ("turkiyeye para nasil gonderirim", Intent.CANCEL)),
    # "di la" typed as one is "dila", which starts like Turkish "dil*" (language)
    *rows("two-small-words-no-stem", ("salutari di la bacau", Intent.LANGUAGE)),
    # translating said of someone asks for no language
    *rows("translating-said-of-someone", ("мой брат переводит документы", Intent.LANGUAGE)),
    # "stoff" (fabric) is one letter from "staff": asking about the fabric asks for no person
    *rows("german-fabric-no-staff", ("und der stoff, kostet der extra?", Intent.HUMAN)),
]


@pytest.mark.parametrize(("message", "not_this"), NOT_THIS_REQUEST)
def test_a_look_alike_is_not_that_request(message: str, not_this: Intent) -> None:
    assert PHRASES.find(message).intent is not not_this


# --- the greeting, thanks or goodbye a line says: (message, social intent or None)

SOCIAL = [
    *rows(
        "polite-formulas-of-other-registers",
        ("bogdaproste, sanatate multa", Intent.THANKS),
        ("yislamo 3al mosa3ade", Intent.THANKS),  # thanks for the help, not a request for it
        ("how far boss", Intent.GREET),
    ),
    # "byeshtghel" (it works) holds no English "bye"
    *rows(
        "a-word-beginning-like-bye",
        ("kif byeshtghel hada", None),
        ("shu hada, kif byeshtghel", None),
    ),
    # a word of hello and goodbye goes with the formula beside it
    *rows(
        "ciao-beside-a-formula",
        ("ciao, buna seara", Intent.GREET),
        ("ciao, bis morgen", Intent.BYE),
    ),
    # a name after an introduction is no question
    *rows("name-after-introduction", ("dzien dobry, mein name ist Kasia", Intent.GREET)),
]


@pytest.mark.parametrize(("message", "social"), SOCIAL)
def test_the_formula_a_line_says(message: str, social: Intent | None) -> None:
    assert PHRASES.find(message).social is social


# --- a chat language asked for: (message, the language asked for)

LANGUAGES = [
    *rows(
        "switch-to-or-only-reads",
        ("переключитесь на английский", "en"),
        ("мій чоловік читає тільки українською", "uk"),
        ("ingilizceye geçer misiniz", "en"),  # the name with a case ending
        ("babam sadece rusça okuyor", "ru"),
        ("بابا بيفهم بس عربي", "ar"),
        ("پدرم فقط انگلیسی میفهمه", "en"),
    ),
    *rows(
        "not-the-one-denied",
        ("папа не читает по-немецки, напишите по-английски", "en"),
        ("батько не розуміє німецької, пишіть російською", "ru"),
        ("ابوي ما بيقرا الماني اكتب بالانجليزي", "en"),
    ),
    *rows(
        "named-in-french-or-misspelled",
        ("en anglais svp", "en"),
        ("bel allemand", "de"),
        ("англиский давай", "en"),
    ),
]


@pytest.mark.parametrize(("message", "language"), LANGUAGES)
def test_a_chat_language_asked_for(message: str, language: str) -> None:
    found = PHRASES.find(message)

    assert (found.intent, found.target) == (Intent.LANGUAGE, language)


@pytest.mark.parametrize(
    ("message", "language"),
    rows(
        "for-someone-or-instead-of-one-denied",
        ("farsça yazın lütfen, eşim okuyacak", "fa"),
        ("пишите по-украински, бабушка так читает", "uk"),
        ("can you answer in romanian, my dad reads it", "ro"),
        ("ممكن بالانجليزي عشان جوزي يقرا", "en"),
        ("ingilizce bilmiyorum, arapça yazar mısınız", "ar"),  # the denial comes after the name
        ("آلمانی بلد نیستم، فارسی بنویسید", "fa"),  # Persian denies after the name too
    ),
)
def test_a_language_asked_for_someone_or_instead_of_one_denied(message: str, language: str) -> None:
    found = PHRASES.find(message)

    # Sure enough to beat an offer or a FAQ answer the words share ("read", "write").
    assert (found.intent, found.target) == (Intent.LANGUAGE, language)
    assert found.share >= INTENT_SHARE


# --- a request beside a reason or a story


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        (
            "muss meinen termin verschieben, meine oma kommt an dem tag aus polen zu besuch",
            Intent.CANCEL,
        ),
        ("По-английски можно? Немецкий только начала учить в январе", Intent.LANGUAGE),
    ],
)
def test_a_request_in_a_clause_of_its_own_beside_a_reason(message: str, intent: Intent) -> None:
    found = PHRASES.find(message)

    assert found.intent is intent
    assert found.share >= INTENT_SHARE


@pytest.mark.parametrize(
    ("message", "not_this"),
    [
        # asking who helps after a story is part of the story, not a question about the bot
        ("ich hab einen brief vom amt bekommen, wer hilft mir da", Intent.HELP),
        # a country in a statement asks for no language
        ("suche arbeit, komme aus Rumänien", Intent.LANGUAGE),
        # "can't come" beside no appointment is no cancelling
        ("handy ist fast leer, ich schreib später", Intent.CANCEL),
    ],
)
def test_a_clause_that_is_part_of_a_story_makes_no_request(message: str, not_this: Intent) -> None:
    found = PHRASES.find(message)

    assert found.intent is not not_this or found.share < INTENT_SHARE


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("n7eb rdv ghodwa ken famma", Intent.BOOK),
        ("nbadel el rdv mta3i, ma najemch nji", Intent.CANCEL),
        ("chnowa najem na3mel houni?", Intent.HELP),
        ("nkhallikom, besslama", Intent.BYE),
    ],
)
def test_maghrebi_arabic_with_french_words(message: str, intent: Intent) -> None:
    found = PHRASES.find(message)

    assert (found.intent or found.social) is intent


def test_tajik_is_read_in_the_letters_persian_is_typed_in() -> None:
    assert tajik_in_latin("Вақти кушодаи шумо") == "vaqti kushodai shumo"
    assert tajik_in_latin("Мехохам бо шумо гап занам") is not None  # no Tajik letter
    assert tajik_in_latin("Когда вы открыты?") is None  # Russian


# --- spellings folded to one form


def _folded(word: str) -> str:
    return slavic_spelling(normalize(word))


@pytest.mark.parametrize(
    ("spelled", "written"),
    [
        ("чалавекам", "человеком"),  # Belarusian akanye
        ("нада", "надо"),  # a migrant's spelling
        ("делат", "делать"),  # the soft sign left out
        ("запісацца", "записаться"),  # -цца is -ться
        ("пагаварыць", "поговорить"),  # soft ц is т
        ("видкрито", "відкрито"),  # и for і on a Russian keyboard
    ],
)
def test_russian_as_belarusians_and_migrants_spell_it_folds_to_one_form(
    spelled: str, written: str
) -> None:
    assert _folded(spelled) == _folded(written)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("чоловік", "человек"),  # Ukrainian: a man, a husband; Russian: a person
        ("допоможе", "допоможи"),  # it will help / help me!
    ],
)
def test_other_words_stay_apart_when_folded(one: str, other: str) -> None:
    assert _folded(one) != _folded(other)


@pytest.mark.parametrize(
    ("typed", "romanised"),
    [("vi", "vy"), ("4to", "chto"), ("xochu", "khochu"), ("jivim", "zhivym"), ("nada", "nado")],
)
def test_russian_typed_in_latin_letters_folds_to_one_form(typed: str, romanised: str) -> None:
    assert latin_slavic_spelling(typed) == latin_slavic_spelling(romanised)


def test_a_glide_typed_as_i_stands_where_it_is_typed() -> None:
    """Finglish "nemiam", "nemiyam", "nmiam" (I am not coming) are one word; Latin-typed
    Bulgarian "niamam" (нямам, I have not) has its glide after the n, so it is another."""
    assert latin_skeleton("nemiam") == latin_skeleton("nemiyam") == latin_skeleton("nmiam")
    assert latin_skeleton("niamam") != latin_skeleton("nemiam")
    # ذ and ض typed "dh" ("hadha", this) as "th" is t: the "d" of "hada"
    assert latin_skeleton("hadha") == latin_skeleton("hada")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sosa ažutin tumen le manušenge?", Intent.HELP),  # with what do you help people
        ("kamav te vakerav jekhe manušeha", Intent.HUMAN),
        ("naisaras tumenge but", Intent.THANKS),  # we thank you
        ("ko savo saati putren tumen?", Intent.HOURS),
    ],
)
def test_romani_forms(understander: Understander, text: str, intent: Intent) -> None:
    """Romani "help the people" and a thanks said for "we" (found when people tried the bot,
    round 15)."""
    assert understander.intents.find(text).intent is intent or (
        understander.intents.find(text).social is intent
    )
