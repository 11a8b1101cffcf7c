"""Medical word endings as more languages spell them: "-ectomy" and "-oscopy" with a k in Polish,
Czech, Swedish, German and Hungarian ("histerektomię", "hysterektomii", "kolonoskopię", "vasektomi"),
"-opathy" as "-opatia" / "-opatie" / "-opati" ("retinopatia", "neuropatie", "kardiomyopati"), Russian
"-эктомия", "-оскопия", "-опатия" in their case forms, and the tricyclic antidepressants' INN stems
("-triptyline", "-ipramine": "amitriptilina", "Amitriptylin", "амитриптилином"). A microscope, an
opinion poll, a bishopric and sympathy are no care.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import endings
from handoff.health.normalize import fold
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("it", "Mio padre ha fatto il fondo dell'occhio: retinopatia diabetica iniziale"),
    ("es", "A mi hija le recetaron amitriptilina para las migrañas, ¿alguien tiene experiencia?"),
    ("cs", "Ségra byla minulý týden na hysterektomii, už je doma"),
    ("pl", "Mąż ma w piątek kolonoskopię, nie przyjdzie na zebranie"),
    ("ru", "Маме поставили полинейропатию, ноги немеют по ночам"),
    ("sv", "Min man ska göra en vasektomi i mars"),
    ("de", "Meine Schwester nimmt jetzt Amitriptylin gegen die Schmerzen"),
    ("pt", "O médico suspeita de cardiomiopatia no meu tio"),
    ("ru", "Папе сделали гастроскопию, нашли эрозию"),
]

EVERYDAY = [
    ("de", "Die Demoskopie sieht die Partei bei zwölf Prozent"),
    ("cs", "Kurz mikroskopie začíná v pondělí v laboratoři B"),
    ("it", "Gli episcopati del nord si riuniscono a Milano"),
    ("it", "Ho una grande simpatia per il nuovo collega"),
    ("pl", "Empatia to podstawa pracy z klientem"),
    ("ru", "Лекция по спектроскопии перенесена на четверг"),
]

test_a_medical_ending_flags, test_a_word_that_only_looks_medical_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("word", "category"),
    [
        ("retinopatia", "condition"),
        ("neuropatie", "condition"),
        ("kardiomyopati", "condition"),
        ("энцефалопатия", "condition"),
        ("histerektomię", "procedure"),
        ("hysterektomii", "procedure"),
        ("kolonoskopię", "procedure"),
        ("гастроскопию", "procedure"),
        ("mikroskopie", None),
        ("demoskopie", None),
        ("sincopati", None),
        ("sympatie", None),
    ],
)
def test_the_ending_read(word, category):
    found = endings.find(fold(word))
    assert found.categories == (frozenset({category}) if category else frozenset())


@pytest.mark.parametrize("word", ["amitriptilina", "Amitriptylin", "amitryptylinę", "амитриптилином", "klomipramin"])
def test_a_tricyclic_reads_as_a_drug_name(word):
    assert endings.find(fold(word)).inflected_drug_name
