"""One VERP parser for the sender and the classifier: any local part, any case."""

from __future__ import annotations

import pytest

from engine.mail import verp

TOKEN = "abcdefghijklmnop"


@pytest.mark.parametrize("bounce", [
    "bounces@shop.example", "news-bounces@shop.example", "news+bounces@shop.example",
    "news.letter_2@mail.shop.example",
])
def test_any_bounce_address_round_trips_its_token(bounce: str) -> None:
    address = verp.build(bounce, TOKEN)
    assert address.endswith("@" + bounce.rpartition("@")[2])
    assert verp.token_of(address) == TOKEN
    assert verp.token_of(address.upper()) == TOKEN
    assert verp.token_of(f"<{address.lower()}>") == TOKEN
    assert verp.token_in(f"Newsletter <{address.upper()}>, other@x.example") == TOKEN


def test_an_address_without_a_token_gives_none() -> None:
    assert verp.token_of("news+bounces@shop.example") is None
    assert verp.token_of("bounces@shop.example") is None
    assert verp.token_in("To: news-bounces@shop.example") is None
    assert verp.token_in("bounces+abc@shop.example") is None


def test_a_long_header_without_a_token_is_read_in_linear_time() -> None:
    import time

    text = "a" * 200_000 + "+abc@x.example"
    started = time.perf_counter()
    assert verp.token_in(text) is None
    assert time.perf_counter() - started < 0.5
