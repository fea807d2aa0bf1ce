"""Signed unsubscribe and manage links for the one-click unsubscribe service.

The service holds no copy of the lists, so the link itself must say who and which lists, and
must not be forgeable: ``base64url(item token . issued day . list ids) . base64url(HMAC)``, the
HMAC-SHA256 with a key only the desktop and the service share, truncated to 128 bits (ample
against forgery online, and it keeps the link short enough for mail clients that wrap).

The item token is the 16-character tracking token, not an address: the service learns nobody's
address, and the desktop maps the token back to the campaign item when it pulls the requests.
Links expire after ``MAX_AGE_DAYS``: RFC 8058 mail is often acted on months after it was sent,
so the default is generous.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import date
from typing import Literal

from engine.mail.tracking import TOKEN_PATTERN

KEY_BYTES = 32
MAX_AGE_DAYS = 180
_MAC_BYTES = 16
_EPOCH = date(1970, 1, 1)

Refusal = Literal["garbled", "forged", "expired"]


@dataclass(frozen=True)
class SignedLink:
    token: str
    list_ids: tuple[int, ...]
    issued: date


class LinkRefused(ValueError):
    """A link the service must not act on; ``reason`` is one of ``Refusal``."""

    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason)
        self.reason: Refusal = reason


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def key_text(key: bytes) -> str:
    """The form the key is copied in (to the service's key file or environment variable)."""
    return base64.urlsafe_b64encode(key).decode("ascii")


def key_from_text(text: str) -> bytes:
    key = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    if len(key) < KEY_BYTES:
        raise ValueError("the shared key is too short")
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()[:_MAC_BYTES]


def sign(key: bytes, token: str, list_ids: tuple[int, ...] | list[int], issued: date) -> str:
    ids = ",".join(str(int(i)) for i in sorted(set(list_ids)))
    payload = f"{token}.{(issued - _EPOCH).days}.{ids}".encode("ascii")
    return f"{_b64(payload)}.{_b64(_mac(key, payload))}"


def verify(key: bytes, signed: str, today: date, max_age_days: int = MAX_AGE_DAYS) -> SignedLink:
    """The link's contents, or ``LinkRefused``. The MAC is checked before anything in the
    payload is trusted, in constant time."""
    body, dot, mac_text = signed.partition(".")
    if not dot or not body or not mac_text:
        raise LinkRefused("garbled")
    try:
        payload = _unb64(body)
        mac = _unb64(mac_text)
    except (binascii.Error, ValueError):
        raise LinkRefused("garbled") from None
    if not hmac.compare_digest(mac, _mac(key, payload)):
        raise LinkRefused("forged")
    try:
        token, day_text, ids_text = payload.decode("ascii").split(".")
        issued = date.fromordinal(_EPOCH.toordinal() + int(day_text))
        list_ids = tuple(int(i) for i in ids_text.split(",") if i)
    except (UnicodeDecodeError, ValueError, OverflowError):
        raise LinkRefused("garbled") from None
    if not TOKEN_PATTERN.match(token):
        raise LinkRefused("garbled")
    if (today - issued).days > max_age_days:
        raise LinkRefused("expired")
    return SignedLink(token, list_ids, issued)


def unsubscribe_url(base_url: str, signed: str) -> str:
    return f"{base_url.rstrip('/')}/u/{signed}"


def manage_url(base_url: str, signed: str) -> str:
    return f"{base_url.rstrip('/')}/m/{signed}"


def pull_key(key: bytes) -> str:
    """The bearer token the desktop pulls requests with, derived from the shared key so that
    one secret is copied to the service, not two."""
    return hmac.new(key, b"newsletter-desk pull", hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ServiceLinks:
    """What a renderer needs to give each recipient signed links to the service."""

    base_url: str
    key: bytes
    list_ids: tuple[int, ...]
    issued: date

    def links(self, token: str) -> tuple[str, str]:
        signed = sign(self.key, token, self.list_ids, self.issued)
        return unsubscribe_url(self.base_url, signed), manage_url(self.base_url, signed)


def service_links(base_url: str, key: str | None, list_ids: tuple[int, ...] | list[int],
                  issued: date) -> ServiceLinks | None:
    """Signed links for mail to ``list_ids`` when a service is set up and its key is at hand;
    else None, and the footers' templates (or mailto) serve."""
    if not base_url or not key:
        return None
    return ServiceLinks(base_url, key_from_text(key), tuple(list_ids), issued)
