"""The profile's pace per receiving provider, its warm-up plan and its send window, set in the
window as a marketer would and found again after a restart."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from desktop.main_window import MainWindow
from desktop.pages.smtp_profiles_page import SmtpProfilesPage
from desktop.services import Services
from engine.config import ProviderPaceSetting, SmtpProfile
from engine.storage import repo
from tests.desktop.pages.conftest import BoxAnswerer, page_with_profile

PROFILE = SmtpProfile(name="Newsletter", host="smtp.example.com", requires_auth=False,
                      from_address="news@greenleaf.example",
                      bounce_address="bounces@greenleaf.example", daily_limit=5000)


@pytest.fixture(autouse=True)
def _answer_unsaved_changes_at_close(message_boxes: BoxAnswerer) -> None:
    """The boxes fixture stays alive while pytest-qt closes the window after each test."""


@pytest.fixture
def page(main_window: MainWindow) -> SmtpProfilesPage:
    return page_with_profile(main_window, PROFILE)


def utc_today() -> QDate:
    # the warm-up counts UTC days, as the send counters do
    return QDate(datetime.now(UTC).date())


def save(qtbot: Any, page: SmtpProfilesPage) -> SmtpProfile:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = repo.get_profile("Newsletter")
    assert saved is not None
    return saved


def test_only_the_providers_given_figures_of_their_own_are_saved(
        qtbot: Any, page: SmtpProfilesPage) -> None:
    page.paces.set_figures("yahoo", per_minute=30, connections=1)
    saved = save(qtbot, page)
    assert saved.provider_paces == (ProviderPaceSetting("yahoo", 30, 2500, 1, 20),)


def test_own_figures_read_bold_after_a_restart_and_the_presets_come_back_on_request(
        qtbot: Any, page: SmtpProfilesPage, services: Services) -> None:
    page.paces.set_figures("google", per_hour=4000)
    save(qtbot, page)
    reopened = MainWindow(services)
    qtbot.addWidget(reopened)
    reopened.show_page("SMTP profiles")
    again = reopened.page("SMTP profiles")
    assert isinstance(again, SmtpProfilesPage)
    item = again.paces.table.item(0, 2)
    assert item is not None and item.font().bold()
    assert item.data(Qt.ItemDataRole.EditRole) == 4000
    qtbot.mouseClick(again.paces.reset_button, Qt.MouseButton.LeftButton)
    assert again.has_unsaved_changes()
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_profile("Newsletter").provider_paces == ()  # type: ignore[union-attr]


def test_a_provider_figure_below_its_least_is_refused_under_the_table(
        qtbot: Any, page: SmtpProfilesPage) -> None:
    page.paces.set_figures("microsoft", connections=0)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_profile("Newsletter").provider_paces == ()  # type: ignore[union-attr]
    message = page.rate_form.errors["provider_paces"].text()
    assert "Outlook / Microsoft, connections" in message
    assert page.form_tabs.currentIndex() == page.rate_index


def test_a_warm_up_plan_is_saved_from_its_first_day(
        qtbot: Any, page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    schedule.plan_combo.setCurrentIndex(schedule.plan_combo.findData("new_domain"))
    schedule.start_edit.setDate(QDate(2026, 11, 30))
    saved = save(qtbot, page)
    assert (saved.warmup_plan, saved.warmup_start) == ("new_domain", "2026-11-30")


def test_today_under_the_warm_up_is_said_beside_the_plan(page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    schedule.plan_combo.setCurrentIndex(schedule.plan_combo.findData("new_ip"))
    schedule.start_edit.setDate(utc_today().addDays(-2))
    # day 3 of SendGrid's schedule is 500, under the profile's 5,000 a day
    assert schedule.ramp_label.text().startswith("Today is day 3 of 15: up to 500 messages.")


def test_the_ramps_length_and_first_day_show_only_for_an_own_ramp(
        qtbot: Any, page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    page.form_tabs.setCurrentIndex(page.schedule_index)
    assert not schedule.days_field.isVisible()
    schedule.plan_combo.setCurrentIndex(schedule.plan_combo.findData("custom"))
    assert schedule.days_field.isVisible() and schedule.first_day_field.isVisible()
    schedule.days_field.setValue(10)
    schedule.first_day_field.setValue(200)
    saved = save(qtbot, page)
    assert (saved.warmup_plan, saved.warmup_days, saved.warmup_first_day) == ("custom", 10, 200)


def test_a_send_window_is_saved_with_its_zone(qtbot: Any, page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    schedule.window_check.setChecked(True)
    schedule.from_edit.setTime(QTime(22, 0))
    schedule.until_edit.setTime(QTime(6, 30))
    schedule.zone_combo.setCurrentText("Europe/Rome")
    saved = save(qtbot, page)
    assert (saved.send_window, saved.window_from, saved.window_until, saved.window_zone) == (
        True, "22:00", "06:30", "Europe/Rome")


def test_a_zone_typed_wrong_is_refused_at_the_field(qtbot: Any, page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    schedule.window_check.setChecked(True)
    schedule.zone_combo.setCurrentText("Europe/Atlantis")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not repo.get_profile("Newsletter").send_window  # type: ignore[union-attr]
    assert page.window_form.errors["window_zone"].text() == (
        "Choose a time zone from the list, e.g. Europe/Rome.")
    assert page.form_tabs.currentIndex() == page.schedule_index


def test_a_window_ending_when_it_starts_is_refused_on_the_hours_row(
        qtbot: Any, page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    schedule.window_check.setChecked(True)
    schedule.from_edit.setTime(QTime(9, 0))
    schedule.until_edit.setTime(QTime(9, 0))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.window_form.errors["window_from"].text() == (
        "The window must end at another time than it starts.")


def test_looking_at_the_tabs_changes_nothing(page: SmtpProfilesPage) -> None:
    stored = repo.get_profile("Newsletter")
    assert stored is not None
    page.schedule.plan_combo.setCurrentIndex(page.schedule.plan_combo.findData("new_ip"))
    page.schedule.plan_combo.setCurrentIndex(0)
    page.schedule.window_check.setChecked(True)
    page.schedule.window_check.setChecked(False)
    assert page.values() == dataclasses.replace(stored)
    assert not page.has_unsaved_changes()


def test_a_warm_up_set_to_start_later_says_its_first_days_figure_already_applies(
        page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    schedule.plan_combo.setCurrentIndex(schedule.plan_combo.findData("new_domain"))
    schedule.start_edit.setDate(utc_today().addDays(7))
    assert schedule.ramp_label.text().startswith("Starts ")
    assert schedule.ramp_label.text().endswith("until then messages a day at most: 50.")


def test_the_zones_are_listed_once_the_tab_is_shown_keeping_the_zone_shown(
        qtbot: Any, page: SmtpProfilesPage) -> None:
    schedule = page.schedule
    schedule.window_check.setChecked(True)
    schedule.zone_combo.setCurrentText("Asia/Tokyo")
    assert schedule.zone_combo.count() == 0  # not read while the window starts
    page.form_tabs.setCurrentIndex(page.schedule_index)
    assert schedule.zone_combo.findText("Europe/Rome") >= 0
    assert schedule.zone_combo.currentText() == "Asia/Tokyo"
    assert save(qtbot, page).window_zone == "Asia/Tokyo"
