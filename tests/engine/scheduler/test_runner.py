"""The scheduler: due jobs, job state, recovery after a runner died."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from engine.cli.words import note_text as words
from engine.clock import FakeClock
from engine.jobs import JobContext, run_to_end
from engine.notes import load
from engine.scheduler.jobs import JOB_NAMES
from engine.scheduler.runner import Runner
from engine.storage import campaigns, runners
from engine.storage.models import CampaignItem, JobState
from engine.storage.models import Runner as RunnerRecord
from tests.engine.sending.conftest import PASSWORD, add_contacts, make_campaign, profile_for

pytestmark = pytest.mark.usefixtures("database_url")


def make_ctx(clock: FakeClock, profile: Any = None, runner_id: str = "me:1:a") -> JobContext:
    passwords = {profile.key: PASSWORD} if profile else {}
    return JobContext(clock=clock, passwords=passwords, runner_id=runner_id)


def test_the_six_jobs_are_known_by_name() -> None:
    assert JOB_NAMES == (
        "generate_campaign_items", "process_campaign_messages", "process_outbound_email",
        "mark_campaigns_completed", "process_autoresponder_messages", "process_bounce_email",
    )


def test_until_idle_generates_sends_and_completes_a_campaign(
    smtp_server: Callable[..., Any],
) -> None:
    clock = FakeClock()
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 5)
    campaign = make_campaign(profile)
    campaigns.prepare(campaign.id, send_when_ready=True)
    runner = Runner(make_ctx(clock, profile))
    summary = run_to_end(runner.run_until_idle())
    runner.stop()
    ran = [r.name for r in summary.runs]
    assert ran[:2] == ["generate_campaign_items", "process_campaign_messages"]
    assert "mark_campaigns_completed" in ran
    assert len(server.messages) == 5
    assert campaigns.get_campaign_by_id(campaign.id).status == "completed"  # type: ignore[union-attr]
    status = runners.job_status("process_campaign_messages")
    assert status.last_run_at == clock.now().replace(tzinfo=None)
    assert status.last_error == ""
    assert status.last_summary["sent"] == 5


def test_a_paused_job_does_not_run() -> None:
    clock = FakeClock()
    runner = Runner(make_ctx(clock))
    runner.start()
    runners.set_paused("generate_campaign_items", True)
    profile = profile_for(type("S", (), {"host": "127.0.0.1", "port": 1})())
    add_contacts("Newsletter", 1)
    campaigns.prepare(make_campaign(profile).id)
    assert "generate_campaign_items" not in [j.name for j in runner.due_jobs()]
    runners.set_paused("generate_campaign_items", False)
    assert "generate_campaign_items" in [j.name for j in runner.due_jobs()]


def test_a_failing_job_records_its_error_and_waits_before_retrying(
    smtp_server: Callable[..., Any],
) -> None:
    clock = FakeClock()
    server = smtp_server(auth=("mailer", PASSWORD), auth_require_tls=False)
    profile = profile_for(server)
    add_contacts("Newsletter", 2)
    campaigns.prepare(make_campaign(profile).id, send_when_ready=True)
    runner = Runner(JobContext(clock=clock, passwords={profile.key: "wrong"}, runner_id="r:1:x"))
    summary = run_to_end(runner.run_until_idle())
    failed = [r for r in summary.runs if r.state == "failed"]
    assert failed and failed[0].name == "process_campaign_messages"
    assert failed[0].error is not None and failed[0].error.code == "auth_refused"
    assert "Authentication failed" in words(failed[0].error)
    status = runners.job_status("process_campaign_messages")
    assert load(status.last_error) == failed[0].error
    assert status.next_run_at is not None and status.next_run_at > clock.now().replace(tzinfo=None)
    assert not runner.is_due(runner.jobs[1])
    runners.run_now("process_campaign_messages", clock.now().replace(tzinfo=None))
    assert runner.is_due(runner.jobs[1])


def test_a_dead_runners_sending_items_become_uncertain_and_its_claims_are_freed(
    smtp_server: Callable[..., Any],
) -> None:
    clock = FakeClock()
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 3)
    campaign = make_campaign(profile)
    campaigns.prepare(campaign.id, send_when_ready=True)
    first = Runner(make_ctx(clock, profile, runner_id="old:999999:a"))
    first.start()
    run_to_end(first.run_job(first.jobs[0]))
    ids = [i.id for i in CampaignItem.select().order_by(CampaignItem.id)]
    CampaignItem.update(state="sending", claimed_by="old:999999:a").where(
        CampaignItem.id == ids[0]).execute()
    CampaignItem.update(claimed_by="old:999999:a").where(CampaignItem.id == ids[1]).execute()
    JobState.update(running_by="old:999999:a").where(
        JobState.name == "process_campaign_messages").execute()
    RunnerRecord.update(pid=999_999_999).where(RunnerRecord.id == "old:999999:a").execute()
    second = Runner(make_ctx(clock, profile, runner_id="new:1:b"))
    summary = run_to_end(second.run_until_idle())
    assert summary.recovered_uncertain == 1
    states = [CampaignItem.get_by_id(i).state for i in ids]
    assert states == ["uncertain", "sent", "sent"]
    assert len(server.messages) == 2
    assert campaigns.send_uncertain(campaign.id) == 1
    run_to_end(second.run_until_idle())
    assert len(server.messages) == 3


def test_a_scheduled_collection_is_recorded_as_one_run(dovecot: Any, dovecot_user: Any) -> None:
    from engine.config import BounceMailbox
    from engine.scheduler.jobs import JOBS
    from engine.storage import repo
    from engine.storage.models import BounceMessage, JobRun
    from tests.engine.collecting import mail

    dovecot_user.put("INBOX", mail.dsn("gone@example.org"))
    mailbox = BounceMailbox(host=dovecot.host, port=dovecot.imap_port, security="none",
                            username=dovecot_user.name, bounce_address="bounces@example.com")
    repo.save_mailbox(mailbox)
    ctx = JobContext(clock=FakeClock(), passwords={mailbox.secret_key: dovecot_user.password})
    runner = Runner(ctx)
    runner.start()
    job = next(j for j in JOBS if j.name == "process_bounce_email")
    outcome = run_to_end(runner.run_job(job))
    runner.stop()
    assert outcome.state == "ok"
    runs = list(JobRun.select().where(JobRun.job == "process_bounce_email"))
    assert len(runs) == 1
    assert [m.run_id for m in BounceMessage.select()] == [runs[0].id]
