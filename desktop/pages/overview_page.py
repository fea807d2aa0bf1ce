"""Overview: the first page at start. What is being sent and what comes next, the list's
health (bounce and complaint rates of recent campaigns, suppressed and unsubscribed addresses
over time), the jobs' next runs, and what needs the user.

The figures are the engine's (``engine.storage.overview``, the jobs' ``job_facts``), read in a
worker thread when the page is shown and every few seconds while it is visible; a read never
waits behind another (a timer tick during a slow read is skipped), so a distant database or a
big send cannot pile reads up. Passwords are looked up in the keyring on the window's thread
(the keyring's rule), only when the page is shown or the set of passwords changes.

Every row opens the page that deals with it: ``open_requested(title, campaign id or -1, tab)``,
which the main window follows (``MainWindow.open``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import overview_words as words
from desktop.services import Services
from desktop.widgets.complaint_bar import LEVEL_COLOURS
from desktop.widgets.rate_chart import RateChartWidget, RateColumn, RateLine
from desktop.widgets.trend_chart import TrendChartWidget, TrendSeries
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from engine.clock import Clock, stored_now
from engine.config import GMAIL_LIMIT_PERCENT, GMAIL_WARNING_PERCENT
from engine.scheduler.status import JobFacts, job_facts
from engine.storage import campaign_states as states
from engine.storage.overview import (
    Attention,
    CampaignHealth,
    Overview,
    SecretNeed,
    missing_secrets,
    read_overview,
)

REFRESH_MS = 5000
# Wider than this, the page sets its sections in two columns: one column across 1,700
# pixels puts a sentence's end a head-turn from its start, and the charts grow too flat.
TWO_COLUMNS_FROM = 1300
BOUNCE_COLOUR = "#3465a4"
# A bounce chart's scale reaches at least 1%, so a campaign at 0.05% looks as small as it is.
BOUNCE_SCALE = 0.01
COMPLAINT_SCALE = GMAIL_LIMIT_PERCENT / 100 * 1.4


@dataclass(frozen=True)
class OverviewReading:
    overview: Overview
    jobs: list[JobFacts]


def read_figures(clock: Clock) -> OverviewReading:
    """Everything the page shows but the keyring's answers; in a worker thread."""
    return OverviewReading(read_overview(stored_now(clock)), job_facts(clock))


def complaint_colour(fraction: float) -> str:
    percent = 100 * fraction
    level = ("harmful" if percent >= GMAIL_LIMIT_PERCENT
             else "watch" if percent >= GMAIL_WARNING_PERCENT else "fine")
    return LEVEL_COLOURS[level]


class ItemRow(QFrame):
    """A sentence (wrapped) and an Open button; a click anywhere on the row opens too."""

    opened = Signal()

    def __init__(self, text: str, extra: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        if extra is not None:
            row.addWidget(extra, 1)
        self.button = QPushButton(translate("overview_page", "Open"))
        self.button.setAccessibleName(text)
        self.button.clicked.connect(self.opened)
        row.addWidget(self.button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.opened.emit()
        super().mouseReleaseEvent(event)


class Section(QFrame):
    """A heading and its rows, refilled at each read."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{heading}</b>")
        layout.addWidget(title)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def clear(self) -> None:
        _clear(self.rows)

    def add(self, widget: QWidget) -> None:
        """A widget that stays (a chart): above the rows refilled at each read."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, widget)


def rows_of(section: Section) -> list[ItemRow]:
    """The section's rows, top to bottom."""
    found = []
    for n in range(section.rows.count()):
        item = section.rows.itemAt(n)
        widget = item.widget() if item is not None else None
        if isinstance(widget, ItemRow):
            found.append(widget)
    return found


def _clear_layout(layout: QLayout) -> None:
    """Take every item out of ``layout``, keeping its widgets (they are placed again)."""
    while layout.takeAt(0) is not None:
        pass


def _clear(layout: QLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # gone from the page now, deleted once its events are
            widget.deleteLater()


class OverviewPage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Overview")
    # the page to open (English title), the campaign to select there (-1: none), the tab
    open_requested = Signal(str, int, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel("<h2>{}</h2>".format(translate("overview_page", "Overview"))))
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        columns = self._columns_box = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        # two columns of their own: a grid's rows would make the left column's sections as
        # tall as the charts beside them
        self.columns = (QVBoxLayout(), QVBoxLayout())
        for column in self.columns:
            columns.addLayout(column, 1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        self.attention = Section(translate("overview_page", "Needs your attention"))
        self.sending = Section(translate("overview_page", "Sending now"))
        self.scheduled = Section(translate("overview_page", "Scheduled"))
        self.job_runs = Section(translate("overview_page", "Next job runs"))
        self.health = Section(translate("overview_page", "Recent campaigns"))
        self.trend = Section(translate("overview_page", "Your list, last 30 days"))
        self.bounce_chart = RateChartWidget(BOUNCE_SCALE)
        self.bounce_chart.setObjectName("bounceChart")
        self.complaint_chart = RateChartWidget(COMPLAINT_SCALE)
        self.complaint_chart.setObjectName("complaintChart")
        self.health_note = QLabel()
        self.health_note.setWordWrap(True)
        for heading, chart in ((translate("overview_page", "Bounce rate: recipients who "
                                          "bounced among those sent to"), self.bounce_chart),
                               (translate("overview_page", "Complaint rate: recipients who "
                                          "reported spam. Gmail wants it below 0.1% and "
                                          "refuses mail from 0.3%."), self.complaint_chart)):
            label = QLabel(heading)
            label.setWordWrap(True)
            self.health.add(label)
            self.health.add(chart)
            chart.activated.connect(self._on_chart_activated)
        self.health.add(self.health_note)
        self.trend_chart = TrendChartWidget()
        self.trend.rows.addWidget(self.trend_chart)
        self._two_columns: bool | None = None
        self._place_sections()
        self._health: list[CampaignHealth] = []
        self._shown: dict[str, object] = {}  # the parts of the reading shown, to compare
        self._stored_attention: list[Attention] = []
        self._secret_gaps: list[Attention] = []
        self._needs_checked: list[SecretNeed] | None = None
        self._check_secrets = True
        self.runner = WorkerRunner(self)
        self._reading: EngineWorker | None = None
        self.reads_started = 0  # the reads begun, for the tests of piling up
        self._shut_down = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    # -- reading ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the figures again, the keyring too (the page was shown, or asked to)."""
        self._check_secrets = True
        self.load()

    def load(self) -> None:
        if self._shut_down or self._reading is not None:
            return  # the read under way will show the figures; another would only queue up
        worker = EngineWorker(one_call(partial(read_figures, self.services.clock)))
        worker.finished.connect(self._on_figures_read)
        worker.failed.connect(self._on_figures_failed)
        self.reads_started += 1
        self._reading = self.runner.start(worker)

    @property
    def reading(self) -> bool:
        return self._reading is not None

    def shutdown(self) -> None:
        self._shut_down = True
        self.timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self.load()

    @Slot(object)
    def _on_figures_read(self, reading: OverviewReading) -> None:
        self._reading = None
        needs = reading.overview.secret_needs
        if self._check_secrets or needs != self._needs_checked:
            self._secret_gaps = missing_secrets(needs, self.services.secrets)
            self._needs_checked, self._check_secrets = needs, False
        self.show_figures(reading)

    @Slot(str)
    def _on_figures_failed(self, message: str) -> None:
        self._reading = None
        self._shown.pop("attention", None)  # the next reading shows its items again
        self.attention.clear()
        label = QLabel(translate("overview_page",
                                 "The figures could not be read: {error}").format(error=message))
        label.setWordWrap(True)
        self.attention.rows.addWidget(label)

    # -- showing ----------------------------------------------------------------------------

    def show_figures(self, reading: OverviewReading) -> None:
        """Show what changed since the last reading: during a send only the progress bars
        move, and rebuilding every row each time costs the window's thread for nothing."""
        overview = reading.overview
        attention = overview.attention + self._secret_gaps
        runs = [(f.job.name, f.next_run, f.jobs_running) for f in reading.jobs]
        parts: dict[str, object] = {
            "attention": attention, "sending": [c.campaign_id for c in overview.sending],
            "scheduled": overview.scheduled, "health": overview.health,
            "trend": overview.trend, "runs": runs}
        shown = {name: part != self._shown.get(name) for name, part in parts.items()}
        self._shown = parts
        if shown["attention"]:
            self._show_attention(attention)
        if shown["sending"]:
            self._show_sending(overview)
        else:
            self._update_progress(overview)
        if shown["scheduled"]:
            self._show_scheduled(overview)
        if shown["health"]:
            self._show_health(overview.health)
        if shown["trend"]:
            self._show_trend(overview)
        if shown["runs"]:
            self._show_job_runs(reading.jobs)

    def _add_row(self, section: Section, text: str, title: str, campaign_id: int = -1,
                 tab: str = "", extra: QWidget | None = None) -> ItemRow:
        row = ItemRow(text, extra)
        row.opened.connect(partial(self.open_requested.emit, title, campaign_id, tab))
        section.rows.addWidget(row)
        return row

    def _empty(self, section: Section, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        section.rows.addWidget(label)

    def _show_attention(self, items: list[Attention]) -> None:
        self.attention.clear()
        if not items:
            self._empty(self.attention, translate("overview_page",
                                                  "Nothing needs your attention."))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for item in items:
            tab = "review" if item.code == "reviews_waiting" else ""
            row = self._add_row(self.attention, words.attention_words(item), item.page,
                                item.campaign_id if item.campaign_id is not None else -1, tab)
            row.setObjectName(f"attention_{item.code}")
            row.button.setIcon(icon)

    def _show_sending(self, overview: Overview) -> None:
        self.sending.clear()
        if not overview.sending:
            self._empty(self.sending, translate("overview_page", "No campaign is being sent."))
        for campaign in overview.sending:
            bar = QProgressBar()
            bar.setRange(0, max(1, campaign.total))
            bar.setValue(campaign.done)
            bar.setFormat(words.sending_words(campaign))
            bar.setTextVisible(True)
            self._add_row(self.sending, campaign.name, "Campaigns", campaign.campaign_id,
                          "send", bar)

    def _update_progress(self, overview: Overview) -> None:
        """The same campaigns as shown: their bars move, their rows stay."""
        for row, campaign in zip(rows_of(self.sending), overview.sending, strict=False):
            bar = row.findChild(QProgressBar)
            if bar is not None:
                bar.setRange(0, max(1, campaign.total))
                bar.setValue(campaign.done)
                bar.setFormat(words.sending_words(campaign))

    def _show_scheduled(self, overview: Overview) -> None:
        self.scheduled.clear()
        if not overview.scheduled:
            self._empty(self.scheduled, translate("overview_page",
                                                  "No campaign is scheduled."))
        for campaign in overview.scheduled:
            self._add_row(self.scheduled, words.scheduled_words(campaign.name, campaign.at),
                          "Campaigns", campaign.campaign_id, "send")

    def _show_health(self, health: list[CampaignHealth]) -> None:
        self._health = health
        self.bounce_chart.set_data(
            [RateColumn(h.name, h.bounce_rate, BOUNCE_COLOUR, words.bounce_words(h))
             for h in health], [])
        self.complaint_chart.set_data(
            [RateColumn(h.name, h.complaint_rate, complaint_colour(h.complaint_rate),
                        words.complaint_words(h)) for h in health],
            [RateLine(GMAIL_WARNING_PERCENT / 100,
                      translate("overview_page", "0.1%: Gmail's warning line")),
             RateLine(GMAIL_LIMIT_PERCENT / 100,
                      translate("overview_page", "0.3%: Gmail refuses mail"))])
        self.health_note.setText(
            translate("overview_page", "No campaign has been sent yet.") if not health else
            translate("overview_page", "Click a column to open that campaign."))

    def _show_trend(self, overview: Overview) -> None:
        trend = overview.trend
        latest_suppressed = trend.suppressed[-1] if trend.suppressed else 0
        latest_unsubscribed = trend.unsubscribed[-1] if trend.unsubscribed else 0
        self.trend_chart.set_data(
            [TrendSeries(words.trend_name("suppressed", latest_suppressed), trend.suppressed,
                         LEVEL_COLOURS["harmful"]),
             TrendSeries(words.trend_name("unsubscribed", latest_unsubscribed),
                         trend.unsubscribed, LEVEL_COLOURS["watch"])],
            words.day_words(trend.days[0]) if trend.days else "",
            words.day_words(trend.days[-1]) if trend.days else "",
            words.trend_description(len(trend.days), trend.suppressed, trend.unsubscribed))

    def _show_job_runs(self, jobs: list[JobFacts]) -> None:
        self.job_runs.clear()
        for fact in jobs:
            row = self._add_row(self.job_runs, words.job_run_words(fact), "Jobs")
            row.setObjectName(f"job_{fact.job.name}")

    @Slot(int)
    def _on_chart_activated(self, index: int) -> None:
        if 0 <= index < len(self._health):
            health = self._health[index]
            tab = "report" if health.status == states.COMPLETED else "send"
            self.open_requested.emit("Campaigns", health.campaign_id, tab)

    # -- layout -----------------------------------------------------------------------------

    def _place_sections(self) -> None:
        two = self.width() >= TWO_COLUMNS_FROM
        if two == self._two_columns:
            return
        self._two_columns = two
        left = (self.attention, self.sending, self.scheduled, self.job_runs)
        right = (self.health, self.trend)
        for column in self.columns:
            _clear_layout(column)
        placed = (left, right) if two else ((*left[:3], *right, left[3]), ())
        self._columns_box.setStretch(1, 1 if two else 0)
        for column, sections in zip(self.columns, placed, strict=True):
            for section in sections:
                column.addWidget(section)
            column.addStretch(1)  # the sections take their height, the rest stays below

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_sections()
