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

from bot.matching.normalize import normalize

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
    """The English word a normalised French ``word`` stands for, else the word itself."""
    return _FOLDED.get(word, word)
