"""The artefact's file (``archive``): a zip whose stem tables are read on first use, and the typo
table (``typos``), a trie the surface asks for long words no other key is. Written for this file."""

import zipfile

import pytest

from handoff.health import archive, build, lexicon
from handoff.health.archive import Archive
from handoff.health.language import SUPPORTED
from handoff.health.lexicon import Entry, Lexicon
from handoff.health.matching import find_keys
from handoff.health.typos import TypoTable


@pytest.fixture(scope="module")
def committed() -> Archive:
    return Archive(build.ARTEFACT)


def test_the_committed_archive_holds_its_core_its_typos_and_one_member_per_stem_table(committed):
    names = set(committed.contents())
    assert {archive.CORE, archive.TYPOS} <= names
    tables = {name.removeprefix("stems/").removesuffix(".json") for name in names if name.startswith("stems/")}
    stemmed = set(SUPPORTED) - set(lexicon.SURFACE_ONLY)
    assert tables == stemmed | {lexicon.unmarked("vi")}
    assert "stems" not in committed.core() and "typos" not in committed.core()


def test_members_are_written_with_a_fixed_time_and_mode_in_sorted_order():
    with zipfile.ZipFile(build.ARTEFACT) as zipped:
        infos = zipped.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.external_attr for i in infos} == {0o644 << 16}
    assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}


def _tiny_artefact() -> dict:
    return {
        "format": lexicon.FORMAT,
        "languages": {"en": {}},
        "stems": {"en": {"words": [[0, "knee"]], "rest": []}},
        "typos": TypoTable.of({"antibotics": 1, "anitbiotics": 1}),
        "values": [["en|cue|body"], ["en|lex|medication"]],
    }


def test_a_written_archive_reads_back_what_was_written_and_the_same_bytes_twice(tmp_path):
    first, second = tmp_path / "one.zip", tmp_path / "two.zip"
    archive.write(first, _tiny_artefact())
    archive.write(second, _tiny_artefact())
    assert first.read_bytes() == second.read_bytes()
    read = Archive(first)
    assert read.core() == {"format": lexicon.FORMAT, "languages": {"en": {}}, "values": [["en|cue|body"], ["en|lex|medication"]]}
    assert read.stem_tables() == {"en": {"words": [[0, "knee"]], "rest": []}}
    assert read.stem_table("fr") is None
    assert dict(read.typos().items()) == {"antibotics": 1, "anitbiotics": 1}


def test_the_detector_reads_a_stem_table_only_when_a_text_is_read_in_its_language(committed):
    asked: list[str] = []

    def stem_table(table: str):
        asked.append(table)
        return committed.stem_table(table)

    loaded = Lexicon(committed.core(), stem_table, committed.typos())
    loaded.surface()
    assert asked == []
    assert loaded.stem("es") is not None and loaded.stem("es") is loaded.stem("es")
    assert asked == ["es"]


def test_a_typo_table_round_trips_through_its_bytes():
    table = TypoTable.of({"migarine": 3, "antibotics": 7, "anitbiotics": 7})
    again = TypoTable.from_bytes(table.to_bytes())
    assert dict(again.items()) == {"migarine": 3, "antibotics": 7, "anitbiotics": 7}
    assert again.shortest == 8 and len(again) == 3
    assert again.get("antibotics") == 7 and again.get("antibiotics") is None and again.get("") is None


def test_no_typo_variant_is_also_a_whole_word_key_and_all_are_long_enough():
    surface = lexicon.lexicon().surface()
    variants = dict(surface.typos.table.items())
    assert len(variants) > 100_000
    assert variants.keys().isdisjoint(surface.words)
    assert min(map(len, variants)) == surface.typos.shortest >= 8


@pytest.mark.parametrize(
    ("word", "entry"),
    [
        ("antibotics", Entry("en", "lex", "medication.strong")),  # a swap ("antibiotics")
        ("anitbiotics", Entry("en", "lex", "medication.strong")),  # a swap
        ("migarine", Entry("en", "lex", "symptom.strong")),  # a swap of "migraine", a term of several languages
    ],
)
def test_a_variant_is_found_on_the_surface_with_its_terms_entry(word, entry):
    surface = lexicon.lexicon().surface()
    assert word not in surface.words
    found: list = []
    find_keys(surface, ["my", word], f" my {word} ", found)
    variant_hits = [hit for start, end, _, hit in found if (start, end) == (3, 4 + len(word))]
    assert len(variant_hits) == 1 and entry in variant_hits[0]
