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

# The buckets of the messages read, in the order the report lists them, with their words.
BUCKETS: tuple[tuple[str, str], ...] = (
    ("recorded", "bounces, complaints and unsubscribe requests recorded"),
    ("others_recorded", "replies and auto-replies (people's mail)"),
    ("already_recorded", "recorded in an earlier run"),
    ("copies", "copies of a message read earlier in this run"),
    ("unreadable", "could not be read (left in place)"),
    ("needs_review", "bounces naming no recipient of ours, kept for review"),
    ("not_understood", "not understood, kept in the mailbox"),
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
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not errors; each once

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def bucket_total(self) -> int:
        return sum(int(getattr(self, name)) for name, _words in BUCKETS)

    def mailbox_total(self) -> int:
        return (self.deleted + self.moved + self.non_bounces_moved + self.review_moved
                + self.left_in_place)

    def lines(self) -> list[str]:
        """The report in words, for the CLI and the run list."""
        out = [f"Messages read: {self.messages_read}"]
        out.extend(f"  {getattr(self, name)} {words}" for name, words in BUCKETS
                   if getattr(self, name))
        out += [
            f"Bounces: {self.hard_bounces} hard, {self.soft_bounces} soft"
            + (f" ({self.resends_scheduled} to be sent again)" if self.resends_scheduled else ""),
            f"Complaints: {self.complaints}",
            f"Unsubscribe requests: {self.unsubscribes}",
            f"In the mailbox: {self.deleted} deleted, {self.moved} moved, "
            f"{self.non_bounces_moved} replies moved, "
            + (f"{self.review_moved} moved for review, " if self.review_moved else "")
            + f"{self.left_in_place} left in place"
            + (f" ({self.non_bounces_left} of them replies and auto-replies)"
               if self.non_bounces_left else "")
            + (f"; {self.left_marked_deleted} of those only marked deleted"
               if self.left_marked_deleted else ""),
            f"Newly suppressed addresses: {len(self.newly_suppressed)}",
        ]
        if self.paused_for_complaints:
            out.append(f"Campaigns paused for too many complaints: "
                       f"{len(self.paused_for_complaints)}")
        out.extend(f"Note: {n}" for n in self.notes)
        if self.errors:
            out.append(f"Errors: {len(self.errors)}")
            out.extend(f"  - {e}" for e in self.errors)
        return out

    def merge(self, other: CollectReport) -> None:
        """Add a committed chunk's recipient counts to the run's (message counts are the
        collector's, per message: ``Collection.count``)."""
        for name in ("hard_bounces", "soft_bounces", "resends_scheduled", "complaints",
                     "unsubscribes"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.newly_suppressed.extend(other.newly_suppressed)
        self.paused_for_complaints.extend(other.paused_for_complaints)
        self.errors.extend(other.errors)
