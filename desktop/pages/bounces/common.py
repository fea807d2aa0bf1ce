"""What the Bounces page's tabs share: list size, CSV export, the table-over-details layout."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLineEdit, QSplitter, QTableView, QWidget

from desktop.i18n import translate
from desktop.models.record_table import RecordTableModel

LIST_LIMIT = 5000  # rows shown per list; search narrows, export writes every match
SEARCH_DELAY_MS = 250


def list_limit() -> int:
    # read at each load, so a test may make the lists short
    return LIST_LIMIT


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    # utf-8-sig: Excel opens the file as UTF-8 (accented names intact) instead of guessing
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)


class SearchedListTab(QWidget):
    """A tab with a searched list: it loads again when the typing pauses, and exports every
    match (not only the rows shown) to CSV. A subclass builds ``model`` and ``search``, calls
    ``watch`` for each filter, and implements ``load`` and ``export``."""

    said = Signal(str, bool)  # what to tell the user, and whether it is an error
    unsuppress_requested = Signal(str)  # the address whose suppression the user would undo

    model: RecordTableModel[Any]
    search: QLineEdit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

    def watch(self, changed: Any) -> None:
        """Load again a moment after ``changed`` (a filter's change signal) fires."""
        changed.connect(self._on_filters_changed)

    def load(self) -> None:
        raise NotImplementedError

    def export(self, path: Path) -> int:
        raise NotImplementedError

    def write(self, path: Path, records: Sequence[Any], done: str) -> int:
        """``records`` to ``path`` as the model's CSV, said to the user; how many (0: failed).

        ``done`` is the translated sentence that says so, with ``{path}`` in it (its count is
        the caller's plural form)."""
        try:
            write_csv(path, self.model.csv_header(), self.model.csv_rows(records))
        except OSError as exc:
            self.said.emit(translate("common", "Could not write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc), True)
            return 0
        self.said.emit(done.format(path=path), False)
        return len(records)

    def ask_export(self, title: str, name: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, title, name, translate("common", "CSV files (*.csv);;All files (*)"))
        if path:
            self.export(Path(path))

    def stop_waiting(self) -> None:
        self._search_timer.stop()

    @Slot()
    def _on_filters_changed(self) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.load()


def split(top: QWidget, bottom: QWidget) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    return splitter


def selected_row(view: QTableView, proxy: QSortFilterProxyModel) -> int | None:
    """The model row of the view's selection (the view sorts through ``proxy``)."""
    rows = view.selectionModel().selectedRows()
    return proxy.mapToSource(rows[0]).row() if rows else None
