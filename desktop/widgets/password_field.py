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
from engine.secrets import HOW_TO_FIX, SecretStore, SecretStoreStatus

# engine.secrets words the keyring it found so for the CLI; the window says the same here.
NO_KEYRING = f"No system keyring is available. {HOW_TO_FIX}"


def keyring_words(status: SecretStoreStatus) -> str:
    """Where passwords are kept, in the reader's language (the engine's English otherwise)."""
    if not status.available:
        if status.message == NO_KEYRING:
            return translate(
                "password_field", "No system keyring is available. Install and unlock a "
                "keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and "
                "macOS the system keychain is used. Until then passwords are kept for this "
                "session only and asked again next time.")
        return status.message
    name = status.backend
    if "macOS" in name:
        return translate("password_field", "Passwords are stored in the macOS Keychain.")
    if "Windows" in name:
        return translate("password_field",
                         "Passwords are stored in the Windows Credential Manager.")
    if "kwallet" in name.lower():
        return translate("password_field", "Passwords are stored in KWallet.")
    if name.rsplit(".", 1)[-1] == "SecretService":

        return translate("password_field",
                         "Passwords are stored in the system keyring (Secret Service).")
    return translate("password_field", "Passwords are stored in the system keyring.")


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
            if self._stored and status.available else keyring_words(status)

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
