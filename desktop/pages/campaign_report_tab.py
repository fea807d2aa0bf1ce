"""The Campaigns page's Report tab: how a campaign went, read in a worker thread.

Thin over ``engine.storage.reports`` (the figures) and ``engine.cli.campaign_report`` (the
words, the timeline's columns and the CSV, the same as ``campaign report`` prints).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.notes_words import local
from desktop.widgets.timeline_chart import TimelineChart
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from engine.cli.campaign_report import summary_lines, table, timeline, write_csv
from engine.storage.reports import CampaignReport, campaign_report

DELIVERED_COLOUR = "#3584e4"
BOUNCE_COLOUR = "#e66100"
COMPLAINT_COLOUR = "#c01c28"


class CampaignReportTab(QWidget):
    def __init__(self, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.report: CampaignReport | None = None
        self._campaign_id: int | None = None
        self._reading: EngineWorker | None = None
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel("Choose a campaign to see how it went.")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        self.refresh_button = QPushButton("&Update")
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.export_button = QPushButton("&Export CSV…")
        self.export_button.setToolTip("The table by receiving domain, for a spreadsheet")
        self.export_button.clicked.connect(self._on_export_clicked)
        self.export_button.setEnabled(False)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        column.addLayout(row)
        self.chart = TimelineChart()
        column.addWidget(self.chart)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        column.addWidget(self.table, 1)

    @property
    def reading(self) -> bool:
        return self._reading is not None

    def show_campaign(self, campaign_id: int | None) -> None:
        """Read the campaign's report (None: nothing chosen)."""
        self._campaign_id = campaign_id
        if campaign_id is None:
            self._show(None)
            return
        if self._reading is not None:
            return  # the read under way shows it, then _on_read asks again if it changed
        worker = EngineWorker(one_call(lambda: (campaign_id, campaign_report(campaign_id))))
        worker.finished.connect(self._on_read)
        worker.failed.connect(self._on_failed)
        self._reading = self.runner.start(worker)

    @Slot(object)
    def _on_read(self, read: tuple[int, CampaignReport | None]) -> None:
        self._reading = None
        campaign_id, report = read
        if campaign_id != self._campaign_id:
            self.show_campaign(self._campaign_id)  # another was chosen meanwhile
            return
        self._show(report)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._reading = None
        self.summary.setText(f"The report could not be read: {message}")

    def _show(self, report: CampaignReport | None) -> None:
        self.report = report
        self.export_button.setEnabled(report is not None)
        self.table.setSortingEnabled(False)
        if report is None:
            self.summary.setText("Choose a campaign to see how it went.")
            self.table.setRowCount(0)
            self.chart.set_data([], [])
            return
        self.summary.setText("\n".join(summary_lines(report.totals)))
        headings, rows = table(report)
        self.table.setColumnCount(len(headings))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                item = QTableWidgetItem()
                if c:
                    # a number, not text: it sorts as one, and the delegate writes it in
                    # the user's locale
                    item.setData(Qt.ItemDataRole.DisplayRole, int(cell))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item.setText(cell)
                self.table.setItem(r, c, item)
        line = timeline(report)
        self.chart.set_data([local(at) for at in line.starts], [
            ("Delivered", line.delivered, DELIVERED_COLOUR),
            ("Bounces", line.bounces, BOUNCE_COLOUR),
            ("Complaints", line.complaints, COMPLAINT_COLOUR),
        ])

    def export_csv(self, path: Path) -> None:
        if self.report is not None:
            write_csv(self.report, path)

    @Slot()
    def _on_refresh_clicked(self) -> None:
        self.show_campaign(self._campaign_id)

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.report is None:
            return
        suggested = f"{self.report.name} report.csv"
        path, _ = QFileDialog.getSaveFileName(self, "Export the report", suggested,
                                              "CSV files (*.csv)")
        if path:
            self.export_csv(Path(path))
