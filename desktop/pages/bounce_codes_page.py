"""Bounce codes: which status codes count as hard (stop sending) or soft (try again)."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from engine.bounces.codes import BounceCode, BounceCodeTable, is_valid_code
from engine.storage import repo

CODE, TYPE, MEANING = range(3)
TYPES = (("hard", QT_TRANSLATE_NOOP("bounce_codes_page", "Hard: stop sending")),
         ("soft", QT_TRANSLATE_NOOP("bounce_codes_page", "Soft: try again later")))
# The table's cell keeps the code ("hard", "soft"); the reader sees these.
TYPE_WORDS = {"hard": QT_TRANSLATE_NOOP("bounce_codes_page", "hard"),
              "soft": QT_TRANSLATE_NOOP("bounce_codes_page", "soft")}
AnyIndex = QModelIndex | QPersistentModelIndex


def _marked(text: str) -> str:
    return QCoreApplication.translate("bounce_codes_page", text)  # untranslated: marked above


def problem_words(problem: str) -> str:
    """The engine's English reason a row is refused (``BounceCodeTable.validate``), in the
    reader's language; an unknown one stays as it is."""
    if match := re.fullmatch(r"“(.*)” is not a status code like 5\.1\.1", problem):
        return translate("bounce_codes_page", "“{code}” is not a status code like 5.1.1").format(
            code=match[1])
    if match := re.fullmatch(r"(.*) appears twice", problem):
        return translate("bounce_codes_page", "{code} appears twice").format(code=match[1])
    if problem == "type must be hard or soft":
        return translate("bounce_codes_page", "type must be hard or soft")
    return problem


class CodeDelegate(QStyledItemDelegate):
    """Only well-formed codes get into the cell: typing is limited, and a half code refused."""

    def __init__(self, page: BounceCodesPage) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(r"[2459](\.\d{0,3}){0,2}", editor))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        code = editor.text().strip()
        if not is_valid_code(code):
            self.page.page_error.show_message(translate(
                "bounce_codes_page",
                "“{code}” is not a status code like 5.1.1: the cell keeps its old value.").format(
                    code=code))
            return
        self.page.page_error.show_message("")
        model.setData(index, code)


class TypeDelegate(QStyledItemDelegate):
    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        return _marked(TYPE_WORDS[value]) if isinstance(value, str) and value in TYPE_WORDS \
            else super().displayText(value, locale)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in TYPES:
            combo.addItem(_marked(label), value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data())))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class BounceCodesPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Bounce codes")
    intro = QT_TRANSLATE_NOOP(
        "settings_page",
        "Each bounce carries a status code. A hard code stops mail to that address at once "
        "(unless Bounce handling says to count hard bounces towards the threshold); a soft "
        "code is retried and, once its re-sends ran out, counts towards the bounce threshold. "
        "9.1.1 stands for a hard bounce that carried no code."
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([translate("bounce_codes_page", "Code"),
                                              translate("bounce_codes_page", "Hard or soft"),
                                              translate("bounce_codes_page", "Meaning")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEANING, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(320)
        # Arrow keys move between cells; Tab leaves the table for the buttons.
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(CODE, CodeDelegate(self))
        self.table.setItemDelegateForColumn(TYPE, TypeDelegate(self))
        self.body_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("bounce_codes_page", "&Add code"))
        self.remove_button = QPushButton(translate("bounce_codes_page", "Re&move"))
        self.default_button = QPushButton(translate("bounce_codes_page", "Reset to &default"))
        self.address_only_button = QPushButton(translate("bounce_codes_page",
                                                         "S&uppress only address failures"))
        self.address_only_button.setToolTip(translate(
            "bounce_codes_page",
            "Policy blocks, network and system failures (5.3.x, 5.4.x, 5.7.x) count as soft: "
            "only addresses that do not exist are suppressed."))
        for button in (self.add_button, self.remove_button, self.default_button,
                       self.address_only_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.address_only_button.clicked.connect(self._on_address_only_button_clicked)
        self.set_tab_order(self.table, self.add_button, self.remove_button, self.default_button,
                           self.address_only_button)
        self.refresh()

    def stored(self) -> BounceCodeTable:
        return repo.load_bounce_codes()

    def load(self, settings: BounceCodeTable) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in settings.rows:
            self._append(row)
        self.table.blockSignals(False)

    def _append(self, row: BounceCode) -> int:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, CODE, QTableWidgetItem(row.code))
        type_item = QTableWidgetItem(row.type)
        type_item.setData(Qt.ItemDataRole.DisplayRole, row.type)
        self.table.setItem(n, TYPE, type_item)
        self.table.setItem(n, MEANING, QTableWidgetItem(row.meaning))
        return n

    def values(self) -> BounceCodeTable:
        rows = []
        for n in range(self.table.rowCount()):
            cells = [self.table.item(n, c) for c in (CODE, TYPE, MEANING)]
            code, kind, meaning = (c.text().strip() if c is not None else "" for c in cells)
            rows.append(BounceCode(code, "soft" if kind == "soft" else "hard", meaning))
        return BounceCodeTable.from_rows(rows)

    def check(self, values: BounceCodeTable) -> dict[str, str]:
        return values.validate()

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        if not errors:
            return None
        where, message = next(iter(errors.items()))
        row = int(where.split()[-1]) - 1
        self.table.setCurrentCell(row, CODE)
        self.page_error.show_message(translate("bounce_codes_page", "Row {row}: {problem}.")
                                     .format(row=row + 1, problem=problem_words(message)))
        return self.table

    def save(self) -> bool:
        saved = super().save()
        if not saved and self.values().validate():
            where, problem = next(iter(self.values().validate().items()))
            self.page_error.show_message(
                translate("bounce_codes_page", "Not saved: row {row}: {problem}.").format(
                    row=where.split()[-1], problem=problem_words(problem)))
        return saved

    def persist(self, values: BounceCodeTable) -> None:
        repo.save_bounce_codes(values)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        used = {r.code for r in self.values().rows}
        code = next(f"5.9.{n}" for n in range(1000) if f"5.9.{n}" not in used)
        n = self._append(BounceCode(code, "hard", translate("bounce_codes_page",
                                                            "Describe what this code means")))

        self.table.setCurrentCell(n, CODE)
        self.table.edit(self.table.currentIndex())

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    @Slot()
    def _on_default_button_clicked(self) -> None:
        self.load(BounceCodeTable.default())

    @Slot()
    def _on_address_only_button_clicked(self) -> None:
        self.load(BounceCodeTable.address_failures_only())
