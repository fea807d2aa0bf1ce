"""Words the window translates at run time that pyside6-lupdate cannot find in the source.

The English sentences of the engine's word tables (``engine.cli.words`` and its siblings) are
shown through Qt's translation by the modules here that wrap them; each such module names its
``CONTEXT`` and its ``SOURCE_TEXTS``. ``scripts/translations.sh`` writes them out as
``QT_TRANSLATE_NOOP`` marks into a scratch file and hands it to lupdate beside the code, so the
catalogues hold them with one English source, the engine's.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import desktop.models

WORD = re.compile(r"[A-Za-z]{2}")


def runtime_texts() -> dict[str, list[str]]:
    """Each context's run-time texts, sorted, from every module that declares some."""
    found: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(desktop.models.__path__, "desktop.models."):
        module = importlib.import_module(info.name)
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
