"""Workplace questions in Spanish, Dutch, Swedish, Polish and Russian: policy questions that name
health things without disclosing anyone's health stay unflagged (business and policy words damp
them, two separate ones more than one); questions that disclose the writer's health flag.
Sentences written for this file. Known miss, left out: Swedish "hur många sjukdagar har vi per
år?" ("vi", we, reads as the writer)."""

import pytest

from handoff.health import detect

POLICY = [
    ('es', '¿Cuántos días de baja por enfermedad tenemos al año?'),
    ('es', '¿La empresa ofrece la vacuna de la gripe en la oficina?'),
    ('es', '¿Cuál es la política de salud mental para los contratistas?'),
    ('es', '¿El seguro médico de la empresa cubre el dentista?'),
    ('nl', 'Hoeveel ziektedagen hebben we per jaar?'),
    ('nl', 'Biedt het bedrijf de griepprik aan op kantoor?'),
    ('nl', "Wat is het beleid rond mentale gezondheid voor ZZP'ers?"),
    ('nl', 'Vergoedt de zorgverzekering van de zaak de tandarts?'),
    ('sv', 'Erbjuder företaget influensavaccin på kontoret?'),
    ('sv', 'Vad är policyn för psykisk hälsa för konsulter?'),
    ('sv', 'Täcker företagets sjukförsäkring tandläkaren?'),
    ('pl', 'Ile dni zwolnienia lekarskiego przysługuje nam w roku?'),
    ('pl', 'Czy firma oferuje szczepienia na grypę w biurze?'),
    ('pl', 'Jaka jest polityka dotycząca zdrowia psychicznego dla kontraktorów?'),
    ('ru', 'Сколько дней больничного положено в год?'),
    ('ru', 'Компания предлагает прививку от гриппа в офисе?'),
]

DISCLOSING = [
    ('es', 'Mañana salgo temprano porque tengo quimioterapia'),
    ('es', 'Estoy de baja por depresión desde hace dos semanas'),
    ('nl', 'Ik ga morgen eerder weg voor mijn chemo'),
    ('nl', 'Ik zit sinds twee weken thuis met een burn-out'),
    ('sv', 'Jag går tidigare i morgon för min cellgiftsbehandling'),
    ('sv', 'Jag är sjukskriven för utmattning sedan två veckor'),
    ('pl', 'Jutro wychodzę wcześniej na chemioterapię'),
    ('pl', 'Jestem na zwolnieniu z powodu depresji od dwóch tygodni'),
    ('ru', 'Завтра уйду пораньше на химиотерапию'),
    ('ru', 'Я на больничном с депрессией уже две недели'),
]


@pytest.mark.parametrize("lang,text", POLICY, ids=[f"{l}:{t[:30]}" for l, t in POLICY])
def test_policy_question_is_not_flagged(lang, text):
    verdict = detect(text)
    assert not verdict.flagged, (text, verdict.rules)


@pytest.mark.parametrize("lang,text", DISCLOSING, ids=[f"{l}:{t[:30]}" for l, t in DISCLOSING])
def test_disclosing_question_flags(lang, text):
    verdict = detect(text)
    assert verdict.flagged and verdict.language == lang, (text, verdict.rules)


def test_two_separate_business_phrases_damp_more_than_one():
    one = detect("¿Hay vacuna de la gripe en la oficina?")
    two = detect("¿La empresa ofrece la vacuna de la gripe en la oficina?")
    assert "ctx.business" in one.rules and "ctx.business" in two.rules
    assert two.score < one.score
