"""Tests for public_blob_access.py: a compliant template passes, every way of getting it wrong fails.

Run: python -m pytest scripts/checks/test_public_blob_access.py
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "public_blob_access.py"
REPO = HERE.parent.parent

_spec = importlib.util.spec_from_file_location("public_blob_access", SCRIPT)
assert _spec and _spec.loader
check = importlib.util.module_from_spec(_spec)
sys.modules["public_blob_access"] = check
_spec.loader.exec_module(check)

GOOD = """
param location string
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stgood'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    networkAcls: {
      defaultAction: 'Allow'
    }
    allowBlobPublicAccess: false // anonymous reads off
  }
}
"""

BAD_MISSING = """
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stbad'
  location: 'westeurope'
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    // allowBlobPublicAccess: false   <- commented out, does not count
    tags: 'allowBlobPublicAccess: false'
  }
}
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_good_template_passes(tmp_path: Path) -> None:
    write(tmp_path, "good.bicep", GOOD)
    result = run_cli(str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed: 1 storage account(s)" in result.stdout


def test_missing_property_fails_even_when_it_appears_in_a_comment_or_string(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.bicep", BAD_MISSING)
    result = run_cli(str(tmp_path))
    assert result.returncode == 1
    assert f"{bad}:2: resource 'storage'" in result.stdout
    assert "allowBlobPublicAccess is missing" in result.stdout


def test_one_bad_file_among_good_ones_fails_the_directory(tmp_path: Path) -> None:
    write(tmp_path, "a_good.bicep", GOOD)
    (tmp_path / "nested").mkdir()
    write(tmp_path / "nested", "bad.bicep", BAD_MISSING)
    result = run_cli(str(tmp_path))
    assert result.returncode == 1
    assert "FAILED: 2 storage account(s) in 2 Bicep file(s), 1 without" in result.stdout


@pytest.mark.parametrize(
    ("snippet", "reason"),
    [
        ("properties: {\n    allowBlobPublicAccess: true\n  }", "is 'true'"),
        ("properties: {\n    allowBlobPublicAccess: allowPublic\n  }", "is 'allowPublic'"),
        ("properties: {\n    networkAcls: {\n      allowBlobPublicAccess: false\n    }\n  }", "is missing"),
        ("allowBlobPublicAccess: false\n  properties: {}", "is missing"),
        ("location: 'westeurope'", "no properties block"),
    ],
    ids=["true", "parameter", "nested-too-deep", "outside-properties", "no-properties"],
)
def test_every_non_literal_false_is_a_finding(snippet: str, reason: str) -> None:
    source = f"resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {{\n  name: 'st1'\n  {snippet}\n}}\n"
    accounts, findings = check.check_source(source, Path("x.bicep"))
    assert accounts == 1
    assert len(findings) == 1
    assert reason in findings[0].reason


def test_conditional_looped_and_quoted_key_declarations_are_checked() -> None:
    source = """
resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = if (deploy) {
  name: 'a'
  properties: {
    'allowBlobPublicAccess': false
  }
}
resource b 'microsoft.storage/storageaccounts@2023-05-01' = [for n in names: {
  name: n
  properties: {
    allowSharedKeyAccess: false
  }
}]
"""
    accounts, findings = check.check_source(source, Path("x.bicep"))
    assert accounts == 2
    assert [f.resource for f in findings] == ["b"]


def test_existing_references_and_child_resources_are_not_accounts() -> None:
    source = """
resource stg 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}
resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: stg
  name: 'default'
  properties: {}
}
"""
    accounts, findings = check.check_source(source, Path("x.bicep"))
    assert (accounts, findings) == (0, [])


def test_block_comments_and_multiline_strings_do_not_confuse_the_parser() -> None:
    source = """
/* resource old 'Microsoft.Storage/storageAccounts@2019-06-01' = {
  properties: { }
} */
var doc = '''
resource fake 'Microsoft.Storage/storageAccounts@2023-05-01' = {
}
'''
resource real 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'x{y}'
  properties: {
    allowBlobPublicAccess: false
  }
}
"""
    accounts, findings = check.check_source(source, Path("x.bicep"))
    assert (accounts, findings) == (1, [])


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path / "nope"))
    assert result.returncode == 2


def test_the_project_infra_passes() -> None:
    infra = REPO / "infra"
    if not infra.is_dir():
        pytest.skip("no infra/ directory in this checkout")
    result = run_cli(str(infra))
    assert result.returncode == 0, result.stdout + result.stderr
