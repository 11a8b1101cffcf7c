"""Coverage of the health-data detector per language: the vocabulary in the built artefact and the
sentences of the table-driven tests, as the docs' "Coverage per language" table shows them.

- Vocabulary: curated health terms, composition cues, everyday masks and vetoes, and ICD-10 title
  words, as the artefact counts them (``handoff/health/lexicon.zip``, built by
  ``python -m handoff.health build-lexicon``).
- Test sentences: every distinct sentence the tests under ``tests/unit/health`` are parametrized
  with (the ``text``, ``everyday``, ``health`` and ``message`` arguments), found by pytest's own
  collection, by the language the test names (or the one the verdict reports when the test names
  none) and by the verdict: health or not. Every one of those tests asserts the verdict it expects,
  so on a green suite the verdict is the label the sentence was written with.

    python bench/health_coverage.py
"""

import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from handoff.health import detect  # noqa: E402
from handoff.health.language import SUPPORTED  # noqa: E402
from handoff.health.lexicon import read  # noqa: E402

SENTENCE_ARGUMENTS = ("text", "everyday", "health", "message")
# Tests of identifiers, of the build and of the matching internals take words and lines, not messages.
NOT_MESSAGE_TABLES = ("test_build", "test_identifiers", "test_matching_paths", "test_cli")


class _Sentences:
    """A pytest plugin that keeps the (language named, sentence) pairs of the collected tests."""

    def __init__(self):
        self.found: dict[str, str | None] = {}

    def pytest_collection_modifyitems(self, items):
        for item in items:
            callspec = getattr(item, "callspec", None)
            if callspec is None or item.module.__name__.rsplit(".", 1)[-1] in NOT_MESSAGE_TABLES:
                continue
            lang = callspec.params.get("lang")
            for name in SENTENCE_ARGUMENTS:
                text = callspec.params.get(name)
                if isinstance(text, str) and text.strip():
                    self.found.setdefault(text, lang if isinstance(lang, str) else None)


def test_sentences() -> dict[str, str | None]:
    plugin = _Sentences()
    code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", str(REPO / "tests" / "unit" / "health")],
                       plugins=[plugin])
    if code != 0:
        raise SystemExit(f"collecting the health tests failed (pytest exit code {code})")
    return plugin.found


def _in_the_issues_order(lang: str) -> int:
    return SUPPORTED.index(lang) if lang in SUPPORTED else len(SUPPORTED)


def main() -> int:
    artefact = read()
    sentences = test_sentences()
    health: Counter = Counter()
    ordinary: Counter = Counter()
    for text, named in sentences.items():
        verdict = detect(text)
        (health if verdict.flagged else ordinary)[named or verdict.language] += 1
    print()
    print("| language | curated health terms | cues | masks/vetoes | ICD-10 words | test sentences (health / not health) |")
    print("|---|---:|---:|---:|---:|---|")
    for lang in sorted(artefact["counts"], key=_in_the_issues_order):
        counts = artefact["counts"][lang]
        terms = counts.get("curated:lex", 0) + counts.get("curated:lex:as_written", 0)
        cues = counts.get("curated:cue", 0) + counts.get("curated:cue:as_written", 0)
        icd = sum(n for key, n in counts.items() if key.startswith("icd10"))
        print(f"| {lang} | {terms} | {cues} | {counts.get('curated:neg', 0)} | {icd or '—'} |"
              f" {health[lang]} / {ordinary[lang]} |")
    for lang in sorted((set(health) | set(ordinary)) - set(artefact["counts"])):
        what = "flagged, no language told" if lang == "und" else "no vocabulary of its own"
        print(f"| {lang} ({what}) | | | | | {health[lang]} / {ordinary[lang]} |")
    print(f"\n{len(sentences)} distinct test sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
