"""Turn what the automata found into a verdict: evidence, composition, context.

Evidence and weights (combined as independent evidence, 1 - prod(1 - w), at most three per category):
- a strong or ambiguous term, or a medical word ending ("-itis", "-ectomy", "-mycin"): 0.7;
- a composition of cues that mean nothing alone, 0.6 (enough on its own):
  ``comp.body_ailment`` a body part with what it does wrong ("my knee hurts", "hair comes out"),
  ``comp.function_loss`` a body function impaired, with a body part or a degree ("can't bend my
  knee", "not hearing well"), or a vital function impaired ("trouble breathing"), ``comp.body_procedure`` something done to a body part ("they x-rayed my
  foot"), ``comp.test_result`` a result of a test ("je suis positif au test", "came back positive");
- a weak term, only when supported, 0.35; a body part with a complaint or care question, 0.35;
- a strong identifier, 0.9.
Then context: an animal cuts the score to 60%; otherwise a person (first person, a relative) or a
complaint raises it by 40% of the remaining gap; otherwise a business question cuts it to 60%.
Flagged at 0.5.

Weak terms ("cold", "shot", "pressure", "covid") count only when supported: by strong evidence, a
composition, a body part, a complaint, an ailment, a result or a relative. A first person alone does
not support them ("should I get a shot" is travel advice; "do I need a covid test to fly" discloses
nothing). Care words ("appointment", "clinic") need strong evidence or a second care word. Everyday
cues ("weather", "laptop") cancel weak and ambiguous terms; everyday phrases ("drug store", "sick of")
hide the health words and cues inside them.
"""

from bisect import bisect_right
from itertools import accumulate

from . import endings, identifiers, language, normalize
from .lexicon import lexicon
from .stemming import line_form, stem_line
from .verdict import HealthVerdict

THRESHOLD = 0.5
_W_STRONG = 0.7
_W_COMPOSED = 0.6
_W_WEAK = 0.35
_W_ID = 0.9
_PER_CATEGORY = 3
_PERSON_BOOST = 0.4
_BUSINESS_DAMPING = 0.6
_ANIMAL_DAMPING = 0.6

_SUPPORT_CUES = frozenset({"body", "complaint", "relative", "ailment", "result"})
_BOOST_CUES = frozenset({"person", "relative", "complaint"})
_REPORTED_CUES = frozenset({"person", "relative", "body", "complaint", "business", "animal"})
# Romanised Hindi words are only read once the text has this many Hindi function words.
_HINGLISH_MIN = 2
# Terms of languages tried only because the guess is unsure must be this long ("full" is not).
_MIN_OTHER_LETTERS = 5


class _Spans:
    """Everyday-phrase spans of one line; answers "is this hit inside one?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def cover(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def _scan(automaton, line: str, other: bool, hits: list, masks: list) -> bool:
    """Collect (start, end, kind, label) hits of one language in one line; True on a veto.

    A language tried only because the guess is unsure (``other``) adds only its terms of five
    letters or more, and no cues.
    """
    veto = False
    for end, entries in automaton.iter(line):
        for _lang, kind, label, length, letters in entries:
            if other and (kind != "lex" or letters < _MIN_OTHER_LETTERS):
                continue
            if kind == "neg":
                if label == "mask":
                    masks.append((end - length + 1, end))
                else:
                    veto = True
            else:
                hits.append((end - length + 1, end, kind, label))
    return veto


def _lines(prepared: str, folded: str, words: list[str], sure: tuple[str, ...], others: tuple[str, ...]):
    """(automaton, line, language) for every line to scan: per language, its line of stems and the
    folded surface (with accents kept for Vietnamese). Languages tried only because the guess is
    unsure are read on the surface only (prefixes and in-word pieces, "Hautkrebs"): stemming a
    text in thirteen languages would cost more than it finds."""
    lex = lexicon()
    for lang in sure + others:
        if lang not in lex.languages:
            continue
        stem_automaton, surface_automaton = lex.automata(lang)
        if stem_automaton is not None and lang in sure:
            yield stem_automaton, stem_line(lang, words), lang
        if surface_automaton is not None:
            yield surface_automaton, line_form("vi", prepared) if lang == "vi" else folded, lang


def _evidence(prepared: str, folded: str, words: list[str], sure: tuple[str, ...], others: tuple[str, ...]):
    """Lexical hits that survive everyday phrases: (categories by strength, cues, rules)."""
    other_set = frozenset(others)
    lex_hits: dict[str, dict[str, set]] = {"strong": {}, "amb": {}, "weak": {}}
    cues: set[str] = set()
    rules: set[str] = set()
    veto = False
    for automaton, line, lang in _lines(prepared, folded, words, sure, others):
        hits: list = []
        masks: list = []
        veto |= _scan(automaton, line, lang in other_set, hits, masks)
        spans = _Spans(masks) if masks else None
        word_starts = [i for i, ch in enumerate(line) if ch == " "] if hits else []
        for start, end, kind, label in hits:
            if spans is not None and spans.cover(start, end):
                rules.add("neg.everyday_phrase")
                continue
            if kind == "cue":
                cues.add(label)
                continue
            category, strength = label.rsplit(".", 1)
            # Keyed by the word's index, so the stem and a prefix of one word are one hit.
            lex_hits[strength].setdefault(category, set()).add(bisect_right(word_starts, start))
    if veto:
        for strength in ("amb", "weak"):
            if lex_hits[strength]:
                rules.add("neg.everyday_context")
                lex_hits[strength] = {}
    return lex_hits, cues, rules


def _languages(prepared: str, folded: str, words: list[str]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    kind = language.script(prepared)
    lex = lexicon()
    primary, sure, others = language.candidates(prepared, folded, len(words), kind, lex.function_words)
    if kind != "latin":
        return primary, sure, others
    # Romanised Hindi: the model cannot tell it, its function words can.
    if "hi" in lex.languages:
        hindi, _ = lex.automata("hi")
        line = folded
        seen = {end for end, entries in hindi.iter(line) for e in entries if e.label == "hinglish"}
        if len(seen) >= _HINGLISH_MIN:
            return "hi", ("hi", *sure), others
    return primary, sure, others


def detect(text: str) -> HealthVerdict:
    prepared = normalize.prepare(text)
    words = normalize.tokens(prepared)
    if not words:
        return HealthVerdict(flagged=False, score=0.0, categories=(), rules=(), language=language.UNDETERMINED)
    folded = normalize.fold_words(words)
    primary, sure, others = _languages(prepared, folded, words)
    found, cues, rules = _evidence(prepared, folded, words, sure, others)
    strong, ambiguous, weak = found["strong"], found["amb"], found["weak"]

    composed: dict[str, str] = {}
    if "body" in cues and "ailment" in cues:
        composed["comp.body_ailment"] = "symptom"
    if "impair" in cues and ("vital" in cues or ("function" in cues and cues & {"body", "degree"})):
        composed["comp.function_loss"] = "symptom"
    if "body" in cues and "event" in cues:
        composed["comp.body_procedure"] = "procedure"
    if "result" in cues and "testword" in cues:
        composed["comp.test_result"] = "test_result"
    # A body part named with a complaint or care question ("my knee ... how to treat").
    body_complaint = {"body", "complaint"} <= cues

    ends = endings.find(folded)
    ids = identifiers.find(text)
    strong_ids = [r for r, s in ids.items() if s == "strong"]
    strong_evidence = bool(strong or ambiguous or ends or strong_ids or composed)
    supported = strong_evidence or bool(cues & _SUPPORT_CUES)
    # "appointment", "clinic" are everyday words on their own ("I have an appointment at the
    # bank"): they need a strong health term, or each other ("appt with dr").
    care = weak.pop("care_appointment_provider", set())
    if not supported:
        weak = {}
    if len(care) >= 2 or (care and strong_evidence):
        weak["care_appointment_provider"] = care

    weights: list[float] = []
    categories: set[str] = set()
    for table, weight, suffix in ((strong, _W_STRONG, ""), (ambiguous, _W_STRONG, ""), (weak, _W_WEAK, ".weak")):
        for category, positions in table.items():
            weights.extend([weight] * min(len(positions), _PER_CATEGORY))
            categories.add(category)
            rules.add(f"lex.{category}{suffix}")
    for category in ends:
        weights.append(_W_STRONG)
        categories.add(category)
        rules.add(f"morph.{category}")
    for rule, category in composed.items():
        weights.append(_W_COMPOSED)
        categories.add(category)
        rules.add(rule)
    if body_complaint:
        weights.append(_W_WEAK)
        categories.add("symptom")
        rules.add("comp.body_complaint")
    for rule, strength in ids.items():
        if strength == "strong" or supported:
            weights.append(_W_ID if strength == "strong" else _W_WEAK)
            categories.add("health_identifier")
            rules.add(rule)

    missing = 1.0
    for w in weights:
        missing *= 1.0 - w
    score = 1.0 - missing
    if score > 0:
        # Cues are reported only next to health evidence, so ordinary messages carry no rules.
        rules.update(f"ctx.{cue}" for cue in cues & _REPORTED_CUES)
        if "animal" in cues:
            score *= _ANIMAL_DAMPING
        elif cues & _BOOST_CUES:
            score += (1.0 - score) * _PERSON_BOOST
        elif "business" in cues:
            score *= _BUSINESS_DAMPING

    score = round(min(score, 1.0), 3)
    flagged = score >= THRESHOLD
    return HealthVerdict(
        flagged=flagged,
        score=score,
        categories=tuple(sorted(categories)) if flagged else (),
        rules=tuple(sorted(rules)),
        language=primary,
    )
