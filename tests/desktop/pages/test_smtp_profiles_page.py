"""The SMTP profiles page, used as a marketer would: typing, saving, testing the server."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.pages.smtp_profiles_page import SmtpProfilesPage
from desktop.services import Services
from engine.secrets import SERVICE
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.servers.certs import Certificate
from tests.servers.ports import SilentServer
from tests.servers.smtp import SmtpServer


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """The boxes fixture stays alive while pytest-qt closes the window after each test."""


def smtp_page(window: MainWindow) -> SmtpProfilesPage:
    window.show_page("SMTP profiles")
    page = window.page("SMTP profiles")
    assert isinstance(page, SmtpProfilesPage)
    return page


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def fill_new_profile(qtbot: Any, page: SmtpProfilesPage, host: str = "smtp.example.com",
                     port: int | None = None, security: int = 0) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.name_edit, "Main newsletter")
    type_into(qtbot, page.host_edit, host)
    page.security_combo.setCurrentIndex(security)
    if port is not None:
        type_into(qtbot, page.port_spin, str(port))
    type_into(qtbot, page.username_edit, "marketer")
    type_into(qtbot, page.password_field.edit, "s3cret")
    type_into(qtbot, page.from_name_edit, "Greenleaf Tea")
    type_into(qtbot, page.from_address_edit, "news@greenleaf.example")
    type_into(qtbot, page.bounce_edit, "bounces@greenleaf.example")


def test_a_typed_profile_is_saved_and_found_again(
    qtbot: Any, main_window: MainWindow, services: Services
) -> None:
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page)
    type_into(qtbot, page.daily_spin, "1200")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = repo.list_profiles()
    assert (saved.name, saved.host, saved.port, saved.security) == (
        "Main newsletter", "smtp.example.com", 587, "starttls")
    assert (saved.username, saved.from_address, saved.daily_limit, saved.is_default) == (
        "marketer", "news@greenleaf.example", 1200, True)
    assert keyring.get_password(SERVICE, saved.key) == "s3cret"
    reopened = MainWindow(services)
    qtbot.addWidget(reopened)
    again = smtp_page(reopened)
    assert again.host_edit.text() == "smtp.example.com"
    assert again.password_field.edit.text() == ""  # never shown
    assert "stored in the system keyring" in again.password_field.edit.placeholderText()


@pytest.mark.real_keyring
def test_the_password_lands_in_the_real_keyring(
    qtbot: Any, system_keyring: keyring.backend.KeyringBackend, database_url: str,
    qt_settings_sandbox: None,
) -> None:
    from engine.secrets import KeyringSecretStore

    window = MainWindow(Services(database_url=database_url, secrets=KeyringSecretStore()))
    qtbot.addWidget(window)
    page = smtp_page(window)
    fill_new_profile(qtbot, page)
    assert page.save()
    [saved] = repo.list_profiles()
    try:
        assert system_keyring.get_password(SERVICE, saved.key) == "s3cret"
    finally:
        system_keyring.delete_password(SERVICE, saved.key)


def test_save_is_refused_with_the_first_error_focused(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = smtp_page(main_window)
    main_window.activateWindow()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.host_edit, "not a host!")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.list_profiles() == []
    assert page.server_form.errors["host"].text().startswith("“not a host!” is not a server")
    # Shown at its field on the Sender tab, and that tab is marked.
    assert not page.sender_form.errors["from_address"].isHidden()
    assert not page.form_tabs.tabIcon(page.form_tabs.indexOf(
        page.from_address_edit.parentWidget().parentWidget())).isNull()
    assert QApplication.focusWidget() is page.host_edit


def test_the_port_follows_the_security_until_typed(qtbot: Any, main_window: MainWindow) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.security_combo.setCurrentIndex(page.security_combo.findData("ssl"))
    assert page.port_spin.value() == 465
    page.security_combo.setCurrentIndex(page.security_combo.findData("none"))
    assert page.port_spin.value() == 25
    type_into(qtbot, page.port_spin, "2525")
    page.security_combo.setCurrentIndex(page.security_combo.findData("starttls"))
    assert page.port_spin.value() == 2525


def test_authentication_enables_the_user_name_and_password(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.auth_check.setChecked(False)
    assert not page.username_edit.isEnabled() and not page.password_field.isEnabled()
    page.auth_check.setChecked(True)
    assert page.username_edit.isEnabled() and page.password_field.isEnabled()


def test_a_free_mailbox_with_a_high_rate_is_warned_about(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.host_edit, "smtp.gmail.com")
    page.form_tabs.setCurrentIndex(2)  # the "Sending rate" tab, where the limit is
    type_into(qtbot, page.daily_spin, "400")
    assert not page.rate_warning.isVisibleTo(page)
    type_into(qtbot, page.daily_spin, "5000")
    assert page.rate_warning.isVisibleTo(page)
    assert "Gmail accounts allow about 500" in page.rate_warning.text()
    assert "dedicated sending service" in page.rate_warning.text()


def test_duplicate_rename_default_and_delete(
    qtbot: Any, main_window: MainWindow, message_boxes: BoxAnswerer
) -> None:
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page)
    assert page.save()
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert page.name_edit.text() == "Main newsletter copy"
    type_into(qtbot, page.name_edit, "Backup relay")
    assert page.save()
    backup = repo.get_profile("Backup relay")
    assert backup is not None and not backup.is_default
    assert keyring.get_password(SERVICE, backup.key) == "s3cret"  # copied with the profile
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    assert repo.default_profile() == repo.get_profile("Backup relay")
    message_boxes.answers.append("Yes")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in repo.list_profiles()] == ["Main newsletter"]
    assert keyring.get_password(SERVICE, backup.key) is None


def test_leaving_with_unsaved_changes_asks(
    qtbot: Any, main_window: MainWindow, message_boxes: BoxAnswerer
) -> None:
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page)
    message_boxes.answers.append("Cancel")
    main_window.show_page("Footers")
    assert main_window.current_page is page
    assert message_boxes.seen and "not saved" in message_boxes.seen[0]
    message_boxes.answers.append("Discard")
    main_window.show_page("Footers")
    assert main_window.current_page is main_window.page("Footers")
    assert repo.list_profiles() == []


# -- Test connection against a real aiosmtpd ------------------------------------------------


def connect_page(qtbot: Any, window: MainWindow, server: SmtpServer, password: str = "",
                 security: str = "none") -> SmtpProfilesPage:
    page = smtp_page(window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.host_edit, server.host)
    page.security_combo.setCurrentIndex(page.security_combo.findData(security))
    type_into(qtbot, page.port_spin, str(server.port))
    page.auth_check.setChecked(server.auth is not None)
    if server.auth:
        type_into(qtbot, page.username_edit, server.auth[0])
        type_into(qtbot, page.password_field.edit, password)
    return page


def run_test(qtbot: Any, page: SmtpProfilesPage, button: Any = None) -> str:
    with qtbot.waitSignals([page.action.busy_changed, page.action.busy_changed], timeout=10000):
        qtbot.mouseClick(button or page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.action.runner.running == 0, timeout=5000)
    return str(page.action.result.text())


@pytest.mark.parametrize(("tls", "security"),
                         [("none", "none"), ("starttls", "starttls"), ("implicit", "ssl")])
def test_test_connection_succeeds_in_each_security_mode(
    qtbot: Any, main_window: MainWindow, smtp_server: Any, tls_certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch, tls: str, security: str,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_certificate.cert_path))
    server = smtp_server(tls=tls, auth=("marketer", "s3cret"))
    page = connect_page(qtbot, main_window, server, "s3cret", security)
    assert run_test(qtbot, page) == (
        f"Connected to 127.0.0.1 on port {server.port} with "
        f"{ {'none': 'no encryption', 'starttls': 'STARTTLS', 'ssl': 'SSL/TLS'}[security]} "
        "and logged in as marketer."
    )


def test_test_connection_without_auth(
    qtbot: Any, main_window: MainWindow, smtp_server: Any
) -> None:
    page = connect_page(qtbot, main_window, smtp_server())
    assert run_test(qtbot, page).endswith("with no encryption.")


def test_a_wrong_password_is_shown_in_plain_words(
    qtbot: Any, main_window: MainWindow, smtp_server: Any
) -> None:
    server = smtp_server(auth=("marketer", "s3cret"))
    page = connect_page(qtbot, main_window, server, "wrong")
    assert run_test(qtbot, page).startswith("Authentication failed: the server said 535")


def test_an_untrusted_certificate_is_shown(
    qtbot: Any, main_window: MainWindow, smtp_server: Any
) -> None:
    page = connect_page(qtbot, main_window, smtp_server(tls="implicit"), security="ssl")
    assert run_test(qtbot, page).startswith("Certificate not trusted for 127.0.0.1")


def test_an_unreachable_port_says_refused(
    qtbot: Any, main_window: MainWindow, refused_port: int
) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.host_edit, "127.0.0.1")
    page.auth_check.setChecked(False)
    type_into(qtbot, page.port_spin, str(refused_port))
    assert run_test(qtbot, page).startswith(f"Connection refused on port {refused_port}")


def test_send_test_email_reaches_the_server(
    qtbot: Any, main_window: MainWindow, smtp_server: Any
) -> None:
    server = smtp_server()
    page = connect_page(qtbot, main_window, server)
    # a profile Save would take: a test send refuses what Save refuses
    type_into(qtbot, page.name_edit, "Main newsletter")
    type_into(qtbot, page.from_address_edit, "news@greenleaf.example")
    type_into(qtbot, page.bounce_edit, "bounces@greenleaf.example")
    type_into(qtbot, page.test_address_edit, "me@greenleaf.example")
    assert run_test(qtbot, page, page.send_test_button) == (
        "A test email went to me@greenleaf.example through 127.0.0.1.")
    [message] = server.wait_for(1)
    assert message.rcpt_tos == ("me@greenleaf.example",)
    assert b"Unsubscribe" in message.data


def test_the_window_stays_responsive_while_a_server_never_answers(
    qtbot: Any, main_window: MainWindow, silent_server: SilentServer
) -> None:
    page = smtp_page(main_window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.host_edit, "127.0.0.1")
    page.auth_check.setChecked(False)
    type_into(qtbot, page.port_spin, str(silent_server.port))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.action.busy and page.action.cancel_button.isVisibleTo(page)
    qtbot.wait(500)
    assert len(ticks) >= 10  # the event loop kept running while the worker waited
    qtbot.mouseClick(page.action.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.action.busy, timeout=3000)
    timer.stop()
    assert page.action.result.text() == "Cancelled."
    qtbot.waitUntil(lambda: page.action.runner.running == 0, timeout=3000)


def test_a_timeout_gives_a_clear_message(
    qtbot: Any, main_window: MainWindow, silent_server: SilentServer
) -> None:
    page = smtp_page(main_window)
    page.timeout = 0.3
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.host_edit, "127.0.0.1")
    page.auth_check.setChecked(False)
    type_into(qtbot, page.port_spin, str(silent_server.port))
    assert run_test(qtbot, page).startswith("No answer from 127.0.0.1")
