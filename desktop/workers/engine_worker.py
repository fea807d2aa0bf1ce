"""Running engine generators off the GUI thread.

The Qt worker-object pattern: an ``EngineWorker`` is moved to a fresh ``QThread``; the thread's
``started`` runs it; its signals reach the window through queued connections. Connect them to
methods of QObjects that live in the GUI thread, never to lambdas (a plain callable has no
thread affinity, so Qt may call it in the worker's thread).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.models.notes_words import error_words
from engine.errors import EngineError
from engine.jobs import Cancelled, CancelToken, Progress
from engine.storage import db

JobFactory = Callable[[CancelToken], Generator[Progress, None, Any]]


def one_call(read: Callable[[], Any]) -> JobFactory:
    """A job of one step: ``read()``, its result the job's report (for a quick read)."""

    def job(_token: CancelToken) -> Generator[Progress, None, Any]:
        yield from ()
        return read()

    return job


class EngineWorker(QObject):
    started = Signal()
    progressed = Signal(object)  # Progress
    finished = Signal(object)  # the job's report
    failed = Signal(str)  # a plain-language message
    # The failure's code (an EngineError's, else its class name), emitted just before failed,
    # so a widget can act on what went wrong without reading a sentence in some language.
    failed_code = Signal(str)
    cancelled = Signal()

    # A job may yield thousands of times a second; the window needs a few updates a second,
    # and a storm of cross-thread signals has crashed PySide6 (6.12) here. A token bucket:
    # a job that reports now and then keeps every step; only a flood is thinned.
    PROGRESS_BURST = 10
    PROGRESS_PER_SECOND = 20.0

    def __init__(self, factory: JobFactory) -> None:
        super().__init__()
        self._factory = factory
        self.token = CancelToken()

    @Slot()
    def run(self) -> None:
        self.started.emit()
        tokens, refilled = float(self.PROGRESS_BURST), time.monotonic()
        pending: Progress | None = None
        try:
            job = self._factory(self.token)
            while True:
                if self.token.cancelled:
                    job.close()
                    raise Cancelled()
                try:
                    progress = next(job)
                except StopIteration as stop:
                    if pending is not None:
                        self.progressed.emit(pending)
                    self.finished.emit(stop.value)
                    return
                now = time.monotonic()
                refill = (now - refilled) * self.PROGRESS_PER_SECOND
                tokens, refilled = min(self.PROGRESS_BURST, tokens + refill), now
                if tokens >= 1:
                    tokens -= 1
                    self.progressed.emit(progress)
                    pending = None
                else:
                    pending = progress
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - the window shows it; the thread must not die silently
            self.failed_code.emit(exc.code if isinstance(exc, EngineError) else type(exc).__name__)
            self.failed.emit(error_words(exc))
        finally:
            db.close_thread_connection()

    def cancel(self) -> None:
        self.token.cancel()


class WorkerRunner(QObject):
    """Owns the threads of its workers, so none is destroyed while running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: dict[EngineWorker, QThread] = {}
        self._closed = False

    def start(self, worker: EngineWorker) -> EngineWorker:
        """Run ``worker`` in a thread of its own; after ``close()`` it is never run (a timer
        or a late signal must not start a thread that would outlive the window)."""
        if self._closed:
            return worker
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        for signal in (worker.finished, worker.failed, worker.cancelled):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._threads[worker] = thread
        thread.start()
        return worker

    def _on_thread_finished(self) -> None:
        for worker, thread in list(self._threads.items()):
            if thread.isFinished():
                del self._threads[worker]
                worker.deleteLater()
                thread.deleteLater()

    @property
    def running(self) -> int:
        return len(self._threads)

    def close(self, wait_ms: int = 5000) -> None:
        """Stop every worker and start no more: the window is closing."""
        self._closed = True
        self.stop_all(wait_ms)

    def stop_all(self, wait_ms: int = 5000) -> None:
        for worker in list(self._threads):
            worker.cancel()
        for worker, thread in list(self._threads.items()):
            thread.quit()
            if thread.wait(wait_ms):
                # Finished: forget it now rather than at the queued ``finished`` signal,
                # which may never be delivered once the window is closing.
                del self._threads[worker]
                worker.deleteLater()
                thread.deleteLater()
