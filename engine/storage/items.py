"""Campaign items: made from the lists, claimed by one runner, moved state by state.

Never twice, never lost: an item is claimed by one runner with an atomic UPDATE (SQLite and
PostgreSQL alike), marked ``sending`` in a committed transaction before its bytes go out, and
moved to ``sent`` / ``failed`` / ``deferred`` in the next one. An item left in ``sending`` by a
runner that died is not sent again blindly: ``recover`` marks it ``uncertain``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import peewee as pw

from engine.config import address_error
from engine.mail.tracking import new_token
from engine.notes import Note, note
from engine.storage import unsubscribes
from engine.storage.bounces import RefusedRecipient
from engine.storage.campaign_states import SENDING_STATUSES
from engine.storage.db import database
from engine.storage.models import (
    Campaign,
    CampaignItem,
    CampaignList,
    Contact,
    Subscription,
    Suppression,
)
from engine.storage.rows import fk, fk_required, tuples

SENDABLE = ("queued", "deferred")
CLAIM_LEASE = timedelta(minutes=15)


# --- generation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GenerateStep:
    queued: int
    excluded: int
    duplicates: int
    done: bool


def seen_addresses(campaign_id: int) -> set[str]:
    """Addresses that already have an item (to resume generation after a stop)."""
    query = CampaignItem.select(CampaignItem.email).where(CampaignItem.campaign == campaign_id)
    return {email.lower() for (email,) in tuples(query)}


def _lowered(emails: Iterable[str]) -> list[str]:
    return sorted({e.lower() for e in emails})


def suppressed_among(emails: Iterable[str]) -> set[str]:
    wanted = _lowered(emails)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(e for (e,) in tuples(Suppression.select(Suppression.email)
                                          .where(Suppression.email.in_(chunk))))
    return found


def unsubscribed_among(emails: Iterable[str], campaign_id: int, scope: str) -> set[str]:
    """Who unsubscribed, as the exclusion policy ``scope`` says (see ``unsubscribes``)."""
    return unsubscribes.unsubscribed_among(emails, campaign_id, scope)


def generate_page(campaign_id: int, scope: str, seen: set[str], *, page: int = 1000,
                  providers_of: Callable[[list[str]], Mapping[str, str]] | None = None,
                  ) -> GenerateStep:
    """Turn the next page of subscriptions into items, in one transaction; ``providers_of``
    names each queued address's receiving provider (asked before the transaction opens)."""
    record = Campaign.get_by_id(campaign_id)
    list_ids = [fk(c, "mailing_list") for c in
                CampaignList.select().where(CampaignList.campaign == campaign_id)]
    rows = list(tuples(
        Subscription.select(Subscription.id, Contact.id, Contact.email)
        .join(Contact)
        .where(Subscription.mailing_list.in_(list_ids)
               & (Subscription.status == "subscribed")
               & (Subscription.id > record.generate_cursor))
        .order_by(Subscription.id)
        .limit(page)
    ))
    if not rows:
        return GenerateStep(0, 0, 0, True)
    fresh: list[tuple[int, str]] = []
    duplicates = 0
    for _, contact_id, email in rows:
        if email.lower() in seen:
            duplicates += 1
            continue
        seen.add(email.lower())
        fresh.append((contact_id, email))
    emails = [e for _, e in fresh]
    suppressed = suppressed_among(emails)
    unsubscribed = unsubscribed_among(emails, campaign_id, scope)
    items = []
    excluded = 0
    sendable = [e for e in emails if not address_error(e) and e.lower() not in suppressed
                and e.lower() not in unsubscribed]
    providers = providers_of(sendable) if providers_of is not None and sendable else {}
    for contact_id, email in fresh:
        reason = ""
        if address_error(email):
            reason = "invalid"
        elif email.lower() in suppressed:
            reason = "suppressed"
        elif email.lower() in unsubscribed:
            reason = "unsubscribed"
        excluded += bool(reason)
        items.append({
            "campaign": campaign_id, "contact": contact_id, "email": email,
            "token": new_token(), "state": "excluded" if reason else "queued",
            "exclude_reason": reason, "provider": "" if reason else providers.get(email, ""),
        })
    with database.atomic():
        for start in range(0, len(items), 200):
            CampaignItem.insert_many(items[start:start + 200]).execute()
        Campaign.update(
            generate_cursor=rows[-1][0], duplicates=Campaign.duplicates + duplicates
        ).where(Campaign.id == campaign_id).execute()
    return GenerateStep(len(items) - excluded, excluded, duplicates, len(rows) < page)


# --- claiming and sending -----------------------------------------------------------------


@dataclass(frozen=True)
class ClaimedItem:
    id: int
    campaign_id: int
    contact_id: int | None
    email: str
    token: str
    attempts: int
    first_name: str
    last_name: str
    fields: dict[str, str]
    provider: str = ""  # "": made before items named it; the sender finds it

    def merge_values(self) -> dict[str, str]:
        values = dict(self.fields)
        values.update(email=self.email, first_name=self.first_name, last_name=self.last_name)
        return values

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def refused(self) -> RefusedRecipient:
        """Who the server refused, on this (the next) attempt."""
        return RefusedRecipient(self.email, self.contact_id, self.campaign_id, self.id,
                                self.token, self.attempts + 1)


def _sendable(now: datetime) -> pw.Expression:
    return (CampaignItem.state == "queued") | (
        (CampaignItem.state == "deferred") & (CampaignItem.next_attempt_at <= now)
    )


def _active_campaigns(profile_id: int, now: datetime) -> Any:
    return Campaign.select(Campaign.id).where(
        Campaign.status.in_(SENDING_STATUSES) & (Campaign.profile == profile_id)
        & (Campaign.scheduled_at.is_null() | (Campaign.scheduled_at <= now))
    )


def has_sendable(profile_id: int, now: datetime) -> bool:
    return bool(CampaignItem.select().where(
        CampaignItem.campaign.in_(_active_campaigns(profile_id, now)) & _sendable(now)
    ).exists())


def next_due(profile_id: int, now: datetime) -> datetime | None:
    """When the earliest deferred item of a sending or completed campaign becomes due."""
    value = (CampaignItem.select(pw.fn.MIN(CampaignItem.next_attempt_at))
             .where(CampaignItem.campaign.in_(_active_campaigns(profile_id, now))
                    & (CampaignItem.state == "deferred")).scalar())
    return value if isinstance(value, datetime) else None


def claim(runner_id: str, profile_id: int, now: datetime, limit: int, *,
          passing_over: Collection[str] = ()) -> list[ClaimedItem]:
    """Take up to ``limit`` due items of the profile's sending (or completed: re-sends)
    campaigns for this runner, none of a provider in ``passing_over`` (at its limit now).

    One UPDATE whose WHERE repeats the "free" condition: on PostgreSQL a competing runner's
    UPDATE re-checks it after the row lock and skips rows the other took.
    """
    free = (CampaignItem.claimed_by == "") | (CampaignItem.claimed_at < now - CLAIM_LEASE)
    if passing_over:
        free &= CampaignItem.provider.not_in(sorted(passing_over))
    candidates = (
        CampaignItem.select(CampaignItem.id)
        .where(CampaignItem.campaign.in_(_active_campaigns(profile_id, now))
               & _sendable(now) & free)
        .order_by(CampaignItem.campaign, CampaignItem.id)
        .limit(limit)
    )
    with database.atomic():
        CampaignItem.update(claimed_by=runner_id, claimed_at=now).where(
            CampaignItem.id.in_(candidates) & _sendable(now) & free
        ).execute()
    query = (
        CampaignItem.select(CampaignItem, Contact)
        .join(Contact, pw.JOIN.LEFT_OUTER)
        .where((CampaignItem.claimed_by == runner_id)
               & CampaignItem.state.in_(SENDABLE))
        .order_by(CampaignItem.campaign, CampaignItem.id)
    )
    claimed = []
    for item in query:
        contact = item.contact if fk(item, "contact") else None
        claimed.append(ClaimedItem(
            id=item.id, campaign_id=fk_required(item, "campaign"), contact_id=fk(item, "contact"),
            email=item.email, token=item.token, attempts=item.attempts,
            first_name=contact.first_name if contact else "",
            last_name=contact.last_name if contact else "",
            fields=json.loads(contact.fields or "{}") if contact else {},
            provider=item.provider,
        ))
    return claimed


def name_providers(providers: Mapping[int, str]) -> None:
    """Each item's receiving provider, found after it was made (items from before they named
    it)."""
    by_provider: dict[str, list[int]] = {}
    for item_id, provider in providers.items():
        by_provider.setdefault(provider, []).append(item_id)
    with database.atomic():
        for provider, ids in by_provider.items():
            for start in range(0, len(ids), 500):
                CampaignItem.update(provider=provider).where(
                    CampaignItem.id.in_(ids[start:start + 500])).execute()


def release(runner_id: str, item_ids: Iterable[int] | None = None) -> int:
    """Give back claimed items that were not sent (pause, quota, stop)."""
    where = (CampaignItem.claimed_by == runner_id) & CampaignItem.state.in_(SENDABLE)
    if item_ids is not None:
        where &= CampaignItem.id.in_(list(item_ids))
    with database.atomic():
        return int(CampaignItem.update(claimed_by="", claimed_at=None).where(where).execute())


def exclude(item_id: int, reason: str, now: datetime) -> None:
    """Within the caller's transaction: suppressed or unsubscribed since the item was made."""
    CampaignItem.update(state="excluded", exclude_reason=reason, claimed_by="",
                        updated_at=now).where(CampaignItem.id == item_id).execute()


def mark_sending(item_id: int, runner_id: str, message_id: str, now: datetime) -> bool:
    """Within the caller's transaction; False when the item is no longer this runner's."""
    return bool(CampaignItem.update(
        state="sending", attempts=CampaignItem.attempts + 1, message_id=message_id,
        updated_at=now,
    ).where(
        (CampaignItem.id == item_id) & (CampaignItem.claimed_by == runner_id)
        & CampaignItem.state.in_(SENDABLE)
    ).execute())


def mark_outcome(item_id: int, runner_id: str, state: str, now: datetime, *, code: str = "",
                 error: Note | None = None, next_attempt_at: datetime | None = None) -> None:
    """Within the caller's transaction: the item leaves ``sending``."""
    values: dict[str, object] = {
        "state": state, "last_code": code, "last_error": error.dump(2000) if error else "",
        "next_attempt_at": next_attempt_at, "updated_at": now, "claimed_by": "",
        "claimed_at": None,
    }
    if state == "sent":
        values["sent_at"] = now
    CampaignItem.update(**values).where(
        (CampaignItem.id == item_id) & (CampaignItem.state == "sending")
        & (CampaignItem.claimed_by == runner_id)
    ).execute()


def unmark_sending(item_id: int, runner_id: str, now: datetime) -> None:
    """Within the caller's transaction: the connection never opened, so nothing was sent."""
    CampaignItem.update(
        state=pw.Case(None, [(CampaignItem.attempts <= 1, "queued")], "deferred"),
        attempts=CampaignItem.attempts - 1, next_attempt_at=now, claimed_by="",
        claimed_at=None, updated_at=now,
    ).where(
        (CampaignItem.id == item_id) & (CampaignItem.state == "sending")
        & (CampaignItem.claimed_by == runner_id)
    ).execute()


def note_delivered(contact_ids: Iterable[int], now: datetime) -> None:
    ids = [c for c in contact_ids if c]
    if ids:
        Contact.update(last_delivered_at=now).where(Contact.id.in_(ids)).execute()


# --- recovery -----------------------------------------------------------------------------


def tried_tokens() -> dict[str, str]:
    """Each address with an item tried at least once, and that item's tracking token (the
    token bounces quote); the demo data writes its bounces with them."""
    query = CampaignItem.select(CampaignItem.email, CampaignItem.token).where(
        CampaignItem.attempts > 0)
    return {str(email): str(token) for email, token in tuples(query)}


def recover(dead_runners: Iterable[str], now: datetime) -> tuple[int, int]:
    """Items a dead runner left: ``sending`` → ``uncertain``, claimed → free again."""
    dead = list(dead_runners)
    if not dead:
        return 0, 0
    with database.atomic():
        uncertain = CampaignItem.update(
            state="uncertain", claimed_by="", claimed_at=None, updated_at=now,
            last_error=note("stopped_while_sending").dump(),
        ).where((CampaignItem.state == "sending") & CampaignItem.claimed_by.in_(dead)).execute()
        freed = CampaignItem.update(claimed_by="", claimed_at=None).where(
            CampaignItem.state.in_(SENDABLE) & CampaignItem.claimed_by.in_(dead)
        ).execute()
    return int(uncertain), int(freed)


# --- the per-message statements, prepared ---------------------------------------------------


class ItemWriter:
    """The sender's per-message writes as SQL written once, run with new values each time.

    Building a statement with peewee costs about a third of a millisecond; the sender makes
    four per message, which at hundreds of messages a second was most of its time. The SQL is
    plain enough for SQLite and PostgreSQL alike; times go through the fields' own adapters.
    """

    def __init__(self) -> None:
        p = database.param
        item, contact, campaign = (m._meta.table_name for m in (CampaignItem, Contact, Campaign))
        self._status = f"SELECT status FROM {campaign} WHERE id = {p}"
        # Only while its campaign sends (or, for a re-send, is completed): Pause and Cancel
        # act before the next message.
        statuses = ", ".join(f"'{status}'" for status in SENDING_STATUSES)
        self._sending = (
            f"UPDATE {item} SET state = 'sending', attempts = attempts + 1, message_id = {p}, "
            f"updated_at = {p} WHERE id = {p} AND claimed_by = {p} "
            "AND state IN ('queued', 'deferred') "
            f"AND campaign_id IN (SELECT id FROM {campaign} WHERE status IN ({statuses}))"
        )
        self._outcome = (
            f"UPDATE {item} SET state = {p}, last_code = {p}, last_error = {p}, "
            f"next_attempt_at = {p}, updated_at = {p}, sent_at = COALESCE({p}, sent_at), "
            f"claimed_by = '', claimed_at = NULL "
            f"WHERE id = {p} AND state = 'sending' AND claimed_by = {p}"
        )
        self._delivered = f"UPDATE {contact} SET last_delivered_at = {p} WHERE id IN "
        self._time: Callable[[datetime], Any] = CampaignItem.updated_at.db_value

    def campaign_status(self, campaign_id: int) -> str | None:
        row = database.execute_sql(self._status, (campaign_id,)).fetchone()
        return str(row[0]) if row else None

    def mark_sending(self, item_id: int, runner_id: str, message_id: str, now: datetime) -> bool:
        cursor = database.execute_sql(
            self._sending, (message_id, self._time(now), item_id, runner_id))
        return bool(cursor.rowcount == 1)

    def mark_outcome(self, item_id: int, runner_id: str, state: str, now: datetime, *,
                     code: str = "", error: Note | None = None,
                     next_attempt_at: datetime | None = None) -> None:
        stamp = self._time(now)
        database.execute_sql(self._outcome, (
            state, code, error.dump(2000) if error else "",
            self._time(next_attempt_at) if next_attempt_at else None,
            stamp, stamp if state == "sent" else None, item_id, runner_id,
        ))

    def note_delivered(self, contact_ids: list[int], now: datetime) -> None:
        """Once a batch: when each contact last got a message (list cleanup reads it)."""
        p = database.param
        for start in range(0, len(contact_ids), 500):
            chunk = contact_ids[start:start + 500]
            database.execute_sql(self._delivered + f"({', '.join([p] * len(chunk))})",
                                 (self._time(now), *chunk))
