"""A campaign delivered to many recipients in one insert, and complaints about it."""

from __future__ import annotations

from datetime import datetime

from engine.storage.models import (
    Bounce,
    BounceMessage,
    Campaign,
    CampaignItem,
    SmtpProfileRecord,
    utcnow,
)


def delivered_campaign(name: str, delivered: int, *, status: str = "sending",
                       profile: int | None = None, sent_at: datetime | None = None,
                       queued: int = 0) -> int:
    """A campaign with ``delivered`` sent items (person0@… on) and ``queued`` still to go."""
    campaign = Campaign.create(name=name, subject="News", status=status, profile=profile,
                               generate_cursor=1)
    at = sent_at or utcnow()
    rows = [{"campaign": campaign.id, "email": f"person{n}@example.org",
             "token": f"{name.lower()}{n:05}", "state": "sent" if n < delivered else "queued",
             "sent_at": at if n < delivered else None}
            for n in range(delivered + queued)]
    for start in range(0, len(rows), 500):
        CampaignItem.insert_many(rows[start:start + 500]).execute()
    return int(campaign.id)


def a_profile(name: str = "Main") -> int:
    return int(SmtpProfileRecord.create(key=f"smtp:{name}", name=name).id)


def complain(campaign_id: int, *people: int, at: datetime | None = None) -> None:
    """Complaints from person{n}@example.org about the campaign, as the collector stores them."""
    for n in people:
        serial = BounceMessage.select().count()
        message = BounceMessage.create(content_hash=f"{campaign_id}-{n}-{serial}",
                                       kind="complaint")
        Bounce.create(message=message, email=f"person{n}@example.org", kind="complaint",
                      campaign=campaign_id, created_at=at or utcnow())
