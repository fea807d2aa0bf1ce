"""The six jobs, by name, with what each does and when it has work.

A job is *work-driven* (it runs as soon as there is something to do: items to make, messages
due) or *periodic* (bounce collection, every N minutes). ``has_work`` is cheap: the runner asks
it often.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from engine.collecting.job import process_bounce_email
from engine.config import BounceMailbox, BounceSettings, UnsubscribeService
from engine.jobs import JobContext, Progress
from engine.sending import limits
from engine.sending.generate import (
    campaigns_to_generate,
    generate_items,
    has_completable,
    mark_completed,
)
from engine.sending.outbound import queue_autoresponders, send_outbound
from engine.sending.sender import send_campaigns
from engine.storage import items, outbound, repo

JobBody = Callable[[JobContext], Generator[Progress, None, dict[str, Any]]]


@dataclass(frozen=True)
class Job:
    name: str
    title: str
    body: JobBody
    has_work: Callable[[JobContext], bool]
    interval: Callable[[], timedelta]
    work_driven: bool = True


def _generate(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    return generate_items(ctx)


def _generate_has_work(ctx: JobContext) -> bool:
    return bool(campaigns_to_generate())


def _send(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    return send_campaigns(ctx)


def _send_has_work(ctx: JobContext) -> bool:
    now = ctx.db_now()
    for profile in repo.list_profiles():
        profile_id = repo.profile_id(profile.key)
        if profile_id is None or not items.has_sendable(profile_id, now):
            continue
        # none while the counters are used up or the send window is closed
        if limits.allowance(profile, limits.usage(profile_id, now), now) > 0:
            return True
    return False


def _outbound(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    return send_outbound(ctx)


def _outbound_has_work(ctx: JobContext) -> bool:
    return outbound.has_due(ctx.db_now())


def _completed(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    return mark_completed(ctx)


def _completed_has_work(ctx: JobContext) -> bool:
    return has_completable()


def _autoresponders(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    return queue_autoresponders(ctx)


def _autoresponders_have_work(ctx: JobContext) -> bool:
    return bool(outbound.due_autoresponder_sends(ctx.db_now(), limit=1))


def _bounces(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    return process_bounce_email(ctx)


def _bounces_have_work(ctx: JobContext) -> bool:
    mailbox: BounceMailbox = repo.load_mailbox()
    # The unsubscribe service's requests ride on this job's schedule (RFC 8058's 48 hours).
    return (bool(mailbox.host) and mailbox.enabled) or repo.load_setting(
        UnsubscribeService).enabled


def _bounce_interval() -> timedelta:
    return timedelta(minutes=repo.load_setting(BounceSettings).collect_every_minutes)


def _every(seconds: float) -> Callable[[], timedelta]:
    return lambda: timedelta(seconds=seconds)


JOBS: tuple[Job, ...] = (
    Job("generate_campaign_items", "Generate campaign items", _generate, _generate_has_work,
        _every(30)),
    Job("process_campaign_messages", "Send campaign messages", _send, _send_has_work,
        _every(60)),
    Job("process_outbound_email", "Send single messages (tests, autoresponders)", _outbound,
        _outbound_has_work, _every(60)),
    Job("mark_campaigns_completed", "Mark campaigns completed", _completed,
        _completed_has_work, _every(60)),
    Job("process_autoresponder_messages", "Queue autoresponder messages", _autoresponders,
        _autoresponders_have_work, _every(60)),
    Job("process_bounce_email", "Collect bounces", _bounces, _bounces_have_work,
        _bounce_interval, work_driven=False),
)

JOB_NAMES = tuple(job.name for job in JOBS)


def job(name: str) -> Job:
    for candidate in JOBS:
        if candidate.name == name:
            return candidate
    raise KeyError(name)
