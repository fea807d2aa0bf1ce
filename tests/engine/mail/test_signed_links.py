from __future__ import annotations

from datetime import date, timedelta

import pytest

from engine.mail import signed_links
from engine.mail.signed_links import LinkRefused

KEY = b"k" * 32
TOKEN = "abcdefghijklmnop"
DAY = date(2026, 12, 3)


def test_a_signed_link_gives_back_its_token_lists_and_day() -> None:
    signed = signed_links.sign(KEY, TOKEN, [7, 3, 3], DAY)
    link = signed_links.verify(KEY, signed, DAY)
    assert (link.token, link.list_ids, link.issued) == (TOKEN, (3, 7), DAY)


def test_a_link_is_url_safe_and_carries_no_address() -> None:
    signed = signed_links.sign(KEY, TOKEN, [1], DAY)
    assert all(c.isalnum() or c in "-_." for c in signed)
    assert "@" not in signed


def test_a_link_signed_with_another_key_is_forged() -> None:
    signed = signed_links.sign(b"x" * 32, TOKEN, [1], DAY)
    with pytest.raises(LinkRefused) as refused:
        signed_links.verify(KEY, signed, DAY)
    assert refused.value.reason == "forged"


def test_changing_the_lists_of_a_link_breaks_its_signature() -> None:
    body, _, mac = signed_links.sign(KEY, TOKEN, [1], DAY).partition(".")
    other_body = signed_links.sign(KEY, TOKEN, [1, 2], DAY).partition(".")[0]
    with pytest.raises(LinkRefused) as refused:
        signed_links.verify(KEY, f"{other_body}.{mac}", DAY)
    assert refused.value.reason == "forged"
    assert body != other_body


@pytest.mark.parametrize("garbled", ["", "nodot", ".", "abc.", "!!!.###", "a.b.c"])
def test_a_garbled_link_is_refused(garbled: str) -> None:
    with pytest.raises(LinkRefused) as refused:
        signed_links.verify(KEY, garbled, DAY)
    assert refused.value.reason in {"garbled", "forged"}


def test_a_link_older_than_180_days_has_expired() -> None:
    signed = signed_links.sign(KEY, TOKEN, [1], DAY)
    assert signed_links.verify(KEY, signed, DAY + timedelta(days=180)).token == TOKEN
    with pytest.raises(LinkRefused) as refused:
        signed_links.verify(KEY, signed, DAY + timedelta(days=181))
    assert refused.value.reason == "expired"


def test_the_key_survives_being_copied_as_text() -> None:
    key = signed_links.new_key()
    assert signed_links.key_from_text(signed_links.key_text(key) + "\n") == key
