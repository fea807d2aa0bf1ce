"""Bounces: collect now, the run reports, the bounce log and the suppressed list.

Every decision shown here was made by the engine and stored with its reason; the page reads
it through ``engine.storage`` (dataclasses into table models), runs the engine's collection in
an ``EngineWorker`` and writes only through ``suppressions.unsuppress``.
"""

from __future__ import annotations

import csv
from collections.abc import Generator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.raw_message_dialog import RawMessageDialog
from desktop.dialogs.unsuppress_dialog import UnsuppressDialog
from desktop.models.bounce_log import BounceLogTableModel
from desktop.models.explain import explain_bounce, explain_suppression
from desktop.models.record_table import RecordTableModel
from desktop.models.runs import RunTableModel, report_text, summary_report
from desktop.models.suppressions import SuppressionTableModel
from desktop.models.words import RUN_STATES, local, mailbox_problem_words, words
from desktop.pages.bounce_review import BounceReviewTab
from desktop.services import Services
from desktop.widgets.record_table_view import details_pane, fit_columns, table_view
from desktop.workers.engine_worker import EngineWorker, WorkerRunner
from engine.config import BounceMailbox, BounceSettings
from engine.jobs import CancelToken, JobContext, Progress, new_runner_id
from engine.scheduler.run_now import AlreadyRunning, run_now
from engine.scheduler.status import mailbox_password, mailbox_readiness
from engine.storage import bounces, repo, runners, suppressions
from engine.storage.bounces import COLLECT_JOB, BounceRecord, RunRecord

LIST_LIMIT = 5000  # rows shown per list; search narrows, export writes every match
SEARCH_DELAY_MS = 250
CSV_FILTER = "CSV files (*.csv);;All files (*)"
ERROR_STYLE = "color: #a40000;"
KIND_CHOICES = (("All kinds", ""), ("Hard bounces", "hard"), ("Soft bounces", "soft"),
                ("Spam complaints", "complaint"))


def schedule_text(mailbox: BounceMailbox, every_minutes: int, last: RunRecord | None,
                  next_at: datetime | None) -> str:
    """'Last run … · Next run …' in one line."""
    last_text = ("never" if last is None
                 else f"{local(last.started_at)} ({words(RUN_STATES, last.state).lower()})")
    if not mailbox_readiness(mailbox).ready:
        next_text = "none until the bounce mailbox is set up"
    else:
        due = next_at or (last.started_at + timedelta(minutes=every_minutes) if last else None)
        if due is None:
            next_text = "not scheduled yet; press Collect now to read the mailbox"
        else:
            next_text = (f"about {local(due)} (bounces are collected every "
                         f"{every_minutes} minutes)")
    return f"Last run: {last_text}   ·   Next run: {next_text}"


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    # utf-8-sig: Excel opens the file as UTF-8 (accented names intact) instead of guessing
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)


class BouncesPage(QWidget):
    title = "Bounces"
    section = "Lists"

    progressed = Signal(object)  # each Progress of "Collect now", after the bar shows it

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = WorkerRunner(self)
        self.report: dict[str, Any] | None = None  # the last "Collect now" run's summary
        self._worker: EngineWorker | None = None
        self.log_model = BounceLogTableModel(self)
        self.suppression_model = SuppressionTableModel(self)
        self.run_model = RunTableModel(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A small window scrolls the page instead of growing to fit the tables' minimum size.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel("<h2>Bounces</h2>"))
        intro = QLabel(
            "Mail that could not be delivered comes back to your bounce mailbox. Newsletter "
            "Desk reads it, records each bounce with its reason, and stops sending to "
            "addresses that keep bouncing or complained: they go on the suppressed list.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._collect_box())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._log_tab(), "Bounce log")
        self.tabs.addTab(self._suppressed_tab(), "Suppressed addresses")
        self.tabs.addTab(self._runs_tab(), "Collection runs")
        self.review_tab = BounceReviewTab(services, self.runner)
        self.review_tab.settled.connect(self._on_review_tab_settled)
        self.review_tab.failed.connect(self._on_review_tab_failed)
        self.review_index = self.tabs.addTab(self.review_tab, "Needs review")
        layout.addWidget(self.tabs, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.log_search.textChanged.connect(self._on_filters_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.suppressed_search.textChanged.connect(self._on_filters_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)
        self.refresh()
        self._update_buttons()

    # --- building -------------------------------------------------------------------------

    def _collect_box(self) -> QGroupBox:
        box = QGroupBox("Collecting bounces")
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.collect_button = QPushButton("Collect now")
        self.collect_button.setToolTip("Read the bounce mailbox now instead of waiting for the "
                                       "next scheduled run.")
        self.collect_button.clicked.connect(self.collect_now)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # "0%" while idle reads like a stuck run
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))  # only while collecting
        self.cancel_button.setToolTip("Stop collecting (Esc)")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.collect_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        column.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        self.schedule_label.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.schedule_label)
        return box

    def _log_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.log_search = QLineEdit()
        self.log_search.setPlaceholderText("Search address, code, reason, campaign or "
                                           "server message")
        self.log_search.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        for label, kind in KIND_CHOICES:
            self.kind_combo.addItem(label, kind)
        self.export_log_button = QPushButton("Export CSV…")
        self.export_log_button.clicked.connect(self._on_export_log_button_clicked)
        filters.addWidget(self.log_search, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.export_log_button)
        layout.addLayout(filters)
        self.log_count = QLabel()
        layout.addWidget(self.log_count)
        self.log_view, self.log_proxy = table_view(self.log_model)
        self.log_view.selectionModel().selectionChanged.connect(self._on_log_selection_changed)
        self.bounce_details = details_pane()
        self.original_button = QPushButton("Show the original message…")
        self.original_button.clicked.connect(self._on_original_button_clicked)
        self.undo_button = QPushButton("Un-suppress this address…")
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.original_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(QLabel("<b>Why this was decided</b>"))
        details_layout.addWidget(self.bounce_details, 1)
        details_layout.addLayout(buttons)
        layout.addWidget(self._split(self.log_view, details), 1)
        return tab

    def _suppressed_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.suppressed_search = QLineEdit()
        self.suppressed_search.setPlaceholderText("Search addresses")
        self.suppressed_search.setClearButtonEnabled(True)
        self.unsuppress_button = QPushButton("Un-suppress…")
        self.unsuppress_button.setToolTip("Send to the selected address again; you are asked "
                                          "first, and the change is kept in its history.")
        self.unsuppress_button.clicked.connect(self._on_unsuppress_button_clicked)
        self.export_suppressed_button = QPushButton("Export CSV…")
        self.export_suppressed_button.clicked.connect(self._on_export_suppressed_button_clicked)
        row.addWidget(self.suppressed_search, 1)
        row.addWidget(self.unsuppress_button)
        row.addWidget(self.export_suppressed_button)
        layout.addLayout(row)
        self.suppressed_count = QLabel()
        layout.addWidget(self.suppressed_count)
        self.suppressed_view, self.suppressed_proxy = table_view(self.suppression_model)
        self.suppressed_view.selectionModel().selectionChanged.connect(
            self._on_suppressed_selection_changed)
        self.history = details_pane()
        layout.addWidget(self._split(self.suppressed_view, self.history), 1)
        return tab

    def _runs_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.run_view, self.run_proxy = table_view(self.run_model)
        self.run_view.selectionModel().selectionChanged.connect(self._on_run_selection_changed)
        self.run_details = QPlainTextEdit()
        self.run_details.setReadOnly(True)
        self.run_details.setPlaceholderText("Select a run to see its report.")
        layout.addWidget(self._split(self.run_view, self.run_details), 1)
        return tab

    @staticmethod
    def _split(top: QWidget, bottom: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        return splitter

    # --- showing what is stored -----------------------------------------------------------

    def refresh(self) -> None:
        self.load_log()
        self.load_suppressed()
        self.load_runs()
        self.load_reviews()

    def load_reviews(self) -> None:
        count = self.review_tab.load()
        self.tabs.setTabText(self.review_index,
                             f"Needs review ({count:,})" if count else "Needs review")

    @Slot(str)
    def _on_review_tab_settled(self, text: str) -> None:
        self._say(text)
        self.refresh()

    @Slot(str)
    def _on_review_tab_failed(self, text: str) -> None:
        self._say(f"That could not be saved: {text}", error=True)
        self.load_reviews()

    def load_log(self) -> None:
        records = bounces.list_bounces(self.log_search.text(), self.kind_combo.currentData(),
                                       limit=LIST_LIMIT)
        self.log_model.set_records(records)
        fit_columns(self.log_view)
        shown = f"{len(records):,} bounces" if records else "No bounces recorded yet."
        if len(records) >= LIST_LIMIT:
            shown = f"The newest {LIST_LIMIT:,} bounces (search to narrow down; Export writes all)"
        self.log_count.setText(shown)
        self._show_bounce(None)

    def load_suppressed(self) -> None:
        search = self.suppressed_search.text()
        records = suppressions.list_suppressed(search, limit=LIST_LIMIT)
        self.suppression_model.set_records(records)
        fit_columns(self.suppressed_view)
        total = suppressions.count_suppressed()
        if len(records) < LIST_LIMIT:
            count = len(records)
        else:
            count = suppressions.count_suppressed(search) if search.strip() else total
        if search.strip():
            shown = f"{count:,} of the {total:,} suppressed addresses match."
        else:
            shown = f"{count:,} suppressed addresses: no campaign is sent to them."
        if count > len(records):
            shown += (f" The newest {LIST_LIMIT:,} are shown (search to narrow down; Export "
                      "writes all).")
        self.suppressed_count.setText(shown)
        self.tabs.setTabText(1, f"Suppressed addresses ({total:,})")
        self._show_suppression(None)

    def load_runs(self) -> None:
        runs = bounces.list_runs()
        self.run_model.set_records(runs)
        fit_columns(self.run_view)
        mailbox = repo.load_mailbox()
        every = repo.load_setting(BounceSettings).collect_every_minutes
        next_at = runners.job_status(COLLECT_JOB).next_run_at
        self.schedule_label.setText(schedule_text(mailbox, every, runs[0] if runs else None,
                                                  next_at))
        self.run_details.clear()

    def selected(self, view: QTableView, proxy: QSortFilterProxyModel) -> int | None:
        rows = view.selectionModel().selectedRows()
        return proxy.mapToSource(rows[0]).row() if rows else None

    def selected_bounce(self) -> BounceRecord | None:
        row = self.selected(self.log_view, self.log_proxy)
        return None if row is None else self.log_model.record(row)

    def select_run(self, row: int) -> None:
        self.run_view.selectRow(self.run_proxy.mapFromSource(self.run_model.index(row, 0)).row())

    @Slot()
    def _on_filters_changed(self) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.apply_filters()

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.load_log()
        self.load_suppressed()

    @Slot(QItemSelection, QItemSelection)
    def _on_log_selection_changed(self, *_: object) -> None:
        self._show_bounce(self.selected_bounce())

    def _show_bounce(self, record: BounceRecord | None) -> None:
        suppressed = record is not None and suppressions.is_suppressed(record.email)
        if record is None:
            self.bounce_details.setHtml("<p>Select a bounce to see why it was decided as it "
                                        "was.</p>")
        else:
            self.bounce_details.setHtml(explain_bounce(record, suppressed))
        self.original_button.setEnabled(record is not None)
        self.undo_button.setEnabled(suppressed)

    @Slot(QItemSelection, QItemSelection)
    def _on_suppressed_selection_changed(self, *_: object) -> None:
        row = self.selected(self.suppressed_view, self.suppressed_proxy)
        self._show_suppression(row)

    def _show_suppression(self, row: int | None) -> None:
        self.unsuppress_button.setEnabled(row is not None)
        if row is None:
            self.history.setHtml("<p>Select an address to see why it is suppressed and its "
                                 "history.</p>")
            return
        record = self.suppression_model.record(row)
        self.history.setHtml(explain_suppression(record, suppressions.events(record.email)))

    @Slot(QItemSelection, QItemSelection)
    def _on_run_selection_changed(self, *_: object) -> None:
        row = self.selected(self.run_view, self.run_proxy)
        if row is None:
            self.run_details.clear()
        else:
            self.run_details.setPlainText(report_text(self.run_model.record(row)))

    @Slot()
    def _on_original_button_clicked(self) -> None:
        record = self.selected_bounce()
        raw = bounces.raw_message(record.message_id) if record is not None else None
        if record is None or raw is None:
            self.bounce_details.append("<p>The original message was not kept.</p>")
            return
        RawMessageDialog(f"Bounce for {record.email}", raw, self).exec()

    # --- un-suppressing ---------------------------------------------------------------------

    @Slot()
    def _on_unsuppress_button_clicked(self) -> None:
        row = self.selected(self.suppressed_view, self.suppressed_proxy)
        if row is not None:
            self.unsuppress(self.suppression_model.record(row).email)

    @Slot()
    def _on_undo_button_clicked(self) -> None:
        record = self.selected_bounce()
        if record is not None:
            self.unsuppress(record.email)

    def unsuppress(self, email: str) -> bool:
        """Ask, then take ``email`` off the suppressed list as the user; True when done."""
        record = suppressions.get(email)
        if record is None:
            self._say(f"{email} is not on the suppressed list.")
            return False
        dialog = UnsuppressDialog(record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        suppressions.unsuppress(email, actor="user", why=dialog.reason(),
                                at=self.services.clock.now())
        self._say(f"{email} is no longer suppressed: campaigns are sent to it again.")
        self.load_suppressed()
        self._show_bounce(self.selected_bounce())
        return True

    # --- exporting --------------------------------------------------------------------------

    @Slot()
    def _on_export_log_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export the bounce log", "bounces.csv",
                                              CSV_FILTER)
        if path:
            self.export_bounces(Path(path))

    @Slot()
    def _on_export_suppressed_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export the suppressed list",
                                              "suppressed.csv", CSV_FILTER)
        if path:
            self.export_suppressed(Path(path))

    def export_bounces(self, path: Path) -> int:
        """Every bounce matching the search and kind (not only the rows shown) to ``path``."""
        records = bounces.list_bounces(self.log_search.text(), self.kind_combo.currentData())
        return self._export(path, self.log_model, records, "bounces")

    def export_suppressed(self, path: Path) -> int:
        records = suppressions.list_suppressed(self.suppressed_search.text())
        return self._export(path, self.suppression_model, records, "suppressed addresses")

    def _export(self, path: Path, model: RecordTableModel[Any], records: Sequence[Any],
                what: str) -> int:
        try:
            write_csv(path, model.csv_header(), model.csv_rows(records))
        except OSError as exc:
            self._say(f"Could not write {path}: {exc.strerror or exc}", error=True)
            return 0
        self._say(f"Exported {len(records):,} {what} to {path}.")
        return len(records)

    # --- collecting -------------------------------------------------------------------------

    @Slot()
    def collect_now(self) -> None:
        if self._worker is not None:
            return
        mailbox = repo.load_mailbox()
        password, readiness = mailbox_password(mailbox, self.services.secrets)
        if password is None:
            self._say(mailbox_problem_words(readiness), error=True)
            return
        passwords = {mailbox.secret_key: password}
        clock = self.services.clock

        def job(token: CancelToken) -> Generator[Progress, None, dict[str, Any]]:
            # through the scheduler's job lock: never beside a scheduled or run-jobs run
            ctx = JobContext(clock=clock, passwords=passwords, token=token,
                             runner_id=new_runner_id("collect-now"))
            try:
                return (yield from run_now(COLLECT_JOB, ctx))
            except AlreadyRunning as exc:
                # not a failure: the mailbox is being read, by the scheduler or another window
                return {"skipped": str(exc)}

        self.report = None
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(True)
        self._say(f"Connecting to {mailbox.host}…")
        worker = EngineWorker(job)
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker
        self.runner.start(worker)
        self._update_buttons()

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._say("Stopping after the messages being read now are recorded…")

    @property
    def worker(self) -> EngineWorker | None:
        """The running collection, if any."""
        return self._worker

    @Slot(object)
    def _on_worker_progressed(self, progress: Progress) -> None:
        fraction = progress.fraction
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(fraction * 100))
        if progress.message and not (self._worker and self._worker.token.cancelled):
            self._say(progress.message)
        self.progressed.emit(progress)

    @Slot(object)
    def _on_worker_finished(self, summary: dict[str, Any]) -> None:
        self._done(100)
        self.report = summary
        if "skipped" in summary:
            self._say(str(summary["skipped"]))
        else:
            report = summary_report(summary)
            review = (f" {report.needs_review} bounces named no address of yours: see Needs "
                      "review." if report.needs_review else "")
            self._say(f"Done: {report.messages_read} messages read — {report.hard_bounces} hard "
                      f"and {report.soft_bounces} soft bounces, {report.complaints} complaints, "
                      f"{len(report.newly_suppressed)} addresses newly suppressed.{review}",
                      error=bool(report.errors))
        self._show_latest_run()

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._done(0)
        self._say(f"Bounces could not be collected: {message}", error=True)
        self._show_latest_run()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._done(0)
        self._say("Stopped. What was read so far is recorded; the other messages stay in the "
                  "mailbox for the next run.")
        self._show_latest_run()

    def _done(self, value: int) -> None:
        self._worker = None
        self.progress.setRange(0, 100)
        self.progress.setValue(value)
        self.progress.setTextVisible(value > 0)
        self._update_buttons()

    def _show_latest_run(self) -> None:
        self.refresh()
        if self.run_model.rowCount():
            self.tabs.setCurrentIndex(2)
            self.select_run(0)

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.runner.stop_all()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _update_buttons(self) -> None:
        running = self._worker is not None
        self.collect_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
