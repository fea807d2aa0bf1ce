"""Settings leave and come back as a readable file."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from pathlib import Path

import pytest

from engine import settings_file
from engine.config import (
    BounceMailbox,
    BounceSettings,
    ExclusionPolicy,
    ProviderPaceSetting,
    SmtpProfile,
    UnsubscribeService,
)
from engine.errors import ConfigError
from engine.storage import db, repo

PROFILE = SmtpProfile(name="Main", host="smtp.example.com", username="u",
                      from_address="a@example.com", bounce_address="b@example.com")


def test_export_is_readable_toml(database_url: str, tmp_path: Path) -> None:
    repo.save_profile(PROFILE)
    path = tmp_path / "s.toml"
    settings_file.write_file(path)
    data = tomllib.loads(path.read_text())
    assert data["smtp_profiles"][0]["host"] == "smtp.example.com"
    assert len(data["bounce_codes"]) == 49


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_a_profiles_paces_warm_up_and_window_travel_in_the_file(
        tmp_path: Path, suffix: str) -> None:
    paced = dataclasses.replace(
        PROFILE, provider_paces=(ProviderPaceSetting("google", 100, 4000, 2, 50),),
        warmup_plan="custom", warmup_start="2026-12-01", warmup_days=10, warmup_first_day=80,
        send_window=True, window_from="09:00", window_until="18:00", window_zone="Europe/Rome")
    db.init_db(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    repo.save_profile(paced)
    path = tmp_path / f"s{suffix}"
    settings_file.write_file(path)
    db.close_db()
    db.init_db(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    settings_file.import_settings(settings_file.read_file(path))
    assert repo.get_profile("Main") == dataclasses.replace(
        paced, key=repo.get_profile("Main").key, is_default=True)  # type: ignore[union-attr]
    db.close_db()


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_an_export_imports_into_a_fresh_database(tmp_path: Path, suffix: str) -> None:
    db.init_db(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    repo.save_profile(PROFILE)
    repo.save_mailbox(BounceMailbox(host="imap.example.com", username="b@example.com"))
    repo.save_setting(ExclusionPolicy("global"))
    repo.save_setting(BounceSettings(count_hard_bounces=True))
    repo.save_setting(UnsubscribeService(base_url="https://u.shop.example", sender_name="Shop"))
    path = tmp_path / f"s{suffix}"
    settings_file.write_file(path)
    db.init_db(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    settings_file.import_settings(settings_file.read_file(path))
    assert repo.list_profiles() == [dataclasses.replace(PROFILE, is_default=True)]
    assert repo.load_mailbox().host == "imap.example.com"
    assert repo.load_setting(ExclusionPolicy).scope == "global"
    assert repo.load_setting(BounceSettings).count_hard_bounces is True
    assert repo.load_setting(UnsubscribeService).base_url == "https://u.shop.example"
    db.close_db()


def test_an_invalid_import_changes_nothing(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"newsletter_desk_settings": 1, "smtp_profiles": [{"name": "X", "port": 0}]}')
    with pytest.raises(ConfigError, match="SMTP profile X"):
        settings_file.import_settings(settings_file.read_file(path))
    assert repo.list_profiles() == []


@pytest.mark.parametrize(("profile", "refusal"), [
    ({"name": "X", "port": "587"}, "SMTP profile X, field port: Enter a whole number."),
    ({"name": "X", "send_window": "yes"}, "SMTP profile X, field send_window: Say true or false."),
    ({"name": "X", "provider_paces": [{"provider": "yahoo", "per_minute": 30}]},
     "SMTP profile X, field provider_paces.yahoo.per_hour: Enter a whole number."),
    ({"name": "X", "provider_paces": ["yahoo"]},
     "SMTP profile X, field provider_paces: each entry needs a provider and its four figures."),
    ({"name": "X", "provider_paces": {"provider": "yahoo"}},
     "SMTP profile X, field provider_paces: Enter a list."),
])
def test_a_value_of_the_wrong_kind_is_refused_with_its_field(
        database_url: str, tmp_path: Path, profile: dict[str, object], refusal: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"newsletter_desk_settings": 1, "smtp_profiles": [profile]}))
    with pytest.raises(ConfigError) as refused:
        settings_file.import_settings(settings_file.read_file(path))
    assert str(refused.value) == refusal
    assert repo.list_profiles() == []


def test_a_file_that_is_not_an_export_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text('title = "hello"\n')
    with pytest.raises(ConfigError, match="not a Newsletter Desk settings export"):
        settings_file.read_file(path)


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_an_export_never_holds_the_dkim_private_key(
    database_url: str, tmp_path: Path, suffix: str,
) -> None:
    from engine.mail.dkim import generate_key
    from engine.secrets import KeyringSecretStore

    signing = dataclasses.replace(PROFILE, dkim_enabled=True, dkim_domain="example.com",
                                  dkim_selector="news1", dkim_algorithm="ed25519")
    repo.save_profile(signing)
    private, public = generate_key("ed25519")
    KeyringSecretStore().set(signing.dkim_secret_key, private)  # where the page puts it
    path = tmp_path / f"s{suffix}"
    settings_file.write_file(path)
    text = path.read_text()
    assert "news1" in text and "ed25519" in text
    assert private not in text and public.split("p=")[1] not in text
    assert "PRIVATE" not in text
