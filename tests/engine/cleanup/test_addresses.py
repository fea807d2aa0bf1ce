"""Address checks: trimmed and normalised, with exactly email-validator's verdicts."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.cleanup.addresses import Address, Invalid, check, trim, validator_verdict


def test_spaces_and_wrapping_are_trimmed() -> None:
    assert trim("  Ann <ann@x.org> ") == "ann@x.org"
    assert trim("mailto:ann@x.org?subject=hi") == "ann@x.org"
    assert trim("\u200bann@x.org\ufeff") == "ann@x.org"


def test_the_domain_is_lower_cased_and_the_local_part_kept() -> None:
    result = check(" John.Doe@Example.COM ")
    assert isinstance(result, Address)
    assert result.written == "John.Doe@example.com" and result.key == "john.doe@example.com"


def test_an_international_domain_is_written_as_given_and_matched_by_its_idna_form() -> None:
    result = check("Jörg@Bücher.DE")
    assert isinstance(result, Address)
    assert result.written == "Jörg@bücher.de"
    assert result.key == "jörg@xn--bcher-kva.de" and result.domain == "xn--bcher-kva.de"


@pytest.mark.parametrize("value", ["", "   ", None, "plain", "a@b", "a..b@x.com", "a@x.123",
                                   "a@foo.local", "a b@x.com", "a@-x.com", "a@[1.2.3.4]"])
def test_invalid_addresses_say_why(value: object) -> None:
    result = check(value)
    assert isinstance(result, Invalid) and result.reason


def _same(text: str) -> None:
    assert check(text) == validator_verdict(text) if text.strip() else True


# Hand-picked shapes around every rule the fast path mirrors.
EDGES = [
    "a@b.co", "a@b.c0", "a@b.c-d", "a@b.-cd", "a@b.cd-", "a@xn--bcher-kva.de", "a@xn--zz.de",
    "a@ab--cd.com", "a@x.test", "a@x.localhost", "a@onion", "a@x.arpa", "a@test.com",
    "_@x.io", "a.b.c@x.io", ".a@x.io", "a.@x.io", "a+b/c=d?e^f`g{h|i}j~k@x.io",
    "a@" + "b" * 63 + ".com", "a@" + "b" * 64 + ".com", "x" * 64 + "@y.com",
    "x" * 65 + "@y.com", "a@" + ".".join(["b" * 60] * 4) + ".com", "a@1.2.3.4",
    "a@x..com", "A@B.COM", "a@b_c.com", "ä@x.de", "a@x.de\u0301", "a@x.com.", "\"a\"@x.com",
]


@pytest.mark.parametrize("text", EDGES)
def test_fast_path_agrees_with_email_validator_on_edges(text: str) -> None:
    assert check(text) == validator_verdict(trim(text))


def test_fast_path_agrees_with_email_validator_on_a_random_sample() -> None:
    rng = random.Random(3)
    alphabet = string.ascii_letters + string.digits + ".-_+@!#'" + "äé"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 30)))
        if rng.random() < 0.7:
            text = text.replace("@", "") + "@" + rng.choice(
                ["x.com", "Ex-ample.ORG", "a.b", "b.c1", "bü.de", "x--y.net", "q.test", "z"])
        if text.strip():
            assert check(text) == validator_verdict(trim(text)), text


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[A-Za-z0-9._%+\-]{1,20}@[A-Za-z0-9.\-]{1,20}\.[A-Za-z0-9]{1,6}",
                     fullmatch=True))
def test_fast_path_agrees_with_email_validator_on_generated_ascii(text: str) -> None:
    assert check(text) == validator_verdict(text)
