"""Settings found from the address on a new SMTP profile and a new bounce mailbox: offered
beside the field, taken only with Use these, never put into a saved one by themselves."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.pages.bounce_mailbox_page import BounceMailboxPage
from desktop.pages.smtp_profiles_page import SmtpProfilesPage
from desktop.services import Services
from desktop.widgets.settings_finder import SettingsFinder
from engine.config import BounceMailbox, SmtpProfile
from engine.discovery.find import find_settings
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.engine.discovery.support import (
    FileServer,
    autoconfig_path,
    config_xml,
    file_server,
    local_places,
)


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """Keeps an answerer alive while pytest-qt closes the window after each test."""


@pytest.fixture
def files() -> Iterator[FileServer]:
    with file_server() as served:
        yield served


def type_and_leave(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()  # offscreen, focus moves do not always reach the line edit


def settled(qtbot: Any, finder: SettingsFinder) -> str:
    qtbot.waitUntil(lambda: not finder.busy and finder.runner.running == 0, timeout=10000)
    return str(finder.message.text())


def smtp_page(window: MainWindow) -> SmtpProfilesPage:
    window.show_page("SMTP profiles")
    page = window.page("SMTP profiles")
    assert isinstance(page, SmtpProfilesPage)
    return page


def mailbox_page(window: MainWindow) -> BounceMailboxPage:
    window.show_page("Bounce mailbox")
    page = window.page("Bounce mailbox")
    assert isinstance(page, BounceMailboxPage)
    return page


# -- SMTP profiles --------------------------------------------------------------------------


def test_a_new_profile_is_offered_the_providers_settings_and_takes_them_on_click(
        qtbot: Any, main_window: MainWindow) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_and_leave(qtbot, page.username_edit, "ann@gmail.com")
    assert settled(qtbot, page.finder) == (
        "Found settings for Gmail / Google Workspace: smtp.gmail.com:465 SSL/TLS")
    assert page.finder.use_button.isVisible()
    assert page.host_edit.text() == ""  # offered, not filled
    qtbot.mouseClick(page.finder.use_button, Qt.MouseButton.LeftButton)
    assert (page.host_edit.text(), page.port_spin.value(),
            page.security_combo.currentData()) == ("smtp.gmail.com", 465, "ssl")
    assert page.auth_check.isChecked() and page.username_edit.text() == "ann@gmail.com"
    type_and_leave(qtbot, page.host_edit, "smtp-relay.gmail.com")  # still the user's to change
    assert page.host_edit.text() == "smtp-relay.gmail.com"


def test_a_relay_found_from_the_from_address_fills_its_own_user_name_and_says_why(
        qtbot: Any, main_window: MainWindow) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_and_leave(qtbot, page.from_address_edit, "news@sendgrid.com")
    assert settled(qtbot, page.finder).endswith("smtp.sendgrid.net:587 STARTTLS")
    assert "API key" in page.finder.hint.text()
    qtbot.mouseClick(page.finder.use_button, Qt.MouseButton.LeftButton)
    assert page.username_edit.text() == "apikey"


def test_a_saved_profile_is_not_offered_anything_as_its_address_is_typed(
        qtbot: Any, main_window: MainWindow, services: Services) -> None:
    repo.save_profile(SmtpProfile(name="Main", host="mail.shop.example", port=587))
    page = smtp_page(main_window)
    page.refresh()
    type_and_leave(qtbot, page.username_edit, "ann@gmail.com")
    assert settled(qtbot, page.finder) == ""
    assert not page.finder.use_button.isVisible()
    assert page.host_edit.text() == "mail.shop.example"


def test_find_settings_looks_a_domain_up_online_when_the_table_has_none(
        qtbot: Any, main_window: MainWindow, files: FileServer, refused_port: int) -> None:
    files.files[autoconfig_path("shop.test")] = config_xml("shop.test", "Shop Mail")
    page = smtp_page(main_window)
    page.finder.lookup = partial(find_settings, places=local_places(files.base, refused_port))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_and_leave(qtbot, page.username_edit, "ann@shop.test")
    assert "not one of the common providers" in settled(qtbot, page.finder)
    qtbot.mouseClick(page.finder.find_button, Qt.MouseButton.LeftButton)
    assert settled(qtbot, page.finder) == (
        "Found settings for Shop Mail: smtp.shop.test:587 STARTTLS")


def test_find_settings_says_so_when_nothing_is_found(
        qtbot: Any, main_window: MainWindow, files: FileServer, refused_port: int) -> None:
    page = smtp_page(main_window)
    page.finder.lookup = partial(find_settings, places=local_places(
        files.base, refused_port, timeout=0.5))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_and_leave(qtbot, page.username_edit, "ann@shop.test")
    settled(qtbot, page.finder)
    qtbot.mouseClick(page.finder.find_button, Qt.MouseButton.LeftButton)
    assert settled(qtbot, page.finder).startswith("No settings were found for shop.test.")
    assert not page.finder.use_button.isVisible()


# -- bounce mailbox -------------------------------------------------------------------------


def test_a_new_mailbox_is_offered_the_providers_imap_server(
        qtbot: Any, main_window: MainWindow) -> None:
    page = mailbox_page(main_window)
    type_and_leave(qtbot, page.username_edit, "bounces@gmail.com")
    assert settled(qtbot, page.finder) == (
        "Found settings for Gmail / Google Workspace: imap.gmail.com:993 SSL/TLS")
    assert page.host_edit.text() == ""
    qtbot.mouseClick(page.finder.use_button, Qt.MouseButton.LeftButton)
    assert (page.protocol_combo.currentData(), page.host_edit.text(), page.port_spin.value(),
            page.security_combo.currentData()) == ("imap", "imap.gmail.com", 993, "ssl")


def test_a_new_pop3_mailbox_is_offered_the_providers_pop3_server(
        qtbot: Any, main_window: MainWindow) -> None:
    page = mailbox_page(main_window)
    page.protocol_combo.setCurrentIndex(page.protocol_combo.findData("pop3"))
    type_and_leave(qtbot, page.username_edit, "bounces@yahoo.com")
    assert settled(qtbot, page.finder).endswith("pop.mail.yahoo.com:995 SSL/TLS")
    assert "app password" in page.finder.hint.text()


def test_a_saved_mailbox_is_not_offered_anything_as_its_user_name_is_typed(
        qtbot: Any, main_window: MainWindow, services: Services) -> None:
    repo.save_mailbox(BounceMailbox(host="imap.shop.example", username="old@shop.example"))
    page = mailbox_page(main_window)
    page.refresh()
    type_and_leave(qtbot, page.username_edit, "bounces@gmail.com")
    assert settled(qtbot, page.finder) == ""
    assert page.host_edit.text() == "imap.shop.example"


def test_find_settings_without_an_address_asks_for_one(
        qtbot: Any, main_window: MainWindow) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.finder.find_button, Qt.MouseButton.LeftButton)
    assert page.finder.message.text().startswith("Type the e-mail address first")
    assert not page.finder.busy


def test_a_relay_offers_no_mailbox_and_says_bounces_need_one_of_your_own(
        qtbot: Any, main_window: MainWindow) -> None:
    page = mailbox_page(main_window)
    type_and_leave(qtbot, page.username_edit, "bounces@sendgrid.com")
    assert "only sends mail" in settled(qtbot, page.finder)
    assert not page.finder.use_button.isVisible()


def use_found(qtbot: Any, page: Any, address: str) -> None:
    """Type the user name, wait for the offer, take it."""
    type_and_leave(qtbot, page.username_edit, address)
    settled(qtbot, page.finder)
    qtbot.mouseClick(page.finder.use_button, Qt.MouseButton.LeftButton)


def new_profile(qtbot: Any, window: MainWindow) -> SmtpProfilesPage:
    page = smtp_page(window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return page


def test_a_microsoft_365_address_is_offered_the_microsoft_sign_in(
        qtbot: Any, main_window: MainWindow) -> None:
    page = new_profile(qtbot, main_window)
    use_found(qtbot, page, "ann@outlook.com")
    assert page.oauth.method == "microsoft"
    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("password"))
    assert page.oauth.method == "password"  # offered, the user's to change


def test_a_gmail_address_keeps_the_password_choice_for_an_app_password(
        qtbot: Any, main_window: MainWindow) -> None:
    page = new_profile(qtbot, main_window)
    use_found(qtbot, page, "ann@gmail.com")
    assert page.oauth.method == "password"
    assert "app password" in page.finder.hint.text()


def test_a_microsoft_365_mailbox_is_offered_the_microsoft_sign_in(
        qtbot: Any, main_window: MainWindow) -> None:
    page = mailbox_page(main_window)
    use_found(qtbot, page, "bounces@outlook.com")
    assert page.oauth.method == "microsoft"
