"""The Bounces page's "Needs review" tab: bounces naming no failed recipient of ours.

They stay in the bounce mailbox until the user says which address one is about (counted like
any bounce for it) or dismisses it; the engine does both (``engine.collecting.review``), in a
worker thread, and the next collection removes the settled message from the mailbox.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.assign_address_dialog import AssignAddressDialog
from desktop.i18n import translate
from desktop.models.notes_words import note_words
from desktop.models.reviews import ReviewTableModel
from desktop.services import Services
from desktop.widgets.record_table_view import fit_columns, table_view
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from engine.collecting import review
from engine.storage import repo, reviews
from engine.storage.reviews import ReviewItem

LIST_LIMIT = 5000


class BounceReviewTab(QWidget):
    settled = Signal(str)  # what was done, in words, once an assignment or dismissal is saved
    failed = Signal(str)  # why it could not be done

    def __init__(self, services: Services, runner: WorkerRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self._worker: EngineWorker | None = None
        self.model = ReviewTableModel(self)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "review", "These bounces name no failed recipient that Newsletter Desk could find "
            "(or only your own addresses), so nothing was counted and they were left in the bounce "
            "mailbox. Read one, then assign the address it is about — it is counted like any "
            "bounce for that address — or dismiss it. Either way the next collection removes it "
            "from the mailbox."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.view, self.proxy = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(translate("review", "Select a bounce to read it."))
        self.assign_button = QPushButton(translate("review", "Assign address…"))
        self.assign_button.setToolTip(translate("review", "Say which address this bounce is "
                                                "about; it is counted like any bounce for that "
                                                "address."))
        self.assign_button.clicked.connect(self._on_assign_button_clicked)
        self.dismiss_button = QPushButton(translate("review", "Dismiss"))
        self.dismiss_button.setToolTip(translate("review", "Count nothing for this bounce; the "
                                                 "next collection removes it from the "
                                                 "mailbox."))
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(QLabel(translate("review", "<b>The message as it arrived</b>")))
        details_layout.addWidget(self.text, 1)
        details_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- showing ----------------------------------------------------------------------------

    def load(self) -> int:
        """Read the open reviews; their number."""
        records = reviews.list_reviews(limit=LIST_LIMIT)
        self.model.set_records(records)
        fit_columns(self.view)
        total = len(records) if len(records) < LIST_LIMIT else reviews.count_open()
        self.count_label.setText(
            translate("review", "%n bounce(s) waiting for you.", None, total) if total else
            translate("review", "Nothing needs review: every bounce named an address it was "
                      "about."))
        self._show(None)
        return total

    def selected_review(self) -> ReviewItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, *_: object) -> None:
        self._show(self.selected_review())

    def _show(self, item: ReviewItem | None) -> None:
        if item is None:
            self.text.clear()
        else:
            self.text.setPlainText(review.message_text(item.id)
                                   or translate("review", "The text of this message was not "
                                                "kept."))
        self._update_buttons()

    # --- settling ---------------------------------------------------------------------------

    @Slot()
    def _on_assign_button_clicked(self) -> None:
        item = self.selected_review()
        if item is None or self._worker is not None:
            return
        rules = review.saved_rules()

        def check(text: str) -> str:
            return review.check_address(text, rules)

        dialog = AssignAddressDialog(item.subject, check, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        address, clock = dialog.address, self.services.clock

        def assign() -> str:
            done = review.assign(item.id, address, rules=review.saved_rules(),
                                 table=repo.load_bounce_codes(), now=clock.now())
            return translate("review", "The bounce was counted for {address}: {outcomes}. The "
                             "next collection removes it from the mailbox.").format(
                address=done.address, outcomes="; ".join(map(note_words, done.outcomes)))

        self._start(assign)

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        item = self.selected_review()
        if item is None or self._worker is not None:
            return
        clock = self.services.clock

        def dismiss() -> str:
            review.dismiss(item.id, now=clock.now())
            return translate("review", "Dismissed: nothing was counted; the next collection "
                             "removes the message from the mailbox.")

        self._start(dismiss)

    def _start(self, work: Callable[[], Any]) -> None:
        worker = EngineWorker(one_call(work))
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._worker = worker
        self.runner.start(worker)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @Slot(object)
    def _on_worker_finished(self, message: object) -> None:
        self._worker = None
        self.settled.emit(str(message))

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._worker = None
        self._update_buttons()
        self.failed.emit(message)

    def _update_buttons(self) -> None:
        ready = self.selected_review() is not None and self._worker is None
        self.assign_button.setEnabled(ready)
        self.dismiss_button.setEnabled(ready)
