"""``newsletter-desk unsubscribe-setup``: the address in the settings, the key in the keyring."""

from __future__ import annotations

import pytest

from engine.cli import main
from engine.config import UnsubscribeService
from engine.mail import signed_links
from engine.secrets import open_secret_store
from engine.storage import repo


def test_setup_stores_the_address_and_prints_the_new_key_once(
        database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", database_url, "unsubscribe-setup", "--url",
                 "https://unsub.shop.example", "--sender", "Green Grocer"]) == 0
    printed = capsys.readouterr().out.strip().splitlines()[-1]
    stored = open_secret_store().get(UnsubscribeService.SECRET_KEY)
    assert stored == printed and len(signed_links.key_from_text(printed)) == 32
    assert repo.load_setting(UnsubscribeService) == UnsubscribeService(
        "https://unsub.shop.example", "Green Grocer", "")

    assert main(["--database", database_url, "unsubscribe-setup", "--sender", "Grocer"]) == 0
    assert stored not in capsys.readouterr().out  # shown only when made
    assert open_secret_store().get(UnsubscribeService.SECRET_KEY) == stored


def test_setup_refuses_a_plain_http_address(database_url: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", database_url, "unsubscribe-setup", "--url",
                 "http://unsub.shop.example"]) == 2
    assert "https://" in capsys.readouterr().err
    assert not repo.load_setting(UnsubscribeService).enabled
