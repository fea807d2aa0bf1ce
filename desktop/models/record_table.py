"""A read-only table over a list of frozen dataclasses, one row each, columns by function.

Subclasses name their columns (header, text for a record) and their CSV columns; the view
sorts through a ``QSortFilterProxyModel`` on the ``SORT_ROLE`` value. A header is English,
marked with ``QT_TRANSLATE_NOOP(<the subclass's context>, ...)``, and shown translated; the CSV
columns stay English (machine names).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOOLTIP_LIMIT = 2000


class Column(Generic[R]):
    def __init__(self, header: str, text: Callable[[R], str],
                 sort: Callable[[R], Any] | None = None) -> None:
        self.header = header
        self.text = text
        self.sort = sort or text


class RecordTableModel(QAbstractTableModel, Generic[R]):
    columns: Sequence[Column[R]] = ()
    context = ""  # the translation context its headers are marked in
    csv_columns: Sequence[tuple[str, Callable[[R], object]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(record)
            return " ".join(text.split())  # a diagnostic may span lines
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(record)
            return text[:TOOLTIP_LIMIT] if len(text) > 40 else None
        if role == SORT_ROLE:
            return column.sort(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = self.columns[section].header
            # untranslated: marked by the subclass
            return QCoreApplication.translate(self.context, header)  # untranslated: marked
        return None

    def csv_header(self) -> list[str]:
        return [name for name, _ in self.csv_columns]

    def csv_rows(self, records: Sequence[R] | None = None) -> list[list[object]]:
        """CSV cells of ``records`` (default: the rows shown)."""
        chosen = self._records if records is None else records
        return [[value(r) for _, value in self.csv_columns] for r in chosen]
