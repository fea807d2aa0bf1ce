"""Run one job now: through the scheduler's lock and record, by the job's name or the job."""

from __future__ import annotations

import pytest

from engine.clock import FakeClock
from engine.jobs import JobContext, run_to_end
from engine.scheduler.run_now import AlreadyRunning, run_now
from engine.storage import runners
from engine.storage.models import JobRun
from engine.storage.models import Runner as RunnerRecord

pytestmark = pytest.mark.usefixtures("database_url")

JOB = "mark_campaigns_completed"


def test_a_job_run_now_by_name_is_recorded_as_a_scheduled_run_and_its_runner_leaves() -> None:
    clock = FakeClock()
    run_to_end(run_now(JOB, JobContext(clock=clock, runner_id="me:1:a/run-jobs")))
    status = runners.job_status(JOB)
    now = clock.now().replace(tzinfo=None)
    assert (status.last_run_at, status.running_by, status.last_error) == (now, "", "")
    assert [(r.job, r.state) for r in JobRun.select()] == [(JOB, "ok")]
    assert RunnerRecord.select().count() == 0


def test_a_job_held_by_another_runner_is_not_run_now_and_the_refusal_names_the_holder() -> None:
    clock = FakeClock()
    runners.ensure_jobs([JOB])
    runners.register("other:1:b/window", clock.now().replace(tzinfo=None))
    assert runners.acquire(JOB, "other:1:b/window", clock.now().replace(tzinfo=None))
    with pytest.raises(AlreadyRunning, match="by the window's scheduler on other"):
        run_to_end(run_now(JOB, JobContext(clock=clock, runner_id="me:1:a/run-jobs")))
    assert JobRun.select().count() == 0
