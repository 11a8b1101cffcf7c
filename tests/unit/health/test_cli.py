"""The scan command, run as a real subprocess."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def _scan(stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "handoff.health", "scan"],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=REPO,
        timeout=60,
    )


def test_scan_writes_one_verdict_per_line_and_exits_0():
    lines = [{"id": "a", "text": "tengo fiebre"}, {"id": 2, "text": "what time do you open?"}]
    result = _scan("".join(json.dumps(x) + "\n" for x in lines))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", 2]
    assert out[0]["flagged"] is True and "symptom" in out[0]["categories"]
    assert out[1]["flagged"] is False
    assert set(out[0]) == {"id", "flagged", "score", "categories", "rules", "language"}
    assert result.stderr == b""


def test_malformed_line_is_reported_and_later_lines_still_scanned():
    stdin = '{"id": 1, "text": "I have asthma"}\n{not json\n{"id": 3}\n["x"]\n{"id": 5, "text": "hola"}\n'
    result = _scan(stdin)
    assert result.returncode == 1
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == [1, 5]
    errors = [json.loads(line) for line in result.stderr.decode().splitlines()]
    assert [e["line"] for e in errors] == [2, 3, 4]
    assert all(isinstance(e["error"], str) and e["error"] for e in errors)
    assert b"not json" not in result.stderr  # errors never echo the input


def test_invalid_utf8_does_not_stop_the_scan():
    stdin = b'{"id": 1, "text": "caf\xff fever"}\n{"id": 2, "text": "ok"}\n'
    result = subprocess.run(
        [sys.executable, "-m", "handoff.health", "scan"], input=stdin, capture_output=True, cwd=REPO, timeout=60
    )
    assert [json.loads(line)["id"] for line in result.stdout.decode().splitlines()] == [1, 2]


def test_help_works():
    result = subprocess.run(
        [sys.executable, "-m", "handoff.health", "scan", "--help"], capture_output=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0 and b"JSON Lines" in result.stdout
