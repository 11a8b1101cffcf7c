"""The detector's output: a frozen, text-free verdict."""

from dataclasses import dataclass

CATEGORIES = (
    "condition",
    "symptom",
    "medication",
    "procedure",
    "test_result",
    "mental_health",
    "reproductive_sexual_health",
    "substance_use",
    "care_appointment_provider",
    "health_identifier",
)


@dataclass(frozen=True, slots=True)
class HealthVerdict:
    """What the detector concluded about a text, without any of the text.

    ``categories`` is empty unless ``flagged``; ``score`` and ``rules`` still explain a grey-zone
    text that stayed below the threshold.
    """

    flagged: bool
    score: float
    categories: tuple[str, ...]
    rules: tuple[str, ...]
    language: str

    def to_dict(self) -> dict:
        return {
            "flagged": self.flagged,
            "score": self.score,
            "categories": list(self.categories),
            "rules": list(self.rules),
            "language": self.language,
        }


NOT_HEALTH = HealthVerdict(flagged=False, score=0.0, categories=(), rules=(), language="und")
