"""Amazon SES notifications delivered by mail (SNS): a JSON document in the body.

The JSON is often damaged on the way (long lines wrapped by the mail system), so the
recipient objects are read with patterns rather than a JSON parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TYPE = re.compile(r'"notificationType"\s*:\s*"(\w+)"')
_LIST = re.compile(r'"(bouncedRecipients|complainedRecipients)"\s*:\s*\[(.*?)\]', re.S)
_OBJECT = re.compile(r"\{([^{}]*)\}", re.S)
_FIELD = re.compile(r'"(\w+)"\s*:\s*"((?:[^"\\]|\\.)*)"')
_FEEDBACK = re.compile(r'"complaintFeedbackType"\s*:\s*"([^"]*)"')


@dataclass(frozen=True)
class SesRecipient:
    address: str
    status: str
    action: str
    diagnostic: str


@dataclass(frozen=True)
class SesNotice:
    kind: str  # "bounce", "complaint", "delivery"
    recipients: tuple[SesRecipient, ...]
    feedback_type: str | None


def parse_ses(text: str) -> SesNotice | None:
    """The SES notification in ``text``, or None when there is none."""
    if '"notificationType"' not in text:
        return None
    kind_match = _TYPE.search(text)
    if kind_match is None:
        return None
    kind = kind_match.group(1).lower()
    recipients: list[SesRecipient] = []
    for listing in _LIST.finditer(text[:200_000]):
        for obj in _OBJECT.finditer(listing.group(2)):
            fields = {k: v.replace('\\"', '"') for k, v in _FIELD.findall(obj.group(1))}
            address = fields.get("emailAddress", "").strip().lower()
            if "@" not in address:
                continue
            recipients.append(SesRecipient(address, fields.get("status", ""),
                                           fields.get("action", "").lower(),
                                           fields.get("diagnosticCode", "")))
    feedback = _FEEDBACK.search(text)
    return SesNotice(kind, tuple(recipients), feedback.group(1) if feedback else None)
