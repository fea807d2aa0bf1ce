"""Every page at the smallest and a large window: each control is either inside the window
or inside a scroll area that can bring it into view (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from desktop.main_window import MainWindow
from desktop.services import Services

SIZES = [(1024, 700), (1920, 1080)]
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractScrollArea)


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    shown = MainWindow(services)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.shutdown()


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: the area scrolls it into view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(window: MainWindow) -> list[str]:
    """The visible controls that reach outside the window and no scroll area can show."""
    inside = QRect(QPoint(0, 0), window.size())
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or _scrolled(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.parentWidget() is not None and \
                isinstance(widget.parentWidget(), QTabWidget | QAbstractScrollArea):
            continue  # a tab bar's or a scroll bar's own arrows
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(where):
            label = getattr(widget, "text", lambda: "")() or widget.objectName() or \
                type(widget).__name__
            found.append(f"{label!r} at {where.getRect()}")
    return found


def every_tab(page: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget on the page in turn (the page itself first)."""
    yield ""
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isVisible():
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield tabs.tabText(index)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_control_is_cut_off_on_any_page(window: MainWindow, width: int,
                                           height: int) -> None:
    window.resize(width, height)
    problems = []
    for title in window.page_titles():
        window.show_page(title)
        QApplication.processEvents()
        for tab in every_tab(window.current_page):
            problems += [f"{title} {tab}: {p}" for p in cut_off(window)]
    assert window.width() == width and window.height() == height
    assert problems == []


def test_the_check_sees_a_control_pushed_out_of_the_window(window: MainWindow) -> None:
    window.resize(1024, 700)
    stray = QLineEdit(window)
    stray.setText("stray")
    stray.setGeometry(1000, 10, 200, 24)
    stray.show()
    assert any("'stray'" in p for p in cut_off(window))


def test_on_a_wide_screen_settings_forms_keep_a_readable_width_with_save_beside_them(
        window: MainWindow) -> None:
    from desktop.pages.settings_page import READABLE_WIDTH, SettingsPage

    window.resize(1920, 1080)
    for title in window.page_titles():
        window.show_page(title)
        page = window.current_page
        if not isinstance(page, SettingsPage):
            continue
        QApplication.processEvents()
        save_right = page.save_button.mapTo(page, QPoint(page.save_button.width(), 0)).x()
        assert save_right <= READABLE_WIDTH, title
        assert page.scroll_area.width() <= READABLE_WIDTH, title


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_overview_with_every_kind_of_row_fits_and_stays_readable(
        window: MainWindow, qtbot: Any, width: int, height: int) -> None:
    from datetime import timedelta

    from desktop.pages.overview_page import OverviewPage
    from engine.config import SmtpProfile
    from engine.storage import repo
    from engine.storage.models import JobState
    from tests.engine.storage.test_overview import a_campaign

    repo.save_profile(SmtpProfile(name="Shop newsletter", host="smtp.x.example", username="me"))
    JobState.update(last_error='{"code":"timed_out","seconds":30}').where(
        JobState.name == "process_bounce_email").execute()
    a_campaign("A winter sale with a long name for the newsletter", "sending",
               {"sent": 300, "queued": 700})
    a_campaign("Spring preview", "ready", {"queued": 5}, started_at=None,
               scheduled_at=window.services.clock.now().replace(tzinfo=None)
               + timedelta(days=3))
    window.resize(width, height)
    window.show_page("Overview")
    page = window.current_page
    assert isinstance(page, OverviewPage)
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)
    QApplication.processEvents()
    assert cut_off(window) == []
    columns = {page.attention.x(), page.health.x()}
    assert len(columns) == (2 if width >= 1920 else 1)  # two columns on a wide screen
    for section in (page.attention, page.health, page.trend):
        assert section.width() <= 1000, section.objectName()  # a line can be read across
        share = 0.45 if width >= 1920 else 0.9  # a column, or the whole width
        assert section.width() >= page.scroll_area.viewport().width() * share
    body = page.scroll_area.widget()
    assert body.width() <= page.scroll_area.viewport().width()  # no sideways scrolling
