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

from desktop.i18n import format_number, translate
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
        self.search.setPlaceholderText(translate("suppressed", "Search addresses"))
        self.search.setClearButtonEnabled(True)
        self.unsuppress_button = QPushButton(translate("suppressed", "Un-suppress…"))
        self.unsuppress_button.setToolTip(translate(
            "suppressed", "Send to the selected address again; you are asked first, and the "
            "change is kept in its history."))
        self.unsuppress_button.clicked.connect(self._on_unsuppress_button_clicked)
        self.export_button = QPushButton(translate("suppressed", "Export CSV…"))
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
            shown = translate("suppressed", "%n of the {total} suppressed addresses match.",
                              None, count).format(total=format_number(total))
        else:
            shown = translate("suppressed", "%n suppressed address(es): no campaign is sent to "
                              "them.", None, count)
        if count > len(records):
            shown = translate("suppressed", "{shown} The newest %n are shown (search to narrow "
                              "down; Export writes all).", None, limit).format(shown=shown)
        self.count.setText(shown)
        self.counted.emit(total)
        self.show_suppression(None)

    def show_suppression(self, row: int | None) -> None:
        self.unsuppress_button.setEnabled(row is not None)
        if row is None:
            self.history.setHtml(translate("suppressed", "<p>Select an address to see why it "
                                           "is suppressed and its history.</p>"))
            return
        record = self.model.record(row)
        self.history.setHtml(explain_suppression(record, suppressions.events(record.email)))

    def export(self, path: Path) -> int:
        records = suppressions.list_suppressed(self.search.text())
        return self.write(path, records, translate(
            "suppressed", "Exported %n suppressed address(es) to {path}.", None, len(records)))

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
        self.ask_export(translate("suppressed", "Export the suppressed list"),
                        translate("suppressed", "suppressed.csv"))
