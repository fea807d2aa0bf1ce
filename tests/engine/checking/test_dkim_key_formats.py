"""The check reads the keys the app generates: both modules agree on the keyring's format."""

import pytest

from engine.checking.dkim_dns import public_key_text
from engine.mail import dkim


@pytest.mark.parametrize("algorithm", ["rsa", "ed25519"])
def test_the_check_derives_the_published_key_from_a_generated_private_key(algorithm: str) -> None:
    private, txt = dkim.generate_key(algorithm)  # type: ignore[arg-type]

    published = dict(part.strip().split("=", 1) for part in txt.split(";"))["p"]

    assert public_key_text(algorithm, private) == published  # type: ignore[arg-type]
