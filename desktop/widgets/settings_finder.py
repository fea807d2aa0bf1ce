"""“Found settings for Gmail: smtp.gmail.com:465 SSL/TLS — Use these”, beside a new
profile's or mailbox's address.

The lookup (``engine.discovery``) runs in an ``EngineWorker`` on a ``QThread``: leaving the
address field asks the offline table only, so typing never sends anything over the network;
Find settings runs the whole lookup (autoconfig, MX, probe). What was found is only offered:
the form changes when the user clicks Use these (``chosen``), and every field stays editable.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.models import found_words
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from engine.discovery.find import find_settings, split
from engine.discovery.result import Found, ServerSettings

Lookup = Callable[..., Found]  # find_settings(address, offline=...)
Pick = Callable[[Found], ServerSettings | None]

MUTED_STYLE = "color: #555555;"


class SettingsFinder(QWidget):
    chosen = Signal(object)  # the ServerSettings the user took

    def __init__(self, pick: Pick, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pick = pick
        self.lookup: Lookup = find_settings
        self.runner = WorkerRunner(self)
        self.message = QLabel()
        self.message.setObjectName("foundSettings")
        self.message.setWordWrap(True)
        self.use_button = QPushButton(translate("settings_finder", "Use these"))
        self.use_button.setObjectName("useFoundSettings")
        self.find_button = QPushButton(translate("settings_finder", "Find settings"))
        self.find_button.setToolTip(translate("settings_finder",
                                              "Look the address's settings up on the internet"))

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.use_button)
        row.addWidget(self.find_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.address: Callable[[], str] = lambda: ""
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self._worker: EngineWorker | None = None
        self._asked = ""
        self.offered: ServerSettings | None = None
        self.found: Found | None = None
        self.clear()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def clear(self) -> None:
        self.offered = self.found = None
        self._asked = ""
        self.message.setText("")
        self.hint.setText("")
        self.hint.hide()
        self.use_button.hide()

    def look_up(self, address: str, offline: bool) -> None:
        """Look ``address`` up in a worker (the table only when ``offline``); the same
        address asked again while its answer is shown is not asked twice."""
        parts = split(address)
        if parts is None or self.busy or (offline and parts[0] == self._asked):
            return
        self.clear()
        self._asked = parts[0]
        self.message.setStyleSheet(MUTED_STYLE)
        if not offline:
            self.message.setText(found_words.looking(parts[1]))
        self.find_button.setEnabled(False)
        worker = EngineWorker(one_call(partial(self.lookup, parts[0], offline=offline)))
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._worker = worker
        self.runner.start(worker)

    @Slot(object)
    def _on_worker_finished(self, result: object) -> None:
        self._done()
        if not isinstance(result, Found) or result.address != self._asked:
            return
        self.found = result
        server = self.pick(result)
        if server is None:
            if result.source is not None:  # found, but not of this kind: a relay's mailbox
                self.message.setText("\n".join(found_words.hints(result)))
            elif any(n.code == "nothing_found_offline" for n in result.notes):
                self.message.setText(found_words.not_in_table(result.domain))
            else:
                self.message.setText(found_words.nothing(result))
            return
        self.offered = server
        self.message.setStyleSheet("")
        self.message.setText(found_words.offer(result, server))
        self.use_button.show()
        if hints := found_words.hints(result):
            self.hint.setText("\n".join(hints))
            self.hint.show()

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._done()
        self.message.setText(message)

    def _done(self) -> None:
        self._worker = None
        self.find_button.setEnabled(True)

    @Slot()
    def _on_use_button_clicked(self) -> None:
        if self.offered is not None:
            self.chosen.emit(self.offered)

    @Slot()
    def _on_find_button_clicked(self) -> None:
        if split(self.address()) is None:
            self.clear()
            self.message.setText(found_words.type_address())
            return
        self._asked = ""
        self.look_up(self.address(), offline=False)
