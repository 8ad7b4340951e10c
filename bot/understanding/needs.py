"""Words that ask for a thing by describing it: looking for something, somewhere to go, people
who meet or gather there.

Right after an offer's card, "gibts auch was wo mamas sich treffen", "ima li kade da se sabirat
maikite" or "търся място където детето да играе" hold follow-up cue words ("wo", mothers,
child) but ask for a place that is not the one shown: a NEED for another offer. With one of
these words, a message the offers read as another offer's (its card, not a guess) is a new topic,
the way "actually" (followup.NEW_TOPIC_WORDS_BY_LANGUAGE) makes it one. A question about the
offer shown ("can i come with my baby", "kaj si kava") names no such need and stays a follow-up.

Phrases are matched as whole words after normalisation; Cyrillic ones also in Latin letters.
Not reviewed by native speakers.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic
from bot.understanding.phrases import normalized_message

NEED_WORDS_BY_LANGUAGE = {
    # looking for | somewhere, a place where | people meet or gather
    "de": (
        "suche | ich suche | wir suchen | irgendwo | einen ort | ein ort | einen platz"
        " | treffen sich | sich treffen | trifft man sich | sich trifft | zusammenkommen"
        " | kennenlernen | leute kennenlernen | mit leuten | mit anderen leuten"
    ),
    "en": (
        "looking for | look for | searching for | somewhere | a place where | any place"
        " | some place | meet up | can meet | get together | where mothers | where parents"
        " | meet people | make friends | meet other | with people | with other people"
    ),
    "ro": (
        "caut | cautam | undeva | un loc unde | vreun loc | se aduna | se intalnesc"
        " | sa ma intalnesc | sa se intalneasca | se strang | sa cunosc | sa ma imprietenesc"
        " | cu alti oameni | cu oameni | cu lume"
    ),
    "bg": (
        "търся | търсим | някъде | място където | място за | се събират | да се събират"
        " | се срещат | да се срещна | да се срещнем | се сбират | да се запозная | да се запознаем"
        " | с хора | с други хора | с други | с други семейства | заедно с други"
        " | къде има такова | къде има такива | къде има нещо такова"
    ),
    "rom": "rodav | rodas | rodel | varekaj | than kaj | arakhen pe | kiden pe | kidel pe",
    "ar": (
        "بدور | عم دور | دورلي | ادور | مكان | بتجتمع | بيجتمعوا | يجتمعوا | تجتمع | يجتمع"
        " | نلتقي | يلتقوا | بيلتقوا | نتعرف | bdawer | 3am dawer | makan | mkan"
        " | مع ناس | مع الناس | ma3 nas | m3a nas"
        " | تتعرف | تتعرّف | يتعرفوا | يتعرفو | اتعرف | tit3arraf | tet3arraf | net3arraf"
        " | nit3arraf | et3arraf | yet3arrafo | yit3arrafu | tet3arrafi | tit3arrafi"
        " | يتعرفون | نتعرفون"
    ),
    "tr": (
        "ariyorum | ariyoruz | bir yer | yer var mi | bulusuyor | bulusuyorlar | bulusabilecegi"
        " | toplaniyor | toplaniyorlar | tanisabilecegim | bi yer | tanismak | tanisabilirim"
        " | insanlarla"
    ),
    "uk": (
        "шукаю | шукаємо | десь | місце де | збираються | зустрічаються | зустрітися"
        " | познайомитися | з людьми | з іншими людьми | з іншими | з іншими сім'ями"
        " | разом з іншими | де таке є | де є таке | де таке буває"
    ),
    "fa": (
        "دنبال | میگردم | جایی | یه جا | جمع میشن | جمع میشوند | همدیگه رو ببینن | همدیگرو ببینن"
        " | donbal | jayi | jam mishan | hamdigaro bebinan | آشنا شم | آشنا بشم | آشنا شیم"
        " | ashna sham | ashna besham | با آدما | با بقیه | ba adama | ba baghie"
    ),
    "ru": (
        "ищу | ищем | где-нибудь | место где | собираются | встречаются | встретиться"
        " | познакомиться | с людьми | с другими людьми | с другими | с другими семьями"
        " | вместе с другими | где такое есть | где есть такое | где такое бывает"
    ),
}


MIN_LATIN_TYPED_CHARS = 4
"""A Cyrillic phrase typed in Latin letters shorter than this is another language's word:
"десь" (somewhere) would be "des", German dialect's "das" ("und wo is des?")."""


def phrases_typed(by_language: Mapping[str, str]) -> frozenset[str]:
    """The ``|``-separated phrases of each language, normalised; Cyrillic ones also as typed
    in Latin letters (from :data:`MIN_LATIN_TYPED_CHARS`)."""
    phrases: set[str] = set()
    for language, listed in by_language.items():
        for phrase in listed.split("|"):
            phrases.add(normalize(phrase))
            if has_cyrillic(phrase):
                spellings = {phrase}
                if language == "bg":  # "ъ" typed "a" or "u": "tarsya", "tursya" (търся)
                    spellings.add(phrase.replace("ъ", "у"))
                for spelling in spellings:
                    typed = transliterate_cyrillic(spelling, language)
                    if len(typed.strip()) >= MIN_LATIN_TYPED_CHARS:
                        phrases.add(typed)
    return frozenset(phrase for phrase in phrases if phrase)


NEED_PHRASES = phrases_typed(NEED_WORDS_BY_LANGUAGE)

ARABIC_AND = "و"
MIN_AFTER_AND = 3
"""A word of more than this many letters may carry the Arabic "and" ("ونتعرف"); shorter ones
begin with "و" themselves ("وين", where)."""


def names_a_need(text: str) -> bool:
    """Whether ``text`` asks for something by describing it: looking for it, somewhere to go,
    people meeting there (:data:`NEED_WORDS_BY_LANGUAGE`)."""
    normalized = normalized_message(text)
    # Arabic "and" is written onto the next word: "ونتعرف عليهم" (and get to know them)
    bare = " ".join(
        word[1:] if word.startswith(ARABIC_AND) and len(word) > MIN_AFTER_AND else word
        for word in normalized.split()
    )
    return any(
        f" {phrase} " in f" {words} " for words in {normalized, bare} for phrase in NEED_PHRASES
    )
