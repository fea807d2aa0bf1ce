"""The job scheduler in a QThread while the window is open.

``SchedulerController`` resolves the passwords in the GUI thread (keyring calls stay on one
thread), then runs the engine's ``Runner.run_forever`` in an ``EngineWorker``. The runner's
last act, in its own thread, is to release what it claimed and unregister. The window reads
the jobs' state from the database; the controller only says whether the scheduler runs.
"""

from __future__ import annotations

import time
from collections.abc import Generator

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop.models.notes_words import progress_words
from desktop.services import Services
from desktop.workers.engine_worker import EngineWorker, WorkerRunner
from engine.config import UnsubscribeService
from engine.errors import SecretStoreUnavailable
from engine.jobs import CancelToken, JobContext, Progress, new_runner_id
from engine.scheduler.runner import IdleSummary, Runner
from engine.sending.receivers import configured_mx_lookup
from engine.storage import repo

PROGRESS_EVERY = 0.25  # seconds


def resolve_passwords(services: Services) -> dict[str, str | None]:
    profiles = repo.list_profiles()
    keys = [p.secret_key for p in profiles if p.requires_auth]
    keys += [p.dkim_secret_key for p in profiles if p.dkim_enabled]
    mailbox = repo.load_mailbox()
    if mailbox.host:
        keys.append(mailbox.secret_key)
    if repo.load_setting(UnsubscribeService).enabled:
        keys.append(UnsubscribeService.SECRET_KEY)
    passwords: dict[str, str | None] = {}
    for key in keys:
        try:
            passwords[key] = services.secrets.get(key)
        except SecretStoreUnavailable:
            passwords[key] = None
    return passwords


def throttled(job: Generator[Progress, None, IdleSummary], every: float,
              ) -> Generator[Progress, None, IdleSummary]:
    """Pass on at most one progress report per ``every`` seconds.

    A send reports after every message; hundreds of queued signals a second only keep the
    window's thread busy for nothing.
    """
    last = 0.0
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        now = time.monotonic()
        if now - last >= every:
            last = now
            yield progress


def scheduler_job(ctx: JobContext, poll_seconds: float) -> Generator[Progress, None, IdleSummary]:
    runner = Runner(ctx)
    try:
        return (yield from throttled(runner.run_forever(poll_seconds), PROGRESS_EVERY))
    finally:
        runner.stop()


class SchedulerController(QObject):
    """Starts and stops the background scheduler; one per ``Services`` (``controller_for``)."""

    running_changed = Signal(bool)
    progressed = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None, *,
                 poll_seconds: float = 2.0) -> None:
        super().__init__(parent)
        self.services = services
        self.poll_seconds = poll_seconds
        self._runner = WorkerRunner(self)
        self._worker: EngineWorker | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        if self._worker is not None:
            return
        passwords = resolve_passwords(self.services)
        clock = self.services.clock
        poll = self.poll_seconds

        def factory(token: CancelToken) -> Generator[Progress, None, IdleSummary]:
            ctx = JobContext(clock=clock, passwords=passwords, token=token,
                             runner_id=new_runner_id("window"), mx_lookup=configured_mx_lookup())
            return scheduler_job(ctx, poll)

        worker = EngineWorker(factory)
        worker.progressed.connect(self._on_worker_progressed)
        worker.failed.connect(self._on_worker_failed)
        worker.finished.connect(self._on_worker_finished)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker
        self._runner.start(worker)
        self.running_changed.emit(True)

    @Slot()
    def stop(self, wait_ms: int = 30_000) -> None:
        """Stop at a safe point: messages in flight are recorded before the thread ends."""
        # Wait for the thread even when its worker already ended (failed, say): the thread
        # runs on a moment after the worker's last signal, and a QThread destroyed while
        # running aborts the whole program at exit.
        was_running = self._worker is not None
        self._worker = None
        self._runner.stop_all(wait_ms)
        if was_running:
            self.running_changed.emit(False)

    def restart(self) -> None:
        """After a settings change: passwords and profiles are read again."""
        self.stop()
        self.start()

    @Slot(object)
    def _on_worker_progressed(self, progress: Progress) -> None:
        self.progressed.emit(progress_words(progress))

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._worker = None
        self.running_changed.emit(False)
        self.failed.emit(message)

    @Slot(object)
    def _on_worker_finished(self, _report: object) -> None:
        self._on_worker_cancelled()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        if self._worker is not None:
            self._worker = None
            self.running_changed.emit(False)


_CONTROLLERS: dict[int, SchedulerController] = {}


def controller_for(services: Services) -> SchedulerController:
    """The one scheduler of this window's services, shared by the Jobs and Campaigns pages."""
    controller = _CONTROLLERS.get(id(services))
    if controller is None or controller.services is not services:
        controller = SchedulerController(services)
        _CONTROLLERS[id(services)] = controller
    return controller
