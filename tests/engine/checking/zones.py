"""Test zones for the sending checks: a shop whose records are all right, and the ways each
can be missing or wrong. The relay is 127.0.0.1 (mail.shop.example)."""

from __future__ import annotations

from functools import lru_cache

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from engine.checking.dkim_dns import public_key_text
from engine.config import SmtpProfile
from tests.servers.dns import txt

DOMAIN = "shop.example"
RELAY = "127.0.0.1"
SELECTOR = "news"


def private_key(which: int = 0) -> str:
    """Key 0 is the one the shop publishes; key 1 another (generated once per session)."""
    return _private_key(which)


@lru_cache(maxsize=2)
def _private_key(which: int) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def dkim_record(which: int = 0) -> str:
    return txt(f"v=DKIM1; k=rsa; p={public_key_text('rsa', private_key(which))}")


GOOD: dict[str, str] = {
    "spf": '@ IN TXT "v=spf1 ip4:127.0.0.1 -all"',
    "mx": "@ IN MX 10 mail.shop.example.",
    "mail": "mail IN A 127.0.0.1",
    "dmarc": '_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@shop.example"',
}


def shop_zones(*, drop: tuple[str, ...] = (), **replace: str) -> dict[str, list[str]]:
    """The good shop, less the records named in ``drop``, with others replaced."""
    records = {**GOOD, "dkim": f"{SELECTOR}._domainkey IN TXT {dkim_record()}", **replace}
    lines = [line for name, line in records.items() if name not in drop]
    ptr = [] if "ptr" in drop else [replace.get("ptr", "1 IN PTR mail.shop.example.")]
    return {DOMAIN: lines, "0.0.127.in-addr.arpa": ptr,
            "other.example": ['@ IN TXT "v=spf1 ip4:192.0.2.9 -all"',
                              'many IN TXT "v=spf1 include:a.other.example -all"'] +
            [f'{chr(97 + i)} IN TXT "v=spf1 include:{chr(98 + i)}.other.example -all"'
             for i in range(11)]}


def shop_profile(**changes: object) -> SmtpProfile:
    fields: dict[str, object] = {
        "name": "Shop", "host": "mail.shop.example", "port": 587, "security": "starttls",
        "username": "news", "from_address": "news@shop.example",
        "bounce_address": "bounces@shop.example", "dkim_enabled": True,
        "dkim_domain": DOMAIN, "dkim_selector": SELECTOR, **changes,
    }
    return SmtpProfile(**fields)  # type: ignore[arg-type]
