"""Times of day as words, the way a person says them: "von zehn bis zwölf Uhr".

A speech synthesiser reads "10:00–12:00" literally ("zehn Doppelpunkt null null …") or not at
all, so every time in a spoken text is first turned into words here. One small formatter per
language: hours and minutes as words, and the grammar a range needs (Russian genitive, Turkish
case endings, Ukrainian ordinals). Romani has no entry: it is only ever spoken by people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time

TIME_RANGE = re.compile(
    r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?:\s*[–—-]\s*([01]?\d|2[0-3]):([0-5]\d))?(?![\d:])"
)
"""``10:00``, ``10:00–12:00`` and ``10:00 - 12:30`` as the written texts have them."""


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


def _compose(units: list[str], tens: dict[int, str], join: Callable[[str, str], str]) -> list[str]:
    """The words for 0–59 from the words for 0–19 and the tens."""
    words = list(units)
    for number in range(20, 60):
        ten, unit = tens[number // 10 * 10], number % 10
        words.append(ten if unit == 0 else join(ten, units[unit]))
    return words


_DE = _compose(
    _words(
        "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
        "fünfzehn sechzehn siebzehn achtzehn neunzehn"
    ),
    {20: "zwanzig", 30: "dreißig", 40: "vierzig", 50: "fünfzig"},
    lambda ten, unit: ("ein" if unit == "eins" else unit) + "und" + ten,
)
_EN = _compose(
    _words(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen"
    ),
    {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"},
    lambda ten, unit: f"{ten}-{unit}",
)
_RO = _compose(
    _words(
        "zero unu două trei patru cinci șase șapte opt nouă zece unsprezece douăsprezece "
        "treisprezece paisprezece cincisprezece șaisprezece șaptesprezece optsprezece "
        "nouăsprezece"
    ),
    {20: "douăzeci", 30: "treizeci", 40: "patruzeci", 50: "cincizeci"},
    lambda ten, unit: f"{ten} și {unit}",
)
_BG = _compose(
    _words(
        "нула един два три четири пет шест седем осем девет десет единадесет дванадесет "
        "тринадесет четиринадесет петнадесет шестнадесет седемнадесет осемнадесет "
        "деветнадесет"
    ),
    {20: "двадесет", 30: "тридесет", 40: "четиридесет", 50: "петдесет"},
    lambda ten, unit: f"{ten} и {unit}",
)
_TR = _compose(
    _words(
        "sıfır bir iki üç dört beş altı yedi sekiz dokuz on on_bir on_iki on_üç on_dört on_beş "
        "on_altı on_yedi on_sekiz on_dokuz"
    ),
    {20: "yirmi", 30: "otuz", 40: "kırk", 50: "elli"},
    lambda ten, unit: f"{ten} {unit}",
)
_TR = [word.replace("_", " ") for word in _TR]
_RU = _compose(
    _words(
        "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
        "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать "
        "девятнадцать"
    ),
    {20: "двадцать", 30: "тридцать", 40: "сорок", 50: "пятьдесят"},
    lambda ten, unit: f"{ten} {unit}",
)
_RU_GENITIVE = _compose(
    _words(
        "ноля одного двух трёх четырёх пяти шести семи восьми девяти десяти одиннадцати "
        "двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати восемнадцати "
        "девятнадцати"
    ),
    {20: "двадцати", 30: "тридцати", 40: "сорока", 50: "пятидесяти"},
    lambda ten, unit: f"{ten} {unit}",
)
_UK = _compose(
    _words(
        "нуль одна дві три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять "
        "тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять "
        "дев'ятнадцять"
    ),
    {20: "двадцять", 30: "тридцять", 40: "сорок", 50: "п'ятдесят"},
    lambda ten, unit: f"{ten} {unit}",
)
_UK_HOUR_GENITIVE = [
    *_words(
        "нульової першої другої третьої четвертої п'ятої шостої сьомої восьмої дев'ятої десятої "
        "одинадцятої дванадцятої тринадцятої чотирнадцятої п'ятнадцятої шістнадцятої сімнадцятої "
        "вісімнадцятої дев'ятнадцятої двадцятої"
    ),
    "двадцять першої",
    "двадцять другої",
    "двадцять третьої",
]
_FA = _compose(
    _words(
        "صفر یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده "
        "هجده نوزده"
    ),
    {20: "بیست", 30: "سی", 40: "چهل", 50: "پنجاه"},
    lambda ten, unit: f"{ten} و {unit}",
)
_AR_HOURS = _words(
    (
        "الثانية عشرة|الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|"
        "العاشرة|الحادية عشرة"
    ),
    "|",
)
_AR = _compose(
    _words(
        "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد_عشر اثنا_عشر ثلاثة_عشر "
        "أربعة_عشر خمسة_عشر ستة_عشر سبعة_عشر ثمانية_عشر تسعة_عشر"
    ),
    {20: "عشرون", 30: "ثلاثون", 40: "أربعون", 50: "خمسون"},
    lambda ten, unit: f"{unit} و{ten}",
)
_AR = [word.replace("_", " ") for word in _AR]

# Turkish endings follow the last word's sound: "ondan" (from ten), "on ikiye" (to twelve).
_TR_FROM = {
    "sıfır": "sıfırdan", "bir": "birden", "iki": "ikiden", "üç": "üçten", "dört": "dörtten",
    "beş": "beşten", "altı": "altıdan", "yedi": "yediden", "sekiz": "sekizden",
    "dokuz": "dokuzdan", "on": "ondan", "yirmi": "yirmiden", "otuz": "otuzdan",
    "kırk": "kırktan", "elli": "elliden", "buçuk": "buçuktan",
}  # fmt: skip
_TR_TO = {
    "sıfır": "sıfıra", "bir": "bire", "iki": "ikiye", "üç": "üçe", "dört": "dörde",
    "beş": "beşe", "altı": "altıya", "yedi": "yediye", "sekiz": "sekize", "dokuz": "dokuza",
    "on": "ona", "yirmi": "yirmiye", "otuz": "otuza", "kırk": "kırka", "elli": "elliye",
    "buçuk": "buçuğa",
}  # fmt: skip


def _tr_case(words: str, endings: dict[str, str]) -> str:
    head, _, last = words.rpartition(" ")
    return f"{head} {endings[last]}".strip()


def _de(start: time, end: time | None) -> str:
    def clock(value: time, uhr: bool = True) -> str:
        hour = "ein" if value.hour == 1 else _DE[value.hour]
        if value.minute == 0:
            return f"{hour} Uhr" if uhr else hour
        return f"{hour} Uhr {_DE[value.minute]}"

    if end is None:
        return f"um {clock(start)}"
    if start.minute == 0 and end.minute == 0:
        return f"von {clock(start, uhr=False)} bis {clock(end)}"
    return f"von {clock(start)} bis {clock(end)}"


def _en(start: time, end: time | None) -> str:
    def part(value: time) -> str:
        if value.hour < 12:
            return "in the morning"
        return "in the afternoon" if value.hour < 18 else "in the evening"

    def clock(value: time, with_part: bool = True) -> str:
        if value.hour == 12 and value.minute == 0:
            return "twelve noon"
        hour = _EN[value.hour % 12 or 12]
        if value.minute:
            hour += " " + (f"oh {_EN[value.minute]}" if value.minute < 10 else _EN[value.minute])
        return f"{hour} {part(value)}" if with_part else hour

    if end is None:
        return f"at {clock(start)}"
    # "from ten to eleven in the morning": the part of the day once, when both share it.
    same = part(start) == part(end) and not (end.hour == 12 and end.minute == 0)
    return f"from {clock(start, with_part=not same)} to {clock(end)}"


def _ro(start: time, end: time | None) -> str:
    def clock(value: time) -> str:
        hour = _RO[value.hour]
        if value.minute == 0:
            return f"ora {hour}"
        minutes = "jumătate" if value.minute == 30 else _RO[value.minute]
        return f"ora {hour} și {minutes}"

    return f"la {clock(start)}" if end is None else f"de la {clock(start)} până la {clock(end)}"


def _bg(start: time, end: time | None) -> str:
    def clock(value: time) -> str:
        hour = _BG[value.hour]
        if value.minute == 0:
            return hour
        minutes = "половина" if value.minute == 30 else _BG[value.minute]
        return f"{hour} и {minutes}"

    if end is None:
        return f"в {clock(start)} часа"
    return f"от {clock(start)} до {clock(end)} часа"


def _tr(start: time, end: time | None) -> str:
    def clock(value: time) -> str:
        hour = _TR[value.hour]
        if value.minute == 0:
            return hour
        return f"{hour} buçuk" if value.minute == 30 else f"{hour} {_TR[value.minute]}"

    if end is None:
        return f"saat {clock(start)}"
    return f"saat {_tr_case(clock(start), _TR_FROM)} {_tr_case(clock(end), _TR_TO)} kadar"


def _ru(start: time, end: time | None) -> str:
    def clock(value: time, words: list[str]) -> str:
        if value.minute == 0:
            return words[value.hour]
        minutes = f"ноль {_RU[value.minute]}" if value.minute < 10 else words[value.minute]
        return f"{words[value.hour]} {minutes}"

    if end is None:
        return f"в {clock(start, _RU)}"
    tail = " часов" if start.minute == 0 and end.minute == 0 else ""
    return f"с {clock(start, _RU_GENITIVE)} до {clock(end, _RU_GENITIVE)}{tail}"


def _uk(start: time, end: time | None) -> str:
    def clock(value: time) -> str:
        hour = _UK_HOUR_GENITIVE[value.hour]
        if value.minute == 0:
            return hour
        return f"{hour} {'нуль ' if value.minute < 10 else ''}{_UK[value.minute]}"

    if end is None:
        return f"о {clock(start).replace('ьої', 'ій').replace('ої', 'ій')}"
    return f"з {clock(start)} до {clock(end)}"


def _fa(start: time, end: time | None) -> str:
    def clock(value: time) -> str:
        hour = _FA[value.hour]
        if value.minute == 0:
            return hour
        return f"{hour} و نیم" if value.minute == 30 else f"{hour} و {_FA[value.minute]} دقیقه"

    if end is None:
        return f"ساعت {clock(start)}"
    return f"از ساعت {clock(start)} تا {clock(end)}"


def _ar(start: time, end: time | None) -> str:
    def clock(value: time) -> str:
        hour = _AR_HOURS[value.hour % 12]
        part = "صباحًا" if value.hour < 12 else ("ظهرًا" if value.hour < 14 else "مساءً")
        if value.minute == 0:
            return f"{hour} {part}"
        minutes = "والنصف" if value.minute == 30 else f"و{_AR[value.minute]} دقيقة"
        return f"{hour} {minutes} {part}"

    if end is None:
        return f"الساعة {clock(start)}"
    return f"من الساعة {clock(start)} حتى الساعة {clock(end)}"


SPOKEN_TIME: dict[str, Callable[[time, time | None], str]] = {
    "de": _de,
    "en": _en,
    "ro": _ro,
    "bg": _bg,
    "tr": _tr,
    "ru": _ru,
    "uk": _uk,
    "fa": _fa,
    "ar": _ar,
}
"""The languages whose times can be said; the others are only spoken by people."""


def spoken_time(language: str, start: time, end: time | None = None) -> str:
    """A time or a range in words: ``spoken_time("de", time(10), time(12))`` is
    "von zehn bis zwölf Uhr". Raises KeyError for a language without a formatter."""
    return SPOKEN_TIME[language](start, end)


def speak_times(language: str, text: str) -> str:
    """``text`` with every written time ("10:00–12:00", "14:30") replaced by words."""

    def words(found: re.Match[str]) -> str:
        start = time(int(found[1]), int(found[2]))
        end = time(int(found[3]), int(found[4])) if found[3] is not None else None
        return spoken_time(language, start, end)

    return TIME_RANGE.sub(words, text)
