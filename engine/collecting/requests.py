"""Unsubscribe requests that arrive by mail, from the ``mailto:`` links in campaign footers.

The link is ``mailto:<bounce address>?subject=unsubscribe%20<token>``: the token says who and
from which campaign, so a request is only honoured when its token is one we sent. Mail clients
may add ``Re:`` or change the case; nothing else is accepted.
"""

from __future__ import annotations

import re

_REQUEST = re.compile(
    r"^\s*(?:(?:re|aw|fw|fwd)\s*:\s*)*(unsubscribe)\s+([a-z2-7]{16})\s*$", re.IGNORECASE
)


def unsubscribe_token(subject: str) -> str | None:
    """The token of an ``unsubscribe <token>`` subject, lower-case, or None."""
    match = _REQUEST.match(subject or "")
    return match.group(2).lower() if match else None
