"""A read-only, sortable table view over a ``RecordTableModel``, and a details pane under it:
what the Bounces page's lists share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTextBrowser

from desktop.models.record_table import SORT_ROLE, RecordTableModel

MAX_COLUMN_WIDTH = 240
FIT_ROWS = 100  # rows measured to size the columns


def table_view(model: RecordTableModel[Any]) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the engine's newest-first order
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # columns sized from the first rows only: over the 1,000 rows Qt reads by default, sizing
    # them took longer than reading 5,000 bounces from the database
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    return view, proxy


def fit_columns(view: QTableView) -> None:
    """Wide enough for the contents, but no column crowds out the others."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
    # the last column stretches to the view's edge; left at its content width it would
    # push the table into a horizontal scroll bar
    header.resizeSection(header.count() - 1, 60)


def details_pane() -> QTextBrowser:
    pane = QTextBrowser()
    pane.setOpenLinks(False)
    pane.setMinimumHeight(120)
    return pane
