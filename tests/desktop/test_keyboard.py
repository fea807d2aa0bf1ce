"""The window used without a mouse: Tab order, Alt+letter mnemonics, Enter and Escape."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from desktop.dialogs.raw_message_dialog import RawMessageDialog
from desktop.dialogs.unsuppress_dialog import UnsuppressDialog
from desktop.main_window import MainWindow
from desktop.pages import PAGE_CLASSES
from desktop.pages.settings_page import SettingsPage
from desktop.pages.smtp_profiles_page import SmtpProfilesPage
from engine.config import SmtpProfile
from engine.notes import note
from engine.storage import repo
from engine.storage.suppressions import SuppressionRecord
from tests.desktop.pages.conftest import BoxAnswerer, page_with_profile
from tests.servers.ports import SilentServer

ALT = Qt.KeyboardModifier.AltModifier
MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def key(qtbot: Any, code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
    """A key press where the keyboard focus is, as a person would type it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, code, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close() -> Iterator[BoxAnswerer]:
    """pytest-qt closes the window after each test; a page left with edits asks then."""
    answerer = BoxAnswerer()
    yield answerer
    answerer.timer.stop()


@pytest.fixture
def window(qtbot: Any, main_window: MainWindow) -> MainWindow:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=3000)
    return main_window


@pytest.fixture
def smtp(qtbot: Any, window: MainWindow) -> SmtpProfilesPage:
    return page_with_profile(window, SmtpProfile(
        name="Newsletter", host="smtp.example.com", requires_auth=False,
        from_address="news@example.com", bounce_address="bounces@example.com",
        is_default=True))


# -- mnemonics ------------------------------------------------------------------------------


def in_scope(widget: QWidget, page: QWidget) -> bool:
    """On screen with the current tabs, or hidden only by itself (a Cancel shown when busy)."""
    if widget.isVisibleTo(page):
        return True
    parent = widget.parentWidget()
    return parent is not None and widget.isHidden() and parent.isVisibleTo(page)


def tab_states(page: QWidget) -> Iterator[None]:
    """Show each tab of each tab widget on the page in turn (Alt+letters differ per tab)."""
    tab_widgets = page.findChildren(QTabWidget)
    if not tab_widgets:
        yield
        return
    for tabs in tab_widgets:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield
        tabs.setCurrentIndex(0)


def mnemonics_in_view(window: MainWindow, page: QWidget) -> list[tuple[str, str]]:
    found = [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    for label in page.findChildren(QLabel):
        if label.buddy() is not None and in_scope(label, page):
            found.append((mnemonic(label.text()), label.text()))
    for button in page.findChildren(QAbstractButton):
        if in_scope(button, page):
            found.append((mnemonic(button.text()), button.text()))
    for tabs in page.findChildren(QTabWidget):
        if tabs.isVisibleTo(page):
            found += [(mnemonic(tabs.tabText(i)), tabs.tabText(i)) for i in range(tabs.count())]
    return [(letter, text) for letter, text in found if letter]


def test_no_two_mnemonics_clash_on_any_page(qtbot: Any, window: MainWindow) -> None:
    for title in window.page_titles():
        window.show_page(title)
        page = window.current_page
        for _ in tab_states(page):
            seen: dict[str, str] = {}
            for letter, text in mnemonics_in_view(window, page):
                assert letter not in seen, f"{title}: Alt+{letter} is both {seen[letter]!r} " \
                                           f"and {text!r}"
                seen[letter] = text


def focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


FIELD_TYPES = (QLineEdit, QSpinBox, QComboBox, QCheckBox)


def form_fields(page: QWidget) -> Iterator[QWidget]:
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            cell = item.widget() if item is not None else None
            if cell is None:
                continue
            for widget in [cell, *cell.findChildren(QWidget)]:
                inner = isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
                if isinstance(widget, FIELD_TYPES) and not inner:
                    yield widget


@pytest.mark.parametrize("title", [page.title for page in PAGE_CLASSES])
def test_every_form_field_has_an_alt_letter(window: MainWindow, title: str) -> None:
    window.show_page(title)
    page = window.current_page
    labelled = {id(focus_target(label.buddy())) for label in page.findChildren(QLabel)
                if label.buddy() is not None and mnemonic(label.text())}
    for field in form_fields(page):
        own = isinstance(field, QCheckBox) and mnemonic(field.text())
        assert own or id(focus_target(field)) in labelled, (
            f"{title}: {type(field).__name__} {field.objectName() or field.toolTip()!r} "
            "has no Alt+letter")


def test_alt_letters_reach_fields_on_other_tabs(qtbot: Any, smtp: SmtpProfilesPage) -> None:
    smtp.profile_list.setFocus()
    key(qtbot, Qt.Key.Key_E, ALT)  # the Sender tab
    assert smtp.form_tabs.currentIndex() == 1
    key(qtbot, Qt.Key.Key_O, ALT)  # "From address" here; "Port" on the Server tab
    assert focused() is smtp.from_address_edit
    key(qtbot, Qt.Key.Key_G, ALT)
    key(qtbot, Qt.Key.Key_Y, ALT)
    assert focused() is smtp.daily_spin
    key(qtbot, Qt.Key.Key_V, ALT)
    key(qtbot, Qt.Key.Key_O, ALT)
    assert focused() is smtp.port_spin


# -- tab order ------------------------------------------------------------------------------


def tab_through(qtbot: Any, start: QWidget, stop: QWidget, limit: int = 60) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    while visited[-1] is not stop and len(visited) < limit:
        key(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        assert widget is not None
        visited.append(widget)
    return visited


def test_tab_walks_the_smtp_form_from_the_list_to_save(
    qtbot: Any, smtp: SmtpProfilesPage
) -> None:
    visited = tab_through(qtbot, smtp.profile_list, smtp.save_button)
    assert visited == [
        smtp.profile_list, smtp.add_button, smtp.duplicate_button, smtp.rename_button,
        smtp.delete_button, smtp.default_button, smtp.form_tabs.tabBar(), smtp.name_edit,
        smtp.host_edit, smtp.security_combo, smtp.port_spin, smtp.verify_check,
        smtp.auth_check,  # user name and password are off: no authentication
        smtp.finder.find_button,  # Use these shows only once settings were found
        smtp.test_button, smtp.test_address_edit, smtp.send_test_button,
        smtp.revert_button, smtp.save_button,
    ]


def position(widget: QWidget, page: QWidget) -> QPoint:
    return widget.mapTo(page, QPoint(0, 0))


@pytest.mark.parametrize("title", ["SMTP profiles", "Bounce mailbox", "Bounce handling",
                                   "Exclusion policy", "Footers", "Sending checks",
                                   "Bounce codes"])
def test_tab_goes_top_to_bottom_and_ends_with_revert_and_save(
    qtbot: Any, smtp: SmtpProfilesPage, window: MainWindow, title: str
) -> None:
    window.show_page(title)
    page = window.current_page
    assert isinstance(page, SettingsPage)
    first = next(w for w in page.body.findChildren(QWidget)
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page)
                 and w.isEnabled() and w.focusProxy() is None)
    page.scroll_area.verticalScrollBar().setValue(0)
    visited = tab_through(qtbot, first, page.save_button)
    assert visited[-2:] == [page.revert_button, page.save_button]
    body = [w for w in visited[:-2] if page.body.isAncestorOf(w)]
    assert body == visited[:-2]
    for before, after in zip(body, body[1:], strict=False):
        a, b = position(before, page.body), position(after, page.body)
        same_row = abs(a.y() - b.y()) <= 12
        assert (same_row and b.x() > a.x()) or b.y() > a.y(), (
            f"{title}: Tab goes from {before!r} at {a} back to {after!r} at {b}")


# -- the SMTP form's tabs -------------------------------------------------------------------


def test_save_shows_the_tab_of_the_first_error_and_marks_the_others(
    qtbot: Any, smtp: SmtpProfilesPage
) -> None:
    smtp.from_address_edit.setText("")
    smtp.form_tabs.setCurrentIndex(2)
    smtp.profile_list.setFocus()
    key(qtbot, Qt.Key.Key_S, ALT)  # a button's Alt+letter clicks it after a short flash
    qtbot.waitUntil(lambda: smtp.form_tabs.currentIndex() == 1, timeout=2000)  # Sender
    assert focused() is smtp.from_address_edit
    assert not smtp.form_tabs.tabIcon(1).isNull()
    assert smtp.form_tabs.tabIcon(0).isNull()
    key(qtbot, Qt.Key.Key_R, ALT)  # Revert clears the marks
    qtbot.waitUntil(lambda: smtp.form_tabs.tabIcon(1).isNull(), timeout=2000)
    assert smtp.from_address_edit.text() == "news@example.com"


# -- Escape stops a network action ------------------------------------------------------------


def test_escape_cancels_a_connection_test(
    qtbot: Any, smtp: SmtpProfilesPage, silent_server: SilentServer
) -> None:
    smtp.host_edit.setText("127.0.0.1")
    smtp.port_spin.setValue(silent_server.port)
    smtp.host_edit.setFocus()
    key(qtbot, Qt.Key.Key_T, ALT)  # Test connection
    qtbot.waitUntil(lambda: smtp.action.busy, timeout=3000)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not smtp.action.busy, timeout=3000)
    assert smtp.action.result.text() == "Cancelled."
    qtbot.waitUntil(lambda: smtp.action.runner.running == 0, timeout=3000)


# -- dialogs: Enter accepts, Escape rejects ---------------------------------------------------


def open_dialog(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return dialog


def suppressed_record() -> SuppressionRecord:
    from datetime import UTC, datetime

    return SuppressionRecord(email="ann@example.org", reason="hard_bounce", source="collect",
                             code="5.1.1", campaign_id=None, campaign_name="",
                             first_bounce_at=None, last_bounce_at=None,
                             created_at=datetime(2025, 1, 1, tzinfo=UTC))


def test_the_unsuppress_dialog_takes_a_typed_reason_on_enter(qtbot: Any) -> None:
    dialog = open_dialog(qtbot, UnsuppressDialog(suppressed_record()))
    assert focused() is dialog.reason_edit
    qtbot.keyClicks(focused(), "fixed their mailbox")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason() == note("by_user", text="fixed their mailbox")


def test_escape_cancels_the_unsuppress_dialog(qtbot: Any) -> None:
    dialog = open_dialog(qtbot, UnsuppressDialog(suppressed_record()))
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("close_key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_or_escape_closes_the_raw_message(qtbot: Any, close_key: Qt.Key) -> None:
    dialog = open_dialog(qtbot, RawMessageDialog("Bounce", b"Subject: x\r\n\r\nbody\r\n"))
    dialog.text.setFocus()
    key(qtbot, close_key)
    assert not dialog.isVisible()


class KeyAnswerer(QObject):
    """Presses a key in the next message box that opens; remembers its text."""

    def __init__(self, qtbot: Any, code: Qt.Key) -> None:
        super().__init__()
        self.qtbot = qtbot
        self.code = code
        self.seen: list[str] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(20)

    @Slot()
    def _on_timer_timeout(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or QApplication.activeWindow() is not box:
            return
        self.timer.stop()
        self.seen.append(box.windowTitle())
        self.qtbot.keyClick(QApplication.focusWidget() or box, self.code)


def leave_with_changes(qtbot: Any, window: MainWindow, smtp: SmtpProfilesPage,
                       answer: Qt.Key, boxes: BoxAnswerer) -> KeyAnswerer:
    boxes.timer.stop()  # this question is answered from the keyboard
    smtp.host_edit.setFocus()
    qtbot.keyClicks(smtp.host_edit, ".org")
    window.navigation.setFocus()
    answerer = KeyAnswerer(qtbot, answer)
    key(qtbot, Qt.Key.Key_Down)
    boxes.timer.start()
    return answerer


def test_enter_in_the_unsaved_changes_question_saves(
    qtbot: Any, window: MainWindow, smtp: SmtpProfilesPage,
    _answer_unsaved_changes_at_close: BoxAnswerer,
) -> None:
    answerer = leave_with_changes(qtbot, window, smtp, Qt.Key.Key_Return,
                                  _answer_unsaved_changes_at_close)
    assert answerer.seen == ["Unsaved changes"]
    assert repo.list_profiles()[0].host == "smtp.example.com.org"
    assert window.current_page is window.page("Bounce mailbox")


def test_escape_in_the_unsaved_changes_question_stays_on_the_page(
    qtbot: Any, window: MainWindow, smtp: SmtpProfilesPage,
    _answer_unsaved_changes_at_close: BoxAnswerer,
) -> None:
    answerer = leave_with_changes(qtbot, window, smtp, Qt.Key.Key_Escape,
                                  _answer_unsaved_changes_at_close)
    assert answerer.seen == ["Unsaved changes"]
    assert window.current_page is smtp
    assert smtp.host_edit.text() == "smtp.example.com.org"
    assert repo.list_profiles()[0].host == "smtp.example.com"
    smtp.revert()


# -- navigation -----------------------------------------------------------------------------


def test_arrow_keys_pass_over_the_section_headings(qtbot: Any, window: MainWindow) -> None:
    window.show_page("Data and passwords")
    window.navigation.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert window.current_page is window.page("Lists and contacts")
    key(qtbot, Qt.Key.Key_Up)
    assert window.current_page is window.page("Data and passwords")
