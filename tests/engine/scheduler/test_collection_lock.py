"""One collection of the mailbox at a time, whoever starts it: the window's Collect now, the
``collect`` command, the scheduler or ``run-jobs``, in this process or another."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from engine.clock import Clock, FakeClock, SystemClock
from engine.config import BounceMailbox
from engine.jobs import JobContext, Progress, new_runner_id, run_to_end
from engine.scheduler.jobs import job
from engine.scheduler.run_now import run_now
from engine.scheduler.runner import AlreadyRunning, Runner
from engine.storage import repo, runners
from engine.storage.bounces import COLLECT_JOB
from engine.storage.models import JobRun, JobState
from tests.engine.collecting import mail
from tests.servers.dovecot import DovecotServer, MailUser

ROOT = Path(__file__).resolve().parents[3]
COLLECT = job(COLLECT_JOB)


@pytest.fixture
def mailbox(any_database: str, dovecot: DovecotServer, dovecot_user: MailUser) -> BounceMailbox:
    settings = BounceMailbox(protocol="imap", host=dovecot.host, port=dovecot.imap_port,
                             security="none", username=dovecot_user.name,
                             bounce_address="bounces@news.example.com")
    repo.save_mailbox(settings)
    dovecot_user.put_many("INBOX", [mail.dsn(f"p{n}@example.org") for n in range(5)])
    return settings


def _ctx(mailbox: BounceMailbox, password: str, starter: str, clock: Clock) -> JobContext:
    return JobContext(clock=clock, passwords={mailbox.secret_key: password},
                      runner_id=new_runner_id(starter))


def _collect_now_ctx(mailbox: BounceMailbox, user: MailUser, clock: Clock) -> JobContext:
    return _ctx(mailbox, user.password, "collect-now", clock)


def _started(run: Generator[Progress, None, Any]) -> Generator[Progress, None, Any]:
    """The run, stopped at its first progress: it holds the mailbox from then on."""
    next(run)
    return run


def test_collect_now_is_refused_while_a_scheduled_collection_runs_and_says_by_whom(
    mailbox: BounceMailbox, dovecot_user: MailUser,
) -> None:
    clock = FakeClock()
    scheduler = Runner(_ctx(mailbox, dovecot_user.password, "run-jobs", clock))
    scheduler.start()
    scheduled = _started(scheduler.run_job(COLLECT))
    with pytest.raises(AlreadyRunning) as refused:
        run_to_end(run_now(COLLECT, _collect_now_ctx(mailbox, dovecot_user, clock)))
    began = clock.now().strftime("%H:%M")
    assert str(refused.value).startswith(
        f"A collection of this mailbox is already running (started {began} UTC by the "
        "run-jobs command on ")
    outcome = run_to_end(scheduled)
    scheduler.stop()
    assert outcome.state == "ok" and outcome.summary["messages_read"] == 5
    assert JobRun.select().count() == 1  # the refused one started nothing


def test_the_scheduler_does_not_start_a_collection_while_collect_now_runs(
    mailbox: BounceMailbox, dovecot_user: MailUser,
) -> None:
    clock = FakeClock()
    collect_now = _started(run_now(COLLECT, _collect_now_ctx(mailbox, dovecot_user, clock)))
    scheduler = Runner(_ctx(mailbox, dovecot_user.password, "window", clock))
    scheduler.start()
    assert not scheduler.is_due(COLLECT)
    assert run_to_end(scheduler.run_job(COLLECT)).state == "busy"
    scheduler.stop()
    assert run_to_end(collect_now)["messages_read"] == 5
    assert runners.job_status(COLLECT_JOB).running_by == ""


def test_collect_now_records_the_jobs_last_run_and_next_run(
    mailbox: BounceMailbox, dovecot_user: MailUser,
) -> None:
    clock = FakeClock()
    run_to_end(run_now(COLLECT, _collect_now_ctx(mailbox, dovecot_user, clock)))
    status = runners.job_status(COLLECT_JOB)
    now = clock.now().replace(tzinfo=None)
    assert status.last_run_at == now
    assert status.next_run_at == now + COLLECT.interval() > now
    assert (status.running_by, status.last_summary["messages_read"]) == ("", 5)


def test_the_collect_command_in_another_process_is_refused_while_a_collection_runs(
    any_database: str, mailbox: BounceMailbox, dovecot_user: MailUser,
) -> None:
    clock = SystemClock()  # the other process judges our heartbeat by the real time
    holding = _started(run_now(COLLECT, _collect_now_ctx(mailbox, dovecot_user, clock)))
    env = {**os.environ, "NEWSLETTER_DESK_DATABASE": any_database, "MAILBOX_PW": "secret",
           "PYTHONPATH": str(ROOT)}
    other = subprocess.run(
        [sys.executable, "-m", "desktop.launcher", "collect", "--once",
         "--password-env", "MAILBOX_PW"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert other.returncode == 1, other.stderr
    assert ("A collection of this mailbox is already running (started "
            in other.stderr)
    assert "by Collect now in the window on " in other.stderr
    assert dovecot_user.count("INBOX") == 5  # the other process removed nothing
    assert run_to_end(holding)["messages_read"] == 5
    finished = subprocess.run(
        [sys.executable, "-m", "desktop.launcher", "collect", "--once",
         "--password-env", "MAILBOX_PW"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    assert runners.job_status(COLLECT_JOB).last_run_at is not None


def test_a_hold_left_by_a_killed_collection_does_not_block_collect_now(
    mailbox: BounceMailbox, dovecot_user: MailUser,
) -> None:
    JobState.insert(name=COLLECT_JOB, running_by="gone-host:999999:dead/collect").execute()
    report = run_to_end(run_now(COLLECT, _collect_now_ctx(mailbox, dovecot_user, FakeClock())))
    assert report["messages_read"] == 5
