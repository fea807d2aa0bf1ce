"""Bounces: collect now, the run reports, the bounce log and the suppressed list.

Every decision shown here was made by the engine and stored with its reason; the page reads
it through ``engine.storage`` (dataclasses into table models), runs the engine's collection in
an ``EngineWorker`` (``run_now``, under the scheduler's lock) and writes only through
``suppressions.unsuppress``. Each tab is a module of its own; this one holds Collect now and
what the tabs share (the status line, un-suppressing).
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.unsuppress_dialog import UnsuppressDialog
from desktop.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.models.notes_words import progress_words
from desktop.models.runs import summary_report
from desktop.models.words import RUN_STATES, local, mailbox_problem_words, words
from desktop.pages.bounces.log import BounceLogTab
from desktop.pages.bounces.review import BounceReviewTab
from desktop.pages.bounces.runs import RunsTab
from desktop.pages.bounces.suppressed import SuppressedTab
from desktop.services import Services
from desktop.workers.engine_worker import EngineWorker, WorkerRunner
from engine.config import BounceMailbox, BounceSettings
from engine.jobs import CancelToken, JobContext, Progress, new_runner_id
from engine.scheduler.run_now import AlreadyRunning, run_now
from engine.scheduler.status import mailbox_password, mailbox_readiness
from engine.storage import repo, runners, suppressions
from engine.storage.bounces import COLLECT_JOB, BounceRecord, RunRecord

ERROR_STYLE = "color: #a40000;"


def schedule_text(mailbox: BounceMailbox, every_minutes: int, last: RunRecord | None,
                  next_at: datetime | None) -> str:
    """'Last run … · Next run …' in one line."""
    last_text = (translate("page", "never") if last is None
                 else translate("page", "{when} ({state})").format(
                     when=local(last.started_at), state=words(RUN_STATES, last.state).lower()))
    if not mailbox_readiness(mailbox).ready:
        next_text = translate("page", "none until the bounce mailbox is set up")
    else:
        due = next_at or (last.started_at + timedelta(minutes=every_minutes) if last else None)
        if due is None:
            next_text = translate("page", "not scheduled yet; press Collect now to read the "
                                  "mailbox")
        else:
            next_text = translate("page", "about {when} (bounces are collected every %n "
                                  "minute(s))", None, every_minutes).format(when=local(due))
    return translate("page", "Last run: {last}   ·   Next run: {next}").format(
        last=last_text, next=next_text)



class BouncesPage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Bounces")
    section = QT_TRANSLATE_NOOP("pages", "Lists")

    progressed = Signal(object)  # each Progress of "Collect now", after the bar shows it

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = WorkerRunner(self)
        self.report: dict[str, Any] | None = None  # the last "Collect now" run's summary
        self._worker: EngineWorker | None = None
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
        layout.addWidget(QLabel("<h2>{}</h2>".format(translate("pages", "Bounces"))))
        intro = QLabel(translate(
            "page", "Mail that could not be delivered comes back to your bounce mailbox. "
            "Newsletter Desk reads it, records each bounce with its reason, and stops sending to "
            "addresses that keep bouncing or complained: they go on the suppressed list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._collect_box())
        self.log_tab = BounceLogTab()
        self.suppressed_tab = SuppressedTab()
        self.runs_tab = RunsTab()
        self.review_tab = BounceReviewTab(services, self.runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.log_tab, translate("page", "Bounce log"))
        self.suppressed_index = self.tabs.addTab(self.suppressed_tab,
                                                 translate("page", "Suppressed addresses"))
        self.tabs.addTab(self.runs_tab, translate("page", "Collection runs"))
        self.review_index = self.tabs.addTab(self.review_tab, translate("page", "Needs review"))
        layout.addWidget(self.tabs, 1)
        for tab in (self.log_tab, self.suppressed_tab):
            tab.said.connect(self._on_tab_said)
            tab.unsuppress_requested.connect(self._on_tab_unsuppress_requested)
        self.suppressed_tab.counted.connect(self._on_suppressed_tab_counted)
        self.review_tab.settled.connect(self._on_review_tab_settled)
        self.review_tab.failed.connect(self._on_review_tab_failed)
        self._name_the_tabs_parts()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)
        self.refresh()
        self._update_buttons()

    def _name_the_tabs_parts(self) -> None:
        # the names the page's callers (tests, screenshots) have always used
        log, suppressed, runs = self.log_tab, self.suppressed_tab, self.runs_tab
        self.log_model, self.log_view, self.log_proxy = log.model, log.view, log.proxy
        self.log_search, self.kind_combo, self.log_count = log.search, log.kind_combo, log.count
        self.bounce_details, self.undo_button = log.details, log.undo_button
        self.original_button = log.original_button
        self.suppression_model, self.suppressed_view = suppressed.model, suppressed.view
        self.suppressed_proxy, self.suppressed_search = suppressed.proxy, suppressed.search
        self.suppressed_count, self.history = suppressed.count, suppressed.history
        self.unsuppress_button = suppressed.unsuppress_button
        self.run_model, self.run_view, self.run_details = runs.model, runs.view, runs.details

    # --- building -------------------------------------------------------------------------

    def _collect_box(self) -> QGroupBox:
        box = QGroupBox(translate("page", "Collecting bounces"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.collect_button = QPushButton(translate("page", "Collect now"))
        self.collect_button.setToolTip(translate("page", "Read the bounce mailbox now instead of "
                                                 "waiting for the next scheduled run."))
        self.collect_button.clicked.connect(self.collect_now)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # "0%" while idle reads like a stuck run
        self.cancel_button = QPushButton(translate("page", "Cancel"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))  # only while collecting
        self.cancel_button.setToolTip(translate("page", "Stop collecting (Esc)"))
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

    # --- showing what is stored -----------------------------------------------------------

    def show_target(self, _campaign_id: int | None, tab: str = "") -> None:
        """Another page points here (the Overview): ``tab="review"`` opens Needs review."""
        if tab == "review":
            self.tabs.setCurrentIndex(self.review_index)

    def refresh(self) -> None:
        self.log_tab.load()
        self.suppressed_tab.load()
        self.load_runs()
        self.load_reviews()

    def apply_filters(self) -> None:
        """The searches now, without waiting for the typing to pause."""
        self.log_tab.load()
        self.suppressed_tab.load()

    def load_reviews(self) -> None:
        count = self.review_tab.load()
        self.tabs.setTabText(self.review_index,
                             translate("page", "Needs review ({count})").format(
                                 count=format_number(count)) if count
                             else translate("page", "Needs review"))

    def load_runs(self) -> None:
        runs = self.runs_tab.load()
        mailbox = repo.load_mailbox()
        every = repo.load_setting(BounceSettings).collect_every_minutes
        next_at = runners.job_status(COLLECT_JOB).next_run_at
        self.schedule_label.setText(schedule_text(mailbox, every, runs[0] if runs else None,
                                                  next_at))

    def selected_bounce(self) -> BounceRecord | None:
        return self.log_tab.selected()

    def export_bounces(self, path: Path) -> int:
        return self.log_tab.export(path)

    def export_suppressed(self, path: Path) -> int:
        return self.suppressed_tab.export(path)

    @Slot(int)
    def _on_suppressed_tab_counted(self, total: int) -> None:
        self.tabs.setTabText(self.suppressed_index, translate(
            "page", "Suppressed addresses ({count})").format(count=format_number(total)))

    @Slot(str)
    def _on_review_tab_settled(self, text: str) -> None:
        self._say(text)
        self.refresh()

    @Slot(str)
    def _on_review_tab_failed(self, text: str) -> None:
        self._say(translate("page", "That could not be saved: {reason}").format(reason=text),
                  error=True)
        self.load_reviews()

    @Slot(str, bool)
    def _on_tab_said(self, text: str, error: bool) -> None:
        self._say(text, error=error)

    # --- un-suppressing ---------------------------------------------------------------------

    @Slot(str)
    def _on_tab_unsuppress_requested(self, email: str) -> None:
        self.unsuppress(email)

    def unsuppress(self, email: str) -> bool:
        """Ask, then take ``email`` off the suppressed list as the user; True when done."""
        record = suppressions.get(email)
        if record is None:
            self._say(translate("page", "{address} is not on the suppressed list.").format(
                address=email))
            return False
        dialog = UnsuppressDialog(record, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        suppressions.unsuppress(email, actor="user", why=dialog.reason(),
                                at=self.services.clock.now())
        self._say(translate("page", "{address} is no longer suppressed: campaigns are sent to "
                            "it again.").format(address=email))
        self.suppressed_tab.load()
        self.log_tab.show_bounce(self.log_tab.selected())
        return True

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
        self._say(translate("page", "Connecting to {host}…").format(host=mailbox.host))
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
            self._say(translate("page", "Stopping after the messages being read now are "
                                "recorded…"))

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
        said = progress_words(progress)
        if said and not (self._worker and self._worker.token.cancelled):
            self._say(said)
        self.progressed.emit(progress)

    @Slot(object)
    def _on_worker_finished(self, summary: dict[str, Any]) -> None:
        self._done(100)
        self.report = summary
        if "skipped" in summary:
            self._say(str(summary["skipped"]))
        else:
            report = summary_report(summary)
            done = translate(
                "page", "Done: %n message(s) read — {hard} hard and {soft} soft bounces, "
                "{complaints} complaints, {suppressed} addresses newly suppressed.", None,
                report.messages_read).format(
                hard=format_number(report.hard_bounces), soft=format_number(report.soft_bounces),
                complaints=format_number(report.complaints),
                suppressed=format_number(len(report.newly_suppressed)))
            if report.needs_review:
                done = translate("page", "{done} %n bounce(s) named no address of yours: see "
                                 "Needs review.", None, report.needs_review).format(done=done)
            self._say(done, error=bool(report.errors))
        self._show_latest_run()

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._done(0)
        self._say(translate("page", "Bounces could not be collected: {reason}").format(
            reason=message), error=True)
        self._show_latest_run()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._done(0)
        self._say(translate("page", "Stopped. What was read so far is recorded; the other "
                            "messages stay in the mailbox for the next run."))
        self._show_latest_run()

    def _done(self, value: int) -> None:
        self._worker = None
        self.progress.setRange(0, 100)
        self.progress.setValue(value)
        self.progress.setTextVisible(value > 0)
        self._update_buttons()

    def _show_latest_run(self) -> None:
        self.refresh()
        if self.runs_tab.model.rowCount():
            self.tabs.setCurrentIndex(self.tabs.indexOf(self.runs_tab))
            self.runs_tab.select(0)

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
