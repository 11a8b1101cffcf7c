"""What `seal`, `verify` and `retention` print: days are dates inside, and the output keeps the forms it has
always had (scripts read it): `verify --json` names days as the seals do (`20250305`), the rest as ISO days."""

from __future__ import annotations

from datetime import date, datetime, timezone

from handoff.cli import render
from handoff.domain.retention import RetentionRun
from handoff.domain.seals import make_seal
from handoff.domain.verification import Finding
from handoff.services.seals import SealOutcome
from handoff.services.verify import DayCheck, VerifyReport

REPORT = VerifyReport(date(2025, 3, 5), date(2025, 3, 6), (
    DayCheck(date(2025, 3, 5), True, 3, 3), DayCheck(date(2025, 3, 6), False, None, 2)), (
    Finding("altered", date(2025, 3, 5), "20250305-01", "e1", "e1", "sealed leaf x, now y"),
    Finding("unsealed", date(2025, 3, 6), detail="not sealed (2 rows now)"),
    Finding("stray", date(2026, 11, 27), "2026112700", "planted", None, "odd key: no seal covers this row"),
    Finding("stray", None, "zz", "planted2", None, "odd key: no seal covers this row")))


def test_verify_json_keeps_its_shape_and_day_forms():
    assert render.verify_json(REPORT) == {
        "from": "2025-03-05", "to": "2025-03-06", "clean": False, "problems": 3,
        "days": [{"day": "20250305", "sealed": True, "sealed_rows": 3, "rows": 3},
                 {"day": "20250306", "sealed": False, "sealed_rows": None, "rows": 2}],
        "findings": [
            {"kind": "altered", "day": "20250305", "partition_key": "20250305-01", "row_key": "e1", "event_id": "e1",
             "detail": "sealed leaf x, now y", "problem": True},
            {"kind": "unsealed", "day": "20250306", "partition_key": None, "row_key": None, "event_id": None,
             "detail": "not sealed (2 rows now)", "problem": False},
            {"kind": "stray", "day": "20261127", "partition_key": "2026112700", "row_key": "planted", "event_id": None,
             "detail": "odd key: no seal covers this row", "problem": True},
            # a stray that sorts among no day's rows is labelled by the head of its key, as it always was
            {"kind": "stray", "day": "zz", "partition_key": "zz", "row_key": "planted2", "event_id": None,
             "detail": "odd key: no seal covers this row", "problem": True}]}


def test_verify_text_names_days_as_iso_days():
    assert render.verify_text(REPORT).splitlines() == [
        "verify 2025-03-05 .. 2025-03-06: 2 days, 1 sealed, 5 rows now",
        "PROBLEM 2025-03-05 altered        20250305-01/e1 event e1: sealed leaf x, now y",
        "note    2025-03-06 unsealed      : not sealed (2 rows now)",
        "PROBLEM 2026-11-27 stray          2026112700/planted: odd key: no seal covers this row",
        "PROBLEM - stray          zz/planted2: odd key: no seal covers this row",
        "result: PROBLEMS FOUND (1 altered, 2 stray)"]


def test_seal_output_is_the_seal_document():
    seal = make_seal(date(2025, 3, 4), {}, "", datetime(2025, 3, 6, 1, 15, tzinfo=timezone.utc), "a1b2c3d4", 1)
    [printed] = render.seals_json([SealOutcome(seal, True, None)])
    assert printed["day"] == "20250304" and printed["sealHash"] == seal.seal_hash and printed["created"] is True
    assert render.seals_text([SealOutcome(seal, True, None)]).startswith("2025-03-04       0 rows  root ")


def test_a_retention_run_prints_iso_days():
    at = datetime(2025, 4, 1, tzinfo=timezone.utc)
    run = RetentionRun("r1", at, at, 30, at, date(2025, 3, 5), date(2025, 3, 7), {"ledger": 3},
                       seals=((date(2025, 3, 5), "ab" * 32),), unsealed_days=(date(2025, 3, 7),))
    printed = render.run_json(run)
    assert (printed["first_day"], printed["last_day"]) == ("2025-03-05", "2025-03-07")
    assert printed["seals"] == [{"day": "2025-03-05", "seal_hash": "ab" * 32}]
    assert printed["unsealed_days"] == ["2025-03-07"]
    assert "UNSEALED days that lost rows: 2025-03-07" in render.run_text(run)
