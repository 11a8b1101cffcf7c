"""Symptom names that compose from cue families in Italian and French (a body part with what it
feels in everyday adjectives, a vital function with its loss or impairment, a few fixed phrases)
without being listed, and everyday phrases with the same words. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

COMPOSED = [
    ('it', 'gambe pesanti'),
    ('it', 'denti sensibili al freddo'),
    ('it', 'perdita di equilibrio'),
    ('it', "perdita dell'equilibrio quando mi alzo"),
    ('it', 'difficoltà a parlare'),
    ('it', 'difficoltà di concentrazione'),
    ('it', 'fatico a concentrarmi'),
    ('it', 'calo della concentrazione'),
    ('it', 'disturbi del sonno'),
    ('it', 'difficolta a dormire'),
    ('it', 'palpebre pesanti'),
    ('it', 'orecchie tappate'),
    ('it', 'udito ridotto'),
    ('it', 'mancanza di equilibrio'),
    ('it', 'senso di pressione alla testa'),
    ('it', 'sudori freddi'),
    ('it', 'braccia deboli'),
    ('it', 'gengive sensibili'),
    ('it', 'sonno disturbato'),
    ('it', 'difficoltà a camminare'),
    ('it', 'perdita di coscienza'),
    ('it', 'testa pesante'),
    ('it', 'stomaco pesante'),
    ('it', 'mancanza di concentrazione'),
    ('it', 'ginocchia rigide'),
    ('it', 'ho poco appetito da giorni'),
    ('it', 'perdita di olfatto improvvisa'),
    ('fr', 'jambes lourdes'),
    ('fr', 'dents sensibles au froid'),
    ('fr', 'difficulté à parler'),
    ('fr', "troubles de l'élocution"),
    ('fr', 'difficulté à me concentrer'),
    ('fr', 'troubles de la concentration'),
    ('fr', 'baisse de concentration'),
    ('fr', 'troubles du sommeil'),
    ('fr', 'du mal a dormir'),
    ('fr', 'paupières lourdes'),
    ('fr', 'audition réduite'),
    ('fr', "vue qui baisse d'un oeil"),
    ('fr', 'pression dans la tête'),
    ('fr', 'tempes qui battent'),
    ('fr', 'peau qui tire'),
    ('fr', 'bras faibles'),
    ('fr', 'sommeil perturbé'),
    ('fr', 'goût altéré'),
    ('fr', 'difficulté à marcher'),
    ('fr', 'tête lourde'),
    ('fr', 'raideur dans le cou'),
    ('fr', 'peau sensible et rouge'),
    ('fr', 'manque de concentration'),
    ('fr', 'fourmis dans les jambes'),
    ('fr', "perte d'équilibre en me levant"),
    ('fr', "plus d'appétit depuis une semaine"),
]

EVERYDAY = [
    ('it', 'traffico pesante'),
    ('it', 'una valigia pesante'),
    ('it', 'umorismo secco'),
    ('it', 'dati sensibili'),
    ('it', 'perdita di segnale'),
    ('it', 'perdita di dati'),
    ('it', 'equilibrio di bilancio'),
    ('it', 'scheda di memoria'),
    ('it', 'il gusto del vino'),
    ('it', 'regole rigide'),
    ('it', 'difficoltà economiche'),
    ('it', 'vista sul mare'),
    ('it', 'dal mio punto di vista'),
    ('it', 'equilibrio tra lavoro e vita privata'),
    ('it', 'non è facile trovare un equilibrio'),
    ('it', 'la concentrazione di ozono non è alta'),
    ('it', 'non ho sonno stasera'),
    ('it', 'buon appetito a tutti'),
    ('it', 'una borsa pesante sulla spalla'),
    ('it', 'connessione debole'),
    ('it', 'non ho appetito per il rischio'),
    ('fr', 'une valise lourde'),
    ('fr', 'humour sec'),
    ('fr', 'données sensibles'),
    ('fr', 'perte de signal'),
    ('fr', 'équilibre budgétaire'),
    ('fr', 'carte mémoire'),
    ('fr', 'le goût du vin'),
    ('fr', 'bière froide'),
    ('fr', 'difficultés financières'),
    ('fr', 'la vue sur la mer'),
    ('fr', 'de mon point de vue'),
    ('fr', "je n'ai pas sommeil"),
    ('fr', 'la concentration de CO2 baisse'),
    ('fr', "un sac lourd sur l'épaule"),
    ('fr', 'bon appétit à tous'),
    ('fr', 'perte de mémoire du serveur'),
    ('fr', 'connexion faible'),
    ('fr', "la banque n'a pas d'appétit pour le risque"),
    ('fr', "j'ai le coeur lourd"),
    ('fr', 'trouver un bon équilibre entre travail et famille'),
]


@pytest.mark.parametrize(('language', 'text'), COMPOSED)
def test_composed_symptom_names_flag(language, text):
    assert_flags(text, language)


@pytest.mark.parametrize(('language', 'text'), EVERYDAY)
def test_everyday_phrases_with_the_same_words_do_not_flag(language, text):
    assert_not_flagged(text)
