#!/usr/bin/env bash
# Static checks of the Bicep under infra/ (no Azure account, no bicep binary, no network after install):
#   1. checkov, in its own virtual environment .venv-checkov (checkov pins an old `packaging`, so it
#      must never share the application's venv). Any failed check or parse error fails the script;
#      a check may only be skipped inline in the Bicep with `// checkov:skip=CKV_AZURE_NN: reason`.
#   2. scripts/checks/public_blob_access.py: every storage account sets allowBlobPublicAccess: false
#      explicitly (checkov does not check this for Bicep).
# Idempotent: the venv is reused when it already holds a checkov in the pinned range.
# Usage: scripts/check_infra.sh        Environment: PYTHON (default python3)
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=".venv-checkov"
CHECKOV_SPEC='checkov>=3.2,<4'
INFRA_DIR="infra"

venv_has_checkov() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" - "$CHECKOV_SPEC" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
from packaging.requirements import Requirement
req = Requirement(sys.argv[1])
sys.exit(0 if req.specifier.contains(version(req.name), prereleases=False) else 1)
EOF
}

if venv_has_checkov; then
  echo "check_infra: reusing $VENV ($("$VENV/bin/checkov" --version))"
else
  echo "check_infra: installing $CHECKOV_SPEC into $VENV (first run only)"
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  # Keep the venv out of git without touching the repository's .gitignore.
  printf '*\n' > "$VENV/.gitignore"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$CHECKOV_SPEC"
  venv_has_checkov || { echo "check_infra: $CHECKOV_SPEC did not install" >&2; exit 1; }
  echo "check_infra: installed checkov $("$VENV/bin/checkov" --version)"
fi

results="$(mktemp)"
trap 'rm -f "$results"' EXIT

echo "check_infra: checkov -d $INFRA_DIR --framework bicep --skip-download --compact --quiet"
set +e
"$VENV/bin/checkov" -d "$INFRA_DIR" --framework bicep --skip-download --compact --quiet \
  -o cli -o json --output-file-path "console,$results"
checkov_rc=$?
set -e

# checkov exits 0 when it parsed nothing, so read its own summary as well as its exit code.
"$VENV/bin/python" - "$results" "$checkov_rc" <<'EOF'
import json
import sys

path, rc = sys.argv[1], int(sys.argv[2])
with open(path, encoding="utf-8") as handle:
    text = handle.read().strip()
data = json.loads(text) if text else {}
reports = data if isinstance(data, list) else [data]
summary = {"passed": 0, "failed": 0, "skipped": 0, "parsing_errors": 0, "resource_count": 0}
for report in reports:
    for key in summary:
        summary[key] += int(report.get("summary", {}).get(key, 0))
print(
    "check_infra: checkov summary: passed {passed}, failed {failed}, skipped {skipped}, "
    "parsing errors {parsing_errors}, resources {resource_count}".format(**summary)
)
problems = []
if rc != 0:
    problems.append(f"checkov exited {rc}")
if summary["failed"]:
    problems.append(f"{summary['failed']} failed check(s)")
if summary["parsing_errors"]:
    problems.append(f"{summary['parsing_errors']} Bicep file(s) checkov could not parse")
if summary["resource_count"] == 0:
    problems.append("no Bicep resources scanned")
if problems:
    print("check_infra: checkov FAILED: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
EOF

# Each skip must carry a reason; list them so that a reviewer sees every exception in one place.
echo "check_infra: inline checkov skips:"
if ! grep -rnoE 'checkov:skip=[A-Za-z0-9_]+:.*' --include='*.bicep' "$INFRA_DIR" | sed 's/^/  /'; then
  echo "  (none)"
fi
if grep -rnE 'checkov:skip=[A-Za-z0-9_,]+ *$' --include='*.bicep' "$INFRA_DIR"; then
  echo "check_infra: FAILED: the skip(s) above give no reason" >&2
  exit 1
fi

echo "check_infra: custom check public_blob_access"
"$PYTHON" scripts/checks/public_blob_access.py "$INFRA_DIR"

echo "check_infra: all infrastructure checks passed"
