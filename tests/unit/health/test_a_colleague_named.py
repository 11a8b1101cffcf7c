"""A colleague, a customer or a friend named by a first name is a particular person: a health word a
few words after the name lifts as a first person's does, so the shop, the order or the rota named
beside it no longer damps it as a business question ("Jana ist schwanger, wer übernimmt ihre
Schichten an der Kasse?"). A name is told by its capital and by Faker's first names less the
language's everyday words; a capitalised word beside it makes it part of a shop's, a hospital's or
a brand's name; a name that is the health word itself is the word.
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import detect
from handoff.health.lexicon import lexicon
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("de", "Jana ist schwanger, wer übernimmt ab Montag ihre Schichten an der Kasse?"),
    ("nl", "Sanne heeft een hernia, haar bestellingen gaan deze week naar Joost"),
    ("es", "Marta tiene neumonía, el pedido de la tienda lo cierra Jorge"),
    ("pt", "A Fernanda está com conjuntivite, quem cobre o caixa amanhã?"),
    ("it", "Giulia ha la mononucleosi, il turno in negozio lo copre Marco"),
    ("pl", "Agnieszka ma półpasiec, jej zamówienia przejmuje Tomasz"),
    ("hu", "Dóra terhes, a műszakbeosztást át kell írni a boltban"),
    ("id", "Dimas kena tifus, pesanan toko dipegang Rina dulu"),
    ("ru", "Ольга в декрете, её заказы в магазине теперь ведёт Сергей"),
    ("en", "Charlotte has the flu, her orders for the shop go to Ben"),
    ("en", "Priya is pregnant so the warehouse rota changes, invoice to HR"),
]

EVERYDAY = [
    # A name beside a capitalised word is part of a shop's or a hospital's name.
    ("nl", "Albert Heijn heeft de griepvaccins van de apotheek in de aanbieding, bestelling klaar?"),
    ("pt", "O Hospital Santa Maria pediu 200 bolos para a festa dos funcionários, fecha o orçamento?"),
    ("es", "El Hospital Gregorio Marañón pide 40 cajas de guantes, ¿cerramos el pedido hoy?"),
    ("sv", "Beställningen till Astrid Lindgrens barnsjukhus ska levereras på fredag, fakturan till kliniken"),
    ("hi", "Apollo pharmacy pe paracetamol ka stock khatam, order daal do"),
    # A name that is the language's word names no one: a shelf that looks "sick" in Turkish.
    ("tr", "Raf hasta gibi duruyor, ortadan tamamen eğilmiş, yenisini sipariş edelim"),
    # A craze is no fever, whoever it is named after.
    ("pt", "A liquidação da Zara virou uma febre, todo mundo no escritório comprou blazer"),
]

test_a_named_person_flags, test_a_name_in_a_proper_name_does_not_flag = table_tests(HEALTH, EVERYDAY)


@pytest.mark.parametrize(
    ("named", "unnamed"),
    [
        ("Jana ist schwanger, wer übernimmt ab Montag ihre Schichten an der Kasse?",
         "Die Kassiererin ist schwanger, wer übernimmt ab Montag ihre Schichten an der Kasse?"),
        ("Marta tiene neumonía, el pedido de la tienda lo cierra Jorge",
         "La cajera tiene neumonía, el pedido de la tienda lo cierra el encargado"),
    ],
)
def test_the_name_lifts_what_the_business_word_damps(named, unnamed):
    assert detect(named).flagged and "ctx.business" in detect(named).rules
    assert not detect(unnamed).flagged and "ctx.business" in detect(unnamed).rules


def test_a_name_after_the_health_word_is_someone_else():
    # The one who takes over the shifts is not the one who is ill.
    assert not detect("Die Kassiererin ist schwanger, ihre Schichten an der Kasse übernimmt Jana").flagged


def test_a_lowercase_name_is_a_word():
    assert not detect("jana ist schwanger, wer übernimmt ab Montag ihre Schichten an der Kasse?").flagged


def test_names_are_first_names_less_the_languages_words():
    names = lexicon().first_names
    assert {"jana", "charlotte", "priya", "zeynep"} <= names("en")
    assert "raf" not in names("tr")  # a shelf
    assert "rosa" not in names("it")  # pink
    assert names("ar") == frozenset()  # no capitals to tell a name by
