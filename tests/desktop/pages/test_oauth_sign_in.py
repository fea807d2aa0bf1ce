"""The SMTP profile's Authentication choice and its Sign in… button, against the local OAuth2
server (the browser step is the test following the redirects itself)."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt

from desktop.i18n import install_translation
from desktop.main_window import MainWindow
from desktop.pages.bounce_mailbox_page import BounceMailboxPage
from engine.secrets import SERVICE
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.desktop.pages.test_settings_pages import fill_mailbox, page_of, retype
from tests.desktop.pages.test_smtp_profiles_page import fill_new_profile, smtp_page, type_into
from tests.engine.oauth_support import CLIENT, authority, follow

__all__ = ["authority"]  # the fixture


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """The boxes fixture stays alive while pytest-qt closes the window after each test."""


def microsoft_profile(qtbot: Any, window: MainWindow, user: str) -> Any:
    """A new profile for ``user`` set to sign in with Microsoft, with our client ID."""
    page = smtp_page(window)
    fill_new_profile(qtbot, page)
    type_into(qtbot, page.username_edit, user)
    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("microsoft"))
    type_into(qtbot, page.oauth.client_edit, CLIENT)
    return page


def google_mailbox_signed_in(qtbot: Any, window: MainWindow, dovecot_oauth: Any,
                             name: str) -> Any:
    """The bounce mailbox page for a new Dovecot user ``name``, signed in with Google, saved."""
    user = dovecot_oauth.add_user(name).name
    page = page_of(window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, dovecot_oauth.imap_port, user, "")
    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("google"))
    assert not page.form.layout.isRowVisible(page.form.labels["password"])
    retype(qtbot, page.oauth.client_edit, CLIENT)
    retype(qtbot, page.bounce_edit, "bounces@greenleaf.example")
    page.oauth.open_browser = follow
    qtbot.mouseClick(page.oauth.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"Signed in as {user}" in page.oauth.status.text(),
                    timeout=15_000)
    assert page.save()
    return page


def test_choosing_a_sign_in_hides_the_password_and_shows_the_client_id(
        qtbot: Any, main_window: MainWindow) -> None:
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page)
    layout = page.server_form.layout
    assert layout.isRowVisible(page.server_form.labels["password"])
    assert not layout.isRowVisible(page.server_form.labels["oauth_client_id"])

    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("microsoft"))

    assert not layout.isRowVisible(page.server_form.labels["password"])
    assert layout.isRowVisible(page.server_form.labels["oauth_client_id"])
    assert layout.isRowVisible(page.server_form.labels["oauth_tenant"])
    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("google"))
    assert not layout.isRowVisible(page.server_form.labels["oauth_tenant"])


def test_saving_a_sign_in_profile_before_signing_in_says_so_at_the_field(
        qtbot: Any, main_window: MainWindow) -> None:
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page)
    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("google"))
    type_into(qtbot, page.oauth.client_edit, CLIENT)

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert repo.list_profiles() == []
    assert "Sign in" in page.server_form.errors["oauth_sign_in"].text()


def test_sign_in_runs_in_the_background_and_save_keeps_only_the_refresh_token(
        qtbot: Any, main_window: MainWindow, authority: Any) -> None:
    page = microsoft_profile(qtbot, main_window, "marketer@greenleaf.example")
    page.oauth.open_browser = follow

    qtbot.mouseClick(page.oauth.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed in as" in page.oauth.status.text(), timeout=15_000)
    assert "marketer@greenleaf.example" in page.oauth.status.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [saved] = repo.list_profiles()
    assert (saved.auth_method, saved.oauth_client_id) == ("microsoft", CLIENT)
    stored = keyring.get_password(SERVICE, saved.key)
    assert stored in {t.refresh_token for t in authority.tokens}
    assert not page.has_unsaved_changes()


def test_the_bounce_mailbox_signs_in_with_google_and_tests_the_login(
        qtbot: Any, main_window: MainWindow, authority: Any, dovecot_oauth: Any) -> None:
    page = google_mailbox_signed_in(qtbot, main_window, dovecot_oauth, "desk-box")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.action.result.text().endswith(": 0."), timeout=15_000)

    saved = repo.load_mailbox()
    assert (saved.auth_method, saved.oauth_client_id) == ("google", CLIENT)
    assert keyring.get_password(SERVICE, saved.key) in {t.refresh_token
                                                         for t in authority.tokens}


def test_a_revoked_sign_in_says_sign_in_again_at_the_field_in_the_window_language(
        qtbot: Any, main_window: MainWindow, authority: Any, dovecot_oauth: Any) -> None:
    page = google_mailbox_signed_in(qtbot, main_window, dovecot_oauth, "gone-box")
    authority.revoke("gone-box")
    install_translation("de")  # the sign-in is known by the failure's code, not its English

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "erneut anmelden" in page.oauth.status.text().lower(),
                    timeout=15_000)
    assert "widerrufen" in page.action.result.text()


def test_the_code_sign_in_shows_the_code_and_signs_in_once_it_is_entered(
        qtbot: Any, main_window: MainWindow, authority: Any) -> None:
    page = microsoft_profile(qtbot, main_window, "remote@greenleaf.example")
    assert page.oauth.code_button.isVisible()
    # the user, at another device, types the code the page shows
    page.oauth.code_shown.connect(
        lambda code, _uri, _s: authority.approve_device(code, "remote@greenleaf.example"))

    qtbot.mouseClick(page.oauth.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.oauth.code_label.isVisible(), timeout=10_000)
    assert f"{authority.url}/device" in page.oauth.code_label.text()
    qtbot.waitUntil(lambda: "Signed in as" in page.oauth.status.text(), timeout=15_000)
    assert not page.oauth.code_label.isVisible()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = repo.list_profiles()
    assert keyring.get_password(SERVICE, saved.key) in {t.refresh_token for t in authority.tokens}


def test_the_code_sign_in_is_offered_for_microsoft_only(qtbot: Any,
                                                        main_window: MainWindow) -> None:
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page)
    page.oauth.method_combo.setCurrentIndex(page.oauth.method_combo.findData("google"))
    assert not page.oauth.code_button.isVisible()
