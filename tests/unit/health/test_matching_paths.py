"""The fast paths of the detector give the answers of the slow ones, and script spelling is folded.

- Stems are memoised: the memo never changes a stem (hypothesis, any word, every stemmed language).
- Medical endings are looked for only in words the automaton saw end like one: every ending the
  regex knows is among those tails.
- Whole-word keys live in a dict, the rest in an automaton: a word key and a phrase key of the same
  language both still count.
- Arabic script: hamza seats, Persian/Urdu letter forms and chat spellings without hamza read alike;
  temperature alone is weather, with "I have" it is fever.
- Function words: one of them is a hint, not an answer (the model decides), two decide alone.
- Weak terms with nothing strong beside them weigh as one.

Every sentence here is written for these tests; none comes from ../shared/phi-bench.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.health import detect, endings, normalize, scoring
from handoff.health.lexicon import lexicon
from handoff.health.stemming import ALGORITHMS, stem_words, stemmer
from tests.support.health_verdicts import assert_not_flagged

WORDS = st.lists(st.text(alphabet=st.characters(categories=("Ll", "Lo", "Nd")), min_size=1, max_size=12), max_size=8)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(ALGORITHMS)), WORDS)
def test_memoised_stems_are_the_stemmers_stems(lang, words):
    words = [normalize.prepare(w) for w in words]
    expected = [normalize.strip_marks(s) if not s.isascii() else s for s in stemmer(lang).stemWords(words)]
    assert stem_words(lang, words) == expected
    assert stem_words(lang, words) == expected  # second call: from the memo


@pytest.mark.parametrize(
    "word",
    ["tendinitis", "appendectomy", "colonoscopy", "rhinoplasty", "psoriasis", "neuropathy", "fibromyalgia",
     "anaemia", "amoxicillin", "atorvastatin", "valsartan", "omeprazole", "ibuprofen", "adenoma", "lipomas",
     "metoprolol", "sumatriptan", "fluoxetine", "lorazepam", "aciclovir", "adalimumab", "imatinib", "furosemide"],
)
def test_every_word_the_ending_regex_knows_ends_with_a_tail_the_automaton_looks_for(word):
    assert endings.find(f" {word} ").categories, word
    assert word.endswith(endings.TAILS)
    assert detect(f"started on {word} last month").flagged


def test_words_the_ending_regex_refuses_are_not_flagged_by_their_tail():
    for text in ("our photography club", "the diploma ceremony", "lololol", "set the thermostat lower"):
        assert not detect(text).flagged, text


@pytest.mark.parametrize("word", ["diagnosis", "prognosis", "hypnosis", "osmosis", "photography", "diploma"])
def test_words_that_end_like_a_condition_but_name_none_have_no_ending(word):
    assert endings.find(f" {word} ") == (frozenset(), False), word


def test_surface_keys_are_split_between_the_word_table_and_the_automaton():
    surface = lexicon().surface()
    assert all(" " not in word for word in surface.words)
    # Every whole word is answered by the dict; the automaton holds only phrases, prefixes, in-word
    # pieces and endings (a whole word there would be walked character by character for nothing).
    whole_words_in_the_automaton = [
        key for key in surface.automaton.keys() if key.startswith(" ") and key.endswith(" ") and " " not in key.strip()
    ]
    assert whole_words_in_the_automaton == []
    # Most whole words are typo variants, kept in their trie (test_lexicon_archive.py).
    assert len(surface.words) + len(surface.typos.table) > 5 * len(surface.automaton)
    # A phrase key ("side effect") and a word key ("migraine") both still count.
    assert "lex.medication" in detect("the side effects of the new pills are bad").rules
    assert detect("migraine again today").flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("أشعر بألم في رأسي", True),  # with hamza
        ("اشعر بالم في راسي", True),  # the same, typed without hamza, as in chat
        ("عندي حرارة منذ أمس", True),  # I have a temperature since yesterday
        ("ابني عنده سعال شديد", True),
        ("كم درجة الحرارة في دبي اليوم؟", False),  # the weather's temperature
        ("اضبط المنبه على الساعة السادسة", False),  # "المنبه" (alarm) is not "ألم" (pain)
        ("كم سعر الشحن إلى جدة؟", False),
    ],
)
def test_arabic_spellings(text, flagged):
    verdict = detect(text)
    assert verdict.flagged is flagged, verdict
    assert verdict.language == "ar"


def test_persian_and_urdu_letter_forms_fold_to_the_arabic_letters():
    # Persian yeh and keheh are other code points for the Arabic letters.
    assert normalize.prepare("\u06a9\u06cc") == normalize.prepare("\u0643\u064a")
    # Hamza seats stay for the stemmer, and are folded on the surface line.
    assert normalize.prepare("أ") == "أ"
    assert normalize.fold("أشعر") == normalize.fold("اشعر") == " اشعر "


def test_one_function_word_is_a_hint_and_two_decide():
    # "pelo" is Portuguese "by the" and Spanish "hair": one such word does not decide alone, the
    # model is asked and the Spanish reading ("se me cae el pelo": my hair falls out) is made.
    verdict = detect("se me cae el pelo a mechones")
    assert verdict.flagged and "comp.body_ailment" in verdict.rules
    assert detect("what time does the shop open on sundays").language == "en"


@pytest.mark.parametrize("text", ["dedo torto", "boca torta"])
def test_a_three_letter_stem_counts_by_the_word_written(text):
    # Too short for the model to place, these are read in the languages whose health words cover
    # two of their words: "boca" and "dedo" (mouth, finger) are four-letter words whose Snowball
    # stems ("boc", "ded") have three letters, and they count as the words they are.
    verdict = detect(text)
    assert verdict.flagged and "comp.body_ailment" in verdict.rules


def test_weak_terms_alone_weigh_as_one():
    assert not detect("how many calories does a long walk burn").flagged
    assert not detect("is it going to be cold and windy tomorrow").flagged
    assert detect("my son has a cold").flagged


def _stem_key_pieces(lang):
    """Word keys, phrase keys and words of phrases of ``lang``'s stem keys, each as a list of stems."""
    keys = lexicon().stem(lang)
    phrases = sorted(key.split() for key in keys.automaton.keys()) if keys.automaton is not None else []
    words = sorted(keys.words)[::7] + sorted({w for phrase in phrases for w in phrase})[::5] + ["x", "house"]
    return [[w] for w in words] + phrases[::3]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_stem_line_skipped_for_coverage_would_have_covered_no_word(data):
    # Languages tried only because the guess is unsure are read in when their terms cover two words
    # of the text; a stem line whose stems cannot start a counted hit is not searched.
    lang = data.draw(st.sampled_from(sorted(ALGORITHMS)))
    pieces = data.draw(st.lists(st.sampled_from(_stem_key_pieces(lang)), min_size=1, max_size=4))
    stems = [stem for piece in pieces for stem in piece]
    # The stems of these words are the keys' stems (a stem is its own stem often, not always): the
    # test reads the line the detector builds either way.
    full = scoring._stem_hits(lang, stems)
    if scoring._stem_hits(lang, stems, only_covering=True) is None:
        assert full is None or not any(scoring._words_covered(*full, stems))
    else:
        assert scoring._stem_hits(lang, stems, only_covering=True) == full


@pytest.mark.parametrize("text", [
    "předpokládám",  # cs "I suppose": the Swedish in-word term "klad" inside it
    "składa",  # pl "it submits": the same
    "migranten",  # nl: a one-letter typo of Swedish "migrän"
    "especificamente",  # pt "specifically": the Hungarian in-word term "fica"
    "ficamos",  # pt "we stay"
    "gravidade",  # pt "severity": a Swedish pregnancy term's prefix
    "na sua gravidade",
    "předpokládám že ano",
    "especificamente isso",
    "migranten in Europa",
    "la disciplina scolastica",  # the Turkish "disiplin" family
    "sanciones económicas",
    "składa wniosek",
    "vermutet die Polizei",  # the Hungarian in-word "mute"
    "moment bitte",  # "Moment" is an Italian ibuprofen brand, now listed only in phrases
])
def test_an_everyday_word_of_one_language_does_not_set_off_another_languages_term_when_the_guess_is_unsure(text):
    assert_not_flagged(text)


def test_an_italian_brand_that_is_an_everyday_word_elsewhere_is_read_in_its_phrases():
    assert detect("ho preso un moment per il mal di testa").flagged


def test_foreign_words_are_frequent_words_no_other_vocabulary_reads_as_health():
    foreign = lexicon().foreign_words
    assert "sklada" in foreign["sv"] and "migranten" in foreign["sv"]
    listed = set().union(*foreign.values())
    # International health words stay trusted: several languages read them as health.
    assert not {"diabetes", "migraine", "cancer", "hospital", "doctor"} & listed
