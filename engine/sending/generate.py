"""The ``generate_campaign_items`` and ``mark_campaigns_completed`` job bodies.

Items are made a page of subscriptions at a time, each page one transaction that also moves
the campaign's cursor, so a stop in the middle resumes where it was. Suppressed, unsubscribed
and invalid addresses get an ``excluded`` item with the reason; an address on two chosen lists
gets one item and counts as a duplicate. All of it is shown before sending starts.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.config import ExclusionPolicy
from engine.jobs import JobContext, Progress
from engine.sending.receivers import ProviderFinder
from engine.storage import campaign_states as states
from engine.storage import campaigns, repo
from engine.storage import items as item_store


def campaigns_to_generate() -> list[int]:
    return campaigns.ids_with_status(states.GENERATING)


def generate_items(ctx: JobContext, *, page: int = 1000,
                   ) -> Generator[Progress, None, dict[str, Any]]:
    scope = repo.load_setting(ExclusionPolicy).scope
    finder = ProviderFinder(ctx.mx_lookup, ctx.db_now)
    report: dict[str, Any] = {"campaigns": 0, "queued": 0, "excluded": 0, "duplicates": 0}
    for campaign_id in campaigns_to_generate():
        seen = item_store.seen_addresses(campaign_id)
        while True:
            ctx.check()
            if campaigns.status_of(campaign_id) != states.GENERATING:
                break  # paused or cancelled meanwhile
            step = item_store.generate_page(campaign_id, scope, seen, page=page,
                                            providers_of=finder.providers_of)
            report["queued"] += step.queued
            report["excluded"] += step.excluded
            report["duplicates"] += step.duplicates
            yield Progress(report["queued"] + report["excluded"], None,
                           f"made {report['queued']} items, {report['excluded']} excluded")
            if step.done:
                campaigns.finish_generating(campaign_id, ctx.db_now())
                report["campaigns"] += 1
                break
    return report


def mark_completed(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    """Campaigns with nothing left to send (uncertain items wait for the user) are done."""
    done: list[str] = []
    for campaign in campaigns.sending_campaigns():
        ctx.check()
        if not campaigns.has_unfinished_items(campaign.id):
            campaigns.complete(campaign.id, ctx.db_now())
            done.append(campaign.name)
    yield Progress(len(done), len(done), f"{len(done)} campaigns completed")
    return {"completed": done}


def has_completable() -> bool:
    return campaigns.has_completable()
