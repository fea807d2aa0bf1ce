"""Every settings object survives a save and a reopen, on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from engine.bounces.codes import BounceCode, BounceCodeTable
from engine.config import (
    BounceMailbox,
    BounceSettings,
    ExclusionPolicy,
    Footers,
    ProviderPace,
    ProviderPaceSetting,
    SmtpProfile,
)
from engine.errors import ConfigError
from engine.storage import db, repo


def _reopen(url: str) -> None:
    db.close_db()
    db.init_db(url)


def _profile(name: str = "Main", **changes: object) -> SmtpProfile:
    base = SmtpProfile(
        name=name,
        host="smtp.example.com",
        port=465,
        security="ssl",
        username="mailer",
        from_name="Acme Café",
        from_address="news@example.com",
        reply_to="hello@example.com",
        bounce_address="bounces@example.com",
        daily_limit=2000,
        hourly_limit=300,
        batch_size=25,
        batch_pause_seconds=5,
        max_connections=3,
        use_verp=False,
        disable_custom_headers=True,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_smtp_profile_round_trips(any_database: str) -> None:
    saved = repo.save_profile(_profile())
    _reopen(any_database)
    assert repo.list_profiles() == [saved]


def test_a_profiles_paces_warm_up_and_window_survive_a_reopen(any_database: str) -> None:
    saved = repo.save_profile(_profile(
        provider_paces=(ProviderPaceSetting("yahoo", 30, 1000, 1, 10),),
        warmup_plan="new_domain", warmup_start="2026-11-30",
        send_window=True, window_from="07:30", window_until="21:00",
        window_zone="America/New_York"))
    _reopen(any_database)
    assert repo.list_profiles() == [saved]
    assert saved.own_pace("yahoo") == ProviderPace(30, 1000, 1, 10)


def test_first_profile_becomes_the_default(any_database: str) -> None:
    repo.save_profile(_profile("A"))
    repo.save_profile(_profile("B"))
    default = repo.default_profile()
    assert default is not None and default.name == "A"


def test_making_a_profile_default_unsets_the_others(any_database: str) -> None:
    repo.save_profile(_profile("A"))
    b = repo.save_profile(_profile("B"))
    repo.set_default_profile(b.key)
    assert [p.name for p in repo.list_profiles() if p.is_default] == ["B"]


def test_renaming_a_profile_keeps_its_key(any_database: str) -> None:
    saved = repo.save_profile(_profile("Old"))
    repo.save_profile(dataclasses.replace(saved, name="New"))
    assert [(p.name, p.key) for p in repo.list_profiles()] == [("New", saved.key)]


def test_a_second_profile_with_the_same_name_is_refused(any_database: str) -> None:
    repo.save_profile(_profile("Main"))
    with pytest.raises(ConfigError) as err:
        repo.save_profile(_profile("Main"))
    assert err.value.field == "name"


def test_deleting_the_default_profile_promotes_another(any_database: str) -> None:
    a = repo.save_profile(_profile("A"))
    repo.save_profile(_profile("B"))
    repo.delete_profile(a.key)
    default = repo.default_profile()
    assert default is not None and default.name == "B" and default.is_default


def test_bounce_mailbox_round_trips(any_database: str) -> None:
    mailbox = BounceMailbox(
        protocol="pop3",
        host="pop.example.com",
        port=995,
        username="bounces@example.com",
        bounce_threshold=5,
        non_bounce_action="leave",
    )
    repo.save_mailbox(mailbox)
    _reopen(any_database)
    assert repo.load_mailbox() == mailbox


@pytest.mark.parametrize(
    "setting",
    [
        BounceSettings(collect_every_minutes=5, collect_retry_count=4,
                       soft_retry_interval_minutes=90, soft_retry_count=2,
                       soft_bounce_stale_days=10),
        ExclusionPolicy(scope="global"),
        Footers(text="Bye {{unsubscribe_url}}", html="<p>{{unsubscribe_url}}</p>",
                unsubscribe_url_template="https://example.com/u/{{token}}"),
    ],
    ids=["bounce settings", "exclusion policy", "footers"],
)
def test_singleton_settings_round_trip(
    any_database: str, setting: BounceSettings | ExclusionPolicy | Footers
) -> None:
    repo.save_setting(setting)
    _reopen(any_database)
    assert repo.load_setting(type(setting)) == setting


def test_unsaved_settings_load_as_defaults(any_database: str) -> None:
    assert repo.load_setting(BounceSettings) == BounceSettings()
    assert repo.load_mailbox() == BounceMailbox()


def test_edited_bounce_code_table_round_trips_in_order(any_database: str) -> None:
    table = BounceCodeTable.from_rows(
        [BounceCode("5.7.26", "soft", "DMARC"), *BounceCodeTable.default().rows]
    )
    repo.save_bounce_codes(table)
    _reopen(any_database)
    assert repo.load_bounce_codes() == table


def test_an_invalid_bounce_code_is_refused(any_database: str) -> None:
    table = BounceCodeTable.from_rows([BounceCode("5.x.1", "hard", "bad")])
    with pytest.raises(ConfigError):
        repo.save_bounce_codes(table)
    assert repo.load_bounce_codes() == BounceCodeTable.default()
