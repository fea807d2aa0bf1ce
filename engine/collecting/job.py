"""The scheduled "process bounce email" job, and the pieces the CLI shares with it."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any

from engine.collecting.collect import collect
from engine.collecting.record import Rules
from engine.collecting.service_pull import pull_requests
from engine.collecting.sources import FileSource, ImapSource, MessageSource, Pop3Source
from engine.config import (
    BounceMailbox,
    BounceSettings,
    ComplaintGuard,
    ExclusionPolicy,
    UnsubscribeService,
)
from engine.errors import ConfigError
from engine.jobs import JobContext, Progress
from engine.mail import signed_links
from engine.storage import repo


def mailbox_source(mailbox: BounceMailbox, password: str | None, *,
                   timeout: float = 20.0) -> Callable[[], MessageSource]:
    """A factory of fresh connections to the bounce mailbox (one per attempt)."""
    errors = mailbox.validate()
    if errors:
        field, message = next(iter(errors.items()))
        raise ConfigError(f"The bounce mailbox is not set up: {message}", field=field)

    def open_source() -> MessageSource:
        if mailbox.protocol == "pop3":
            return Pop3Source(mailbox, password, timeout=timeout)
        return ImapSource(mailbox, password, timeout=timeout)

    return open_source


def file_source(paths: Sequence[str]) -> Callable[[], MessageSource]:
    return lambda: FileSource(paths)


def process_bounce_email(
    ctx: JobContext, *, paths: Sequence[str] | None = None
) -> Generator[Progress, None, dict[str, Any]]:
    """Pull the unsubscribe service's requests (when one is set up), then collect from the
    bounce mailbox (or saved files) once, with the saved settings."""
    service = pull_service(ctx) if not paths else None
    mailbox = repo.load_mailbox()
    settings = repo.load_setting(BounceSettings)
    rules = Rules.from_settings(mailbox, settings, repo.load_setting(ExclusionPolicy),
                                repo.list_profiles(), guard=repo.load_setting(ComplaintGuard))
    if paths:
        open_source = file_source(paths)
        retries = 0
    else:
        if not mailbox.enabled:
            return {"skipped": "collection_off", **service_part(service)}  # a note's code
        open_source = mailbox_source(mailbox, ctx.password(mailbox.secret_key))
        retries = settings.collect_retry_count
    report = yield from collect(
        open_source, rules=rules, table=repo.load_bounce_codes(), clock=ctx.clock,
        token=ctx.token, retry_count=retries, runner=ctx.runner_id, run_id=ctx.run_id,
    )
    return {**report.as_dict(), **service_part(service)}


def pull_service(ctx: JobContext) -> dict[str, Any] | None:
    """A step of the bounce job, not a job of its own: it gathers "who asked to leave" on the
    same schedule as the mailto unsubscribes, and a down service must not stop collecting."""
    settings = repo.load_setting(UnsubscribeService)
    key_text = ctx.password(UnsubscribeService.SECRET_KEY)
    if not settings.enabled or not key_text:
        return None
    return pull_requests(settings, signed_links.key_from_text(key_text), now=ctx.now()).as_dict()


def service_part(service: dict[str, Any] | None) -> dict[str, Any]:
    return {} if service is None else {"unsubscribe_service": service}
