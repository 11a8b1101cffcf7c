"""Assertions the health detector's table-driven tests share: a message flags (in the language
expected) or it does not, and a failure names the message and the rules that fired."""

import pytest

from handoff.health import detect


def assert_flags(text: str, language: str | None = None) -> None:
    verdict = detect(text)
    assert verdict.flagged, (text, verdict.rules)
    if language is not None:
        assert verdict.language == language, (text, verdict.language)


def assert_not_flagged(text: str) -> None:
    verdict = detect(text)
    assert not verdict.flagged, (text, verdict.rules)


def row_ids(rows: list[tuple[str, str]], kind: str) -> list[str]:
    """Test ids for (language, text) rows: the language, the kind and the row's number in its
    language ("de-health-3"), so a failure names where to look without printing the message."""
    seen: dict[str, int] = {}
    ids = []
    for language, _ in rows:
        seen[language] = seen.get(language, 0) + 1
        ids.append(f"{language}-{kind}-{seen[language]}")
    return ids


def table_tests(health: list[tuple[str, str]], everyday: list[tuple[str, str]]):
    """The two table-driven tests of a file of (language, text) rows: every health row flags, every
    everyday row does not; assign them to the module's test names (pytest collects them there)."""

    @pytest.mark.parametrize(("language", "text"), health, ids=row_ids(health, "health"))
    def flags(language, text):
        assert_flags(text)

    @pytest.mark.parametrize(("language", "text"), everyday, ids=row_ids(everyday, "everyday"))
    def does_not_flag(language, text):
        assert_not_flagged(text)

    return flags, does_not_flag
