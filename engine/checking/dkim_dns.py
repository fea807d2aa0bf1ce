"""The DKIM key published at ``SELECTOR._domainkey.DOMAIN``: present, well formed, and the
public half of the private key the app signs with (when that key is in the keyring).

The public key is derived here, not by the signer: ``p=`` is the DER SubjectPublicKeyInfo for
RSA (RFC 6376 §3.6.1) and the raw 32 bytes for Ed25519 (RFC 8463)."""

from __future__ import annotations

import base64
import binascii

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from engine.checking.report import Finding
from engine.checking.resolver import Dns


def public_key_text(private_key: str) -> str | None:
    """The ``p=`` value for a private key (PEM, or an Ed25519 seed in base64); None when the
    text is not a key this can read."""
    text = private_key.strip()
    try:
        if text.startswith("-----"):
            key = serialization.load_pem_private_key(text.encode(), password=None)
        else:
            key = ed25519.Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))
    except (ValueError, TypeError, binascii.Error):
        return None
    if isinstance(key, rsa.RSAPrivateKey):
        der = key.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
        return base64.b64encode(der).decode()
    if isinstance(key, ed25519.Ed25519PrivateKey):
        raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode()
    return None


def key_tags(record: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    for part in record.split(";"):
        key, eq, value = part.partition("=")
        if eq:
            tags[key.strip().lower()] = "".join(value.split())
    return tags


def check_dkim(dns_: Dns, domain: str, selector: str, algorithm: str,
               private_key: str | None) -> Finding:
    if not domain or not selector:
        return Finding("dkim", "fail", "dkim_not_set_up")
    name = f"{selector}._domainkey.{domain}".lower()
    expected = public_key_text(private_key) if private_key else None
    kind = "ed25519" if algorithm == "ed25519" else "rsa"
    fix = f'{name}. TXT "v=DKIM1; k={kind}; p={expected}"' if expected else ""
    records = [r for r in dns_.txt(name) if "p=" in r]
    if not records:
        return Finding("dkim", "fail", "dkim_missing", {"name": name}, fix)
    tags = key_tags(records[0])
    published = tags.get("p", "")
    if not published:
        # an empty p= is a revoked key (RFC 6376 §3.6.1)
        return Finding("dkim", "fail", "dkim_broken", {"name": name, "detail": "p= is empty"},
                       fix)
    try:
        base64.b64decode(published, validate=True)
    except binascii.Error:
        return Finding("dkim", "fail", "dkim_broken",
                       {"name": name, "detail": "p= is not base64"}, fix)
    if expected is None:
        return Finding("dkim", "warn", "dkim_published", {"name": name})
    if published != expected:
        return Finding("dkim", "fail", "dkim_wrong_key", {"name": name}, fix)
    return Finding("dkim", "pass", "dkim_pass", {"name": name})
