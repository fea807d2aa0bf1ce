from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox


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
