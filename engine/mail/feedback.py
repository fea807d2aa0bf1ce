"""The ``Feedback-ID`` header Gmail's feedback loop groups spam complaints by.

Gmail's format is up to four colon-separated fields, the last one the sender's identifier
(``a:b:c:SenderId``); its Postmaster Tools then show the complaint rate per value of each
field. Ours: ``c<campaign id>:p<profile id>:<sender id>`` for a campaign message, and
``a<autoresponder id>:p<profile id>:<sender id>`` for an autoresponder's, so the two never
share a figure. The sender id is the one set in the complaint settings, else the domain of
the From address: stable for as long as the sender keeps its domain.
"""

from __future__ import annotations

import re

_NOT_ALLOWED = re.compile(r"[^A-Za-z0-9._-]+")


def sender_id(configured: str, from_address: str) -> str:
    """The last field: the configured id, or the From address's domain (lower case)."""
    value = configured.strip() or from_address.rpartition("@")[2].strip().lower()
    # a colon would add a field; anything unusual in a domain (an IDN) reads as a hyphen
    return _NOT_ALLOWED.sub("-", value).strip("-") or "newsletter-desk"


def campaign_feedback_id(campaign_id: int, profile_id: int, sender: str) -> str:
    return f"c{campaign_id}:p{profile_id}:{sender}"


def autoresponder_feedback_id(autoresponder_id: int, profile_id: int, sender: str) -> str:
    return f"a{autoresponder_id}:p{profile_id}:{sender}"
