# Letters of many scripts are the point here, not look-alike mistakes:
"""Words that carry no topic: question words, pronouns, particles, politeness, "I want"
(function words), and words that ask about any offer: what it costs, opening times, the
address, signing up (asking words).

Dropped from questions and keywords alike before matching, so that "wann ist der ..." never
makes two texts look alike and "Nähcafé Öffnungszeiten" is all about the Nähcafé. One set for
all languages, because a question's language is not known and people mix them; a word is
listed only when it is not also a topic word in another of our languages. Latin-typed forms
of Cyrillic words are derived, Latin-typed Arabic and Persian forms are listed as people type
them.

Staff-written answers (``content/faq.yaml``) are matched without dropping the asking words:
"is it free?" is the whole question there, not a detail of an offer.
"""

from __future__ import annotations

from bot.matching.normalize import (
    has_cyrillic,
    normalize,
    romanisation_key,
    transliterate_cyrillic,
)

FUNCTION_WORDS_BY_LANGUAGE: dict[str, str] = {
    "de": """
        hab hast meinem meiner meines jemand jemanden niemand niemanden endlich immer richtig
        nochmal
        mann ehemann frau sohn tochter schick schicke schicken hin wohin zuhause daheim
        kommen komme euch irgendwas benötige um
        muss müssen mache macht
        der die das den dem des ein eine einen einem einer ich du er sie es wir ihr mir mich
        mein meine meinen euch uns ihnen wann wo wie was wer welche welcher ist sind bin gibt
        es kann koennen können möchte moechte will würde bitte hallo und oder für fuer mit bei
        beim von vom zu zum zur in im an am auf ob auch noch schon mal gerne gern ja nein nicht
        kein keine heute morgen da hier man hat habe haben gehen geht machen
        etwas ihn ihm wird werden wurde guten tag sehr mehr jetzt bekommen brauche
        woche nächste naechste montag dienstag mittwoch donnerstag
        freitag samstag sonntag
    """,
    "en": """
        here there thing things really
        husband wife son daughter send him her go home
        come still
        must should
        the a an i you he she it we they me my your our is are am was be do does did can could
        would will want need like please hello hi when where what who which how there any some
        for with at to of in on from and or about this that is there have has get do you know
        tell
        something someone anything anyone every each got don out up use new other much many
        today
        tomorrow week day monday tuesday wednesday thursday friday saturday sunday
    """,
    "ro": """
        pt bine lor primit venit
        sotul sotu soțul sotia soția barbatul barbatu fiul fiica trimit duc merg acasa acasă il îl
        vin veni vina ca
        trebuie nevoie
        cand când unde ce cine care cum este e sunt sa să si și la de din pe cu in în un o
        unei unui eu tu el ea noi voi ei ma mă imi îmi mie vreau as aș vrea putea pot puteti
        puteți aveti aveți avem exista există buna bună ziua salut va vă mersi multumesc
        rog
        pentru ceva cineva nu nimic mai foarte acum azi maine mâine
        luni marti marți
        miercuri joi vineri sambata sâmbătă duminica duminică
    """,
    "bg": """
        си се ще то там тук дойде получих
        мъжът мъжа мъж съпругът съпругата сина дъщеря ми пратя пратим го отида вкъщи
        дойда doida
        имам нужда трябва трябват
        кога къде какво кой коя кое как има ли е са съм на за в във с със по от до и или а
        аз ти той тя ние вие те ме ми мен искам мога може можете моля здравейте здрасти
        бих
        да не нещо някой при вас нас днес утре
    """,
    "rom": """
        jekh ek avilo avili
        romni mo muro miro mri les bičhavav bichavav džav khere
        avav trebul
        kana kaj so kon sar si isi hi o e i le la te me tu amen tumen man mange ando ande
        and ko ka pe thaj vi na kamav shaj šaj saj mangav
        vareso vash vaš vas del kathe akate adjes keti
    """,
    "ar": """
        حدا احد وصلني جاني جاتني اجاني عايز عايزه عاوز هون هنا bdi ma3
        جوزي زوجي مرتي زوجتي ابني بنتي ابعتو ابعته ابعثه اروح يروح بالبيت البيت بيت
        احتاج بحتاج
        اجي اجا يكون معي فيني
        لازم محتاج
        متى وين اين أين فين شو ايش ماذا ما هل في من على الى إلى عن مع هو هي انا أنا بدي بدنا
        اريد أريد ممكن يوجد فيه في لو سمحت مرحبا السلام عليكم
        emta imta mata wen wein wain fein shu sho esh hal fi fe min 3ala ila ana badi baddi
        bade ureed momken mumkin
        عند شي شيء عم بدو مين اليوم بكرا بكرة
        shi
    """,
    "tr": """
        iyi gelen geldi
        hic hiç yok kocam esim eşim oglum oğlum kizim kızım
        gondereyim göndereyim gideyim gitsin nereye evde
        gelmek gelebilir
        gerekli gerekiyor
        ne zaman nerede nerde nereden nasil nasıl kim hangi var mi mı mu mü bir ve ile icin
        için ben sen o biz siz bana beni lutfen lütfen merhaba selam da de ki istiyorum
        olur
        miyim misiniz mısınız musunuz edin eder et lazim lazım şey sey
        bugün yarın
        sorum soru olurum
    """,
    "uk": """
        щоб там про то це прийшов прийшла прийшло отримав отримала
        чоловік чоловіка дружина син донька доня йому їй його звернутись звернутися піти йти вдома
        прийти потрібні потрібна
        потрібно потрібен треба маю
        коли де що хто який яка яке як є чи на для в у з із до від і й та або я ти він
        вона ми ви мені мене хочу можна можу можете будь ласка привіт добрий день
        не щось хтось вас нас сьогодні завтра
    """,
    "fa": """
        رو اینجا اونجا هیچی اومده اومد شده شدم
        شوهرم زنم پسرم دخترم بفرستمش بفرستم برم بره خونه
        لازمه بدم دارم ندارم بیام
        باید لازم
        کی کجا کجاست چی چه چطور آیا است هست هستش در به از با برای را که و من تو ما شما
        میخوام میخواهم می خواهم دارید داره لطفا سلام
        key kei koja kojast chi che aya ast hast dar be az ba ro ke va man to ma shoma
        mikham mikhaham darid dare lotfan daram nadaram darim dari mikonin mikonid
        mitunam mitoonam mekonin mekonid mekona mekone
        یه یک چیزی چیز امروز فردا
        baraye bara kay chizi chize yek ye
    """,
    "ru": """
        то там тут про чтобы пришло пришел пришла получил получила
        муж мужа жена сын дочь ему ей его обратиться отправить дома
        когда где куда как что кто какой какая какое ли и или в во на с со к по за для от до у
        я ты он она мы вы они мне меня нам вас вам мой моя это есть нет не можно могу хочу
        нужно нужен нужна нужны надо пожалуйста здравствуйте привет идти сходить пойти
    """,
}

ASKING_WORDS_BY_LANGUAGE: dict[str, str] = {
    "de": """
        uhr uhrzeit zeit zeiten öffnungszeiten oeffnungszeiten geöffnet adresse kosten kostet
        kostenlos preis anmelden anmeldung
    """,
    "en": "time times opening address cost costs price free register sign start starts",
    "ro": "ora orele adresa costa cost pret preț gratuit gratis inscriere înscriere incepe începe",
    "bg": "колко струва цена безплатно адрес започва записване",
    "rom": "love",
    "ar": "كم سعر مجاني مجانا عنوان يبدأ kam addesh adesh qaddesh",
    "tr": "ücretsiz bedava ücret fiyat kaç kac para adres saat başlıyor basliyor kayıt kayit",
    "uk": "скільки коштує ціна безкоштовно адреса працює починається записатися",
    "fa": "چند چنده قیمت رایگان آدرس chand gheymat",
    "ru": "сколько стоит стоимость цена бесплатно адрес время записаться работает работаете",
}


FRAME_WORDS_BY_LANGUAGE: dict[str, str] = {
    "de": """
        möchten moechten wollen willst wollte helfen hilft helft hilf
        soll sollen tun schaff schaffe gibts dat
    """,
    "en": "wants wanted needs needed helps helping somebody anybody",
    "ro": "vrei vrem vor doreste dorește doresc ajuta ajută ajute ajutati ajutați",
    "bg": "иска искаш искаме искат помогне помогнете помогна помага помагате",
    "rom": """
        kamel kames kamen žutil zhutil žutin zhutin žutisar zhutisar ažutin ažutisar
        žutisaren zhutisaren vast dumo
        san sen sem sam sijan sinjan sijem tuke tumenge tumende tumaro tumari tumare mre mro
        mri mura muri miri mle mange manca mansa mancar ma andar anda katar inke numa sa
        savore savorre vareko varekon phen molja molim hát bre phrala phrale kadja kade ov oj
        von amenge
        som sim hom hin andal pro pri kampel musaj mušinav prosim ima oda odi tiš mesta mjesta
    """,
    "ar": """
        بيساعدني يساعدني ساعدني يساعد بيساعد بدها بدك بقدر يقدر بتقدر محتاجه محتاجة
        اشتي ابغى ابغي ودي نحب نبغي عايزة عاوزة
        nheb nhab n7eb nbghi bghit rani raki kayen kayna kayn 3andi 3andkom 3andek chkoun
        chkon wach wesh n9der nqder nkder y3awenni y3aweni y3awen m3a m3aya ana
        kifach kifech
        3ayez 3ayza 3awez 3awza 3ayzeen bedha bidha beddo biddo bedda biddi abgha abghi abga
        beta3i beta3ti beta3na beta3o taba3i tab3i tab3ak بتاعي بتاعتي تبعي تبعتي
        bisa3edni bisa3idni ysa3edni ysa3edny yesa3edni yisa3idni 7ada 7adan
    """,
    "tr": "istiyor istiyoruz isterim ister burada burda peki konusunda",
    "uk": "хоче хочемо хотіла хотів хочуть допоможе допоможіть допомогти допоможете тут",
    "fa": "میخواد میخواهد میخوان میکنه میکنی کنم کنه",
    "ru": "хочет хочешь хотим хотела хотел хотят здесь поможет помогите помочь поможете",
    # French function words: Maghrebi Arabic typed in Latin letters mixes them in ("le café
    # couture", "kayen des cours"); see bot/matching/loanwords.py.
    "fr": """
        le la les des du un une je tu il elle nous vous ils et ou avec pour dans sur est
        au aux chez mon ma mes ton ta qui quoi comment quand
    """,
}
"""Who asks for whom, and asking for help: "my husband wants", "who can help me". They say
nothing about which offer is meant, yet counted as unexplained topic words they kept described
needs below an answer ("муж хочет здесь работать"). Dropped for offers only: the intent and
FAQ phrase lists were measured with them in (asking for help is an intent of its own)."""


FILLER_WORDS_BY_LANGUAGE: dict[str, str] = {
    "de": "eigentlich übrigens irgendwie vielleicht halt eben einfach sonst",
    "en": "actually anyway anyways btw maybe perhaps basically just also",
    "ro": "defapt fapt oricum poate doar deja",
    "bg": "всъщност впрочем просто вече още тия тоя vsashtnost vsyashtnost tia tiq",
    "ar": "اصلا بصراحة يعني كمان هيك ya3ni ya3nee kaman kamaan asln",
    "tr": "aslında aslinda yani zaten belki şimdi simdi artık artik",
    "uk": "взагалі власне просто мабуть вже ще тепер",
    "fa": """
        راستش اصلا یعنی دیگه شاید هم rastesh asalan yani dige shayad ham
    """,
    "ru": "вообще собственно просто вроде уже ещё еще теперь тоже также оттуда отсюда",
}
"""Words that say how something is said, not what ("eigentlich will ich nicht mehr kellnern",
"всъщност искам да си закърпя палтото"). Counted as unexplained topic words, they kept a
described need below an answer. Dropped for offers only, like the frame words. Not reviewed by
native speakers. (Not "I am": "Kaveh hastam" introduces a person, and a name alone may sound
like an offer's word.)"""

AFTER_WORDS_BY_LANGUAGE: dict[str, str] = {
    # not German "nach": also "to" a place ("busticket nach Essen", the city, not eating)
    "en": "after",
    "ro": "dupa după",
    "bg": "след",
    "tr": "sonra",
    "uk": "після",
    "fa": "بعد baad",
    "ar": "بعد ba3d",
    "ru": "после",
}
""""After" beside a day or a part of it ("у п'ятницю після обіду", "after lunch") says when,
like the day: no topic of its own. Not reviewed by native speakers."""

ROOM_WORDS_BY_LANGUAGE: dict[str, str] = {
    "de": "platz plätze frei freie freien",
    "en": "places spots seats",
    "ro": "locuri libere",
    "bg": "места място свободни mesta myasto",
    "rom": "mesta",
    "ar": "اماكن أماكن مكان amaken محل makan ma7al blasa blassa plasa",
    "uk": "місця місце вільні",
    "fa": "جا جای",
    "ru": "места место свободные",
}
"""Whether there is room ("ima li mesta", "mai sunt locuri?", "جا داره؟") asks about any offer,
like its cost or times: beside an offer's name it must not count against that offer. A place
asked for ("في محل نقعد فيه", "fin kayn chi blassa": Levantine "محل", Maghrebi "blassa", Latin
"makan") names no offer either: the need beside it does. Not reviewed by native speakers."""


WHEN_STEMS_BY_LANGUAGE: dict[str, str] = {
    "de": """
        montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag vormittag
        nachmittag morgens abends mittag mittags
    """,
    "en": """
        monday tuesday wednesday thursday friday saturday sunday morning evening afternoon
        weekend lunchtime noon
    """,
    "ro": """
        lunea martea miercuri joia vineri sambata duminica dimineata dimineața seara amiaza
        amiază pranz prânz
    """,
    "bg": "понеделник вторник сряда четвъртък петък събота неделя сутрин вечер обед обяд",
    # Romani speakers from Serbia and Slovakia name the days in Serbian or Slovak, with Romani
    # case endings ("pondelkoste", "utorkoste": on Monday, on Tuesday).
    "rom": """
        tetradji tetradži paraštuj parashtuj savato ponedeljak pondelk ponedelk utorak utork
        sreda stred četvrtak cetvrtak štvrtk stvrtk piatk pjatk petak petk subot sobot nedelj
        nedel popodne
    """,
    "ar": """
        الاثنين الإثنين اثنين التنين الثلاثاء ثلاثاء التلات الاربعاء الأربعاء اربعاء الخميس خميس
        الجمعة الجمعه جمعة السبت الصبح الصباح المسا المساء
        letnin etnin thlatha tlata larb3a larbaa khmis lekhmis jem3a jom3a jum3a jm3a
    """,
    "tr": """
        pazartesi çarşamba carsamba perşembe persembe cumartesi sabahı sabahi sabahları akşam
        aksam öğleden ogleden
    """,
    "uk": """
        понеділ вівтор середа середу серед четвер пятниц п'ятниц субот неділ вранці зранку
        ввечері обіду
    """,
    "fa": """
        دوشنبه چهارشنبه پنجشنبه یکشنبه شنبه doshanbe seshanbe charshanbe panjshanbe shanbe
        jomeh
    """,
    "ru": """
        понедельник вторник среда среду средам средах четверг пятниц суббот воскресен утром
        вечером панядзел аўторак серада чацвер пятніц нядзел раніцай обеда полудня
    """,
}
"""Weekdays and parts of the day, with any ending (up to :data:`WHEN_ENDING_CHARS` letters:
"mondays", "пятницам", "sabahları"): they say when, never which offer. "швейнае кафэ па
пятніцах" is all about the sewing café; counted as an unexplained topic word, the day kept a
half-remembered name with a weekday attached below an answer. Not reviewed by native speakers."""

WHEN_WORDS_BY_LANGUAGE: dict[str, str] = {
    "en": "mon tue tues wed thu thur thurs fri sat sun mornings evenings",
    "ro": "luni marti marți joi",
    "rom": "luja marci marti zhoja žoja kurko",
    "ar": "جمعه tnin sbah nhar l7ad lhad sabt sebt الظهر الضهر duhr dohr",
    "tr": "salı sali cuma cumaları cumalari pazar pazarları sabah",
    "fa": "جمعه جمعه‌ها صبح عصر sobh asr jome سه ها ظهر zohr",
}
"""The same, short ones taken only as written: "cuma" with an ending could be another word,
"sobh" with one is "sobhane" (breakfast)."""

WHEN_ENDING_CHARS = 4


def _latin_forms(word: str, language: str) -> list[str]:
    """A Cyrillic stop word in Latin letters; a Bulgarian "ъ" both as "a" and as "u"
    ("vsashtnost" and "vsushtnost", всъщност), as the matcher reads Bulgarian keywords."""
    forms = transliterate_cyrillic(word, language).split()
    if language == "bg" and "ъ" in word:
        forms += transliterate_cyrillic(word.replace("ъ", "у"), language).split()
    return forms


def _normalized(lists: dict[str, str]) -> frozenset[str]:
    words: set[str] = set()
    for language, listed in lists.items():
        for word in listed.split():
            words.update(normalize(word).split())
            if has_cyrillic(word):
                words.update(_latin_forms(word, language))
    return frozenset(words)


FUNCTION_WORDS = _normalized(FUNCTION_WORDS_BY_LANGUAGE)
"""Dropped when matching staff-written answers."""

STOP_WORDS = FUNCTION_WORDS | _normalized(ASKING_WORDS_BY_LANGUAGE)
"""Dropped when matching offers."""

OFFER_STOP_WORDS = (
    STOP_WORDS
    | _normalized(FRAME_WORDS_BY_LANGUAGE)
    | _normalized(FILLER_WORDS_BY_LANGUAGE)
    | _normalized(ROOM_WORDS_BY_LANGUAGE)
    | _normalized(AFTER_WORDS_BY_LANGUAGE)
)
"""Dropped when matching offers: :data:`STOP_WORDS`, the frame, filler, room and after words."""


def _romanised(*lists: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for listed in lists:
        for language, words in listed.items():
            for word in words.split():
                if has_cyrillic(word):
                    for latin in _latin_forms(word, language):
                        found.setdefault(romanisation_key(latin), latin)
    return found


ROMANISED_STOP_WORDS = _romanised(
    FUNCTION_WORDS_BY_LANGUAGE,
    ASKING_WORDS_BY_LANGUAGE,
    FRAME_WORDS_BY_LANGUAGE,
    FILLER_WORDS_BY_LANGUAGE,
    ROOM_WORDS_BY_LANGUAGE,
    AFTER_WORDS_BY_LANGUAGE,
)
"""The Latin form of each Cyrillic stop word by its romanisation key: "shodit" and "skhodit"
(сходить) are one word, whichever spelling the list's romanisation gave it."""


WHEN_STEMS = _normalized(WHEN_STEMS_BY_LANGUAGE)
WHEN_WORDS = _normalized(WHEN_WORDS_BY_LANGUAGE)


def is_when_word(word: str) -> bool:
    """A weekday or a part of the day (normalised), in any form: see :data:`WHEN_STEMS`."""
    if word in WHEN_WORDS:
        return True
    return any(
        word[:end] in WHEN_STEMS
        for end in range(max(1, len(word) - WHEN_ENDING_CHARS), len(word) + 1)
    )
