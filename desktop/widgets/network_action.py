"""Running one network action (test connection, load folders, send a test) off the GUI thread.

The one connection-test widget of the settings pages (SMTP profiles, Bounce mailbox). The
action is a plain function taking a ``Hangup`` and returning a result (``ServerCall``: the
engine's call with its settings and password, resolved in the GUI thread); it runs in an
``EngineWorker`` on a ``QThread``. Meanwhile a busy bar and a Cancel button show; Cancel hangs
up the connection, so the worker ends at once. The outcome appears as one plain sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QWidget,
)

from desktop.i18n import translate
from desktop.models.notes_words import note_words
from desktop.workers.engine_worker import EngineWorker, JobFactory, WorkerRunner
from engine.jobs import CancelToken, Progress
from engine.network import Hangup
from engine.notes import Note

Action = Callable[[Hangup], Any]

OK_STYLE = "color: #1a7f37;"
FAIL_STYLE = "color: #a40000;"


@dataclass(frozen=True)
class ServerCall:
    """An engine call to a server as plain data, no widgets: it runs in the worker thread, so
    the password was read before (the worker never touches the keyring)."""

    call: Callable[..., Any]
    args: tuple[Any, ...]
    timeout: float

    def run(self, hangup: Hangup) -> Any:
        return self.call(*self.args, timeout=self.timeout, hangup=hangup)


def _as_job(action: Action, hangup: Hangup) -> JobFactory:
    def job(token: CancelToken) -> Generator[Progress, None, Any]:
        yield Progress(0, None, translate("network_action", "Connecting…"))
        token.check()
        return action(hangup)

    return job


class NetworkActionWidget(QWidget):
    """Busy bar, Cancel and the result line for the page's network actions."""

    succeeded = Signal(object)  # the action's result
    failed = Signal(str)
    failed_code = Signal(str)  # what went wrong as a code (EngineWorker.failed_code), first
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = WorkerRunner(self)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # "busy": no known length
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        # Escape rather than a mnemonic: the forms need their letters, and the button (so
        # its shortcut) only exists on screen while the action runs.
        self.cancel_button = QPushButton(translate("network_action", "Cancel"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.setToolTip(translate("network_action",
                                                "Stop waiting for the server (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.result, 1)
        self._worker: EngineWorker | None = None
        self._hangup: Hangup | None = None
        self._show_busy(False)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self, what: str, action: Action) -> None:
        """Run ``action`` in a worker thread; ``what`` says what is happening meanwhile."""
        if self._worker is not None:
            return
        self._hangup = Hangup()
        worker = EngineWorker(_as_job(action, self._hangup))
        worker.finished.connect(self._on_worker_finished)
        worker.failed_code.connect(self.failed_code)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker
        self.result.setStyleSheet("")
        self.result.setText(what)
        self._show_busy(True)
        self.scroll_into_view()
        self.runner.start(worker)

    def call(self, what: str, call: Callable[..., Any], *args: Any, timeout: float) -> None:
        """``call(*args, timeout=…, hangup=…)`` in a worker thread (``start``)."""
        self.start(what, ServerCall(call, args, timeout).run)

    @Slot()
    def cancel(self) -> None:
        if self._worker is not None and self._hangup is not None:
            self._worker.cancel()
            self._hangup.hang_up()

    def say(self, message: str, ok: bool) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else FAIL_STYLE)
        self.result.setText(message)
        self.scroll_into_view()

    def scroll_into_view(self) -> None:
        """Scroll the page so the result line shows: on a small screen the button that
        started the action may sit at the fold, and its answer must not land below it."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self, 0, 8)

    @Slot(object)
    def _on_worker_finished(self, result: object) -> None:
        self._done()
        if isinstance(result, Note):
            self.say(note_words(result), True)
        elif isinstance(result, str):
            self.say(result, True)
        self.succeeded.emit(result)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._done()
        self.say(message, False)
        self.failed.emit(message)

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._done()
        cancelled = translate("network_action", "Cancelled.")
        self.say(cancelled, False)
        self.failed.emit(cancelled)


    def _done(self) -> None:
        self._worker = None
        self._hangup = None
        self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.busy_changed.emit(busy)

    def stop(self) -> None:
        """Hang up and wait for the worker: before the window closes."""
        self.cancel()
        self.runner.stop_all()
