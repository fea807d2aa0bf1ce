"""Unsubscribes: the person leaves lists, as the exclusion policy says.

A campaign here is one mailing, so "unsubscribed from that campaign" would stop nothing: the
next newsletter is another campaign. So an unsubscribe always ends list memberships:

- policy *Campaign*: the person leaves the lists that campaign was sent to, so later campaigns
  to those lists leave them out; campaigns to their other lists still reach them.
- policy *Global*: the person leaves every list, and no later campaign is sent to them, even
  to a list they join afterwards.

An unsubscribe with no campaign (``campaign`` NULL: one we cannot tie to a campaign, or one the
user enters for an address) is from everything under either policy. Each unsubscribe is also
kept as a row of its own (where it came from, when), which the list-cleanup reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

import peewee as pw

from engine.config import ExclusionPolicy
from engine.storage import repo
from engine.storage.db import database
from engine.storage.models import CampaignList, Contact, Subscription, Unsubscribe
from engine.storage.rows import tuples


def _normal(email: str) -> str:
    return email.strip().lower()


def _db_time(moment: datetime) -> datetime:
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


def campaign_list_ids(campaign_id: int) -> list[int]:
    return [int(list_id) for (list_id,) in tuples(
        CampaignList.select(CampaignList.mailing_list).where(CampaignList.campaign == campaign_id))]


def leave_lists(email: str, list_ids: Iterable[int] | None) -> int:
    """End the memberships of ``email`` in ``list_ids`` (None: every list); how many ended."""
    contacts = Contact.select(Contact.id).where(pw.fn.LOWER(Contact.email) == _normal(email))
    where = (Subscription.contact.in_(contacts)) & (Subscription.status != "unsubscribed")
    if list_ids is not None:
        ids = list(list_ids)
        if not ids:
            return 0
        where &= Subscription.mailing_list.in_(ids)
    return int(Subscription.update(status="unsubscribed").where(where).execute())


def add_unsubscribe(email: str, campaign_id: int | None, *, source: str, at: datetime,
                    scope: str | None = None) -> bool:
    """Record an unsubscribe and end the memberships the policy says; True when new.

    ``scope`` is the exclusion policy's (read from the settings when not given). Checked
    before inserting: a unique index does not stop two NULL campaigns in SQL.
    """
    address = _normal(email)
    if scope is None:
        scope = repo.load_setting(ExclusionPolicy).scope
    with database.atomic():
        if campaign_id is None or scope == "global":
            leave_lists(address, None)
        else:
            leave_lists(address, campaign_list_ids(campaign_id))
        campaign_match = (Unsubscribe.campaign.is_null() if campaign_id is None
                          else Unsubscribe.campaign == campaign_id)
        if Unsubscribe.select().where((Unsubscribe.email == address) & campaign_match).exists():
            return False
        Unsubscribe.create(email=address, campaign=campaign_id, source=source,
                           created_at=_db_time(at))
    return True


def is_unsubscribed(email: str, campaign_id: int | None = None) -> bool:
    """Unsubscribed from everything, or by way of this campaign."""
    scope = Unsubscribe.campaign.is_null()
    if campaign_id is not None:
        scope = scope | (Unsubscribe.campaign == campaign_id)
    return bool(Unsubscribe.select().where((Unsubscribe.email == _normal(email)) & scope)
                .exists())


def unsubscribed_from_everything() -> frozenset[str]:
    """The addresses, lower-case, unsubscribed with no campaign, in one query (a list cleanup
    checks every row)."""
    return frozenset(e.lower() for (e,) in tuples(
        Unsubscribe.select(Unsubscribe.email).where(Unsubscribe.campaign.is_null(True))))


def _left_all(emails: list[str], list_ids: list[int]) -> set[str]:
    """Of ``emails``, those no longer subscribed to any of ``list_ids`` they were on."""
    if not list_ids:
        return set()
    rows = tuples(
        Subscription.select(pw.fn.LOWER(Contact.email), Subscription.status).join(Contact)
        .where(pw.fn.LOWER(Contact.email).in_(emails)
               & Subscription.mailing_list.in_(list_ids)))
    left: set[str] = set()
    staying: set[str] = set()
    for email, status in rows:
        (staying if status == "subscribed" else left).add(email)
    return left - staying


def unsubscribed_among(emails: Iterable[str], campaign_id: int, scope: str) -> set[str]:
    """Of ``emails``, who must not get campaign ``campaign_id`` because they unsubscribed.

    Under either policy: an unsubscribe from everything, one by way of this very campaign, or
    having left every list of this campaign they were on (since its items were made, the
    sender checks again). Under *Global*, any unsubscribe at all.
    """
    return excluded_from(emails, campaign_list_ids(campaign_id), scope, campaign_id)


def excluded_from(emails: Iterable[str], list_ids: list[int], scope: str,
                  campaign_id: int | None = None) -> set[str]:
    """Of ``emails``, who must not get mail sent to ``list_ids`` (a campaign's lists, or an
    autoresponder's list) because they unsubscribed, by the rules of ``unsubscribed_among``."""
    wanted = sorted({_normal(e) for e in emails})
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        query = Unsubscribe.select(Unsubscribe.email).where(Unsubscribe.email.in_(chunk))
        if scope != "global":
            query = query.where(Unsubscribe.campaign.is_null()
                                | (Unsubscribe.campaign == campaign_id))
        found.update(e for (e,) in tuples(query))
        found.update(_left_all(chunk, list_ids))
    return found


def end_memberships_of_campaign_unsubscribes(db: pw.Database) -> None:
    """Migration: an unsubscribe recorded for a campaign ends that campaign's lists.

    Before, such an unsubscribe excluded the person from that one campaign only, and the
    Lists page still showed them subscribed. Under a *Global* policy it leaves every list, as
    a new unsubscribe does. Idempotent: an ended membership stays ended.
    """
    del db  # the models are bound to it already
    everything = repo.load_setting(ExclusionPolicy).scope == "global"
    for email, campaign_id in tuples(
            Unsubscribe.select(Unsubscribe.email, Unsubscribe.campaign)
            .where(Unsubscribe.campaign.is_null(False))):
        leave_lists(email, None if everything else campaign_list_ids(int(campaign_id)))


def unsubscribe_from_list(email: str, list_id: int, *, source: str, at: datetime,
                          scope: str | None = None) -> int:
    """Someone asked the user to stop their mail (the Lists page's Unsubscribe, the CLI).

    Under *Campaign* the person leaves that list; under *Global* every list, and the
    unsubscribe is kept as one from everything so lists they join later leave them out too.
    Returns how many memberships ended.
    """
    if scope is None:
        scope = repo.load_setting(ExclusionPolicy).scope
    with database.atomic():
        if scope != "global":
            return leave_lists(email, [list_id])
        ended = leave_lists(email, None)
        address = _normal(email)
        if not Unsubscribe.select().where((Unsubscribe.email == address)
                                          & Unsubscribe.campaign.is_null()).exists():
            Unsubscribe.create(email=address, campaign=None, source=source,
                               created_at=_db_time(at))
        return ended
