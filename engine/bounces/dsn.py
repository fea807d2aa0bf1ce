"""RFC 3464 delivery-status fields: one record per recipient, read leniently.

Real reports drop the blank line between recipient blocks, fold fields oddly, or sit in a
``text/plain`` part; a new ``Final-Recipient`` (or ``Original-Recipient`` after one) starts a
new record either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$")
_RECIPIENT_FIELDS = ("final-recipient", "original-recipient", "x-actual-recipient")
MAX_RECORDS = 200


@dataclass
class DsnRecord:
    fields: dict[str, str]

    def get(self, name: str) -> str:
        return self.fields.get(name, "")


def parse_fields(text: str) -> list[tuple[str, str]]:
    """``Name: value`` pairs with folded lines joined; other lines are ignored."""
    pairs: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if not line.strip():
            pairs.append(("", ""))  # a block separator, kept so callers can see blocks
            continue
        if line[0] in " \t" and pairs and pairs[-1][0]:
            name, value = pairs[-1]
            if len(value) < 4000:
                pairs[-1] = (name, value + " " + line.strip())
            continue
        match = _FIELD.match(line)
        if match:
            pairs.append((match.group(1).lower(), match.group(2).strip()))
    return pairs


def parse_delivery_status(text: str) -> tuple[dict[str, str], list[DsnRecord]]:
    """The per-message fields and the per-recipient records of a delivery-status body."""
    per_message: dict[str, str] = {}
    records: list[DsnRecord] = []
    current: dict[str, str] | None = None
    for name, value in parse_fields(text):
        if not name:
            if current is not None and _has_recipient(current):
                records.append(DsnRecord(current))
                current = None
            continue
        starts_new = name in _RECIPIENT_FIELDS and current is not None and (
            name in current or (name == "original-recipient" and "final-recipient" in current
                                and "action" in current)
        )
        if starts_new and current is not None:
            if _has_recipient(current):
                records.append(DsnRecord(current))
            current = None
        if current is None:
            if name in _RECIPIENT_FIELDS or (
                name in ("action", "status", "diagnostic-code", "remote-mta") and not records
                and "final-recipient" not in per_message
            ):
                current = {}
            else:
                per_message.setdefault(name, value)
                continue
        current.setdefault(name, value)
        if len(records) >= MAX_RECORDS:
            break
    if current is not None and _has_recipient(current):
        records.append(DsnRecord(current))
    return per_message, records


def _has_recipient(fields: dict[str, str]) -> bool:
    return any(fields.get(name) for name in _RECIPIENT_FIELDS)


def strip_type(value: str) -> str:
    """``rfc822; user@example.org`` → ``user@example.org``; ``smtp; 550 …`` → ``550 …``."""
    kind, sep, rest = value.partition(";")
    if sep and re.fullmatch(r"\s*[A-Za-z0-9][A-Za-z0-9.+-]*\s*", kind):
        return rest.strip()
    return value.strip()
