"""requirements.lock is what deploys: generated from requirements.txt, inside its ranges, installed by the
remote build (through `-c requirements.lock`) and by `make venv`, so the tests run the deployed versions."""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
REGENERATE = "run scripts/lock_requirements.sh and commit requirements.lock"


def _requirements(path: Path) -> list[Requirement]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [Requirement(line) for line in lines if line and not line.startswith("-")]


def _lock() -> dict[str, Requirement]:
    return {canonicalize_name(r.name): r for r in _requirements(REPO / "requirements.lock")}


def test_the_lock_was_generated_from_the_current_requirements():
    ranges = "".join(line + "\n" for line in (REPO / "requirements.txt").read_text().splitlines()
                     if not line.startswith("-c "))
    header = (REPO / "requirements.lock").read_text().splitlines()[1]
    assert header == f"# input-sha256: {hashlib.sha256(ranges.encode()).hexdigest()}", \
        f"requirements.txt changed after requirements.lock was generated: {REGENERATE}"


def test_every_requirement_is_pinned_inside_its_range():
    lock = _lock()
    for requirement in _requirements(REPO / "requirements.txt"):
        pinned = lock.get(canonicalize_name(requirement.name))
        assert pinned is not None, f"{requirement.name} is not in requirements.lock: {REGENERATE}"
        [spec] = list(pinned.specifier)
        assert spec.operator == "==" and requirement.specifier.contains(spec.version, prereleases=True), \
            f"{pinned} is outside {requirement}: {REGENERATE}"
    assert all(len(r.specifier) == 1 and next(iter(r.specifier)).operator == "==" for r in lock.values())


def test_the_remote_build_and_make_venv_install_through_the_lock():
    lines = (REPO / "requirements.txt").read_text().splitlines()
    assert "-c requirements.lock" in lines  # pip resolves it relative to requirements.txt, remotely too
    ignored = {line.strip() for line in (REPO / ".funcignore").read_text().splitlines()}
    assert not ignored & {"requirements.lock", "*.lock", "requirements*"}  # it is uploaded with the code


def test_the_tests_run_with_exactly_the_locked_versions():
    environment = default_environment()
    wrong = []
    for name, pinned in _lock().items():
        if pinned.marker and not pinned.marker.evaluate(environment):
            continue  # another platform's dependency (colorama on Windows)
        try:
            installed = version(name)
        except PackageNotFoundError:
            wrong.append(f"{name} not installed")
            continue
        if installed != next(iter(pinned.specifier)).version:
            wrong.append(f"{name} {installed} instead of {pinned}")
    assert not wrong, f"the test environment differs from requirements.lock: {wrong}; run `make venv`"
