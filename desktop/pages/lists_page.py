"""Lists: the lists on the left, their contacts on the right; add, edit, remove, import CSV.

Importing reads the whole file (its encoding is settled by a scan) and writes thousands of
rows, so both the first look at the file (its column names) and the import itself run in an
``EngineWorker``; the page shows progress, then the import's report: every bucket, and the
line of each row that was not imported. *Cancel import* stops it after the page of rows being
written; the report then says which rows are in and that the rest of the file is not.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.models.notes_words import progress_words
from desktop.models.table_words import import_problem_words, import_summary_words
from desktop.services import Services
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from engine.errors import EngineError
from engine.jobs import CancelToken, Progress
from engine.storage import audience, csv_import, unsubscribes
from engine.storage.audience import ContactInfo, MailingListInfo

SKIP = QT_TRANSLATE_NOOP("lists_page", "(skip this column)")
TARGETS = ("email", "first_name", "last_name")
# A subscription's state as the table shows it; the stored code is the key.
STATUSES: dict[str, str] = {
    "subscribed": QT_TRANSLATE_NOOP("lists_page", "subscribed"),
    "unsubscribed": QT_TRANSLATE_NOOP("lists_page", "unsubscribed"),
}


def skip_words() -> str:
    return QCoreApplication.translate("lists_page", SKIP)  # untranslated: marked at SKIP


def status_words(status: str) -> str:
    text = STATUSES.get(status, status)
    return QCoreApplication.translate("lists_page", text)  # untranslated: marked in STATUSES


class ContactDialog(QDialog):
    """Add or edit one contact: address, names, and extra fields as ``name = value`` lines."""

    def __init__(self, contact: ContactInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("lists_page", "Edit contact") if contact
                            else translate("lists_page", "Add contact"))
        form = QFormLayout(self)
        self.email = QLineEdit(contact.email if contact else "")
        self.first_name = QLineEdit(contact.first_name if contact else "")
        self.last_name = QLineEdit(contact.last_name if contact else "")
        self.fields = QPlainTextEdit(
            "\n".join(f"{k} = {v}" for k, v in (contact.fields if contact else {}).items()))
        self.fields.setPlaceholderText(
            translate("lists_page", "company = Example Ltd\ncity = Lyon"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        form.addRow(translate("lists_page", "E-mail address:"), self.email)
        form.addRow(translate("lists_page", "First name:"), self.first_name)
        form.addRow(translate("lists_page", "Last name:"), self.last_name)
        form.addRow(translate("lists_page", "Other fields:"), self.fields)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def extra_fields(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for line in self.fields.toPlainText().splitlines():
            if "=" in line:
                name, _, value = line.partition("=")
                values[audience.field_name(name)] = value.strip()
        return values


class ImportMappingDialog(QDialog):
    """Which column is the address, the first and last name; the rest become merge fields."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("lists_page", "Import contacts"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("lists_page", "Choose what each column of the file "
                                          "holds. Other columns become merge fields, e.g. "
                                          "{{company}}.")))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        guessed = csv_import.guess_mapping(headers)
        for header in headers:
            combo = QComboBox()
            target = guessed[header]
            choices = [*TARGETS, *([target] if target not in TARGETS else []), skip_words()]
            combo.addItems(choices)
            combo.setCurrentText(target or skip_words())
            form.addRow(translate("lists_page", "{column}:").format(column=header), combo)
            self.combos[header] = combo
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {h: ("" if c.currentText() == skip_words() else c.currentText())
                for h, c in self.combos.items()}


class ListsPage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Lists and contacts")
    section = QT_TRANSLATE_NOOP("pages", "Lists")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._lists: list[MailingListInfo] = []
        self._contacts: list[ContactInfo] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(translate("pages", "Lists and contacts"))))
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.list_view = QListWidget()
        self.list_view.currentRowChanged.connect(self._on_list_view_current_row_changed)
        left_layout.addWidget(self.list_view)
        list_buttons = QGridLayout()
        for n, (text, slot) in enumerate((
                (translate("lists_page", "New list…"), self._on_new_list_clicked),
                (translate("lists_page", "Rename…"), self._on_rename_list_clicked),
                (translate("lists_page", "Delete"), self._on_delete_list_clicked))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            list_buttons.addWidget(button, n // 2, n % 2)
        left_layout.addLayout(list_buttons)
        self.import_button = QPushButton(translate("lists_page", "Import CSV…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        left_layout.addWidget(self.import_button)
        self.import_progress = QProgressBar()
        self.import_progress.setVisible(False)
        left_layout.addWidget(self.import_progress)
        self.cancel_import_button = QPushButton(translate("lists_page", "Cancel import"))
        self.cancel_import_button.setVisible(False)
        self.cancel_import_button.clicked.connect(self._on_cancel_import_clicked)
        left_layout.addWidget(self.cancel_import_button)
        self.runner = WorkerRunner(self)
        self._import_worker: EngineWorker | None = None
        self._import_path: Path | None = None
        # The import's own stop, not the worker's token: a cancelled worker drops the job
        # and its report, while the import stopped this way returns what it wrote.
        self._import_stop: CancelToken | None = None
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("lists_page", "Search address or name"))
        self.search.textChanged.connect(self._on_search_text_changed)
        right_layout.addWidget(self.search)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            (translate("lists_page", "E-mail address"), translate("lists_page", "First name"),
             translate("lists_page", "Last name"), translate("lists_page", "Status"),
             translate("lists_page", "Other fields")))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_edit_contact_clicked)
        right_layout.addWidget(self.table, 1)
        contact_buttons = QGridLayout()
        for n, (text, slot) in enumerate((
                (translate("lists_page", "Add contact…"), self._on_add_contact_clicked),
                (translate("lists_page", "Edit…"), self._on_edit_contact_clicked),
                (translate("lists_page", "Unsubscribe"), self._on_unsubscribe_clicked),
                (translate("lists_page", "Remove from list"), self._on_remove_clicked))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            contact_buttons.addWidget(button, n // 2, n % 2)
        right_layout.addLayout(contact_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right_layout.addWidget(self.status)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 660])
        layout.addWidget(splitter, 1)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def current_list(self) -> MailingListInfo | None:
        row = self.list_view.currentRow()
        return self._lists[row] if 0 <= row < len(self._lists) else None

    def refresh(self) -> None:
        current = self.current_list()
        self._lists = audience.list_lists()
        self.list_view.blockSignals(True)
        self.list_view.clear()
        for m in self._lists:
            item = QListWidgetItem(translate("lists_page", "{name} ({subscribed})").format(
                name=m.name, subscribed=format_number(m.subscribed)), self.list_view)
            item.setToolTip(translate("lists_page", "{subscribed} subscribed, {unsubscribed} "
                                      "unsubscribed").format(
                subscribed=format_number(m.subscribed),
                unsubscribed=format_number(m.unsubscribed)))
        names = [m.name for m in self._lists]
        row = names.index(current.name) if current and current.name in names else 0
        self.list_view.setCurrentRow(row if self._lists else -1)
        self.list_view.blockSignals(False)
        self._fill_contacts()

    def _fill_contacts(self) -> None:
        mailing = self.current_list()
        members = audience.list_members(mailing.id, self.search.text()) if mailing else []
        self._contacts = [m.contact for m in members]
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            c = member.contact
            extra = ", ".join(f"{k}: {v}" for k, v in c.fields.items())
            for column, text in enumerate((c.email, c.first_name, c.last_name,
                                           status_words(member.status), extra)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)  # the fields column is often cut short
                self.table.setItem(row, column, cell)
        for column in (1, 2, 3):  # names and status are short: leave the room to the fields
            self.table.resizeColumnToContents(column)
        self.status.setStyleSheet("")
        if mailing is None:
            self.status.setText(translate("lists_page", "No list yet: make one with “New list…” "
                                          "or import a CSV file."))
        else:
            fields = (", ".join(f"{{{{{f}}}}}" for f in mailing.field_names)
                      or translate("lists_page", "none"))
            self.status.setText(translate(
                "lists_page", "{subscribed} subscribed, {unsubscribed} unsubscribed. Extra merge "
                "fields: {fields}.").format(subscribed=format_number(mailing.subscribed),
                                            unsubscribed=format_number(mailing.unsubscribed),
                                            fields=fields))

    def selected_contacts(self) -> list[ContactInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self._contacts[r] for r in rows if r < len(self._contacts)]

    # -- acting -------------------------------------------------------------------------------

    def _complain(self, exc: EngineError) -> None:
        QMessageBox.warning(self, translate("pages", "Lists and contacts"), str(exc))

    @Slot(int)
    def _on_list_view_current_row_changed(self, _row: int) -> None:
        self._fill_contacts()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._fill_contacts()

    @Slot()
    def _on_new_list_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, translate("lists_page", "New list"),
                                        translate("lists_page", "Name of the list:"))
        if ok and name.strip():
            self.create_list(name)

    def create_list(self, name: str) -> bool:
        try:
            audience.create_list(name)
        except EngineError as exc:
            self._complain(exc)
            return False
        self.refresh()
        self.list_view.setCurrentRow([m.name for m in self._lists].index(name.strip()))
        return True

    @Slot()
    def _on_rename_list_clicked(self) -> None:
        mailing = self.current_list()
        if mailing is None:
            return
        name, ok = QInputDialog.getText(self, translate("lists_page", "Rename list"),
                                        translate("lists_page", "New name:"), text=mailing.name)
        if ok:
            try:
                audience.rename_list(mailing.id, name)
            except EngineError as exc:
                self._complain(exc)
            self.refresh()

    @Slot()
    def _on_delete_list_clicked(self) -> None:
        mailing = self.current_list()
        if mailing is None:
            return
        answer = QMessageBox.question(
            self, translate("lists_page", "Delete list"),
            translate("lists_page", "Delete the list “{name}”? Its contacts stay in your other "
                      "lists and in campaigns already sent.").format(name=mailing.name))
        if answer == QMessageBox.StandardButton.Yes:
            audience.delete_list(mailing.id)
            self.refresh()

    @property
    def importing(self) -> bool:
        return self._import_worker is not None

    @Slot()
    def _on_import_clicked(self) -> None:
        mailing = self.current_list()
        if mailing is None:
            QMessageBox.information(self, translate("pages", "Lists and contacts"),
                                    translate("lists_page", "Make a list first, then import "
                                              "into it."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self, translate("lists_page", "Import contacts"), "",
            translate("lists_page", "Lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.read_columns(Path(path))

    def read_columns(self, path: Path) -> None:
        """Read the file's column names in a worker, then ask what each column holds."""
        if self.importing:
            return
        self._import_path = path
        worker = EngineWorker(one_call(lambda: csv_import.read_headers(path)))
        worker.finished.connect(self._on_columns_finished)
        self._start_import_worker(
            worker, translate("lists_page", "Reading {file}…").format(file=path.name))

    @Slot(object)
    def _on_columns_finished(self, headers: list[str]) -> None:
        self._import_done()
        path = self._import_path
        if path is None:
            return
        dialog = ImportMappingDialog(headers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_file(path, dialog.mapping())

    def import_file(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        """Import ``path`` into the current list in a worker; the report shows when done."""
        mailing = self.current_list()
        if mailing is None or self.importing:
            return
        list_name = mailing.name
        stop = CancelToken()

        def job(_token: CancelToken) -> Generator[Progress, None, csv_import.ImportReport]:
            return (yield from csv_import.import_rows(list_name, path, mapping,
                                                      create_list=False, token=stop))

        worker = EngineWorker(job)
        worker.finished.connect(self._on_import_finished)
        self._start_import_worker(
            worker, translate("lists_page", "Importing {file}…").format(file=path.name))
        self._import_stop = stop

    def _start_import_worker(self, worker: EngineWorker, message: str) -> None:
        worker.progressed.connect(self._on_import_progressed)
        worker.failed.connect(self._on_import_failed)
        worker.cancelled.connect(self._on_import_cancelled)
        self._import_worker = worker
        self.import_button.setEnabled(False)
        self.import_progress.setRange(0, 0)
        self.import_progress.setVisible(True)
        self.cancel_import_button.setEnabled(True)
        self.cancel_import_button.setVisible(True)
        self.status.setStyleSheet("")
        self.status.setText(message)
        self.runner.start(worker)

    def _import_done(self) -> None:
        self._import_worker = None
        self._import_stop = None
        self.import_button.setEnabled(True)
        self.import_progress.setVisible(False)
        self.cancel_import_button.setVisible(False)

    @Slot()
    def _on_cancel_import_clicked(self) -> None:
        if self._import_worker is None:
            return
        self.cancel_import_button.setEnabled(False)
        if self._import_stop is not None:
            self._import_stop.cancel()
            self.status.setText(translate("lists_page", "Stopping after the rows being written…"))
        else:  # still reading the column names: nothing is imported, no dialog follows
            self._import_path = None
            self._import_worker.cancel()

    @Slot(object)
    def _on_import_progressed(self, progress: Progress) -> None:
        fraction = progress.fraction
        if fraction is None:
            self.import_progress.setRange(0, 0)
        else:
            self.import_progress.setRange(0, 100)
            self.import_progress.setValue(int(fraction * 100))
        if said := progress_words(progress):
            self.status.setText(said)

    @Slot(object)
    def _on_import_finished(self, report: Any) -> None:
        self._import_done()
        self.refresh()
        self.show_report(report)

    def show_report(self, report: csv_import.ImportReport) -> None:
        lines = [import_summary_words(report) + "."]
        if report.stopped_after is not None:
            lines.insert(0, translate(
                "lists_page", "Import cancelled: only the rows below were imported; the rest "
                "of the file was not. Import the file again to finish (contacts already in are "
                "only updated)."))
        elif report.all_imported:
            lines.insert(0, translate("lists_page", "Imported: every row of the file is in."))
        elif report.complete:
            lines.insert(0, translate(
                "lists_page", "Imported, except the rows below (fix them in the file and import "
                "it again: the others are only updated)."))
        lines += import_problem_words(report, limit=10)
        self.status.setStyleSheet("" if report.complete else "color: #a40000;")
        self.status.setText("\n".join(lines))

    @Slot(str)
    def _on_import_failed(self, message: str) -> None:
        self._import_done()
        self.refresh()
        self.status.setStyleSheet("color: #a40000;")
        self.status.setText(translate("lists_page", "The file was not imported: {message}")
                            .format(message=message))

    @Slot()
    def _on_import_cancelled(self) -> None:
        # The worker itself was stopped (the window closing, or Cancel while the column names
        # were read): no report comes back, so say only what is sure.
        importing = self._import_stop is not None
        self._import_done()
        self.refresh()
        self.status.setText(
            translate("lists_page", "Import stopped: the rows written before it stopped are "
                      "in, the rest of the file is not. Import the file again to finish.")
            if importing else translate("lists_page", "Import cancelled: nothing was imported."))

    @Slot()
    def _on_add_contact_clicked(self) -> None:
        mailing = self.current_list()
        if mailing is None:
            return
        self._edit_in_dialog(ContactDialog(None, self), lambda d: audience.save_contact(
            d.email.text(), d.first_name.text(), d.last_name.text(), d.extra_fields(),
            list_ids=[mailing.id]))

    @Slot()
    def _on_edit_contact_clicked(self) -> None:
        chosen = self.selected_contacts()
        if not chosen:
            return
        contact = chosen[0]
        self._edit_in_dialog(ContactDialog(contact, self), lambda d: audience.update_contact(
            contact.id, d.email.text(), d.first_name.text(), d.last_name.text(),
            d.extra_fields()))

    def _edit_in_dialog(self, dialog: ContactDialog, save: Callable[[ContactDialog], object]
                        ) -> None:
        """Until the user cancels or the save succeeds: a refused save stays in the dialog,
        with the engine's reason shown, so nothing typed is lost."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                save(dialog)
            except EngineError as exc:
                dialog.error.setText(str(exc))
                continue
            self.refresh()
            return

    @Slot()
    def _on_unsubscribe_clicked(self) -> None:
        mailing = self.current_list()
        if mailing is not None:
            for contact in self.selected_contacts():
                # the exclusion policy says which lists (this one, or every list)
                unsubscribes.unsubscribe_from_list(contact.email, mailing.id, source="user",
                                                   at=self.services.clock.now())
            self.refresh()

    @Slot()
    def _on_remove_clicked(self) -> None:
        mailing = self.current_list()
        if mailing is not None:
            for contact in self.selected_contacts():
                audience.remove_from_list(contact.id, mailing.id)
            self.refresh()


