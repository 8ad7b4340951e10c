"""Words of topics the centre does not serve: shopping and selling, phones, printers and
computers, cars, visas, flats, tickets, weather, sports, hairdressers, banks, places of worship,
pharmacies, a cold or a fever, parcels, household machines (a washing machine is no sewing
machine), bicycles, a doctor for a child or in pregnancy, work permits ("нужно ли разрешение на
работу": the permit, not the work, is asked about).

"wo kann ich mein handy reparieren lassen" shares "reparieren" with the sewing café and "unde
cumpar cafea buna" shares "cafea" with the parents' café. Such a question names another topic
beside the shared word; a guess from that one word must stay a "did you mean", never a card.
Only guesses are held back: a question rapidfuzz is confident about on its own is answered.

Stems, matched at the start of a question word after :func:`normalize` (so without
diacritics); Cyrillic stems also match their Latin-typed forms. A stem is listed only when it
does not begin a word of a need we serve: no "restaurant" ("work in a restaurant"), no
"miet"/"vermieter" (a letter from the landlord is the office hours' business). A fever or a
cold beside "child" is no reason for the parents' café card; a doctor may be (the German
course: "speak with my doctor myself").
Not reviewed by native speakers.
"""

from __future__ import annotations

from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic

ELSEWHERE_BY_LANGUAGE: dict[str, str] = {
    "de": """
        drucker computer fernseher
        arbeitserlaubnis fieber krank erkältet
        kaufen kaufe einkaufen laden handy smartphone laptop auto führerschein visum visa
        wohnung fahrkarte ticket flug zugticket wetter fußball fussball bvb friseur frisör
        konto bank moschee kirche apotheke
        postamt postfiliale briefmarke paket waschmaschine kühlschrank fahrrad
        verkaufen verkaufe
    """,
    "en": """
        printer computer tv television
        permit fever sick ill
        buy shop shopping store phone smartphone laptop car driving visa apartment flat
        ticket train flight weather football soccer match hairdresser haircut barber bank
        account mosque church pharmacy
        parcel stamps postage washing fridge dishwasher bike bicycle
        sell selling
    """,
    "ro": """
        imprimanta calculator televizor
        febra bolnav raceala
        cumpar cumpara magazin telefon permisul viza apartament chirie bilet tren avion
        vremea meci fotbal frizer coafor banca cont biserica farmacie
        colet spalat frigider bicicleta
        vand vinde vindem vanzare
    """,
    "bg": """
        принтер компютър телевизор
        разрешително температура болно болен настинал настинало
        купя купувам магазин телефон кола шофьорска виза квартира наем билет влак самолет
        времето мач футбол фризьор банка сметка църква джамия аптека
        колет пералня хладилник велосипед
        продам продавам продаде
    """,
    "rom": (
        "kinav kinel kines dukano dukani telefono vizo bileto khangeri nasvalo printeri bicikla"
    ),
    "ar": """
        طابعة برنتر كمبيوتر تلفزيون
        تصريح حرارة سخونة مريض
        اشتري بشتري نشتري شراء سوق تلفون موبايل هاتف سيارة رخصة فيزا تأشيرة اقامة
        الاقامة شقة ايجار تذكرة قطار طيارة طقس مباراة مباراه كورة حلاق بنك حساب جامع مسجد
        صيدلية eshtri ashtari mobile sayyara visa sha2a
        طرد غسالة غساله ثلاجة دراجة بسكليت
        ابيع ببيع نبيع يبيع بيبيع تبيع بتبيع بيبيعو بيبيعوا يبيعون
    """,
    "tr": """
        yazıcı yazici bilgisayar televizyon
        izni ateş ates atesi hasta nezle
        satin magaza telefon araba ehliyet vize kiralik bilet tren ucak hava maç mac
        futbol kuafor berber banka hesap cami kilise eczane
        postane camasir buzdolabi bisiklet
        satmak satayim satiyorum
    """,
    "uk": """
        принтер комп'ютер телевізор
        дозвіл температура хворий хвора застудився застудилася
        купити куплю магазин телефон права віза візу квартиру квартира оренда квиток
        поїзд літак погода матч футбол перукар банк рахунок церква мечеть аптека
        посилка пральна пральної холодильник велосипед
        продати продам
    """,
    "fa": """
        پرینتر چاپگر کامپیوتر تلویزیون
        تب مریض سرماخوردگی
        بخرم بخریم خرید فروشگاه موبایل گوشی گواهینامه ویزا اقامت آپارتمان اجاره بلیط
        قطار هواپیما هوا فوتبال آرایشگاه بانک حساب مسجد کلیسا داروخانه kharid
        لباسشویی یخچال دوچرخه docharkhe
        بفروشم بفروشیم
    """,
    "ru": """
        принтер компьютер телевизор
        разрешение температура болеет болен простыл простыла
        купить куплю магазин телефон права виза визу квартиру квартира снять аренда
        билет поезд самолет погода матч футбол парикмахер банк счет церковь мечеть аптека
        посылка стиральная стиральной холодильник велосипед
        продать продам
    """,
}

MIN_PREFIX_CHARS = 5
"""Shorter stems must be the whole word ("cont", a Romanian account, begins "contact"); longer
ones also match the words they begin ("wohnungen", "cumparam", "kaufen")."""


def _stems(lists: dict[str, str]) -> frozenset[str]:
    stems: set[str] = set()
    for language, listed in lists.items():
        for word in listed.split():
            stems.update(normalize(word).split())
            if has_cyrillic(word):
                stems.update(transliterate_cyrillic(word, language).split())
    return frozenset(stems)


ELSEWHERE = _stems(ELSEWHERE_BY_LANGUAGE)

DOCTORS = _stems(
    {
        "de": "arzt ärzte ärztin doktor kinderarzt kinderärztin",
        "en": "doctor doctors pediatrician paediatrician gp",
        "ro": "doctor doctorul medic medicul pediatru",
        "bg": "лекар лекаря лекарка доктор педиатър",
        "rom": "doktoro doktori",
        "ar": "دكتور الدكتور دكتوره طبيب الطبيب doktor daktor",
        "tr": "doktor doktoru doktora hekim",
        "uk": "лікар лікаря лікарка педіатр",
        "fa": "دکتر پزشک doktor",
        "ru": "врач врача доктор педиатр",
    }
)
CHILDREN = _stems(
    {
        "de": "kind kinder kindes kinderarzt baby",
        "en": "child children kid kids baby son daughter",
        "ro": "copil copilul copii copiii copilului bebe bebelus",
        "bg": "дете детето деца децата детски бебе",
        "rom": "chavo chave chavore chavoro čhavo čhave",
        "ar": "طفل اطفال ولاد ابني بنتي بيبي",
        "tr": "cocuk cocugum bebek",
        "uk": "дитина дитини дитячий дітей дитячого",
        "fa": "بچه بچم بچمو کودک اطفال",
        "ru": "ребенок ребенка детский детей детского",
    }
)
"""A doctor for a child ("где детский врач", "kaj si doktoro vaš e čhave") is the
paediatrician's business, not the parents' café's; a doctor alone may be a German course need
("talk to my doctor myself"), so only the pair tells."""


PREGNANCY = _stems(
    {
        "de": "schwanger schwangerschaft",
        "en": "pregnant pregnancy",
        "ro": "gravida insarcinata sarcina",
        "bg": "бременна бременност",
        "rom": "phari khamni",
        "ar": "حامل حمل hamel 7amel",
        "tr": "hamile hamileyim hamilelik",
        "uk": "вагітна вагітність",
        "fa": "باردار بارداری hamele",
        "ru": "беременна беременная беременность",
    }
)
"""A doctor in pregnancy ("hamileyim kadın doktoru arıyorum") is a gynaecologist's business, not
the German course's nor the job counselling's."""


MONEY = _stems(
    {
        "de": "geld geldes",
        "en": "money cash",
        "ro": "bani banii banuti",
        "bg": "пари парите",
        "rom": "love lovo",
        "ar": "مصاري المصاري مصريات فلوس الفلوس masari flous",
        "tr": "para parayi paramı parami",
        "uk": "гроші грошей грошi",
        "fa": "پول پولو pul pool",
        "ru": "деньги денег деньгами",
    }
)
SENDING = _stems(
    {
        "de": "schicken schicke schickt senden sende überweisen überweise überweisung",
        "en": "send sending transfer transfers wire",
        "ro": "trimit trimite trimitem trimis transfer",
        "bg": "пратя пращам изпратя изпращам прехвърля",
        "rom": "bichalav bichhalav bičhalav bichalel",
        "ar": "حول احول بحول نحول تحويل ابعت بعت ببعت نبعت ارسل hawel 7awel ab3at",
        "tr": "gondermek gonder gonderebilirim gondermem yolla yollamak havale",
        "uk": "переказати переказ переслати надіслати відправити",
        "fa": "بفرستم بفرستیم فرستادن بفرستم befrestam ferestadan",
        "ru": "перевести перевод переслать отправить отправлю",
    }
)
"""Sending money home ("wo kann ich geld nach rumänien schicken", "как перевести деньги
домой") is a money transfer shop's business: money beside sending is no question about our
cost, and "перевести" (to transfer) is no interpreter."""


def sends_money(question: str) -> bool:
    """Whether the question is about sending money (a word of :data:`MONEY` beside one of
    :data:`SENDING`)."""
    words = normalize(question).split()
    return any(_named(word, MONEY) for word in words) and any(
        _named(word, SENDING) for word in words
    )


ENGLISH = _stems(
    {
        "de": "englisch englischkurs englischunterricht",
        "en": "english",
        "ro": "engleza englezeste engleză",
        "bg": "английски английския",
        "rom": "anglikanes angliikanes englezicka",
        "ar": "انجليزي انكليزي الانجليزي الانكليزي inglizi englizi",
        "tr": "ingilizce ingilizceyi",
        "uk": "англійська англійську англійської англійською",
        "fa": "انگلیسی engelisi englisi ingilisi",
        "ru": "английский английского английскому английским",
    }
)
LESSONS = _stems(
    {
        "de": "kurs kurse sprachkurs lernen unterricht nachhilfe englischkurs englischunterricht",
        "en": "course courses class classes lessons learn learning teacher",
        "ro": "curs cursuri cursul invat invata invete lectii meditatii",
        "bg": "курс курса курсове уча науча уроци",
        "rom": "kurso sikljov sikljuv",
        "ar": "كورس دورة دورات دروس اتعلم تعلم يتعلم kurs dawra",
        "tr": "kurs kursu kursa ders dersi dersleri ogrenmek",
        "uk": "курс курси курсів курсу вчити вивчити уроки",
        "fa": "کلاس دوره آموزش kelas kelase dore",
        "ru": "курс курсы курсов курса учить выучить уроки",
    }
)
GERMAN = _stems(
    {
        "de": "deutsch deutschkurs",
        "en": "german",
        "ro": "germana germană nemteste nemteasca",
        "bg": "немски",
        "rom": "nemcikanes nemcicka nemcika",
        "ar": "الماني المانية الالماني الالمانية ألماني almani elmani",
        "tr": "almanca",
        "uk": "німецька німецьку німецької німецькою",
        "fa": "آلمانی المانی almani",
        "ru": "немецкий немецкого немецкому немецким",
    }
)
"""An English course ("caut un curs de engleza", "курсы английского где есть", "englischkurs
fuer kinder") is not the German course: English beside a lesson word names another topic,
unless German is named too ("german course, explained in english")."""

POST = _stems(
    {
        "de": "post postamt postfiliale",
        "en": "post postal",
        "ro": "posta postei postal",
        "bg": "поща пощата пощенска",
        "ar": "البريد بريد البوسطة بوسطة بوسطه",
        "tr": "ptt postane postaneye",
        "uk": "пошта пошту пошті поштове поштою",
        "fa": "پست پستخونه پستخانه post",
        "ru": "почта почту почте почтовое почтамт",
    }
)
POST_OFFICE = _stems(
    {
        "de": "offen geöffnet öffnet schließt nächste naechste filiale briefmarke verschicken",
        "en": "office open opens close closes closing nearest closest stamp stamps",
        "ro": "oficiul oficiu deschide deschisa deschis inchide inchisa inchis apropiata timbru",
        "bg": "станция клон отваря затваря отворена най-близката",
        "ar": "مكتب بتفتح بيفتح يفتح تفتح بتسكر بيسكر تسكر مفتوح اقرب",
        "tr": "acik kapali aciliyor kapaniyor yakin",
        "uk": "відділення відкрита відкривається зачиняється найближча найближче",
        "fa": "اداره edare edareye نزدیکترین بازه",
        "ru": "отделение отделения открыта открывается закрывается ближайшая ближайшее",
    }
)
"""The post office ("la ce ora se deschide posta", "edare post koja hast", "what time does the
post office close"): the post beside its office, its opening hours, the nearest one or stamps.
Not the post alone: letters from offices arrive by post."""

RESTAURANT = _stems(
    {
        "de": "restaurant restaurants hotel",
        "en": "restaurant restaurants hotel diner",
        "ro": "restaurant restaurantul hotel hotelul",
        "bg": "ресторант хотел",
        "ar": "مطعم المطعم مطاعم فندق mat3am",
        "tr": "restoran lokanta otel",
        "uk": "ресторан готель",
        "fa": "رستوران هتل restoran resturan",
        "ru": "ресторан отель гостиница",
    }
)
BREAKFAST = _stems(
    {
        "de": "frühstück frühstücken",
        "en": "breakfast brunch",
        "ro": "dejun",
        "bg": "закуска",
        "ar": "فطور الفطور ftour futur",
        "tr": "kahvalti kahvaltı",
        "uk": "сніданок сніданку",
        "fa": "صبحانه صبحونه sobhane sobhune",
        "ru": "завтрак завтрака",
    }
)
"""A breakfast in a restaurant or hotel ("ye restoran khoob baraye sobhane", "am mancat un mic
dejun foarte bun la hotel") is not the Romanian breakfast. Not "restaurant" alone: work in a
restaurant is the job counselling's."""


NOT_ELSEWHERE = frozenset({"hastam", "hastim", "hastid", "hastan", "hastand"})
"""Latin-typed Persian "I am", "we are" ("donbale kar hastam"), which begin like the Turkish
"hasta" (ill): no other topic."""


def _named(word: str, stems: frozenset[str]) -> bool:
    if word in NOT_ELSEWHERE:
        return False
    return word in stems or any(word[:end] in stems for end in range(MIN_PREFIX_CHARS, len(word)))


def names_another_topic(question: str) -> bool:
    """Whether a word of the question is about something the centre does not do."""
    words = normalize(question).split()
    if any(_named(word, ELSEWHERE) for word in words) or sends_money(question):
        return True
    if _both(words, DOCTORS, CHILDREN | PREGNANCY) or _both(words, POST, POST_OFFICE):
        return True
    if _both(words, RESTAURANT, BREAKFAST):
        return True
    return _both(words, ENGLISH, LESSONS) and not any(_named(word, GERMAN) for word in words)


def _both(words: list[str], first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether a word of ``first`` and one of ``second`` are among ``words`` (the same word,
    a compound, may be both: "kinderarzt", "englischkurs")."""
    return any(_named(word, first) for word in words) and any(
        _named(word, second) for word in words
    )
