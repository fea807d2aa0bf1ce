"""How a campaign went: its recipients' outcomes in total, per receiving domain and per hour.

Read in three queries (items, bounces, unsubscribes) and summed here: the receiving domain is
the part after the last "@", which SQLite and PostgreSQL would compute differently in SQL.
A campaign of 100,000 recipients is about 100,000 short tuples, read in a worker thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime

from engine.storage.models import Bounce, Campaign, CampaignItem, Unsubscribe
from engine.storage.rows import tuples


@dataclass
class Outcomes:
    """Per recipient, once each: a recipient who bounced twice is one hard bounce.

    ``delivered``: the receiving server accepted it and no hard bounce came back later.
    ``failed``: refused while sending (a 5xx reply), not counted again as a bounce.
    """

    recipients: int = 0
    delivered: int = 0
    waiting: int = 0  # not sent yet
    deferred: int = 0
    failed: int = 0
    uncertain: int = 0
    hard_bounces: int = 0
    soft_bounces: int = 0
    complaints: int = 0
    unsubscribes: int = 0

    def add(self, other: Outcomes) -> None:
        for name in OUTCOMES:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_tuple(self) -> tuple[int, ...]:
        return tuple(getattr(self, name) for name in OUTCOMES)


# The outcome columns, in the order a report shows them: the fields, in their order.
OUTCOMES = tuple(f.name for f in fields(Outcomes))


@dataclass(frozen=True)
class DomainOutcomes:
    domain: str
    outcomes: Outcomes


@dataclass(frozen=True)
class HourOutcomes:
    """What happened in one hour (naive UTC, as stored): messages accepted, bounces and
    complaints received."""

    hour: datetime
    delivered: int
    hard_bounces: int
    soft_bounces: int
    complaints: int


@dataclass(frozen=True)
class CampaignReport:
    campaign_id: int
    name: str
    status: str
    started_at: datetime | None
    totals: Outcomes
    by_domain: list[DomainOutcomes]  # most recipients first
    # in order; hours in which nothing happened are left out
    by_hour: list[HourOutcomes] = field(default_factory=list)


def domain_of(email: str) -> str:
    return email.rpartition("@")[2].lower()


def _hour(at: datetime) -> datetime:
    return at.replace(minute=0, second=0, microsecond=0, tzinfo=None)


def campaign_report(campaign_id: int) -> CampaignReport | None:
    record = Campaign.get_or_none(Campaign.id == campaign_id)
    if record is None:
        return None
    items: dict[int, tuple[str, str]] = {}  # item id: (domain, state)
    emails: dict[str, int] = {}
    hours: dict[datetime, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for item_id, email, state, sent_at in tuples(
            CampaignItem.select(CampaignItem.id, CampaignItem.email, CampaignItem.state,
                                CampaignItem.sent_at)
            .where((CampaignItem.campaign == campaign_id) & (CampaignItem.state != "excluded"))):
        items[int(item_id)] = (domain_of(email), str(state))
        emails[str(email).lower()] = int(item_id)
        if state == "sent" and sent_at is not None:
            hours[_hour(sent_at)][0] += 1
    kinds: dict[int, set[str]] = defaultdict(set)
    for item_id, email, kind, created_at in tuples(
            Bounce.select(Bounce.item, Bounce.email, Bounce.kind, Bounce.created_at)
            .where(Bounce.campaign == campaign_id)):
        found = int(item_id) if item_id is not None else emails.get(str(email).lower())
        if found is None or found not in items or kind in kinds[found]:
            continue
        kinds[found].add(str(kind))
        hours[_hour(created_at)][{"hard": 1, "soft": 2}.get(str(kind), 3)] += 1
    left = _unsubscribed(campaign_id, record.started_at, emails)
    per_domain: dict[str, Outcomes] = defaultdict(Outcomes)
    for item_id, (domain, state) in items.items():
        seen = kinds.get(item_id, set())
        row = per_domain[domain]
        row.recipients += 1
        if state == "sent" and "hard" not in seen:
            row.delivered += 1
        elif state == "deferred":
            row.deferred += 1
        elif state in ("queued", "sending"):
            row.waiting += 1
        elif state == "failed":
            row.failed += 1
        elif state == "uncertain":
            row.uncertain += 1
        row.hard_bounces += "hard" in seen
        row.soft_bounces += "soft" in seen and "hard" not in seen
        row.complaints += "complaint" in seen
        row.unsubscribes += item_id in left
    totals = Outcomes()
    for row in per_domain.values():
        totals.add(row)
    by_domain = sorted((DomainOutcomes(d, o) for d, o in per_domain.items()),
                       key=lambda r: (-r.outcomes.recipients, r.domain))
    by_hour = [HourOutcomes(h, *counts) for h, counts in sorted(hours.items())]
    return CampaignReport(campaign_id, record.name, record.status, record.started_at, totals,
                          by_domain, by_hour)


def _unsubscribed(campaign_id: int, started_at: datetime | None,
                  emails: dict[str, int]) -> set[int]:
    """Items whose recipient left after this campaign: an unsubscribe recorded for it, or one
    from everything recorded since it started (the global ones name no campaign)."""
    left: set[int] = set()
    where = Unsubscribe.campaign == campaign_id
    if started_at is not None:
        where |= Unsubscribe.campaign.is_null() & (Unsubscribe.created_at >= started_at)
    query: Iterable[tuple[str]] = tuples(Unsubscribe.select(Unsubscribe.email).where(where))
    for (email,) in query:
        item = emails.get(str(email).lower())
        if item is not None:
            left.add(item)
    return left
