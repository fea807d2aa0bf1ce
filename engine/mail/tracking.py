"""How a reply, a bounce or an unsubscribe finds its way back to one campaign item.

Every item has a token: 16 lowercase base32 characters, safe in a case-insensitive VERP local
part. It travels in the envelope sender (``LOCAL+TOKEN@domain`` when the profile uses VERP,
built and read by ``engine.mail.verp``),
in the ``X-Newsletter-Desk-Tracking`` header, in the Message-ID (``<TOKEN.N@domain>``) and in
the unsubscribe and manage links. By default those links are ``mailto:`` the bounce address
with the token in the subject, so they work with no web server: the bounce collector reads
them like bounces.
"""

from __future__ import annotations

import base64
import os
import re
from urllib.parse import quote

from engine.mail import verp

TRACKING_HEADER = "X-Newsletter-Desk-Tracking"
TOKEN_PATTERN = re.compile(r"^[a-z2-7]{16}$")
_MESSAGE_ID = re.compile(r"^<?([a-z2-7]{16})\.\d+@", re.I)


def new_token() -> str:
    return base64.b32encode(os.urandom(10)).decode("ascii").lower()


def verp_address(bounce_address: str, token: str) -> str:
    """``bounces@example.com`` → ``bounces+TOKEN@example.com`` (``engine.mail.verp`` decides)."""
    return verp.build(bounce_address, token)


def message_id(token: str, attempt: int, from_address: str) -> str:
    """One Message-ID per attempt; the token before the dot maps it back."""
    domain = from_address.rpartition("@")[2] or "localhost"
    return f"<{token}.{attempt}@{domain}>"


def token_from_message_id(value: str) -> str | None:
    match = _MESSAGE_ID.match(value.strip())
    return match.group(1).lower() if match else None


def mailto_link(bounce_address: str, word: str, token: str) -> str:
    return f"mailto:{bounce_address}?subject={quote(f'{word} {token}')}"


def url_link(template: str, token: str) -> str:
    return template.replace("{{token}}", token)


def unsubscribe_link(url_template: str, bounce_address: str, token: str) -> str:
    if url_template:
        return url_link(url_template, token)
    return mailto_link(bounce_address, "unsubscribe", token)


def manage_link(url_template: str, bounce_address: str, token: str) -> str:
    if url_template:
        return url_link(url_template, token)
    return mailto_link(bounce_address, "manage", token)
