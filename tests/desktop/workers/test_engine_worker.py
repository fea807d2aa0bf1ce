"""Engine generators run in a QThread and report to the GUI thread through signals."""

from __future__ import annotations

import threading
from collections.abc import Generator

from PySide6.QtCore import QObject, Slot

from desktop.i18n import install_translation
from desktop.workers.engine_worker import EngineWorker, WorkerRunner
from engine.errors import AuthError
from engine.jobs import CancelToken, Progress


class Recorder(QObject):
    """Lives in the GUI thread; its slots must run there."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[int] = set()
        self.progress: list[Progress] = []
        self.result: object = None
        self.error = ""
        self.code = ""

    @Slot(object)
    def on_progressed(self, progress: Progress) -> None:
        self.threads.add(threading.get_ident())
        self.progress.append(progress)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.threads.add(threading.get_ident())
        self.result = result

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.error = message

    @Slot(str)
    def on_failed_code(self, code: str) -> None:
        self.code = code


def counting_job(worker_threads: list[int]) -> object:
    def job(token: CancelToken) -> Generator[Progress, None, str]:
        worker_threads.append(threading.get_ident())
        for n in range(3):
            token.check()
            yield Progress(n + 1, 3, f"step {n + 1}")
        return "done"

    return job


def test_signals_reach_gui_thread_slots_not_the_worker_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner, recorder, worker_threads = WorkerRunner(), Recorder(), []
    worker = EngineWorker(counting_job(worker_threads))  # type: ignore[arg-type]
    worker.progressed.connect(recorder.on_progressed)
    worker.finished.connect(recorder.on_finished)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        runner.start(worker)
    qtbot.waitUntil(lambda: runner.running == 0, timeout=5000)
    assert recorder.result == "done"
    assert [p.done for p in recorder.progress] == [1, 2, 3]
    assert recorder.threads == {threading.get_ident()}
    assert worker_threads and worker_threads[0] != threading.get_ident()


def test_a_failing_job_reports_a_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(token: CancelToken) -> Generator[Progress, None, None]:
        yield Progress(0)
        raise ValueError("the server went away")

    runner, recorder = WorkerRunner(), Recorder()
    worker = EngineWorker(job)
    worker.failed.connect(recorder.on_failed)
    with qtbot.waitSignal(worker.failed, timeout=5000):
        runner.start(worker)
    qtbot.waitUntil(lambda: runner.running == 0, timeout=5000)
    assert recorder.error == "the server went away"


def test_a_failing_engine_job_reports_its_code_and_its_sentence_in_the_window_language(
        qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(token: CancelToken) -> Generator[Progress, None, None]:
        yield Progress(0)
        raise AuthError("Sign in again to “Office”: the sign-in has expired or was revoked.",
                        code="oauth_sign_in_again", params={"name": "Office"})

    install_translation("de")
    runner, recorder = WorkerRunner(), Recorder()
    worker = EngineWorker(job)
    worker.failed.connect(recorder.on_failed)
    worker.failed_code.connect(recorder.on_failed_code)
    with qtbot.waitSignal(worker.failed, timeout=5000):
        runner.start(worker)
    qtbot.waitUntil(lambda: runner.running == 0, timeout=5000)
    assert recorder.code == "oauth_sign_in_again"
    assert "„Office“" in recorder.error or "“Office”" in recorder.error
    assert "sign-in" not in recorder.error


def test_cancel_stops_the_job_at_its_next_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()

    def job(token: CancelToken) -> Generator[Progress, None, None]:
        while True:
            gate.wait(5)
            token.check()
            yield Progress(0)

    runner = WorkerRunner()
    worker = EngineWorker(job)
    with qtbot.waitSignal(worker.cancelled, timeout=5000):
        runner.start(worker)
        worker.cancel()
        gate.set()
    qtbot.waitUntil(lambda: runner.running == 0, timeout=5000)


def test_a_chatty_job_is_reported_a_few_times_a_second_ending_with_its_last_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(token: CancelToken) -> Generator[Progress, None, str]:
        for n in range(20_000):
            yield Progress(n + 1, 20_000)
        return "done"

    runner, recorder = WorkerRunner(), Recorder()
    worker = EngineWorker(job)
    worker.progressed.connect(recorder.on_progressed)
    worker.finished.connect(recorder.on_finished)
    with qtbot.waitSignal(worker.finished, timeout=10_000):
        runner.start(worker)
    qtbot.waitUntil(lambda: runner.running == 0, timeout=5000)
    assert recorder.result == "done"
    assert len(recorder.progress) < 1000
    assert recorder.progress[-1].done == 20_000


def test_a_closed_runner_waits_for_its_threads_and_starts_no_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def slow(token: CancelToken) -> Generator[Progress, None, str]:
        while not release.wait(0.01):
            token.check()
            yield Progress(0)
        return "done"

    runner = WorkerRunner()
    running = runner.start(EngineWorker(slow))
    qtbot.waitUntil(lambda: runner.running == 1, timeout=5000)
    runner.close()
    assert runner.running == 0 and running.token.cancelled
    late = Recorder()
    worker = EngineWorker(lambda _token: iter(()))  # type: ignore[arg-type,return-value]
    worker.finished.connect(late.on_finished)
    runner.start(worker)
    qtbot.wait(100)
    assert runner.running == 0 and late.threads == set()
