"""DKIM keys, the record to publish, and signatures dkimpy verifies against a real DNS server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import dkim
import pytest

from engine.config import DkimAlgorithm, SmtpProfile
from engine.errors import ConfigError
from engine.mail.dkim import (
    Signer,
    canonical_body,
    generate_key,
    public_txt_value,
    signer_for,
    txt_record,
)
from tests.servers.dns import txt

MESSAGE = (
    b"From: The Shop <news@shop.example>\r\n"
    b"To: Ann <ann@example.org>\r\n"
    b"Subject: Spring  sale\r\n\tstarts now\r\n"
    b"Date: Thu, 03 Dec 2026 07:00:00 +0000\r\n"
    b"Message-ID: <t1.1@shop.example>\r\n"
    b"List-Unsubscribe: <mailto:bounces+u-t1@shop.example?subject=unsubscribe>,\r\n"
    b" <https://shop.example/u/t1>\r\n"
    b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=\"utf-8\"\r\n"
    b"\r\n"
    b"Dear Ann,  \r\nour  sale\tstarts now.\r\n\r\n\r\n"
)


def published(dns_server: Callable[..., Any], selector: str, public: str) -> Callable[..., bytes]:
    """A dkimpy dnsfunc asking a real nsd serving the key under ``selector``."""
    import dns.resolver

    server = dns_server({"shop.example": [f"{selector}._domainkey IN TXT {txt(public)}"]})
    resolver = server.resolver()

    def dnsfunc(name: bytes, timeout: int = 5) -> bytes:
        try:
            answer = resolver.resolve(name.decode().rstrip("."), "TXT")
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return b""
        return b"".join(answer[0].strings)  # type: ignore[attr-defined]

    return dnsfunc


@pytest.mark.parametrize("algorithm", ["rsa", "ed25519"])
def test_a_signed_message_verifies_against_the_key_published_in_dns(
    dns_server: Callable[..., Any], algorithm: DkimAlgorithm,
) -> None:
    private, public = generate_key(algorithm)
    dnsfunc = published(dns_server, "news1", public)
    signed = Signer("shop.example", "news1", algorithm, private).sign(MESSAGE)
    assert signed.endswith(MESSAGE)
    assert dkim.verify(signed, dnsfunc=dnsfunc)


@pytest.mark.parametrize("algorithm", ["rsa", "ed25519"])
def test_a_changed_subject_breaks_the_signature(
    dns_server: Callable[..., Any], algorithm: DkimAlgorithm,
) -> None:
    private, public = generate_key(algorithm)
    dnsfunc = published(dns_server, "news1", public)
    signed = Signer("shop.example", "news1", algorithm, private).sign(MESSAGE)
    assert not dkim.verify(signed.replace(b"Spring  sale", b"Spring  deal"), dnsfunc=dnsfunc)


def test_an_added_from_breaks_the_signature(dns_server: Callable[..., Any]) -> None:
    private, public = generate_key("ed25519")
    dnsfunc = published(dns_server, "news1", public)
    signed = Signer("shop.example", "news1", "ed25519", private).sign(MESSAGE)
    head, _, body = signed.partition(b"\r\n\r\n")
    forged = head + b"\r\nFrom: Bank <alerts@bank.example>\r\n\r\n" + body
    assert dkim.verify(signed, dnsfunc=dnsfunc)
    assert not dkim.verify(forged, dnsfunc=dnsfunc)


def test_the_signature_covers_the_shown_headers_and_both_unsubscribe_headers() -> None:
    private, _ = generate_key("ed25519")
    signed = Signer("shop.example", "news1", "ed25519", private).sign(MESSAGE)
    tags = dict(dkim.util.parse_tag_value(signed.split(b"\r\nFrom:")[0][len(b"DKIM-Signature:"):]))
    assert tags[b"h"].replace(b" ", b"").replace(b"\r\n\t", b"").split(b":") == [
        b"from", b"to", b"subject", b"date", b"message-id", b"list-unsubscribe",
        b"list-unsubscribe-post", b"from"]
    assert (tags[b"c"], tags[b"d"], tags[b"s"], tags[b"a"]) == (
        b"relaxed/relaxed", b"shop.example", b"news1", b"ed25519-sha256")


def test_only_headers_present_are_listed() -> None:
    private, _ = generate_key("ed25519")
    plain = MESSAGE.replace(b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", b"")
    signed = Signer("shop.example", "news1", "ed25519", private).sign(plain)
    assert b"list-unsubscribe-post" not in signed.split(b"\r\nFrom:")[0]


def test_relaxed_body_drops_trailing_blanks_and_empty_lines() -> None:
    assert canonical_body(b"a  b \t\r\n\r\n\r\n") == b"a b\r\n"
    assert canonical_body(b"\r\n\r\n") == b""


def test_an_rsa_key_is_2048_bits_and_its_record_is_split_into_255_character_strings() -> None:
    private, public = generate_key("rsa")
    assert private.startswith("-----BEGIN RSA PRIVATE KEY-----")
    assert public.startswith("v=DKIM1; k=rsa; p=") and len(public) > 255
    record = txt_record("news1", "shop.example", public)
    assert record.startswith("news1._domainkey.shop.example. IN TXT ( \"")
    strings = record.split("( ")[1].rstrip(" )").split(" ")
    strings = [s.strip('"') for s in " ".join(strings).split('" "')]
    assert all(len(s) <= 255 for s in strings) and "".join(strings) == public


def test_an_ed25519_key_is_published_in_the_rfc_8463_form() -> None:
    private, public = generate_key("ed25519")
    assert public.startswith("v=DKIM1; k=ed25519; p=") and len(public) == 66
    assert public_txt_value("ed25519", private) == public


def test_the_record_can_be_shown_again_from_the_stored_key() -> None:
    private, public = generate_key("rsa")
    assert public_txt_value("rsa", private) == public


def test_a_profile_that_signs_without_a_key_is_refused_not_sent_unsigned() -> None:
    profile = SmtpProfile("Shop", dkim_enabled=True, dkim_domain="shop.example",
                          dkim_selector="news1")
    with pytest.raises(ConfigError) as raised:
        signer_for(profile, None)
    assert raised.value.note().code == "dkim_key_missing"
    assert raised.value.note().params == {"profile": "Shop"}


def test_a_profile_that_does_not_sign_has_no_signer() -> None:
    assert signer_for(SmtpProfile("Shop"), None) is None


def test_an_unreadable_stored_key_is_a_setting_error() -> None:
    with pytest.raises(ConfigError) as raised:
        Signer("shop.example", "news1", "rsa", "not a key")
    assert raised.value.note().code == "dkim_key_unreadable"
