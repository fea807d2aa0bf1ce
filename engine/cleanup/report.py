"""What a cleanup found: counts per reason, the rows it could not read, typo suggestions."""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.tables import RowProblem

# Reason codes in the order they are checked (a row gets the first that applies), with the
# words the removed-rows file, the CLI and the chart use.
REASONS: dict[str, str] = {
    "unreadable": "Unreadable row",
    "invalid": "Invalid address",
    "duplicate": "Duplicate",
    "suppressed": "Suppressed",
    "hard_bounce": "Hard bounce",
    "complaint": "Complaint",
    "soft_bounce": "Repeated soft bounces",
    "unsubscribed": "Unsubscribed",
    "typo": "Likely typo",
    "disposable": "Disposable domain",
    "role": "Role account",
}
MAX_LISTED = 200


@dataclass(frozen=True)
class Suggestion:
    line: int
    address: str
    suggestion: str


@dataclass(frozen=True)
class CleanupReport:
    input_path: str
    format_description: str
    cleaned_path: str
    removed_path: str
    rows: int
    kept: int
    removed: int
    removed_by_reason: dict[str, int]
    flagged_but_kept: dict[str, int]
    problems: tuple[RowProblem, ...]
    problem_count: int
    suggestions: tuple[Suggestion, ...]
    suggestion_count: int
    bounce_messages: int = 0
    bounced_addresses: int = 0
    bounce_problems: tuple[str, ...] = ()
    list_summary: str = ""
    suppressed_added: int = 0
    disposable_source: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def lines(self) -> list[str]:
        """The summary in plain sentences, for the CLI and the window's text view."""
        out = [
            f"Read {self.rows:,} rows from {self.input_path} ({self.format_description}).",
            f"Kept {self.kept:,} rows in {self.cleaned_path}.",
            f"Removed {self.removed:,} rows to {self.removed_path}:",
        ]
        for code, label in REASONS.items():
            if self.removed_by_reason.get(code):
                out.append(f"  {label}: {self.removed_by_reason[code]:,}")
        for code, count in self.flagged_but_kept.items():
            if count:
                out.append(f"Kept although flagged — {REASONS[code].lower()}: {count:,}")
        if self.bounce_messages:
            out.append(f"Bounce files: {self.bounce_messages:,} messages, "
                       f"{self.bounced_addresses:,} addresses marked.")
        for unread in self.bounce_problems:
            out.append(f"  could not read {unread}")
        for problem in self.problems:
            out.append(f"Line {problem.line}: {problem.reason}.")
        if self.problem_count > len(self.problems):
            out.append(f"… and {self.problem_count - len(self.problems):,} more unreadable rows.")
        for s in self.suggestions:
            out.append(f"Line {s.line}: {s.address} — did you mean {s.suggestion}?")
        if self.suggestion_count > len(self.suggestions):
            out.append(f"… and {self.suggestion_count - len(self.suggestions):,} more "
                       "suggestions (see the removed-rows file).")
        if self.list_summary:
            out.append(f"Saved to the list: {self.list_summary}.")
        if self.suppressed_added:
            out.append(f"Added {self.suppressed_added:,} bounced addresses to the suppressed "
                       "list.")
        out.extend(self.notes)
        if self.disposable_source:
            out.append(f"Disposable domains from {self.disposable_source}.")
        return out
