#!/usr/bin/env bash
# Create .venv and install the project into it (editable), re-installing only when
# pyproject.toml changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-test,dev,postgres}"
python="${PYTHON:-python3}"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Newsletter Desk needs Python 3.11 or newer (found $("$python" --version 2>&1))." >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)-${extras//,/-}"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Newsletter Desk and its ${extras} dependencies into .venv"
  if ! { .venv/bin/python -m pip install -q --upgrade pip &&
         .venv/bin/python -m pip install -q -e ".[${extras}]"; } >.venv/install.log 2>&1; then
    tail -n 30 .venv/install.log >&2
    echo "setup: pip failed; the whole log is in .venv/install.log" >&2
    exit 1
  fi
  rm -f .venv/.installed-*; touch "$stamp"
fi
