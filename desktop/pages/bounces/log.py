"""The Bounces page's "Bounce log" tab: every recorded bounce, and why it was decided so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.raw_message_dialog import RawMessageDialog
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.bounce_log import BounceLogTableModel
from desktop.models.explain import explain_bounce
from desktop.pages.bounces import common
from desktop.widgets.record_table_view import details_pane, fit_columns, table_view
from engine.storage import bounces, suppressions
from engine.storage.bounces import BounceRecord

KIND_CHOICES = ((QT_TRANSLATE_NOOP("log", "All kinds"), ""),
                (QT_TRANSLATE_NOOP("log", "Hard bounces"), "hard"),
                (QT_TRANSLATE_NOOP("log", "Soft bounces"), "soft"),
                (QT_TRANSLATE_NOOP("log", "Spam complaints"), "complaint"))


def kind_choice_words(label: str) -> str:
    return QCoreApplication.translate("log", label)  # untranslated: marked in KIND_CHOICES


class BounceLogTab(common.SearchedListTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = BounceLogTableModel(self)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "log", "Search address, code, reason, campaign or server message"))
        self.search.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        for label, kind in KIND_CHOICES:
            self.kind_combo.addItem(kind_choice_words(label), kind)
        self.export_button = QPushButton(translate("log", "Export CSV…"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.view, self.proxy = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.details = details_pane()
        self.original_button = QPushButton(translate("log", "Show the original message…"))
        self.original_button.clicked.connect(self._on_original_button_clicked)
        self.undo_button = QPushButton(translate("log", "Un-suppress this address…"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.original_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(QLabel(translate("log", "<b>Why this was decided</b>")))
        details_layout.addWidget(self.details, 1)
        details_layout.addLayout(buttons)
        layout.addWidget(common.split(self.view, details), 1)
        self.watch(self.search.textChanged)
        self.watch(self.kind_combo.currentIndexChanged)

    def load(self) -> None:
        self.stop_waiting()
        limit = common.list_limit()
        records = bounces.list_bounces(self.search.text(), self.kind_combo.currentData(),
                                       limit=limit)
        self.model.set_records(records)
        fit_columns(self.view)
        shown = (translate("log", "%n bounce(s)", None, len(records)) if records
                 else translate("log", "No bounces recorded yet."))
        if len(records) >= limit:
            shown = translate("log", "The newest %n bounces (search to narrow down; Export "
                              "writes all)", None, limit)
        self.count.setText(shown)
        self.show_bounce(None)

    def selected(self) -> BounceRecord | None:
        row = common.selected_row(self.view, self.proxy)
        return None if row is None else self.model.record(row)

    def show_bounce(self, record: BounceRecord | None) -> None:
        suppressed = record is not None and suppressions.is_suppressed(record.email)
        if record is None:
            self.details.setHtml(
                translate("log", "<p>Select a bounce to see why it was decided as it was.</p>"))
        else:
            self.details.setHtml(explain_bounce(record, suppressed))
        self.original_button.setEnabled(record is not None)
        self.undo_button.setEnabled(suppressed)

    def export(self, path: Path) -> int:
        """Every bounce matching the search and kind (not only the rows shown) to ``path``."""
        records = bounces.list_bounces(self.search.text(), self.kind_combo.currentData())
        return self.write(path, records, translate(
            "log", "Exported %n bounce(s) to {path}.", None, len(records)))

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, *_: object) -> None:
        self.show_bounce(self.selected())

    @Slot()
    def _on_original_button_clicked(self) -> None:
        record = self.selected()
        raw = bounces.raw_message(record.message_id) if record is not None else None
        if record is None or raw is None:
            self.details.append(translate("log", "<p>The original message was not kept.</p>"))
            return
        RawMessageDialog(translate("log", "Bounce for {address}").format(address=record.email),
                         raw, self).exec()

    @Slot()
    def _on_undo_button_clicked(self) -> None:
        record = self.selected()
        if record is not None:
            self.unsuppress_requested.emit(record.email)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.ask_export(translate("log", "Export the bounce log"),
                        translate("log", "bounces.csv"))
