"""The Campaigns page's Report tab: how a campaign went, read in a worker thread.

Thin over ``engine.storage.reports`` (the figures) and ``engine.cli.campaign_report`` (the
words, the timeline's columns and the CSV, the same as ``campaign report`` prints).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
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

from desktop.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, translate
from desktop.models.notes_words import local
from desktop.widgets.timeline_chart import TimelineChart
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from engine.cli.campaign_report import table, timeline, write_csv
from engine.storage.reports import OUTCOMES, CampaignReport, Outcomes, campaign_report

DELIVERED_COLOUR = "#3584e4"
BOUNCE_COLOUR = "#e66100"
COMPLAINT_COLOUR = "#c01c28"

# The table's headings in the reader's words (the CSV keeps the engine's English ones).
HEADINGS: dict[str, str] = {
    "domain": QT_TRANSLATE_NOOP("campaign_report_tab", "Domain"),
    "recipients": QT_TRANSLATE_NOOP("campaign_report_tab", "Recipients"),
    "delivered": QT_TRANSLATE_NOOP("campaign_report_tab", "Delivered"),
    "waiting": QT_TRANSLATE_NOOP("campaign_report_tab", "Not sent yet"),
    "deferred": QT_TRANSLATE_NOOP("campaign_report_tab", "Deferred"),
    "failed": QT_TRANSLATE_NOOP("campaign_report_tab", "Failed"),
    "uncertain": QT_TRANSLATE_NOOP("campaign_report_tab", "Uncertain"),
    "hard_bounces": QT_TRANSLATE_NOOP("campaign_report_tab", "Hard bounces"),
    "soft_bounces": QT_TRANSLATE_NOOP("campaign_report_tab", "Soft bounces"),
    "complaints": QT_TRANSLATE_NOOP("campaign_report_tab", "Complaints"),
    "unsubscribes": QT_TRANSLATE_NOOP("campaign_report_tab", "Unsubscribes"),
}


def heading_words(name: str) -> str:
    text = HEADINGS[name]
    return QCoreApplication.translate("campaign_report_tab", text)  # untranslated: in HEADINGS


def _share(part: int, whole: int) -> str:
    return format_percent(part / whole) if whole else "–"


def summary_lines(totals: Outcomes) -> list[str]:
    """The rates a sender watches, as ``campaign report`` says them, in the reader's words."""
    n = format_number
    sent = totals.recipients - totals.waiting
    return [
        translate("campaign_report_tab", "Recipients: {recipients} ({waiting} not sent yet)")
        .format(recipients=n(totals.recipients), waiting=n(totals.waiting)),
        translate("campaign_report_tab", "Delivered: {delivered} of {sent} tried so far "
                  "({share})").format(delivered=n(totals.delivered), sent=n(sent),
                                      share=_share(totals.delivered, sent)),
        translate("campaign_report_tab", "Bounces: {hard} hard, {soft} soft; {failed} refused "
                  "while sending, {deferred} deferred, {uncertain} uncertain").format(
            hard=n(totals.hard_bounces), soft=n(totals.soft_bounces), failed=n(totals.failed),
            deferred=n(totals.deferred), uncertain=n(totals.uncertain)),
        translate("campaign_report_tab", "Complaints: {complaints} ({share} of delivered)")
        .format(complaints=n(totals.complaints),
                share=_share(totals.complaints, totals.delivered)),
        translate("campaign_report_tab", "Unsubscribes: {unsubscribes} ({share} of delivered)")
        .format(unsubscribes=n(totals.unsubscribes),
                share=_share(totals.unsubscribes, totals.delivered)),
    ]


class CampaignReportTab(QWidget):
    def __init__(self, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.report: CampaignReport | None = None
        self._campaign_id: int | None = None
        self._reading: EngineWorker | None = None
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel(translate("campaign_report_tab",
                                        "Choose a campaign to see how it went."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        self.refresh_button = QPushButton(translate("campaign_report_tab", "&Update"))
        self.refresh_button.clicked.connect(self._on_refresh_clicked)
        self.export_button = QPushButton(translate("campaign_report_tab", "&Export CSV…"))
        self.export_button.setToolTip(
            translate("campaign_report_tab", "The table by receiving domain, for a spreadsheet"))
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
        self.summary.setText(translate("campaign_report_tab", "The report could not be read: "
                                       "{message}").format(message=message))

    def _show(self, report: CampaignReport | None) -> None:
        self.report = report
        self.export_button.setEnabled(report is not None)
        self.table.setSortingEnabled(False)
        if report is None:
            self.summary.setText(translate("campaign_report_tab",
                                           "Choose a campaign to see how it went."))
            self.table.setRowCount(0)
            self.chart.set_data([], [])
            return
        self.summary.setText("\n".join(summary_lines(report.totals)))
        _, rows = table(report)
        rows[0][0] = translate("campaign_report_tab", "All domains")
        headings = [heading_words(name) for name in ("domain", *OUTCOMES)]
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
            (translate("campaign_report_tab", "Delivered"), line.delivered, DELIVERED_COLOUR),
            (translate("campaign_report_tab", "Bounces"), line.bounces, BOUNCE_COLOUR),
            (translate("campaign_report_tab", "Complaints"), line.complaints, COMPLAINT_COLOUR),
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
        suggested = translate("campaign_report_tab", "{name} report.csv").format(
            name=self.report.name)
        path, _ = QFileDialog.getSaveFileName(
            self, translate("campaign_report_tab", "Export the report"), suggested,
            translate("campaign_report_tab", "CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))
