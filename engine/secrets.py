"""Passwords in the operating system's keyring, and nowhere else.

One service name for the app; one entry per SMTP profile and per bounce mailbox, named by the
settings object's stable ``key``. When the machine has no usable keyring, ``open_secret_store``
returns a store that keeps passwords in memory for this session only and says so: we never
write a password in plain text, and we never fail deep inside a send because of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import keyring
import keyring.backend
import keyring.errors

from engine.errors import SecretStoreUnavailable

SERVICE = "newsletter-desk"

# Backends that would write the password somewhere in plain text or not at all.
_UNSAFE_BACKENDS = ("fail.", "null.", "PlaintextKeyring", "keyrings.alt")

HOW_TO_FIX = (
    "Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); "
    "on Windows and macOS the system keychain is used. Until then passwords are kept for this "
    "session only and asked again next time."
)


@dataclass(frozen=True)
class SecretStoreStatus:
    available: bool
    backend: str
    message: str


class SecretStore(Protocol):
    def status(self) -> SecretStoreStatus: ...

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, password: str) -> None: ...

    def delete(self, key: str) -> None: ...


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_status() -> SecretStoreStatus:
    """Re-checked on each use: a keyring can be locked or stopped while the app runs."""
    backend = keyring.get_keyring()
    name = _backend_name(backend)
    try:
        priority = float(backend.priority)
    except Exception:  # noqa: BLE001 - a backend may raise from its priority probe
        priority = 0.0
    if priority <= 0 or any(marker in name for marker in _UNSAFE_BACKENDS):
        return SecretStoreStatus(False, name, f"No system keyring is available. {HOW_TO_FIX}")
    label = {
        "SecretService": "the system keyring (Secret Service)",
        "Keyring": "the system keyring",
    }
    friendly = label.get(type(backend).__name__, "the system keyring")
    if "macOS" in name:
        friendly = "the macOS Keychain"
    elif "Windows" in name:
        friendly = "the Windows Credential Manager"
    elif "kwallet" in name.lower():
        friendly = "KWallet"
    return SecretStoreStatus(True, name, f"Passwords are stored in {friendly}.")


class KeyringSecretStore:
    """The real store. Error messages name the entry, never the password."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def status(self) -> SecretStoreStatus:
        return keyring_status()

    def _require(self) -> None:
        status = self.status()
        if not status.available:
            raise SecretStoreUnavailable(status.message)

    def get(self, key: str) -> str | None:
        self._require()
        try:
            value: str | None = keyring.get_password(self.service, key)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(
                f"The keyring could not be read ({type(exc).__name__}); is it locked? {HOW_TO_FIX}",
                code="keyring_unreadable", params={"type": type(exc).__name__}) from None
        return value

    def set(self, key: str, password: str) -> None:
        self._require()
        try:
            keyring.set_password(self.service, key, password)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(
                f"The password could not be saved in the keyring ({type(exc).__name__}); "
                f"is it locked? {HOW_TO_FIX}",
                code="keyring_save_failed", params={"type": type(exc).__name__}) from None

    def delete(self, key: str) -> None:
        self._require()
        try:
            keyring.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretStoreUnavailable(
                f"The password could not be removed from the keyring ({type(exc).__name__}).",
                code="keyring_remove_failed", params={"type": type(exc).__name__}) from None


class MemorySecretStore:
    """Passwords for this session only: for tests, and when no keyring is available."""

    def __init__(self, reason: str = "Passwords are kept for this session only.") -> None:
        self._values: dict[str, str] = {}
        self._reason = reason

    def status(self) -> SecretStoreStatus:
        return SecretStoreStatus(False, "memory", self._reason)

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def set(self, key: str, password: str) -> None:
        self._values[key] = password

    def delete(self, key: str) -> None:
        self._values.pop(key, None)


def open_secret_store() -> SecretStore:
    status = keyring_status()
    if status.available:
        return KeyringSecretStore()
    return MemorySecretStore(status.message)
