"""The DKIM key published at ``SELECTOR._domainkey.DOMAIN``: present, well formed, and the
public half of the private key the app signs with (when that key is in the keyring)."""

from __future__ import annotations

import base64
import binascii

from engine.checking.report import Finding
from engine.checking.resolver import Dns
from engine.config import DkimAlgorithm
from engine.errors import ConfigError
from engine.mail import dkim


def public_key_text(algorithm: DkimAlgorithm, private_key: str) -> str | None:
    """The ``p=`` value the signer's key publishes; None when the stored text is not a key of
    that kind (the check then only looks at what DNS holds)."""
    try:
        return key_tags(dkim.public_txt_value(algorithm, private_key))["p"]
    except ConfigError:
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
    name = dkim.record_name(selector, domain).lower()
    kind: DkimAlgorithm = "ed25519" if algorithm == "ed25519" else "rsa"
    expected = public_key_text(kind, private_key) if private_key else None
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
