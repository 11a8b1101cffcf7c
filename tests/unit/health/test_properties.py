"""Properties that hold for any text: privacy, determinism, never raising, the verdict's shape."""

import subprocess
import time
import sys
import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.health import CATEGORIES, HealthVerdict, detect, detect_many

HEALTHY_WORDS = st.sampled_from(
    ["diabetes", "my", "mother", "fever", "ibuprofen", "appt", "dr", "tengo", "dolor", "12345678", "NPI",
     "1234567893", "E11.9", "ICD", "cold", "weather", "café", "Überweisung", " ", "\n", "!!", "é",
     "Hautkrebs", "болит", "голова", "ağrıyor", "ألم", "رأسي", "đau", "đầu", "bukhar", "hai", "mujhe", "kolano",
     "bolí", "fáj", "knä", "ont", "sakit", "\u0301", "\ud800", "🤒", "🤮", "💊", "🏥", "emoji"]
)
TEXTS = st.one_of(st.text(), st.lists(HEALTHY_WORDS, max_size=12).map(" ".join))


CUES = ("person", "relative", "body", "complaint", "business", "animal")
COMPOSITIONS = ("body_ailment", "function_loss", "function_ailment", "body_procedure", "test_result", "body_complaint")
# Everything a verdict may say: a closed vocabulary, so it cannot carry the input's words.
RULE_IDS = frozenset(
    [f"lex.{c}" for c in CATEGORIES]
    + [f"lex.{c}.weak" for c in CATEGORIES]
    + [f"morph.{c}" for c in ("condition", "procedure", "medication")]
    + [f"ctx.{cue}" for cue in CUES]
    + [f"comp.{rule}" for rule in COMPOSITIONS]
    + ["neg.everyday_phrase", "neg.everyday_context", "neg.said_of_a_thing", "neg.role_at_work", "neg.living_somewhere", "neg.leave_policy", "id.npi", "id.mbi", "id.icd10", "id.member"]
    + ["meas.blood_pressure", "meas.blood_sugar", "meas.oxygen", "meas.temperature", "meas.gestation"]
    + [f"emoji.{c}" for c in ("symptom", "condition", "medication", "procedure", "care_appointment_provider", "reproductive_sexual_health")]
)
# The languages (hi: romanised Hindi) and "und".
LANGUAGES = frozenset(
    {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "sv", "cs", "hu", "ru", "tr", "id", "ar", "vi", "hi", "und"}
)
VOCABULARY = " ".join([*RULE_IDS, *CATEGORIES, *LANGUAGES])


def _verdict_strings(verdict: HealthVerdict) -> list[str]:
    return [verdict.language, *verdict.categories, *verdict.rules]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_detect_never_raises_and_keeps_its_shape(text):
    verdict = detect(text)
    assert isinstance(verdict, HealthVerdict)
    assert 0.0 <= verdict.score <= 1.0 and round(verdict.score, 3) == verdict.score
    assert set(verdict.categories) <= set(CATEGORIES)
    assert list(verdict.categories) == sorted(verdict.categories)
    assert list(verdict.rules) == sorted(verdict.rules)
    assert verdict.flagged == (verdict.score >= 0.5)
    assert verdict.flagged or verdict.categories == ()
    assert set(verdict.rules) <= RULE_IDS
    assert verdict.language in LANGUAGES


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_detect_is_deterministic(text):
    assert detect(text) == detect(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=4))
def test_verdict_never_contains_a_piece_of_the_input_longer_than_3_characters(text):
    verdict = detect(text)
    pieces = {text[i : i + 4] for i in range(len(text) - 3)} - _vocabulary_pieces()
    for value in _verdict_strings(verdict):
        assert not [p for p in pieces if p in value]


def _vocabulary_pieces() -> set[str]:
    # A random text may itself spell "medi" or "cond": those pieces come from the closed vocabulary.
    return {VOCABULARY[i : i + 4] for i in range(len(VOCABULARY) - 3)}


def test_verdict_of_a_health_message_holds_none_of_its_words():
    text = "Mrs Appleby's metformin dose doubled after her HbA1c came back at 9.1"
    verdict = detect(text)
    assert verdict.flagged
    words = [w for w in text.replace("'", " ").split() if len(w) > 3]
    serialised = repr(verdict.to_dict())
    assert not [w for w in words if w.lower() in serialised.lower()]


def test_empty_and_blank_text_are_not_flagged():
    for text in ("", "   ", "\n\t"):
        verdict = detect(text)
        assert not verdict.flagged and verdict.score == 0.0 and verdict.language == "und"


def test_to_dict_has_exactly_the_public_fields():
    assert detect("I have asthma").to_dict() == {
        "flagged": True,
        "score": detect("I have asthma").score,
        "categories": ["condition"],
        "rules": list(detect("I have asthma").rules),
        "language": "en",
    }


def test_detect_many_combines_the_texts_of_one_message():
    combined = detect_many(["see attached", "blood_test_results.pdf", "Confirm appointment"])
    assert combined.flagged
    assert "test_result" in combined.categories
    assert combined.score == max(detect(t).score for t in ["see attached", "blood_test_results.pdf"])


def test_detect_many_of_nothing_or_harmless_texts_is_not_flagged():
    assert not detect_many([]).flagged
    assert not detect_many(["invoice.pdf", "Thanks!"]).flagged


def test_detect_is_thread_safe_from_a_cold_start():
    texts = ["I have the flu", "opening hours?", "mi hijo tiene fiebre"] * 50
    expected = [detect(t) for t in texts]
    results: list = [None] * len(texts)

    def work(i):
        results[i] = detect(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


def test_import_does_not_build_the_matchers():
    code = (
        "import handoff.health, handoff.health.lexicon as lx, handoff.health.language as lang; "
        "assert lx._lexicon is None and lang._model is None; "
        "handoff.health.detect('I have the flu'); assert lx._lexicon is not None"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_long_text_full_of_everyday_phrases_grows_linearly():
    # A guard against quadratic work per phrase, not a speed target: the time of a ~190 kB text
    # against a tenth of it, measured in the same run (so the machine's load cancels out). Linear
    # work gives about 10x; a quadratic step gives about 100x.
    sentence = "be patient, my cold brew from the drug store, I have diabetes. "

    def seconds(repeats: int) -> float:
        text = sentence * repeats
        start = time.perf_counter()
        assert detect(text).flagged
        return time.perf_counter() - start

    seconds(300)  # warm the memos and the lexicon
    small = min(seconds(300) for _ in range(3))
    large = min(seconds(3000) for _ in range(2))
    assert large / small < 40, (large, small)


def test_lone_surrogates_and_control_characters_do_not_raise():
    assert detect("\ud800 fever \udfff").flagged
    assert not detect("\x00" * 10).flagged


# Texts whose words name several categories or hit on several lines, where the order of hits
# decides which category a word counts for ("tear" is a procedure's and a condition's word).
_ORDER_SENSITIVE = [
    # One weak term counts when nothing strong is beside it: which one (and so which category is
    # reported) followed the hash order of the words before hits were put in text order.
    "my son has a cold and needs his shot",
    "my daughter has a cold, she took vitamins",
    "my mum got a shot for her cold",
    "what to take for a cold and feeling weak",
    "I had a meniscal tear repaired last year",
    "insomnia and anxiety, my doctor gave me sleeping pills",
    "Mi hijo tiene fiebre y no para de toser",
    "У меня болит колено с воскресенья",
    "Tahlil sonuçlarım çıktı, kolesterolüm yüksek",
    "je suis positif au test et j'ai de la fièvre",
    "Ich habe Kopfschmerzen und Fieber seit gestern",
    "my knee gives way and my hip clicks when I walk",
]


def test_verdicts_do_not_depend_on_the_hash_seed():
    # Set iteration order differs between processes (string hashing is salted per process);
    # a verdict must not.
    code = (
        "import json, sys; from handoff.health import detect; "
        "print(json.dumps([detect(t).to_dict() for t in json.loads(sys.argv[1])]))"
    )
    import json
    import os

    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code, json.dumps(_ORDER_SENSITIVE)], env=env, check=True, capture_output=True, text=True
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
