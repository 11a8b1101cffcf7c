"""An everyday word listed with a stem that a health word of its language has is refused by the build.

Snowball stems "elevator" and "elevated" alike; listing the first as a thing gave every "elevated blood
pressure" the cue of a thing. ``build-lexicon`` refuses such a pair until one of them is marked ``=``
(matched as written); these tests hold the curated lexicons to it and show what the detector reads
once the pairs found in them were parted.
"""

from pathlib import Path

import pytest

from handoff.health import build, detect
from handoff.health.stem_clashes import StemOrigins

# simplemma, a build dependency (handoff/health/build-requirements.txt), tells a word family from a
# namesake; `make test` installs it for the build tests, and a missing one fails here, never skips.


def _compile(rows):
    compiler = build.Compiler(build._listed())
    build.compile_curated(compiler, [(Path(f"{lang}.txt"), lang, tag, raw) for lang, tag, raw in rows])
    return compiler


@pytest.mark.timeout(300)  # the frequency tables of 17 languages are stemmed once
def test_no_everyday_word_of_the_curated_lexicons_shares_a_health_words_stem():
    compiler = build.Compiler(build._listed())
    build.compile_curated(compiler, build.curated_rows())
    assert compiler.stem_origins.clashes() == []


def test_a_thing_with_a_health_words_stem_is_refused_with_both_words_named():
    with pytest.raises(ValueError) as refused:
        _compile([("en", "thing", "elevator"), ("en", "test_result.weak", "elevated")])
    assert "elevator (thing)" in str(refused.value)
    assert "elevated" in str(refused.value)
    assert "'='" in str(refused.value)


def test_the_thing_marked_as_written_is_accepted():
    compiler = _compile([("en", "thing", "=elevator"), ("en", "test_result.weak", "elevated")])
    assert compiler.stem_origins.clashes() == []


@pytest.mark.parametrize("lang, everyday, health", [
    ("de", ("thing", "drucker"), ("condition.weak", "druck")),
    ("it", ("job", "autista"), ("condition", "autistico")),
    ("pt", ("veto", "trem"), ("symptom", "tremendo")),
    ("sv", ("thing", "frysen"), ("symptom", "fryser")),
])
def test_a_namesake_in_other_languages_is_refused(lang, everyday, health):
    with pytest.raises(ValueError, match=everyday[1]):
        _compile([(lang, *everyday), (lang, *health)])


@pytest.mark.parametrize("lang, everyday, health", [
    # The same lemma is one word family: a plural listed as a business is no namesake.
    ("es", ("business", "enfermeras"), ("care_appointment_provider", "enfermera")),
    # A care role beside its care place is how roles are meant to work.
    ("de", ("role", "apotheker"), ("care_appointment_provider", "apotheke")),
    # A cue that helps a health word ("my" as a person) damps nothing.
    ("tr", ("relative", "karım"), ("body", "karın")),
])
def test_a_word_family_a_role_or_a_helping_cue_is_no_clash(lang, everyday, health):
    assert _compile([(lang, *everyday), (lang, *health)]).stem_origins.clashes() == []


def test_only_a_damping_cue_or_an_everyday_entry_makes_a_clash():
    origins = StemOrigins()
    origins.record("en", " elev ", "lex", "test_result.weak", "elevated")
    origins.record("en", " elev ", "cue", "person", "elevens")
    assert origins.clashes() == []
    origins.record("en", " elev ", "neg", "mask", "elevator")
    (clash,) = origins.clashes()
    assert (clash.lang, clash.health_words, clash.everyday_words) == ("en", ("elevated",), ("elevator (mask)",))


@pytest.mark.parametrize("text", [
    "my mum has elevated blood pressure",  # "elevator" was a thing on the stem "elev"
    "Ich habe Druck auf der Brust seit gestern",  # "Drucker" (a printer) on "druck"
    "mio figlio è autistico, domani ha la visita",  # "autista" (a driver) was a job on "autist"
    "أبويا عنده عملية قلب مفتوح يوم الخميس، محتاج إجازة",  # "قلبتها" (I flipped it) masked "قلب"
    "Kurze Info: die Helga liegt wieder im Klinikum, Vorhofflimmern. Sie freut sich über Nachrichten",
    "У Артёма нашли аллергию на белок коровьего молока, чем теперь кормить?",  # "корм" (pet food)
])
def test_health_read_where_an_everyday_namesake_had_damped_it(text):
    verdict = detect(text)
    assert verdict.flagged
    assert "neg.said_of_a_thing" not in verdict.rules


@pytest.mark.parametrize("text", [
    "the elevator at the clinic is broken again",
    "سعر التبن صار يوجع القلب 💔",  # a price that hurts the heart, which the namesake mask had hidden
    "Quel cliente è un caso clinico, ha cambiato idea sul colore del pomolo 4 volte",
    "O café da igreja tá uma droga, alguém traz um pacote do bom semana que vem",
    "De behandelbank in kamer 2 gaat niet meer omhoog, monteur komt morgen",
])
def test_everyday_figures_stay_everyday(text):
    assert not detect(text).flagged


def test_an_icd_word_with_an_everyday_words_stem_is_a_clash_too():
    # The ICD-10 title words are compiled beside the curated ones: Malta fever ("المالطية") had the
    # stem of the everyday phrase "مالطا" (Malta), which masked it; the build checks them after adding.
    compiler = _compile([("ar", "mask", "مالطا")])
    assert compiler.stem_origins.clashes() == []
    compiler.add("ar", "condition", "المالطية", "icd10")
    assert [clash.everyday_words for clash in compiler.stem_origins.clashes()] == [("مالطا (mask)",)]


@pytest.mark.parametrize("text", [
    "أخوي مصاب بالمالطية من أسبوع",  # brucellosis, once masked by Malta the country
    "tengo el tabique desviado y no respiro bien",  # a septum, once masked by "tabiquería" (partitions)
    "meu filho tem problema de visão binocular",  # once a thing's, by "binóculo" (binoculars)
])
def test_icd_words_read_where_an_everyday_namesake_had_hidden_them(text):
    verdict = detect(text)
    assert verdict.flagged
    assert not {"neg.everyday_phrase", "neg.said_of_a_thing"} & set(verdict.rules)


def test_a_business_word_with_the_stem_of_a_verb_of_saying_is_refused():
    # "píšou" (they write), a business word, made every "píše" (writes) one: "zákazník z tiketu 2290
    # píše, že má epilepsii" was read as a business question. A verb of saying is listed as written
    # and is checked by its stem all the same.
    with pytest.raises(ValueError) as refused:
        _compile([("cs", "says", "=píše"), ("cs", "business", "píšou")])
    assert "píšou (business)" in str(refused.value)
    assert "píše" in str(refused.value)


def test_a_verb_of_saying_listed_as_written_beside_a_business_word_as_written_is_accepted():
    compiler = _compile([("cs", "says", "=píše"), ("cs", "business", "=píšou")])
    assert compiler.stem_origins.clashes() == []
