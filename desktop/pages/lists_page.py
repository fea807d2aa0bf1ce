"""Lists: the lists on the left, their contacts on the right; add, edit, remove, import CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
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
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import Services
from engine.errors import EngineError
from engine.storage import audience, csv_import, unsubscribes
from engine.storage.audience import ContactInfo, MailingListInfo

SKIP = "(skip this column)"
TARGETS = ("email", "first_name", "last_name")


class ContactDialog(QDialog):
    """Add or edit one contact: address, names, and extra fields as ``name = value`` lines."""

    def __init__(self, contact: ContactInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit contact" if contact else "Add contact")
        form = QFormLayout(self)
        self.email = QLineEdit(contact.email if contact else "")
        self.first_name = QLineEdit(contact.first_name if contact else "")
        self.last_name = QLineEdit(contact.last_name if contact else "")
        self.fields = QPlainTextEdit(
            "\n".join(f"{k} = {v}" for k, v in (contact.fields if contact else {}).items()))
        self.fields.setPlaceholderText("company = Example Ltd\ncity = Lyon")
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        form.addRow("E-mail address:", self.email)
        form.addRow("First name:", self.first_name)
        form.addRow("Last name:", self.last_name)
        form.addRow("Other fields:", self.fields)
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
        self.setWindowTitle("Import contacts")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Choose what each column of the file holds. Other columns "
                                "become merge fields, e.g. {{company}}."))
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        guessed = csv_import.guess_mapping(headers)
        for header in headers:
            combo = QComboBox()
            target = guessed[header]
            choices = [*TARGETS, *([target] if target not in TARGETS else []), SKIP]
            combo.addItems(choices)
            combo.setCurrentText(target or SKIP)
            form.addRow(f"{header}:", combo)
            self.combos[header] = combo
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {h: ("" if c.currentText() == SKIP else c.currentText())
                for h, c in self.combos.items()}


class ListsPage(QWidget):
    title = "Lists and contacts"
    section = "Lists"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._lists: list[MailingListInfo] = []
        self._contacts: list[ContactInfo] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Lists and contacts</h2>"))
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.list_view = QListWidget()
        self.list_view.currentRowChanged.connect(self._on_list_view_current_row_changed)
        left_layout.addWidget(self.list_view)
        list_buttons = QGridLayout()
        for n, (text, slot) in enumerate((("New list…", self._on_new_list_clicked),
                                          ("Rename…", self._on_rename_list_clicked),
                                          ("Delete", self._on_delete_list_clicked))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            list_buttons.addWidget(button, n // 2, n % 2)
        left_layout.addLayout(list_buttons)
        self.import_button = QPushButton("Import CSV…")
        self.import_button.clicked.connect(self._on_import_clicked)
        left_layout.addWidget(self.import_button)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search address or name")
        self.search.textChanged.connect(self._on_search_text_changed)
        right_layout.addWidget(self.search)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            ("E-mail address", "First name", "Last name", "Status", "Other fields"))
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
        for n, (text, slot) in enumerate((("Add contact…", self._on_add_contact_clicked),
                                          ("Edit…", self._on_edit_contact_clicked),
                                          ("Unsubscribe", self._on_unsubscribe_clicked),
                                          ("Remove from list", self._on_remove_clicked))):
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
            item = QListWidgetItem(f"{m.name} ({m.subscribed})", self.list_view)
            item.setToolTip(f"{m.subscribed} subscribed, {m.unsubscribed} unsubscribed")
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
            for column, text in enumerate((c.email, c.first_name, c.last_name, member.status,
                                           extra)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)  # the fields column is often cut short
                self.table.setItem(row, column, cell)
        for column in (1, 2, 3):  # names and status are short: leave the room to the fields
            self.table.resizeColumnToContents(column)
        if mailing is None:
            self.status.setText("No list yet: make one with “New list…” or import a CSV file.")
        else:
            fields = ", ".join(f"{{{{{f}}}}}" for f in mailing.field_names) or "none"
            self.status.setText(f"{mailing.subscribed} subscribed, {mailing.unsubscribed} "
                                f"unsubscribed. Extra merge fields: {fields}.")

    def selected_contacts(self) -> list[ContactInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self._contacts[r] for r in rows if r < len(self._contacts)]

    # -- acting -------------------------------------------------------------------------------

    def _complain(self, exc: EngineError) -> None:
        QMessageBox.warning(self, self.title, str(exc))

    @Slot(int)
    def _on_list_view_current_row_changed(self, _row: int) -> None:
        self._fill_contacts()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._fill_contacts()

    @Slot()
    def _on_new_list_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, "New list", "Name of the list:")
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
        name, ok = QInputDialog.getText(self, "Rename list", "New name:", text=mailing.name)
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
            self, "Delete list", f"Delete the list “{mailing.name}”? Its contacts stay in "
            "your other lists and in campaigns already sent.")
        if answer == QMessageBox.StandardButton.Yes:
            audience.delete_list(mailing.id)
            self.refresh()

    @Slot()
    def _on_import_clicked(self) -> None:
        mailing = self.current_list()
        if mailing is None:
            QMessageBox.information(self, self.title, "Make a list first, then import into it.")
            return
        path, _ = QFileDialog.getOpenFileName(self, "Import contacts", "",
                                              "CSV files (*.csv *.txt);;All files (*)")
        if not path:
            return
        try:
            headers = csv_import.read_headers(Path(path))
        except EngineError as exc:
            self._complain(exc)
            return
        dialog = ImportMappingDialog(headers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_file(Path(path), dialog.mapping())

    def import_file(self, path: Path, mapping: dict[str, str] | None = None) -> str:
        mailing = self.current_list()
        if mailing is None:
            return ""
        try:
            report = csv_import.import_csv(mailing.name, path, mapping, create_list=False)
        except EngineError as exc:
            self._complain(exc)
            return ""
        self.refresh()
        text = report.summary()
        if report.invalid:
            text += "\n" + "\n".join(f"line {n}: {why}" for n, why in report.invalid[:10])
        self.status.setText(text)
        return text

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


