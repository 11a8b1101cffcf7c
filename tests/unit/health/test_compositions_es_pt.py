"""Symptom names in Spanish and Portuguese that are not listed but composed: a body part with what
it feels (heavy, sensitive, stiff, numb, burning), a vital function with how it is lost (loss of,
trouble with), and a few fixed phrases (cold sweats, hot flushes); everyday phrases with the same
words stay unflagged. Sentences written for this file."""

import pytest

from tests.support.health_verdicts import assert_flags, assert_not_flagged

COMPOSED = [
    ("es", "Tengo las piernas muy pesadas al final del día"),
    ("es", "mis encías están sensibles desde hace una semana"),
    ("es", "Noto los hombros rígidos al despertar"),
    ("es", "manos entumecidas cuando escribo"),
    ("es", "tengo los talones agrietados"),
    ("es", "calambres en las pantorrillas por la noche"),
    ("es", "mi abuelo tiene pérdida de equilibrio"),
    ("es", "habla arrastrada desde ayer, qué puede ser"),
    ("es", "pérdida del olfato tras el resfriado"),
    ("es", "me despierto con sudores fríos"),
    ("es", "tengo sofocos todo el día"),
    ("es", "dificultad para concentrarme en clase"),
    ("es", "presión en el pecho al subir escaleras"),
    ("es", "perdió el conocimiento en la calle"),
    ("pt", "Estou com as pernas pesadas no fim do dia"),
    ("pt", "minhas gengivas estão sensíveis faz uma semana"),
    ("pt", "ombros rígidos quando acordo"),
    ("pt", "calcanhares rachados e doloridos"),
    ("pt", "câimbras nas panturrilhas à noite"),
    ("pt", "meu avô está com perda de equilíbrio"),
    ("pt", "fala arrastada desde ontem, o que pode ser"),
    ("pt", "perda do olfato depois da gripe"),
    ("pt", "acordo com suores frios"),
    ("pt", "tenho fogachos o dia todo"),
    ("pt", "dificuldade para me concentrar na aula"),
    ("pt", "pressão no peito ao subir escada"),
    ("pt", "perdeu os sentidos na rua"),
    ("pt", "mãos dormentes quando escrevo"),
]

EVERYDAY = [
    ("es", "Hay tráfico pesado en la autopista"),
    ("es", "Este informe contiene datos sensibles"),
    ("es", "una caja pesada para la mudanza"),
    ("es", "Prefiero el vino seco"),
    ("es", "la tarjeta de memoria está llena"),
    ("es", "equilibrio entre trabajo y vida personal"),
    ("es", "una broma pesada en la oficina"),
    ("es", "un café frío por la mañana"),
    ("pt", "Trânsito pesado na marginal hoje"),
    ("pt", "Esse relatório tem dados sensíveis"),
    ("pt", "uma caixa pesada para a mudança"),
    ("pt", "uma decisão pesada para a diretoria"),
    ("pt", "o cartão de memória está cheio"),
    ("pt", "perda de sinal no túnel"),
    ("pt", "Não consigo ouvir o áudio do vídeo"),
    ("pt", "uma cerveja gelada no fim de semana"),
]


@pytest.mark.parametrize("lang,text", COMPOSED, ids=[f"{l}:{t[:30]}" for l, t in COMPOSED])
def test_composed_symptom_name_flags(lang, text):
    assert_flags(text, lang)


@pytest.mark.parametrize("lang,text", EVERYDAY, ids=[f"{l}:{t[:30]}" for l, t in EVERYDAY])
def test_everyday_phrase_is_not_flagged(lang, text):
    assert_not_flagged(text)
