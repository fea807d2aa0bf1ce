"""The jobs' and the mailbox's facts the window shows, decided as the runner decides."""

from __future__ import annotations

from datetime import timedelta

import pytest

from engine.clock import FakeClock, stored_now
from engine.config import BounceMailbox
from engine.jobs import JobContext
from engine.scheduler.jobs import job
from engine.scheduler.runner import Runner
from engine.scheduler.status import (
    MailboxReadiness,
    NextRun,
    job_facts,
    mailbox_password,
    mailbox_readiness,
)
from engine.secrets import MemorySecretStore
from engine.storage import repo, runners
from engine.storage.bounces import COLLECT_JOB
from engine.storage.models import JobState

pytestmark = pytest.mark.usefixtures("database_url")

MAILBOX = BounceMailbox(host="imap.example.org", username="bounces@example.org")


def _collect_facts(clock: FakeClock) -> NextRun:
    return next(f for f in job_facts(clock) if f.job.name == COLLECT_JOB).next_run


def _runner_says_due(clock: FakeClock) -> bool:
    runner = Runner(JobContext(clock=clock))
    return runner.is_due(job(COLLECT_JOB))


def test_a_collection_with_its_mailbox_switched_off_is_not_due_for_the_page_nor_the_runner(
) -> None:
    clock = FakeClock()
    runners.ensure_jobs([COLLECT_JOB])
    repo.save_mailbox(BounceMailbox(host="imap.example.org", username="bounces@example.org",
                                    enabled=False))
    assert _collect_facts(clock) == NextRun("when_work")
    assert not _runner_says_due(clock)


def test_a_collection_past_its_time_is_due_since_then_for_the_page_and_the_runner() -> None:
    clock = FakeClock()
    runners.ensure_jobs([COLLECT_JOB])
    repo.save_mailbox(MAILBOX)
    past = stored_now(clock) - timedelta(hours=3)
    JobState.update(next_run_at=past).execute()
    assert _collect_facts(clock) == NextRun("due", past)
    assert _runner_says_due(clock)


def test_a_collection_before_its_time_waits_for_it_for_the_page_and_the_runner() -> None:
    clock = FakeClock()
    runners.ensure_jobs([COLLECT_JOB])
    repo.save_mailbox(MAILBOX)
    later = stored_now(clock) + timedelta(minutes=4)
    JobState.update(next_run_at=later).execute()
    assert _collect_facts(clock) == NextRun("at", later)
    assert not _runner_says_due(clock)


def test_a_paused_job_is_paused_whatever_its_work() -> None:
    clock = FakeClock()
    runners.ensure_jobs([COLLECT_JOB])
    repo.save_mailbox(MAILBOX)
    runners.set_paused(COLLECT_JOB, True)
    assert _collect_facts(clock) == NextRun("paused")
    assert not _runner_says_due(clock)


def test_a_job_held_by_a_runner_that_died_is_stopped_mid_run_not_running() -> None:
    clock = FakeClock()
    runners.ensure_jobs([COLLECT_JOB])
    JobState.update(running_by="gone-host:999999:dead/window").execute()
    facts = next(f for f in job_facts(clock) if f.job.name == COLLECT_JOB)
    assert (facts.state, facts.holder_alive, facts.jobs_running) == (
        "stopped_mid_run", False, False)
    assert facts.next_run.kind != "running"


@pytest.mark.parametrize(("mailbox", "problem"), [
    (BounceMailbox(), "not_set_up"),
    (BounceMailbox(host="imap.example.org"), "incomplete"),
    (BounceMailbox(host="imap.example.org", username="b@example.org", enabled=False),
     "switched_off"),
    (MAILBOX, None),
])
def test_the_mailbox_readiness_names_the_first_thing_to_set_up(
    mailbox: BounceMailbox, problem: str | None,
) -> None:
    assert mailbox_readiness(mailbox).problem == problem


def test_a_ready_mailbox_without_a_saved_password_is_not_ready_to_collect() -> None:
    secrets = MemorySecretStore()
    assert mailbox_password(MAILBOX, secrets) == (None, MailboxReadiness("no_password"))
    secrets.set(MAILBOX.secret_key, "pw")
    assert mailbox_password(MAILBOX, secrets) == ("pw", MailboxReadiness(None))
