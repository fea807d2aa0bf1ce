"""The six jobs, by name, with what each does and when it has work.

A job is *work-driven* (it runs as soon as there is something to do: items to make, messages
due) or *periodic* (bounce collection, every N minutes). ``has_work`` is cheap: the runner asks
it often.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from engine.config import BounceMailbox, BounceSettings
from engine.jobs import Progress
from engine.scheduler.context import JobContext

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
    from engine.sending.generate import generate_items

    return generate_items(ctx)


def _generate_has_work(ctx: JobContext) -> bool:
    from engine.sending.generate import campaigns_to_generate

    return bool(campaigns_to_generate())


def _send(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    from engine.sending.sender import send_campaigns

    return send_campaigns(ctx)


def _send_has_work(ctx: JobContext) -> bool:
    from engine.sending import limits
    from engine.storage import items, repo

    now = ctx.db_now()
    for profile in repo.list_profiles():
        profile_id = repo.profile_id(profile.key)
        if profile_id is None or not items.has_sendable(profile_id, now):
            continue
        if limits.allowance(profile, limits.usage(profile_id, now)) > 0:
            return True
    return False


def _outbound(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    from engine.sending.outbound import send_outbound

    return send_outbound(ctx)


def _outbound_has_work(ctx: JobContext) -> bool:
    from engine.storage import outbound

    return outbound.has_due(ctx.db_now())


def _completed(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    from engine.sending.generate import mark_completed

    return mark_completed(ctx)


def _completed_has_work(ctx: JobContext) -> bool:
    from engine.sending.generate import has_completable

    return has_completable()


def _autoresponders(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    from engine.sending.outbound import queue_autoresponders

    return queue_autoresponders(ctx)


def _autoresponders_have_work(ctx: JobContext) -> bool:
    from engine.storage import outbound

    return bool(outbound.due_autoresponder_sends(ctx.db_now(), limit=1))


def bounce_job_body() -> JobBody | None:
    """The collection helper's job, or None while it does not exist."""
    try:
        module = importlib.import_module("engine.collecting.job")
    except ImportError:
        return None
    body: JobBody | None = getattr(module, "process_bounce_email", None)
    return body


def _bounces(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    body = bounce_job_body()
    if body is None:
        return _not_configured("Bounce collection is not available in this version.")
    return body(ctx)


def _not_configured(why: str) -> Generator[Progress, None, dict[str, Any]]:
    yield Progress(0, 0, why)
    return {"skipped": why}


def _bounces_have_work(ctx: JobContext) -> bool:
    from engine.storage import repo

    mailbox: BounceMailbox = repo.load_mailbox()
    return bounce_job_body() is not None and bool(mailbox.host) and mailbox.enabled


def _bounce_interval() -> timedelta:
    from engine.storage import repo

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
