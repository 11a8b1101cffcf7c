"""Health words said of a thing one word further from it, past a word of being ("is", "é", "är"), when
nobody is named: a place or a name said of the thing stands between ("esse trânsito na Marginal é uma doença", "Trafiken på E4 är helt
sjuk"). A person or a relative named anywhere keeps the old reach, and so does any term but an
illness or a complaint ("tests to estimate the correct dosage of Warfarin", "Le chef d'équipe est en
arrêt pour burn-out", "la facture de 8 séances de kiné"). Hindi "X uthate waqt" (while lifting X)
makes the thing where a sprain happened, not what it is said of. Ovens, hoists, vans and the
traffic are things.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

from handoff.health import normalize
from handoff.health.things import SaidOfAThing
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "What checks are needed to estimate the right dosage of Warfarin for an elderly patient?"),
    ("fr", "Le chef d'équipe est en arrêt pour dépression depuis deux semaines"),
    ("hi", "Suresh kal nahi aayega, almari uthate waqt kamar mein moch aa gayi"),
    ("hi", "bhai trolley khinchte waqt peeth mein bahut dard ho raha hai"),
    ("de", "Der Transporter hatte einen Unfall, mein Kollege liegt mit gebrochenem Bein im Krankenhaus"),
    ("pt", "O forno queimou minha mão ontem, fui parar no pronto-socorro"),
    ("es", "El atasco de hoy me ha dado una migraña horrible, me voy a casa"),
    ("fr", "Ci-joint la facture de 12 séances de kiné pour le remboursement"),
    ("es", "viendo una serie en la cama con gripe, qué asco"),
]

EVERYDAY = [
    ("pt", "Esse trânsito na Dutra é uma doença, 40 minutos parado"),
    ("sv", "Trafiken på E18 är helt sjuk, ta pendeln"),
    ("fr", "La photocopieuse du 2e est encore en panne et malade, utilisez celle du 1er"),
    ("nl", "Het verkeer op de A10 is ziek vanochtend"),
    ("ru", "Пробка на Садовом просто болезнь какая-то"),
    ("pl", "Ten korek na Wisłostradzie jest jak choroba, stoję od pół godziny"),
    ("sv", "Sintringsugnen är sjuk igen, felkod mitt i programmet"),
    ("tr", "Sinter fırını yine hasta, servis yarın geliyor"),
    ("id", "Tungku di lab lagi sakit, teknisi baru datang Senin"),
    ("it", "Il sollevatore del magazzino è malato, perde olio dalla pompa"),
    ("id", "Mobil kantor lagi opname di bengkel sampai Kamis"),
]

test_a_person_or_a_drug_beside_a_thing_flags, test_a_thing_with_its_place_does_not_flag = table_tests(HEALTH, EVERYDAY)


def _rule(copulas=(6,)) -> SaidOfAThing:
    # A thing on word 2 whose clause runs to word 9, a word of being on word 6.
    return SaidOfAThing([(2, 2, 9, 4)], [9], copulas)


def test_past_a_word_of_being_the_words_reach_one_further():
    assert _rule().holds(7, 7)
    assert not _rule().holds(8, 8)


def test_without_a_word_of_being_or_for_a_drug_the_reach_is_kept():
    assert not _rule(copulas=()).holds(7, 7)
    assert not _rule(copulas=(8,)).holds(7, 7)
    assert not _rule().holds(7, 7, far=False)
    assert _rule().holds(6, 6, far=False)


def test_the_words_counted_in_the_examples():
    # "esse trânsito na marginal é uma doença": the thing is word 2, the illness word 7.
    assert normalize.tokens(normalize.prepare("Esse trânsito na Marginal é uma doença")).index("doença") + 1 == 7
