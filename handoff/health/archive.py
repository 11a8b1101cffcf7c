"""The lexicon artefact's file (``lexicon.zip``): a zip archive of JSON members, so that a first load
inflates and parses only what it reads.

- ``lexicon.json``: everything but the stem tables and the typo table (surface keys, value lists,
  word sets, sources);
- ``typos.bin``: the surface's one-typo variants, a MARISA trie and its value indexes (``typos``);
- ``stems/<table>.json``: one stem table ("es", "vi+unmarked"), read the first time a text is read
  in its language.

The stem tables are over half of the artefact; a process that only ever reads Spanish never inflates
the sixteen others, and the first verdict waits for one of them, not all. Members are written in
sorted order with a fixed time and mode, so the same sources give the same bytes.
"""

import io
import json
import zipfile
from pathlib import Path

import orjson

from .typos import TypoTable

CORE = "lexicon.json"
TYPOS = "typos.bin"
_STEMS = "stems/"
_SUFFIX = ".json"
_EARLIEST_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # a fixed time: a rebuild gives the same bytes
_MODE = 0o644 << 16


def _member(table: str) -> str:
    return f"{_STEMS}{table}{_SUFFIX}"


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def members(artefact: dict) -> dict[str, bytes]:
    """The archive's members of ``artefact`` (a built lexicon with its ``stems`` tables)."""
    core = {key: value for key, value in artefact.items() if key not in ("stems", "typos")}
    out = {CORE: _json(core), TYPOS: artefact["typos"].to_bytes()}
    out.update({_member(table): _json(keys) for table, keys in artefact["stems"].items()})
    return out


def write(path: Path, artefact: dict) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, payload in sorted(members(artefact).items()):
            info = zipfile.ZipInfo(name, date_time=_EARLIEST_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = _MODE
            archive.writestr(info, payload, compresslevel=9)
    path.write_bytes(buffer.getvalue())


class Archive:
    """An artefact held in memory (1.6 MB): its core parsed on demand, each stem table on first ask.
    Not thread-safe on its own: ``lexicon.Lexicon`` reads stem tables under its lock."""

    def __init__(self, path: Path):
        self._zip = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
        self._names = frozenset(self._zip.namelist())

    def contents(self) -> dict[str, bytes]:
        """Every member, inflated: what a rebuild must reproduce."""
        return {name: self._zip.read(name) for name in sorted(self._names)}

    def core(self) -> dict:
        # orjson parses the artefact's hundred thousand short keys in a third of the standard
        # library's time, and parsing is most of a first load.
        return orjson.loads(self._zip.read(CORE))

    def typos(self) -> TypoTable:
        return TypoTable.from_bytes(self._zip.read(TYPOS))

    def stem_table(self, table: str) -> dict | None:
        name = _member(table)
        return orjson.loads(self._zip.read(name)) if name in self._names else None

    def stem_tables(self) -> dict[str, dict]:
        tables = (name[len(_STEMS):-len(_SUFFIX)] for name in self._names if name.startswith(_STEMS))
        return {table: self.stem_table(table) for table in sorted(tables)}
