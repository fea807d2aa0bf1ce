"""The main window opens with its name, its pages and an About box."""

from __future__ import annotations

import time
from collections.abc import Generator

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem

from desktop.main_window import MainWindow
from desktop.services import Services
from desktop.workers.engine_worker import EngineWorker
from engine import __version__
from engine.config import SmtpProfile
from engine.jobs import CancelToken, Progress
from engine.sending.connect import check_smtp
from tests.servers.ports import SilentServer


def test_the_window_is_named_for_the_app(main_window: MainWindow) -> None:
    assert main_window.windowTitle() == "Newsletter Desk"


def test_every_page_is_in_the_navigation(main_window: MainWindow) -> None:
    nav = main_window.navigation
    selectable = [nav.item(i).text() for i in range(nav.count()) if nav.item(i).flags()]
    assert selectable == main_window.page_titles()
    assert "Data and passwords" in selectable


def test_the_overview_comes_first_then_the_settings_pages_under_a_heading(
    main_window: MainWindow,
) -> None:
    nav = main_window.navigation
    assert nav.item(0).text() == "Overview"
    assert nav.item(1).text() == "SETTINGS"
    assert not nav.item(1).flags()  # a heading cannot be selected
    assert main_window.page_titles()[:3] == ["Overview", "SMTP profiles", "Bounce mailbox"]


def test_section_headings_are_drawn_as_headings_not_as_disabled_entries(
    main_window: MainWindow,
) -> None:
    nav = main_window.navigation
    option = QStyleOptionViewItem()
    option.initFrom(nav)
    nav.itemDelegate().initStyleOption(option, nav.model().index(1, 0))  # type: ignore[attr-defined]
    assert option.state & QStyle.StateFlag.State_Enabled
    assert option.font.bold()
    assert option.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) == \
        nav.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def test_the_about_box_shows_the_version(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    main_window.show_about()
    assert __version__ in seen[0]


def test_the_data_page_says_where_data_and_passwords_live(
    main_window: MainWindow, services: Services
) -> None:
    page = main_window.page("Data and passwords")
    assert page.database_label.text().endswith("desk.sqlite3")  # type: ignore[attr-defined]
    assert page.secrets_label.text() == "Passwords are stored in the system keyring."  # type: ignore[attr-defined]


def test_geometry_is_remembered_and_every_start_opens_on_the_overview(
    qtbot, services: Services  # type: ignore[no-untyped-def]
) -> None:
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # within the offscreen 800x600 screen
    first.show_page(first.page_titles()[-1])
    first.close()
    second = MainWindow(services)
    qtbot.addWidget(second)
    assert second.stack.currentIndex() == 0
    assert second.current_page.title == "Overview"  # type: ignore[attr-defined]
    assert second.navigation.currentRow() == 0
    assert (second.width(), second.height()) == (700, 520)


def hold_until_cancelled(token: CancelToken) -> Generator[Progress, None, None]:
    while not token.cancelled:
        time.sleep(0.01)
    yield Progress(0, None, "stopping")


def test_closing_stops_every_page_worker_before_the_window_goes(
    qtbot, main_window: MainWindow, silent_server: SilentServer  # type: ignore[no-untyped-def]
) -> None:
    workers = []
    for title in ("Bounces", "Clean a list"):
        runner = main_window.page(title).runner  # type: ignore[attr-defined]
        workers.append(runner.start(EngineWorker(hold_until_cancelled)))
    smtp = main_window.page("SMTP profiles")
    smtp.action.start("Waiting…", lambda hangup: check_smtp(  # type: ignore[attr-defined]
        SmtpProfile(name="x", host="127.0.0.1", port=silent_server.port, security="none",
                    requires_auth=False), None, timeout=30, hangup=hangup))
    workers.append(smtp.action._worker)  # type: ignore[attr-defined]
    threads = [worker.thread() for worker in workers]
    qtbot.waitUntil(lambda: all(thread.isRunning() for thread in threads), timeout=3000)
    main_window.close()
    assert not [thread for thread in threads if thread.isRunning()]


def test_every_page_in_the_list_has_an_icon_of_its_own(main_window: MainWindow) -> None:
    from desktop.main_window import PAGE_ICONS

    titles = main_window.page_titles()
    assert set(titles) <= set(PAGE_ICONS)  # a new page is given one
    assert len({PAGE_ICONS[t] for t in titles}) == len(titles)
    for row in range(main_window.navigation.count()):
        item = main_window.navigation.item(row)
        if item.text() in titles:
            assert not item.icon().isNull(), item.text()
