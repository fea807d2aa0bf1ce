"""The report every collection run writes: what was read, decided, suppressed and left.

Two sums hold for every run, also one retried after a cut line or stopped half-way:

- every message read is in exactly one *bucket* (``BUCKETS``): recorded now, a person's reply
  or auto-reply, recorded in an earlier run, a copy of a message read earlier in this run,
  unreadable, a bounce naming no recipient of ours (kept for review), or not understood (kept
  in the mailbox);
- every message read was deleted, moved, moved as a reply, moved to the review folder, or left
  in place.

A message read twice because a connection was cut and tried again is one message read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from engine.notes import Param

# The buckets of the messages read, in the order the report lists them (their words:
# engine.cli.words.BUCKET_WORDS).
BUCKETS: tuple[str, ...] = (
    "recorded", "others_recorded", "already_recorded", "copies", "unreadable", "needs_review",
    "not_understood",
)


@dataclass
class CollectReport:
    """Counts are of messages, except the bounce counts, which are of failed recipients."""

    source: str = ""
    messages_read: int = 0
    # the buckets (BUCKETS): they add up to messages_read
    recorded: int = 0
    others_recorded: int = 0
    already_recorded: int = 0
    copies: int = 0
    unreadable: int = 0
    needs_review: int = 0  # bounces naming no recipient of ours: kept (bounce_review)
    not_understood: int = 0
    # what was decided about the recipients of the bounces recorded now
    hard_bounces: int = 0
    soft_bounces: int = 0
    resends_scheduled: int = 0
    complaints: int = 0
    unsubscribes: int = 0
    # what happened in the mailbox: deleted + moved + non_bounces_moved + review_moved +
    # left_in_place add up to messages_read
    deleted: int = 0
    moved: int = 0
    non_bounces_moved: int = 0
    review_moved: int = 0  # bounces needing review moved to the folder named for them
    left_in_place: int = 0
    non_bounces_left: int = 0  # of left_in_place: people's replies and auto-replies
    left_marked_deleted: int = 0  # of left_in_place: flagged, the server cannot expunge ours
    connection_attempts: int = 0
    newly_suppressed: list[str] = field(default_factory=list)
    paused_for_complaints: list[int] = field(default_factory=list)  # campaign ids
    # notes (``Note.as_dict()``): what went wrong, and what is worth knowing (each once)
    errors: list[dict[str, Param]] = field(default_factory=list)
    notes: list[dict[str, Param]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def bucket_total(self) -> int:
        return sum(int(getattr(self, name)) for name in BUCKETS)

    def mailbox_total(self) -> int:
        return (self.deleted + self.moved + self.non_bounces_moved + self.review_moved
                + self.left_in_place)

    def merge(self, other: CollectReport) -> None:
        """Add a committed chunk's recipient counts to the run's (message counts are the
        collector's, per message: ``Collection.count``)."""
        for name in ("hard_bounces", "soft_bounces", "resends_scheduled", "complaints",
                     "unsubscribes"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.newly_suppressed.extend(other.newly_suppressed)
        self.paused_for_complaints.extend(other.paused_for_complaints)
        self.errors.extend(other.errors)
