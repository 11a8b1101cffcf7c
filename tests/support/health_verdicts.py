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


def row_ids(rows: list[tuple[str, str]], kind: str) -> list[str]:
    """Test ids for (language, text) rows: the language, the kind and the row's number in its
    language ("de-health-3"), so a failure names where to look without printing the message."""
    seen: dict[str, int] = {}
    ids = []
    for language, _ in rows:
        seen[language] = seen.get(language, 0) + 1
        ids.append(f"{language}-{kind}-{seen[language]}")
    return ids
