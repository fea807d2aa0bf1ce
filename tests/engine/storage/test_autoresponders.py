"""Autoresponders as the window edits them: saved, checked, renamed, listed, deleted."""

from __future__ import annotations

import pytest

from engine.config import SmtpProfile
from engine.errors import ConfigError
from engine.storage import audience, repo
from engine.storage.autoresponders import (
    AutoresponderDraft,
    delete_autoresponder,
    list_autoresponders,
    save_autoresponder,
    validate_autoresponder,
)


@pytest.fixture
def welcome(database_url: str) -> AutoresponderDraft:
    repo.save_profile(SmtpProfile(name="Shop", host="127.0.0.1", port=2525,
                                  from_address="news@shop.example"))
    mailing = audience.create_list("Newsletter")
    audience.save_contact("ann@example.org", "Ann", fields={"city": "Oslo"},
                          list_ids=[mailing.id])
    return AutoresponderDraft("Welcome", "Newsletter", "Shop", delay_minutes=60,
                              subject="Welcome, {{first_name|friend}}",
                              text_body="Hello from {{city}}.")


def test_a_complete_autoresponder_is_saved_and_listed(welcome: AutoresponderDraft) -> None:
    saved = save_autoresponder(welcome)

    [listed] = list_autoresponders()
    assert listed.draft == welcome == saved.draft
    assert listed.queued == 0


def test_missing_parts_are_reported_at_their_fields(database_url: str) -> None:
    errors = validate_autoresponder(AutoresponderDraft("", delay_minutes=-5, subject="a\nb"))

    assert set(errors) == {"name", "list_name", "profile_name", "delay_minutes", "subject",
                           "text_body"}
    assert errors["subject"] == "The subject must be on one line."


def test_a_merge_field_the_list_lacks_is_refused(welcome: AutoresponderDraft) -> None:
    errors = validate_autoresponder(
        AutoresponderDraft(**{**welcome.__dict__, "text_body": "Hi {{nickname}}"}))

    assert errors["text_body"].startswith("Unknown merge field {{nickname}}")


def test_renaming_keeps_the_same_autoresponder(welcome: AutoresponderDraft) -> None:
    saved = save_autoresponder(welcome)
    renamed = save_autoresponder(
        AutoresponderDraft(**{**welcome.__dict__, "name": "Hello"}), saved.id)

    assert renamed.id == saved.id
    assert [a.name for a in list_autoresponders()] == ["Hello"]


def test_a_second_autoresponder_of_the_same_name_is_refused(
    welcome: AutoresponderDraft,
) -> None:
    save_autoresponder(welcome)
    with pytest.raises(ConfigError, match="exists already") as caught:
        save_autoresponder(welcome)
    assert caught.value.field == "name"


def test_a_deleted_autoresponder_is_gone(welcome: AutoresponderDraft) -> None:
    saved = save_autoresponder(welcome)
    delete_autoresponder(saved.id)

    assert list_autoresponders() == []
