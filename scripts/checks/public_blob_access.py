#!/usr/bin/env python3
"""Fail unless every storage account declared in Bicep sets ``allowBlobPublicAccess: false``.

checkov does not catch an account that leaves ``allowBlobPublicAccess`` out (the platform default
has changed over the years, and policy may not be there to save us), so this check insists on the
literal, explicit ``false`` inside the account's ``properties`` block. A parameter or expression does
not count: the point is that a reader of the template can see it.

It reads Bicep as text: comments and string contents are masked first, so a commented-out line or
a string that happens to contain the words never passes for the real property. ``existing``
references are skipped (they declare no account). Plain Python, no dependencies.

Usage: public_blob_access.py [PATH ...]   (files or directories; default: infra)
Exit status: 0 when every account complies, 1 when one does not, 2 on a usage error.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

STORAGE_ACCOUNT_TYPE = "microsoft.storage/storageaccounts"
PROPERTY = "allowBlobPublicAccess"

_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
# After masking, every string literal reads '#<n>' where n indexes the original contents.
_RESOURCE = re.compile(rf"\bresource\s+({_IDENT})\s+'#(\d+)'\s*(existing\b)?\s*=")
_KEY = re.compile(rf"(?:({_IDENT})|'#(\d+)')\s*:\s*")


@dataclass(frozen=True)
class Finding:
    """One storage account that does not set the property to a literal false."""

    path: Path
    line: int
    resource: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: resource '{self.resource}' ({STORAGE_ACCOUNT_TYPE}): {self.reason}"


def mask(source: str) -> tuple[str, list[str]]:
    """Blank out comments and replace each string literal by '#<index>'.

    Newlines are kept so that offsets still map to the right line numbers.
    """
    out: list[str] = []
    strings: list[str] = []
    i, n = 0, len(source)
    while i < n:
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end == -1 else end
            out.append(" " * (end - i))
            i = end
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end == -1 else end + 2
            out.append(re.sub(r"[^\n]", " ", source[i:end]))
            i = end
        elif source.startswith("'''", i):
            end = source.find("'''", i + 3)
            end = n if end == -1 else end + 3
            text = source[i + 3 : end - 3]
            out.append(_placeholder(strings, text, newlines=text.count("\n")))
            i = end
        elif source[i] == "'":
            j = i + 1
            while j < n and source[j] != "'":
                j += 2 if source[j] == "\\" else 1
            text = source[i + 1 : j]
            out.append(_placeholder(strings, text, newlines=text.count("\n")))
            i = j + 1
        else:
            out.append(source[i])
            i += 1
    return "".join(out), strings


def _placeholder(strings: list[str], text: str, newlines: int) -> str:
    strings.append(text)
    return f"'#{len(strings) - 1}'" + "\n" * newlines


def _block_end(text: str, open_at: int) -> int:
    """Index just past the brace that closes the '{' at open_at (text is masked)."""
    depth = 0
    for k in range(open_at, len(text)):
        if text[k] == "{":
            depth += 1
        elif text[k] == "}":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(text)


def _body_start(text: str, after_equals: int) -> int | None:
    """Position of the '{' that opens the resource body, past any `if (...)` or `[for ...:`."""
    parens = 0
    for k in range(after_equals, len(text)):
        ch = text[k]
        if ch == "(":
            parens += 1
        elif ch == ")":
            parens -= 1
        elif ch == "{" and parens == 0:
            return k
    return None


def _top_level_value(block: str, key: str, strings: list[str]) -> tuple[int, str] | None:
    """Find `key:` directly inside the object block (depth 1); return (offset, raw value text)."""
    depth = 0
    k = 0
    while k < len(block):
        ch = block[k]
        if ch in "{[(":
            depth += 1
            k += 1
            continue
        if ch in "}])":
            depth -= 1
            k += 1
            continue
        if depth == 1:
            m = _KEY.match(block, k)
            if m and (k == 0 or not (block[k - 1].isalnum() or block[k - 1] in "_#")):
                name = m.group(1) if m.group(1) is not None else strings[int(m.group(2))]
                if name == key:
                    value_at = m.end()
                    if value_at < len(block) and block[value_at] == "{":
                        return value_at, block[value_at : _block_end(block, value_at)]
                    line_end = block.find("\n", value_at)
                    line_end = len(block) if line_end == -1 else line_end
                    return value_at, block[value_at:line_end].strip()
                k = m.end()
                continue
        k += 1
    return None


def check_source(source: str, path: Path) -> tuple[int, list[Finding]]:
    """Return (number of storage accounts declared, findings) for one Bicep source."""
    masked, strings = mask(source)
    accounts = 0
    findings: list[Finding] = []
    for match in _RESOURCE.finditer(masked):
        type_and_version = strings[int(match.group(2))]
        if type_and_version.split("@", 1)[0].strip().lower() != STORAGE_ACCOUNT_TYPE:
            continue
        if match.group(3):  # `existing`: a reference, not a declaration
            continue
        accounts += 1
        line = masked.count("\n", 0, match.start()) + 1
        name = match.group(1)
        start = _body_start(masked, match.end())
        if start is None:
            findings.append(Finding(path, line, name, "could not find the resource body"))
            continue
        body = masked[start : _block_end(masked, start)]
        properties = _top_level_value(body, "properties", strings)
        if properties is None or not properties[1].startswith("{"):
            findings.append(Finding(path, line, name, f"no properties block, so {PROPERTY} is not set"))
            continue
        value = _top_level_value(properties[1], PROPERTY, strings)
        if value is None:
            findings.append(Finding(path, line, name, f"properties.{PROPERTY} is missing; set it to false"))
        elif value[1] != "false":
            findings.append(
                Finding(path, line, name, f"properties.{PROPERTY} is '{value[1]}', expected the literal false")
            )
    return accounts, findings


def bicep_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.bicep") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(path)
    return files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in args):
        print(__doc__)
        return 0
    try:
        files = bicep_files([Path(a) for a in (args or ["infra"])])
    except FileNotFoundError as missing:
        print(f"public_blob_access: no such file or directory: {missing}", file=sys.stderr)
        return 2
    total = 0
    findings: list[Finding] = []
    for file in files:
        accounts, found = check_source(file.read_text(encoding="utf-8"), file)
        total += accounts
        findings.extend(found)
    for finding in findings:
        print(finding)
    verdict = "FAILED" if findings else "passed"
    print(
        f"public_blob_access: {verdict}: {total} storage account(s) in {len(files)} Bicep file(s), "
        f"{len(findings)} without {PROPERTY}: false"
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
