"""Jobs: each job's state, last run, next run and last error, with Run now / Pause / Resume.

The page reads ``engine.storage.runners`` on a timer, in a worker thread (on a distant
PostgreSQL a dozen queries a second would stall the window); the scheduler itself runs in a QThread
owned by the ``SchedulerController`` it shares with the Campaigns page. It starts when the user
sends something (Start sending, Send test, …) or, with "Run jobs while the window is open"
ticked, a moment after the window opens. Off by default: opening the window never contacts a
server by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.notes_words import note_words
from desktop.models.words import (
    JOB_STATES,
    next_run_words,
    result_words,
    service_lag_words,
    when,
)
from desktop.services import Services
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from desktop.workers.scheduler_worker import controller_for
from engine.clock import Clock, stored_now
from engine.scheduler.jobs import JOB_NAMES, JOBS
from engine.scheduler.status import JobFacts, ServiceLag, job_facts, unsubscribe_service_lag
from engine.storage import runners

__all__ = ["JOB_NAMES", "JobsPage", "read_statuses"]

SETTING = "jobs/run_in_window"
AUTOSTART_MS = 3000
REFRESH_MS = 1000
# The columns' keys (tests and the layout find a column by them); shown through translate.
COLUMNS = ("Job", "State", "Last run (UTC)", "Next run (UTC)", "Last result", "Last error")
HEADINGS = (
    QT_TRANSLATE_NOOP("jobs_page", "Job"),
    QT_TRANSLATE_NOOP("jobs_page", "State"),
    QT_TRANSLATE_NOOP("jobs_page", "Last run (UTC)"),
    QT_TRANSLATE_NOOP("jobs_page", "Next run (UTC)"),
    QT_TRANSLATE_NOOP("jobs_page", "Last result"),
    QT_TRANSLATE_NOOP("jobs_page", "Last error"),
)
# Each job's title in the reader's words, by the job's name (the engine's titles are English).
JOB_TITLES: dict[str, str] = {
    "generate_campaign_items": QT_TRANSLATE_NOOP(
        "jobs_page", "Generate campaign items"),
    "process_campaign_messages": QT_TRANSLATE_NOOP(
        "jobs_page", "Send campaign messages"),
    "process_outbound_email": QT_TRANSLATE_NOOP(
        "jobs_page", "Send single messages (tests, autoresponders)"),
    "mark_campaigns_completed": QT_TRANSLATE_NOOP(
        "jobs_page", "Mark campaigns completed"),
    "process_autoresponder_messages": QT_TRANSLATE_NOOP(
        "jobs_page", "Queue autoresponder messages"),
    "process_bounce_email": QT_TRANSLATE_NOOP("jobs_page", "Collect bounces"),
}


def heading_words(heading: str) -> str:
    return QCoreApplication.translate("jobs_page", heading)  # untranslated: marked in HEADINGS


def job_title_words(name: str, title: str) -> str:
    text = JOB_TITLES.get(name, title)
    return QCoreApplication.translate("jobs_page", text)  # untranslated: marked in JOB_TITLES


def job_state_words(state: str) -> str:
    text = JOB_STATES[state]
    return QCoreApplication.translate("words", text)  # untranslated: marked in words.JOB_STATES


@dataclass(frozen=True)
class JobsReading:
    facts: list[JobFacts]
    service_lag: ServiceLag | None


def read_statuses(clock: Clock) -> JobsReading:
    """The jobs' facts and the unsubscribe service's 48-hour clock; the page calls it in a
    worker thread (tests watch which)."""
    return JobsReading(job_facts(clock), unsubscribe_service_lag(clock))


class JobsPage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Jobs")
    section = QT_TRANSLATE_NOOP("pages", "Sending")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.scheduler = controller_for(services)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(translate("pages", "Jobs"))))
        intro = QLabel(translate(
            "jobs_page", "The jobs send campaigns and single messages, mark campaigns completed "
            "and collect bounces. They run here while the window is open; on a machine left on (or "
            "from cron / Task Scheduler) run <code>newsletter-desk run-jobs</code> instead."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.run_in_window = QCheckBox(translate("jobs_page", "Run jobs while the window is open"))
        self.run_in_window.setChecked(bool(QSettings().value(SETTING, False, type=bool)))
        self.run_in_window.toggled.connect(self._on_run_in_window_toggled)
        self.scheduler_label = QLabel()
        self.scheduler_label.setWordWrap(True)
        layout.addWidget(self.run_in_window)
        layout.addWidget(self.scheduler_label)
        self.service_warning = QLabel()
        self.service_warning.setWordWrap(True)
        self.service_warning.setObjectName("serviceWarning")
        self.service_warning.setStyleSheet("color: #9a4a00; font-weight: bold;")
        self.service_warning.hide()
        layout.addWidget(self.service_warning)
        self.table = QTableWidget(len(JOBS), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([heading_words(h) for h in HEADINGS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The result takes the room that is left (cut short, whole in its tooltip), so the
        # table only scrolls sideways when there is an error to read.
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("Last result"), QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.run_now_button = QPushButton(translate("jobs_page", "Run now"))
        self.pause_button = QPushButton(translate("jobs_page", "Pause"))
        self.resume_button = QPushButton(translate("jobs_page", "Resume"))
        for button, slot in ((self.run_now_button, self._on_run_now_clicked),
                             (self.pause_button, self._on_pause_clicked),
                             (self.resume_button, self._on_resume_clicked)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.scheduler.running_changed.connect(self._on_scheduler_running_changed)
        self.scheduler.failed.connect(self._on_scheduler_failed)
        self.runner = WorkerRunner(self)
        self._reading: EngineWorker | None = None
        self._read_again = False
        self._shut_down = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        runners.ensure_jobs([job.name for job in JOBS])
        if self.run_in_window.isChecked():
            QTimer.singleShot(AUTOSTART_MS, self, self._on_autostart)
        # the first picture complete, before any thread
        self.show_statuses(read_statuses(self.services.clock))

    def selected_job(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return JOBS[rows[0].row()].name if rows else None

    @Slot()
    def refresh(self) -> None:
        """Read the jobs' state in a worker thread; the table follows when it is read."""
        if self._shut_down:
            return
        if self._reading is not None:
            self._read_again = True  # after this read: it may predate a change just made
            return
        worker = EngineWorker(one_call(partial(read_statuses, self.services.clock)))
        worker.finished.connect(self._on_statuses_read)
        worker.failed.connect(self._on_statuses_failed)
        self._reading = self.runner.start(worker)

    @property
    def reading(self) -> bool:
        return self._reading is not None

    def shutdown(self) -> None:
        """Before the window closes: no new read, also not the one a read that ends now
        would ask for (its thread would outlive the window)."""
        self._shut_down = True
        self.timer.stop()

    @Slot(object)
    def _on_statuses_read(self, statuses: JobsReading) -> None:
        self._reading = None
        self.show_statuses(statuses)
        self._read_pending()

    @Slot(str)
    def _on_statuses_failed(self, message: str) -> None:
        self._reading = None
        self.scheduler_label.setText(translate(
            "jobs_page", "The jobs' state could not be read: {message}").format(message=message))
        self._read_pending()

    def _read_pending(self) -> None:
        if self._read_again:
            self._read_again = False
            self.refresh()

    def show_statuses(self, reading: JobsReading) -> None:
        warning = service_lag_words(reading.service_lag)
        self.service_warning.setText(warning)
        self.service_warning.setVisible(bool(warning))
        for row, fact in enumerate(reading.facts):
            status = fact.status
            cells = (job_title_words(fact.job.name, fact.job.title), job_state_words(fact.state),
                     when(status.last_run_at),
                     next_run_words(fact.next_run, fact.jobs_running),
                     result_words(status.last_summary), note_words(status.last_error))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._on_scheduler_running_changed(self.scheduler.running)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.isVisible():  # a hidden or closed page does not read the database
            self.refresh()

    @Slot()
    def _on_run_now_clicked(self) -> None:
        if (name := self.selected_job()) is not None:
            runners.run_now(name, stored_now(self.services.clock))
            self.scheduler.start()
            self.refresh()

    @Slot()
    def _on_pause_clicked(self) -> None:
        if (name := self.selected_job()) is not None:
            runners.set_paused(name, True)
            self.refresh()

    @Slot()
    def _on_resume_clicked(self) -> None:
        if (name := self.selected_job()) is not None:
            runners.set_paused(name, False)
            self.refresh()

    @Slot()
    def _on_autostart(self) -> None:
        # A window closed before the delay ran out must not start the scheduler behind it.
        if self.run_in_window.isChecked() and not self._shut_down:
            self.scheduler.start()

    @Slot(bool)
    def _on_run_in_window_toggled(self, checked: bool) -> None:
        QSettings().setValue(SETTING, checked)
        if checked:
            self.scheduler.start()
        else:
            self.scheduler.stop()

    @Slot(bool)
    def _on_scheduler_running_changed(self, running: bool) -> None:
        if running and not self.run_in_window.isChecked():
            # started by sending something or Run now: true, and not what the box says
            text = translate("jobs_page", "Jobs are running in this window because you sent "
                             "something or pressed Run now; they stop when the window closes. "
                             "Tick the box above to run them whenever the window is open.")
        elif running:
            text = translate("jobs_page", "Jobs are running in this window.")
        else:
            text = translate("jobs_page", "Jobs are not running in this window: they start when "
                             "you send something, or tick the box above to run them whenever "
                             "the window is open.")
        self.scheduler_label.setText(text)

    @Slot(str)
    def _on_scheduler_failed(self, message: str) -> None:
        self.scheduler_label.setText(
            translate("jobs_page", "The scheduler stopped: {message}").format(message=message))
