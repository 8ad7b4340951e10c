"""French nouns inside Maghrebi Arabic, and its own need words, read as the English word the
offers know.

Maghrebi Arabic typed in Latin letters (Algeria, Morocco, Tunisia) takes the words of offices,
school and work from French: "nheb n9ra l'allemand", "3andi passeport espagnol, nheb
nkhdem", "le café couture nhar el jem3a". The offers' keywords cannot list every language
of every word (a 300-offer catalogue is at its size limit), so the matcher reads these French
words as the English keyword word of the same meaning, for every offer at once. Only words
that are no other topic word in one of our ten languages are listed. Not reviewed by a native
speaker.
"""

from __future__ import annotations

from bot.matching.arabizi import ARABIZI_DIGITS
from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic

# French words read as English ones: a map of a language the bot does not speak onto the
# offers' keywords, not a word list of one of ours, so it stays in code (see locales/ for those).
FRENCH_TO_ENGLISH = {
    # language and learning
    "allemand": "german",
    "allemande": "german",
    "cours": "course",
    "langue": "language",
    "apprendre": "learn",
    "groupe": "group",
    # sewing and clothes
    "couture": "sewing",
    "coudre": "sew",
    "vetements": "clothes",
    "vetement": "clothes",
    "habits": "clothes",
    "reparer": "repair",
    "dechire": "torn",
    "dechiree": "torn",
    "dechires": "torn",
    "dechirees": "torn",
    "pantalon": "trousers",
    "robe": "dress",
    "rideaux": "curtains",
    # breakfast and people from Romania
    "roumain": "romanian",
    "roumaine": "romanian",
    "roumains": "romanian",
    "dejeuner": "breakfast",
    "manger": "eat",
    # papers, letters, offices
    "lettre": "letter",
    "courrier": "letter",
    "papiers": "papers",
    "formulaire": "form",
    "conseil": "advice",
    # work and EU papers
    "passeport": "passport",
    "travail": "work",
    "boulot": "job",
    "emploi": "job",
    "chomage": "unemployed",
    "europeen": "european",
    "europeenne": "european",
    # children and parents
    "enfants": "children",
    "enfant": "child",
    "mamans": "mums",
}

MAGHREBI_TO_ENGLISH = {
    # the verbs and nouns of the needs, as Algerian and Moroccan Arabic are typed in Latin
    # letters (9 or q for ق, 3 for ع, 7 for ح, kh for خ)
    "n9ra": "learn",
    "nqra": "learn",
    "naqra": "learn",
    "nat3alem": "learn",
    "net3alem": "learn",
    "nt3alem": "learn",
    "nat3allem": "learn",
    "net3allem": "learn",
    "nt3allem": "learn",
    "nit3allem": "learn",
    "nkhayet": "sew",
    "nkhiyet": "sew",
    "nkhayto": "sew",
    "nkhaytha": "sew",
    "khiyata": "sewing",
    "t9atta3": "torn",
    "tqatta3": "torn",
    "mt9atta3": "torn",
    "7wayej": "clothes",
    "7wayji": "clothes",
    "thobi": "clothes",
    "nkhdem": "work",
    "nekhdem": "work",
    "khedma": "work",
    "khdma": "work",
    "nlawej": "looking",
    "nlawaj": "looking",
    "nlawwej": "looking",
    "nqelleb": "looking",
    "n9elleb": "looking",
    "ftour": "breakfast",
    "lftour": "breakfast",
    "wladi": "children",
    "drari": "children",
}
"""Not reviewed by a native speaker."""

_FOLDED = {
    normalize(foreign): english
    for table in (FRENCH_TO_ENGLISH, MAGHREBI_TO_ENGLISH)
    for foreign, english in table.items()
}


def read_loanword(word: str) -> str:
    """The English word a normalised French ``word`` stands for, else the word itself.

    Arabizi writes خ as 5 in Tunisia, Libya and the Gulf ("5edma", "n5dem"): read as kh."""
    if "5" in word and any(char.isalpha() for char in word):
        return _FOLDED.get(word.replace("5", "kh"), word)
    return _FOLDED.get(word, word)


def _with_latin(words: list[str]) -> list[str]:
    """Normalised ``words`` and, for Cyrillic ones, their Latin spellings ("bolgarsk")."""
    forms = []
    for word in words:
        forms.append(normalize(word))
        if has_cyrillic(word):
            forms.extend(transliterate_cyrillic(word, code) for code in ("ru", "uk", "bg"))
    return forms


# Not yet in locales/: the passport and nationality words below mix the spellings of many
# languages (and French) without saying which is whose; splitting them by language needs a
# speaker's eye, not a guess.
PASSPORT_WORDS = frozenset(
    _with_latin(
        """
        pass pas reisepass passport passeport pasaport pasaportu pasaportum pasaportul pasoš
        pasoši pasos pasosi pasosh pasoshi pasporto pasport паспорт паспорта паспортом пашпарт
        пашпарта جواز جوازي پاسپورت پاسپورتم jawaz jawazi basbor basbour basboor basport
        باسبور باسبورت بسبور
        ausweis personalausweis buletin buletinul buletinu лична личната kimlik kimliğim
        kimligim kimliği kimligi
    """.split()  # noqa: SIM905 - a word list reads best as words
    )
)
"""A passport, in the words people type: beside a country of the EU it is an EU passport. So is
an identity card, with which people of the EU live and work here as with a passport: "имам
българска лична карта", "am buletin romanesc", "bulgar kimliğim var"."""

PASSPORT_STEMS = tuple(
    _with_latin(
        """
        passport pasaport pasport паспорт пашпарт staatsbürgerschaft staatsangehörigkeit
        citizenship nationality cetatenie cetățenie гражданств громадянств гражданств
        vatandaşl vatandasl uyruk جنسي jensiy jinsiy jensey jinsey genesey gensey ginsey
        تابعیت شهروند шаҳрванд
    """.split()  # noqa: SIM905 - a word list reads best as words
    )
)
"""The start of a passport or citizenship word, in any of its forms ("pasportom",
"vatandaşlığım", "шаҳрвандии"): beside a country of the EU it is an EU passport too."""

EU_NATIONALITY_STEMS = tuple(
    _with_latin(
        """
        ital polni polnis polish polon spani spanis spany sbany espagn ispany isban esban asban
        kroat croat hirvat rumaen rumän frensi frensa
        romanian romanesc romaneasc rumunik rumunsk bulgar ungar hungar macar griech greek grec
        yunan litau lithuan litvan lettis latvi leton latysh tschech czech ceh slowak slovak portug
        portekiz olland dutch hollan niederl belgi österr osterr austri
        итал польск польськ полск испанск іспанськ испанск хорват хърват румын румун румън
        българ болгар венгер угорськ унгар литов літоў літов латвий латвій латвийск латыш чешск
        чеськ словац португал греческ грецьк гръцк
        ايطال بولند اسبان كروات يونان برتغال بلغار روماني ایتالیا لهستان اسپانیا کروا یونان
        پرتغال بلغار رومانیا nederland румин ugors
        schwed swed sued sveds isvec shved sweid swid швед سويد سوئد
        eston estni эстон естон استون
        finni finnl finland fince finsk fynsk финск финлянд фінськ фінлянд فنلند فنلاند
        danis danish danez danim danmark datsk dansk датск данськ дански دنمارك دانمارک
        irish irland irlan ирланд ірланд ايرلند ایرلند
        luxem luksem люксембург لوكسمبورغ لوکزامبورگ
        sloven slowen словен словашк اسلوفين اسلوون
        zypr cypr cipr kipr kibris кипр кіпр قبرص قبرس
        maltes maltiy мальти мальті مالط مالت
        franzo french franc fransiz frantsuz francuz faransi fransawi француз френск فرنس فرانس
        нидерланд голланд холанд бельги бельгі австри австрі هولند هلند بلجيك بلژیک نمسا
        اتریش تشيك مجر مجار ليتوان لیتوان لاتفي لتون
        otrish atrish lahestan lehestan majarest majari bolghar bolqar espaniy espania ispaniy
        faransav faranse yunani ungrik
        угорщин польщ польш венгри чехі чехи словаччин
        belcik belçik letony litvany estony slovaky sloveny cekya çekya avustury fransa
        lettl estl frankr dänem daenem
    """.split()  # noqa: SIM905 - a word list reads best as words
    )
)
"""The start of an EU country's adjective in our languages (and in French, for Maghrebi Arabic):
"italian", "польскі", "bulgarikano", "ايطالي"; Latin-typed Persian ("lahestani", "majari",
"otrishi"), Romani "ungriko", and the country's own name in the genitive after the passport
("паспорт Угорщини", "pasport vengrii", "паспорт Польши"). Only read beside a passport word, so
"bulgarian" alone still names a language and "romanian" the breakfast. Not reviewed by native
speakers."""

EUROPEAN_BY_SCRIPT = {
    script: (normalize(european), normalize(passport))
    for script, european, passport in (
        ("latin", "european", "passport"),
        ("cyrillic", "европейский", "паспорт"),
        ("arabic", "اوروبي", "جواز"),
    )
}
"""The words the offers' keywords use for "European passport" ("european passport",
"европейский паспорт", "جواز اوروبي"), in the script of the words they stand for."""


def _script(word: str) -> str:
    first = word[0]
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    if "\u0600" <= first <= "\u06ff":
        return "arabic"
    return "latin"


EU_WORDS = frozenset(_with_latin(["ue", "ес", "єс"]))
"""The European Union's own short name beside a passport: "pasaport UE", "паспорт ЕС". Whole
words only. ("eu" is a stop word, Romanian "I", gone before the passport is read.)"""


def eu_passports(words: list[str]) -> list[str]:
    """``words`` with an EU country's adjective (or its name, or "EU") beside a passport word
    read as "European": "italian passport" is a "european passport", "польскі пашпарт" a
    "европейский паспорт", "belçika pasaportuyla" (with a Belgian passport) one too."""
    read = list(words)
    for at, word in enumerate(words):
        if word not in PASSPORT_WORDS and not word.startswith(PASSPORT_STEMS):
            continue
        for near in (at - 2, at - 1, at + 1, at + 2):
            if 0 <= near < len(words) and (
                words[near].startswith(EU_NATIONALITY_STEMS) or words[near] in EU_WORDS
            ):
                read[near], read[at] = EUROPEAN_BY_SCRIPT[_script(words[near])]
    return read


_CHAT_DIGITS = str.maketrans({"4": "ch", "6": "sh"})


def read_chat_cyrillic(word: str) -> str:
    """A Latin-typed Bulgarian or Russian word written chat-style, in the standard romanisation
    the keywords are indexed in: "ma6ina" is "mashina" (машина), "4ervena" "chervena". Only
    words with a 4 or 6 among letters and no digit Arabizi uses for a letter ("n9der", "3andi")."""
    if not ("4" in word or "6" in word) or not any(char.isalpha() for char in word):
        return word
    if any(char in ARABIZI_DIGITS for char in word):
        return word
    return word.translate(_CHAT_DIGITS)
