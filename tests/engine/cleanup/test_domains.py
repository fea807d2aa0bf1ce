"""Domain and local-part facts: typos (suggested, not applied), disposable domains, roles."""

from __future__ import annotations

import pytest

from engine.cleanup.domains import (
    DISPOSABLE_LIST,
    DomainBook,
    is_disposable,
    is_role,
    typo_suggestion,
)


@pytest.mark.parametrize(("typed", "meant"), [
    ("gmial.com", "gmail.com"), ("gmail.con", "gmail.com"), ("hotmial.com", "hotmail.com"),
    ("yaho.com", "yahoo.com"), ("outlok.com", "outlook.com"), ("gmx.dd", "gmx.de"),
])
def test_a_near_miss_of_a_common_domain_gets_a_suggestion(typed: str, meant: str) -> None:
    assert typo_suggestion(typed) == meant


@pytest.mark.parametrize("domain", ["gmail.com", "mail.com", "ymail.com", "me.com",
                                    "example.com", "firma.de", "live.fr"])
def test_real_domains_get_no_suggestion(domain: str) -> None:
    assert typo_suggestion(domain) is None


def test_disposable_domains_and_their_subdomains_are_flagged() -> None:
    assert is_disposable("mailinator.com") and is_disposable("inbox.mailinator.com")
    assert not is_disposable("gmail.com") and not is_disposable("com")


def test_the_disposable_list_names_its_source() -> None:
    assert DISPOSABLE_LIST.name == "disposable-email-domains"
    assert DISPOSABLE_LIST.url.startswith("https://github.com/disposable-email-domains/")
    assert DISPOSABLE_LIST.domains > 1000 and DISPOSABLE_LIST.release


def test_role_accounts_are_recognised_with_or_without_a_tag() -> None:
    assert is_role("info") and is_role("Admin") and is_role("sales+eu")
    assert not is_role("anna")


def test_domain_facts_are_remembered() -> None:
    book = DomainBook()
    assert book.facts("gmial.com") is book.facts("gmial.com")
