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
The stems are data: ``locales/elsewhere.yaml``. Not reviewed by native speakers.
"""

from __future__ import annotations

from bot.i18n.word_lists import load_word_lists, shared_words
from bot.matching.matcher import strip_arabic_prefix
from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic

WORDS_FILE = "elsewhere.yaml"
_LISTS = load_word_lists(
    WORDS_FILE,
    (
        "elsewhere",
        "doctors",
        "children",
        "pregnancy",
        "money",
        "sending",
        "english",
        "lessons",
        "german",
        "post",
        "post_office",
        "restaurant",
        "breakfast",
        "authority",
        "place_asked",
        "drinks",
        "drink_asked",
    ),
)
"""The words of each list, per language: data in ``locales/elsewhere.yaml``, not code."""

ELSEWHERE_BY_LANGUAGE: dict[str, str] = _LISTS.words("elsewhere")

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

DOCTORS = _stems(_LISTS.words("doctors"))
CHILDREN = _stems(_LISTS.words("children"))
"""A doctor for a child ("где детский врач", "kaj si doktoro vaš e čhave") is the
paediatrician's business, not the parents' café's; a doctor alone may be a German course need
("talk to my doctor myself"), so only the pair tells."""


PREGNANCY = _stems(_LISTS.words("pregnancy"))
"""A doctor in pregnancy ("hamileyim kadın doktoru arıyorum") is a gynaecologist's business, not
the German course's nor the job counselling's."""


MONEY = _stems(_LISTS.words("money"))
SENDING = _stems(_LISTS.words("sending"))
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


ENGLISH = _stems(_LISTS.words("english"))
LESSONS = _stems(_LISTS.words("lessons"))
GERMAN = _stems(_LISTS.words("german"))
"""An English course ("caut un curs de engleza", "курсы английского где есть", "englischkurs
fuer kinder") is not the German course: English beside a lesson word names another topic,
unless German is named too ("german course, explained in english")."""

POST = _stems(_LISTS.words("post"))
POST_OFFICE = _stems(_LISTS.words("post_office"))
"""The post office ("la ce ora se deschide posta", "edare post koja hast", "what time does the
post office close"): the post beside its office, its opening hours, the nearest one or stamps.
Not the post alone: letters from offices arrive by post."""

RESTAURANT = _stems(_LISTS.words("restaurant"))
BREAKFAST = _stems(_LISTS.words("breakfast"))
"""A breakfast in a restaurant or hotel ("ye restoran khoob baraye sobhane", "am mancat un mic
dejun foarte bun la hotel") is not the Romanian breakfast. Not "restaurant" alone: work in a
restaurant is the job counselling's."""


AUTHORITY = _stems(_LISTS.words("authority"))
PLACE_ASKED = _stems(_LISTS.words("place_asked"))
"""The town hall or a state office asked for as a place ("wen el baladiye bi dortmund", "emta
bifta7 el baladiye"): its address or hours, not ours; the office hours' keywords name the
municipality for the letters it sends. See :func:`authority_asked_at`."""


def authority_asked_at(question: str) -> frozenset[int]:
    """The positions of the words naming the town hall or a state office (:data:`AUTHORITY`),
    when the question asks where it is or when it opens (:data:`PLACE_ASKED`); empty when it
    does not."""
    words = normalize(question).split()
    named = frozenset(at for at, word in enumerate(words) if _named(word, AUTHORITY))
    if named and any(_named(word, PLACE_ASKED) for word in words):
        return named
    return frozenset()


DRINKS = _stems(_LISTS.words("drinks"))
DRINK_ASKED = _stems(_LISTS.words("drink_asked"))
"""A coffee or a tea asked for as a drink ("a coffee please", "bir kahve lütfen", "vreau sa beau
o cafea"), not the parents' café the drink's word also names. See :func:`drink_asked_for`."""


def drink_asked_for(question: str) -> frozenset[int]:
    """The positions of the words naming a drink (:data:`DRINKS`) and asking for or drinking it
    (:data:`DRINK_ASKED`), when the question has both; empty when it has not."""
    words = normalize(question).split()
    drinks = frozenset(at for at, word in enumerate(words) if _named(word, DRINKS))
    asked = frozenset(at for at, word in enumerate(words) if _named(word, DRINK_ASKED))
    return drinks | asked if drinks and asked else frozenset()


NOT_ELSEWHERE = frozenset(shared_words().every("not_elsewhere"))
"""Latin-typed Persian "I am", "we are" ("donbale kar hastam"), which begin like the Turkish
"hasta" (ill): no other topic."""


def _named(word: str, stems: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``stems`` or begins with one; an Arabic word also without
    the article or preposition written onto it ("بالسوق": at the market, "للبيع": for sale)."""
    if word in NOT_ELSEWHERE:
        return False
    bare = strip_arabic_prefix(word)
    return any(
        form in stems or any(form[:end] in stems for end in range(MIN_PREFIX_CHARS, len(form)))
        for form in {word, bare}
    )


JOB_WORDS = frozenset(normalize(word) for word in shared_words().every("job_words"))
"""A job, work (``locales/words.yaml``, ``job_words``): a word of another topic right after it
says which job ("i need a job driving forklift", "arbeit im supermarkt"), no topic
the centre does not serve."""

JOB_KIND_WORDS = 3
"""At most this many words after the word for a job that say which job it is."""


JOB_PAPERS = tuple(normalize(word) for word in shared_words().every("job_papers"))
"""Papers for work (``locales/words.yaml``, ``job_papers``): "a work visa" asks for a visa."""


def _names_a_job(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` follows a word for a job closely (:data:`JOB_KIND_WORDS`) and
    is no paper for work."""
    return not words[at].startswith(JOB_PAPERS) and any(
        word in JOB_WORDS for word in words[max(0, at - JOB_KIND_WORDS) : at]
    )


def names_another_topic(question: str) -> bool:
    """Whether a word of the question is about something the centre does not do; not a word
    that says which job is looked for ("a job driving a truck": the job counselling's)."""
    words = normalize(question).split()
    if sends_money(question) or any(
        _named(word, ELSEWHERE) and not _names_a_job(words, at) for at, word in enumerate(words)
    ):
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
