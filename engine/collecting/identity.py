"""What makes two copies of a message the same message, so nothing is recorded twice.

The same bounce can arrive twice (delivered by two routes, with other ``Received`` lines), and
the same file can reach us with CRLF over IMAP, LF from disk, or CR only from an old Mac tool.
The identity is therefore the Message-ID together with the body, line endings normalised; a
message without a Message-ID is identified by all of its normalised text. A message with bare
CRs is normalised before its headers are read, so a CR-only copy finds the same Message-ID.
Two different bounces that reuse one Message-ID (test suites and broken servers do) keep
different bodies, so both are recorded.
"""

from __future__ import annotations

import hashlib
import re

# The blank line that ends the headers: the leftmost of \r?\n\r?\n or \r\r. Written to start
# with a literal \n or \r so the regex engine can skip ahead to line ends (a leading ``\r?``
# made it try every byte); a \r just before the match belongs to it.
_HEADER_END = re.compile(rb"\n\r?\n|\r\r")
_MESSAGE_ID_REST = re.compile(rb"[ \t]*(?:\r?\n[ \t]+)?<?([^\s<>]+)>?")
_MESSAGE_ID_NAME = b"message-id:"
_SCAN = 256 * 1024


def split_head(raw: bytes) -> tuple[bytes, bytes]:
    match = _HEADER_END.search(raw)
    if match is None:
        return raw, b""
    start = match.start()
    if start and raw[start] == 0x0A and raw[start - 1] == 0x0D:
        start -= 1
    return raw[:start], raw[match.end():]


def _message_id_in(head: bytes) -> str:
    # A Message-ID: field at the start of a line, its name in any case (bytes.lower() is the
    # ASCII-only folding a bytes IGNORECASE pattern does, so positions carry over).
    lowered = head.lower()
    pos = lowered.find(_MESSAGE_ID_NAME)
    while pos >= 0:
        if pos == 0 or lowered[pos - 1] == 0x0A:
            found = _MESSAGE_ID_REST.match(head, pos + len(_MESSAGE_ID_NAME))
            if found:
                return found.group(1).decode("ascii", "replace")
        pos = lowered.find(_MESSAGE_ID_NAME, pos + 1)
    return ""


def message_id(raw: bytes) -> str:
    """The message's own Message-ID without angle brackets, or ``""``."""
    head, _body = split_head(raw[:_SCAN])
    return _message_id_in(head)


# A CR not followed by LF. Without one (every message read over IMAP), normalising is just
# deleting the CRs, which bytes.translate does in a third of the time of two replaces.
_BARE_CR = re.compile(rb"\r(?!\n)")


def _normalised(body: bytes) -> bytes:
    if b"\r" not in body:
        return body
    if _BARE_CR.search(body) is None:
        return body.translate(None, b"\r")
    return body.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def identify(raw: bytes) -> tuple[str, str]:
    """``(content_hash(raw), message_id(raw))``, reading the headers once."""
    if b"\r" in raw and _BARE_CR.search(raw) is not None:
        # CR-only (or mixed) line ends: the header lookup expects LF line starts. Rare, so
        # the copy costs nothing for the CRLF and LF messages every server sends.
        raw = _normalised(raw)
    head, body = split_head(raw)
    mid = _message_id_in(head) if len(raw) <= _SCAN else message_id(raw)
    digest = hashlib.sha256()
    if mid:
        digest.update(b"mid:" + mid.encode() + b"\n")
    else:
        body = raw
    digest.update(_normalised(body).rstrip())
    return digest.hexdigest(), mid


def content_hash(raw: bytes) -> str:
    """The identity of a message: sha256 over its Message-ID and normalised body."""
    return identify(raw)[0]
