"""Finding and tidying email addresses inside bounce text."""

from __future__ import annotations

import re

# Deliberately plain: an atom-ish local part and a dotted domain. Quoted local parts and
# IP-literal domains are rare in bounces and would mostly pick up noise.
# The look-behind makes a search start only where a run of address characters starts, and
# the bounded local part keeps a long run without "@" from costing quadratic time.
ADDRESS = re.compile(
    r"(?<![A-Za-z0-9!#$%&'*+/=?^_`{|}~.-])"
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}){0,16}"
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
    address = address.strip().strip("<>\"'").rstrip(".")
    return address.lower()


def is_system_address(address: str) -> bool:
    """A mail system's own mailbox (MAILER-DAEMON, postmaster): never a failed recipient."""
    return bool(_SYSTEM_LOCAL.match(address.partition("@")[0]))
