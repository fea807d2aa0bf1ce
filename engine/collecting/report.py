"""The report every collection run writes: what was read, decided, suppressed and left."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class CollectReport:
    """Counts are of messages, except the bounce counts, which are of failed recipients."""

    source: str = ""
    messages_read: int = 0
    already_recorded: int = 0
    hard_bounces: int = 0
    soft_bounces: int = 0
    resends_scheduled: int = 0
    complaints: int = 0
    unsubscribes: int = 0
    non_bounces_left: int = 0
    non_bounces_moved: int = 0
    needs_review: int = 0  # bounces naming no recipient of ours: kept in the mailbox
    review_moved: int = 0  # of those (this run's or earlier runs'), moved to their folder
    deleted: int = 0
    moved: int = 0
    connection_attempts: int = 0
    newly_suppressed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        """The report in words, for the CLI and the run list."""
        out = [
            f"Messages read: {self.messages_read}"
            + (f" ({self.already_recorded} recorded before)" if self.already_recorded else ""),
            f"Bounces: {self.hard_bounces} hard, {self.soft_bounces} soft"
            + (f" ({self.resends_scheduled} to be sent again)" if self.resends_scheduled else ""),
            f"Complaints: {self.complaints}",
            f"Unsubscribe requests: {self.unsubscribes}",
            f"Other messages (replies, auto-replies): {self.non_bounces_left} left in place"
            + (f", {self.non_bounces_moved} moved" if self.non_bounces_moved else ""),
            f"Processed messages deleted: {self.deleted}"
            + (f", moved: {self.moved}" if self.moved else ""),
            f"Newly suppressed addresses: {len(self.newly_suppressed)}",
        ]
        if self.needs_review or self.review_moved:
            out.append(f"Bounces kept for review (no failed recipient of ours found): "
                       f"{self.needs_review}"
                       + (f", {self.review_moved} moved to their folder"
                          if self.review_moved else ""))
        if self.errors:
            out.append(f"Errors: {len(self.errors)}")
            out.extend(f"  - {e}" for e in self.errors)
        return out

    def merge(self, other: CollectReport) -> None:
        """Add a committed chunk's counts to the run's."""
        for name, value in other.as_dict().items():
            if isinstance(value, int) and name != "connection_attempts":
                setattr(self, name, getattr(self, name) + value)
        self.newly_suppressed.extend(other.newly_suppressed)
        self.errors.extend(other.errors)
