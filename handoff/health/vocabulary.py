"""The vocabulary's closed sets of tags and how one lexicon line is read.

A lexicon file ``lexicons/<lang>.txt`` holds lines ``tag: term, term, ...``. A tag is
- a health category, optionally with a strength: ``symptom`` (strong: counts alone),
  ``symptom.amb`` (counts alone unless an everyday cue vetoes it), ``symptom.weak`` (needs support);
- a context cue (``CUES``): words that mean nothing alone but compose ("knee" + "can't bend");
- ``mask`` (an everyday phrase whose health words are ignored: "drug store", "sick of") or
  ``veto`` (an everyday word that cancels ambiguous and weak terms: "weather", "laptop") or
  ``whole`` (a word read as listed, not by a prefix or a piece of it: "schmerzhaft", whose
  "schmerz" is no pain of its own);
- ``filler`` (a word that may sit inside a phrase without changing what it says: "really", "echt",
  "de") or ``filler.lead`` (a word that sits there only before a filler: "seit" in "seit gestern").
  They are not keys: a phrase is also looked for with them left out (``scoring``);
- ``where`` (a place or company word: "in", "chez", "с"), not a key either: it is looked for right
  after a verb of living (``places``).

A term is matched on its Snowball stems, word by word ("knees hurt" matches "knee hurt"), unless it
is marked: ``diabet*`` is a prefix of a word as written; ``~krebs`` is found inside any word
("Hautkrebs", "Lungenkrebs"; only in languages that build compounds or glue clitics to words);
``=operado`` is matched as written, for a word whose stem is also an everyday word's (Spanish
"operado" and "opera" share "oper"). The compiler does the same by itself when a more frequent
everyday word shares the stem (see build.Collisions).
"""

import re
from typing import NamedTuple

from .verdict import CATEGORIES

STRENGTHS = ("strong", "amb", "weak")
CUES = (
    "person",  # first person: I, my, je, ich, mi...
    "relative",  # my mother, mi hijo...
    "body",  # a body part or organ
    "complaint",  # a complaint or care question: "suffering from", "how to treat", "since yesterday"
    "ailment",  # what a body part does wrong: hurts, swollen, itchy, comes out, numb, bleeding
    "function",  # a body function: hear, bend, walk, swallow, breathe
    "vital",  # a function whose impairment is a symptom by itself: breathe, swallow, urinate
    # stairs, Treppe, escaleras, schody: a climb one can no longer manage ("can't do the stairs
    # anymore"), composed only with a degree or a body part and someone named (the same words carry
    # a sofa up)
    "stairs",
    "impair",  # can't, unable, trouble, hard to, no longer
    "degree",  # well, properly, anymore: "not hearing well", "can't walk anymore"
    "event",  # something done to a body: x-rayed, operated, removed, replaced, stitched
    "result",  # positive, negative, abnormal, elevated
    "testword",  # test, results, scan, screening
    "business",  # price, opening hours: a question to a shop, not about a person
    # passenger, guest, Fahrgast, utas, penumpang (one, as written): a particular customer, told of in
    # a statement ("Fahrgast vom Hbf hat Epilepsie"), though a business asks about customers too
    "customer",
    # says, writes, dice, pisze, sagt, говорит: a verb of saying after a customer, through which the
    # health told after it is still theirs ("la clienta del ticket 4471 dice que está con quimio")
    "says",
    # won't be in, fällt aus, no viene hoy, non c'è, nie przyjdzie: a colleague's absence right after
    # their first name, which makes the health told after it in the text theirs ("Jonas fällt die
    # ganze Woche aus, Bandscheibenvorfall. Wer übernimmt seine Schichten?")
    "absent",
    # speaker, Referent, ponente, prelegent, föreläsare, diễn giả: the speaker of a talk, whose care
    # title told after it is their work ("Unser Referent, der Chefarzt der HNO-Klinik, kommt um 14:12")
    "speaker",
    "animal",  # dog, cat, vet: not a person's health
    "vet",  # vet, Tierarzt, clínica veterinaria: an animal's care, so its care words are the animal's
    # like a, wie ein, como un (before what is likened); gibi, jaisa (after it): an animal likened to
    # is no pet ("I look like a hamster", "köpek gibi öksürüyorum")
    "simile",
    "simile_after",
    # laptop, battery, project, lawn, tomato plant: health words said of one are not health
    # ("the battery is swollen", "ce projet est malade"); see things.SaidOfAThing
    "thing",
    # referee, umpire, arbitro, hakem, trọng tài: a person of a game, a thing only in figures: the weak
    # and ambiguous words said of one are hidden ("the ref is blind"), a torn calf is theirs
    "official",
    # är, har, var: a verb that is a first-person cue where the subject is dropped ("har ont i magen")
    # and a thing's own verb right after it ("skärmen är blind"); see things.STATE
    "state",
    "but",  # but, pero, aber, ama: a contrast starts a clause (the words after it are not the thing's)
    # about, sobre, über, o, về: within twice a thing's reach after it (a documentary, a film), the rest
    # of its clause is what the thing is about ("a doc on BBC4 tonight about osteoporosis research")
    "subject",
    "setting",  # yüzünden, sırasında, miatt, után: beside a thing, it makes the thing a setting
    # nurse, Ärztin, hospital: a care profession or workplace, which a job frame makes a job
    # ("I work as a nurse", "je suis infirmière"); see roles.RoleAtWork
    "role",
    # hospital, clinic (Arabic "مستشفى", which a clitic preposition can be written into): a role in
    # every frame but the frame of being, after which it is a stay; see roles.WORKPLACE
    "workplace",
    "work",  # work as, work at, arbeite im, trabajo de, olarak: a frame of working
    "am",  # I'm a, soy, je suis, ich bin: a frame of being (only a role right after it is a job)
    # receptionist, security guard, administrativo, охранник, bảo vệ: a job that is not care, which
    # makes a care workplace it names its place of work (``roles``)
    "job",
    # vacancy, hiring, CV, Stelle, vaga, tuyển dụng, مطلوب: a job on offer, which makes every care
    # profession or workplace the text names a job ("the hospital is hiring drivers"; ``roles``)
    "hiring",
    # delivery, Lieferung, dostawa, teslimat, lô hàng, монтаж: goods brought to a place or a machine
    # installed there, which makes the care workplaces the text names places of work, as a hiring
    # word does ("delivery to St Mary's tomorrow at 7, ramp 3"; ``roles``)
    "supply",
    # leaving do, pot de départ, Abschied, провожаем, veda yemeği: a colleague's farewell, whose care
    # workplace (the one they leave or the one they go to) is a place of work too (``roles``)
    "farewell",
    # live, vivre, жить: a verb of living; a place or company right after it (``where``) makes a
    # crisis term ending on the verb a move ("don't want to live in this city"); see places
    "live",
    # next to, opposite, in front of, street, bus stop, al lado de, en face de, gegenüber, naprzeciwko,
    # karşısında, caddesi, ke saamne, جنب: a place told by a landmark or a street named after one;
    # a care place beside it is where to meet or to find a shop, when nothing else is health
    # ("al lado de la farmacia", "Hastane Caddesi'nde", "AIIMS ke saamne"; ``scoring``)
    "landmark",
    # sick leave, medical certificate, Krankmeldung, baja médica: hidden in a question of work, which a
    # business cue or a ``policy`` cue (employer, entitled to, how many days) makes; see leave
    "leave",
    "policy",
    # no, forbidden, not allowed, nada de, proibido, interdit, verboten, vietato, yasak, никаких,
    # dilarang, ممنوع, cấm: a prohibition, which with a ``policy`` word (the rules, regolamento,
    # правила) makes a group's rule: the medicines, doses and doctors it bans are nobody's
    # ("Norma 4 del foro: nada de recomendar dosis"; ``scoring``)
    "ban",
    # just asking in general, domanda generale, pytam ogólnie, вопрос общий, nanya umum aja, سؤال عام:
    # the asker says the question is of no one; the medicines, prescriptions and doctors it asks about
    # are then nobody's, as a group's ban makes them (``scoring``)
    "general",
    "bitten",  # bit me, stung me, hat mich gebissen: an animal hurt the speaker, whose injury is health
    "bite",  # bitten, stung, gebissen: a bite on anyone, a relative's injury when a relative is named
    # Words only romanised Hindi uses: its function words (hai, mujhe, nahi) and the few body and
    # sign words no other supported language writes (daant, peshab, bhookh). The language, not health:
    # they tell a short Hinglish text ("daant mein dard") from the Latin-script languages.
    "hinglish",
    # Words only romanised Arabic (Arabizi: "3ndi s5ana", "ya3ni", "inshallah") writes, its digits
    # standing for letters Latin has not (3 for ع, 7 for ح, 5 for خ, 2 for ء): the language, not health.
    "arabizi",
)
# mask: an everyday phrase, whose words are not health ("hace frio"); veto: an everyday context that
# cancels the weak and ambiguous health words of the text (a car, a match, the weather);
# circumstance: a phrase that names a health event's circumstance with such a word, which then
# cancels nothing ("accidente de coche": the car is where a death or an injury happened).
# whole: a word read as it is listed, not by the health words that start it or hide inside it
# ("schmerzhaft", painful, is a weak adjective listed whole; its "schmerz" is no pain of its own).
NEGATIVE = ("mask", "veto", "circumstance", "whole")
CIRCUMSTANCE = "circumstance"
WHOLE = "whole"
# Words a phrase may hold without changing what it says (``build.fillers``, ``scoring``): degree and
# time adverbs, focus and discourse particles; never a negation, a pronoun or a preposition alone.
FILLER = "filler"
FILLER_LEAD = "filler.lead"  # only before a filler: "seit gestern", "since yesterday", "od wczoraj"
FILLERS = (FILLER, FILLER_LEAD)
# Words that make a verb of living a matter of place or company when right after it: in, chez, с, ở
# (``places``). Like the fillers they make no keys: the detector looks at the word after the verb.
WHERE = "where"
WORD_SETS = (*FILLERS, WHERE)
# Languages whose words are built by compounding or by gluing affixes and clitics on, where a term is
# worth finding inside a longer word.
IN_WORD_LANGUAGES = frozenset({"de", "nl", "sv", "hu", "ru", "ar", "tr", "pl", "cs"})
MIN_IN_WORD = 4
# Arabic roots are three letters; its pieces are still long enough at three (ألم, pain).
MIN_IN_WORD_ARABIC = 3


class Term(NamedTuple):
    text: str  # as written in the lexicon, without its marks
    mode: str  # "stem", "prefix", "inword" or "exact"


def parse_tag(tag: str) -> tuple[str, str]:
    """(kind, label/strength): ("lex", "symptom.weak"), ("cue", "body"), ("neg", "mask")."""
    if tag in CUES:
        return "cue", tag
    if tag in NEGATIVE:
        return "neg", tag
    category, _, strength = tag.partition(".")
    if category in CATEGORIES and (strength or "strong") in STRENGTHS:
        return "lex", f"{category}.{strength or 'strong'}"
    raise ValueError(f"unknown lexicon tag {tag!r}")


def parse_term(raw: str, lang: str) -> Term:
    raw = raw.strip()
    if raw.startswith("~"):
        if lang not in IN_WORD_LANGUAGES:
            raise ValueError(f"in-word term {raw!r} in {lang}, which does not compound")
        least = MIN_IN_WORD_ARABIC if lang == "ar" else MIN_IN_WORD
        if len(raw) - 1 < least:
            raise ValueError(f"in-word term {raw!r} is shorter than {least} letters")
        return Term(raw[1:], "inword")
    if raw.endswith("*"):
        return Term(raw[:-1], "prefix")
    if raw.startswith("="):
        return Term(raw[1:], "exact")
    if lang == "ar" and raw.isascii():
        # Romanised Arabic has no stemmer (the Arabic one leaves Latin letters as they are): its
        # spellings are listed, matched as written on the surface line like romanised Hindi's.
        return Term(raw, "exact")
    return Term(raw, "stem")


# English typed without apostrophes ("cant breathe", "dont", "im feeling"). The lexicon writes the
# apostrophe as the fold does, a space ("can t breathe"); each such phrase is also listed joined.
# Only these contractions: "i ll" joined is "ill", "we re" is "were", "i d" is "id".
_JOINED_CONTRACTION = re.compile(
    r"\b(?:can|don|didn|doesn|isn|wasn|won|couldn|wouldn|shouldn|haven|hasn|aren|weren) t\b"
    r"|\bi (?:m|ve)\b|\b(?:it|that|he|she|what|there) s\b|\b(?:you|they) re\b"
)


def spellings(raw: str, lang: str) -> tuple[str, ...]:
    """A lexicon term as listed, and for English its spelling without apostrophes when it has one.

    The joined spelling is kept only in a phrase: "im" alone is German's "im"."""
    if lang != "en":
        return (raw,)
    joined = _JOINED_CONTRACTION.sub(lambda m: m.group(0).replace(" ", ""), raw)
    if joined == raw or " " not in joined.strip(" =~*"):
        return (raw,)
    return (raw, joined)


def read_lines(text: str):
    """Yield (tag, raw term) for every term of a lexicon file's text."""
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        tag, sep, terms = line.partition(":")
        if not sep:
            raise ValueError(f"line {number}: expected 'tag: term, term'")
        for term in terms.split(","):
            if term.strip():
                yield tag.strip(), term.strip()
