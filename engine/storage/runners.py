"""Who is running jobs, and each job's state: for recovery after a crash and for the Jobs page.

A runner (the window, or ``run-jobs``) registers with its host and process id and keeps a
heartbeat. One found dead - its process gone on this machine, or silent for ``STALE`` - has
its work recovered: items it was sending become ``uncertain``, items it had claimed are free
again, and the jobs it held are released.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from engine.notes import Note, note
from engine.storage.db import database
from engine.storage.models import JobRun, JobState, Runner
from engine.storage.rows import tuples

STALE = timedelta(minutes=5)


def register(runner_id: str, now: datetime) -> None:
    with database.atomic():
        Runner.delete().where(Runner.id == runner_id).execute()
        Runner.create(id=runner_id, host=socket.gethostname(), pid=os.getpid(),
                      started_at=now, heartbeat_at=now)


def heartbeat(runner_id: str, now: datetime) -> None:
    with database.atomic():
        Runner.update(heartbeat_at=now).where(Runner.id == runner_id).execute()


def unregister(runner_id: str) -> None:
    with database.atomic():
        JobState.update(running_by="").where(JobState.running_by == runner_id).execute()
        Runner.delete().where(Runner.id == runner_id).execute()


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would terminate it there; rely on the heartbeat
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def dead_runners(now: datetime, *, me: str) -> list[str]:
    host = socket.gethostname()
    dead = []
    for runner in Runner.select():
        if runner.id == me:
            continue
        gone = runner.host == host and not _process_alive(runner.pid)
        if gone or runner.heartbeat_at < now - STALE:
            dead.append(runner.id)
    # Jobs or items held by a runner that never registered (or was deleted) are orphans too.
    known = {r.id for r in Runner.select(Runner.id)} - set(dead)
    for (holder,) in tuples(JobState.select(JobState.running_by)
                            .where(JobState.running_by != "")):
        if holder not in known and holder != me:
            dead.append(holder)
    return sorted(set(dead))


def forget(runner_ids: list[str]) -> None:
    with database.atomic():
        JobState.update(running_by="").where(JobState.running_by.in_(runner_ids)).execute()
        JobRun.update(state="failed", error=note("stopped_during_run").dump()).where(
            JobRun.runner.in_(runner_ids) & (JobRun.state == "running")).execute()
        Runner.delete().where(Runner.id.in_(runner_ids)).execute()


# --- job state ----------------------------------------------------------------------------


@dataclass(frozen=True)
class JobStatus:
    name: str
    paused: bool
    running_by: str
    last_run_at: datetime | None
    next_run_at: datetime | None
    last_error: str
    last_summary: dict[str, Any]


def ensure_jobs(names: list[str]) -> None:
    with database.atomic():
        for name in names:
            JobState.insert(name=name).on_conflict_ignore().execute()


def job_status(name: str) -> JobStatus:
    state = JobState.get_or_none(JobState.name == name) or JobState(name=name)
    last = (JobRun.select().where((JobRun.job == name) & (JobRun.state != "running"))
            .order_by(JobRun.id.desc()).first())
    return JobStatus(name, bool(state.paused), state.running_by or "", state.last_run_at,
                     state.next_run_at, state.last_error or "",
                     json.loads(last.summary or "{}") if last else {})


def acquire(name: str, runner_id: str, now: datetime) -> bool:
    with database.atomic():
        return bool(JobState.update(running_by=runner_id, heartbeat_at=now).where(
            (JobState.name == name) & (JobState.running_by == "")).execute())


def begin_run(name: str, runner_id: str, now: datetime) -> int:
    with database.atomic():
        return int(JobRun.create(job=name, runner=runner_id, started_at=now).id)


def finish_run(name: str, run_id: int, runner_id: str, now: datetime, *, state: str,
               summary: dict[str, Any], error: Note | None,
               next_run_at: datetime | None) -> None:
    text = error.dump() if error else ""
    values: dict[Any, Any] = {JobRun.state: state, JobRun.finished_at: now, JobRun.error: text}
    if summary or state == "ok":  # a failed job may have saved what it did (save_summary)
        values[JobRun.summary] = json.dumps(summary, default=str)
    with database.atomic():
        JobRun.update(values).where(JobRun.id == run_id).execute()
        JobState.update(running_by="", last_run_at=now, next_run_at=next_run_at,
                        last_error=text).where(
            (JobState.name == name) & (JobState.running_by == runner_id)).execute()


@dataclass(frozen=True)
class Holder:
    """Who holds a job now, and since when (naive UTC)."""

    runner_id: str
    since: datetime | None


def holder(name: str) -> Holder | None:
    state = JobState.get_or_none(JobState.name == name)
    if state is None or not state.running_by:
        return None
    run = (JobRun.select(JobRun.started_at)
           .where((JobRun.job == name) & (JobRun.runner == state.running_by)
                  & (JobRun.state == "running"))
           .order_by(JobRun.id.desc()).first())
    return Holder(state.running_by, run.started_at if run else state.heartbeat_at)


def live_runner_ids() -> set[str]:
    """Runners registered now (a dead one's row stays until some runner recovers it)."""
    return {r for (r,) in tuples(Runner.select(Runner.id))}


def save_summary(run_id: int, summary: dict[str, Any]) -> None:
    """A job's report so far, kept with its run also when the job then fails."""
    with database.atomic():
        JobRun.update(summary=json.dumps(summary, default=str)).where(
            JobRun.id == run_id).execute()


def set_paused(name: str, paused: bool) -> None:
    with database.atomic():
        JobState.update(paused=paused).where(JobState.name == name).execute()


def run_now(name: str, now: datetime) -> None:
    with database.atomic():
        JobState.update(next_run_at=now, paused=False, last_error="").where(
            JobState.name == name).execute()
