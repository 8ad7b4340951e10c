"""Every typed message, in one order: emergency -> everyday intent -> follow-up -> FAQ -> offers.

Shared by the conversation and by ``python -m bot ask``, so staff test exactly what people get.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path

from bot.catalogue.live import Snapshot
from bot.i18n.word_lists import shared_words
from bot.matching.detect import LanguageDetector
from bot.matching.elsewhere import names_another_topic, sends_money
from bot.matching.matcher import MatchResult
from bot.matching.normalize import normalize, romani_latin
from bot.matching.semantic import embed_query
from bot.matching.stopwords import STOP_WORDS
from bot.understanding.danger_head import (
    DANGER,
    EMBED_FROM,
    HINT_WITH_MODEL,
    MIN_WORDS,
    WITH_MODEL,
    shipped_danger_head,
)
from bot.understanding.emergency import (
    POSSIBLE_DANGER_GROUPS,
    DistressWords,
    raised_temperature_alone,
)
from bot.understanding.faq import concepts_of, find_faq, words_beside_faq
from bot.understanding.first_language import FirstLanguage, FirstLanguageGuesser
from bot.understanding.followup import (
    FollowUpCues,
    asked_without_a_card,
    find_follow_up,
    follow_up_from_faq,
    turns_to_a_new_topic,
)
from bot.understanding.foreign import ForeignLanguage, ForeignLanguages
from bot.understanding.intent_head import (
    MIN_PROBABILITY,
    MIN_PROBABILITY_OVER_AN_ANSWER,
    shipped_head,
)
from bot.understanding.intent_model import Guess, IntentModel, intent_model
from bot.understanding.intents import INTENT_SHARE, WEAK_INTENT_SHARE, IntentMatch, IntentPhrases
from bot.understanding.letter_languages import shipped_letter_languages
from bot.understanding.needs import names_a_need
from bot.understanding.offers import (
    decide,
    declined_for_another,
    introduces_with_origin,
    lacked_things_at,
    lacking_at,
    match_offers,
    need_before_a_lack,
    offer_named,
    only_introduces,
    says_where_from,
)
from bot.understanding.phrases import ROMANI, normalized_message
from bot.understanding.result import (
    ANSWERING,
    SOCIAL,
    Context,
    FollowUp,
    Intent,
    Outcome,
    Understanding,
    YesNo,
)
from bot.understanding.shared_phrases import shared_phrases
from bot.understanding.someone import Asked, SomeoneAsked, SomeoneReading
from bot.understanding.switch import OfferNames, name_words, without_names

ABOUT_AN_OFFER = frozenset({Intent.WHERE, Intent.HOURS, Intent.BOOK})
"""Everyday requests that, right after an offer's card, ask about that offer when a follow-up
cue is in them: "wo ist das?". Asking for a language or a person may too (see
:func:`_about_the_offer`)."""


UNANSWERED = frozenset({Outcome.UNKNOWN, Outcome.ASKED_BACK})
"""Nothing found, or only "did you mean" buttons: the optional intent model may read it."""

ABOUT_PEOPLE = frozenset({"children", "audience"})
"""Follow-up topics read from words for people ("my son", "women"): beside a word of harm, such a
word names who is hurt ("the dog bit my son, he is bleeding"), not who may come to the offer."""

GUESSES = frozenset({Outcome.ASKED_BACK, Outcome.ANSWERED_UNSURE})
"""Guesses from one word are less sure than a greeting or a thanks beside it ("nais tuke but")."""


MONEY_FOR = frozenset(normalized_message(word) for word in shared_words().every("money_for"))
"""What money the person has none of would be for ("kein geld für den kurs"): the words of
``money_for`` in locales/words.yaml. Not reviewed by native speakers."""


class Understander:
    def __init__(
        self,
        distress: DistressWords,
        intents: IntentPhrases,
        detector: LanguageDetector | None = None,
        follow_ups: FollowUpCues | None = None,
        locales_dir: Path | None = None,
        foreign: ForeignLanguages | None = None,
    ) -> None:
        self.distress = distress
        self.intents = intents
        self.detector = detector
        self.follow_ups = follow_ups or FollowUpCues({}, {})
        # The staff answers about our own offers (cost, booking, children, papers to bring),
        # not about a matter of the person's (health insurance, the Anmeldung of a flat).
        self._about_our_offers = (
            frozenset(
                faq_id
                for topic in OUR_OWN_TERMS
                if (faq_id := self.follow_ups.faq_of_topic(topic)) is not None
            )
            | self.follow_ups.visit_faq
        )
        self.someone = SomeoneReading.load()  # who a "someone" message asks for (someone.py)
        self.locales_dir = locales_dir  # the optional intent model's examples are read there
        self.foreign = foreign
        self._names: tuple[object, OfferNames | None] = (None, None)
        self._first_language = FirstLanguageGuesser(
            intents, self.follow_ups, foreign, shipped_letter_languages()
        )

    @classmethod
    def load(
        cls,
        locales_dir: Path,
        detector: LanguageDetector | None = None,
        foreign: ForeignLanguages | None = None,
        cache_dir: Path | None = None,
    ) -> Understander:
        """``cache_dir``: where the built phrase tables are kept between starts (None: built
        anew in each process; see bot/understanding/phrase_cache.py)."""
        distress, intents, follow_ups = shared_phrases(locales_dir, cache_dir)
        return cls(distress, intents, detector, follow_ups, locales_dir, foreign)

    def intent_model(self, snapshot: Snapshot) -> IntentModel | None:
        """Everyday requests by meaning, with the optional model (None without it)."""
        if snapshot.semantic is None or self.locales_dir is None:
            return None
        return intent_model(snapshot.semantic.model, self.locales_dir, self.intents)

    def warm(self, snapshot: Snapshot, stopping: Callable[[], bool] = lambda: False) -> None:
        """Embed the intent model's examples (the bot does it in the background after start;
        until then requests are found by the phrase tables alone)."""
        model = self.intent_model(snapshot)
        if model is not None:
            model.warm(stopping)

    def emergency(self, text: str, snapshot: Snapshot | None = None) -> bool:
        """Words of danger or urgent illness, in any language, order or form; else, for a
        message of a few words, the learned second net (with the model when ``snapshot`` has
        it: bot/understanding/danger_head.py)."""
        return self.distress.found_in(text) or (
            _learned_alarm(text, self._danger_with_model(text, snapshot))
            and not self.distress.figure_of_speech(text)
        )

    def danger_words_in_part(self, text: str, languages: Collection[str]) -> bool:
        """A word of harm, fire or an urgent state of the body (typed as listed, in one of
        ``languages``: the person's and the detected one), without the rest the alarm needs:
        "schon wieder geschlagen", "es brennt bei den nachbarn"
        (emergency.POSSIBLE_DANGER_GROUPS)."""
        return any(
            group in POSSIBLE_DANGER_GROUPS and code in languages
            for group, code in self.distress.partial(text, POSSIBLE_DANGER_GROUPS)
        )

    def _danger_with_model(self, text: str, snapshot: Snapshot | None) -> float | None:
        """The intent head's "danger" probability of a message of a few words, with the model;
        None without it (the letter runs alone are not trusted: they read "my husband loves
        me" or "my daughter has a toothache" as danger, danger_head.py says more). 0.0 for a
        message too short, or one the model-free head finds unlikely enough (below
        EMBED_FROM) not to embed it."""
        model = snapshot.semantic.model if snapshot is not None and snapshot.semantic else None
        head = shipped_head() if model is not None else None
        if model is None or head is None or DANGER not in head.classes:
            return None
        if len(text.split()) < MIN_WORDS:
            return 0.0
        free = shipped_danger_head()
        if free is not None and free.probability(text) < EMBED_FROM:
            return 0.0  # no need to embed: the vector's head agreed in every fold
        vector = embed_query(model, text)
        return float(head.probabilities(vector, text)[head.classes.index(DANGER)])

    def offer_named(self, text: str, snapshot: Snapshot) -> str | None:
        """The offer ``text`` calls by its name or title, or None (see offers.offer_named)."""
        return offer_named(text, snapshot)

    def language_named_alone(self, text: str) -> str | None:
        """The language ``text`` only names ("3arabi"), or None."""
        return self.intents.language_named_alone(text)

    def languages_denied(self, text: str) -> frozenset[str]:
        """The languages ``text`` says the person does not speak ("ich spreche kein deutsch")."""
        return self.intents.languages_denied(text)

    def typed_answer(self, text: str) -> YesNo | None:
        """A typed yes or no and nothing else ("da", "evet", "ok 👍")."""
        return self.intents.yes_no(text)

    def asks_to_cancel(self, text: str) -> bool:
        """Whether ``text`` is a request to cancel ("cancel the appointment", "otkazhi chasa"),
        read by the phrase tables alone."""
        return self.intents.find(text).intent is Intent.CANCEL

    def says_no_in_a_word(self, text: str) -> bool:
        """See :meth:`IntentPhrases.says_no_in_a_word` ("telefonum yok")."""
        return self.intents.says_no_in_a_word(text)

    def answer_and_rest(
        self, text: str, language: str, *, alone: bool = False
    ) -> tuple[YesNo, str] | None:
        """The typed yes or no a message begins with, and what it says after it ("ja, wo ist
        das?": yes, "wo ist das?"); see :meth:`IntentPhrases.answer_and_rest`."""
        return self.intents.answer_and_rest(text, language, alone=alone)

    def bare_answer(self, text: str, language: str) -> YesNo | None:
        """A yes or no typed as listed, with nothing else said ("da", "ok", "nein danke"):
        what a person types when nothing was asked, or to take note."""
        if self.intents.yes_no(text, alone=True) is None:
            return None
        read = self.answer_and_rest(text, language, alone=True)
        return read[0] if read is not None and not read[1] else None

    @property
    def detectable(self) -> frozenset[str]:
        """The languages :meth:`detect_language` can ever return."""
        return self.detector.detectable if self.detector is not None else frozenset()

    def detect_language(self, text: str, snapshot: Snapshot) -> str | None:
        """The language ``text`` is written in, judged without our offers' German names."""
        if self.detector is None:
            return None
        if (by_letters := self.detector.by_own_letters(text)) is not None:
            return by_letters  # before the names go: normalising folds Persian letters away
        catalogue, names = self._names
        if names is None or catalogue is not snapshot.catalogue:
            names = name_words(snapshot.catalogue)
            self._names = (snapshot.catalogue, names)
        return self.detector.detect(without_names(text, names))

    def foreign_language(self, text: str, reader: str) -> ForeignLanguage | None:
        """A language we do not speak, when the whole message is in one (see foreign.py); a
        short one by its words ("obrigado" in the English chat)."""
        if self.foreign is None:
            return None
        return self.foreign.detect(text, reader) or self._first_language.told_by_its_words(
            normalize(text).split()
        )

    def first_language(self, text: str, snapshot: Snapshot) -> FirstLanguage:
        """The languages to offer first to a newcomer who typed ``text`` before choosing one,
        and the language we do not speak it is in, if any (first_language.py)."""
        return self._first_language.guess(text, lambda typed: self.detect_language(typed, snapshot))

    def understand(self, text: str, snapshot: Snapshot, context: Context) -> Understanding:
        """What ``text`` asks for, in the light of the conversation so far."""
        # The learned reading is asked once per message: for the alarm here, the line below.
        words = self.distress.found_in(text)
        learned = None if words else self._danger_with_model(text, snapshot)
        if (learned or 0.0) >= HINT_WITH_MODEL and self.distress.figure_of_speech(text):
            learned = 0.0  # "az gushnagi mordom": dying of hunger, neither alarm nor line
        if words or _learned_alarm(text, learned):
            # Nothing else this turn: no "did you mean", no offer card under the numbers.
            return Understanding(text, Outcome.EMERGENCY, intent=Intent.EMERGENCY)
        understood = self._understand(text, snapshot, context)
        languages = {code for code in (context.language, understood.detected_language) if code}
        if self.danger_words_in_part(text, languages):
            if understood.outcome in UNANSWERED or _who_is_hurt(understood):
                # A word of harm and nothing better to say than "I don't know" or "did you
                # mean", or than who may come to the offer shown (read from the person harmed):
                # the numbers and a person are the best answer.
                return Understanding(
                    text, Outcome.EMERGENCY, intent=Intent.EMERGENCY, possible_danger=True
                )
            return replace(understood, possible_danger=True)
        if understood.outcome is not Outcome.CHOICE and (learned or 0.0) >= HINT_WITH_MODEL:
            # Only a learned reading: the line before the answer, never the screen ("my husband
            # makes me laugh" reads as danger to the letter runs).
            return replace(understood, possible_danger=True)
        return understood

    def _moves_to_a_day(self, text: str, intent: Intent, follow_up: FollowUp) -> bool:
        """Whether a cancel or move request beats the follow-up on when: right after a card,
        "perşembeye erteleyebilir miyiz?", "можно перенести на вторник?" ask to move the
        appointment, though the day named is a cue of when. Not when the request was read
        only from the day ("el a7ad?"; see :meth:`_a_day_not_a_request`)."""
        return (
            intent is Intent.CANCEL
            and follow_up.topic == "when"
            and not self._a_day_not_a_request(text, intent)
        )

    def _a_day_not_a_request(self, text: str, intent: Intent) -> bool:
        """Whether every word the request was read in names a weekday typed as listed: right
        after a card, "el a7ad?", "wel ahad kaman?" (and on Sunday?) ask when the offer is;
        Arabizi Sunday with its article is no "7ada" (someone) read by its consonants."""
        days = self.follow_ups.day_words(text)
        if not days:
            return False
        asked = self.intents.request_words(text, intent)
        return bool(asked) and asked <= days

    def _understand(self, text: str, snapshot: Snapshot, context: Context) -> Understanding:
        detected = self.detect_language(text, snapshot)
        if context.choice_pending and (read := self.answer_and_rest(text, context.language)):
            answer, rest = read
            return Understanding(
                text, Outcome.CHOICE, detected_language=detected, yes_no=answer, after_answer=rest
            )
        if (someone := self._someone_asked(text, context)) is not None:
            # "is anyone there?", "talk with someone in arabic", "is it also in arabic?" after a
            # card: one reading of the "someone" messages before the phrase tables decide.
            return _as_understood(someone, text, detected, context, self.intents)
        everyday = self._a_speaker_wanted(text, self.intents.find(text))
        if (
            everyday.intent is None
            and everyday.social is None
            and (bare := self.bare_answer(text, context.language))
        ):
            # "da", "ok", "nein" with nothing asked: an answer all the same, not a question
            # nobody understood (the conversation answers it kindly, with the menu).
            return Understanding(text, Outcome.CHOICE, detected_language=detected, yes_no=bare)
        question = everyday.rest if everyday.social is not None else text
        if (paper := self.intents.without_papers_language(question)) is not None:
            # "ein brief auf deutsch", "писмо на немски": the language is the letter's; the
            # rest asks (the office hours, the staff answer on letters).
            question = paper
        offers = match_offers(question, snapshot)
        # A Romani question in Cyrillic read as another offer's card names that offer: no
        # follow-up on the one in context ("аз мангав те сиклов немско от нула, кай" after the
        # breakfast's card asks for the course; the cue "кай" asks where the course is).
        elsewhere = False
        if (
            ROMANI in (context.language, detected)
            and everyday.social is None
            and (everyday.intent is None or self._learning_read_as_a_language(question, everyday))
            and not context.choice_pending
        ):
            romani_read = _romani_typed_in_cyrillic(question, snapshot, offers)
            elsewhere = (
                romani_read is not offers
                and romani_read.top is not None
                and romani_read.top.offer_id != context.offer
                and context.offer is not None
                and _romani_names_another(question, snapshot, context.offer)
            )
            offers = romani_read
        if context.offer is not None and not context.choice_pending:
            # "nähen brauch ich nicht, ich will ... deutsch verstehen": the card shown declined,
            # another offer asked for in the rest; no follow-up on the one shown, nor a staff
            # answer read as one ("... i want to learn german": not the languages spoken there).
            declined = declined_for_another(question, snapshot, context.offer)
            if declined is not None:
                (question, offers), elsewhere = declined, True
                context = replace(context, offer=None)
                # what the rest asks, not the declining words ("brauch ich nicht")
                everyday = self._a_speaker_wanted(question, self.intents.find(question))
        if offers.candidates and self.intents.tells_work(question):
            # "mi daj kerel buti ando spitalo" (my mother works in a hospital): someone's work
            # told, nothing asked; the job counselling is no sure answer, with the model too.
            offers = replace(offers, confident=False, another_topic=True)
        asked = Understanding(text, decide(offers), tuple(offers.candidates), detected)
        asked = replace(asked, social=everyday.social)
        wanted = replace(
            asked,
            outcome=Outcome.INTENT,
            candidates=(),
            intent=everyday.intent,
            target_language=self.intents.in_own_words(text, everyday.target, context.language),
        )
        weak = everyday.share < INTENT_SHARE  # most words are not the request's own
        if asked.outcome in ANSWERING and _a_place_to_speak_it(question, everyday):
            # "kude moje da zakusim i da si govorim na rumunski": a place where the language is
            # spoken is asked for, the chat's language stays; the card found says which ("где
            # тут другой язык выбрать" finds no card: the request stays).
            weak = True
        named_where = _named_offer_asked_where(offers, everyday, question)
        if everyday.intent is not None and (
            everyday.intent in SOCIAL
            or (everyday.share >= 1.0 and not named_where)
            or not (
                named_where
                or _sure_of_an_offer(offers, snapshot, weak)
                or (weak and _offer_beats_half_a_request(asked.outcome, everyday))
                or _named_offer_asked_about(offers, everyday)
            )
        ):
            # "wo ist das?" right after a card asks where *that* offer is.
            follow_up = find_follow_up(question, snapshot, context, self.follow_ups)
            follow_up = None if elsewhere else follow_up
            if (
                follow_up is None
                and everyday.intent in SOCIAL
                and self.intents.only_through_a_typo(text, everyday.intent)
            ):
                # "коли це буває?" (when is it on): "буває" (happens) is no "бувай" (bye) read
                # through a typo; a follow-up cue typed as listed asks about the offer.
                whole = find_follow_up(text, snapshot, context, self.follow_ups)
                if whole is not None and self.follow_ups.typed_as_listed(text, whole.topic):
                    follow_up = whole
            if (
                follow_up is not None
                and (
                    weak
                    or _about_the_offer(everyday.intent, everyday.share)
                    or self._a_day_not_a_request(question, everyday.intent)
                    # "was kostet das und wo ist das": two questions about it, no "was ist
                    # das" (help) read across them
                    or bool(follow_up.also)
                )
                and not self._asks_for_a_speaker(question, everyday)
                and not self._denies_the_chats_language(text, everyday, context)
                and not self._moves_to_a_day(question, everyday.intent, follow_up)
            ):
                return replace(asked, outcome=Outcome.FOLLOW_UP, follow_up=follow_up)
            if follow_up is None and (where := _where_it_is(everyday.intent, snapshot, context)):
                return replace(asked, outcome=Outcome.FOLLOW_UP, follow_up=where)
            # "do you speak turkish?" asks for Turkish with words that ask for a language and
            # nothing else; "muss ich schon deutsch können?" only names one in a question, and
            # right after a card "will someone there speak romani" asks about the offer.
            asked_for = everyday.language_asked and everyday.share >= 1.0 and context.offer is None
            # Asking how to change the language, naming none ("язык как переключить"), is the
            # request itself: no language is named for a staff answer to be about.
            # A language only denied is named too: "i dont speak german, can i still come"
            # asks the staff's question; with none answering it, the person chooses another.
            named_in_a_question = (
                everyday.intent is Intent.LANGUAGE
                and (everyday.target is not None or everyday.denied_only)
                and len(text.split()) > 1
                and not asked_for
            )
            # "turkce konusan biriyle konusmak istiyorum": a person who speaks a language is
            # asked for; the staff answer on interpreters would only say to ask for one. Not
            # the language the person says they lack: "i dont speak german, is there someone
            # to translate" asks for an interpreter, no German speaker.
            person_who_speaks_it = (
                everyday.intent is Intent.HUMAN
                and everyday.target is not None
                and everyday.target not in self.intents.languages_denied(question)
            )
            # "šaj te avav bi terminesko" (may I come without an appointment): the booking is
            # what the person hopes to do without, a question for the staff's answer.
            # Only when a staff answer's own words take in the "without": Turkish "bi randevu"
            # (an appointment) is no Romani "bi" (without).
            # So is a booking asked about beside another way to come, when the staff answer is
            # found in the other words alone: "muss ich termin machen oder einfach kommen",
            # "trebul termino vaj šaj avav direkt?" (or may I just come). Not "ich brauche
            # einen termin, wie mache ich das": the answer found there holds the booking's word.
            booking_denied = (
                everyday.intent is Intent.BOOK
                and (
                    _concepts_take_in(question, snapshot, self.intents.without_at(question))
                    or _concepts_found_beside(
                        question,
                        snapshot,
                        self.intents.request_at(question, Intent.BOOK),
                        self.follow_ups.faq_of_topic("booking"),
                    )
                )
            ) or (
                # "termin nai man, shaj avav?", "n-am programare, pot sa vin?", "i have no
                # appointment, can i come": the person says they have none ("I have no", in
                # words of its own), which asks the staff's answer on coming without one; the
                # booking or "my appointment" read in it is not asked for.
                # Only in the clause of the booking word: "phagav mo Termin, naj man vrama" (I
                # break my appointment, I have no time) lacks time, and cancels.
                everyday.intent in (Intent.BOOK, Intent.CANCEL)
                and _lacking_what_the_answer_is_about(
                    question,
                    snapshot,
                    self.intents.lacking_at(question),
                    self.follow_ups.faq_of_topic("booking"),
                )
            )
            # "sar kerav anmeldung" (how do I do the registration): asking how to do a thing a
            # staff answer is about, no help with the chat; the thing named is no word of the
            # help request's own (a stop word such as "anmeldung" left its share whole).
            help_with_a_matter = everyday.intent is Intent.HELP and _concepts_take_in(
                question,
                snapshot,
                _beside_the_request(question, self.intents.request_at(question, Intent.HELP)),
            )
            # "как сделать Anmeldung, куда идти" (how to do the registration, where to go): where
            # to go for a matter a staff answer is about, asked with "how", is that answer's
            # question, not our address.
            where_for_a_matter = (
                everyday.intent is Intent.WHERE
                and bool(self.intents.asking_how.intersection(normalized_message(question).split()))
                and _concepts_take_in(
                    question,
                    snapshot,
                    _beside_the_request(question, self.intents.request_at(question, Intent.WHERE)),
                )
            )
            if (
                everyday.intent not in SOCIAL
                and not everyday.instead_of_another
                and not person_who_speaks_it
                and (
                    everyday.share < 1.0
                    or named_in_a_question
                    or booking_denied
                    or help_with_a_matter
                    or where_for_a_matter
                )
            ):
                # Half a request, or a language named in a question ("muss ich schon deutsch
                # können?"), yields to a staff-written answer that fits the whole question; a
                # language asked for instead of one not read ("kann kein deutsch, bitte auf
                # arabisch") is a request.
                staff_answer = self._staff_answer(asked, question, snapshot, context, offers)
                if staff_answer is not None:
                    return staff_answer
            return wanted
        follow_up = find_follow_up(question, snapshot, context, self.follow_ups)
        if follow_up is None and question != text:
            # "a de same tse prohodyt'?": the goodbye read in "a de" holds "де" (where); but
            # "buna dimineata, ce mai faceti" greets with a part of the day, asking no time.
            follow_up = find_follow_up(text, snapshot, context, self.follow_ups)
            follow_up = follow_up if follow_up is not None and follow_up.topic != "when" else None
        if follow_up is not None and (
            elsewhere or _turned_to_another_offer(question, asked, context)
        ):
            # "aslında bi mektup var okuyamadım" after the sewing café: "actually" leaves the
            # card, and the offers read the rest as the office hours' card, with the model too.
            follow_up = None
        if follow_up is not None and follow_up.topic != WEAKEST_CUE:
            return replace(asked, outcome=Outcome.FOLLOW_UP, follow_up=follow_up)
        staff_answer = self._staff_answer(asked, question, snapshot, context, offers)
        if follow_up is not None and not _another_matter(staff_answer):
            return replace(asked, outcome=Outcome.FOLLOW_UP, follow_up=follow_up)
        if staff_answer is not None:
            if everyday.intent is not None:
                return staff_answer
            return self._unless_clearly_a_request(staff_answer, text, question, snapshot, context)
        if context.offer is None and asked.outcome is Outcome.UNKNOWN:
            general = self._general_answer(asked, question)
            if general is not None:
                if everyday.intent is not None:
                    return general
                return self._unless_clearly_a_request(general, text, question, snapshot, context)
        if (
            everyday.social is not None
            and everyday.intent is None
            and (
                asked.outcome is Outcome.UNKNOWN
                or (asked.outcome in GUESSES and everyday.rest_topic_words <= 1)
                or (
                    asked.outcome in ANSWERING | GUESSES
                    and (only_introduces(question) or says_where_from(question))
                )
            )
        ):
            # "salut, ce faceti?": nothing more to find than the greeting; greet back. Not
            # when the rest named something the offers outweighed: in "merhaba almanca nerede
            # ogrenebilirim" the language is the course's topic, not a word of greeting.
            return replace(wanted, intent=everyday.social)
        if (
            everyday.social is None
            and everyday.intent is None
            and asked.outcome in UNANSWERED | GUESSES
            and (only_introduces(question, with_origin=True) or introduces_with_origin(question))
        ):
            # "me sem i Florica, avilem katar Rumunia", "i am Elena from Romania": a name and
            # where the person comes from, with no word of greeting, is how they say hello; the
            # country names no topic.
            return replace(wanted, intent=Intent.GREET)
        if everyday.intent is None and asked.outcome in UNANSWERED:
            guess = self._guess_by_meaning(question, snapshot, context)
            if guess is not None:
                return replace(wanted, intent=guess.intent, target_language=guess.target)
        if everyday.intent is None and asked.outcome in ANSWERING:
            return self._unless_clearly_a_request(asked, text, question, snapshot, context)
        return asked

    def _someone_asked(self, text: str, context: Context) -> SomeoneAsked | None:
        """What a message about a person asks (bot/understanding/someone.py), or None."""
        words, named = self.intents.languages_named_at(text)
        return self.someone.read(
            words,
            named,
            card_shown=context.offer is not None,
            denied=self.intents.languages_denied(text) if named else (),
        )

    def _learning_read_as_a_language(self, question: str, everyday: IntentMatch) -> bool:
        """Whether a Romani question in Cyrillic letters was read as a language request, less
        than whole, beside a word of learning: "мангав те сиклав немско чхиб, ме на жанав"
        (I want to learn German, I don't know it) names German and "на" (Romani "not", the
        Bulgarian "in" of "на немски"); its Latin reading may name the course (see
        :func:`_romani_typed_in_cyrillic`)."""
        return (
            everyday.intent is Intent.LANGUAGE
            and everyday.share < 1.0
            and self.intents.says_learning(question)
        )

    def _denies_the_chats_language(
        self, text: str, everyday: IntentMatch, context: Context
    ) -> bool:
        """Whether the person says they do not speak the language the bot writes in ("nu
        vorbesc romana deloc" in the Romanian chat): another language is wanted, even right
        after a card, whose spoken languages it is no question about (found in a trial). Only
        a denial said before the name: "profesoara stie romana, sa-mi explice cand nu pricep?"
        asks about the teacher."""
        return everyday.denied_only and context.language in self.intents.languages_denied(
            text, denied_after=False
        )

    def _a_speaker_wanted(self, text: str, everyday: IntentMatch) -> IntentMatch:
        """A language named with a word that says someone speaks it, beside a whole request
        for a person: "мне нужен человек который говорит по русски", "am nevoie de un om care
        vorbeste romaneste", "ich brauche eine person die russisch spricht" (found in a trial)
        ask for a person (a mediator) who speaks it, with that language as the target, not to
        change the chat's language. The language and its speaker word set aside, what is left
        must be a person asked for and nothing else ("мне нужен человек"); the person words
        of the requests ("человек", "om", "mensch") often explain fewer words than the
        language's name and "speaks", so the language request came out first."""
        if everyday.intent is not Intent.LANGUAGE or everyday.target is None:
            return everyday
        rest = self.follow_ups.without_the_language_spoken(text)
        if not rest:
            return everyday
        wish = self.intents.find(rest)
        if wish.intent is not Intent.HUMAN or wish.social is not None or wish.share < 1.0:
            return everyday
        return replace(everyday, intent=Intent.HUMAN, language_asked=False)

    def _asks_for_a_speaker(self, question: str, everyday: IntentMatch) -> bool:
        """Whether the person asks to talk to someone who speaks a language: "vreau sa vorbesc
        cu cineva care vorbeste romana", "arapça bilen biriyle konuşmak istiyorum". Without the
        language and its speaker word the rest is a whole request for a person; "will someone
        speak romani" or "is someone there who speaks arabic" asks about the offer."""
        if everyday.intent is not Intent.HUMAN:
            return False
        rest = self.follow_ups.without_the_language_spoken(question)
        if not rest:
            return False
        wish = self.intents.find(rest)
        if wish.intent is not Intent.HUMAN:
            return False
        # A whole request for a person, or a sure one said with words around it ("hi, my name
        # is Omar, i would like to talk to someone who speaks arabic please"): without the
        # language and its speaker, the name and "please" are more of what is left. Asked in
        # words of the request ("talk to someone"), not only "someone" ("تو مشاوره یکی هست
        # کردی حرف بزنه؟": is there someone who speaks Kurdish, a question about the offer).
        # A whole request of one word is no more than "someone": "fi 7ada byehki 3arabi"
        # (is there someone who speaks Arabic) right after a card asks about the offer.
        return self.intents.said_in_words(rest, Intent.HUMAN) and (
            wish.share >= 1.0
            or (everyday.share >= INTENT_SHARE and wish.share >= WEAK_INTENT_SHARE)
        )

    def _unless_clearly_a_request(
        self,
        answer: Understanding,
        text: str,
        rest: str,
        snapshot: Snapshot,
        context: Context,
    ) -> Understanding:
        """An offer's card or a staff answer, unless the learned head is sure the message is an
        everyday request the tables missed: "Supas, danke schön mein Freund" is thanks, not the
        card an offer's words matched; "Превключете на български език." asks for Bulgarian,
        not the staff answer on languages. Not right after a card (a question there is about
        that offer), behind the same guards as below and a stricter threshold
        (intent_head.MIN_PROBABILITY_OVER_AN_ANSWER). The head reads the whole message: a
        greeting or thanks the tables set aside is the request here. Not a greeting before
        ``rest``, the message without it, that the head reads as no greeting: "merhaba is
        ariyorum" (hello, I am looking for work) asks for work (found in a trial). Thanks
        before more words stay thanks: "multumesc pentru curs, a fost de mare ajutor" thanks
        for the course."""
        if context.offer is not None:
            return answer
        guess = self._guess_by_meaning(text, snapshot, context, MIN_PROBABILITY_OVER_AN_ANSWER)
        if guess is None:
            return answer
        if guess.intent is Intent.GREET and answer.social is Intent.GREET and rest != text:
            again = self._guess_by_meaning(rest, snapshot, context, MIN_PROBABILITY_OVER_AN_ANSWER)
            if again is None or again.intent is not guess.intent:
                return answer
        return replace(
            answer,
            outcome=Outcome.INTENT,
            candidates=(),
            intent=guess.intent,
            target_language=guess.target,
            faq=None,
            follow_up=None,
        )

    def _general_answer(self, asked: Understanding, question: str) -> Understanding | None:
        """A question about "it" with no card shown, answered for all our offers: the cost
        by the staff's answer on cost, "where is it" with our addresses, "do I have to book"
        by the answer on booking (:func:`asked_without_a_card`)."""
        topic = asked_without_a_card(question, self.follow_ups)
        if sends_money(question):
            return None  # "как да пратя пари в българия" asks nothing about our cost
        if topic in GENERAL_INTENTS:
            return replace(
                asked, outcome=Outcome.INTENT, candidates=(), intent=GENERAL_INTENTS[topic]
            )
        faq = self.follow_ups.faq_of_topic(topic) if topic in GENERAL_FAQ_TOPICS else None
        return replace(asked, outcome=Outcome.FAQ, faq=faq) if faq is not None else None

    def _guess_by_meaning(
        self,
        question: str,
        snapshot: Snapshot,
        context: Context,
        at_least: float = MIN_PROBABILITY,
    ) -> Guess | None:
        """The optional model's reading of a message nothing else understood.

        Not for a message naming another place or topic ("when does the pharmacy open"), and
        right after an offer's card not a question about a place, time or booking: "in ce zi
        e" asks about that offer, which the follow-up cues did not catch.
        """
        model = self.intent_model(snapshot)
        if model is None or not model.ready or names_another_topic(question):
            return None
        if model.examples.elsewhere.find(question):
            return None
        guess = model.guess(question, at_least)
        if guess is None or (context.offer is not None and guess.intent in ABOUT_AN_OFFER):
            return None
        if guess.intent is Intent.CANCEL and says_coming(question):
            return None  # "завтра прийду" (I will come tomorrow) cancels nothing
        return guess

    def _staff_answer(
        self,
        asked: Understanding,
        question: str,
        snapshot: Snapshot,
        context: Context,
        offers: MatchResult,
    ) -> Understanding | None:
        """The FAQ's answer, or right after a card the same question about that offer. None
        for sending money home: its money and sending words are no question about our cost or
        interpreters."""
        if sends_money(question):
            return None
        faq = find_faq(question, snapshot, offers, self.intents.without_at(question))
        if faq is None and context.language == ROMANI:
            # Romani typed in Cyrillic, the answers' word groups in Latin letters (with a
            # German word beside them): "шай те авав бизо Termin директно" is "šaj te avav
            # bizo Termin direktno" (may I come without an appointment).
            for reading in romani_latin(question):
                without = self.intents.without_at(reading)
                faq = find_faq(reading, snapshot, match_offers(reading, snapshot), without)
                if faq is not None:
                    break
        if faq is None and self._worried_about_money(question, snapshot, context, offers):
            faq = self.follow_ups.faq_of_topic("cost")
        if faq is None:
            return None
        about = follow_up_from_faq(faq, snapshot, context, self.follow_ups)
        if about is not None:
            return replace(asked, outcome=Outcome.FOLLOW_UP, follow_up=about)
        if faq in self._about_our_offers and names_another_topic(
            words_beside_faq(question, snapshot)
        ):
            # "my phone died, can i charge it here", "bokra fi shita, ma3 el wlad?": a staff
            # answer's word ("charge": the cost) beside a topic we do not serve (a phone, the
            # weather) asks about that topic; our answer on cost or children is not for it.
            return None
        if faq == self.follow_ups.faq_of_topic("cost") and self._money_for_another_thing(
            question, snapshot
        ):
            return None
        if offers.named and faq == self.follow_ups.faq_of_topic("cost"):
            # "deutschkurs umsonst für erwachsene gibts das": an offer asked for by its own
            # name, free of charge; its card says what it costs.
            return None
        return replace(asked, outcome=Outcome.FAQ, faq=faq)

    def _worried_about_money(
        self, question: str, snapshot: Snapshot, context: Context, offers: MatchResult
    ) -> bool:
        """Whether the person says they have no money, with what it would be for beside it
        and no card shown: "nu am bani de curs", "habe kein geld für den kurs" (found in a
        trial). At the counter the worry is answered first: our offers are free. Not an offer
        called by its own name (its card says what it costs, :meth:`_staff_answer`), nor a
        need said beside the lack: "n-am bani, caut de lucru" asks for work."""
        if context.offer is not None or offers.named or names_a_need(question):
            return False
        if need_before_a_lack(question):
            # "möchte deutsch lernen, hab aber kein geld für einen kurs": the need is said
            # first, the lack is why; the course's card says what it costs
            return False
        if not MONEY_FOR & set(normalized_message(question).split()):
            return False  # "i have no money, i need a job": the job's card
        return self._no_money_said(question, snapshot)

    def _no_money_said(self, question: str, snapshot: Snapshot) -> bool:
        """Whether the staff answer on cost is found by money and a word that says there is
        none ("nu am bani", "param yok")."""
        words = normalized_message(question).split()
        hit = concepts_of(snapshot).find(question)
        if hit is None or hit.faq_id != self.follow_ups.faq_of_topic("cost"):
            return False
        return bool(hit.positions & lacked_things_at(words) and hit.positions & lacking_at(words))

    def _money_for_another_thing(self, question: str, snapshot: Snapshot) -> bool:
        """Whether no money is said for a thing none of our offers is about: "niamam pari za
        naema" (no money for the rent) asks nothing of our cost. Not "for that", "for the
        course"."""
        if not self._no_money_said(question, snapshot):
            return False
        words = normalized_message(question).split()
        hit = concepts_of(snapshot).find(question)
        if hit is None:
            return False
        asked = hit.positions - lacked_things_at(words) - lacking_at(words)
        for at, word in enumerate(words):
            if at and word in MONEY_FOR:
                if any(other < at for other in asked):
                    # "tot ce faceti voi e pe gratis? ca n-am bani de dat": our cost is asked
                    return False
                purpose = [w for w in words[at + 1 :] if w not in STOP_WORDS]
                return bool(purpose) and not snapshot.matcher.match(" ".join(purpose)).candidates
        return False


def _as_understood(
    someone: SomeoneAsked,
    text: str,
    detected: str | None,
    context: Context,
    intents: IntentPhrases,
) -> Understanding:
    """The answer to a "someone" message: a greeting for the knock, a person who speaks the
    language named, or the languages spoken at the offer shown."""
    if someone.asked is Asked.KNOCK:
        return Understanding(
            text,
            Outcome.INTENT,
            detected_language=detected,
            intent=Intent.GREET,
            social=Intent.GREET,
        )
    if someone.asked in (Asked.TALK, Asked.SPEAKER):
        return Understanding(
            text,
            Outcome.INTENT,
            detected_language=detected,
            intent=Intent.HUMAN,
            target_language=intents.in_own_words(text, someone.language, context.language),
        )
    assert context.offer is not None  # OFFER_LANGUAGE is read only right after a card
    return Understanding(
        text,
        Outcome.FOLLOW_UP,
        detected_language=detected,
        follow_up=FollowUp(context.offer, "languages"),
    )


def _padded_phrases(name: str) -> tuple[str, ...]:
    return tuple(f" {normalized_message(entry)} " for entry in shared_words().every(name))


COMING = _padded_phrases("coming")
NOT_COMING = _padded_phrases("not_coming")


def says_coming(text: str) -> bool:
    """Whether ``text`` says one will come, with no word of not coming (locales/words.yaml
    ``coming``, ``not_coming``): "завтра прийду", "yarın geliyorum", not "завтра не прийду"."""
    padded = f" {normalized_message(text)} "
    return any(phrase in padded for phrase in COMING) and not any(
        phrase in padded for phrase in NOT_COMING
    )


OUR_OWN_TERMS = ("cost", "booking", "children")
"""Follow-up topics whose staff answer tells our offers' own terms ("our offers are free",
"just come", "children are welcome"): beside another topic's word (a phone, the weather) such
an answer is not for it (see ``Understander._staff_answer``)."""

GENERAL_INTENTS = {"where": Intent.WHERE}
"""Follow-up topics that, with no card shown, ask for all our places. Not "when": its cues
include words of time and weather ("cum e vremea maine" is no question about our hours), and
our hours are asked for in words of their own (locales/intents.yaml)."""

GENERAL_FAQ_TOPICS = frozenset({"cost", "booking"})
"""Follow-up topics that, with no card shown, the staff's general answer takes (cost: "our
offers are free"). Not the weakest cue: "nu inteleg" alone asks nothing about languages; not
children: their cue words include "for everyone" (Romani "savorenge"), said in blessings."""

WEAKEST_CUE = "languages"
"""Not understanding ("nu inteleg", "verstehe nichts") asks which languages are spoken there,
unless the message is about something else that is not understood (:func:`_another_matter`)."""


def _another_matter(staff_answer: Understanding | None) -> bool:
    """Whether a staff-written answer fits the whole message better than the weakest follow-up
    cue: after the German course's card, "am primit o scrisoare de la jobcenter si nu inteleg
    nimic" is about a letter, not the course's languages."""
    return staff_answer is not None and staff_answer.outcome is Outcome.FAQ


def _turned_to_another_offer(question: str, asked: Understanding, context: Context) -> bool:
    """Whether a message that turns to a new topic ("actually", "вообще-то", "aslında") gets
    another offer's card (or a "did you mean" led by one) from the offers: it asks about that
    offer, not about the one in context, whatever cue word is in it (find_follow_up asks the
    same of the words alone, without the model's reading)."""
    if not asked.candidates or asked.candidates[0].offer_id == context.offer:
        return False
    if asked.outcome in ANSWERING and names_a_need(question):
        # "търся място където детето да играе": looking for a place is a need for the
        # offer the whole message names, not a question about the one shown.
        return True
    return (
        asked.outcome in ANSWERING or asked.outcome is Outcome.ASKED_BACK
    ) and turns_to_a_new_topic(question)


def _beside_the_request(question: str, request: frozenset[int]) -> frozenset[int]:
    """The positions of the words of ``question`` that are not the request's own (``request``)."""
    return frozenset(range(len(normalized_message(question).split()))) - request


def _concepts_found_beside(
    question: str, snapshot: Snapshot, request: frozenset[int], faq: str | None
) -> bool:
    """Whether the staff answer ``faq`` is found by its concept words in the words of
    ``question`` that are not at ``request`` (an everyday request's own): the rest of the
    message asks it ("trebul termino vaj šaj avav direkt?": "šaj avav direkt"). Only that
    answer: "I'd like to book a time, any free day" asks nothing about the cost."""
    if not request or faq is None:
        return False
    words = normalized_message(question).split()
    rest = " ".join(word for at, word in enumerate(words) if at not in request)
    hit = concepts_of(snapshot).find(rest) if rest else None
    return hit is not None and hit.faq_id == faq


def _concepts_take_in(question: str, snapshot: Snapshot, positions: frozenset[int]) -> bool:
    """Whether the staff answer found by its concept words uses a word at ``positions``."""
    if not positions:
        return False
    hit = concepts_of(snapshot).find(question)
    return hit is not None and bool(hit.positions & positions)


_CLAUSE_MARKS = re.compile(r"[,;.!?\u060c\u061b\u061f]+")
"""Marks that end a clause: comma, semicolon, full stop, "!" and "?", also the Arabic comma,
semicolon and question mark."""


def _clauses_of_words(question: str) -> list[int]:
    """For each word of ``question`` (normalised, as the phrase indexes count them), the number
    of its clause; one clause for all when the clauses' words do not add up to the whole's."""
    words = len(normalized_message(question).split())
    numbers = [
        number
        for number, clause in enumerate(_CLAUSE_MARKS.split(question))
        for _ in normalized_message(clause).split()
    ]
    return numbers if len(numbers) == words else [0] * words


def _lacking_what_the_answer_is_about(
    question: str, snapshot: Snapshot, lacking: frozenset[int], faq: str | None
) -> bool:
    """Whether the staff answer ``faq``, found by its concept words, takes in "I have no" at
    ``lacking`` and a word of its own in the same clause: "termin nai man, shaj avav?" (I have
    no appointment, may I come?), not "phagav mo Termin, naj man vrama" (I break my
    appointment, I have no time)."""
    if not lacking or faq is None:
        return False
    hit = concepts_of(snapshot).find(question)
    if hit is None or hit.faq_id != faq or not hit.positions & lacking:
        return False
    clause = _clauses_of_words(question)
    lacking_clauses = {clause[at] for at in hit.positions & lacking if at < len(clause)}
    return any(at < len(clause) and clause[at] in lacking_clauses for at in hit.positions - lacking)


def _about_the_offer(intent: Intent, share: float) -> bool:
    """Whether a follow-up cue beats the everyday request found in the same message.

    A language name alone ("romaneste") still changes the language and "vreau sa vorbesc cu
    un om" still brings a person; "vorbeste cineva romaneste acolo?", "има ли някой да говори
    български" and "e si pentru bulgari?" ask about the offer.
    """
    if intent in SOCIAL or intent in ABOUT_AN_OFFER or intent is Intent.LANGUAGE:
        return True  # a language's name alone is no follow-up cue (locales/followups.yaml)
    # Right after a card, "what is this" read in part of a message ("unde e asta exact, la ce
    # adresa", "шо це коштує?", "kote si kado, so adresa") points at the offer shown.
    return intent in (Intent.HUMAN, Intent.HELP) and share < 1.0


def _where_it_is(intent: Intent | None, snapshot: Snapshot, context: Context) -> FollowUp | None:
    """Right after a card, asking the way in words the follow-up cues lack ("في أي شارع؟",
    "hangi sokakta?", "how do I get to you") asks where *that* offer is: its place and map pin
    answer it, not the list of all our places. (No offer was named: one would have won.)"""
    if intent is not Intent.WHERE or context.offer is None:
        return None
    if snapshot.catalogue.offer(context.offer) is None:
        return None
    return FollowUp(context.offer, "where")


HALF_A_REQUEST = 0.5
"""A request whose words explain half the message ("pot sa scriu cu cineva de la voi, nu cu
robotul": the person, the robot; "scriu" unexplained) beats a "did you mean" guessed from
the other half; below it, the offers asked back are the likelier reading."""


def _offer_beats_half_a_request(outcome: Outcome, everyday: IntentMatch) -> bool:
    """Whether offers found beside a weak request win: any offer beats less than half a
    request, and a card (sure or with "not what you meant?") half of one. A country's name
    is no request for its language: "how do i send money to romania" stays a question."""
    if outcome is Outcome.UNKNOWN:
        return False
    if everyday.intent is Intent.LANGUAGE and not everyday.language_asked:
        return True
    return everyday.share < HALF_A_REQUEST or outcome is not Outcome.ASKED_BACK


WHERE_WORDS = frozenset(normalize(word) for word in shared_words().every("where_words"))
"""Words asking where, that begin a question for a place ("где можно ... поговорить на их
языке", "kude moje ... da si govorim na rumunski", "wo kann ich ... türkisch reden"):
``locales/words.yaml``, ``where_words``. Not reviewed by native speakers."""

WHERE_REACH = 2
"""The where-word stands among the question's first this many words ("а где можно", "i kude")."""


def _a_place_to_speak_it(question: str, everyday: IntentMatch) -> bool:
    """Whether a language request, less than whole, is a question for a place where the
    language is spoken: it begins by asking where. Not a request read in all its words ("где
    переключить язык" has no other words): the share stays below one."""
    if everyday.intent is not Intent.LANGUAGE or everyday.share >= 1.0:
        return False
    return bool(WHERE_WORDS.intersection(normalize(question).split()[:WHERE_REACH]))


def _named_offer_asked_about(offers: MatchResult, everyday: IntentMatch) -> bool:
    """Whether the message names an offer by its own name and asks when or where it is
    ("naikafe hangi gün açık", "dojchkurs kojast"): its card answers that for this offer, where
    the general hours or addresses would not. A name typed by ear is never a sure match alone,
    so without this the request's words won. So does its title in a language, as people call
    it ("dikis kafesine hangi gunler gelebilirim", "almanca kursu hangi günler oluyor")."""
    return (
        (offers.named or offers.titled)
        and not offers.another_topic
        and everyday.intent in (Intent.HOURS, Intent.WHERE)
    )


def _named_offer_asked_where(offers: MatchResult, everyday: IntentMatch, question: str) -> bool:
    """Whether a booking was read beside an offer named by its own name, sure, and a word
    asking where (``WHERE_WORDS``): "dragan sucht willkommen europa, wo ist diese beratung"
    asks where the counselling named is ("beratung" alone reads as a wish to book one), also
    when every word reads as the request's."""
    return (
        everyday.intent is Intent.BOOK
        and offers.confident
        and offers.named
        and not offers.another_topic
        and bool(WHERE_WORDS.intersection(normalize(question).split()))
    )


def _sure_of_an_offer(offers: MatchResult, snapshot: Snapshot, weak: bool) -> bool:
    """Whether a confident offer beats an everyday request found in the same message.

    Request words that explain most of a message ("could i get an appointment with a
    counselor") beat an offer only the model is sure of; an offer the words themselves name
    still wins ("wo ist der deutschkurs").
    """
    if not offers.confident or weak or snapshot.semantic is None:
        return offers.confident
    # Sure by the words: also when the need is read beside where the person comes from or
    # why they ask ("sunt din bulgaria si vreau sa lucrez, ma ajutati?": the work, not the
    # help), as without the model; only the model's own certainty yields to the request.
    return not offers.by_meaning


def _who_is_hurt(understood: Understanding) -> bool:
    """Read as a follow-up on who may come only from a word for a person (see ABOUT_PEOPLE)."""
    follow_up = understood.follow_up
    return (
        understood.outcome is Outcome.FOLLOW_UP
        and follow_up is not None
        and follow_up.topic in ABOUT_PEOPLE
    )


def _romani_names_another(question: str, snapshot: Snapshot, shown: str) -> bool:
    """Whether a Romani question in Cyrillic, read in Latin spellings, names an offer other
    than the one ``shown`` once the words of the shown offer's own names are set aside: "шай
    авен саворе ко кафе?" after the sewing café's card asks who may come to *that* café
    ("kafe" is a word of its names, and alone the parents' café's too)."""
    offer = snapshot.catalogue.offer(shown)
    own = (
        {
            part
            for name in (*offer.titles.values(), *offer.names)
            for part in normalize(name).split()
        }
        if offer is not None
        else set()
    )
    for reading in romani_latin(question):
        rest = " ".join(word for word in normalize(reading).split() if word not in own)
        read = match_offers(rest, snapshot) if rest else None
        if (
            read is not None
            and decide(read) in ANSWERING
            and read.top is not None
            and read.top.offer_id != shown
        ):
            return True
    return False


def _romani_typed_in_cyrillic(
    question: str, snapshot: Snapshot, offers: MatchResult
) -> MatchResult:
    """The offers of a Romani question typed in Cyrillic letters, also read in the Latin
    spellings the catalogue's Romani keywords are written in (:func:`romani_latin`): "кай шай
    джав е чхаваса те кхелел е аврен чхавенца" is "kaj šaj džav e čhavasa te khelel e avren
    čhavenca" (where can I go with the child to play with other children), "мангав те хав ле
    румънцонца" is "mangav te xav ...". Cyrillic was read only against the offers' names; the
    better reading wins (a sure answer first, then the higher score), so Bulgarian words in the
    question ("немско") still count as typed. Only a reading that shows a card counts: a guess
    to ask back about would hide a thanks ("наис туке ..., помогнахте ма": "pomog" is help)."""

    def strength(result: MatchResult) -> tuple[bool, float]:
        return (result.confident, result.top.score if result.top is not None else 0.0)

    best = offers
    for reading in romani_latin(question):
        read = match_offers(reading, snapshot)
        if decide(read) in ANSWERING and strength(read) > strength(best):
            best = read
    return best


def _learned_alarm(text: str, learned: float | None) -> bool:
    """Whether the learned reading rings the alarm: at WITH_MODEL, and not for a raised
    temperature given alone ("у сына 38.3": there the words decide)."""
    return learned is not None and learned >= WITH_MODEL and not raised_temperature_alone(text)
