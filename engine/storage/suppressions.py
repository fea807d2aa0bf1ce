"""The suppressed list, its audit trail, and unsubscribes.

A suppressed address is never sent to again, from any campaign; it is not an unsubscribe (the
person did not ask), so the two live in separate tables. Every suppression and un-suppression
leaves a ``SuppressionEvent`` saying when, why and by whom (``run:42``, ``user``), so each
decision can be explained and undone. Addresses are kept lower-case.

Functions that write take the time from the caller (the engine's ``Clock``) and do not open a
transaction of their own when one is already open (peewee nests ``atomic()`` as savepoints).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import peewee as pw

from engine.notes import Note
from engine.storage import unsubscribes
from engine.storage.db import database
from engine.storage.models import Campaign, Suppression, SuppressionEvent
from engine.storage.rows import tuples


def db_time(moment: datetime) -> datetime:
    """Stored times are naive UTC."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def normal(email: str) -> str:
    return email.strip().lower()


@dataclass(frozen=True)
class SuppressionRecord:
    email: str
    reason: str
    source: str
    code: str
    campaign_id: int | None
    campaign_name: str
    first_bounce_at: datetime | None
    last_bounce_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class SuppressionEventRecord:
    email: str
    action: str
    reason: str
    actor: str
    at: datetime


def is_suppressed(email: str) -> bool:
    return Suppression.select().where(Suppression.email == normal(email)).exists()


def suppressed_among(emails: list[str]) -> set[str]:
    """Which of ``emails`` are suppressed (one query; for the sender's batches)."""
    wanted = sorted({normal(e) for e in emails})
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(s.email for s in Suppression.select(Suppression.email)
                     .where(Suppression.email.in_(chunk)))
    return found


def every_suppressed() -> frozenset[str]:
    """The whole list's addresses, lower-case, in one query (a list cleanup checks every row)."""
    return frozenset(e.lower() for (e,) in tuples(Suppression.select(Suppression.email)))


def get(email: str) -> SuppressionRecord | None:
    query = _records().where(Suppression.email == normal(email))
    return next(iter(_to_records(query)), None)


def suppress(
    email: str,
    reason: str,
    *,
    actor: str,
    why: Note,
    at: datetime,
    code: str = "",
    campaign_id: int | None = None,
    source: str = "",
    first_bounce_at: datetime | None = None,
    last_bounce_at: datetime | None = None,
) -> bool:
    """Put an address on the suppressed list; True when it was not there yet.

    Already suppressed: the last bounce time is brought forward, no second event is written.
    """
    address, when = normal(email), db_time(at)
    with database.atomic():
        existing = Suppression.get_or_none(Suppression.email == address)
        if existing is not None:
            if last_bounce_at is not None:
                existing.last_bounce_at = db_time(last_bounce_at)
                existing.save()
            return False
        Suppression.create(
            email=address, reason=reason, source=source, code=code, campaign=campaign_id,
            first_bounce_at=db_time(first_bounce_at) if first_bounce_at else None,
            last_bounce_at=db_time(last_bounce_at) if last_bounce_at else None,
            created_at=when,
        )
        SuppressionEvent.create(email=address, action="suppress", reason=why.dump(),
                                actor=actor, at=when)
    return True


@dataclass(frozen=True)
class NewSuppression:
    """One address for ``suppress_many``: what ``suppress`` takes per address."""

    email: str
    reason: str
    why: Note
    code: str = ""
    campaign_id: int | None = None
    first_bounce_at: datetime | None = None


def suppress_many(entries: list[NewSuppression], *, actor: str, at: datetime, source: str = "",
                  last_bounce_at: datetime | None = None) -> int:
    """``suppress`` for many addresses (each once) in a few statements; how many were new.

    The collector suppresses a few hundred addresses in a large run; one by one, with a
    savepoint and three statements each, that was a good part of its time.
    """
    when = db_time(at)
    last = db_time(last_bounce_at) if last_bounce_at else None
    wanted = {normal(e.email): e for e in entries}
    existing: set[str] = set()
    addresses = list(wanted)
    for start in range(0, len(addresses), 500):
        existing.update(s.email for s in Suppression.select(Suppression.email)
                        .where(Suppression.email.in_(addresses[start:start + 500])))
    new = [(address, e) for address, e in wanted.items() if address not in existing]
    with database.atomic():
        if last is not None and existing:
            touch(sorted(existing), last_bounce_at=last)
        for start in range(0, len(new), 100):
            part = new[start:start + 100]
            Suppression.insert_many([{
                "email": address, "reason": e.reason, "source": source, "code": e.code,
                "campaign": e.campaign_id, "created_at": when, "last_bounce_at": last,
                "first_bounce_at": db_time(e.first_bounce_at) if e.first_bounce_at else None,
            } for address, e in part]).execute()
            SuppressionEvent.insert_many([{
                "email": address, "action": "suppress", "reason": e.why.dump(), "actor": actor,
                "at": when,
            } for address, e in part]).execute()
    return len(new)


def touch(emails: list[str], *, last_bounce_at: datetime) -> None:
    """Bring the last bounce time of already suppressed addresses forward."""
    when = db_time(last_bounce_at)
    for start in range(0, len(emails), 500):
        Suppression.update(last_bounce_at=when).where(
            Suppression.email.in_(emails[start:start + 500])).execute()


def unsuppress(email: str, *, actor: str, why: Note, at: datetime) -> bool:
    """Take an address off the suppressed list; True when it was on it.

    Its bounces stay recorded; only bounces after this moment count toward the threshold again,
    so one more bounce does not put it straight back.
    """
    address, when = normal(email), db_time(at)
    with database.atomic():
        removed = Suppression.delete().where(Suppression.email == address).execute()
        if not removed:
            return False
        SuppressionEvent.create(email=address, action="unsuppress", reason=why.dump(),
                                actor=actor, at=when)
    return True


def list_suppressed(search: str = "", limit: int | None = None) -> list[SuppressionRecord]:
    """Newest first; those whose address contains ``search``; at most ``limit``."""
    query = _matching(_records(), search).order_by(Suppression.created_at.desc(),
                                                   Suppression.email)
    return _to_records(query.limit(limit) if limit is not None else query)


def count_suppressed(search: str = "") -> int:
    return int(_matching(Suppression.select(), search).count())


def _matching(query: Any, search: str) -> Any:
    text = search.strip().lower()
    return query.where(Suppression.email.contains(text)) if text else query


def events(email: str | None = None) -> list[SuppressionEventRecord]:
    query = SuppressionEvent.select().order_by(SuppressionEvent.at, SuppressionEvent.id)
    if email is not None:
        query = query.where(SuppressionEvent.email == normal(email))
    return [SuppressionEventRecord(e.email, e.action, e.reason, e.actor, e.at) for e in query]


def _records() -> Any:
    return (Suppression.select(
                Suppression.email, Suppression.reason, Suppression.source, Suppression.code,
                Suppression.campaign.alias("campaign_id"),
                pw.fn.COALESCE(Campaign.name, "").alias("campaign_name"),
                Suppression.first_bounce_at, Suppression.last_bounce_at, Suppression.created_at)
            .join(Campaign, pw.JOIN.LEFT_OUTER, on=(Suppression.campaign == Campaign.id)))


def _to_records(query: Any) -> list[SuppressionRecord]:
    return [SuppressionRecord(**row) for row in query.dicts()]


# --- unsubscribes -------------------------------------------------------------------------
# They end list memberships as the exclusion policy says: see ``engine.storage.unsubscribes``.

add_unsubscribe = unsubscribes.add_unsubscribe
is_unsubscribed = unsubscribes.is_unsubscribed
