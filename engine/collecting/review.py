"""Settling a bounce kept for review: the user assigns the address it is about, or dismisses it.

Assigning applies the same rules as a bounce collected for that address (``record_assigned``
runs the collector's own code), with "user" in the audit trail; dismissing records nothing.
Either way the message is settled, and the next collection removes it from the mailbox like
a processed bounce (deleted, or moved to the processed folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from engine.bounces.classify import classify_as
from engine.bounces.codes import BounceCodeTable
from engine.collecting.record import Rules, record_assigned
from engine.collecting.report import CollectReport
from engine.config import BounceSettings, ComplaintGuard, ExclusionPolicy, address_error
from engine.errors import ClassifyError, ConfigError
from engine.notes import Note
from engine.storage import bounces as store
from engine.storage import repo, reviews
from engine.storage.reviews import ReviewItem
from engine.storage.transactions import transaction

MAX_TEXT_CHARS = 200_000


@dataclass(frozen=True)
class Assigned:
    """What assigning did: the address, and the decisions as the bounce log keeps them."""

    review_id: int
    address: str
    kind: str
    outcomes: tuple[Note, ...]
    newly_suppressed: tuple[str, ...]


def saved_rules() -> Rules:
    """The rules a collection would apply now, from the saved settings."""
    mailbox = repo.load_mailbox()
    return Rules.from_settings(mailbox, repo.load_setting(BounceSettings),
                               repo.load_setting(ExclusionPolicy), repo.list_profiles(),
                               guard=repo.load_setting(ComplaintGuard))


def _open_review(review_id: int) -> ReviewItem:
    review = reviews.get_review(review_id)
    if review is None:
        raise ConfigError(f"There is no bounce {review_id} to review.", field="review")
    if review.state != reviews.OPEN:
        raise ConfigError(f"Bounce {review_id} was already {review.state}.", field="review")
    return review


def check_address(address: str, rules: Rules) -> str:
    """The address, tidied, or ConfigError saying plainly what is wrong with it."""
    value = address.strip().strip("<>").strip()
    if err := address_error(value):
        raise ConfigError(err, field="address")
    if rules.is_ours(value):
        raise ConfigError(f"{value} is one of your own addresses (a From, Reply-To, bounce or "
                          "mailbox address): a bounce is never counted against it.",
                          field="address")
    return value.lower()


def assign(review_id: int, address: str, *, rules: Rules, table: BounceCodeTable,
           now: datetime, actor: str = "user") -> Assigned:
    """Count the kept bounce ``review_id`` against ``address``, as a collection would."""
    email = check_address(address, rules)
    with transaction():
        review = _open_review(review_id)
        raw = store.raw_message(review.message_id)
        if raw is None:
            raise ConfigError(f"The text of bounce {review_id} was not kept.", field="review")
        try:
            result = classify_as(raw, email, table)
        except ClassifyError as exc:  # it was read once; say so if it no longer can be
            raise ConfigError(f"Bounce {review_id} cannot be read again: {exc}") from exc
        report = CollectReport()
        outcomes = record_assigned(review.message_id, review.content_hash, result, rules,
                        actor=actor, source=review.source or "review", now=now, report=report)
        if not reviews.settle(review, state=reviews.ASSIGNED, message_kind=result.kind,
                              address=email, at=now, by=actor):
            raise ConfigError(f"Bounce {review_id} was settled meanwhile.", field="review")
    return Assigned(review_id, email, result.kind, tuple(outcomes),
                    tuple(report.newly_suppressed))


def dismiss(review_id: int, *, now: datetime, actor: str = "user") -> None:
    """Nothing is counted; the message is removed from the mailbox by the next collection."""
    with transaction():
        review = _open_review(review_id)
        if not reviews.settle(review, state=reviews.DISMISSED,
                              message_kind=reviews.DISMISSED_KIND, at=now, by=actor):
            raise ConfigError(f"Bounce {review_id} was settled meanwhile.", field="review")


def message_text(review_id: int) -> str:
    """The kept message as text, headers and all, for a person to read (cut at 200,000
    characters: a 2 MB header is not read by anyone)."""
    review = reviews.get_review(review_id)
    raw = store.raw_message(review.message_id) if review else None
    if raw is None:
        return ""
    text = raw[:MAX_TEXT_CHARS * 2].decode("utf-8", "replace").replace("\r\n", "\n")
    if len(text) > MAX_TEXT_CHARS or len(raw) > MAX_TEXT_CHARS * 2:
        text = text[:MAX_TEXT_CHARS] + f"\n\n[… cut here: the message has {len(raw):,} bytes]"
    return text

