"""Forms that answer at once: a number typed wrong is said at its field as it is typed and
never corrected behind the user's back; an error goes when it is fixed; Save says "Saved"
beside the button."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from desktop.pages.bounce_handling_page import BounceHandlingPage
from desktop.pages.complaint_guard_page import ComplaintGuardPage
from desktop.widgets.number_field import DecimalField, WholeNumberField
from engine.config import BounceSettings, ComplaintGuard
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.desktop.pages.test_settings_pages import page_of, retype


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """Keeps an answerer alive while pytest-qt closes the window after each test."""


def bounce_handling(window: MainWindow) -> BounceHandlingPage:
    page: BounceHandlingPage = page_of(window, "Bounce handling", BounceHandlingPage)
    return page


def test_letters_in_a_number_are_said_at_the_field_as_typed(
        qtbot: Any, main_window: MainWindow) -> None:
    page = bounce_handling(main_window)
    retype(qtbot, page.collect_every, "5x00")
    message = page.form.errors["collect_every_minutes"]
    assert message.isVisible()
    assert "“5x00” is not a whole number" in message.text()
    assert page.collect_every.text() == "5x00"  # kept as typed, not turned into 500


def test_a_number_out_of_range_is_not_cut_down_silently(
        qtbot: Any, main_window: MainWindow) -> None:
    page = bounce_handling(main_window)
    retype(qtbot, page.collect_every, "99999")
    assert page.collect_every.text() == "99999"
    assert "too large" in page.form.errors["collect_every_minutes"].text()


def test_save_refuses_what_was_typed_wrong_and_stores_nothing(
        qtbot: Any, main_window: MainWindow) -> None:
    page = bounce_handling(main_window)
    retype(qtbot, page.collect_every, "15 min")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.load_setting(BounceSettings) == BounceSettings()
    assert "Not saved" in page.page_error.text()
    assert page.saved_label.text() == ""
    assert page.collect_every.hasFocus()


def test_the_message_goes_as_soon_as_the_number_is_right(
        qtbot: Any, main_window: MainWindow) -> None:
    page = bounce_handling(main_window)
    retype(qtbot, page.collect_every, "3o")
    assert page.form.errors["collect_every_minutes"].isVisible()
    retype(qtbot, page.collect_every, "30")
    assert not page.form.errors["collect_every_minutes"].isVisible()
    assert page.collect_every.value() == 30


def test_a_number_typed_wrong_counts_as_an_unsaved_change(
        qtbot: Any, main_window: MainWindow) -> None:
    page = bounce_handling(main_window)
    assert not page.has_unsaved_changes()
    retype(qtbot, page.collect_every, "abc")
    assert page.has_unsaved_changes()


def test_saving_says_saved_beside_the_button_until_the_next_change(
        qtbot: Any, main_window: MainWindow) -> None:
    page = bounce_handling(main_window)
    retype(qtbot, page.collect_every, "45")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved_label.text() == "Saved ✓"
    assert repo.load_setting(BounceSettings).collect_every_minutes == 45
    retype(qtbot, page.retry_count, "4")
    assert page.saved_label.text() == ""


def test_after_a_refused_save_a_corrected_field_loses_its_message(
        qtbot: Any, main_window: MainWindow) -> None:
    page: ComplaintGuardPage = page_of(main_window, "Complaint guard", ComplaintGuardPage)
    retype(qtbot, page.limit, "0")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "above 0%" in page.form.errors["limit_percent"].text()
    retype(qtbot, page.limit, "0.2")
    assert not page.form.errors["limit_percent"].isVisible()
    assert page.page_error.text() == ""
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.load_setting(ComplaintGuard).limit_percent == 0.2


def test_a_decimal_takes_a_comma_or_a_point(qtbot: Any) -> None:
    field = DecimalField(0.0, 100.0, suffix="%")
    qtbot.addWidget(field)
    for typed in ("0,25", "0.25"):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, typed)
        assert (field.value(), field.problem()) == (0.25, "")


def test_the_field_shows_its_unit_and_its_range(qtbot: Any) -> None:
    field = WholeNumberField(1, 1440, suffix="minutes")
    qtbot.addWidget(field)
    assert field.suffix.text() == "minutes"
    assert field.toolTip() == "1 to 1440"


def test_a_test_send_refuses_a_port_typed_wrong_as_save_would(
        qtbot: Any, main_window: MainWindow, smtp_server: Any) -> None:
    from tests.desktop.pages.test_smtp_profiles_page import fill_new_profile, smtp_page

    server = smtp_server()
    page = smtp_page(main_window)
    fill_new_profile(qtbot, page, host="127.0.0.1", port=server.port, security=2)
    retype(qtbot, page.daily_spin, "12k")
    retype(qtbot, page.test_address_edit, "me@example.com")
    qtbot.mouseClick(page.send_test_button, Qt.MouseButton.LeftButton)
    assert "is not a whole number" in page.rate_form.errors["daily_limit"].text()
    assert server.messages == []


def test_a_test_send_of_a_profile_save_would_refuse_says_why_at_the_fields(
        qtbot: Any, main_window: MainWindow, smtp_server: Any) -> None:
    from tests.desktop.pages.test_smtp_profiles_page import connect_page

    server = smtp_server()
    page = connect_page(qtbot, main_window, server)  # no sender or bounce address
    retype(qtbot, page.test_address_edit, "me@example.com")
    qtbot.mouseClick(page.send_test_button, Qt.MouseButton.LeftButton)
    assert page.sender_form.errors["from_address"].text()
    assert "Correct the fields" in page.page_error.text()
    assert server.messages == []
