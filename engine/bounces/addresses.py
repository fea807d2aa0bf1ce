"""Finding and tidying email addresses inside bounce text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from engine.mail import verp

# Deliberately plain: an atom-ish local part, or a quoted one whole
# (``"first....last...."@example.org``), and a dotted domain. IP-literal domains are rare in
# bounces and would mostly pick up noise.
# The look-behind makes a search start only where a run of address characters starts, and
# the bounded local part keeps a long run without "@" from costing quadratic time.
ADDRESS = re.compile(
    r"(?<![A-Za-z0-9!#$%&'*+/=?^_`{|}~.-])"
    r"(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}){0,16}"
    r'|"[^"\\\r\n]{1,62}")'
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,16}[A-Za-z][A-Za-z0-9-]{0,62}"
    r"[A-Za-z0-9]"
)
_SYSTEM_LOCAL = re.compile(
    r"^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|mdaemon|root|nobody|noreply|"
    r"no-reply|double-bounce|bounce|bounces)$",
    re.IGNORECASE,
)


def first_address(text: str) -> str | None:
    match = ADDRESS.search(text)
    return tidy(match.group(0)) if match else None


def all_addresses(text: str) -> list[str]:
    return [tidy(m.group(0)) for m in ADDRESS.finditer(text)]


def tidy(address: str) -> str:
    address = address.strip().strip("<>")
    if address.startswith('"') and '"@' in address[2:]:
        return address.rstrip(".").lower()  # a quoted local part, kept whole
    address = address.strip("\"'").rstrip(".")
    return address.lower()


def is_system_address(address: str) -> bool:
    """A mail system's own mailbox (MAILER-DAEMON, postmaster): never a failed recipient."""
    return bool(_SYSTEM_LOCAL.match(address.partition("@")[0]))


# What a failed recipient must look like to be recorded: a dot-atom or a complete quoted local
# part, "@", and a host name (one label is allowed: DSNs name ``user@mailhub`` and the oracles
# keep it) or an address literal. Non-ASCII letters are allowed (RFC 6531). Anything else that
# the searches above let through (``@mx.example.org``, a source route
# ``@smtp.example.net:user@server``, a truncated ``"first....last....@x``) is not an address.
_ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\U0010ffff-]+"
_LABEL = "[A-Za-z0-9\u0080-\U0010ffff](?:[A-Za-z0-9\u0080-\U0010ffff-]{0,61}" \
         "[A-Za-z0-9\u0080-\U0010ffff])?"
_VALID_ADDRESS = re.compile(
    rf'(?:{_ATEXT}(?:\.{_ATEXT})*|"(?:[^"\\\r\n]|\\.)+")'
    rf"@(?:{_LABEL}(?:\.{_LABEL})*|\[[A-Za-z0-9.:-]+\])"
)


def is_valid_address(address: str) -> bool:
    """A syntactically valid mailbox address (RFC 5321/5322/6531), lengths included."""
    if not 3 <= len(address) <= 254:
        return False
    local, _, domain = address.rpartition("@")
    if len(local) > 64 or len(domain) > 253:
        return False
    return _VALID_ADDRESS.fullmatch(address) is not None


def is_own_address(address: str, own: frozenset[str] | set[str]) -> bool:
    """Whether ``address`` is one of ``own`` or a VERP form of one of them (``own`` holds the
    addresses and their ``verp.base``)."""
    lower = address.lower()
    return lower in own or verp.base(lower) in own


def own_set(addresses: Iterable[str]) -> frozenset[str]:
    """``addresses`` with their VERP bases, lower-cased, for ``is_own_address``."""
    out: set[str] = set()
    for address in addresses:
        if "@" in address:
            lower = address.strip().lower()
            out.add(lower)
            out.add(verp.base(lower))
    return frozenset(out)
