"""The scheduler loop shared by the window (in a QThread) and ``newsletter-desk run-jobs``.

A ``Runner`` registers itself, recovers what dead runners left, and runs each job that is due:
work-driven jobs as soon as they have work (after a failure, not before their retry time),
periodic ones when their interval has passed. One runner at a time holds a job; items are
claimed on top of that, so two runners on one database never send the same item twice.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from engine.errors import EngineError, error_note
from engine.jobs import Cancelled, JobContext, Progress
from engine.notes import Note
from engine.scheduler.jobs import JOBS, Job
from engine.scheduler.status import next_run
from engine.storage import items, outbound, runners

log = logging.getLogger(__name__)

FAILURE_RETRY = timedelta(minutes=1)


class AlreadyRunning(EngineError):
    """The job is held by another runner (in this process or another, on any machine that
    shares the database): one run of a job at a time, whoever starts it."""


# Who starts jobs, in the words a second starter is told ("… started 09:12 UTC by …").
STARTERS = {
    "window": "the window's scheduler",
    "collect-now": "Collect now in the window",
    "collect": "the collect command",
    "run-jobs": "the run-jobs command",
}


def starter_words(runner_id: str) -> str:
    """Who a runner id says started it, e.g. "Collect now in the window on host-1"."""
    runner, _sep, starter = runner_id.rpartition("/")
    if not runner:
        runner, starter = runner_id, ""
    host = runner.split(":", 1)[0]
    who = STARTERS.get(starter, "another runner")
    return f"{who} on {host}" if host else who


def busy_message(job: Job) -> str:
    what = ("A collection of this mailbox" if job.name == "process_bounce_email"
            else f"“{job.title}”")
    held = runners.holder(job.name)
    if held is None:  # let go between our try and this look
        return f"{what} was just running; try again."
    since = f"started {held.since:%H:%M} UTC" if held.since else "started earlier"
    return (f"{what} is already running ({since} by {starter_words(held.runner_id)}). "
            "Wait for it to finish.")


@dataclass(frozen=True)
class JobOutcome:
    name: str
    state: str  # ok | failed | cancelled | busy
    summary: dict[str, Any]
    error: Note | None = None


@dataclass
class IdleSummary:
    runs: list[JobOutcome] = field(default_factory=list)
    recovered_uncertain: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "runs": [{"job": r.name, "state": r.state, "summary": r.summary,
                      "error": r.error.dump() if r.error else ""} for r in self.runs],
            "recovered_uncertain": self.recovered_uncertain,
        }


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    moment = datetime.fromisoformat(value)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


class Runner:
    def __init__(self, ctx: JobContext, jobs: Sequence[Job] = JOBS, *,
                 heartbeat_every: float = 10.0) -> None:
        self.ctx = ctx
        self.jobs = tuple(jobs)
        self._heartbeat_every = timedelta(seconds=heartbeat_every)
        self._last_beat: datetime | None = None
        self.started = False

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> int:
        """Register, and recover dead runners' work; returns how many items became uncertain."""
        now = self.ctx.db_now()
        runners.register(self.ctx.runner_id, now)
        runners.ensure_jobs([j.name for j in self.jobs])
        self.started = True
        return self.recover()

    def recover(self) -> int:
        now = self.ctx.db_now()
        dead = runners.dead_runners(now, me=self.ctx.runner_id)
        if not dead:
            return 0
        uncertain, _ = items.recover(dead, now)
        uncertain += outbound.recover(dead)
        runners.forget(dead)
        if uncertain:
            log.warning("%d messages were being sent when a runner stopped; marked uncertain",
                        uncertain)
        return uncertain

    def stop(self) -> None:
        if not self.started:
            return
        items.release(self.ctx.runner_id)
        outbound.release(self.ctx.runner_id)
        runners.unregister(self.ctx.runner_id)
        self.started = False

    def _beat(self) -> None:
        now = self.ctx.db_now()
        if self._last_beat is None or now - self._last_beat >= self._heartbeat_every:
            runners.heartbeat(self.ctx.runner_id, now)
            self._last_beat = now

    # -- deciding ----------------------------------------------------------------------------

    def is_due(self, job: Job) -> bool:
        # the Jobs page's "due" is this same decision (engine.scheduler.status)
        status = runners.job_status(job.name)
        return next_run(job, status, self.ctx.db_now(),
                        lambda: job.has_work(self.ctx)).kind == "due"

    def due_jobs(self) -> list[Job]:
        return [job for job in self.jobs if self.is_due(job)]

    # -- running -----------------------------------------------------------------------------

    def run_job(self, job: Job) -> Generator[Progress, None, JobOutcome]:
        now = self.ctx.db_now()
        if not runners.acquire(job.name, self.ctx.runner_id, now):
            return JobOutcome(job.name, "busy", {})
        run_id = runners.begin_run(job.name, self.ctx.runner_id, now)
        summary: dict[str, Any] = {}
        state, error = "ok", None
        cancelled = False
        try:
            body = job.body(dataclasses.replace(self.ctx, run_id=run_id))
            summary = yield from self._drive(body, job.title)
        except Cancelled:
            state, cancelled = "cancelled", True
        except EngineError as exc:
            state, error = "failed", error_note(exc)
        except Exception as exc:  # noqa: BLE001 - recorded on the Jobs page, the loop goes on
            log.exception("job %s failed", job.name)
            state, error = "failed", error_note(exc)
        finished = self.ctx.db_now()
        if state == "failed":
            next_run: datetime | None = finished + max(FAILURE_RETRY, job.interval())
        else:
            next_run = _parse_time(summary.get("resume_at")) or finished + job.interval()
        runners.finish_run(job.name, run_id, self.ctx.runner_id, finished, state=state,
                           summary=summary, error=error, next_run_at=next_run)
        if cancelled:
            raise Cancelled()
        return JobOutcome(job.name, state, summary, error)

    def _drive(self, body: Generator[Progress, None, dict[str, Any] | None],
               job_title: str = "") -> Generator[Progress, None, dict[str, Any]]:
        """A job body's progress, with a heartbeat at each step; returns its summary."""
        while True:
            try:
                progress = next(body)
            except StopIteration as stop:
                return stop.value or {}
            self._beat()
            yield dataclasses.replace(progress, job=job_title) if job_title else progress

    def run_alone(self, job: Job) -> Generator[Progress, None, dict[str, Any]]:
        """Run ``job`` once now (the body of ``run_now``, which callers use), under the lock
        the scheduler takes (a row in the database, so it holds across processes and
        machines): ``AlreadyRunning`` if another runner holds it. The run is recorded as a
        scheduled one is (the Jobs page's last and next run), then this runner leaves.
        Failures are raised, not only recorded: the caller shows them."""
        self.start()  # registered, so no runner takes the held job for an orphan's
        try:
            now = self.ctx.db_now()
            if not runners.acquire(job.name, self.ctx.runner_id, now):
                raise AlreadyRunning(busy_message(job))
            run_id = runners.begin_run(job.name, self.ctx.runner_id, now)
            state, error = "ok", None
            summary: dict[str, Any] = {}
            try:
                body = job.body(dataclasses.replace(self.ctx, run_id=run_id))
                summary = yield from self._drive(body)
            except (Cancelled, GeneratorExit):
                state = "cancelled"
                raise
            except BaseException as exc:
                state, error = "failed", error_note(exc)
                raise
            finally:
                finished = self.ctx.db_now()
                wait = job.interval() if state != "failed" else max(FAILURE_RETRY,
                                                                     job.interval())
                runners.finish_run(job.name, run_id, self.ctx.runner_id, finished,
                                   state=state, summary=summary, error=error,
                                   next_run_at=finished + wait)
            return summary
        finally:
            self.stop()

    def run_until_idle(self, max_runs: int = 10_000) -> Generator[Progress, None, IdleSummary]:
        """Run due jobs until none has work that is due now (``run-jobs --until-idle``)."""
        report = IdleSummary()
        if not self.started:
            report.recovered_uncertain = self.start()
        stalled: set[str] = set()
        previous: dict[str, dict[str, Any]] = {}
        while len(report.runs) < max_runs:
            self.ctx.check()
            due = [j for j in self.due_jobs() if j.name not in stalled]
            if not due:
                break
            for job in due:
                outcome = yield from self.run_job(job)
                report.runs.append(outcome)
                # A job that says it has work but changes nothing (another runner holds the
                # items) would keep us here for ever.
                if outcome.state == "busy" or previous.get(job.name) == outcome.summary:
                    stalled.add(job.name)
                previous[job.name] = outcome.summary
        return report

    def run_forever(self, poll_seconds: float = 5.0) -> Generator[Progress, None, IdleSummary]:
        """The window's and a left-on machine's loop, until the cancel token is set."""
        report = IdleSummary()
        if not self.started:
            report.recovered_uncertain = self.start()
        last_recovery = self.ctx.db_now()
        try:
            while True:
                self.ctx.check()
                for job in self.due_jobs():
                    report.runs.append((yield from self.run_job(job)))
                    report.runs = report.runs[-100:]
                self._beat()
                if self.ctx.db_now() - last_recovery > runners.STALE / 2:
                    report.recovered_uncertain += self.recover()
                    last_recovery = self.ctx.db_now()
                yield Progress(len(report.runs), None, "waiting for work")
                waited = 0.0
                while waited < poll_seconds:
                    self.ctx.check()
                    self.ctx.clock.sleep(0.2)
                    waited += 0.2
        except Cancelled:
            return report
