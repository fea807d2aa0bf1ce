"""The ``generate_campaign_items`` and ``mark_campaigns_completed`` job bodies.

Items are made a page of subscriptions at a time, each page one transaction that also moves
the campaign's cursor, so a stop in the middle resumes where it was. Suppressed, unsubscribed
and invalid addresses get an ``excluded`` item with the reason; an address on two chosen lists
gets one item and counts as a duplicate. All of it is shown before sending starts.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import peewee as pw

from engine.config import ExclusionPolicy
from engine.jobs import JobContext, Progress
from engine.storage import items as item_store
from engine.storage import repo
from engine.storage.models import Campaign, CampaignItem
from engine.storage.transactions import transaction


def campaigns_to_generate() -> list[int]:
    return [c.id for c in Campaign.select(Campaign.id).where(Campaign.status == "generating")
            .order_by(Campaign.id)]


def generate_items(ctx: JobContext, *, page: int = 1000,
                   ) -> Generator[Progress, None, dict[str, Any]]:
    scope = repo.load_setting(ExclusionPolicy).scope
    report: dict[str, Any] = {"campaigns": 0, "queued": 0, "excluded": 0, "duplicates": 0}
    for campaign_id in campaigns_to_generate():
        seen = item_store.seen_addresses(campaign_id)
        while True:
            ctx.check()
            status = Campaign.select(Campaign.status).where(Campaign.id == campaign_id).scalar()
            if status != "generating":
                break  # paused or cancelled meanwhile
            step = item_store.generate_page(campaign_id, scope, seen, page=page)
            report["queued"] += step.queued
            report["excluded"] += step.excluded
            report["duplicates"] += step.duplicates
            yield Progress(report["queued"] + report["excluded"], None,
                           f"made {report['queued']} items, {report['excluded']} excluded")
            if step.done:
                _finish(campaign_id, ctx)
                report["campaigns"] += 1
                break
    return report


def _finish(campaign_id: int, ctx: JobContext) -> None:
    record = Campaign.get_by_id(campaign_id)
    with transaction():
        if record.send_when_ready:
            Campaign.update(status="sending", started_at=ctx.db_now()).where(
                (Campaign.id == campaign_id) & (Campaign.status == "generating")).execute()
        else:
            Campaign.update(status="ready").where(
                (Campaign.id == campaign_id) & (Campaign.status == "generating")).execute()


def mark_completed(ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    """Campaigns with nothing left to send (uncertain items wait for the user) are done."""
    done: list[str] = []
    for campaign in Campaign.select().where(Campaign.status == "sending"):
        ctx.check()
        left = CampaignItem.select().where(
            (CampaignItem.campaign == campaign.id)
            & CampaignItem.state.in_(("queued", "sending", "deferred"))
        ).exists()
        if not left:
            with transaction():
                Campaign.update(status="completed", completed_at=ctx.db_now()).where(
                    (Campaign.id == campaign.id) & (Campaign.status == "sending")).execute()
            done.append(campaign.name)
    yield Progress(len(done), len(done), f"{len(done)} campaigns completed")
    return {"completed": done}


def has_completable() -> bool:
    left = CampaignItem.select(CampaignItem.id).where(
        (CampaignItem.campaign == Campaign.id)
        & CampaignItem.state.in_(("queued", "sending", "deferred"))
    )
    return bool(Campaign.select().where(
        (Campaign.status == "sending") & ~pw.fn.EXISTS(left)).exists())
