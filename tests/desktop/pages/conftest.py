from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.main_window import MainWindow
from desktop.pages.smtp_profiles_page import SmtpProfilesPage
from engine.config import SmtpProfile
from engine.storage import repo


class BoxAnswerer(QObject):
    """Clicks the named button of each message box that opens; remembers what they said.

    With no answer queued, an "Unsaved changes" box is answered Discard: pytest-qt closes the
    test's windows after the test, and nobody is there to answer then.
    """

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []
        self.seen: list[str] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(20)

    @Slot()
    def _on_timer_timeout(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        if not self.answers and box.windowTitle() != "Unsaved changes":
            return
        self.seen.append(box.text())
        wanted = self.answers.pop(0) if self.answers else "Discard"
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                return


@pytest.fixture
def message_boxes() -> Iterator[BoxAnswerer]:
    answerer = BoxAnswerer()
    yield answerer
    answerer.timer.stop()


def page_with_profile(window: MainWindow, profile: SmtpProfile) -> SmtpProfilesPage:
    """The SMTP profiles page, opened on ``profile`` (saved first)."""
    repo.save_profile(profile)
    window.show_page("SMTP profiles")
    page = window.page("SMTP profiles")
    assert isinstance(page, SmtpProfilesPage)
    page.reload_list()
    return page
