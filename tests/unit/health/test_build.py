"""The lexicon artefact: read by the detector, rebuilt byte for byte by ``build-lexicon``, never stale."""

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from handoff.health import build, lexicon
from handoff.health.archive import Archive
from handoff.health.vocabulary import parse_tag, parse_term, read_lines

REPO = Path(__file__).resolve().parents[3]


def test_committed_artefact_matches_the_curated_lexicons():
    # Editing lexicons/*.txt without running build-lexicon would ship the old vocabulary.
    assert lexicon.read()["lexicon_digest"] == build.lexicon_digest()


def test_artefact_was_built_with_the_stemmer_the_detector_runs():
    sources = {s["name"]: s for s in lexicon.read()["sources"]}
    assert sources["stemmers (Snowball)"]["version"] == metadata.version("PyStemmer")


@pytest.mark.timeout(1200)  # a full build: ICD-10 titles and frequency lists of 17 languages
def test_build_lexicon_reproduces_the_committed_artefact_byte_for_byte(tmp_path):
    out = tmp_path / "lexicon.zip"
    result = subprocess.run(
        [sys.executable, "-m", "handoff.health", "build-lexicon", "--output", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=1100,
    )
    assert result.returncode == 0, result.stderr
    # Member by member, inflated: the same JSON, the same trie and value indexes (zlib's deflate may
    # differ between versions; what is read may not).
    assert Archive(out).contents() == Archive(build.ARTEFACT).contents()
    assert "stem keys:" in result.stdout


def test_every_supported_language_has_a_lexicon():
    from handoff.health.language import SUPPORTED

    assert set(lexicon.read()["languages"]) == set(SUPPORTED)


@pytest.mark.parametrize(
    ("line", "lang", "message"),
    [
        ("sympton: fever", "en", "unknown lexicon tag"),
        ("symptom.mild: fever", "en", "unknown lexicon tag"),
        ("symptom: ~krebs", "es", "does not compound"),
        ("symptom: ~rak", "hu", "shorter than"),
        ("no colon here", "en", "expected 'tag: term"),
    ],
)
def test_bad_lexicon_lines_are_refused_with_a_reason(line, lang, message):
    with pytest.raises(ValueError, match=message):
        for tag, raw in read_lines(line):
            parse_tag(tag)
            parse_term(raw, lang)


def test_term_marks():
    assert parse_term("diabet*", "en").mode == "prefix"
    assert parse_term("~krebs", "de") == ("krebs", "inword")
    assert parse_term("=operado", "es") == ("operado", "exact")
    assert parse_term("knee pain", "en").mode == "stem"
    assert parse_tag("symptom") == ("lex", "symptom.strong")
    assert parse_tag("body") == ("cue", "body")
    assert parse_tag("mask") == ("neg", "mask")


def test_stem_keys_match_inflections_typed_with_or_without_accents():
    assert build.stem_keys("es", "rodillas") & build.stem_keys("es", "rodilla")
    assert build.stem_keys("fr", "tête") & build.stem_keys("fr", "tete")
    assert build.stem_keys("pl", "kolana") & build.stem_keys("pl", "kolano")
    assert build.stem_keys("ru", "головы") & build.stem_keys("ru", "голова")
