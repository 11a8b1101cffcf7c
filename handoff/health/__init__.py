"""Offline health-data detector: text in, a verdict without the text out.

Pure, deterministic and thread-safe. The lexicon automaton is compiled on the first call, not at
import, so importing this package (as the Functions host does at start) stays cheap.
See docs/health-detector.md for the vocabulary, the scoring and the languages covered.
"""

from collections.abc import Iterable

from . import scoring
from .verdict import CATEGORIES, NOT_HEALTH, HealthVerdict

__all__ = ["CATEGORIES", "HealthVerdict", "detect", "detect_many"]


def detect(text: str) -> HealthVerdict:
    """Verdict for one text. Never raises on a ``str``; empty or blank text is not flagged."""
    if not text or text.isspace():
        return NOT_HEALTH
    return scoring.detect(text)


def detect_many(texts: Iterable[str]) -> HealthVerdict:
    """One verdict for the several texts of one message (caption, file name, button text...).

    Flagged if any text is; categories and rules are the union; the score is the highest one; the
    language is that of the longest text whose language could be guessed.
    """
    verdicts = [(len(t), detect(t)) for t in texts]
    if not verdicts:
        return NOT_HEALTH
    languages = [(n, v.language) for n, v in verdicts if v.language != "und"]
    return HealthVerdict(
        flagged=any(v.flagged for _, v in verdicts),
        score=max(v.score for _, v in verdicts),
        categories=tuple(sorted({c for _, v in verdicts for c in v.categories})),
        rules=tuple(sorted({r for _, v in verdicts for r in v.rules})),
        language=max(languages)[1] if languages else "und",
    )
