"""The main window: navigation on the left, the chosen page on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import pages
from desktop.services import Services
from engine import __version__


def ask_unsaved(parent: QWidget, page: Any) -> bool:
    """Offer Save / Discard / Cancel for a page with edits; True means it is fine to leave."""
    has_changes = getattr(page, "has_unsaved_changes", None)
    if has_changes is None or not has_changes():
        return True
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
        f"“{page.title}” has changes that are not saved. Save them?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return bool(page.save())
    if answer == QMessageBox.StandardButton.Discard:
        page.revert()
        return True
    return False


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle("Newsletter Desk")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = []
        for page_class in pages.PAGE_CLASSES:
            page = page_class(services, self)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.navigation.addItem(page.title)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._current_row = 0
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self._build_menus()
        self._restore_state()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Newsletter Desk", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def page(self, title: str) -> QWidget:
        for page in self.pages:
            if page.title == title:  # type: ignore[attr-defined]
                return page
        raise KeyError(title)

    def show_page(self, title: str) -> None:
        self.navigation.setCurrentRow([p.title for p in self.pages].index(title))  # type: ignore[attr-defined]

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0 or row == self._current_row:
            return
        if not ask_unsaved(self, self.pages[self._current_row]):
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self._current_row)
            self.navigation.blockSignals(False)
            return
        self._current_row = row
        self.stack.setCurrentIndex(row)
        refresh = getattr(self.pages[row], "refresh", None)
        if refresh is not None:
            refresh()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Newsletter Desk",
            f"<h3>Newsletter Desk {__version__}</h3>"
            "<p>Send newsletters through your own SMTP server and keep your lists clean.</p>",
        )

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        row = int(str(settings.value("window/page", 0) or 0))
        if not 0 <= row < len(self.pages):
            row = 0
        self._current_row = row
        self.stack.setCurrentIndex(row)
        self.navigation.setCurrentRow(row)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages:
            if not ask_unsaved(self, page):
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self._current_row)
        event.accept()


__all__ = ["MainWindow", "Qt"]
