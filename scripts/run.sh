#!/usr/bin/env bash
# Set up (first time) and open Newsletter Desk on its embedded SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-system.sh run
scripts/venv.sh "postgres"
exec .venv/bin/newsletter-desk "$@"
