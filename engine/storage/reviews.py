"""Bounces kept for review: read and classified, but naming no failed recipient of ours.

The collector adds one per message (its ``BounceMessage`` is the identity, so a second run
never lists it twice) and leaves the message in the mailbox. The window and the CLI list the
open ones, and the user assigns the address a message is about or dismisses it; either
settles the message, which the next collection then removes like a processed bounce.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from engine.storage.db import database
from engine.storage.models import BounceMessage, BounceReview
from engine.storage.suppressions import db_time

OPEN = "open"
ASSIGNED = "assigned"
DISMISSED = "dismissed"
# BounceMessage.kind while its review is open, and once dismissed
REVIEW_KIND = "review"
DISMISSED_KIND = "dismissed"


@dataclass(frozen=True)
class ReviewItem:
    id: int
    message_id: int  # the BounceMessage
    content_hash: str
    kind: str  # as classified: hard | soft | complaint
    why: str
    subject: str
    source: str
    received_at: datetime
    state: str
    address: str
    decided_at: datetime | None
    decided_by: str


def add_reviews(rows: list[dict[str, Any]]) -> None:
    """Insert reviews (``message``, ``kind``, ``why``, ``created_at``); one per message."""
    if rows:
        BounceReview.insert_many(rows).on_conflict_ignore().execute()


_COLUMNS = (BounceReview.id, BounceReview.message.alias("message_id"),
            BounceMessage.content_hash, BounceReview.kind, BounceReview.why,
            BounceMessage.subject, BounceMessage.source, BounceMessage.received_at,
            BounceReview.state, BounceReview.address, BounceReview.decided_at,
            BounceReview.decided_by)


def _query() -> Any:
    return (BounceReview.select(*_COLUMNS)
            .join(BounceMessage, on=(BounceReview.message == BounceMessage.id)))


def list_reviews(state: str | None = OPEN, limit: int | None = None) -> list[ReviewItem]:
    """Reviews in ``state`` (None: all), newest first."""
    query = _query().order_by(BounceMessage.received_at.desc(), BounceReview.id.desc())
    if state is not None:
        query = query.where(BounceReview.state == state)
    if limit is not None:
        query = query.limit(limit)
    return [ReviewItem(**row) for row in query.dicts()]


def get_review(review_id: int) -> ReviewItem | None:
    row = _query().where(BounceReview.id == review_id).dicts().first()
    return ReviewItem(**row) if row else None


def count_open() -> int:
    return int(BounceReview.select().where(BounceReview.state == OPEN).count())


def settle(review: ReviewItem, *, state: str, message_kind: str, address: str = "",
           at: datetime, by: str) -> bool:
    """Close an open review (assigned or dismissed); False when it was no longer open.

    The message's kind changes with it, so the next collection removes the message.
    """
    with database.atomic():
        changed = (BounceReview.update(state=state, address=address[:320],
                                       decided_at=db_time(at), decided_by=by[:64])
                   .where((BounceReview.id == review.id) & (BounceReview.state == OPEN))
                   .execute())
        if changed:
            (BounceMessage.update(kind=message_kind)
             .where(BounceMessage.id == review.message_id).execute())
    return bool(changed)
