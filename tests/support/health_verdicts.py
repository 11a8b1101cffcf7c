"""Assertions the health detector's table-driven tests share: a message flags (in the language
expected) or it does not, and a failure names the message and the rules that fired."""

from handoff.health import detect


def assert_flags(text: str, language: str | None = None) -> None:
    verdict = detect(text)
    assert verdict.flagged, (text, verdict.rules)
    if language is not None:
        assert verdict.language == language, (text, verdict.language)


def assert_not_flagged(text: str) -> None:
    verdict = detect(text)
    assert not verdict.flagged, (text, verdict.rules)
