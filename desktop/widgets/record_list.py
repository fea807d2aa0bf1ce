"""The list of saved records beside a form (campaigns, autoresponders)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QListWidget


def refill(view: QListWidget, texts: list[str], ids: list[int], keep: int | None) -> None:
    """Show ``texts`` (one per id); select the row of ``keep`` if it is still there, else the
    first. Quietly: the caller loads the form once, after."""
    with QSignalBlocker(view):
        view.clear()
        view.addItems(texts)
        if keep is not None and keep in ids:
            view.setCurrentRow(ids.index(keep))
        elif ids:
            view.setCurrentRow(0)
