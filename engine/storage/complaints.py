"""Complaint rates, and the guard that pauses a campaign whose rate passes the limit.

A complaint is a recipient reporting a message as spam (an ARF feedback report the collector
recorded as a ``complaint`` bounce). The rate is complaints / delivered: per campaign over its
whole life, per profile over the last ``PROFILE_WINDOW`` (Gmail judges a sender on recent
mail, and a profile's figure from two years ago says nothing about today). A recipient who
complains twice about one campaign counts once.

The guard pauses a *sending* campaign in one conditional UPDATE: with several runners
checking at once, one of them pauses it and the others find it paused already (a test holds
four threads to it on SQLite and PostgreSQL).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from engine.config import ComplaintGuard
from engine.notes import Note, load, note
from engine.storage import campaign_states as states
from engine.storage.models import Bounce, Campaign, CampaignItem, SmtpProfileRecord

PROFILE_WINDOW = timedelta(days=30)
COMPLAINT = "complaint"


@dataclass(frozen=True)
class ComplaintRate:
    """Complaints among delivered messages; ``rate`` is a fraction (0.003 is 0.3%)."""

    complaints: int
    delivered: int

    @property
    def rate(self) -> float:
        return self.complaints / self.delivered if self.delivered else 0.0

    @property
    def percent(self) -> float:
        return 100.0 * self.rate


def _complainers(where: pw.Expression) -> int:
    query = (Bounce.select(Bounce.campaign, Bounce.email).distinct()
             .join(Campaign, on=(Bounce.campaign == Campaign.id))
             .where((Bounce.kind == COMPLAINT) & where))
    return int(query.count())


def complaint_count(campaign_id: int) -> int:
    return _complainers(Bounce.campaign == campaign_id)


def complaint_rate(campaign_id: int) -> ComplaintRate:
    """The campaign's complaints / delivered, over its whole life."""
    delivered = CampaignItem.select().where(
        (CampaignItem.campaign == campaign_id) & (CampaignItem.state == "sent")).count()
    return ComplaintRate(complaint_count(campaign_id), int(delivered))


def profile_complaint_rate(profile_id: int, now: datetime,
                           window: timedelta = PROFILE_WINDOW) -> ComplaintRate:
    """The profile's complaints recorded and messages delivered in ``window`` before ``now``
    (naive UTC, as stored), over all its campaigns."""
    since = now - window
    delivered = (CampaignItem.select().join(Campaign)
                 .where((Campaign.profile == profile_id) & (CampaignItem.state == "sent")
                        & (CampaignItem.sent_at >= since)).count())
    complaints = _complainers((Campaign.profile == profile_id) & (Bounce.created_at >= since))
    return ComplaintRate(complaints, int(delivered))


def pause_if_exceeded(campaign_id: int, guard: ComplaintGuard) -> Note | None:
    """Pause a sending campaign whose rate passes the guard's limit, with the reason stored;
    the reason when this call paused it, None otherwise.

    Complaints the user already accepted by resuming (``complaints_accepted``) do not pause it
    again: only a complaint more does, while the rate is still over the limit.
    """
    record = Campaign.get_or_none(Campaign.id == campaign_id)
    if record is None or record.status not in states.GUARD_PAUSE.sources:
        return None
    figures = complaint_rate(campaign_id)
    if figures.complaints <= record.complaints_accepted or not guard.exceeded(
            figures.complaints, figures.delivered):
        return None
    reason = note("complaint_rate_exceeded", rate=round(figures.percent, 2),
                  limit=guard.limit_percent, complaints=figures.complaints,
                  delivered=figures.delivered)
    # One statement, its own conditions repeated: a read-then-write transaction would fail
    # on SQLite when two runners upgrade their locks at once, and a resume since the read
    # (which accepts these complaints) must win.
    updated = Campaign.update(status=states.GUARD_PAUSE.target, pause_note=reason.dump()).where(
        (Campaign.id == campaign_id) & Campaign.status.in_(states.GUARD_PAUSE.sources)
        & (Campaign.complaints_accepted < figures.complaints)
    ).execute()
    return reason if updated else None


def guard_profile(profile_id: int, guard: ComplaintGuard) -> list[int]:
    """``pause_if_exceeded`` for each sending campaign of the profile; the ones it paused."""
    ids = [int(c.id) for c in Campaign.select(Campaign.id).where(
        (Campaign.profile == profile_id) & Campaign.status.in_(states.GUARD_PAUSE.sources))]
    return [cid for cid in ids if pause_if_exceeded(cid, guard) is not None]


def pause_reason(campaign_id: int) -> Note | None:
    """Why the engine paused the campaign, while it is paused; None when the user did."""
    record = Campaign.get_or_none(Campaign.id == campaign_id)
    if record is None or record.status != states.PAUSED or not record.pause_note:
        return None
    return load(record.pause_note)


def resumed_values(campaign_id: int) -> dict[str, object]:
    """The columns a resume sets: the complaints so far are the user's to accept."""
    return {"pause_note": "", "complaints_accepted": complaint_count(campaign_id)}


@dataclass(frozen=True)
class ProfileComplaints:
    name: str
    figures: ComplaintRate


def complaints_by_profile(now: datetime, window: timedelta = PROFILE_WINDOW
                          ) -> list[ProfileComplaints]:
    """``profile_complaint_rate`` of every profile, by name."""
    return [ProfileComplaints(str(p.name), profile_complaint_rate(int(p.id), now, window))
            for p in SmtpProfileRecord.select(SmtpProfileRecord.id, SmtpProfileRecord.name)
            .order_by(SmtpProfileRecord.name)]
