"""What makes two copies of a message the same message, so nothing is recorded twice.

The same bounce can arrive twice (delivered by two routes, with other ``Received`` lines), and
the same file can reach us with CRLF over IMAP and LF from disk. The identity is therefore the
Message-ID together with the body, line endings normalised; a message without a Message-ID is
identified by all of its normalised text. Two different bounces that reuse one Message-ID (test
suites and broken servers do) keep different bodies, so both are recorded.
"""

from __future__ import annotations

import hashlib
import re

_HEADER_END = re.compile(rb"\r?\n\r?\n|\r\r")
_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(?:\r?\n[ \t]+)?<?([^\s<>]+)>?", re.I | re.M)
_LINE_ENDS = re.compile(rb"\r\n?")


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    match = _HEADER_END.search(raw)
    if match is None:
        return raw, b""
    return raw[:match.start()], raw[match.end():]


def message_id(raw: bytes) -> str:
    """The message's own Message-ID without angle brackets, or ``""``."""
    head, _body = split_head(raw[:256 * 1024])
    found = _MESSAGE_ID.search(head)
    return found.group(1).decode("ascii", "replace") if found else ""


def content_hash(raw: bytes) -> str:
    """The identity of a message: sha256 over its Message-ID and normalised body."""
    digest = hashlib.sha256()
    mid = message_id(raw)
    if mid:
        _head, body = split_head(raw)
        digest.update(b"mid:" + mid.encode() + b"\n")
    else:
        body = raw
    digest.update(_LINE_ENDS.sub(b"\n", body).rstrip())
    return digest.hexdigest()
