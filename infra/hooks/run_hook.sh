#!/bin/sh
# Runs one azd hook (infra/hooks/azd_hooks.py) with the operator tools, installed on first use into
# .venv-operator (reinstalled when requirements change). Usage: run_hook.sh preprovision|postprovision|postdeploy
set -eu
cd "$(dirname "$0")/../.."
VENV=.venv-operator
STAMP="$VENV/.requirements"
wanted="$(cat requirements.txt requirements-operator.txt requirements.lock 2>/dev/null | cksum)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$wanted" ]; then
  echo "[handoff hook] installing the operator tools into $VENV (first run, or requirements changed)"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-operator.txt
  echo "$wanted" > "$STAMP"
fi
exec "$VENV/bin/python" infra/hooks/azd_hooks.py "$1"
