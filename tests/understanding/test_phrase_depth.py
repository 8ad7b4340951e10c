"""How far apart a phrase's words may stand (issue 11): a phrase found with its words apart gives
up a word it shares with another key's longer phrase said whole inside its span ("i came with MY
family and i want to make an APPOINTMENT" cancels no "my appointment"). The whole understanding
on such messages: STORY_AND_A_WISH in test_intent_wordings.py."""

from __future__ import annotations

from bot.understanding.phrases import PhraseIndex, parse


def _index() -> PhraseIndex:
    phrases = [
        *parse("my appointment", "cancel", "en"),
        *parse("make an appointment", "book", "en"),
        *parse("other appointment", "book", "en"),
    ]
    return PhraseIndex(phrases, whole_phrases_keep_words=True)


def _keys(text: str) -> set[str]:
    return {str(hit.phrase.key) for hit in _index().find(text)}


def test_a_spread_phrase_gives_way_to_a_longer_one_said_whole_that_it_borrows_from() -> None:
    assert _keys("with my family i want to make an appointment") == {"book"}


def test_a_phrase_said_whole_or_as_long_keeps_its_words() -> None:
    assert _keys("please cancel my appointment") == {"cancel"}
    # "my appointment" is found apart around "other appointment", as long as it
    assert _keys("my other appointment") == {"cancel", "book"}


def test_without_the_option_every_phrase_is_found() -> None:
    index = PhraseIndex([*parse("my appointment", "cancel"), *parse("make an appointment", "b")])
    found = {str(hit.phrase.key) for hit in index.find("my family, make an appointment")}
    assert found == {"cancel", "b"}
