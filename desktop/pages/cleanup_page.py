"""Offline list cleanup: choose a list and bounce files, map the columns, clean, see the summary.

The page only gathers choices into a ``CleanupSpec``; the engine's ``clean`` generator does the
work in an ``EngineWorker`` off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.models.notes_words import progress_words
from desktop.models.table_words import (
    cleanup_report_words,
    disposable_words,
    format_words,
    reason_words,
)
from desktop.services import Services
from desktop.widgets.bar_chart import BarChartWidget
from desktop.workers.engine_worker import EngineWorker, WorkerRunner
from engine.cleanup.columns import ColumnMapping, column_names, guess_mapping
from engine.cleanup.job import CleanupOptions, CleanupSpec, clean
from engine.cleanup.report import REASONS, CleanupReport
from engine.errors import EngineError
from engine.jobs import CancelToken, Progress
from engine.storage import repo

PREVIEW_ROWS = 8
KEPT_COLOUR = "#2e7d32"
REMOVED_COLOUR = "#c62828"
FLAGGED_COLOUR = "#ef6c00"
class CleanupPage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Clean a list")
    section = QT_TRANSLATE_NOOP("pages", "Lists")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = WorkerRunner(self)
        self.mapping: ColumnMapping | None = None
        self.report: CleanupReport | None = None
        self._worker: EngineWorker | None = None
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.scroll_area = scroll  # the screenshot tool scrolls long pages through it
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout.addWidget(QLabel("<h2>{}</h2>".format(translate("pages", "Clean a list"))))
        intro = QLabel(translate(
            "cleanup_page", "Check a spreadsheet of addresses without going online: invalid, "
            "duplicate, bounced, suppressed and unsubscribed addresses are taken out. You get a "
            "cleaned copy and a file of the removed rows with the reason for each; your file is "
            "never changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._files_box())
        layout.addWidget(self._columns_box())
        layout.addWidget(self._options_box())
        layout.addLayout(self._run_row())
        layout.addWidget(self._summary_box())
        layout.addStretch(1)
        self._update_buttons()

    # --- building -------------------------------------------------------------------------

    def _files_box(self) -> QGroupBox:
        box = QGroupBox(translate("cleanup_page", "1. Files"))
        form = QFormLayout(box)
        self.list_path = QLineEdit()
        self.list_path.setReadOnly(True)
        self.list_path.setPlaceholderText(
            translate("cleanup_page", "A CSV, TSV or Excel (.xlsx) file of addresses"))
        choose = QPushButton(translate("cleanup_page", "Choose list…"))
        choose.clicked.connect(self._on_choose_clicked)
        row = QHBoxLayout()
        row.addWidget(self.list_path, 1)
        row.addWidget(choose)
        list_label = QLabel(translate("cleanup_page", "&List file:"))
        list_label.setBuddy(self.list_path)
        form.addRow(list_label, row)
        self.bounce_list = QListWidget()
        self.bounce_list.setMaximumHeight(90)
        add_files = QPushButton(translate("cleanup_page", "Add files…"))
        add_files.clicked.connect(self._on_add_files_clicked)
        add_folder = QPushButton(translate("cleanup_page", "Add folder…"))
        add_folder.clicked.connect(self._on_add_folder_clicked)
        self.remove_bounce = QPushButton(translate("cleanup_page", "Remove"))
        self.remove_bounce.clicked.connect(self._on_remove_bounce_clicked)
        buttons = QHBoxLayout()
        for button in (add_files, add_folder, self.remove_bounce):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bounces = QVBoxLayout()
        bounces.addWidget(self.bounce_list)
        bounces.addLayout(buttons)
        hint = QLabel(translate("cleanup_page", "Optional: bounced mail exported from your "
                                "mail program (.eml files, a folder of them, or an .mbox file)."))
        hint.setWordWrap(True)
        bounces.addWidget(hint)
        bounces_label = QLabel(translate("cleanup_page", "&Bounce files:"))
        bounces_label.setBuddy(self.bounce_list)
        form.addRow(bounces_label, bounces)
        return box

    def _columns_box(self) -> QGroupBox:
        box = QGroupBox(translate("cleanup_page", "2. Columns"))
        form = QFormLayout(box)
        self.format_label = QLabel(translate("cleanup_page", "Choose a list file first."))
        self.format_label.setWordWrap(True)
        form.addRow(translate("cleanup_page", "File:"), self.format_label)
        self.has_header = QCheckBox(translate("cleanup_page", "The first row holds column &names"))
        self.has_header.toggled.connect(self._on_has_header_toggled)
        form.addRow("", self.has_header)
        self.address_column = QComboBox()
        form.addRow(translate("cleanup_page", "Addresses are &in:"), self.address_column)
        self.preview = QTableWidget()
        self.preview.setMaximumHeight(200)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        form.addRow(translate("cleanup_page", "First rows:"), self.preview)
        return box

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(translate("cleanup_page", "3. What to remove and save"))
        form = QFormLayout(box)
        self.remove_typos = QCheckBox(translate(
            "cleanup_page", "Likely &typos of big providers (gmial.com → gmail.com); the "
            "suggestion is listed, never applied"))
        self.remove_disposable = QCheckBox(translate("cleanup_page", "Thro&waway-address domains"))
        self.remove_disposable.setToolTip(
            translate("cleanup_page", "List: {source}").format(source=disposable_words()))
        self.remove_role = QCheckBox(translate("cleanup_page",
                                               "R&ole accounts (info@, admin@, sales@ …)"))
        for label, check in ((translate("cleanup_page", "Also remove:"), self.remove_typos),
                             ("", self.remove_disposable), ("", self.remove_role)):
            check.setChecked(True)
            form.addRow(label, check)
        source = QLabel(translate("cleanup_page", "Throwaway domains from {source}.")
                        .format(source=disposable_words()))
        source.setWordWrap(True)
        source.setStyleSheet("color: palette(mid);")
        form.addRow("", source)
        self.soft_threshold = QSpinBox()
        self.soft_threshold.setRange(1, 100)
        self.soft_threshold.setValue(3)
        self.soft_threshold.setSuffix(translate("cleanup_page", " soft bounces"))
        form.addRow(translate("cleanup_page", "Remove an address &after:"), self.soft_threshold)
        self.check_database = QCheckBox(translate(
            "cleanup_page", "Remove addresses on the suppressed and &unsubscribed lists"))
        self.check_database.setChecked(True)
        form.addRow("", self.check_database)
        self.save_list = QCheckBox(translate("cleanup_page", "A&dd the kept rows to a list"))
        self.list_name = QLineEdit()
        self.list_name.setPlaceholderText(translate("cleanup_page", "list name (created if new)"))
        row = QHBoxLayout()
        list_name_label = QLabel(translate("cleanup_page", "List na&me:"))
        list_name_label.setBuddy(self.list_name)
        row.addWidget(self.save_list)
        row.addSpacing(12)
        row.addWidget(list_name_label)
        row.addWidget(self.list_name, 1)
        form.addRow("", row)
        self.suppress_bounced = QCheckBox(
            translate("cleanup_page", "Add the bounced addresses to the &suppressed list"))
        form.addRow("", self.suppress_bounced)
        return box

    def _run_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.run_button = QPushButton(translate("cleanup_page", "&Clean the list"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.cancel_button = QPushButton(translate("cleanup_page", "Cancel"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))  # only while running
        self.cancel_button.setToolTip(translate("cleanup_page", "Stop the run (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        row.addWidget(self.run_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        outer = QVBoxLayout()
        outer.addLayout(row)
        outer.addWidget(self.status)
        wrapper = QHBoxLayout()
        wrapper.addLayout(outer)
        return wrapper

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(translate("cleanup_page", "Summary"))
        layout = QVBoxLayout(box)
        self.chart = BarChartWidget()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(140)
        layout.addWidget(self.chart)
        layout.addWidget(self.details)
        return box

    # --- choosing files ---------------------------------------------------------------------

    @Slot()
    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("cleanup_page", "Choose a list"), "",
            translate("cleanup_page", "Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.choose_list(Path(path))

    @Slot()
    def _on_add_files_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("cleanup_page", "Add bounce files"), "",
            translate("cleanup_page", "Mail files (*.eml *.mbox *.mbx *.txt);;All files (*)"))
        self.add_bounce_paths([Path(p) for p in paths])

    @Slot()
    def _on_add_folder_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("cleanup_page", "Add a folder of bounce messages"))
        if path:
            self.add_bounce_paths([Path(path)])

    @Slot()
    def _on_remove_bounce_clicked(self) -> None:
        for item in self.bounce_list.selectedItems():
            self.bounce_list.takeItem(self.bounce_list.row(item))
        self._update_buttons()

    def choose_list(self, path: Path) -> bool:
        """Read the file's format and first rows, and guess the mapping."""
        self.list_path.setText(str(path))
        try:
            self.mapping = guess_mapping(path, PREVIEW_ROWS)
        except EngineError as exc:
            self.mapping = None
            self.format_label.setText(str(exc))
            self.format_label.setStyleSheet("color: #a40000;")
            self.preview.clear()
            self.preview.setRowCount(0)
            self.address_column.clear()
            self._update_buttons()
            return False
        self.format_label.setStyleSheet("")
        self.format_label.setText(format_words(self.mapping.fmt))
        with QSignalBlocker(self.has_header):
            self.has_header.setChecked(self.mapping.has_header)
        self._fill_columns(self.mapping.address_column)
        self._update_buttons()
        return True

    def add_bounce_paths(self, paths: list[Path]) -> None:
        present = {self.bounce_list.item(i).text() for i in range(self.bounce_list.count())}
        for path in paths:
            if str(path) not in present:
                self.bounce_list.addItem(str(path))
        self._update_buttons()

    @Slot(bool)
    def _on_has_header_toggled(self, _checked: bool) -> None:
        self._fill_columns(self.address_column.currentIndex())

    def _fill_columns(self, selected: int) -> None:
        if self.mapping is None:
            return
        sample = [list(r) for r in self.mapping.sample]
        header = self.has_header.isChecked()
        names = column_names(sample, header)
        self.address_column.clear()
        self.address_column.addItems(list(names))
        self.address_column.setCurrentIndex(max(0, min(selected, len(names) - 1)))
        body = sample[1:] if header else sample
        self.preview.clear()
        self.preview.setColumnCount(len(names))
        self.preview.setHorizontalHeaderLabels(list(names))
        self.preview.setRowCount(len(body))
        for r, row in enumerate(body):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.preview.resizeColumnsToContents()  # whole addresses, not "info@teahou…"

    # --- running ---------------------------------------------------------------------------

    def values(self) -> CleanupSpec | None:
        """The choices as a spec, or None (with the reason in the status line)."""
        if self.mapping is None:
            self._say(translate("cleanup_page", "Choose a list file first."), error=True)
            return None
        list_name = self.list_name.text().strip()
        if self.save_list.isChecked() and not list_name:
            self._say(translate("cleanup_page", "Give the list to add the kept rows to a name."),
                      error=True)
            return None
        bounces = tuple(Path(self.bounce_list.item(i).text())
                        for i in range(self.bounce_list.count()))
        return CleanupSpec(
            input_path=Path(self.list_path.text()), bounce_paths=bounces,
            address_column=self.address_column.currentIndex(),
            has_header=self.has_header.isChecked(),
            options=CleanupOptions(
                remove_role=self.remove_role.isChecked(),
                remove_disposable=self.remove_disposable.isChecked(),
                remove_typos=self.remove_typos.isChecked(),
                soft_threshold=self.soft_threshold.value(),
                check_database=self.check_database.isChecked(),
                save_to_list=list_name if self.save_list.isChecked() else "",
                suppress_bounced=self.suppress_bounced.isChecked(),
            ),
        )

    @Slot()
    def start(self) -> None:
        spec = self.values()
        if spec is None or self._worker is not None:
            return
        table = repo.load_bounce_codes() if spec.bounce_paths else None
        clock = self.services.clock

        def job(token: CancelToken) -> Generator[Progress, None, CleanupReport]:
            return (yield from clean(spec, token, table=table, clock=clock))

        self.report = None
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._say(translate("cleanup_page", "Cleaning…"))
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
            self._say(translate("cleanup_page", "Cancelling…"))

    @Slot(object)
    def _on_worker_progressed(self, progress: Progress) -> None:
        fraction = progress.fraction
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(fraction * 100))
        self.status.setText(progress_words(progress))

    @Slot(object)
    def _on_worker_finished(self, report: CleanupReport) -> None:
        self._worker = None
        self.report = report
        self.progress.setRange(0, 100)
        self.progress.setValue(100)
        self._say(translate("cleanup_page", "Done: kept {kept} of {rows} rows. The cleaned list "
                            "is {path}.").format(kept=format_number(report.kept),
                                                 rows=format_number(report.rows),
                                                 path=report.cleaned_path))
        self.show_report(report)
        self._update_buttons()

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._worker = None
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._say(translate("cleanup_page", "The list could not be cleaned: {message}")
                  .format(message=message), error=True)
        self._update_buttons()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._worker = None
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._say(translate("cleanup_page", "Cancelled: no files were written."))
        self._update_buttons()

    def show_report(self, report: CleanupReport) -> None:
        bars: list[tuple[str, int, str]] = [
            (translate("cleanup_page", "Kept"), report.kept, KEPT_COLOUR)]
        for code in REASONS:
            if report.removed_by_reason.get(code):
                bars.append((reason_words(code), report.removed_by_reason[code], REMOVED_COLOUR))
        for code, count in report.flagged_but_kept.items():
            bars.append((translate("cleanup_page", "{reason} (kept)").format(
                reason=reason_words(code)), count, FLAGGED_COLOUR))
        self.chart.set_bars(bars)
        self.details.setPlainText("\n".join(cleanup_report_words(report)))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a40000;" if error else "")

    def _update_buttons(self) -> None:
        running = self._worker is not None
        self.run_button.setEnabled(not running and self.mapping is not None)
        self.cancel_button.setEnabled(running)
        self.remove_bounce.setEnabled(self.bounce_list.count() > 0)
