"""What a cleanup found: counts per reason, the rows it could not read, typo suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from engine.cleanup.domains import DisposableList
from engine.notes import Note
from engine.storage.csv_import import ImportReport
from engine.tables import RowProblem, TableFormat

# Reason codes in the order they are checked (a row gets the first that applies), with the
# words the removed-rows file and the CLI use (the window's are these, translated).
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
    fmt: TableFormat
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
    bounce_problems: tuple[Note, ...] = ()  # file_unreadable, bounce_unreadable
    list_import: ImportReport | None = None  # the kept rows saved to a list
    suppressed_added: int = 0
    disposable: DisposableList | None = None
