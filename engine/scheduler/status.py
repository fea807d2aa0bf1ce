"""What the window shows of the jobs and the bounce mailbox, as facts; the words are the
desktop's (``desktop/models/words.py``).

A page and the runner decide with the same function (``next_run``): a job the Jobs page calls
due is one the runner would run now, and the runner's ``is_due`` is nothing else. Status is read
with a ``Clock``, never a job's context built only to read the time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from engine.clock import Clock, stored_now
from engine.config import BounceMailbox, UnsubscribeService
from engine.errors import SecretStoreUnavailable
from engine.jobs import JobContext
from engine.scheduler.jobs import JOBS, Job
from engine.secrets import SecretStore
from engine.storage import repo, runners, service_pull
from engine.storage.runners import JobStatus

# paused; running (held by a live runner); at (waits for ``NextRun.at``); when_work (nothing to
# do); due (the runner takes it when it next looks, ``at`` the time it was due, when known).
NextRunKind = Literal["paused", "running", "at", "when_work", "due"]
# running; stopped_mid_run (held by a runner that died: released when jobs next run); paused;
# waiting.
JobCondition = Literal["running", "stopped_mid_run", "paused", "waiting"]


@dataclass(frozen=True)
class NextRun:
    kind: NextRunKind
    at: datetime | None = None  # naive UTC, as stored


def next_run(job: Job, status: JobStatus, now: datetime, has_work: Callable[[], bool], *,
             holder_alive: bool = True) -> NextRun:
    """When ``job`` runs next (``now`` naive UTC). ``has_work`` is asked only when the answer
    depends on it (the runner asks often). A holder that died blocks nothing once recovered:
    with ``holder_alive=False`` the answer is what follows the recovery."""
    if status.paused:
        return NextRun("paused")
    if status.running_by and holder_alive:
        return NextRun("running")
    waiting = status.next_run_at is not None and status.next_run_at > now
    # a work-driven job waits only after a failure (its retry time), a periodic one always
    if waiting and (status.last_error or not job.work_driven):
        return NextRun("at", status.next_run_at)
    if not has_work():
        return NextRun("when_work")
    return NextRun("due", None if job.work_driven else status.next_run_at)


@dataclass(frozen=True)
class JobFacts:
    """One job as the Jobs page shows it."""

    job: Job
    status: JobStatus
    holder_alive: bool  # the runner holding it is registered and alive (not a dead one's hold)
    next_run: NextRun
    jobs_running: bool  # some runner (this window, run-jobs, …) is alive to run due jobs
    now: datetime  # naive UTC, as the times above

    @property
    def state(self) -> JobCondition:
        if self.status.running_by:
            return "running" if self.holder_alive else "stopped_mid_run"
        return "paused" if self.status.paused else "waiting"


def job_facts(clock: Clock, jobs: Sequence[Job] = JOBS) -> list[JobFacts]:
    """Every job's facts, read from the database (in a worker thread: a few queries a job)."""
    ctx = JobContext(clock=clock)  # has_work is asked as the runner asks it
    now = stored_now(clock)
    alive = runners.live_runner_ids() - set(runners.dead_runners(now, me=""))
    facts = []
    for job in jobs:
        status = runners.job_status(job.name)

        def has_work(job: Job = job) -> bool:
            try:
                return job.has_work(ctx)
            except Exception:  # noqa: BLE001 - showing state must not fail on one job's check
                return False

        holder_alive = status.running_by in alive
        facts.append(JobFacts(job, status, holder_alive,
                              next_run(job, status, now, has_work, holder_alive=holder_alive),
                              bool(alive), now))
    return facts


# --- the bounce mailbox -------------------------------------------------------------------

# What stands between the mailbox and a collection, first first: not_set_up (no server),
# incomplete (a field error, in ``detail``), switched_off, no_password, password_unreadable
# (the secret store's message in ``detail``).
MailboxProblem = Literal["not_set_up", "incomplete", "switched_off", "no_password",
                         "password_unreadable"]


@dataclass(frozen=True)
class MailboxReadiness:
    problem: MailboxProblem | None
    detail: str = ""

    @property
    def ready(self) -> bool:
        return self.problem is None


def mailbox_readiness(mailbox: BounceMailbox) -> MailboxReadiness:
    """Whether the settings allow a collection (the password is not looked at here)."""
    if not mailbox.host.strip():
        return MailboxReadiness("not_set_up")
    errors = mailbox.validate()
    if errors:
        return MailboxReadiness("incomplete", next(iter(errors.values())))
    if not mailbox.enabled:
        return MailboxReadiness("switched_off")
    return MailboxReadiness(None)


def mailbox_password(mailbox: BounceMailbox,
                     secrets: SecretStore) -> tuple[str | None, MailboxReadiness]:
    """The mailbox's password from ``secrets`` (call from the thread that owns the keyring),
    with what stands in the way when there is none."""
    readiness = mailbox_readiness(mailbox)
    if not readiness.ready:
        return None, readiness
    try:
        password = secrets.get(mailbox.secret_key)
    except SecretStoreUnavailable as exc:
        return None, MailboxReadiness("password_unreadable", str(exc))
    if not password:
        return None, MailboxReadiness("no_password")
    return password, readiness


# --- the unsubscribe service's 48-hour clock ----------------------------------------------

# RFC 8058 and the large mailbox providers expect an unsubscribe honoured within two days;
# warning at one day leaves the other to fix what stops the pull.
SERVICE_WARN_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class ServiceLag:
    """An unsubscribe request the desktop may not have applied in time: ``hours`` is the age
    of the oldest one the service reported unacknowledged (``waiting``), or, when the service
    could not be pulled, the time since the last pull that worked (``unpulled``)."""

    kind: Literal["waiting", "unpulled"]
    hours: int


def unsubscribe_service_lag(clock: Clock) -> ServiceLag | None:
    """The Jobs page's warning, or None while every request is in time (or no service)."""
    if not repo.load_setting(UnsubscribeService).enabled:
        return None
    now = stored_now(clock)
    state = service_pull.load_pull_state()
    if state.oldest_unacknowledged is not None:
        age = now - state.oldest_unacknowledged
        if age > SERVICE_WARN_AFTER:
            return ServiceLag("waiting", int(age.total_seconds() // 3600))
    if state.last_pulled_at is not None and now - state.last_pulled_at > SERVICE_WARN_AFTER:
        return ServiceLag("unpulled", int((now - state.last_pulled_at).total_seconds() // 3600))
    return None
