"""The Bounces page's "Suppressed addresses" tab: who gets no campaign, why, and since when."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.explain import explain_suppression
from desktop.models.suppressions import SuppressionTableModel
from desktop.pages.bounces import common
from desktop.widgets.record_table_view import details_pane, fit_columns, table_view
from engine.storage import suppressions


class SuppressedTab(common.SearchedListTab):
    counted = Signal(int)  # how many addresses are suppressed, after each load

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SuppressionTableModel(self)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search addresses")
        self.search.setClearButtonEnabled(True)
        self.unsuppress_button = QPushButton("Un-suppress…")
        self.unsuppress_button.setToolTip("Send to the selected address again; you are asked "
                                          "first, and the change is kept in its history.")
        self.unsuppress_button.clicked.connect(self._on_unsuppress_button_clicked)
        self.export_button = QPushButton("Export CSV…")
        self.export_button.clicked.connect(self._on_export_button_clicked)
        row.addWidget(self.search, 1)
        row.addWidget(self.unsuppress_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.view, self.proxy = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.history = details_pane()
        layout.addWidget(common.split(self.view, self.history), 1)
        self.watch(self.search.textChanged)

    def load(self) -> None:
        self.stop_waiting()
        limit = common.list_limit()
        search = self.search.text()
        records = suppressions.list_suppressed(search, limit=limit)
        self.model.set_records(records)
        fit_columns(self.view)
        total = suppressions.count_suppressed()
        if len(records) < limit:
            count = len(records)
        else:
            count = suppressions.count_suppressed(search) if search.strip() else total
        if search.strip():
            shown = f"{count:,} of the {total:,} suppressed addresses match."
        else:
            shown = f"{count:,} suppressed addresses: no campaign is sent to them."
        if count > len(records):
            shown += (f" The newest {limit:,} are shown (search to narrow down; Export "
                      "writes all).")
        self.count.setText(shown)
        self.counted.emit(total)
        self.show_suppression(None)

    def show_suppression(self, row: int | None) -> None:
        self.unsuppress_button.setEnabled(row is not None)
        if row is None:
            self.history.setHtml("<p>Select an address to see why it is suppressed and its "
                                 "history.</p>")
            return
        record = self.model.record(row)
        self.history.setHtml(explain_suppression(record, suppressions.events(record.email)))

    def export(self, path: Path) -> int:
        records = suppressions.list_suppressed(self.search.text())
        return self.write(path, records, "suppressed addresses")

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, *_: object) -> None:
        self.show_suppression(common.selected_row(self.view, self.proxy))

    @Slot()
    def _on_unsuppress_button_clicked(self) -> None:
        row = common.selected_row(self.view, self.proxy)
        if row is not None:
            self.unsuppress_requested.emit(self.model.record(row).email)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.ask_export("Export the suppressed list", "suppressed.csv")
