#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, types, then pytest against real
# servers (aiosmtpd, Dovecot, PostgreSQL) and a throwaway gnome-keyring on a private D-Bus.
# Extra arguments go to pytest, e.g. scripts/test.sh -m "not gui" -x
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-system.sh test
scripts/venv.sh "test,dev,postgres"
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check engine desktop tests bench packaging
echo "== mypy"; .venv/bin/mypy
echo "== layers"; .venv/bin/lint-imports --no-cache
echo "== pytest"
set +e
scripts/with-keyring.sh .venv/bin/python -m pytest "$@"
status=$?
set -e
# pytest's "no tests collected" (5) is not a pass.
exit $status
