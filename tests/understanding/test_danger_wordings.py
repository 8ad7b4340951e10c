"""Emergencies and their look-alikes (issue 11) in the wordings people type: a line about
danger gets the emergency screen with 112 and 110 whatever language, script or dialect it is
typed in; a line that only sounds like danger (a fall already cared for, giving blood, a film,
a course, praise, a figure of speech) does not. The rows come from the danger rounds 16 to 24,
26 (u-danger28, once tests/understanding/test_danger_round26.py) and 27 (u-danger29, once
tests/understanding/test_danger_round27.py), round 21's follow-up round (u-follow19) and
round 16's everyday and Romani rounds; none is a line of the evaluation sets or the probes.
One row a wording: its id names the language and the form it shows."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome

# (text, language): the emergency screen, with the numbers
EMERGENCIES = [
    # u-danger29 (round 27): Romani burns and the ambulance said short, a Bavarian fall, a small
    # child's age said first and then 'is', 'stayed', 'got left' before 'alone at home'
    # the little girl burned herself with hot water (Romani, "xačardjas pe", typed with x or h)
    pytest.param("e chhaj xachardjas pe tate paneja", "rom", id="rom-burned-with-hot-water"),
    pytest.param("mi chej hachardyas pe ande kuhnja", "rom", id="rom-burned-herself-h"),
    # Bavarian: fell from the ladder and no longer moves
    pytest.param("da opa is vo da loata obagfalln und rührt si ned", "de", id="de-bavarian-fell"),
    # the ambulance said short: "call the ambulance, my grandmother does not wake"
    pytest.param("akharen e hitnu, e baba sovel", "rom", id="rom-call-hitna"),
    # a small child's age first, then "and is" or "and stayed" before "alone at home"
    pytest.param("синът ми е на 2 години и е сам вкъщи", "bg", id="bg-age-and-is-alone"),
    pytest.param("deteto e na 3 godini i ostana samo vkashti", "bg", id="bg-latin-age-stayed"),
    pytest.param("малкия е на 4 години и стои сам в къщи", "bg", id="bg-little-one-v-kashti-apart"),
    pytest.param("baiatul are 3 ani si e singur acasa", "ro", id="ro-age-and-is-alone"),
    pytest.param("my 2 year old got left home alone", "en", id="en-got-left-home-alone"),
    pytest.param("meine 3 jährige tochter ist allein zuhause", "de", id="de-ist-allein-zuhause"),
    # u-danger28 (round 26): breathing and blue lips in Romanian chat words, Romani 'I drank',
    # Russian 'gulped' vinegar essence, a small child's age in words beside 'home alone'
    # the little one hardly draws air and the lips are going purple
    pytest.param("cel mic abia trage aer, buzele mov", "ro", id="ro-draws-no-air-lips-purple"),
    pytest.param("bebele nu trage aerul deloc", "ro", id="ro-baby-draws-no-air"),
    # I drank bleach (Romani, first person)
    pytest.param("pilem varekina, dukhal man", "rom", id="rom-i-drank-bleach"),
    # the child gulped vinegar essence (Latin-typed Russian)
    pytest.param("rebenok hlebnul uksusnoj essencii", "ru", id="ru-latin-gulped-vinegar"),
    pytest.param("дочка хлебнула уксусной эссенции", "ru", id="ru-gulped-vinegar-essence"),
    # a small child's age in words, and the child alone at home
    pytest.param("сыну три года, он один дома, а я в пробке", "ru", id="ru-three-years-in-words"),
    pytest.param("донечці два роки, вона сама вдома", "uk", id="uk-two-years-in-words"),
    pytest.param("fetita de trei ani e singura acasa", "ro", id="ro-three-years-in-words"),
    pytest.param("my three year old is alone at home", "en", id="en-three-year-old-in-words"),
    pytest.param("dört yaşındaki kızım evde yalnız kaldı", "tr", id="tr-four-years-in-words"),
    pytest.param("unser sohn ist drei jahre alt und allein zu hause", "de", id="de-drei-jahre-alt"),
    pytest.param("двухлетняя дочка одна дома", "ru", id="ru-two-year-old-adjective"),
    # guards, ringing before and after: a lost thing named, and the child missing all the
    # same; food in the message, and a husband who threatens to kill
    pytest.param(
        "hab kein telefon, mein kind ist verschwunden", "de", id="de-no-phone-child-missing"
    ),
    pytest.param(
        "изгубих паспорта, а детето го няма никъде", "bg", id="bg-lost-passport-and-child-gone"
    ),
    pytest.param("kocam yemek beğenmezse beni öldürecek", "tr", id="tr-husband-kills-over-food"),
    pytest.param(
        "sotul zice ca ma omoara daca ciorba nu e buna", "ro", id="ro-husband-kills-over-soup"
    ),
    # u-danger27: a child gone said with a possessive after it or a word of time between, a
    # baby all alone at home, southern German and Bavarian persons and verbs, a boy or a girl
    # not found, a Finglish fall
    pytest.param(
        "meine tochter ist seit heute früh weg, sie geht nicht ans telefon",
        "de",
        id="de-daughter-gone-since-the-morning",
    ),
    pytest.param(
        "das baby ist ganz alleine zu hause und ich stecke im stau",
        "de",
        id="de-baby-all-alone-at-home",
    ),
    # my husband hits me every day, when are you open (Swabian; a question beside it no longer
    # takes the screen's place)
    pytest.param(
        "mei ma haut mi jeden tag, wann habt ihr offen", "de", id="de-swabian-husband-hits"
    ),
    pytest.param(
        "würgen tut er mich jeden abend, wo ist euer büro", "de", id="de-fronted-infinitive-choke"
    ),
    pytest.param("girl 4 years, cant find her in the mall", "en", id="en-a-girl-not-found"),
    # my little child is home alone (spoken "خونست") and I am on the bus
    pytest.param("بچه کوچیکم تنها خونست و من تو اتوبوسم", "fa", id="fa-spoken-alone-at-home"),
    pytest.param(
        "unser bua is weg seit dem mittag, mir finden ihn nicht", "de", id="de-bavarian-boy-gone"
    ),
    # my boy is nowhere, for an hour
    pytest.param("baiatul meu nu e nicaieri de o ora", "ro", id="ro-my-boy-nowhere"),
    # my father fell and does not move any more, where is the address (Finglish)
    pytest.param(
        "pedaram zamin khord, dige tekun nemikhore, adres koja ast",
        "fa",
        id="fa-finglish-fell-no-move",
    ),
    # u-danger26: Romani with loanwords and set phrases, Dari, Maghrebi and Iraqi Arabic, a child
    # gone in learner German and other languages
    # the girl is all in blood
    pytest.param("e chej sa ando rat, aven", "rom", id="rom-all-in-blood"),
    # grandpa fainted (a Serbian verb with a Romani ending)
    pytest.param("mo papo onesvestisajlo ko drom", "rom", id="rom-fainted-serbian-loan"),
    # my mother is not in her mind (unconscious)
    pytest.param("mi daj nas pe pi godi", "rom", id="rom-not-in-her-mind"),
    # father pulled out a knife (Serbian "nož" typed "noz"), hits me
    pytest.param("o dad ikalda o noz, dela man", "rom", id="rom-knife-serbian-loan"),
    # the little one swallowed grandpa's tablets
    pytest.param("o tikno piljas e papeske tablete", "rom", id="rom-drank-grandpas-tablets"),
    # my mother cannot take breath
    pytest.param("mi daj na shaj lel dukh", "rom", id="rom-cannot-take-breath"),
    # my child (Dari "bachim") is lost
    pytest.param("بچیم گم شده", "fa", id="fa-dari-my-child-lost"),
    # my son ate rat poison ("anti-mouse medicine")
    pytest.param("پسرم دوای ضد موش خورده", "fa", id="fa-rat-poison-dari"),
    # my father beats me with the belt (Iraqi "ydigg")
    pytest.param("ابوي يدگني بالحزام", "ar", id="ar-iraqi-beats-me"),
    # my daughter drank rat poison ("mouse medicine", Arabizi)
    pytest.param("bnti shirbat dawa far", "ar", id="ar-rat-poison-arabizi"),
    # fire caught in the kitchen (Maghrebi "l3afia")
    pytest.param("chaalat l3afia f lkouzina", "ar", id="ar-maghrebi-fire"),
    # my son got lost at the market (Maghrebi)
    pytest.param("weldi tlef f lmarche", "ar", id="ar-maghrebi-child-lost"),
    pytest.param("mein sohn weg, ich finde ihn nicht", "de", id="de-learner-son-gone"),
    pytest.param("tochter verloren im bahnhof, hilfe", "de", id="de-learner-daughter-lost"),
    # my son is nowhere to be seen, we looked everywhere
    pytest.param("oğlum ortada yok, her yeri aradık", "tr", id="tr-son-nowhere-to-be-seen"),
    # the child has been gone since the morning
    pytest.param("детето го няма никъде от сутринта", "bg", id="bg-the-child-is-nowhere"),
    # states typed in Arabizi, an ex forcing the door, an emergency beside the
    # hospital (u-danger19)
    # my son swallowed a battery (Levantine spelling)
    pytest.param("ibni bala3 battariye", "ar", id="ar-my-son-swallowed-a-battery"),
    # a dog bit my son, much blood
    pytest.param("kelb 3add ibni w dammo katir", "ar", id="ar-a-dog-bit-my-son"),
    # I want to die, I don't want to live
    pytest.param("bidi mout ma baddi 3ish", "ar", id="ar-i-want-to-die-i"),
    # my son got burnt with oil
    pytest.param("ibni et7ara2 bel zeit", "ar", id="ar-my-son-got-burnt-with"),
    pytest.param(
        "my ex is banging on the door trying to get in", "en", id="en-ex-forcing-the-door"
    ),
    # "to", not "in" hospital
    pytest.param("take him to hospital he is bleeding so much", "en", id="en-to-not-in-hospital"),
    pytest.param(
        "er ist gestürzt und atmet nicht, bringt ihn ins krankenhaus",
        "de",
        id="de-fell-not-breathing-to-hospital",
    ),
    pytest.param(
        "after the blood test the arm is bleeding a lot and wont stop",
        "en",
        id="en-bleeding-after-blood-test",
    ),
    pytest.param(
        "erste hilfe! mein kind hat jetzt einen krampfanfall",
        "de",
        id="de-first-aid-cry-seizure-now",
    ),
    # the child fell into the lake right now
    pytest.param("cocuk su an gole dustu", "tr", id="tr-the-child-fell-into-the"),
    pytest.param("a man is pouring acid on my brother", "en", id="en-acid"),
    # I was choked by my husband
    pytest.param("انخنقت من زوجي", "ar", id="ar-i-was-choked-by-my"),
    # ate berries, vomiting (Latin-typed)
    pytest.param("syn z'yiv yagody, bluye", "uk", id="uk-ate-berries-vomiting-latin-typed"),
    # fell through the ice
    pytest.param("malchik provalilsya pod lyod", "ru", id="ru-fell-through-the-ice"),
    pytest.param(
        "Дочка прыгнула в бассейн и не чувствует ног", "ru", id="ru-jumped-into-pool-no-feeling"
    ),
    pytest.param("брат мужа кидается на меня", "ru", id="ru-husbands-brother-attacks"),
    pytest.param(
        "my wife water broken and baby coming now", "en", id="en-waters-broken-baby-coming"
    ),
    # on a bridge, says she will jump
    pytest.param("pe pod sta prietena mea si zice ca sare", "ro", id="ro-on-a-bridge-says-she"),
    # wants to throw her out of the window
    pytest.param("rajel o5ti 7ab yarmiha mel chobbek", "ar", id="ar-wants-to-throw-her-out"),
    # hot frying oil spilled on her
    pytest.param("انكب عليها زيت القلي الحار", "ar", id="ar-hot-frying-oil-spilled-on"),
    # spoken past
    pytest.param("kocası kızuma vurdi", "tr", id="tr-spoken-past"),
    # a hot iron pressed on her arm
    pytest.param("kocası koluna ütüyü bastı", "tr", id="tr-a-hot-iron-pressed-on"),
    # chasing mum
    pytest.param("vitchym hanyaietsia za mamoiu", "uk", id="uk-chasing-mum"),
    # I cannot wake my dad ("صحي" is also "healthy")
    pytest.param("ابوي مش قادر فيقه", "ar", id="ar-i-cannot-wake-my-dad"),
    pytest.param("fetita mea a mancat niste pastile de inima", "ro", id="ro-heart-pills-eaten"),
    pytest.param("they had a knife fight over money", "en", id="en-knife-fight"),
    pytest.param("my husband hits me over money", "en", id="en-husband-hits-me"),
    # a husband named: not a song
    pytest.param("mo rom mudardas man", "rom", id="rom-a-husband-named-not-a"),
    # a high temperature (Balkan "thermo")
    pytest.param("e čhaja si la bari thermo", "rom", id="rom-a-high-temperature-balkan-thermo"),
    # Romani with the loanwords of Romanian and Bulgarian Roma, Dari, Black Sea Turkish, surzhyk
    # (u-danger20)
    # Romanian "sânge": blood, much
    pytest.param("mi phej zhal lake but sange", "rom", id="rom-romanian-sange-blood-much"),
    # Bulgarian "кръв", "не спира"
    pytest.param(
        "kruv ikljol andar lako shero thaj ne spira", "rom", id="rom-bulgarian-kruv-ne-spira"
    ),
    # cannot breathe, Bulgarian with a caron
    pytest.param("mi bibi ne mozhe da diša", "rom", id="rom-cannot-breathe-bulgarian-with-a"),
    # Bulgarian "биеше": beat me
    pytest.param("o dad bieshe man thaj e chaven", "rom", id="rom-bulgarian-beat-me"),
    # Romanian "înghiți", Romani past
    pytest.param(
        "e chaji inghitisardas e dajake drabura", "rom", id="rom-romanian-inghiti-romani-past"
    ),
    # Dari: our house caught fire
    pytest.param("atash gerefta khanai ma", "fa", id="fa-dari-our-house-caught-fire"),
    # Black Sea: fell, cannot get up
    pytest.param("dedem dusti kalkamayi", "tr", id="tr-black-sea-fell-cannot-get"),
    # Black Sea: the house is burning
    pytest.param("komsunun evi yanayi", "tr", id="tr-black-sea-the-house-is"),
    # Black Sea: beats her
    pytest.param("babasi onu dovey her gun", "tr", id="tr-black-sea-beats-her"),
    # surzhyk: not breathing
    pytest.param("малий не дишить, рятуйте", "uk", id="uk-surzhyk-not-breathing"),
    # blood coming from the head or nose, breath not taken, a hand clutched to the chest
    # (u-danger21)
    # Romanian "sânge": blood comes from the nose
    pytest.param("sange avel lesko andar o nakh", "rom", id="rom-romanian-sange-blood-comes-from"),
    # Bulgarian "кръв", turned round
    pytest.param("avel lake kruv andar o shero", "rom", id="rom-bulgarian-turned-round"),
    # Balkan: does not take breath
    pytest.param("mi bibi na lel duh", "rom", id="rom-balkan-does-not-take-breath"),
    # Bulgarian "бие": beats the children
    pytest.param("mo papo bie e chaven", "rom", id="rom-bulgarian-beats-the-children"),
    # beats me now, help
    pytest.param("bie man akana, pomosht", "rom", id="rom-beats-me-now-help"),
    # the same typed "bye": still Romani with the cry for help
    pytest.param("bye man, pomozhi", "rom", id="rom-the-same-typed-bye-still"),
    # Bulgarian "bate" (big brother) after a thanks, then Romanian "bate" (beats) the children
    pytest.param("mersi bate, mi bate copiii acum", "bg", id="bg-brother-then-beats-children"),
    pytest.param("mersi, bate copiii", "ro", id="ro-thanks-then-beats-the-children"),
    # Bulgarian "хвана", "гърди": clutched his chest
    pytest.param("o dad hvana pe o gardi", "rom", id="rom-bulgarian-clutched-his-chest"),
    # Dari: heart pain into the left arm
    pytest.param("dilesh dard mekona ta dast chapesh", "fa", id="fa-dari-heart-pain-into-the"),
    # left arm numb, heart aching
    pytest.param("دست چپم بی حس شده و دلم درد میکنه", "fa", id="fa-left-arm-numb-heart-aching"),
    # clutched his heart
    pytest.param("дедушка схватился за сердце", "ru", id="ru-clutched-his-heart"),
    # the same typed in Latin letters
    pytest.param("mama skhvatilas za grud", "ru", id="ru-the-same-typed-in-latin"),
    pytest.param("батько схопився за груди", "uk", id="uk-clutched-his-chest"),
    # Latin-typed Bulgarian
    pytest.param("baba se hvana za sartseto", "bg", id="bg-latin-typed-bulgarian"),
    # Levantine Arabizi: grabbed his chest
    pytest.param(
        "jeddo mesek sadro w 3am y3ra2", "ar", id="ar-levantine-arabizi-grabbed-his-chest"
    ),
    # bleeding, not stopping
    pytest.param("el dam nazel men ebni w mosh bywa2af", "ar", id="ar-bleeding-not-stopping"),
    # clutched his heart
    pytest.param("bunicu s-a prins de inima", "ro", id="ro-clutched-his-heart"),
    pytest.param("grandpa is clutching his chest", "en", id="en-clutching-his-chest"),
    # Arabizi seizures, a razor at the door, a door kept shut, passports taken, burns, SOS
    # (u-danger22)
    # shaking and does not feel: a seizure
    pytest.param("bint 3ammi 3am tertjef w ma t7es", "ar", id="ar-shaking-and-does-not-feel"),
    # a man at the door with a razor
    pytest.param("fi zalame 3and el bab ma3o moos", "ar", id="ar-a-man-at-the-door"),
    # they have kept the door shut on me
    pytest.param("جوزي مسكرين عليي من امبارح", "ar", id="ar-they-have-kept-the-door"),
    # Dari: the neighbour's child is missing
    pytest.param("طفل همسایه گم شده", "fa", id="fa-dari-the-neighbour-s-child"),
    # the throat swelling
    pytest.param("galush bad karde nemitune harf bezane", "fa", id="fa-the-throat-swelling"),
    # Dari: someone with a knife at the door
    pytest.param("یه نفر با کارد اومده دم در", "fa", id="fa-dari-someone-with-a-knife"),
    # my daughter got lost in town
    pytest.param("nasadili mi chej ando foro", "rom", id="rom-my-daughter-got-lost-in"),
    # the boss took our passports
    pytest.param("lija amare pasosura o shefo", "rom", id="rom-the-boss-took-our-passports"),
    # the boss does not let me go home
    pytest.param("chi mukel man te zhav khere o shefo", "rom", id="rom-the-boss-does-not-let"),
    # the girl burned, hot water
    pytest.param("phabardili e chhaj tato pai", "rom", id="rom-the-girl-burned-hot-water"),
    # pregnant, the waters broke
    pytest.param("khamni sem thaj phagilo o paj", "rom", id="rom-pregnant-the-waters-broke"),
    # the boss took our papers
    pytest.param(
        "seful ne-a luat documentele si nu ne da drumul", "ro", id="ro-the-boss-took-our-papers"
    ),
    # a child missing, age typed short
    pytest.param("my 2yo went missing at the playground", "en", id="en-a-child-missing-age-typed"),
    # convulsing, the eyes rolled up
    pytest.param("ukhti 3am tetshannaj w 3yunha fog", "ar", id="ar-convulsing-the-eyes-rolled-up"),
    # I will kill myself
    pytest.param("wallah bnte7er, ma 3ad fiyye", "ar", id="ar-i-will-kill-myself"),
    # the foreman took our identity cards
    pytest.param("brigadirat vze lichnite ni karti", "bg", id="bg-the-foreman-took-our-identity"),
    # my boy has not come home
    pytest.param("mo chavo chi avilo khere", "rom", id="rom-my-boy-has-not-come"),
    # Gulf: the baby's lips blue
    pytest.param("el bebe shafayfo zargin", "ar", id="ar-gulf-the-baby-s-lips"),
    # Darija: throw herself from the balcony
    pytest.param("khti bghat tlo7 rasha mn el balcon", "ar", id="ar-darija-throw-herself-from-the"),
    # nobody knows where my son is
    pytest.param("ma 7ada bya3ref wein ibni", "ar", id="ar-nobody-knows-where-my-son"),
    # I'll throw myself from the balcony
    pytest.param("az balkon khodamo partab mikonam", "fa", id="fa-i-ll-throw-myself-from"),
    # fell from the window
    pytest.param("oğlum camdan düştü", "tr", id="tr-fell-from-the-window"),
    # the girl fell from the window
    pytest.param("e chhaj pelja andar o prozori", "rom", id="rom-the-girl-fell-from-the"),
    # keeping me locked in (the participle)
    pytest.param("مرتي حابسيني بالبيت", "ar", id="ar-keeping-me-locked-in-the"),
    # the baby is turning blue
    pytest.param("el bebe 3am yezra2", "ar", id="ar-the-baby-is-turning-blue"),
    # lies there and does not speak
    pytest.param("o papo pashljol thaj chi vakerel", "rom", id="rom-lies-there-and-does-not"),
    # SOS, typed or as the emoji (the lead, from a trial: no numbers were shown)
    pytest.param("SOS", "de", id="de-sos-typed"),
    pytest.param("🆘", "en", id="en-sos-emoji"),
    pytest.param("sos pomogite", "ru", id="ru-sos-latin-cry"),
    pytest.param("🆘🆘🆘", "ar", id="ar-sos-emoji-thrice"),
    pytest.param("SOS!!! yardim", "tr", id="tr-sos-cry"),
    pytest.param("сос", "uk", id="uk-sos-in-cyrillic"),
    pytest.param("sos komak", "fa", id="fa-sos-cry"),
    pytest.param("SOS, zhutin man", "rom", id="rom-sos-cry"),
    pytest.param("SOS помощ", "bg", id="bg-sos-cry"),
    pytest.param("sos!!", "ro", id="ro-sos-typed"),
    # round 20 (u-danger23): a young child not found, named right after "can't find"
    pytest.param("cant find my 4yo anywhere, been an hour", "en", id="en-cant-find-4yo"),
    pytest.param("we cant find our toddler, searched everywhere", "en", id="en-cant-find-toddler"),
    pytest.param("ich finde meinen 4jährigen nirgends", "de", id="de-cant-find-4-year-old"),
    pytest.param("nu gasesc baietelul de 3 ani nicaieri", "ro", id="ro-cant-find-little-boy"),
    pytest.param("ne mogu nigde nayti syna emu 4 goda", "ru", id="ru-latin-cant-find-son"),
    pytest.param("mish la2ya ebni 3omro 3 snin", "ar", id="arabizi-cant-find-son"),
    pytest.param(
        "4 yasindaki oglumu hic bir yerde bulamiyorum", "tr", id="tr-cant-find-4-year-old"
    ),
    pytest.param("nashti arakhav mle chavores, si les 4 bersh", "rom", id="rom-cant-find-boy"),
    # someone else's pills, then sleepy or not waking
    pytest.param(
        "my son swallowed my sleeping pills by mistake and is really drowsy",
        "en",
        id="en-others-pills-drowsy",
    ),
    pytest.param(
        "ibni 2akal 7abbet dawa ghalat w 3am yen3as", "ar", id="arabizi-others-pills-sleepy"
    ),
    pytest.param(
        "yanlislikla babaannesinin ilacini icti cok uykulu", "tr", id="tr-others-pills-sleepy"
    ),
    pytest.param(
        "ghors eshtebahi khorde kheyli khab alood shode", "fa", id="finglish-others-pills-sleepy"
    ),
    # Romani with the neighbours' words, and the dialects
    # Serbian: beats me every evening
    pytest.param("o rom man tuče svako vece", "rom", id="rom-serbian-beats-me-every-evening"),
    # Hungarian: beat me
    pytest.param("o rom megvert engem", "rom", id="rom-hungarian-beat-me"),
    # Hungarian: fainted, lies on the floor
    pytest.param("e bibi elájult a földön fekszik", "rom", id="rom-hungarian-fainted-lies-on-the"),
    # German
    pytest.param("mo chavo ist umgefallen und reagiert nicht", "rom", id="rom-german"),
    pytest.param("o chavo si but tato, 40 grade thaj izdral", "rom", id="rom-fever-40-fainted"),
    # Kalderash: the girl fell and shakes
    pytest.param("muri shey peli thaj trese sa", "rom", id="rom-kalderash-the-girl-fell-and"),
    # someone else beaten, Arabizi bleeding, a Bulgarian knifing, a stroke, unconscious
    pytest.param("побили мого брата біля школи", "uk", id="uk-someone-else-beaten"),
    pytest.param("okhti bteenzef ktir", "ar", id="arabizi-bleeding"),
    pytest.param("brat mi go nojiha pred magazina", "bg", id="bg-latin-knifing"),
    pytest.param(
        "mein vater kann nicht sprechen und ein arm ist lahm seit 10 min",
        "de",
        id="de-stroke-signs",
    ),
    pytest.param("pedaram oftade hoshyar nist", "fa", id="finglish-unconscious"),
    # a baby or a child of five or younger alone at home; Romani "del man" (he gives me: he
    # hits me) right beside a person who may hurt; a Turkish toilet cleaner drunk (u-follow19)
    pytest.param(
        "our 2 year old is home alone, i am stuck on the train",
        "en",
        id="en-small-child-home-alone",
    ),
    pytest.param(
        "meine dreijährige ist allein zu hause und ich komme nicht hin",
        "de",
        id="de-small-child-home-alone",
    ),
    pytest.param("fetita de 3 ani e singura acasa", "ro", id="ro-small-child-home-alone"),
    pytest.param("бебето е само вкъщи, а аз съм в болницата", "bg", id="bg-baby-home-alone"),
    pytest.param("малыш один дома, а я в больнице", "ru", id="ru-small-child-home-alone"),
    pytest.param("син 4 роки сам вдома, я не можу доїхати", "uk", id="uk-small-child-home-alone"),
    pytest.param("bebeğim evde yalnız kaldı", "tr", id="tr-baby-home-alone"),
    pytest.param("ابني عمره 3 سنين لحاله بالبيت", "ar", id="ar-small-child-home-alone"),
    pytest.param("پسرم ۳ سالشه تنها خونه مونده", "fa", id="fa-small-child-home-alone"),
    pytest.param("e tikni korkori khere, me sem pe buti", "rom", id="rom-small-child-home-alone"),
    pytest.param("o dad del man kana avel matto", "rom", id="rom-del-man-gives-me-hits"),
    pytest.param("kizim yuzey temizleyicisi icti", "tr", id="tr-surface-cleaner-drunk"),
    # Romani with Hungarian and Serbian verbs and more past forms, a little one that does not
    # move; a small child that took tablets; danger beside a kitchen, a laundry, a film or a
    # match still rings (u-danger24)
    pytest.param("segitség! verel man o rom", "rom", id="rom-hungarian-ver-beats-me"),
    pytest.param(
        "tepaja mo phral ando park, krv ikljol",
        "rom",
        id="rom-serbian-beat-blood-coming-out",
    ),
    pytest.param("mardjas man o rom ratjasa", "rom", id="rom-past-mardjas"),
    pytest.param("o tikno na mishkinel", "rom", id="rom-little-one-does-not-move"),
    pytest.param("o tikno pilas tabletki", "rom", id="rom-small-child-drank-tablets"),
    pytest.param("my toddler ate my pills, what do i do", "en", id="en-toddler-ate-pills"),
    pytest.param("малыш съел таблетки бабушки", "ru", id="ru-toddler-ate-grandmas-pills"),
    pytest.param(
        "er hat das kuechenmesser genommen und mich gestochen",
        "de",
        id="de-kitchen-knife-used-on-me",
    ),
    pytest.param(
        "my toddler drank bleach while i was doing the laundry",
        "en",
        id="en-bleach-drunk-at-laundry",
    ),
    pytest.param("copilul a baut clor de la rufe, ajutor", "ro", id="ro-chlorine-drunk-laundry"),
    pytest.param(
        "my toddler got into the bleach while i was cleaning",
        "en",
        id="en-child-named-beside-cleaning",
    ),
    pytest.param("мъжът ми ме заплашва с кухненския нож", "bg", id="bg-husband-kitchen-knife"),
    pytest.param(
        "муж бьёт меня после каждого футбольного матча",
        "ru",
        id="ru-beaten-after-football",
    ),
    pytest.param(
        "i got stabbed after the movie outside the cinema",
        "en",
        id="en-stabbed-after-the-movie",
    ),
    # a cleaning liquid named by what it is for, not by a product (u-danger25)
    # the girl drank the water for cleaning the bathroom
    pytest.param("e chhaj pilas paji vash te žužarel o bajo", "rom", id="rom-water-for-cleaning"),
    pytest.param("meine tochter hat vom wischwasser getrunken", "de", id="de-mopping-water-drunk"),
    pytest.param("my son drank the water i was mopping with", "en", id="en-water-for-mopping"),
    pytest.param("бебето пи от водата за чистене", "bg", id="bg-water-for-cleaning"),
    # the baby drank from the dishwashing water
    pytest.param("bebek bulaşık suyundan içmiş", "tr", id="tr-dishwashing-water-drunk"),
    # my daughter drank the cleaning water
    pytest.param("بنتي شربت مي التنظيف", "ar", id="ar-water-for-cleaning"),
    # Egyptian participle: my son has drunk petrol
    pytest.param("ابني شارب بنزين", "ar", id="ar-participle-has-drunk"),
    # a child drank or ate medicine, someone else's medicine, medicine eaten in a quantity
    pytest.param("donka vypyla liky z polytsi", "uk", id="uk-latin-child-drank-medicine"),
    pytest.param("дочка съела таблетки", "ru", id="ru-child-ate-tablets"),
    pytest.param("детето изпи лекарството на дядо", "bg", id="bg-child-drank-grandads-medicine"),
    pytest.param("вона наїлася ліків", "uk", id="uk-ate-a-quantity-of-medicine"),
    pytest.param("die kleine hat omas medizin gegessen", "de", id="de-learner-medizin-eaten"),
    # Levantine "I want to kill myself", the I typed as hamza
    pytest.param("badde 2ente7ir", "ar", id="ar-arabizi-hamza-suicide"),
    # mushrooms eaten, I am vomiting
    pytest.param("ciupercile de ieri, acum vomit", "ro", id="ro-mushrooms-i-vomit"),
    # face swollen (Finglish)
    pytest.param("soorat dokhtaram varam karde", "fa", id="fa-latin-face-swollen"),
    # they were beating my boy (Romanian imperfect, the person after "pe")
    pytest.param("niste tipi il loveau pe fiul meu", "ro", id="ro-imperfect-beating-my-son"),
    # father fell, does not get up (spoken negation typed "-mayi")
    pytest.param("dedem dustu gozunu acmayi", "tr", id="tr-spoken-negation-mayi"),
    # the waters broke (Persian), a fever with shivering (Finglish), the car overturned
    pytest.param("کیسه آب خواهرم پاره شده", "fa", id="fa-the-waters-broke"),
    pytest.param("dokhtaram tab dare, larz karde", "fa", id="fa-latin-fever-and-shivering"),
    pytest.param("ماشینمون چپ کرد تو جاده", "fa", id="fa-the-car-overturned"),
    # Dari "tel-e khak" (kerosene) swallowed
    pytest.param("bachem tel khak khorde", "fa", id="fa-dari-kerosene"),
    pytest.param(
        "mein sohn hat medizin vom schrank getrunken", "de", id="de-medicine-from-the-cabinet"
    ),
    # the father has cramps, foam from the mouth (Romani)
    pytest.param("o dad lel krampi, peni andar o muj", "rom", id="rom-cramps-and-foam"),
]

# (text, language): only sounds like danger, no emergency screen
NOT_THE_SCREEN = [
    # u-danger29 (round 27): everyday 'urgent', a phone that fell, a parent at home with the baby,
    # a score said in words, a crying son beside a lost thing
    # "urgent" in everyday English: a call back, an appointment
    pytest.param("not urgent, but please call me back tomorrow", "en", id="en-not-urgent"),
    pytest.param("i need an urgent appointment for my papers", "en", id="en-urgent-appointment"),
    # a phone fell down and no longer works
    pytest.param("handy runtergefallen, display geht nicht mehr", "de", id="de-phone-fell"),
    pytest.param("mei handy is obigfalln, jetzt geht nix mehr", "de", id="de-bavarian-phone-fell"),
    # a parent at home with the baby, said with "and"
    pytest.param("my baby and i are home alone tonight", "en", id="en-baby-and-i-home-alone"),
    pytest.param("бебето и аз сме сами вкъщи днес", "bg", id="bg-baby-and-i-alone"),
    pytest.param("am o fetita de 2 ani si stau singura acasa cu ea", "ro", id="ro-and-i-stay"),
    # a team beaten, the score said in words
    pytest.param("am sonntag haben wir die 4 zu 1 geschlagen", "de", id="de-score-zu"),
    pytest.param("we beat them 3 to 0 yesterday, what a game", "en", id="en-score-to"),
    # "and" before a crying son is no "can't find my son"
    pytest.param("i cant find it and my son is crying", "en", id="en-find-it-and-son"),
    # u-danger28 (round 26): a child's lost thing with its owner named, food praised by killing,
    # a team that beat another, a heart beating for someone, a dead phone, a toy gun, an axe, gaz
    # a child's lost paper or thing: its owner is named, nobody is missing
    pytest.param("загубила свідоцтво доньки в автобусі", "uk", id="uk-lost-daughters-certificate"),
    pytest.param("вчора загубила паспорт сина, де зробити новий", "uk", id="uk-lost-sons-passport"),
    pytest.param(
        "der rucksack von meiner tochter ist weg", "de", id="de-backpack-of-daughter-gone"
    ),
    # food praised by killing or slaying
    pytest.param("bu döner beni öldürdü ya çok güzel", "tr", id="tr-doner-killed-me"),
    pytest.param("sarmalele mamei te omoara de bune", "ro", id="ro-sarmale-kill-you"),
    pytest.param(
        "o gulash ando restoranto mudardja man, shukar", "rom", id="rom-goulash-killed-me"
    ),
    pytest.param("هالشاورما بتقتل من طيبتها", "ar", id="ar-shawarma-kills-so-good"),
    # a team beat another, a player "shot" goals
    pytest.param("did england beat australia in the cricket", "en", id="en-cricket-beat"),
    pytest.param("aseara a batut universitatea, ai vazut?", "ro", id="ro-team-beat"),
    # a heart beats for someone
    pytest.param("inima mea bate numai pentru tine", "ro", id="ro-heart-beats-for-you"),
    pytest.param("сърцето ми бие само за тебе", "bg", id="bg-heart-beats-for-you"),
    # an older child's age in words, or a small child's with no danger
    pytest.param(
        "дочке двенадцать лет, она одна дома после школы", "ru", id="ru-twelve-home-alone"
    ),
    pytest.param("сыну пять лет, можно ему на курс рисования", "ru", id="ru-five-years-a-course"),
    # a dead phone, a toy gun, an axe for the garden, nougat
    pytest.param(
        "mein akku ist tot, kann man den bei euch machen lassen", "de", id="de-dead-battery"
    ),
    pytest.param("купих воден пистолет на внука", "bg", id="bg-water-pistol"),
    pytest.param("caut un topor pentru gradina, unde gasesc", "ro", id="ro-axe-for-the-garden"),
    pytest.param("gaz esfahan az koja bekharam", "fa", id="fa-gaz-nougat"),
    # u-danger26: look-alikes of the forms above
    pytest.param("mein kind will weg von der schule", "de", id="de-child-wants-to-leave-school"),
    pytest.param("mein sohn verloren sein schlüssel", "de", id="de-learner-son-lost-his-key"),
    pytest.param(
        "meine tochter nicht mehr da in kurs, sie arbeitet", "de", id="de-daughter-left-the-course"
    ),
    # can I come with the child, there is nobody to mind him (Bulgarian "няма ... го")
    pytest.param("може ли с детето, няма кой да го гледа", "bg", id="bg-nobody-to-mind-the-child"),
    # much, night and day, I teach the children (Romani "rat" is also night)
    pytest.param("but rat thaj dive sikavav e chavorenge", "rom", id="rom-night-and-day"),
    # I bought grandpa's medicine at the pharmacy
    pytest.param("kinem e papeske drabura ki apoteka", "rom", id="rom-bought-grandpas-medicine"),
    # God give you health for the work (Maghrebi thanks)
    pytest.param("allah y3tik l3afia 3la lkhedma", "ar", id="ar-maghrebi-thanks-l3afia"),
    # I have no daughter, two sons
    pytest.param("kızım yok, iki oğlum var", "tr", id="tr-i-have-no-daughter"),
    # my son is not here, he is at school
    pytest.param("پسرم اینجا نیست، مدرسه است", "fa", id="fa-son-not-here-at-school"),
    # a fall told of someone who is in hospital already
    pytest.param(
        "my grandma fell last week and is lying in hospital now, can someone visit her",
        "en",
        id="en-fall-already-in-hospital",
    ),
    pytest.param(
        "mein Vater ist hingefallen und liegt im Krankenhaus, wann habt ihr wieder offen?",
        "de",
        id="de-fall-already-in-hospital",
    ),
    pytest.param(
        "бабуся впала минулого тижня і зараз лежить у лікарні, хто може перекласти",
        "uk",
        id="uk-fall-already-in-hospital",
    ),
    pytest.param(
        "annem düştü, şu an hastanede yatıyor, randevumu iptal etmek istiyorum",
        "tr",
        id="tr-fall-already-in-hospital",
    ),
    pytest.param(
        "мама упала и лежит в больнице, можно перенести запись?",
        "ru",
        id="ru-fall-already-in-hospital",
    ),
    # giving blood, a blood test
    pytest.param("where can i donate blood", "en", id="en-giving-blood"),
    pytest.param("wo kann ich blut spenden", "de", id="de-giving-blood"),
    pytest.param("где можно сдать кровь", "ru", id="ru-giving-blood"),
    pytest.param("کجا میتونم خون اهدا کنم", "fa", id="fa-giving-blood"),
    pytest.param("am fost la analize de sange, totul e bine", "ro", id="ro-blood-test-all-well"),
    # a film, a music video
    pytest.param("the movie was crazy, everyone got shot at the end", "en", id="en-shot-in-a-film"),
    pytest.param("filmde sonunda herkesi vurdular", "tr", id="tr-shot-in-a-film"),
    pytest.param(
        "my nephew is shooting his first music video this weekend, any nice spots",
        "en",
        id="en-shooting-a-music-video",
    ),
    # a first-aid course, whatever it teaches; a cooking course (Turkish "kursunda")
    pytest.param(
        "gibt es einen erste-hilfe-kurs, ich will lernen was man bei krampfanfall macht",
        "de",
        id="de-first-aid-course",
    ),
    pytest.param("yemek kursunda bicak getirmek lazim mi", "tr", id="tr-knife-at-cooking-course"),
    # medicine taken
    pytest.param(
        "am mancat si am luat pastilele de tensiune, unde e cursul", "ro", id="ro-medicine-taken"
    ),
    # fear of an exam, a quarrel about something, a craving
    pytest.param("mi e frica de examenul de germana", "ro", id="ro-fear-of-an-exam"),
    pytest.param("ich hab angst vor der pruefung morgen", "de", id="de-fear-of-an-exam"),
    pytest.param(
        "we had a fight with my sister about money, can someone mediate",
        "en",
        id="en-quarrel-about-money",
    ),
    pytest.param("kız kardeşimle para yüzünden kavga ettik", "tr", id="tr-quarrel-about-money"),
    pytest.param("i could kill for a coffee right now", "en", id="en-kill-for-a-coffee"),
    # a song or food praised: it "killed me", it "is fire"
    pytest.param("akaja gili mudardja man, but šukar", "rom", id="rom-song-killed-me-praise"),
    pytest.param("e nevi gili sas jag", "rom", id="rom-song-is-fire-praise"),
    pytest.param("این غذا آتیش بود", "fa", id="fa-food-is-fire-praise"),
    # two tiny Latin words, words read by their consonants, a game won, a fire drill,
    # kickboxing, meat cut with a knife, "bye bye", an accident or a fire years ago (u-danger20)
    # "bi ya" is no "би я" (beat her)
    pytest.param("abi bi yardim ya, formu anlamadim", "tr", id="tr-bi-ya-is-no-beat"),
    # "bantalon" (trousers), "sale7"
    pytest.param("badde sale7 el bantalon 3and khayyat", "ar", id="ar-bantalon-trousers-sale7"),
    # won at backgammon
    pytest.param("vecina a batut-o pe soacra la table aseara", "ro", id="ro-won-at-backgammon"),
    # a fire drill
    pytest.param("morgen ist probealarm wegen feuer in der schule", "de", id="de-a-fire-drill"),
    # "kick*" is no "kickboxing"
    pytest.param("is there kickboxing for teens", "en", id="en-kick-is-no-kickboxing"),
    # cooking
    pytest.param("how do you chop meat with a big knife", "en", id="en-cooking"),
    # cooking, Latin-typed
    pytest.param("kak narezat myaso nozhom", "ru", id="ru-cooking-latin-typed"),
    # "day bye" is no Romani "daj bie" (mum beats)
    pytest.param("ok have a nice day, bye bye", "en", id="en-day-bye-is-no-romani"),
    # long ago
    pytest.param(
        "vor drei jahren hatte ich einen unfall, jetzt bin ich gesund", "de", id="de-long-ago"
    ),
    # a fire two years ago
    pytest.param("anglal duj bersh sas foc ando amaro kher", "rom", id="rom-a-fire-two-years-ago"),
    # a Dari heart that misses home, a Romani heart that aches for the village, a left arm
    # broken last year, a blood test (u-danger21)
    # Dari: I miss my family
    pytest.param("dilom baraye khanawada tang shoda", "fa", id="fa-dari-i-miss-my-family"),
    # a left arm broken last year
    pytest.param(
        "dast chapom par sal shekast, hala khub shoda", "fa", id="fa-a-left-arm-broken-last"
    ),
    # the heart aches for the village
    pytest.param("o ilo dukhal man pala amaro gav", "rom", id="rom-the-heart-aches-for-the"),
    # a blood test
    pytest.param("kaj si analiza e kruvaki", "rom", id="rom-a-blood-test"),
    # "avel andar": comes from a city
    pytest.param("mo phral avel andar o Sofia", "rom", id="rom-avel-andar-comes-from-a"),
    # a blood test
    pytest.param("gde mozhno sdat krov na analiz", "ru", id="ru-a-blood-test"),
    # a blood test
    pytest.param("wein a3mel ta7lil dam", "ar", id="ar-a-blood-test"),
    # English "bye" is no Romani "bie" (beats)
    pytest.param("ok thanks, bye man", "en", id="en-english-bye-is-no-romani"),
    # Bulgarian "бате" (big brother) as an address, no Romanian or Romani "bate" (beats), beside
    # Romani "kak" (uncle; Bulgarian "how") or Romanian "mi" (session 25)
    pytest.param("zdrasti bate, kak e", "bg", id="bg-hi-brother-how-is-it"),
    pytest.param("blagodarya bate, mnogo mi pomogna", "bg", id="bg-thanks-brother-you-helped-me"),
]

# (text, language): only sounds like danger, no emergency screen and no numbers either
NO_NUMBERS = [
    # u-danger27: the speaker leaving beside a sick child, a parent at home WITH a baby, skin
    # ("Haut"), Romani "me ... bi" (I ... without), Arabizi "asala7" (I mend), a son's passport
    # lost, "machen" (to do) one letter from "Mädchen"
    pytest.param(
        "meine tochter ist krank, ich muss heute früher weg", "de", id="de-sick-child-i-must-leave"
    ),
    pytest.param(
        "wir sind mit unserem baby oft allein zuhause, gibt es eine krabbelgruppe",
        "de",
        id="de-with-our-baby-alone-at-home",
    ),
    pytest.param(
        "i'm with my toddler alone at home every day, where can we meet people",
        "en",
        id="en-with-my-toddler-alone-at-home",
    ),
    # I am with the little girl alone at home, where can I meet other mothers
    pytest.param(
        "sunt cu fetita singura acasa, unde pot cunoaste alte mame",
        "ro",
        id="ro-with-the-little-girl-alone-at-home",
    ),
    pytest.param(
        "meine haut juckt so, kannst du mir einen hautarzt sagen", "de", id="de-itching-skin"
    ),
    # can I come without an appointment, when is the office open
    pytest.param("me shaj avav bi termin, kana si o biro phutardo", "rom", id="rom-me-bi-termin"),
    # I want to mend my jacket myself
    pytest.param("ana baddi asala7 el jakete taba3i", "ar", id="ar-arabizi-i-mend"),
    # I lost my son's passport on the bus, where do I go
    pytest.param(
        "потерял паспорт сына в автобусе, куда обращаться", "ru", id="ru-the-sons-passport-lost"
    ),
    pytest.param("was soll ich machen, mein ausweis ist weg", "de", id="de-machen-is-no-maedchen"),
    pytest.param(
        "meine tochter ist grad weg zum einkaufen, wann habt ihr heute offen",
        "de",
        id="de-daughter-gone-shopping",
    ),
    # "so so", a song or a sauce named beside "sos" (Romanian and Turkish "sos" is a sauce), a
    # child named beside "can't find" who is not lost, one's own pills (u-danger22)
    # nothing of a child
    pytest.param("i cant find my appointment letter", "en", id="en-nothing-of-a-child"),
    pytest.param(
        "my son starts the german course, i cant find my way to the building",
        "en",
        id="en-cant-find-the-way-son-named",
    ),
    pytest.param("cant find my way to you, where are you", "en", id="en-cant-find-the-way"),
    # the man who teaches German
    pytest.param(
        "el zalame elli bi3allem el almani mnih?", "ar", id="ar-the-man-who-teaches-german"
    ),
    # are you closed today?
    pytest.param("مسكرين اليوم؟", "ar", id="ar-are-you-closed-today"),
    # my child goes to school
    pytest.param(
        "teflam madrese mire, kelas baraye man darid?", "fa", id="fa-my-child-goes-to-school"
    ),
    # the food got burnt
    pytest.param("phabardilo o xabe, kaj shaj khav", "rom", id="rom-the-food-got-burnt"),
    # lost my identity card
    pytest.param("mi-am pierdut buletinul, unde fac altul", "ro", id="ro-lost-my-identity-card"),
    pytest.param("my 4yo loves drawing, anything for kids?", "en", id="en-4yo-loves-drawing"),
    # the food is "fire": praise
    pytest.param("el akl 3andkom nar", "ar", id="ar-the-food-is-fire-praise"),
    # the rent is killing me
    pytest.param("in ejare mikoshe mano", "fa", id="fa-the-rent-is-killing-me"),
    # nobody knows where the office is
    pytest.param("ma 7ada bya3ref wein el maktab?", "ar", id="ar-nobody-knows-where-the-office"),
    # the phone fell from the window
    pytest.param("telefonum camdan düştü", "tr", id="tr-the-phone-fell-from-the"),
    # the course is "fire": praise
    pytest.param("o kurso si jag", "rom", id="rom-the-course-is-fire-praise"),
    pytest.param(
        "a place where my baby can play and i meet other parents",
        "en",
        id="en-baby-plays-parents-meet",
    ),
    # not good, not bad: no SOS
    pytest.param("so so", "en", id="en-not-good-not-bad-no"),
    # a sauce
    pytest.param("mai aveti sos de rosii la mic dejun", "ro", id="ro-a-sauce"),
    pytest.param("makarna icin domates sos", "tr", id="tr-tomato-sauce"),
    # a song
    pytest.param("is that sos song by abba", "en", id="en-a-song"),
    # round 20 (u-danger23)
    # the child looks
    pytest.param(
        "my 4yo cant find his shoes, where can i buy kids shoes", "en", id="en-the-child-looks"
    ),
    # the son's passport
    pytest.param(
        "i lost my son's passport, where do i get a new one", "en", id="en-the-son-s-passport"
    ),
    pytest.param(
        "i lost my daughters school bag, who do i ask", "en", id="en-lost-daughters-school-bag"
    ),
    pytest.param("we cant find a kindergarten for our son", "en", id="en-cant-find-a-kindergarten"),
    # "finden": to think
    pytest.param("ich finde meinen sohn nicht so gut in mathe", "de", id="de-finden-to-think"),
    pytest.param("mein sohn findet seine schuhe nicht", "de", id="de-son-cant-find-his-shoes"),
    pytest.param(
        "the sleeping pills make me drowsy in the morning, can i come later",
        "en",
        id="en-own-sleeping-pills-drowsy",
    ),
    pytest.param(
        "meine schlaftabletten machen mich morgens so benommen, kann ich später kommen",
        "de",
        id="de-own-sleeping-pills-drowsy",
    ),
    pytest.param(
        "the boxer knocked him out cold in round 3, what a fight", "en", id="en-boxer-knockout"
    ),
    pytest.param(
        "the ufc fight last night, he punched him out cold in the second round",
        "en",
        id="en-ufc-knockout",
    ),
    # not a mother at home alone with her baby nor a schoolchild home after school; "del man
    # vast" (lends me a hand) (u-follow19)
    # the mother alone with her baby
    pytest.param("с бебето съм сама вкъщи по цял ден", "bg", id="bg-mother-alone-with-baby"),
    pytest.param(
        "cu bebelusul meu de 4 luni stau mereu singura acasa, e ceva pentru mame?",
        "ro",
        id="ro-mother-alone-with-baby",
    ),
    pytest.param(
        "ich bin mit meinem baby den ganzen tag allein zu hause",
        "de",
        id="de-mother-alone-with-baby",
    ),
    pytest.param(
        "my daughter is 9 and home alone after school, any club?",
        "en",
        id="en-schoolchild-home-after-school",
    ),
    pytest.param(
        "i have been home alone for 3 years since my husband left",
        "en",
        id="en-adult-home-alone-for-years",
    ),
    # my mother lends me a hand at home
    pytest.param("mi daj del man vast ando kher", "rom", id="rom-my-mother-lends-me-a"),
    # a story in a film, a series or a game; a team beaten with the score; a knife for
    # cooking; a cleaning product used; the weather that beats or kills; one's own pills
    # (u-danger24)
    pytest.param(
        "gestern nen horrorfilm geguckt, der moerder bringt alle um",
        "de",
        id="de-murderer-in-a-film",
    ),
    pytest.param(
        "watched a horror movie, the killer clown stabs everyone lol",
        "en",
        id="en-killer-clown-in-a-movie",
    ),
    pytest.param(
        "in serial criminalul ii omoara pe toti la final",
        "ro",
        id="ro-murderer-in-a-series",
    ),
    pytest.param(
        "dizide seri katil herkesi bıçakla öldürüyor",
        "tr",
        id="tr-serial-killer-in-a-series",
    ),
    pytest.param("شفت فيلم رعب فيه قاتل بيقتل الكل", "ar", id="ar-killer-in-a-horror-film"),
    pytest.param("oyunda dusmanlari nasil oldururum", "tr", id="tr-killing-enemies-in-a-game"),
    pytest.param("تو بازی چطوری اژدها رو بکشم", "fa", id="fa-killing-a-dragon-in-a-game"),
    pytest.param("как убить босса в этой игре", "ru", id="ru-killing-a-boss-in-a-game"),
    pytest.param("they killed us 5-2 last night", "en", id="en-killed-us-with-a-score"),
    pytest.param("вчора нас побили 2:0", "uk", id="uk-beaten-with-a-score"),
    pytest.param("dün maçta bizi 3-1 dövdüler", "tr", id="tr-beaten-with-a-score"),
    pytest.param("tai ceapa cu cutitul nou", "ro", id="ro-knife-for-onions"),
    pytest.param("режа месо с големия нож", "bg", id="bg-knife-for-meat"),
    pytest.param(
        "put some bleach in the washing for the whites",
        "en",
        id="en-bleach-in-the-washing",
    ),
    pytest.param("hab putzmittel gekauft fuer die kueche", "de", id="de-cleaning-product-bought"),
    pytest.param(
        "am luat clor pentru rufe albe de la lidl",
        "ro",
        id="ro-chlorine-for-white-laundry",
    ),
    pytest.param("мою пол хлоркой каждую неделю", "ru", id="ru-floor-washed-with-chlorine"),
    pytest.param("با وایتکس دستشویی رو شستم", "fa", id="fa-toilet-cleaned-with-bleach"),
    pytest.param("ma bate vantul rau azi pe bicicleta", "ro", id="ro-the-wind-beats-me"),
    pytest.param(
        "the rain was beating on the window the whole night",
        "en",
        id="en-the-rain-beating",
    ),
    pytest.param("вятърът бие силно днес", "bg", id="bg-the-wind-beats"),
    pytest.param("der wind haut ganz schön rein heute", "de", id="de-the-wind-hits"),
    pytest.param("мама изпи хапчетата за кръвно", "bg", id="bg-own-pills-no-child"),
    pytest.param("mi daj pilas tabletki katar o dukh", "rom", id="rom-own-pills-no-child"),
    # smoke from burnt food, a fire for the barbecue, poison in a story, medicine bought for
    # a child ("için", for, is no "içmek", drink), a child's own cough medicine, a ball
    # kicked ("batea mingea") (u-danger25)
    pytest.param("hab die pizza verbrannt, alles voller rauch", "de", id="de-smoke-of-burnt-food"),
    pytest.param("we lit a fire for the bbq in the park", "en", id="en-a-fire-for-the-bbq"),
    pytest.param("in der serie vergiftet sie ihren chef", "de", id="de-poison-in-a-series"),
    pytest.param("in the book the wife poisons her husband", "en", id="en-poison-in-a-book"),
    pytest.param("oglum icin ilac lazim", "tr", id="tr-medicine-for-my-son"),
    pytest.param(
        "малюк випив таблетки від температури, а вона не падає", "uk", id="uk-own-fever-tablets"
    ),
    pytest.param("fiul meu batea mingea in curte", "ro", id="ro-kicking-a-ball"),
    # last night's food got burnt, it smells (Persian)
    pytest.param("غذای دیشب سوخته، بوش بده", "fa", id="fa-burnt-food-smells"),
    # Syria typed in Latin letters is no Romani "shurija" (a knife), "ma" no "me" (lead trial)
    pytest.param(
        "ana min suriya w 3andi maw3ad fi jobcenter bukra, ma bafham al maktub",
        "ar",
        id="ar-from-syria-a-letter-not-understood",
    ),
    pytest.param("ahlan ana min suriya, ma ba3ref almani", "ar", id="ar-hello-from-syria"),
    pytest.param("ana w zawji min surya ma bnehki almani", "ar", id="ar-we-are-from-syria"),
    # Persian "mikhad" (wants) is no Arabic "ماخد" (took): a passport held, work wanted
    pytest.param(
        "zanam pasporte majari dare, kar mikhad", "fa", id="fa-a-passport-and-work-wanted"
    ),
    pytest.param(
        "dokhtaram madrese mikhad, pasport nadare", "fa", id="fa-school-wanted-no-passport"
    ),
    pytest.param("pasport mikhad baraye kar", "fa", id="fa-a-passport-wanted-for-work"),
]


# u-danger30 (round 28): slapping verbs of the Arabic dialects, a Moroccan verb negated in one
# word, Dari "افتید" (fell), Romani "lel dih" (takes breath), a small child's age said after
# "alone at home"
SLAPS_NEGATIONS_AND_AGES_SAID_AFTER = [
    # slapped me: an uncle (most dialects), a father (Gulf "kafakh"), a brother (Moroccan
    # "sarfaq"), typed in Latin letters, a big brother (Egyptian "lattash")
    pytest.param("خالي صفعني امبارح بالليل", "ar", id="ar-safa3-slapped-me"),
    pytest.param("ابوي يكفخني اذا تأخرت", "ar", id="ar-gulf-kafakh"),
    pytest.param("خويا صرفقني قدام الناس", "ar", id="ar-moroccan-sarfaq"),
    pytest.param("khali saf3ni lbere7", "ar", id="ar-latin-saf3ni"),
    pytest.param("اخويا الكبير بيلطشني", "ar", id="ar-egyptian-lattash"),
    # the little one does not breathe, grandfather does not breathe (one word, "ma-...-sh")
    pytest.param("الصغيرة ماكتتنفسش", "ar", id="ar-moroccan-ma-k-sh"),
    pytest.param("جدي مكيتنفسش", "ar", id="ar-moroccan-m-k-sh"),
    # fell from the wall and does not move, has fallen from the roof and does not talk (Dari)
    pytest.param("پدرم از دیوار افتید، هیچ حرکت نمیکنه", "fa", id="fa-dari-oftid"),
    pytest.param("مادرم از بام افتیده و گپ نمیزنه", "fa", id="fa-dari-oftida"),
    # my aunt does not breathe; the uncle has no breath
    pytest.param("mi bibi na lela dih", "rom", id="rom-na-lela-dih"),
    pytest.param("o kak nanej les dih", "rom", id="rom-nanej-les-dih"),
    # the child alone at home, the age said after it
    pytest.param("my daughter is home alone, she's 2", "en", id="en-alone-then-she-is-2"),
    pytest.param(
        "meine tochter ist allein zuhause, sie ist erst 4", "de", id="de-alone-then-sie-ist-4"
    ),
    pytest.param("baiatul meu e singur acasa, are 4 ani", "ro", id="ro-alone-then-are-4-ani"),
    pytest.param("сина ми е сам вкъщи, на 2 години е", "bg", id="bg-alone-then-na-2-godini"),
    pytest.param("сын один дома, ему 4 года", "ru", id="ru-alone-then-emu-4-goda"),
    pytest.param("син сам вдома, йому 3 роки", "uk", id="uk-alone-then-yomu-3-roky"),
]

# u-danger30: Romanian "poliata" (a skirt, one letter from "politia"), a parent at home alone
# with the child, a teenager at home, Levantine "لطشلي" (snatched from me)
SKIRT_PARENT_AND_SNATCH = [
    pytest.param("am o poliata lunga de vara", "ro", id="ro-poliata-is-a-skirt"),
    pytest.param(
        "i am home alone, she is 3 and we want to come to the cafe", "en", id="en-i-am-alone"
    ),
    pytest.param("my son is home alone, he is 14", "en", id="en-teenager-home-alone"),
    pytest.param("لطشلي الشنطة بالسوق", "ar", id="ar-levantine-snatched-my-bag"),
]


# u-danger31 (round 29): Romani typed in Cyrillic letters with "на" (not) right before the verb,
# by a person who chose another language than Romani; Iraqi "بسط" (to beat someone)
NOT_BEFORE_THE_VERB_AND_IRAQI_BEATING = [
    # grandfather does not breathe, lies on the ground; my daughter fell and does not get up;
    # the baby says nothing, does not move
    pytest.param("о папо на пхурдел, пашло пе пхув", "de", id="rom-cyrillic-na-phurdel"),
    pytest.param("мири чхај пели и на уштел", "bg", id="rom-cyrillic-na-ushtel"),
    pytest.param("о бебе на пхенел ниши, на мишкинел", "de", id="rom-cyrillic-na-mishkinel"),
    # my husband beat me yesterday and broke the phone; my father beats us every day (Iraqi)
    pytest.param("رجلي بسطني البارحة وكسر التلفون", "ar", id="ar-iraqi-basatni"),
    pytest.param("ابويه يبسطنا كل يوم", "ar", id="ar-iraqi-yibsutna"),
]

# u-danger31: "pleased" in the Levant and Iraq, a street stall; Bulgarian "на" beside "breathes"
PLEASED_STALL_AND_BULGARIAN_NA = [
    pytest.param("انبسطت هواي بالدورة مالتكم", "ar", id="ar-iraqi-i-enjoyed"),
    pytest.param("الاكل عندكم بسطني، يسلمو", "ar", id="ar-levantine-the-food-pleased-me"),
    pytest.param("ابوي عنده بسطة بالسوك", "ar", id="ar-iraqi-a-stall"),
    pytest.param("кажи на учителката, че детето ще закъснее", "bg", id="bg-na-tell-the-teacher"),
    pytest.param("о чаво на камел те схол", "rom", id="rom-cyrillic-na-kamel"),
]


# Lead (round 29): Turkish "to beat" with ğ for v, as said in the East and in Azerbaijani-coloured
# Turkish ("döğür", "döğir"), with and without the dots
BEATING_SAID_WITH_G = [
    # the man beats his wife; the neighbour beats his wife; my uncle beats the child
    pytest.param("adam karisini döğir, cocuklar korkuyor", "tr", id="tr-dogir"),
    pytest.param("komsu karisini dogur her gece", "tr", id="tr-dogur-without-dots"),
    pytest.param("amcam çocuğu döğür, gelin", "de", id="tr-dogur-chosen-german"),
]

# Their dotless look-alikes stay quiet: born, the sun rising, to feed
BORN_RISING_AND_FED = [
    pytest.param("oglum martta dogdu, cok sevindik", "tr", id="tr-dogdu-born"),
    pytest.param("güneş doğuyor, erken kalktım", "tr", id="tr-doguyor-sunrise"),
    pytest.param("kızımı doyur, sonra gel", "tr", id="tr-doyur-feed"),
]


# u-danger32: the Levantine and Egyptian b-present "بيبسطني" (makes me happy) is no Iraqi
# "يبسطني" (beats me); one key fell; breathing practised at yoga as "I" or "we"
PLEASES_KEY_AND_YOGA = [
    pytest.param("جوزي بيبسطني كتير لما بيطبخ", "ar", id="ar-levantine-bi-pleases-me"),
    pytest.param("ابوي بتبسطه الزيارة", "ar", id="ar-levantine-bt-pleases-him"),
    pytest.param("jozi bibsetni ktir", "ar", id="ar-arabizi-bi-pleases-me"),
    pytest.param("ключът падна на пода в колата", "bg", id="bg-the-key-fell"),
    pytest.param("на йога ни учат да не дишаме бързо", "bg", id="bg-yoga-we-do-not-breathe-fast"),
    pytest.param("на йоге я пока не дышу правильно", "ru", id="ru-yoga-i-breathe-wrong"),
    pytest.param("la yoga inca nu respir cum trebuie", "ro", id="ro-yoga-i-breathe-wrong"),
    # a woman named Sakina; Shona "shamwari" (friend); Arabizi "nhar" (the day)
    pytest.param("سلام، سکینه هستم، یه سوال داشتم", "fa", id="fa-i-am-sakineh"),
    pytest.param("thanks a lot shamwari, that sorted me out", "en", id="en-shamwari-friend"),
    pytest.param("ana ma3 binti tol el nhar bel bet", "ar", id="ar-arabizi-nhar-the-day"),
]

# ... while the Iraqi beating and a person at yoga who does not breathe still ring
IRAQI_BEATING_AND_BREATHLESS_AT_YOGA = [
    pytest.param("رجلي ديبسطني كل ليلة", "ar", id="ar-iraqi-da-beats-me"),
    pytest.param("jozi dyibsutni", "ar", id="ar-arabizi-iraqi-da-beats-me"),
    pytest.param("на йога приятелката ми не диша", "bg", id="bg-yoga-she-does-not-breathe"),
    pytest.param("на йога не мога да дишам, помогнете", "bg", id="bg-yoga-i-cannot-breathe"),
    pytest.param("дядо падна на пода и не диша", "bg", id="bg-grandpa-fell-not-breathing"),
    pytest.param("جوزي معه سكينة وبهددني", "ar", id="ar-husband-has-a-knife"),
]

# u-danger33: Dari "me" as "مره", "مو ره", "مه ره" and "hits" as "مزنه", "موزنه", a Dari husband
# "شوی", Dari medicine "دوا"; Romani "dab" (a blow) in the plural "daba" beside "del man" (gives
# me), Cyrillic too; Turkish "döğmek" (dövmek) right after the person hurt
DARI_ROMANI_AND_DOTTED_BEATING = [
    pytest.param("پدرم مره با چوب مزنه", "fa", id="fa-dari-mara-mezana"),
    pytest.param("برادرشوهرم مو ره موزنه", "fa", id="fa-dari-mo-ra-mozana"),
    pytest.param("شویم مه ره هر روز میزنه", "fa", id="fa-dari-shuyem-ma-ra"),
    pytest.param("دخترم دوا های مادرکلانش ره قورت کده", "fa", id="fa-dari-swallowed-dawa"),
    pytest.param("o dad del man daba", "rom", id="rom-gives-me-blows"),
    pytest.param("дел ман даба мо ром", "rom", id="rom-cyrillic-gives-me-blows"),
    pytest.param("eniştem beni döğüyor", "tr", id="tr-beni-doguyor"),
    pytest.param("babam annemi yine döğdü", "tr", id="tr-annemi-dogdu"),
    # Dari "raises his hand against me"; Finglish "fainted"; Romani fever said as strong heat
    pytest.param("پدرشوهرم سر مه دست بلند مکنه", "fa", id="fa-dari-raises-hand"),
    pytest.param("khaharam ghash karde too hamum", "fa", id="fa-finglish-fainted"),
    pytest.param("e tikni si la zurali tato kathar ratjaki", "rom", id="rom-strong-heat-fever"),
    # at yoga, someone who could not breathe: "konnte" keeps the alarm beside the figure
    pytest.param(
        "beim yoga konnte mein sohn auf einmal nicht mehr atmen", "de", id="de-yoga-konnte"
    ),
]

# ... and their look-alikes: "ring" (calls) before the Dari verb; born, then "us"
DARI_CALLS_AND_BORN_THEN_US = [
    pytest.param("برادرم مره هر شب زنگ مزنه", "fa", id="fa-dari-calls-me"),
    pytest.param("kizim dün doğdu, bizi ne zaman arayabilirsiniz", "tr", id="tr-born-then-us"),
    # raising one's hand in class
    pytest.param("تو کلاس دست بلند کردم ولی معلم ندید", "fa", id="fa-raised-hand-in-class"),
    # breathing practised at yoga, the German verb last, more than six words after "yoga"
    pytest.param(
        "bei der meditation sollen wir erst mal nicht zu tief atmen", "de", id="de-yoga-verb-last"
    ),
]

# A suicide told in the past, and Arabic "ينتحر" after a wish (lead, session 30: no numbers)
SUICIDE_TOLD_IN_THE_PAST = [
    pytest.param("mein sohn hat sich umgebracht", "de", id="de-killed-himself"),
    pytest.param("my sister hanged herself", "en", id="en-hanged-herself"),
    pytest.param("fratele meu s-a sinucis", "ro", id="ro-killed-himself"),
    pytest.param("ebni nta7ar", "ar", id="ar-arabizi-killed-himself"),
    pytest.param("جوزي بدو ينتحر", "ar", id="ar-wants-to-kill-himself"),
    pytest.param("мій брат покінчив з собою", "uk", id="uk-killed-himself"),
    pytest.param("сын покончил с собой", "ru", id="ru-killed-himself"),
]


# u-trial32: Arabizi "wa2t" (time) is no "wa2at" (she fell) by its consonants, beside "ma" (not)
NO_TIME_IN_ARABIZI = [
    pytest.param("bidi et3alam almani bas ma 3andi wa2t el sob7", "ar", id="ar-arabizi-no-time"),
    pytest.param("ma fi wa2t lal kurs hal esbou3", "ar", id="ar-arabizi-no-time-this-week"),
    pytest.param("ma ma3i wa2et, bruh bel masa?", "ar", id="ar-arabizi-wa2et-evening"),
]

# ... while a fall typed in Arabizi beside "not" still rings
FELL_IN_ARABIZI = [
    pytest.param("emmi wa2a3et w ma 3am t2oum", "ar", id="ar-arabizi-mother-fell"),
    pytest.param("ibni wa2a3 w ma 3am yetnaffas", "ar", id="ar-arabizi-son-fell-not-breathing"),
]

# u-romoffers34 (round 34): Romani "del man" (gives me: hits me) with what he hits with, in the
# instrumental ("le vastenca", with the hands; "le punrenca", with the feet; "dumbasa", with the
# fist), the man named further on; the loan verb "gilitisarel" (to swallow) and a single pill
GIVES_ME_WITH_HANDS_AND_SWALLOWED = [
    pytest.param("sako ratji del man le punrenca mo rom", "rom", id="rom-gives-me-with-the-feet"),
    pytest.param("sako dives del man dumbasa, so te kerav", "rom", id="rom-fist-no-hitter"),
    pytest.param("дия ман ле вастенца о пхрал", "rom", id="rom-cyrillic-gave-me-with-hands"),
    pytest.param("e tikni gilitisardja o drab la bibjako", "rom", id="rom-swallowed-aunts-pills"),
    pytest.param("o chavoro gilitisarda jekh pila", "rom", id="rom-swallowed-a-pill"),
]

# ... while "del man" with the thing given (a hand, money) stays a gift
GIVES_A_THING = [
    pytest.param("mi daj del man vast kana xav", "rom", id="rom-lends-me-a-hand"),
    pytest.param("o sefo dija man love le vastesa", "rom", id="rom-gave-me-money-by-hand"),
]


@pytest.mark.parametrize(
    ("said", "code"),
    EMERGENCIES
    + SLAPS_NEGATIONS_AND_AGES_SAID_AFTER
    + NOT_BEFORE_THE_VERB_AND_IRAQI_BEATING
    + BEATING_SAID_WITH_G
    + IRAQI_BEATING_AND_BREATHLESS_AT_YOGA
    + SUICIDE_TOLD_IN_THE_PAST
    + DARI_ROMANI_AND_DOTTED_BEATING
    + FELL_IN_ARABIZI
    + GIVES_ME_WITH_HANDS_AND_SWALLOWED,
)
def test_the_emergency_screen_with_the_numbers(
    understander: Understander, snapshot: Snapshot, said: str, code: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.intent is Intent.EMERGENCY
    assert understood.shows_numbers


@pytest.mark.parametrize(
    ("said", "code"),
    NOT_THE_SCREEN
    + SKIRT_PARENT_AND_SNATCH
    + PLEASED_STALL_AND_BULGARIAN_NA
    + BORN_RISING_AND_FED
    + PLEASES_KEY_AND_YOGA
    + DARI_CALLS_AND_BORN_THEN_US
    + NO_TIME_IN_ARABIZI
    + GIVES_A_THING,
)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, said: str, code: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY


@pytest.mark.parametrize(("said", "code"), NO_NUMBERS)
def test_a_look_alike_shows_neither_the_screen_nor_the_numbers(
    understander: Understander, snapshot: Snapshot, said: str, code: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
    assert not understood.shows_numbers


@pytest.mark.parametrize(
    "said",
    [
        "az gorosnegi daram mimiram",  # Persian: I'm dying of hunger
        "az khastegi mordam emruz",  # of tiredness
        "умираю с голоду, где поесть",
        "rani mayet mn el jou3",  # Maghrebi Arabizi
        "ich sterbe vor hunger",
    ],
)
def test_dying_of_hunger_keeps_a_sure_learned_reading_from_ringing(
    understander: Understander, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch, said: str
) -> None:
    # The learned net (with the model) reads "dying" as danger; the figure of speech says why not.
    monkeypatch.setattr(type(understander), "_danger_with_model", lambda self, text, snap: 0.99)
    understood = understander.understand(said, snapshot, Context("fa"))

    assert understood.outcome is not Outcome.EMERGENCY
    assert not understood.possible_danger
    assert not understander.emergency(said, snapshot)


@pytest.mark.parametrize(
    "said",
    [
        "mikham az gorosnegi bemiram",  # I want to die of hunger: a wish to die stays an alarm
        "bachem dare mimire, nafas nemikeshe",  # dying, not breathing: no hunger named
    ],
)
def test_a_wish_to_die_or_a_child_dying_still_rings(
    understander: Understander, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch, said: str
) -> None:
    monkeypatch.setattr(type(understander), "_danger_with_model", lambda self, text, snap: 0.99)

    assert understander.understand(said, snapshot, Context("fa")).outcome is Outcome.EMERGENCY


@pytest.mark.parametrize(
    "said",
    ["das baby atmet so komisch", "unser sohn atmet ganz unregelmäßig"],
)
def test_breathing_strangely_is_the_alarm_whatever_else_is_found(
    understander: Understander, said: str
) -> None:
    # Without the model the breathing word alone already brings the screen when nothing else
    # is found; with it an offer was found and only the line before it showed: the words of
    # danger themselves now ring, whatever else is found.
    assert understander.emergency(said)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        # Darija "kayhder" (speaks) read as "yhaded" (threatens) by its consonants.
        ("ar", "salam, ana mn lmaghrib w ma kan3ref walo hna, bghit nhder m3a chi wahed"),
        ("ar", "wach kayn chi wahed kayhder l3arbiya"),
        # Finglish "komakam" (help me) read as "kotakam" (beat me) with one typo.
        ("fa", "man nemidunam chikar konam inja, komakam konid"),
        ("fa", "lotfan komakam konid ba name jobcenter"),
    ],
)
def test_a_plain_request_is_no_emergency(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    """Everyday words one letter or one consonant skeleton away from a word of danger (found
    by u-intents18 in round 16): asking for help or for someone who speaks Arabic must not
    ring the emergency screen, and the real threat beside them still does (below)."""
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
    assert not understander.emergency(said)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("ar", "rajli kayhaded fiya b mos"),  # my husband threatens me with a knife
        ("fa", "komakam konid shoharam mizanatam"),  # help, my husband beats me
        ("fa", "komak shohar kotakam mizane"),
    ],
)
def test_the_threat_beside_them_still_rings(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.intent is Intent.EMERGENCY


def test_fever_by_the_loanword_people_use(understander: Understander) -> None:
    """Fever typed "temperatura", the word in most Romani dialects (a loan from every
    neighbour), beside the Romani "tatipe"."""
    assert understander.emergency("e čhavores si bari temperatura thaj na khelel")
