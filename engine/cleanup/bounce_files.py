"""Bounced addresses from exported mail (``.eml`` files, folders of them, mbox files), offline.

Every message goes through the bounce classifier. Hard bounces and complaints mark an address
at once; soft bounces mark it when the same address soft-bounced in ``soft_threshold`` distinct
messages (the same message found twice, say in a folder and in an mbox built from it, counts
once).
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field

from engine.bounces.classify import classify
from engine.bounces.codes import BounceCodeTable
from engine.bounces.sources import iter_messages
from engine.cleanup.addresses import Address, check
from engine.errors import ClassifyError
from engine.jobs import CancelToken, Progress
from engine.notes import Note, note

HARD = "hard_bounce"
SOFT = "soft_bounce"
COMPLAINT = "complaint"


@dataclass(frozen=True)
class BouncedAddress:
    reason: str  # hard_bounce | soft_bounce | complaint
    code: str  # the status code of the latest bounce that counted, e.g. 5.1.1
    source: str  # the file (and mbox message number) it came from


@dataclass
class BounceFindings:
    """Addresses (matching keys) the bounce files mark, and what was read."""

    marked: dict[str, BouncedAddress] = field(default_factory=dict)
    messages: int = 0
    duplicates: int = 0
    not_bounces: int = 0
    unreadable: list[Note] = field(default_factory=list)  # file_unreadable, bounce_unreadable
    soft_below_threshold: int = 0


def read_bounces(
    paths: Iterable[str | os.PathLike[str]],
    *,
    table: BounceCodeTable | None = None,
    soft_threshold: int = 3,
    token: CancelToken | None = None,
) -> Generator[Progress, None, BounceFindings]:
    findings = BounceFindings()
    seen: set[bytes] = set()
    soft_counts: Counter[str] = Counter()
    soft_last: dict[str, BouncedAddress] = {}

    def note_error(label: str, error: OSError) -> None:
        findings.unreadable.append(
            note("file_unreadable", file=label, detail=error.strerror or str(error)))

    for label, raw in iter_messages(paths, on_error=note_error):
        if token is not None:
            token.check()
        digest = hashlib.sha256(raw.replace(b"\r\n", b"\n")).digest()
        if digest in seen:
            findings.duplicates += 1
            continue
        seen.add(digest)
        findings.messages += 1
        yield Progress(findings.messages, None, note=note("reading_bounces_in", file=label))
        try:
            result = classify(raw, table)
        except ClassifyError as exc:
            findings.unreadable.append(
                Note("bounce_unreadable", {"ref": label, "because": exc.code, **exc.params}))
            continue
        if result.kind not in ("hard", "soft", "complaint"):
            findings.not_bounces += 1
            continue
        for recipient in result.recipients:
            address = check(recipient.address)
            if not isinstance(address, Address):
                continue
            key = address.key
            if result.kind == "complaint":
                findings.marked[key] = BouncedAddress(COMPLAINT, "", label)
            elif recipient.type == "hard" or (recipient.type is None and result.kind == "hard"):
                if findings.marked.get(key, _NONE).reason != COMPLAINT:
                    findings.marked[key] = BouncedAddress(HARD, recipient.status, label)
            else:
                soft_counts[key] += 1
                soft_last[key] = BouncedAddress(SOFT, recipient.status, label)
    for key, count in soft_counts.items():
        if key in findings.marked:
            continue
        if count >= soft_threshold:
            findings.marked[key] = soft_last[key]
        else:
            findings.soft_below_threshold += 1
    return findings


_NONE = BouncedAddress("", "", "")
