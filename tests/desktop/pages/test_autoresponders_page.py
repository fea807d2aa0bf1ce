"""The Autoresponders page: a form over AutoresponderDraft, checked and saved by the engine."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.pages.autoresponders_page import AutorespondersPage, delay_words
from desktop.services import Services
from engine.config import SmtpProfile
from engine.storage import audience, autoresponders, repo


@pytest.fixture
def page(qtbot: Any, services: Services) -> AutorespondersPage:
    repo.save_profile(SmtpProfile(name="Shop", host="127.0.0.1", port=2525,
                                  from_address="news@shop.example", is_default=True))
    audience.create_list("Tea Club")
    widget = AutorespondersPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(page: AutorespondersPage, **changes: Any) -> None:
    page._on_new_clicked()
    page.name.setText(changes.get("name", "Welcome"))
    page.days.setValue(changes.get("days", 1))
    page.hours.setValue(changes.get("hours", 2))
    page.minutes.setValue(changes.get("minutes", 30))
    page.subject.setText(changes.get("subject", "Welcome, {{first_name|friend}}"))
    page.text_body.setPlainText(changes.get("text", "Glad you joined."))


def test_a_new_autoresponder_is_saved_and_listed(page: AutorespondersPage) -> None:
    fill(page)
    assert page.has_unsaved_changes()

    assert page.save()
    [saved] = autoresponders.list_autoresponders()
    assert (saved.draft.list_name, saved.draft.profile_name) == ("Tea Club", "Shop")
    assert saved.draft.delay_minutes == 24 * 60 + 2 * 60 + 30
    assert page.list_view.item(0).text() == (
        "Welcome\nTea Club · 1 day 2 hours 30 minutes after joining · sent to 0")
    assert not page.has_unsaved_changes()


def test_a_mistake_is_shown_at_its_field_and_nothing_is_saved(
    page: AutorespondersPage,
) -> None:
    fill(page, text="Hello {{nickname}}")

    assert not page.save()
    assert page.fields.errors["text_body"].text().startswith("Unknown merge field {{nickname}}")
    assert page.fields.errors["text_body"].isVisible()
    assert page.text_body.hasFocus()
    assert autoresponders.list_autoresponders() == []


def test_an_edit_is_saved_to_the_same_autoresponder_and_revert_undoes_one(
    page: AutorespondersPage,
) -> None:
    fill(page)
    page.save()
    page.name.setText("Hello")
    assert page.save()
    page.subject.setText("Changed my mind")
    page.revert()

    [saved] = autoresponders.list_autoresponders()
    assert saved.name == "Hello"
    assert page.subject.text() == saved.draft.subject


def test_a_deleted_autoresponder_leaves_the_list(page: AutorespondersPage) -> None:
    fill(page)
    page.save()
    info = page.current()
    assert info is not None
    page.delete(info.id)

    assert page.list_view.count() == 0
    assert autoresponders.list_autoresponders() == []
    assert not page.has_unsaved_changes()


@pytest.mark.parametrize(("minutes", "words"), [
    (0, "at once"), (1, "1 minute"), (90, "1 hour 30 minutes"), (3 * 24 * 60, "3 days")])
def test_delays_read_as_words(minutes: int, words: str) -> None:
    assert delay_words(minutes) == words
