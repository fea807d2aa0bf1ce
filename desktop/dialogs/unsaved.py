"""Save / Discard / Cancel before leaving a page (or a record on it) with edits.

Its own module, so a page asks it without importing the window that shows the pages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.i18n import translate


def ask_unsaved(parent: QWidget, page: Any) -> bool:
    """Offer Save / Discard / Cancel for a page with edits; True means it is fine to leave."""
    has_changes = getattr(page, "has_unsaved_changes", None)
    if has_changes is None or not has_changes():
        return True
    # the page's title is its English key, marked for the catalogue where the page names it
    title = QCoreApplication.translate("pages", page.title)  # untranslated: marked in the page
    answer = QMessageBox.question(
        parent,
        translate("unsaved", "Unsaved changes"),
        translate("unsaved", "“{page}” has changes that are not saved. Save them?").format(
            page=title),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return bool(page.save())
    if answer == QMessageBox.StandardButton.Discard:
        page.revert()
        return True
    return False
