"""The Bounces page's "Collection runs" tab: each collection and its report."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.models.runs import RunTableModel, report_text
from desktop.pages.bounces import common
from desktop.widgets.record_table_view import fit_columns, table_view
from engine.storage import bounces
from engine.storage.bounces import RunRecord


class RunsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RunTableModel(self)
        layout = QVBoxLayout(self)
        self.view, self.proxy = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(translate("runs", "Select a run to see its report."))
        layout.addWidget(common.split(self.view, self.details), 1)

    def load(self) -> list[RunRecord]:
        runs = bounces.list_runs()
        self.model.set_records(runs)
        fit_columns(self.view)
        self.details.clear()
        return runs

    def select(self, row: int) -> None:
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, *_: object) -> None:
        row = common.selected_row(self.view, self.proxy)
        if row is None:
            self.details.clear()
        else:
            self.details.setPlainText(report_text(self.model.record(row)))
