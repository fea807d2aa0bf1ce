"""Each recipient's receiving provider: known domains offline, others by their MX, once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from engine.sending import receivers
from engine.sending.receivers import OTHER, ProviderFinder, by_domain, by_mx, dns_mx_lookup
from engine.storage import receiving
from tests.servers.dns import DnsServer

NOW = datetime(2026, 12, 3, 14, 0)


def no_lookup(domain: str) -> list[str]:
    raise AssertionError(f"{domain} was looked up")


class CountingLookup:
    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, domain: str) -> list[str]:
        self.asked.append(domain)
        answer = self.answers.get(domain)
        if answer is None:
            raise LookupError("no answer")
        return answer


@pytest.fixture(autouse=True)
def _database(database_url: str) -> None:
    del database_url


def test_the_big_consumer_domains_are_known_without_a_lookup() -> None:
    finder = ProviderFinder(no_lookup, lambda: NOW)
    found = finder.providers_of(["a@gmail.com", "b@Hotmail.com", "c@aol.com", "d@web.de",
                                 "e@icloud.com", "f@libero.it", "g@orange.fr"])
    assert list(found.values()) == ["google", "microsoft", "yahoo", "united_internet",
                                    "apple", "italiaonline", "orange"]


def test_a_company_domain_hosted_at_google_is_found_by_its_mx(
        dns_server: Callable[..., DnsServer]) -> None:
    dns = dns_server({"shop.test": ["@ IN MX 5 alt1.aspmx.l.google.com.",
                                    "@ IN MX 1 aspmx.l.google.com."],
                      "office.test": ["@ IN MX 0 office-test.mail.protection.outlook.com."],
                      "own.test": ["@ IN MX 10 mx1.own.test.", "mx1 IN A 127.0.0.1"]})
    finder = ProviderFinder(dns_mx_lookup(dns.address, timeout=3), lambda: NOW)
    assert finder.providers_of(["ann@shop.test", "bob@office.test", "cy@own.test"]) == {
        "ann@shop.test": "google", "bob@office.test": "microsoft", "cy@own.test": OTHER}


def test_a_domain_without_mail_servers_is_other(dns_server: Callable[..., DnsServer]) -> None:
    dns = dns_server({"quiet.test": ["@ IN A 127.0.0.1"]})
    finder = ProviderFinder(dns_mx_lookup(dns.address, timeout=3), lambda: NOW)
    assert finder.provider_of("x@quiet.test") == OTHER


def test_a_domain_is_looked_up_once_and_then_read_from_the_database() -> None:
    lookup = CountingLookup({"shop.test": ["aspmx.l.google.com"]})
    first = ProviderFinder(lookup, lambda: NOW)
    assert first.provider_of("a@shop.test") == "google"
    assert first.provider_of("b@shop.test") == "google"
    later = ProviderFinder(no_lookup, lambda: NOW + timedelta(days=30))
    assert later.provider_of("c@shop.test") == "google"
    assert lookup.asked == ["shop.test"]


def test_offline_an_unknown_domain_is_other_and_asked_once_back_online() -> None:
    assert ProviderFinder(None, lambda: NOW).provider_of("a@shop.test") == OTHER
    assert receiving.cached(["shop.test"]) == {}
    lookup = CountingLookup({"shop.test": ["mx.yahoodns.net"]})
    assert ProviderFinder(lookup, lambda: NOW).provider_of("a@shop.test") == "yahoo"


def test_a_lookup_that_failed_is_asked_again_a_day_later() -> None:
    failing = CountingLookup({})
    assert ProviderFinder(failing, lambda: NOW).provider_of("a@shop.test") == OTHER
    assert ProviderFinder(no_lookup, lambda: NOW + timedelta(hours=23)).provider_of(
        "a@shop.test") == OTHER
    answering = CountingLookup({"shop.test": ["mx1.mail.icloud.com"]})
    assert ProviderFinder(answering, lambda: NOW + timedelta(days=1, minutes=1)).provider_of(
        "a@shop.test") == "apple"
    assert receiving.cached(["shop.test"])["shop.test"].failed is False


def test_the_first_mx_host_that_belongs_to_a_provider_names_it() -> None:
    assert by_mx(["mx.filter.test", "aspmx.l.google.com"]) == "google"
    assert by_mx([]) == OTHER
    assert by_domain("GMAIL.com.") == "google"


def test_every_provider_has_a_valid_pace_and_other_comes_last() -> None:
    table = receivers.providers()
    assert table[-1].id == OTHER
    assert all(p.pace.validate() == {} for p in table)
    assert len({p.id for p in table}) == len(table)
    domains = [d for p in table for d in p.domains]
    assert len(domains) == len(set(domains))
