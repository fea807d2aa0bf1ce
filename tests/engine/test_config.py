"""Wrong settings come back as a message for the field that is wrong."""

from __future__ import annotations

import dataclasses

import pytest

from engine.config import (
    BounceMailbox,
    BounceSettings,
    ExclusionPolicy,
    Footers,
    ProviderPaceSetting,
    SmtpProfile,
)

GOOD_PROFILE = SmtpProfile(
    name="Main", host="smtp.example.com", username="u", from_address="news@example.com",
    bounce_address="bounces@example.com",
)
GOOD_MAILBOX = BounceMailbox(host="imap.example.com", username="bounces@example.com")


def test_a_complete_profile_has_no_errors() -> None:
    assert GOOD_PROFILE.validate() == {}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"host": ""}, "host"),
        ({"host": "smtp example.com"}, "host"),
        ({"port": 0}, "port"),
        ({"port": 65536}, "port"),
        ({"batch_size": 0}, "batch_size"),
        ({"daily_limit": 0}, "daily_limit"),
        ({"bounce_address": "not an address"}, "bounce_address"),
        ({"from_address": ""}, "from_address"),
        ({"reply_to": "a@"}, "reply_to"),
        ({"username": ""}, "username"),
        ({"name": "  "}, "name"),
        ({"max_connections": 0}, "max_connections"),
        ({"auth_method": "kerberos"}, "auth_method"),
        ({"auth_method": "microsoft"}, "oauth_client_id"),
        ({"warmup_plan": "fast", "warmup_start": "2026-03-02"}, "warmup_plan"),
        ({"warmup_plan": "new_ip", "warmup_start": "2 March"}, "warmup_start"),
        ({"warmup_plan": "custom", "warmup_start": "2026-03-02", "warmup_days": 1},
         "warmup_days"),
        ({"send_window": True, "window_from": "8"}, "window_from"),
        ({"send_window": True, "window_until": "24:00"}, "window_until"),
        ({"send_window": True, "window_until": "08:00"}, "window_until"),
        ({"send_window": True, "window_zone": "Mars/Olympus"}, "window_zone"),
        ({"provider_paces": (ProviderPaceSetting("yahoo", 60, 2500, 0, 20),)},
         "provider_paces.yahoo.connections"),
    ],
)
def test_profile_errors_name_the_field(change: dict[str, object], field: str) -> None:
    errors = dataclasses.replace(GOOD_PROFILE, **change).validate()  # type: ignore[arg-type]
    assert list(errors) == [field]
    assert errors[field].endswith(".")


def test_no_user_name_is_fine_without_authentication() -> None:
    profile = dataclasses.replace(GOOD_PROFILE, requires_auth=False, username="")
    assert profile.validate() == {}


def test_mailbox_bounce_address_defaults_to_the_user_name() -> None:
    assert GOOD_MAILBOX.effective_bounce_address == "bounces@example.com"
    assert GOOD_MAILBOX.validate() == {}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"bounce_threshold": 0}, "bounce_threshold"),
        ({"host": ""}, "host"),
        ({"port": -1}, "port"),
        ({"folder": ""}, "folder"),
        ({"processed_action": "move"}, "processed_folder"),
        ({"protocol": "pop3", "processed_action": "move", "processed_folder": "Done"},
         "processed_action"),
        ({"auth_method": "google", "oauth_client_id": " "}, "oauth_client_id"),
    ],
)
def test_mailbox_errors_name_the_field(change: dict[str, object], field: str) -> None:
    errors = dataclasses.replace(GOOD_MAILBOX, **change).validate()  # type: ignore[arg-type]
    assert list(errors) == [field]


def test_bounce_settings_refuse_a_zero_interval() -> None:
    assert list(BounceSettings(collect_every_minutes=0).validate()) == ["collect_every_minutes"]


def test_bounce_settings_suppress_at_the_first_hard_bounce_unless_told_to_count_them() -> None:
    assert BounceSettings().count_hard_bounces is False
    assert BounceSettings(count_hard_bounces=True).validate() == {}
    assert list(BounceSettings(count_hard_bounces="yes").validate()) == [  # type: ignore[arg-type]
        "count_hard_bounces"]


def test_exclusion_policy_accepts_only_campaign_or_global() -> None:
    assert ExclusionPolicy("global").validate() == {}
    assert list(ExclusionPolicy("everyone").validate()) == ["scope"]  # type: ignore[arg-type]


def test_default_footers_carry_unsubscribe_and_manage_links() -> None:
    footers = Footers()
    assert footers.validate() == {}
    for text in (footers.text, footers.html):
        assert "{{unsubscribe_url}}" in text and "{{manage_url}}" in text


def test_a_footer_without_an_unsubscribe_link_is_refused() -> None:
    assert list(Footers(text="Thanks").validate()) == ["text"]


def test_a_link_template_must_carry_the_recipient_token() -> None:
    errors = Footers(unsubscribe_url_template="https://example.com/unsub").validate()
    assert list(errors) == ["unsubscribe_url_template"]


def _signing(from_address: str, domain: str, selector: str = "news1") -> SmtpProfile:
    return SmtpProfile("Shop", host="smtp.shop.example", username="u",
                       from_address=from_address, bounce_address="bounces@shop.example",
                       dkim_enabled=True, dkim_domain=domain, dkim_selector=selector)


def test_dkim_may_sign_as_the_from_domain_or_its_organizational_parent() -> None:
    assert _signing("news@shop.example", "shop.example").validate() == {}
    assert _signing("news@mail.shop.example", "shop.example").validate() == {}
    assert _signing("news@mail.shop.co.uk", "shop.co.uk").validate() == {}


def test_dkim_signing_as_another_domain_is_a_field_error() -> None:
    assert set(_signing("news@shop.example", "other.example").validate()) == {"dkim_domain"}
    assert set(_signing("news@shop.example", "mail.shop.example").validate()) == {"dkim_domain"}
    # a public suffix is nobody's organizational domain
    assert set(_signing("news@shop.co.uk", "co.uk").validate()) == {"dkim_domain"}


def test_dkim_needs_a_selector_only_when_on() -> None:
    assert set(_signing("news@shop.example", "shop.example", "").validate()) == {"dkim_selector"}
    off = SmtpProfile("Shop", host="smtp.shop.example", username="u",
                      from_address="news@shop.example", bounce_address="b@shop.example")
    assert off.validate() == {}


def test_a_window_may_wrap_past_midnight() -> None:
    night = dataclasses.replace(GOOD_PROFILE, send_window=True, window_from="22:00",
                                window_until="06:30", window_zone="Europe/Rome")
    assert night.validate() == {}


def test_paces_read_back_as_mappings_become_settings() -> None:
    raw = {"provider": "google", "per_minute": 100, "per_hour": 4000, "connections": 2,
           "per_connection": 50}
    profile = dataclasses.replace(GOOD_PROFILE, provider_paces=(raw,))  # type: ignore[arg-type]
    assert profile.provider_paces == (ProviderPaceSetting("google", 100, 4000, 2, 50),)
    assert profile.own_pace("google") == profile.provider_paces[0].pace
    assert profile.own_pace("yahoo") is None
