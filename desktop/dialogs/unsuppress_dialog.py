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

from desktop.i18n import translate
from desktop.models.words import SUPPRESSION_REASONS, words
from engine.notes import Note, note
from engine.storage.suppressions import SuppressionRecord


class UnsuppressDialog(QDialog):
    def __init__(self, record: SuppressionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("unsuppress_dialog", "Un-suppress an address"))
        self.setModal(True)
        reason = escape(words(SUPPRESSION_REASONS, record.reason))
        if record.code:
            reason = translate("unsuppress_dialog", "{reason} ({code})").format(
                reason=reason, code=escape(record.code))
        question = QLabel(translate(
            "unsuppress_dialog", "<p>Send to <b>{address}</b> again?</p><p>It was suppressed "
            "because of: {reason}. Its bounces stay in the log; only bounces from now on count "
            "towards the threshold.</p>").format(address=escape(record.email), reason=reason))
        question.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            translate("unsuppress_dialog", "e.g. the reader fixed their mailbox"))
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(translate("unsuppress_dialog", "Un-suppress"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)  # Enter confirms, even from the reason field
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        why = QLabel(translate("unsuppress_dialog", "&Why? (kept in the address's history)"))
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
