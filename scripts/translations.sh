#!/usr/bin/env bash
# Gather the window's strings into resources/translations/*.ts and compile them into .qm.
# Run after changing any user-visible string; then translate the new entries (Qt Linguist:
# .venv/bin/pyside6-linguist resources/translations/newsletter_desk_it.ts) and run it again.
# A new language: add its code to LANGUAGES in desktop/i18n.py and to LANGS below.
set -euo pipefail
cd "$(dirname "$0")/.."
LANGS=(de it)
mapfile -t sources < <(find desktop -name '*.py' | LC_ALL=C sort)
catalogues=()
for lang in "${LANGS[@]}"; do catalogues+=("resources/translations/newsletter_desk_${lang}.ts"); done
# No line numbers: they would change the catalogues at every edit of the code.
.venv/bin/pyside6-lupdate -locations none -no-obsolete -source-language en \
    "${sources[@]}" -ts "${catalogues[@]}"
for catalogue in "${catalogues[@]}"; do
    .venv/bin/pyside6-lrelease -silent "$catalogue" -qm "${catalogue%.ts}.qm"
done
