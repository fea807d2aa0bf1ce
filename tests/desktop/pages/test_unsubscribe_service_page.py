"""The Unsubscribe service page: the address saved, the key made into the keyring, shown once."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.main_window import MainWindow
from desktop.pages.unsubscribe_service_page import UnsubscribeServicePage
from engine.config import UnsubscribeService
from engine.mail import signed_links
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.desktop.pages.test_settings_pages import page_of, retype


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """Keeps an answerer alive while pytest-qt closes the window after each test."""


def _page(window: MainWindow) -> UnsubscribeServicePage:
    page: UnsubscribeServicePage = page_of(window, "Unsubscribe service", UnsubscribeServicePage)
    return page


def test_the_service_address_is_saved(qtbot: Any, main_window: MainWindow) -> None:
    page = _page(main_window)
    retype(qtbot, page.url_edit, "https://unsub.shop.example")
    retype(qtbot, page.sender_edit, "Green Grocer")
    assert page.save()
    assert repo.load_setting(UnsubscribeService) == UnsubscribeService(
        "https://unsub.shop.example", "Green Grocer", "")


def test_a_plain_http_address_is_refused_at_the_field(qtbot: Any,
                                                      main_window: MainWindow) -> None:
    page = _page(main_window)
    retype(qtbot, page.url_edit, "http://unsub.shop.example")
    assert not page.save()
    assert not repo.load_setting(UnsubscribeService).enabled


def test_a_new_key_goes_to_the_keyring_and_is_shown_only_until_the_page_reloads(
        main_window: MainWindow) -> None:
    page = _page(main_window)
    assert page.key_status.text().startswith("No shared key")
    page.new_key_button.click()
    shown = page.key_edit.text()
    assert len(signed_links.key_from_text(shown)) == 32
    assert page.services.secrets.get(UnsubscribeService.SECRET_KEY) == shown
    assert page.key_status.text() == "A shared key is in the keyring."
    page.revert()
    assert page.key_edit.text() == "" and page.key_edit.isHidden()
