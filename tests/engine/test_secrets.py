"""Passwords go to the system keyring and nowhere else."""

from __future__ import annotations

import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from engine import settings_file
from engine.config import SmtpProfile
from engine.errors import SecretStoreUnavailable
from engine.secrets import KeyringSecretStore, MemorySecretStore, keyring_status, open_secret_store
from engine.storage import repo

PASSWORD = "Tr0ub4dor&3-not-in-any-file"


def test_keyring_store_round_trips_a_password() -> None:
    store = KeyringSecretStore()
    store.set("smtp:abc", PASSWORD)
    assert store.get("smtp:abc") == PASSWORD
    store.delete("smtp:abc")
    assert store.get("smtp:abc") is None


def test_deleting_a_missing_password_is_not_an_error() -> None:
    KeyringSecretStore().delete("smtp:never-set")


@pytest.mark.real_keyring
@pytest.mark.servers
def test_real_secret_service_round_trips_a_password(system_keyring: object) -> None:
    store = KeyringSecretStore(service=f"newsletter-desk-test-{uuid.uuid4().hex[:8]}")
    assert "SecretService" in store.status().backend
    store.set("smtp:real", PASSWORD)
    assert store.get("smtp:real") == PASSWORD
    store.delete("smtp:real")
    assert store.get("smtp:real") is None


def test_without_a_keyring_the_store_says_so_in_plain_words() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    status = keyring_status()
    assert not status.available
    assert "No system keyring" in status.message and "GNOME Keyring" in status.message
    with pytest.raises(SecretStoreUnavailable, match="No system keyring"):
        KeyringSecretStore().set("smtp:x", PASSWORD)


def test_without_a_keyring_passwords_are_kept_for_this_session_only() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = open_secret_store()
    assert isinstance(store, MemorySecretStore)
    store.set("smtp:x", PASSWORD)
    assert store.get("smtp:x") == PASSWORD
    assert not store.status().available


def test_keyring_errors_never_carry_the_password() -> None:
    class BrokenKeyring(keyring.backends.fail.Keyring):
        priority = 5  # type: ignore[assignment]

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.KeyringLocked(f"locked while saving {password}")

    keyring.set_keyring(BrokenKeyring())
    with pytest.raises(SecretStoreUnavailable) as err:
        KeyringSecretStore().set("smtp:x", PASSWORD)
    assert PASSWORD not in str(err.value) and err.value.__cause__ is None


def test_the_password_is_in_neither_the_database_nor_the_export(
    database_url: str, tmp_path: Path
) -> None:
    profile = repo.save_profile(
        SmtpProfile(name="Main", host="smtp.example.com", username="u",
                    from_address="a@example.com", bounce_address="b@example.com")
    )
    KeyringSecretStore().set(profile.secret_key, PASSWORD)
    for suffix in (".toml", ".json"):
        export = tmp_path / f"settings{suffix}"
        settings_file.write_file(export)
        assert PASSWORD.encode() not in export.read_bytes()
    for file in tmp_path.glob("desk.sqlite3*"):
        assert PASSWORD.encode() not in file.read_bytes()
    assert KeyringSecretStore().get(profile.secret_key) == PASSWORD
