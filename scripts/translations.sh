#!/usr/bin/env bash
# Gather the window's strings into resources/translations/*.ts and compile them into .qm.
# Run after changing any user-visible string; then translate the new entries (Qt Linguist:
# .venv/bin/pyside6-linguist resources/translations/newsletter_desk_it.ts) and run it again.
# docs/translating.md tells the whole round, and how to add a language.
set -euo pipefail
cd "$(dirname "$0")/.."
LANGS=(de en it)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Sentences of the engine's word tables, which the window translates at run time.
.venv/bin/python -m desktop.models.catalogue "$scratch/runtime_texts.py"
mapfile -t sources < <(find desktop -name '*.py' | LC_ALL=C sort)
catalogues=()
for lang in "${LANGS[@]}"; do catalogues+=("resources/translations/newsletter_desk_${lang}.ts"); done
# No line numbers: they would change the catalogues at every edit of the code.
.venv/bin/pyside6-lupdate -silent -locations none -no-obsolete -source-language en \
    "${sources[@]}" "$scratch/runtime_texts.py" -ts "${catalogues[@]}"
.venv/bin/python scripts/english_plurals.py resources/translations/newsletter_desk_en.ts
for catalogue in "${catalogues[@]}"; do
    .venv/bin/pyside6-lrelease -silent "$catalogue" -qm "${catalogue%.ts}.qm"
done
