# People write in many scripts; look-alike letters are the point here:
"""Emergencies typed as on a phone (tests/data/understanding/emergency_sprint.yaml): the turn
is the emergency notice, 112 first, and nothing else."""

from __future__ import annotations

import pytest

from bot.app import CoreApp
from bot.dialogue import views
from tests.support.conversation import onboarded


@pytest.mark.parametrize(
    ("language_label", "code", "message"),
    [
        ("العربية", "ar", "el walad shirib clorox"),  # ar in Latin letters: the boy drank bleach
        ("العربية", "ar", "fi wa7ed byela7e2ni"),  # Levantine, Latin: someone is following me
        ("Українська", "uk", "чоловiк мене бъе"),  # surzhyk, Latin i and a Russian hard sign
        ("English", "en", "my son drank cleaning liquid"),
        ("Türkçe", "tr", "biri beni takip ediyor korkuyorum"),
        ("العربية", "ar", "kayna l3afya f dar, dkhan bezzaf"),  # Algerian: fire at home
        ("العربية", "ar", "ما اشتي اعيش، شقتل نفسي"),  # Yemeni: a wish to die
        ("Deutsch", "de", "da opa is umgfalln und schnauft nimmer"),  # Bavarian
        ("Română", "ro", "curge sângi tari di la mâna lu tata"),  # regional Romanian
        ("Русский", "ru", "прораб избил рабочего палкой"),  # a foreman, a stick
        ("Türkçe", "tr", "kızım mıknatıs yutmuş"),  # a swallowed magnet
        ("English", "en", "my husband locks me in the bedroom"),  # locked in
        ("Română", "ro", "un baiat a fost injunghiat in statie"),  # stabbed, someone else
        ("Deutsch", "de", "im flur riecht es total nach gas"),  # a gas leak
        ("Українська", "uk", "дтп біля школи, є постраждалі"),  # an accident with injured
        ("Български", "bg", "bebeto ima 39.6 i plache"),  # a fever reading in a baby
        ("Türkçe", "tr", "karımın doğum sancısı başladı şimdi"),  # labour
        # u-danger13: Maghrebi fever with the article and "ما ... ش" (does not wake up)
        ("العربية", "ar", "بنتي السخانة عندها بزاف وما كتفيقش"),
        # followed home and waiting at the door; a threat to set the flat on fire
        ("Deutsch", "de", "ein typ ist mir bis nach hause nachgelaufen und wartet vor der tür"),
        ("Русский", "ru", "сосед сказал что подожжет нашу квартиру"),
    ],
)
async def test_an_emergency_typed_as_on_a_phone_shows_112_first_and_nothing_else(
    core: CoreApp, language_label: str, code: str, message: str
) -> None:
    chat = await onboarded(core, language_label)

    await chat.send(message)

    assert chat.replies[0].text == views.emergency(core.texts.translator(code)).text
    assert chat.text.index("112") < chat.text.index("110") < chat.text.index("116 117")
    assert len(chat.replies) == 1, "no 'I don't know' and no offer card after the numbers"


@pytest.mark.parametrize(
    ("language_label", "message"),
    [
        ("English", "this song is fire bro"),  # slang praise
        ("English", "my boss touched on the topic of overtime"),  # a topic, not a body
        ("Română", "vreau sa mor de ras cu filmul asta"),  # dying of laughter
        # u-danger13: a feeling that "hit", a game's score, a laughing face, a fire long ago
        ("العربية", "ضربني الحنين لبلادي اليوم"),
        ("Română", "fratele m-a batut la sah 3:0"),
        ("English", "my niece killed me at uno again 🤣"),
        ("Türkçe", "yillar once evimiz yandi, simdi ev ariyorum"),
    ],
)
async def test_slang_praise_a_topic_touched_on_or_a_game_gets_no_emergency_numbers(
    core: CoreApp, language_label: str, message: str
) -> None:
    chat = await onboarded(core, language_label)

    await chat.send(message)

    assert "112" not in chat.text


@pytest.mark.parametrize(
    ("language_label", "code", "message"),
    [
        # u-danger17: states of the body said in any words: fallen and lying on the ground,
        # shot at and lying there, blood everywhere, cannot wake someone, a finger cut off
        ("Türkçe", "tr", "amcam merdivenden düşmüş yerde yatiyo"),
        ("Русский", "ru", "na ulice strelyali, odin chelovek lezhit na zemle"),
        ("Українська", "uk", "бабуся впала у ванній і лежить на підлозі"),
        ("Deutsch", "de", "ich krieg meinen mann nicht wach"),
        ("Български", "bg", "машината му отряза пръста"),
        ("فارسی", "fa", "انگشت برادرم قطع شد با اره"),
        ("Türkçe", "tr", "her yer kan oldu, kardeşim elini kesti"),
    ],
)
async def test_a_body_in_danger_said_in_new_words_shows_112_first(
    core: CoreApp, language_label: str, code: str, message: str
) -> None:
    chat = await onboarded(core, language_label)

    await chat.send(message)

    assert chat.replies[0].text == views.emergency(core.texts.translator(code)).text
    assert chat.text.index("112") < chat.text.index("110")


@pytest.mark.parametrize(
    ("language_label", "code", "message"),
    [
        ("English", "en", "i fell asleep on the floor watching tv"),
        ("Türkçe", "tr", "telefonum yere düştü ekranı kırıldı"),
        ("Русский", "ru", "у меня телефон сдох, батарея села"),
        ("English", "en", "they killed us 5-0 yesterday, terrible match"),
        ("Deutsch", "de", "die kinder sind auf dem boden eingeschlafen"),
        ("Українська", "uk", "світло відрізали, можу прийти завтра?"),
    ],
)
async def test_a_dead_phone_a_lost_match_or_sleeping_on_the_floor_is_no_emergency(
    core: CoreApp, language_label: str, code: str, message: str
) -> None:
    chat = await onboarded(core, language_label)

    await chat.send(message)

    emergency = views.emergency(core.texts.translator(code)).text
    assert all(reply.text != emergency for reply in chat.replies)
