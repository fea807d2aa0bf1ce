"""What the database already knows about addresses, and saving a cleanup's results into it.

Writes go through the storage modules that own them: ``engine.storage.suppressions`` for the
suppressed list (with its audit trail) and ``engine.storage.csv_import`` for adding the kept
rows to a list, so a cleanup saves exactly as the rest of the app does.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from engine.cleanup.bounce_files import BouncedAddress
from engine.notes import note
from engine.storage import suppressions, unsubscribes
from engine.storage.csv_import import ImportReport, import_csv
from engine.storage.transactions import transaction

BATCH = 500


@dataclass(frozen=True)
class KnownAddresses:
    """Matching keys (lower-case) of suppressed and globally unsubscribed addresses."""

    suppressed: frozenset[str] = frozenset()
    unsubscribed: frozenset[str] = frozenset()


def load_known() -> KnownAddresses:
    # One query each: a cleanup checks every row, so a query per row is out of the question.
    return KnownAddresses(suppressions.every_suppressed(),
                          unsubscribes.unsubscribed_from_everything())


def suppress_bounced(
    bounced: dict[str, BouncedAddress], *, actor: str, source: str, at: datetime
) -> int:
    """Add bounced addresses to the suppressed list; returns how many were new."""
    added = 0
    keys = sorted(bounced)
    for start in range(0, len(keys), BATCH):
        with transaction():
            for key in keys[start:start + BATCH]:
                found = bounced[key]
                added += suppressions.suppress(
                    key, found.reason, actor=actor, at=at, code=found.code[:16],
                    why=note("found_by_cleanup", kind=found.reason, file=found.source),
                    source=f"{source}: {found.source}"[:255], first_bounce_at=at,
                    last_bounce_at=at,
                )
    return added


class KeptRows:
    """The kept rows as a plain UTF-8 CSV with an ``email`` column, for the list import."""

    def __init__(self, names: Iterable[str], address_column: int) -> None:
        self.address_column = address_column
        self._file = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in save()
            "w", encoding="utf-8", newline="", suffix=".csv", delete=False
        )
        self.path = Path(self._file.name)
        self._writer = csv.writer(self._file)
        from engine.storage.csv_import import guess_mapping

        header = list(names)
        self._width = len(header)
        targets = guess_mapping(header)
        # Only the mapped column may become the contact's address.
        header = [f"other {name}" if targets.get(name) == "email" else name for name in header]
        header[address_column] = "email"
        self._writer.writerow(header)

    def add(self, cells: list[object]) -> None:
        row = ["" if v is None else str(v) for v in cells[:self._width]]
        self._writer.writerow(row)

    def discard(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)

    def save(self, list_name: str) -> ImportReport:
        """Add the rows to ``list_name`` (created when missing); returns the import's report."""
        self._file.close()
        try:
            return import_csv(list_name, self.path)
        finally:
            self.path.unlink(missing_ok=True)
