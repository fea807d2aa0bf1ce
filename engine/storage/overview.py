"""The figures of the Overview page: what is being sent, what comes next, the list's health
and what needs the user, as facts (the words are the desktop's,
``desktop/models/overview_words.py``).

Each figure is a few grouped queries, so the page can read them every few seconds in a worker
thread during a send of 100,000 messages. Times are naive UTC, as stored. Things that need
the user are ``Attention`` items: a code with parameters, like a ``Note``, but never stored
(they are read afresh each time), each naming the page (by its English title) that deals
with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

import peewee as pw

from engine.config import BounceMailbox
from engine.errors import SecretStoreUnavailable
from engine.notes import Param
from engine.secrets import SecretStore
from engine.storage import campaign_states as states
from engine.storage import repo, reviews
from engine.storage.campaigns import UNFINISHED
from engine.storage.models import (
    Bounce,
    Campaign,
    CampaignItem,
    JobState,
    Suppression,
    SuppressionEvent,
    Unsubscribe,
)
from engine.storage.rows import tuples

RECENT_CAMPAIGNS = 10
TREND_DAYS = 30
SCHEDULED_SHOWN = 5
# Statuses a campaign with a start time to come may be in: it waits for that time.
WAITING_STATUSES = (states.GENERATING, states.READY, states.SENDING)

AttentionCode = Literal["job_failed", "reviews_waiting", "password_missing", "campaign_paused"]


@dataclass(frozen=True)
class SendingNow:
    """A campaign sending now: ``sent`` accepted by the server, ``done`` with nothing left to
    do (sent, refused or uncertain) among ``total`` recipients (the excluded left out)."""

    campaign_id: int
    name: str
    sent: int
    done: int
    total: int


@dataclass(frozen=True)
class ScheduledCampaign:
    campaign_id: int
    name: str
    at: datetime


@dataclass(frozen=True)
class CampaignHealth:
    """One recent campaign: recipients who bounced (hard or soft) among those sent to (tried
    at least once: a soft bounce sends its item back to the queue), and recipients who
    complained among those delivered (Gmail's measure), each once."""

    campaign_id: int
    name: str
    status: str
    started_at: datetime
    delivered: int
    bounced: int
    complained: int
    tried: int = 0

    @property
    def bounce_rate(self) -> float:
        tried = max(self.tried, self.delivered)
        return self.bounced / tried if tried else 0.0

    @property
    def complaint_rate(self) -> float:
        return self.complained / self.delivered if self.delivered else 0.0


@dataclass(frozen=True)
class ListTrend:
    """Suppressed addresses and unsubscribed addresses at the end of each day, oldest first."""

    days: tuple[date, ...]
    suppressed: tuple[int, ...]
    unsubscribed: tuple[int, ...]


@dataclass(frozen=True)
class Attention:
    """Something the user should look at, and the page (English title) that deals with it."""

    code: AttentionCode
    params: Mapping[str, Param]
    page: str
    campaign_id: int | None = None


@dataclass(frozen=True)
class SecretNeed:
    """A password (or a sign-in's token) the jobs will ask the keyring for."""

    kind: Literal["smtp", "mailbox"]
    name: str
    key: str
    auth_method: str


@dataclass(frozen=True)
class Overview:
    sending: list[SendingNow]
    scheduled: list[ScheduledCampaign]
    health: list[CampaignHealth]  # oldest first, as a chart reads
    trend: ListTrend
    attention: list[Attention]  # all but missing passwords: see ``missing_secrets``
    secret_needs: list[SecretNeed] = field(default_factory=list)


def read_overview(now: datetime) -> Overview:
    """Every figure of the page (``now`` naive UTC); in a worker thread."""
    return Overview(sending_now(now), scheduled(now), recent_health(now), list_trend(now),
                    attention_items(), secret_needs())


def sending_now(now: datetime) -> list[SendingNow]:
    """Campaigns sending now, in the order they started (one that waits for its start time
    is scheduled, not sending)."""
    records = list(tuples(
        Campaign.select(Campaign.id, Campaign.name)
        .where((Campaign.status == states.SENDING)
               & (Campaign.scheduled_at.is_null() | (Campaign.scheduled_at <= now)))
        .order_by(Campaign.started_at, Campaign.id)))
    if not records:
        return []
    counts: dict[int, dict[str, int]] = {}
    for cid, state, count in tuples(
            CampaignItem.select(CampaignItem.campaign, CampaignItem.state,
                                pw.fn.COUNT(CampaignItem.id))
            .where(CampaignItem.campaign.in_([int(r[0]) for r in records])
                   & (CampaignItem.state != "excluded"))
            .group_by(CampaignItem.campaign, CampaignItem.state)):
        counts.setdefault(int(cid), {})[str(state)] = int(count)
    rows = []
    for cid, name in records:
        by_state = counts.get(int(cid), {})
        total = sum(by_state.values())
        left = sum(by_state.get(state, 0) for state in UNFINISHED)
        rows.append(SendingNow(int(cid), str(name), by_state.get("sent", 0), total - left, total))
    return rows


def scheduled(now: datetime, limit: int = SCHEDULED_SHOWN) -> list[ScheduledCampaign]:
    """The next campaigns waiting for a start time still to come, soonest first."""
    return [ScheduledCampaign(int(cid), str(name), at) for cid, name, at in tuples(
        Campaign.select(Campaign.id, Campaign.name, Campaign.scheduled_at)
        .where(Campaign.status.in_(WAITING_STATUSES) & (Campaign.scheduled_at > now))
        .order_by(Campaign.scheduled_at, Campaign.id).limit(limit))]


def recent_health(now: datetime, limit: int = RECENT_CAMPAIGNS) -> list[CampaignHealth]:
    """The last ``limit`` campaigns started (sending, paused or completed), oldest first; one
    waiting for its start time has sent nothing yet."""
    records = list(tuples(
        Campaign.select(Campaign.id, Campaign.name, Campaign.status, Campaign.started_at)
        .where(Campaign.started_at.is_null(False)
               & Campaign.status.in_((states.SENDING, states.PAUSED, states.COMPLETED))
               & (Campaign.scheduled_at.is_null() | (Campaign.scheduled_at <= now)))
        .order_by(Campaign.started_at.desc(), Campaign.id.desc()).limit(limit)))
    ids = [int(r[0]) for r in records]
    if not ids:
        return []
    delivered: dict[int, int] = {int(cid): int(n) for cid, n in tuples(
        CampaignItem.select(CampaignItem.campaign, pw.fn.COUNT(CampaignItem.id))
        .where(CampaignItem.campaign.in_(ids) & (CampaignItem.state == "sent"))
        .group_by(CampaignItem.campaign))}
    tried: dict[int, int] = {int(cid): int(n) for cid, n in tuples(
        CampaignItem.select(CampaignItem.campaign, pw.fn.COUNT(CampaignItem.id))
        .where(CampaignItem.campaign.in_(ids) & (CampaignItem.attempts > 0))
        .group_by(CampaignItem.campaign))}
    bounced: dict[int, set[str]] = {}
    complained: dict[int, set[str]] = {}
    for cid, email, kind in tuples(
            Bounce.select(Bounce.campaign, Bounce.email, Bounce.kind).distinct()
            .where(Bounce.campaign.in_(ids))):
        target = complained if kind == "complaint" else bounced
        target.setdefault(int(cid), set()).add(str(email).lower())
    return [CampaignHealth(int(cid), str(name), str(status), started,
                           delivered.get(int(cid), 0), len(bounced.get(int(cid), ())),
                           len(complained.get(int(cid), ())), tried.get(int(cid), 0))
            for cid, name, status, started in reversed(records)]


def list_trend(now: datetime, days: int = TREND_DAYS) -> ListTrend:
    """Suppressed and unsubscribed addresses at the end of each of the last ``days`` days.

    Suppressed: today's count, wound back through the audit trail (a suppression recorded
    after a day's end is taken off, an un-suppression put back), so the last value is always
    the Suppressed tab's count. Unsubscribed: addresses with an unsubscribe recorded by then,
    each once (from one campaign's lists or from everything).
    """
    first = now.date() - timedelta(days=days - 1)
    day_list = tuple(first + timedelta(days=n) for n in range(days))
    ends = [datetime.combine(day + timedelta(days=1), time()) for day in day_list]
    total = int(Suppression.select().count())
    changes = list(tuples(SuppressionEvent.select(SuppressionEvent.action, SuppressionEvent.at)
                          .where(SuppressionEvent.at >= ends[0])))
    suppressed = []
    for end in ends:
        later = [action for action, at in changes if at >= end]
        suppressed.append(max(0, total - later.count("suppress") + later.count("unsuppress")))
    firsts = [at for _, at in tuples(
        Unsubscribe.select(Unsubscribe.email, pw.fn.MIN(Unsubscribe.created_at))
        .group_by(Unsubscribe.email))]
    unsubscribed = [sum(1 for at in firsts if at < end) for end in ends]
    return ListTrend(day_list, tuple(suppressed), tuple(unsubscribed))


def attention_items() -> list[Attention]:
    """What needs the user, the stored part: campaigns the complaint guard paused, jobs
    whose last run failed, bounces waiting for review."""
    items = [Attention("campaign_paused", {"campaign": str(name)}, "Campaigns", int(cid))
             for cid, name in tuples(
                 Campaign.select(Campaign.id, Campaign.name)
                 .where((Campaign.status == states.PAUSED) & (Campaign.pause_note != ""))
                 .order_by(Campaign.id))]
    items += [Attention("job_failed", {"job": str(name)}, "Jobs")
              for (name,) in tuples(JobState.select(JobState.name)
                                    .where(JobState.last_error != "").order_by(JobState.name))]
    waiting = reviews.count_open()
    if waiting:
        items.append(Attention("reviews_waiting", {"count": waiting}, "Bounces"))
    return items


def secret_needs() -> list[SecretNeed]:
    """The passwords and sign-ins the jobs will need: each SMTP profile that signs in, and
    the bounce mailbox when it is set up and switched on."""
    needs = [SecretNeed("smtp", p.name, p.secret_key, p.auth_method)
             for p in repo.list_profiles() if p.requires_auth]
    mailbox: BounceMailbox = repo.load_mailbox()
    if mailbox.host.strip() and mailbox.enabled:
        needs.append(SecretNeed("mailbox", mailbox.host, mailbox.secret_key, mailbox.auth_method))
    return needs


def missing_secrets(needs: Sequence[SecretNeed], secrets: SecretStore) -> list[Attention]:
    """The needs the keyring cannot answer; call from the thread that owns the keyring.

    A keyring that cannot be read at all says so on the Data and passwords page; here each
    need then counts as missing, since the jobs would find nothing either.
    """
    items = []
    for need in needs:
        try:
            present = bool(secrets.get(need.key))
        except SecretStoreUnavailable:
            present = False
        if not present:
            items.append(Attention(
                "password_missing",
                {"kind": need.kind, "name": need.name, "auth_method": need.auth_method},
                "SMTP profiles" if need.kind == "smtp" else "Bounce mailbox"))
    return items
