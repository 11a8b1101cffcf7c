"""Portuguese as chat writes it, without the tilde of its nasal endings ("nao", "mao", "coracao",
"pulmoes"): Snowball reads "mão" and "mao" apart, so the stemmer is given the tilde back, and the
negation "não" keeps a stem of its own instead of folding into the preposition "na". The sentences
were written for this file."""

import pytest

from handoff.health.stemming import stem_words
from tests.support.health_verdicts import assert_flags, assert_not_flagged

SAME_WORD = [
    ("mão", "mao"), ("mãos", "maos"), ("coração", "coracao"), ("corações", "coracoes"), ("pulmão", "pulmao"),
    ("pulmões", "pulmoes"), ("infecções", "infeccoes"), ("não", "nao"), ("irmão", "irmao"), ("mães", "maes"),
    ("estão", "estao"), ("injeção", "injecao"), ("pressão", "pressao"),
]

WITHOUT_TILDES_FLAG = [
    ("pt", "nao consigo mexer a mao direita"),
    ("pt", "minhas maos estao inchadas"),
    (None, "os pulmoes doem quando respiro"),
    ("pt", "meu irmao teve uma infeccao no pulmao"),
    ("pt", "tomei uma injecao ontem e a pressao subiu"),
    (None, "nao consigo mexer o braco"),
    ("pt", "minha mae esta com dor no coracao"),
]

NEGATION_IS_NOT_A_PREPOSITION = [
    "essa série é um vício, não consigo parar de ver",
    "o jogo não é vício não",
    "feito à mão com carinho",
    "escrevi a carta a mao",
    "nao gostei do pao de ontem",
    "as mães da escola vão fazer uma festa",
]


@pytest.mark.parametrize(("with_tilde", "without"), SAME_WORD)
def test_a_nasal_ending_stems_the_same_with_or_without_its_tilde(with_tilde, without):
    assert stem_words("pt", [with_tilde]) == stem_words("pt", [without])


def test_the_negation_does_not_stem_like_the_preposition():
    assert stem_words("pt", ["não"]) != stem_words("pt", ["na"])
    assert stem_words("pt", ["ao", "aos"]) == ["ao", "aos"]  # the contraction has no letter before "ao"


@pytest.mark.parametrize(("language", "text"), WITHOUT_TILDES_FLAG)
def test_health_written_without_tildes_flags(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize("text", NEGATION_IS_NOT_A_PREPOSITION)
def test_everyday_sentences_with_nasal_words_do_not_flag(text):
    assert_not_flagged(text)
