"""Words the window translates at run time that pyside6-lupdate cannot find in the source.

The English sentences of the engine's word tables (``engine.cli.words`` and its siblings) are
shown through Qt's translation by the modules here that wrap them; each such module names its
``CONTEXT`` and its ``SOURCE_TEXTS``. ``scripts/translations.sh`` writes them out as
``QT_TRANSLATE_NOOP`` marks into a scratch file and hands it to lupdate beside the code, so the
catalogues hold them with one English source, the engine's.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

from desktop.models import (
    check_words,
    config_words,
    found_words,
    notes_words,
    table_words,
    words,
)

WORD = re.compile(r"[A-Za-z]{2}")
# Imported by name, not found by walking the package: the layer check sees every import.
# A new module with run-time texts joins this list (its test fails on a text lupdate misses).
MODULES: tuple[ModuleType, ...] = (check_words, config_words, found_words, notes_words,
                                   table_words, words)


def runtime_texts() -> dict[str, list[str]]:
    """Each context's run-time texts, sorted, from every module that declares some."""
    found: dict[str, set[str]] = {}
    for module in MODULES:
        context, texts = getattr(module, "CONTEXT", None), getattr(module, "SOURCE_TEXTS", None)
        if isinstance(context, str) and texts:
            found.setdefault(context, set()).update(t for t in texts if WORD.search(t))
    return {context: sorted(texts) for context, texts in sorted(found.items())}


def marks() -> str:
    lines = ["# Written by desktop.models.catalogue for pyside6-lupdate; never imported.",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, texts in runtime_texts().items():
        lines.extend(f"QT_TRANSLATE_NOOP({context!r}, {text!r})" for text in texts)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(marks(), encoding="utf-8")
