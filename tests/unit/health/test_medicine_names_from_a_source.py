"""Medicines named by a name the curated lexicons do not list reach the detector from the
drug-named-entity-recognition dictionary (``drug_names``, compiled by ``build-lexicon``): generic
names and trade names with a MedlinePlus or NHS page that some language's frequency list has seen,
matched as the start of a word so that a case
ending still follows ("szedem a gabapentint", "beru baklofen"). Everyday words that start like a
name, or that Snowball would have cut to a name's stem, stay everyday ("differing", "regained",
"atacando", "Metadaten", "remont", "halaman").
The messages were written for this file; none comes from ../shared/phi-bench or from the probes."""

import pytest

from handoff.health import build, drug_names
from tests.support.health_verdicts import table_tests

# (language the message is written in, text)
HEALTH = [
    ("en", "the doc upped my allopurinol again, second flare this month"),
    ("en", "been on gabapentin for the nerve pain since March"),
    ("es", "me subieron la pregabalina a 150 y ando mareada todo el día"),
    ("pt", "comecei a tomar levotiroxina semana passada"),
    ("fr", "mon rhumato m'a mis sous colchicine pour la crise"),
    ("de", "nehme seit Montag Tamsulosin, mir ist ständig schwindelig"),
    ("it", "il medico mi ha dato il baclofen per gli spasmi"),
    ("nl", "ik slik nu sertraline, de eerste weken waren zwaar"),
    ("pl", "od tygodnia biorę baclofen i jestem śpiąca"),
    ("sv", "började med allopurinol i går, hoppas det hjälper"),
    ("cs", "beru colchicin a je mi z toho zle"),
    ("hu", "egy hete szedem a gabapentint, szédülök tőle"),
    ("tr", "doktor allopurinol yazdı, günde bir tane"),
    ("id", "udah dua minggu minum allopurinol tapi masih nyeri"),
    ("hi", "doctor ne gabapentin di hai, neend bahut aati hai"),
]

EVERYDAY = [
    ("en", "our views on the budget keep differing, let's talk tomorrow"),
    ("en", "they regained the lead in the second half"),
    ("es", "nos están atacando por la banda izquierda"),
    ("de", "die Metadaten der Fotos sind weg"),
    ("pl", "remont łazienki potrwa do piątku"),
    ("id", "halaman depan rumah mau dicat ulang"),
    ("fr", "j'ai eu une contravention pour stationnement"),
    ("en", "the metadata on the invoices is wrong again"),
]

test_a_medicine_named_flags, test_a_word_that_starts_like_one_does_not_flag = table_tests(HEALTH, EVERYDAY)


def test_only_names_a_patient_meets_are_taken():
    names = set(drug_names.names())
    assert {"gabapentin", "allopurinol", "baclofen", "colchicine"} <= names
    # substance headings, everyday words and names that start everyday words are left out
    assert names.isdisjoint({"galectins", "buffers", "allegra", "principen", "differin", "regaine", "atacand"})
    # a trade name no language's frequency list has seen is not one people write
    assert "otherbrufen" not in names
    assert all(len(name) >= drug_names.MIN_LENGTH and name.isalpha() for name in names)


@pytest.fixture(scope="module")
def collisions():
    return build.Collisions(build._listed())


@pytest.mark.parametrize("lang", drug_names.LANGUAGES)
def test_every_name_is_listed_as_the_start_of_a_word(lang, collisions):
    terms = build.drug_terms(lang, collisions)
    assert len(terms) > 1000 and all(term.endswith("*") for term in terms)
