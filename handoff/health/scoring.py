"""Turn lexicon hits, context cues, medical word endings and identifiers into a verdict.

Evidence: a strong or ambiguous term, or a medical word ending ("-itis", "-ectomy", "-mycin"), 0.7;
a weak term, only when supported, 0.35; a strong identifier 0.9. Hits are combined as independent
evidence (1 - product of (1 - w)), at most three per category so one long rant does not outweigh
everything. Then context moves the score: an animal ("my dog is vomiting" is not a person's health
data) cuts it to 60%; otherwise a person (first person, a relative) or a complaint or care question
("suffering from", "what causes", "how to treat") raises it by 40% of the remaining gap; otherwise a
business question ("price", "opening hours") cuts it to 60%. Flagged at 0.5: a single strong term
is enough, a weak term needs a person or a complaint, a strong term in a bare price question is not.

Weak terms ("cold", "shot", "pressure") count only when supported: by a counted strong term, ending
or identifier, by a body part, a complaint phrase ("I have a", "suffering from") or a relative. A
first person alone does not support them ("should I get a shot" is a travel question). Care words
("appointment", "dr", "clinic") need a strong term or a second care word ("appt with dr"). Everyday
cues ("weather", "laptop", "photo") cancel weak and ambiguous terms; everyday phrases ("drug store",
"tired of") hide the health words and cues inside them.
"""

from bisect import bisect_right
from itertools import accumulate

from . import identifiers, language, morphology
from .lexicon import automaton
from .normalize import fold
from .verdict import HealthVerdict

THRESHOLD = 0.5
_W_STRONG = 0.7
_W_WEAK = 0.35
_W_ID = 0.9
_PER_CATEGORY = 3
_PERSON_BOOST = 0.4
_BUSINESS_DAMPING = 0.6
_ANIMAL_DAMPING = 0.6

_SUPPORT_CUES = frozenset({"body", "affliction", "relative"})
_PERSON_CUES = frozenset({"first_person", "relative"})


def detect(text: str) -> HealthVerdict:
    folded = fold(text)
    strong: dict[str, set[int]] = {}
    ambiguous: dict[str, set[int]] = {}
    weak: dict[str, set[int]] = {}
    by_strength = {"strong": strong, "amb": ambiguous, "weak": weak}
    lex_hits: list[tuple[int, int, str, str]] = []
    cue_hits: list[tuple[int, int, str]] = []
    masks: list[tuple[int, int]] = []
    veto = False
    langs: dict[str, int] = {}

    for end, entries in automaton().iter(folded):
        for kind, label, tag, length in entries:
            if kind == "lang":  # the most frequent hit: function words
                langs[label] = langs.get(label, 0) + 1
            elif kind == "lex":
                lex_hits.append((end - length + 1, end, label, tag))
            elif kind == "ctx":
                cue_hits.append((end - length + 1, end, label))
            elif label == "mask":
                masks.append((end - length + 1, end))
            else:
                veto = True

    # A hit is masked when some mask starts at or before it and ends at or after it. Masks sorted by
    # start with a running maximum of their ends answer that in O(log n), so a long text full of
    # everyday phrases stays linear-ish instead of hits x masks.
    masks.sort()
    mask_starts = [ms for ms, _ in masks]
    reach = list(accumulate((me for _, me in masks), max))

    def masked(start: int, end: int) -> bool:
        if not masks:
            return False
        i = bisect_right(mask_starts, start)
        return i > 0 and reach[i - 1] >= end

    # A masked phrase ("grass treatment", "tired of") hides its cues as well as its health words.
    cues = {cue for start, end, cue in cue_hits if not masked(start, end)}
    rules: set[str] = set()
    for start, end, category, tag in lex_hits:
        if masked(start, end):
            rules.add("neg.everyday_phrase")
            continue
        if veto and tag != "strong":
            rules.add("neg.everyday_context")
            continue
        # Keyed by start: a prefix key and a whole-word key on the same word are one hit.
        by_strength.get(tag, weak).setdefault(category, set()).add(start)

    endings = morphology.find(folded)
    # A body part named together with a complaint or a care question ("my knee ... how to treat")
    # is a symptom even when the complaint itself is in no lexicon.
    body_complaint = {"body", "affliction"} <= cues

    ids = identifiers.find(text)
    strong_ids = [r for r, s in ids.items() if s == "strong"]
    strong_evidence = bool(strong or ambiguous or endings or strong_ids)
    supported = strong_evidence or bool(cues & _SUPPORT_CUES)
    # "appointment", "dr", "clinic" are everyday words on their own ("I have an appointment at the
    # bank"): they need a strong health term, or each other ("appt with dr"), not just a cue.
    care = weak.pop("care_appointment_provider", set())
    if not supported:
        weak = {}
    if len(care) >= 2 or (care and strong_evidence):
        weak["care_appointment_provider"] = care

    weights: list[float] = []
    categories: set[str] = set()
    for table, weight, suffix in ((strong, _W_STRONG, ""), (ambiguous, _W_STRONG, ""), (weak, _W_WEAK, ".weak")):
        for category, starts in table.items():
            weights.extend([weight] * min(len(starts), _PER_CATEGORY))
            categories.add(category)
            rules.add(f"lex.{category}{suffix}")
    for category in endings:
        weights.append(_W_STRONG)
        categories.add(category)
        rules.add(f"morph.{category}")
    if body_complaint:
        weights.append(_W_WEAK)
        categories.add("symptom")
        rules.add("ctx.body_complaint")
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
        rules.update(f"ctx.{cue}" for cue in cues)
        if "animal" in cues:
            score *= _ANIMAL_DAMPING
        elif cues & _PERSON_CUES or "affliction" in cues:
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
        language=language.guess(langs),
    )
