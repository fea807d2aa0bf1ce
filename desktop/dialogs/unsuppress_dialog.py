"""Asking before an address goes back on the send list, and why (for the audit trail)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.words import SUPPRESSION_REASONS, words
from engine.notes import Note, note
from engine.storage.suppressions import SuppressionRecord


class UnsuppressDialog(QDialog):
    def __init__(self, record: SuppressionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Un-suppress an address")
        self.setModal(True)
        question = QLabel(
            f"<p>Send to <b>{escape(record.email)}</b> again?</p>"
            f"<p>It was suppressed because of: {escape(words(SUPPRESSION_REASONS, record.reason))}"
            f"{' (' + escape(record.code) + ')' if record.code else ''}. Its bounces stay in "
            "the log; only bounces from now on count towards the threshold.</p>")
        question.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText("e.g. the reader fixed their mailbox")
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton("Un-suppress",
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)  # Enter confirms, even from the reason field
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        why = QLabel("&Why? (kept in the address's history)")
        why.setBuddy(self.reason_edit)
        layout.addWidget(why)
        layout.addWidget(self.reason_edit)
        self.reason_edit.setFocus()
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def reason(self) -> Note:
        """What the address's history keeps: the words typed, or that it was done by hand."""
        typed = self.reason_edit.text().strip()
        return note("by_user", text=typed) if typed else note("removed_by_hand")
