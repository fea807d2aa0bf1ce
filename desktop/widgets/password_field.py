"""The password box: writes to the keyring on save, never shows a stored password.

The field stays empty; when a password is stored its placeholder says so, and typing replaces
it on Save. Where the machine has no keyring the line under it says the password is kept for
this session only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.widgets.form import HELP_STYLE
from engine.errors import SecretStoreUnavailable
from engine.secrets import SecretStore


class PasswordField(QWidget):
    def __init__(self, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.secrets = secrets
        self.key = ""
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setObjectName("password")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HELP_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)
        self._stored = False

    def load(self, key: str) -> None:
        """Show whether ``key`` has a stored password, without reading it into the widget."""
        self.key = key
        self.edit.clear()
        status = self.secrets.status()
        try:
            self._stored = self.secrets.get(key) is not None
        except SecretStoreUnavailable:
            self._stored = False
        if self._stored and status.available:
            self.edit.setPlaceholderText(translate(
                "password_field", "Password stored in the system keyring — type to replace it"))
        elif self._stored:
            self.edit.setPlaceholderText(translate(
                "password_field", "Password kept for this session only — type to replace it"))
        else:
            self.edit.setPlaceholderText(translate("password_field", "Enter the password"))
        self.note.setText(
            translate("password_field", "Password stored in the system keyring.")
            if self._stored and status.available else status.message
        )


    @property
    def typed(self) -> str:
        return self.edit.text()

    @property
    def has_stored(self) -> bool:
        return self._stored

    def has_unsaved_changes(self) -> bool:
        return bool(self.edit.text())

    def password(self) -> str | None:
        """What a connection test should use: the typed one, else the stored one."""
        if self.edit.text():
            return self.edit.text()
        try:
            return self.secrets.get(self.key) if self.key else None
        except SecretStoreUnavailable:
            return None

    def save(self, key: str | None = None) -> None:
        """Write a typed password under ``key`` (default: the loaded key); raises if no store."""
        key = key or self.key
        if self.edit.text():
            self.secrets.set(key, self.edit.text())
        self.load(key)
