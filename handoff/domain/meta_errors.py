"""Whose side a Meta error code belongs to: Meta's platform, the sender, the recipient or ACS. Pure.

The table is data (handoff/domain/data/meta_error_codes.tsv), taken from Meta's published WhatsApp
Cloud API error codes; each row names its source. A code the table does not list is UNKNOWN: it is
counted as unknown, never guessed from a neighbouring code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources


class ErrorSide(str, Enum):
    META = "meta"              # Meta's platform failed or chose not to deliver
    SENDER = "sender"          # the business: account, number, limits, template or content
    RECIPIENT = "recipient"    # the person it was sent to
    ACS = "acs"                # how ACS calls Meta on the business's behalf
    UNKNOWN = "unknown"        # a code the table does not list


@dataclass(frozen=True, slots=True)
class MetaErrorCode:
    first: int
    last: int                  # == first except for a range Meta documents as one (200-299)
    side: ErrorSide
    title: str
    source: str                # key of the source (see the file's header)

    @property
    def code(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def _parse(text: str) -> tuple[tuple[MetaErrorCode, ...], dict[str, str]]:
    codes, sources = [], {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#   ") and line.split()[1:2] and "https://" in line:
            key, url, *_ = line[4:].split()
            sources[key] = url
            continue
        if not line.strip() or line.startswith("#"):
            continue
        code, side, title, source = line.split("\t")
        first, _, last = code.partition("-")
        codes.append(MetaErrorCode(int(first), int(last or first), ErrorSide(side), title, source))
    unknown_sources = {c.source for c in codes} - set(sources)
    if unknown_sources:
        raise ValueError(f"meta_error_codes.tsv: rows cite undeclared sources {sorted(unknown_sources)}")
    return tuple(codes), sources


@cache
def table() -> tuple[tuple[MetaErrorCode, ...], dict[str, str]]:
    text = resources.files("handoff.domain").joinpath("data/meta_error_codes.tsv").read_text(encoding="utf-8")
    return _parse(text)


def lookup(channel_code: str | int | None) -> MetaErrorCode | None:
    """The table's row for Meta's `channelCode` (a string in ACS events), or None if not listed."""
    text = str(channel_code).strip() if channel_code is not None else ""
    if not text.isdigit():
        return None
    value = int(text)
    return next((c for c in table()[0] if c.first <= value <= c.last), None)


def side_of(channel_code: str | int | None) -> ErrorSide:
    row = lookup(channel_code)
    return row.side if row else ErrorSide.UNKNOWN


def source_url(key: str) -> str:
    return table()[1][key]
