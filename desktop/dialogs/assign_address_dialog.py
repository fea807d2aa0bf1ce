"""Asking which address a kept bounce is about; checked by the engine before it closes."""

from __future__ import annotations

from collections.abc import Callable
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
from engine.errors import ConfigError

ERROR_STYLE = "color: #a40000;"


class AssignAddressDialog(QDialog):
    """``check(text)`` returns the address to use or raises ConfigError with the reason."""

    def __init__(self, subject: str, check: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("assign_address_dialog", "Assign an address"))
        self.setModal(True)
        self._check = check
        self.address = ""
        question = QLabel(translate(
            "assign_address_dialog", "<p>Which address is the bounce “{subject}” about?</p>"
            "<p>It is then counted like any bounce for that address (and may suppress it), and "
            "the next collection removes the message from the mailbox.</p>").format(
            subject=escape(subject[:120])))
        question.setWordWrap(True)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(
            translate("assign_address_dialog", "e.g. reader@example.org"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(translate("assign_address_dialog", "Assign"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        label = QLabel(translate("assign_address_dialog", "&Address"))
        label.setBuddy(self.address_edit)
        layout.addWidget(label)
        layout.addWidget(self.address_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.address_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        """Close only for an address the engine accepts; otherwise say why at the field."""
        try:
            self.address = self._check(self.address_edit.text())
        except ConfigError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.address_edit.setFocus()
            return
        super().accept()
