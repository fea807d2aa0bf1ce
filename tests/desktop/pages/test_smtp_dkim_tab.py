"""The DKIM tab of an SMTP profile: the key goes to the keyring, the record to publish is shown."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from engine.mail.dkim import public_txt_value
from engine.secrets import SERVICE
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.desktop.pages.test_smtp_profiles_page import fill_new_profile, smtp_page, type_into


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """The boxes fixture stays alive while pytest-qt closes the window after each test."""


def signing_page(qtbot: Any, main_window: MainWindow) -> Any:
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page)
    page.form_tabs.setCurrentIndex(page.form_tabs.count() - 1)
    page.dkim.enabled_check.setChecked(True)
    type_into(qtbot, page.dkim.domain_edit, "greenleaf.example")
    type_into(qtbot, page.dkim.selector_edit, "news1")
    return page


def test_the_dkim_fields_are_saved_with_the_profile(
    qtbot: Any, main_window: MainWindow,
) -> None:
    page = signing_page(qtbot, main_window)
    page.dkim.algorithm_combo.setCurrentIndex(page.dkim.algorithm_combo.findData("ed25519"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = repo.list_profiles()
    assert (saved.dkim_enabled, saved.dkim_domain, saved.dkim_selector,
            saved.dkim_algorithm) == (True, "greenleaf.example", "news1", "ed25519")


def test_a_signing_domain_other_than_the_senders_is_shown_at_the_field(
    qtbot: Any, main_window: MainWindow,
) -> None:
    page = signing_page(qtbot, main_window)
    type_into(qtbot, page.dkim.domain_edit, "other.example")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.list_profiles() == []
    assert "greenleaf.example" in page.dkim_form.errors["dkim_domain"].text()


def test_generate_key_stores_it_in_the_keyring_and_shows_the_record_to_copy(
    qtbot: Any, main_window: MainWindow,
) -> None:
    page = signing_page(qtbot, main_window)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = repo.list_profiles()
    assert page.dkim.record_box.toPlainText().startswith("No key yet")
    qtbot.mouseClick(page.dkim.generate_button, Qt.MouseButton.LeftButton)
    private = keyring.get_password(SERVICE, saved.dkim_secret_key)
    assert private is not None and private.startswith("-----BEGIN RSA PRIVATE KEY-----")
    record = page.dkim.record_box.toPlainText()
    assert record.startswith("news1._domainkey.greenleaf.example. IN TXT (")
    assert public_txt_value("rsa", private)[:200] in record.replace('" "', "")
    assert "PRIVATE" not in record
    qtbot.mouseClick(page.dkim.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == record


def test_replacing_a_key_asks_first_and_no_keeps_it(
    qtbot: Any, main_window: MainWindow, message_boxes: BoxAnswerer,
) -> None:
    page = signing_page(qtbot, main_window)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [saved] = repo.list_profiles()
    qtbot.mouseClick(page.dkim.generate_button, Qt.MouseButton.LeftButton)
    first = keyring.get_password(SERVICE, saved.dkim_secret_key)
    message_boxes.answers.append("No")
    qtbot.mouseClick(page.dkim.generate_button, Qt.MouseButton.LeftButton)
    assert message_boxes.seen and "already has a key" in message_boxes.seen[-1]
    assert keyring.get_password(SERVICE, saved.dkim_secret_key) == first
    message_boxes.answers.append("Yes")
    qtbot.mouseClick(page.dkim.generate_button, Qt.MouseButton.LeftButton)
    assert keyring.get_password(SERVICE, saved.dkim_secret_key) != first
