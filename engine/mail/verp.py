"""VERP: the campaign item's token carried in the envelope sender, ``LOCAL+TOKEN@domain``.

One module builds the address (the sender) and reads it back (the bounce classifier), so the
two can never disagree. It sits below both ``sending/`` and ``bounces/`` and imports neither.

Any bounce address works as the base: ``bounces@…``, ``news-bounces@…``, or one that already
holds a ``+`` (``news+bounces@…`` becomes ``news+bounces+TOKEN@…``): the token is always the
part after the *last* ``+`` of the local part. Tokens are 16 base32 letters and digits, so an
MTA that changes the case of the address (some upper-case or lower-case it) loses nothing: the
token is read case-insensitively and given back in lower case.
"""

from __future__ import annotations

import re

TOKEN = r"[a-z2-7]{16}"
# A whole address: everything up to the last "+" is the bounce address's local part.
_ADDRESS = re.compile(rf"^(?P<local>[^@\s]+)\+(?P<token>{TOKEN})@(?P<domain>[^@\s]+)$", re.I)
# The same inside a header value ("Name <addr>", several addresses, comments): "+TOKEN@" with
# an address character before it and a domain after. Looked for from the "+" (a look-behind
# of one character), so a long header without a token costs one pass, not one per position.
_IN_TEXT = re.compile(rf"(?<=[^\s<>()\[\],;:\"'@+])\+(?P<token>{TOKEN})@[A-Za-z0-9-]", re.I)


def build(bounce_address: str, token: str) -> str:
    """``bounces@example.com`` → ``bounces+TOKEN@example.com``, for any local part."""
    local, _, domain = bounce_address.strip().rpartition("@")
    return f"{local}+{token}@{domain}"


def token_of(address: str) -> str | None:
    """The token of a VERP address (``<…>`` allowed around it), or None."""
    match = _ADDRESS.match(address.strip().strip("<>").strip())
    return match.group("token").lower() if match else None


def token_in(text: str) -> str | None:
    """The token of the first VERP address found in a header value, or None."""
    match = _IN_TEXT.search(text)
    return match.group("token").lower() if match else None


def base(address: str) -> str:
    """``LOCAL@domain`` for ``LOCAL+anything@domain`` (the address itself otherwise), lower-cased.

    Wider than ``token_of``: every ``+`` form of an address of ours is ours too (a VERP token
    after our bounce address, or plus-addressing of our From), so the collector and the
    classifier never take one of them for a failed recipient.
    """
    local, at, domain = address.lower().rpartition("@")
    if not at:
        return address.lower()
    return f"{local.partition('+')[0]}@{domain}"
