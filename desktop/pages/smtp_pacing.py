"""An SMTP profile's pace with each receiving provider, its warm-up plan and its send window.

The pace table sits on the *Sending rate* tab under the profile's own limits: one row a
provider (receivers.toml), its preset until the user types another figure; only the rows that
differ from the preset are saved (``SmtpProfile.provider_paces``), so a better preset in a
later version reaches every profile that kept the old one. The warm-up plan and the send
window have a tab of their own. Every figure shown here is the engine's; this module only
lays them out and reads them back.
"""

from __future__ import annotations

import dataclasses
import zoneinfo
from datetime import timedelta

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTime,
    QTimeZone,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import (
    QT_TRANSLATE_NOOP,
    format_date,
    format_number,
    translate,
    translate_marked,
)
from desktop.widgets.form import FormFields, help_label
from desktop.widgets.number_field import WholeNumberField
from engine import warmup_plans
from engine.clock import Clock, utc_now
from engine.config import ProviderPace, ProviderPaceSetting, SmtpProfile, time_zones
from engine.sending import warmup
from engine.sending.receivers import OTHER, ReceivingProvider, providers

CONTEXT = "smtp_pacing"
# The table's columns: the ProviderPace field each shows, its heading, its smallest value.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("per_minute", QT_TRANSLATE_NOOP("smtp_pacing", "A minute"), 0),
    ("per_hour", QT_TRANSLATE_NOOP("smtp_pacing", "An hour"), 0),
    ("connections", QT_TRANSLATE_NOOP("smtp_pacing", "Connections"), 1),
    ("per_connection", QT_TRANSLATE_NOOP("smtp_pacing", "Per connection"), 1),
)
FIELD_WORDS = {
    "per_minute": QT_TRANSLATE_NOOP("smtp_pacing", "messages a minute"),
    "per_hour": QT_TRANSLATE_NOOP("smtp_pacing", "messages an hour"),
    "connections": QT_TRANSLATE_NOOP("smtp_pacing", "connections"),
    "per_connection": QT_TRANSLATE_NOOP("smtp_pacing", "messages a connection"),
}
PLAN_CHOICES: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("smtp_pacing", "No warm-up: the daily rate from the first day")),
    ("new_ip", QT_TRANSLATE_NOOP(
        "smtp_pacing", "New sending IP: 50 on day 1, about doubling daily (15 days)")),
    ("new_domain", QT_TRANSLATE_NOOP(
        "smtp_pacing", "New domain: 50 on day 1, doubling every second day (21 days)")),
    (warmup_plans.CUSTOM, QT_TRANSLATE_NOOP("smtp_pacing", "My own ramp")),
)
_MOST = 10_000_000


def provider_name(provider: ReceivingProvider) -> str:
    # The providers' names are brands, said as they are; "other" is a word.
    if provider.id == OTHER:
        return translate("smtp_pacing", "Other providers")
    return provider.name


def _words(text: str) -> str:
    return translate_marked(CONTEXT, text) if text else ""


class _PaceDelegate(QStyledItemDelegate):
    """Whole numbers in the table's cells, 0 read as "no limit" in the minute and hour."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(COLUMNS[index.column() - 1][2], _MOST)
        editor.setGroupSeparatorShown(True)
        if COLUMNS[index.column() - 1][2] == 0:
            editor.setSpecialValueText(translate("smtp_pacing", "No limit"))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def displayText(self, value: object, locale: object) -> str:  # noqa: N802
        if isinstance(value, int):
            return format_number(value) if value else translate("smtp_pacing", "No limit")
        return str(value)


class ProviderPaceTable(QObject):
    """The table of paces, its Reset button and its row in ``form`` ("provider_paces")."""

    edited = Signal()

    def __init__(self, form: FormFields, parent: QWidget) -> None:
        super().__init__(parent)
        self._providers = providers()
        self.table = QTableWidget(len(self._providers), 1 + len(COLUMNS))
        self.table.setObjectName("providerPaces")
        self.table.setHorizontalHeaderLabels(
            [translate("smtp_pacing", "Receiving provider"),
             *(_words(heading) for _f, heading, _m in COLUMNS)])
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(_PaceDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # Five rows in view: the big four and a little more; the rest scroll, so the tab
        # fits the smallest window.
        self.table.setFixedHeight(header.sizeHint().height() + 5 * rows.defaultSectionSize() + 4)
        for row, provider in enumerate(self._providers):
            name = QTableWidgetItem(provider_name(provider))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, provider.id)
            self.table.setItem(row, 0, name)
            for column in range(1, 1 + len(COLUMNS)):
                self.table.setItem(row, column, QTableWidgetItem())
        self.reset_button = QPushButton(translate("smtp_pacing", "Use the &presets"))
        cell = QWidget()
        column_layout = QVBoxLayout(cell)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(help_label(translate(
            "smtp_pacing",
            "On top of the limits above. A provider that answers “too fast” is slowed down "
            "alone. Bold: your own figures.")), 1)
        buttons.addWidget(self.reset_button)
        column_layout.addLayout(buttons)
        form.add("provider_paces", translate("smtp_pacing", "Pace &with each provider"), cell)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)

    def load(self, profile: SmtpProfile) -> None:
        with QSignalBlocker(self.table):
            for row, provider in enumerate(self._providers):
                self._show_row(row, profile.own_pace(provider.id) or provider.pace)
        self._mark_own()

    def values(self) -> dict[str, object]:
        own: list[ProviderPaceSetting] = []
        for row, provider in enumerate(self._providers):
            figures = [int(self._cell(row, c).data(Qt.ItemDataRole.EditRole) or 0)
                       for c in range(1, 1 + len(COLUMNS))]
            pace = ProviderPace(*figures)
            if pace != provider.pace:
                own.append(ProviderPaceSetting(provider.id, *figures))
        return {"provider_paces": tuple(own)}

    def set_figures(self, provider: str, **figures: int) -> None:
        """Type figures into a provider's row, as the user would (tests, the pictures)."""
        row = next(r for r, p in enumerate(self._providers) if p.id == provider)
        for column, (field, _heading, _least) in enumerate(COLUMNS, start=1):
            if field in figures:
                self._cell(row, column).setData(Qt.ItemDataRole.EditRole, figures[field])

    def message(self, errors: dict[str, str]) -> str:
        """The table's refusals (in the reader's words already), one line each:
        "Yahoo / AOL, connections: This must be at least 1."."""
        names = {p.id: provider_name(p) for p in self._providers}
        lines = []
        for key, message in errors.items():
            _prefix, provider, field = key.split(".", 2)
            lines.append(translate("smtp_pacing", "{provider}, {what}: {message}").format(
                provider=names.get(provider, provider), what=_words(FIELD_WORDS.get(field, "")),
                message=message))
        return "\n".join(lines)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made with the table
        return item

    def _show_row(self, row: int, pace: ProviderPace) -> None:
        for column, (field, _heading, _least) in enumerate(COLUMNS, start=1):
            self._cell(row, column).setData(Qt.ItemDataRole.EditRole, getattr(pace, field))

    def _mark_own(self) -> None:
        with QSignalBlocker(self.table):
            for row, provider in enumerate(self._providers):
                for column, (field, _heading, _least) in enumerate(COLUMNS, start=1):
                    item = self._cell(row, column)
                    font = QFont(item.font())
                    own = item.data(Qt.ItemDataRole.EditRole) != getattr(provider.pace, field)
                    font.setBold(own)
                    item.setFont(font)
                    item.setToolTip(translate("smtp_pacing", "Preset: {figure}").format(
                        figure=format_number(getattr(provider.pace, field))) if own else "")

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._mark_own()
        self.edited.emit()

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        with QSignalBlocker(self.table):
            for row, provider in enumerate(self._providers):
                self._show_row(row, provider.pace)
        self._mark_own()
        self.edited.emit()


def local_zone() -> str:
    """This computer's time zone by its IANA name, the window's default."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        zoneinfo.ZoneInfo(name)  # one file read, not the whole database's listing
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


class WarmupWindowFields(QObject):
    """The *Warm-up and hours* tab: the plan, its first day and ramp, the send window."""

    edited = Signal()

    def __init__(self, form: FormFields, window_form: FormFields, tab: QVBoxLayout,
                 clock: Clock, parent: QWidget) -> None:
        super().__init__(parent)
        self._clock = clock
        self.plan_combo = QComboBox()
        for value, label in PLAN_CHOICES:
            self.plan_combo.addItem(_words(label), value)
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.setMaximumWidth(180)
        self.days_field = WholeNumberField(2, 365, suffix=translate("smtp_pacing", "days"))
        self.first_day_field = WholeNumberField(
            1, _MOST, suffix=translate("smtp_pacing", "messages"))
        self.ramp_label = QLabel()
        self.ramp_label.setObjectName("warmupToday")
        self.ramp_label.setWordWrap(True)
        form.add("warmup_plan", translate("smtp_pacing", "Warm-up &plan"), self.plan_combo,
                 translate("smtp_pacing",
                           "A new domain or IP starts slowly: receivers trust a sender they know. "
                           "Each day's figure caps the daily rate."))
        form.add("warmup_start", translate("smtp_pacing", "First da&y"), self.start_edit)
        form.add("warmup_days", translate("smtp_pacing", "Ra&mp length"), self.days_field)
        form.add("warmup_first_day", translate("smtp_pacing", "Messages &on day 1"),
                 self.first_day_field,
                 translate("smtp_pacing", "Grows by the same factor each day up to the daily "
                           "rate."))
        form.layout.addRow("", self.ramp_label)

        self.window_check = QCheckBox(translate("smtp_pacing", "Send only &between set hours"))
        self.from_edit = QTimeEdit()
        self.from_edit.setDisplayFormat("HH:mm")
        self.until_edit = QTimeEdit()
        self.until_edit.setDisplayFormat("HH:mm")
        hours = QWidget()
        hours_row = QHBoxLayout(hours)
        hours_row.setContentsMargins(0, 0, 0, 0)
        hours_row.addWidget(self.from_edit)
        # No Alt+letter of its own: the page has more fields than letters; Tab reaches it.
        hours_row.addWidget(QLabel(translate("smtp_pacing", "until")))
        hours_row.addWidget(self.until_edit)
        hours_row.addStretch(1)
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The zones are listed when the tab is first shown (fill_zones): reading the zone
        # database takes longer than building the rest of the window.
        completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        window_form.add("send_window", "", self.window_check, translate(
            "smtp_pacing", "Outside these hours messages wait; the forecast counts with it. "
            "A window may run past midnight, e.g. 22:00 until 06:00."))
        window_form.add("window_from", translate("smtp_pacing", "Ho&urs"), hours)
        window_form.widgets["window_from"] = self.from_edit
        window_form.labels["window_from"].setBuddy(self.from_edit)
        window_form.add("window_zone", translate("smtp_pacing", "Time &zone"), self.zone_combo,
                        translate("smtp_pacing", "Your readers' time zone, so mail does not "
                                  "arrive at night."))
        tab.addStretch(1)
        self._profile: SmtpProfile | None = None
        for signal in (self.plan_combo.currentIndexChanged, self.start_edit.dateChanged,
                       self.days_field.valueChanged, self.first_day_field.valueChanged,
                       self.window_check.toggled, self.from_edit.timeChanged,
                       self.until_edit.timeChanged, self.zone_combo.currentTextChanged):
            signal.connect(self._on_field_changed)
        self._form = form
        self._window_form = window_form

    def fill_zones(self) -> None:
        """List every time zone in the combo (once), keeping the one shown."""
        if self.zone_combo.count():
            return
        with QSignalBlocker(self.zone_combo):
            shown = self.zone_combo.currentText()
            self.zone_combo.addItems(sorted(time_zones()))
            self.zone_combo.setCurrentText(shown)

    @property
    def widgets(self) -> list[QWidget]:
        return [self.plan_combo, self.start_edit, self.days_field, self.first_day_field,
                self.window_check, self.from_edit, self.until_edit, self.zone_combo]

    def load(self, profile: SmtpProfile) -> None:
        self._profile = profile
        blockers = [QSignalBlocker(w) for w in self.widgets]
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(profile.warmup_plan)))
        start = QDate.fromString(profile.warmup_start, "yyyy-MM-dd")
        self.start_edit.setDate(start if start.isValid() else QDate.currentDate())
        self.days_field.setValue(profile.warmup_days)
        self.first_day_field.setValue(profile.warmup_first_day)
        self.window_check.setChecked(profile.send_window)
        self.from_edit.setTime(QTime.fromString(profile.window_from, "HH:mm"))
        self.until_edit.setTime(QTime.fromString(profile.window_until, "HH:mm"))
        zone = profile.window_zone if profile.send_window else local_zone()
        self.zone_combo.setCurrentText(zone)
        del blockers
        self._show_state()

    def values(self) -> dict[str, object]:
        plan = self.plan_combo.currentData()
        assert self._profile is not None
        stored = self._profile
        return {
            "warmup_plan": plan,
            # Left as stored while no plan is chosen: picking none must not look like an edit.
            "warmup_start": (self.start_edit.date().toString("yyyy-MM-dd") if plan
                             else stored.warmup_start),
            "warmup_days": self.days_field.value(),
            "warmup_first_day": self.first_day_field.value(),
            "send_window": self.window_check.isChecked(),
            "window_from": self.from_edit.time().toString("HH:mm"),
            "window_until": self.until_edit.time().toString("HH:mm"),
            "window_zone": (self.zone_combo.currentText().strip() if self.window_check.isChecked()
                            else stored.window_zone),
        }

    def _show_state(self) -> None:
        plan = self.plan_combo.currentData()
        custom = plan == warmup_plans.CUSTOM
        self.start_edit.setEnabled(bool(plan))
        for name in ("warmup_days", "warmup_first_day"):
            cell = self._form.widgets[name].parentWidget()
            assert cell is not None
            self._form.layout.setRowVisible(cell, custom)
        on = self.window_check.isChecked()
        for widget in (self.from_edit, self.until_edit, self.zone_combo):
            widget.setEnabled(on)
        self.ramp_label.setText(self._ramp_words())

    def _ramp_words(self) -> str:
        if not self.plan_combo.currentData() or self._profile is None:
            return ""
        chosen = dataclasses.replace(self._profile, **self.values())  # type: ignore[arg-type]
        today = utc_now(self._clock).date()
        now = warmup.standing(chosen, today)
        if now is None:
            figures = warmup.ramp(chosen)
            start = warmup.start_day(chosen)
            if not figures or start is None:
                return ""
            return translate("smtp_pacing", "Warmed up since {date}: the daily rate applies.") \
                .format(date=format_date(start + timedelta(days=len(figures))))
        if now.day == 0:
            return translate("smtp_pacing", "Starts {date}; until then messages a day at most: "
                             "{count}.").format(date=format_date(now.first_day),
                                                count=format_number(now.rate))
        return translate(
            "smtp_pacing",
            "Today is day {day} of {days}: up to {count} messages. The daily rate applies "
            "from {date}.").format(day=format_number(now.day), days=format_number(now.days),
                                   count=format_number(now.rate),
                                   date=format_date(now.last_day + timedelta(days=1)))

    @Slot()
    def _on_field_changed(self) -> None:
        self._show_state()
        self.edited.emit()
