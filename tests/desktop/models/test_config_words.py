"""The settings' refusals (``validate()``, English for the CLI) in the window's language: each
one the engine can give has words of its own, and English reads as the engine wrote it."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.models.config_words import field_message, is_known
from engine import config

# Settings wrong in every way each validate() checks.
WRONG: list[Any] = [
    config.SmtpProfile(name=""),
    config.SmtpProfile(name="Main", host="not a host", port=0,
                       security="x",  # type: ignore[arg-type]
                       username="", from_address="nobody", reply_to="me@", bounce_address="",
                       daily_limit=0, hourly_limit=-1, batch_size=0, batch_pause_seconds=-1,
                       max_connections=0),
    config.SmtpProfile(name="B", max_connections=17, dkim_enabled=True, dkim_domain="",
                       dkim_selector="no way", dkim_algorithm="x",  # type: ignore[arg-type]
                       auth_method="x"),  # type: ignore[arg-type]
    config.SmtpProfile(name="C", dkim_enabled=True, dkim_domain="bad domain",
                       auth_method="google"),
    config.SmtpProfile(name="D", dkim_enabled=True, dkim_domain="other.example",
                       dkim_selector="news1", from_address="news@shop.example"),
    config.SmtpProfile(name="E", dkim_enabled=True, dkim_domain="other.example",
                       dkim_selector="news1", from_address="news@mail.shop.example"),
    config.BounceMailbox(protocol="x",  # type: ignore[arg-type]
                         host="", port=0, username="", bounce_address="", folder=""),
    config.BounceMailbox(protocol="imap", folder="", processed_action="move",
                         non_bounce_action="move"),
    config.BounceMailbox(protocol="pop3", processed_action="move", processed_folder="x",
                         non_bounce_action="move", non_bounce_folder="y", review_folder="z"),
    config.BounceSettings(0, -1, 0, -1, 0, "x"),  # type: ignore[arg-type]
    config.ComplaintGuard(0.0, 0, "no: colons"),
    config.ExclusionPolicy("x"),  # type: ignore[arg-type]
    config.Footers(text="", html="", unsubscribe_url_template="ftp://x",
                   manage_url_template="https://x"),
    config.CheckSettings("not a resolver"),
    config.UnsubscribeService("http://x"),
]


def refusals() -> list[str]:
    return sorted({m for settings in WRONG for m in settings.validate().values()})


def test_the_wrong_settings_give_many_refusals() -> None:
    assert len(refusals()) >= 30  # the list above still reaches the checks it names


@pytest.mark.parametrize("message", refusals())
def test_every_refusal_has_words_in_the_windows_language(message: str) -> None:
    assert is_known(message)


@pytest.mark.parametrize("message", refusals())
def test_in_english_a_refusal_reads_as_the_engine_wrote_it(message: str) -> None:
    if " must be at least " in message:  # the field's label already says which value
        assert field_message(message) == "This must be at least {}.".format(
            message.rsplit(" ", 1)[1].rstrip("."))
    else:
        assert field_message(message) == message


def test_an_unknown_refusal_stays_as_it_is() -> None:
    assert field_message("Something new went wrong.") == "Something new went wrong."
