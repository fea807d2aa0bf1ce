"""Where passwords and data are kept, said by the window in the reader's language: in English,
word for word what the engine (and the CLI) says."""

from __future__ import annotations

import pytest

from desktop.widgets.password_field import keyring_words
from engine.secrets import HOW_TO_FIX, SecretStoreStatus, keyring_status


def test_the_machines_keyring_reads_as_the_engine_says_it() -> None:
    status = keyring_status()
    assert keyring_words(status) == status.message


@pytest.mark.parametrize(("backend", "place"), [
    ("keyring.backends.macOS.Keyring", "the macOS Keychain"),
    ("keyring.backends.Windows.WinVaultKeyring", "the Windows Credential Manager"),
    ("keyring.backends.kwallet.DBusKeyring", "KWallet"),
    ("keyring.backends.SecretService.Keyring", "the system keyring"),
    ("some.SecretService", "the system keyring (Secret Service)"),
])
def test_each_keyring_is_named_as_the_engine_names_it(backend: str, place: str) -> None:
    status = SecretStoreStatus(True, backend, f"Passwords are stored in {place}.")
    assert keyring_words(status) == status.message


def test_no_keyring_says_how_to_get_one() -> None:
    status = SecretStoreStatus(False, "keyring.backends.fail.Keyring",
                               f"No system keyring is available. {HOW_TO_FIX}")
    assert keyring_words(status) == status.message


def test_another_reason_for_no_keyring_is_shown_as_given() -> None:
    status = SecretStoreStatus(False, "memory", "Self-test: passwords are not kept.")
    assert keyring_words(status) == "Self-test: passwords are not kept."


@pytest.mark.parametrize("url", [
    "sqlite:////tmp/desk/data.sqlite3", "sqlite:///:memory:", "sqlite://",
    "postgresql://desk:secret@db.example:5433/news", "postgresql://desk@/news",
])
def test_where_the_data_lives_reads_as_the_engine_says_it(url: str) -> None:
    from desktop.pages.storage_page import database_words
    from engine.storage import db

    assert database_words(url) == db.describe(url)
