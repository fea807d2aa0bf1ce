"""The bounce mailbox, bounce handling, exclusion, footers and bounce codes pages."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QScrollArea, QWidget

from desktop.main_window import MainWindow
from desktop.pages.bounce_codes_page import CODE, BounceCodesPage
from desktop.pages.bounce_handling_page import BounceHandlingPage
from desktop.pages.bounce_mailbox_page import BounceMailboxPage
from desktop.pages.exclusion_policy_page import ExclusionPolicyPage
from desktop.pages.footers_page import FootersPage
from engine.bounces.codes import BounceCodeTable
from engine.config import BounceSettings, ExclusionPolicy, Footers
from engine.secrets import SERVICE
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.servers.dovecot import DovecotServer, MailUser


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """Keeps an answerer alive while pytest-qt closes the window after each test."""


def page_of(window: MainWindow, title: str, cls: type) -> Any:
    window.show_page(title)
    page = window.page(title)
    assert isinstance(page, cls)
    return page


def page_text(page: QWidget) -> str:
    """Every label and check box text on the page, lower case, as one text."""
    texts = [w.text() for w in page.findChildren(QLabel)]
    texts += [w.text() for w in page.findChildren(QCheckBox)]
    return " ".join(" ".join(t.split()) for t in texts).lower()


def retype(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def fill_mailbox(qtbot: Any, page: BounceMailboxPage, port: int, user: str, password: str,
                 protocol: str = "imap") -> None:
    page.protocol_combo.setCurrentIndex(page.protocol_combo.findData(protocol))
    retype(qtbot, page.host_edit, "127.0.0.1")
    page.security_combo.setCurrentIndex(page.security_combo.findData("none"))
    retype(qtbot, page.port_spin, str(port))
    retype(qtbot, page.username_edit, user)
    retype(qtbot, page.password_field.edit, password)


def finish(qtbot: Any, page: BounceMailboxPage) -> str:
    qtbot.waitUntil(lambda: not page.action.busy, timeout=10000)
    qtbot.waitUntil(lambda: page.action.runner.running == 0, timeout=5000)
    return str(page.action.result.text())


# -- bounce mailbox -------------------------------------------------------------------------


def test_the_mailbox_form_is_saved_with_its_password(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, 993, "bounces@greenleaf.example", "s3cret")
    assert page.bounce_edit.text() == "bounces@greenleaf.example"  # follows the user name
    retype(qtbot, page.threshold_spin, "5")
    assert page.save()
    saved = repo.load_mailbox()
    assert (saved.host, saved.port, saved.username, saved.bounce_threshold) == (
        "127.0.0.1", 993, "bounces@greenleaf.example", 5)
    assert saved.effective_bounce_address == "bounces@greenleaf.example"
    assert keyring.get_password(SERVICE, saved.key) == "s3cret"
    assert page.password_field.edit.text() == ""


def test_default_ports_follow_protocol_and_security(qtbot: Any, main_window: MainWindow) -> None:
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    assert page.port_spin.value() == 993
    page.protocol_combo.setCurrentIndex(page.protocol_combo.findData("pop3"))
    assert page.port_spin.value() == 995
    page.security_combo.setCurrentIndex(page.security_combo.findData("starttls"))
    assert page.port_spin.value() == 110
    assert not page.load_folders_button.isEnabled()  # POP3 has one folder
    assert page.folder_combo.currentText() == "INBOX"


def test_an_edited_bounce_address_stops_following_the_user_name(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    retype(qtbot, page.username_edit, "mailbox-user")
    retype(qtbot, page.bounce_edit, "bounces@greenleaf.example")
    retype(qtbot, page.username_edit, "other-user")
    assert page.bounce_edit.text() == "bounces@greenleaf.example"


def test_load_folders_lists_the_servers_folders_inbox_preselected(
    qtbot: Any, main_window: MainWindow, dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    for folder in ("Bounces", "Archive/2025"):
        dovecot_user.create_folder(folder)
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, dovecot.imap_port, dovecot_user.name, dovecot_user.password)
    qtbot.mouseClick(page.load_folders_button, Qt.MouseButton.LeftButton)
    assert finish(qtbot, page).startswith("3 folders found")
    items = [page.folder_combo.itemText(i) for i in range(page.folder_combo.count())]
    assert items == ["INBOX", "Archive/2025", "Bounces"]
    assert page.folder_combo.currentText() == "INBOX"


def test_mailbox_test_connection_reports_the_folder(
    qtbot: Any, main_window: MainWindow, dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, dovecot.imap_port, dovecot_user.name, dovecot_user.password)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert finish(qtbot, page).endswith(". Messages in INBOX: 0.")


def test_a_wrong_mailbox_password_is_shown(
    qtbot: Any, main_window: MainWindow, dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, dovecot.pop3_port, dovecot_user.name, "wrong", protocol="pop3")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert finish(qtbot, page).startswith("Authentication failed: the server said")


def test_an_unreachable_mailbox_says_refused(
    qtbot: Any, main_window: MainWindow, refused_port: int
) -> None:
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, refused_port, "user", "pw")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert finish(qtbot, page).startswith(f"Connection refused on port {refused_port}")


# -- the smaller pages ----------------------------------------------------------------------


def test_bounce_handling_is_saved(qtbot: Any, main_window: MainWindow) -> None:
    page = page_of(main_window, "Bounce handling", BounceHandlingPage)
    retype(qtbot, page.collect_every, "30")
    retype(qtbot, page.retry_count, "5")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = repo.load_setting(BounceSettings)
    assert (saved.collect_every_minutes, saved.soft_retry_count) == (30, 5)


def test_counting_hard_bounces_toward_the_threshold_is_a_saved_choice(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = page_of(main_window, "Bounce handling", BounceHandlingPage)
    assert not page.count_hard.isChecked()
    assert "one hard bounce suppresses" in page_text(page)
    page.count_hard.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.load_setting(BounceSettings).count_hard_bounces is True


def test_the_mailbox_threshold_says_what_it_counts(main_window: MainWindow) -> None:
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    hint = page_text(page)
    assert "one hard bounce is enough" not in hint
    assert "soft bounces whose re-sends ran out" in hint
    assert "one hard bounce suppresses" in hint


def test_exclusion_policy_is_saved_and_revert_discards(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = page_of(main_window, "Exclusion policy", ExclusionPolicyPage)
    on_the_label = QPoint(10, page.global_radio.height() // 2)
    qtbot.mouseClick(page.global_radio, Qt.MouseButton.LeftButton, pos=on_the_label)
    assert page.has_unsaved_changes()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.campaign_radio.isChecked()
    qtbot.mouseClick(page.global_radio, Qt.MouseButton.LeftButton, pos=on_the_label)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.load_setting(ExclusionPolicy).scope == "global"


def test_exclusion_policy_page_says_campaign_means_leaving_that_campaigns_lists(
    main_window: MainWindow,
) -> None:
    page = page_of(main_window, "Exclusion policy", ExclusionPolicyPage)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "The person leaves the lists that campaign was sent to: later campaigns to those " \
           "lists leave them out." in texts
    assert "The person leaves every list" in texts
    assert "from that campaign only" not in texts


def test_footers_are_prefilled_with_merge_fields_and_saved(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = page_of(main_window, "Footers", FootersPage)
    assert "{{unsubscribe_url}}" in page.text_edit.toPlainText()
    assert "{{manage_url}}" in page.html_editor.html()
    page.text_edit.moveCursor(page.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text_edit, "Greenleaf Tea, 1 Leaf Lane")
    page.html_editor.rich.moveCursor(page.html_editor.rich.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.html_editor.rich, " Greenleaf Tea")
    assert "https://example.com/unsubscribe" in page.preview.toHtml()
    assert page.save()
    saved = repo.load_setting(Footers)
    assert saved.text.endswith("Greenleaf Tea, 1 Leaf Lane")
    assert "Greenleaf Tea" in saved.html and 'href="{{unsubscribe_url}}"' in saved.html


def test_a_footer_without_the_unsubscribe_link_is_refused(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = page_of(main_window, "Footers", FootersPage)
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.text_edit, "Bye")
    assert not page.save()
    assert "must contain {{unsubscribe_url}}" in page.form.errors["text"].text()


def add_code_and_type(qtbot: Any, page: BounceCodesPage, text: str) -> int:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.table.viewport().findChild(QLineEdit)
    assert editor is not None  # Add opens the new code for editing
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits through a queued call
    return page.table.rowCount() - 1


def test_a_code_shaped_but_unknown_value_is_refused_at_the_cell(
    qtbot: Any, main_window: MainWindow
) -> None:
    page = page_of(main_window, "Bounce codes", BounceCodesPage)
    row = add_code_and_type(qtbot, page, "9.2.2")
    assert page.table.item(row, CODE).text() == "5.9.0"  # kept its old value
    assert "not a status code" in page.page_error.text()


def test_a_half_typed_code_cannot_leave_the_cell(qtbot: Any, main_window: MainWindow) -> None:
    page = page_of(main_window, "Bounce codes", BounceCodesPage)
    row = add_code_and_type(qtbot, page, "5.x")  # the validator drops the x; "5." is incomplete
    assert page.table.item(row, CODE).text() == "5.9.0"


def test_a_valid_code_is_taken(qtbot: Any, main_window: MainWindow) -> None:
    page = page_of(main_window, "Bounce codes", BounceCodesPage)
    row = add_code_and_type(qtbot, page, "4.4.7")
    assert page.table.item(row, CODE).text() == "4.4.7"


def test_codes_reset_and_preset_and_save(qtbot: Any, main_window: MainWindow) -> None:
    page = page_of(main_window, "Bounce codes", BounceCodesPage)
    qtbot.mouseClick(page.address_only_button, Qt.MouseButton.LeftButton)
    assert page.values() == BounceCodeTable.address_failures_only()
    assert page.save()
    assert repo.load_bounce_codes() == BounceCodeTable.address_failures_only()
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == len(BounceCodeTable.default()) - 1
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    assert page.values() == BounceCodeTable.default()


def test_the_folder_for_bounces_needing_review_is_picked_from_the_servers_list(
    qtbot: Any, main_window: MainWindow, dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    dovecot_user.create_folder("Needs review")
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, dovecot.imap_port, dovecot_user.name, dovecot_user.password)
    retype(qtbot, page.bounce_edit, "bounces@greenleaf.example")
    assert page.review_folder_combo.currentText() == ""  # by default they stay in place
    qtbot.mouseClick(page.load_folders_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    combo = page.review_folder_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Needs review"]
    combo.setCurrentIndex(combo.findText("Needs review"))
    assert page.save()
    assert repo.load_mailbox().review_folder == "Needs review"
    page.protocol_combo.setCurrentIndex(page.protocol_combo.findData("pop3"))
    assert not combo.isEnabled() and page.values().review_folder == ""


def test_the_complaint_guard_is_saved_and_refused_at_the_field_when_it_cannot_work(
    qtbot: Any, main_window: MainWindow
) -> None:
    from desktop.pages.complaint_guard_page import ComplaintGuardPage
    from engine.config import ComplaintGuard

    page = page_of(main_window, "Complaint guard", ComplaintGuardPage)
    assert (page.limit.value(), page.minimum.value()) == (0.3, 1000)
    page.limit.setValue(0.0)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "above 0%" in page.form.errors["limit_percent"].text()
    assert repo.load_setting(ComplaintGuard) == ComplaintGuard()
    page.limit.setValue(0.25)
    page.minimum.setValue(500)
    retype(qtbot, page.sender_id, "shop-news")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.load_setting(ComplaintGuard) == ComplaintGuard(0.25, 500, "shop-news")


def test_the_complaint_guard_page_shows_each_profiles_rate(main_window: MainWindow) -> None:
    from desktop.pages.complaint_guard_page import ComplaintGuardPage
    from tests.engine.complaint_support import a_profile, complain, delivered_campaign

    campaign = delivered_campaign("Spring", 1000, profile=a_profile("Main"))
    complain(campaign, 1, 2)
    page = page_of(main_window, "Complaint guard", ComplaintGuardPage)
    page.refresh()
    [(name, bar, figures)] = page.profile_rows
    assert name.text() == "Main"
    assert bar.percent() == pytest.approx(0.2)
    assert figures.text() == ("Complaints: 2 of 1,000 delivered (0.20%), past Gmail's 0.1% "
                              "line: watch it")


def _shown_in_its_scroll_area(widget: QWidget) -> bool:
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(top_left) and \
        viewport.rect().contains(top_left + QPoint(0, widget.height() - 1))


def test_the_folders_found_show_under_load_folders_on_a_small_screen(
    qtbot: Any, main_window: MainWindow, dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    main_window.resize(1024, 700)
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, dovecot.imap_port, dovecot_user.name, dovecot_user.password)
    qtbot.mouseClick(page.load_folders_button, Qt.MouseButton.LeftButton)
    assert "folder" in finish(qtbot, page)
    result, button = page.action.result, page.load_folders_button
    below = result.mapTo(page, QPoint(0, 0)).y() - button.mapTo(page, QPoint(0, 0)).y()
    assert 0 < below < 3 * button.height()
    assert _shown_in_its_scroll_area(result)


def test_a_test_connection_answer_is_scrolled_into_view_on_a_small_screen(
    qtbot: Any, main_window: MainWindow
) -> None:
    main_window.resize(1024, 700)
    page = page_of(main_window, "Bounce mailbox", BounceMailboxPage)
    fill_mailbox(qtbot, page, 9, "bounces@greenleaf.example", "s3cret")  # nothing listens
    page.scroll_area.verticalScrollBar().setValue(0)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert finish(qtbot, page)
    assert _shown_in_its_scroll_area(page.action.result)
