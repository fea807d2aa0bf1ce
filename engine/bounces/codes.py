"""The enhanced-status-code table that decides hard or soft.

The default is the CRM's table (``shared/bounce-codes.md``); the user can edit it, and the
edited table is what the classifier uses. It ships inside the package so that an installed
app needs nothing beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

BounceType = Literal["hard", "soft"]

CODE_PATTERN = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$|^9\.1\.1$")
NO_CODE = "9.1.1"


@dataclass(frozen=True)
class BounceCode:
    code: str
    type: BounceType
    meaning: str


def is_valid_code(code: str) -> bool:
    """An RFC 3463 ``class.subject.detail`` code (class 2, 4 or 5), or our 9.1.1."""
    return bool(CODE_PATTERN.match(code.strip()))


_DEFAULT_ROWS: tuple[tuple[str, BounceType, str], ...] = (
    ("5.0.0", "hard", "Address does not exist"),
    ("5.1.0", "hard", "Other address status"),
    ("5.1.1", "hard", "Bad destination mailbox address"),
    ("5.1.2", "hard", "Bad destination system address"),
    ("5.1.3", "hard", "Bad destination mailbox address syntax"),
    ("5.1.4", "hard", "Destination mailbox address ambiguous"),
    ("5.1.5", "hard", "Destination mailbox address valid"),
    ("5.1.6", "hard", "Mailbox has moved"),
    ("5.1.7", "hard", "Bad sender's mailbox address syntax"),
    ("5.1.8", "hard", "Bad sender's system address"),
    ("5.2.0", "soft", "Other or undefined mailbox status"),
    ("5.2.1", "soft", "Mailbox disabled, not accepting messages"),
    ("5.2.2", "soft", "Mailbox full"),
    ("5.2.3", "hard", "Message length exceeds administrative limit"),
    ("5.2.4", "hard", "Mailing list expansion problem"),
    ("5.3.0", "hard", "Other or undefined mail system status"),
    ("5.3.1", "soft", "Mail system full"),
    ("5.3.2", "hard", "System not accepting network messages"),
    ("5.3.3", "hard", "System not capable of selected features"),
    ("5.3.4", "hard", "Message too big for system"),
    ("5.4.0", "hard", "Other or undefined network or routing status"),
    ("5.4.1", "hard", "No answer from host"),
    ("5.4.2", "hard", "Bad connection"),
    ("5.4.3", "hard", "Routing server failure"),
    ("5.4.4", "hard", "Unable to route"),
    ("5.4.5", "soft", "Network congestion"),
    ("5.4.6", "hard", "Routing loop detected"),
    ("5.4.7", "hard", "Delivery time expired"),
    ("5.5.0", "hard", "Other or undefined protocol status"),
    ("5.5.1", "hard", "Invalid command"),
    ("5.5.2", "hard", "Syntax error"),
    ("5.5.3", "soft", "Too many recipients"),
    ("5.5.4", "hard", "Invalid command arguments"),
    ("5.5.5", "hard", "Wrong protocol version"),
    ("5.6.0", "hard", "Other or undefined media error"),
    ("5.6.1", "hard", "Media not supported"),
    ("5.6.2", "hard", "Conversion required and prohibited"),
    ("5.6.3", "hard", "Conversion required but not supported"),
    ("5.6.4", "hard", "Conversion with loss performed"),
    ("5.6.5", "hard", "Conversion failed"),
    ("5.7.0", "hard", "Other or undefined security status"),
    ("5.7.1", "hard", "Delivery not authorized, message refused"),
    ("5.7.2", "hard", "Mailing list expansion prohibited"),
    ("5.7.3", "hard", "Security conversion required but not possible"),
    ("5.7.4", "hard", "Security features not supported"),
    ("5.7.5", "hard", "Cryptographic failure"),
    ("5.7.6", "hard", "Cryptographic algorithm not supported"),
    ("5.7.7", "hard", "Message integrity failure"),
    ("9.1.1", "hard", "Hard bounce with no bounce code found"),
)


@dataclass(frozen=True)
class BounceCodeTable:
    """An ordered, immutable code table; ``lookup`` is what the classifier asks."""

    rows: tuple[BounceCode, ...]

    @classmethod
    def default(cls) -> BounceCodeTable:
        return cls(tuple(BounceCode(c, t, m) for c, t, m in _DEFAULT_ROWS))

    @classmethod
    def address_failures_only(cls) -> BounceCodeTable:
        """Preset: policy (5.7.x), network (5.4.x) and system (5.3.x) failures count as soft.

        For senders who want to suppress only addresses that truly do not exist, and treat
        reputation blocks and outages as passing.
        """
        rows = []
        for row in cls.default().rows:
            soft = row.code.startswith(("5.3.", "5.4.", "5.7."))
            rows.append(BounceCode(row.code, "soft" if soft else row.type, row.meaning))
        return cls(tuple(rows))

    @classmethod
    def from_rows(cls, rows: Iterable[BounceCode]) -> BounceCodeTable:
        return cls(tuple(rows))

    def __iter__(self) -> Iterator[BounceCode]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @cached_property
    def _by_code(self) -> dict[str, BounceCode]:
        return {row.code: row for row in self.rows}

    def lookup(self, code: str) -> BounceCode | None:
        return self._by_code.get(code)

    def validate(self) -> dict[str, str]:
        """Field errors keyed ``row N`` (1-based), for the table editor."""
        errors: dict[str, str] = {}
        seen: set[str] = set()
        for n, row in enumerate(self.rows, start=1):
            if not is_valid_code(row.code):
                errors[f"row {n}"] = f"“{row.code}” is not a status code like 5.1.1"
            elif row.code in seen:
                errors[f"row {n}"] = f"{row.code} appears twice"
            elif row.type not in ("hard", "soft"):
                errors[f"row {n}"] = "type must be hard or soft"
            seen.add(row.code)
        return errors
