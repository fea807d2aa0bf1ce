"""Thunderbird's lookup order against local servers: autoconfig files over HTTP, the MX
records of the nsd test server, and the probe against aiosmtpd and Dovecot."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from engine.discovery.find import find_settings
from tests.engine.discovery.support import (
    FileServer,
    autoconfig_path,
    config_xml,
    file_server,
    local_places,
    well_known_path,
)
from tests.servers.dns import DnsServer
from tests.servers.dovecot import DovecotServer
from tests.servers.ports import SilentServer
from tests.servers.smtp import SmtpServer

DOMAIN = "shop.test"


@pytest.fixture
def files() -> Iterator[FileServer]:
    with file_server() as served:
        yield served


def test_autoconfig_of_the_domain_is_read_with_its_placeholders_filled(
        files: FileServer, refused_port: int) -> None:
    files.files[autoconfig_path(DOMAIN)] = config_xml(DOMAIN, "Shop Mail")
    found = find_settings("ann@shop.test", places=local_places(files.base, refused_port))
    assert (found.source, found.provider) == ("autoconfig", "Shop Mail")
    smtp, imap, pop3 = found.server("smtp"), found.server("imap"), found.server("pop3")
    assert smtp is not None and (smtp.host, smtp.port, smtp.security) == (
        "smtp.shop.test", 587, "starttls")
    assert imap is not None and (imap.host, imap.port, imap.security, imap.username) == (
        "imap.shop.test", 993, "ssl", "ann@shop.test")
    assert pop3 is not None and pop3.username == "ann"
    # asked with the address (https failed: this server speaks plain HTTP only)
    assert autoconfig_path(DOMAIN) + "?emailaddress=ann@shop.test" in files.requests


def test_the_well_known_path_is_asked_when_autoconfig_has_no_file(
        files: FileServer, refused_port: int) -> None:
    files.files[well_known_path(DOMAIN)] = config_xml(DOMAIN)
    found = find_settings("ann@shop.test", places=local_places(files.base, refused_port))
    assert found.source == "well-known"
    assert found.server("smtp") is not None


def test_autoconfig_wins_over_the_well_known_path_when_both_have_a_file(
        files: FileServer, refused_port: int) -> None:
    files.files[autoconfig_path(DOMAIN)] = config_xml(DOMAIN, "From autoconfig")
    files.files[well_known_path(DOMAIN)] = config_xml(DOMAIN, "From well-known")
    found = find_settings("ann@shop.test", places=local_places(files.base, refused_port))
    assert (found.source, found.provider) == ("autoconfig", "From autoconfig")


def test_a_malformed_file_is_a_clear_note_and_the_lookup_goes_on(
        files: FileServer, refused_port: int) -> None:
    files.files[autoconfig_path(DOMAIN)] = b"<clientConfig><emailProvider>"
    files.files[well_known_path(DOMAIN)] = config_xml(DOMAIN)
    found = find_settings("ann@shop.test", places=local_places(files.base, refused_port))
    assert found.source == "well-known"
    malformed = [n for n in found.notes if n.code == "autoconfig_malformed"]
    assert len(malformed) == 1
    assert str(malformed[0].params["url"]).startswith(files.base + autoconfig_path(DOMAIN))
    assert "no element found" in str(malformed[0].params["detail"])


def test_a_file_declaring_entities_is_refused_unparsed(
        files: FileServer, refused_port: int) -> None:
    files.files[autoconfig_path(DOMAIN)] = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><clientConfig>&a;'
        b"</clientConfig>")
    found = find_settings("ann@shop.test", places=local_places(files.base, refused_port))
    assert found.source is None
    assert [n.params.get("detail") for n in found.notes if n.code == "autoconfig_malformed"
            ] == ["a DOCTYPE or entity declaration"]


def test_a_workspace_domain_is_found_by_its_google_mx(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer]) -> None:
    dns = dns_server({DOMAIN: ["@ IN MX 1 aspmx.l.google.com.",
                               "@ IN MX 5 alt1.aspmx.l.google.com."]})
    found = find_settings("ann@shop.test",
                          places=local_places(files.base, refused_port, dns.address))
    assert (found.source, found.provider) == ("mx", "Gmail / Google Workspace")
    smtp = found.server("smtp")
    assert smtp is not None and (smtp.host, smtp.auth_method, smtp.username) == (
        "smtp.gmail.com", "google", "ann@shop.test")


def test_a_microsoft_365_domain_is_found_by_its_mx(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer]) -> None:
    dns = dns_server({DOMAIN: ["@ IN MX 0 shop-test.mail.protection.outlook.com."]})
    found = find_settings("ann@shop.test",
                          places=local_places(files.base, refused_port, dns.address))
    assert (found.source, found.provider) == ("mx", "Microsoft 365")
    smtp = found.server("smtp")
    assert smtp is not None and (smtp.host, smtp.port, smtp.auth_method) == (
        "smtp.office365.com", 587, "microsoft")


def test_the_autoconfig_of_the_mx_hosts_domain_is_asked_for_an_unknown_host(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer]) -> None:
    dns = dns_server({DOMAIN: ["@ IN MX 10 mx1.hoster.test."]})
    files.files[autoconfig_path("hoster.test")] = config_xml("hoster.test", "Hoster")
    found = find_settings("ann@shop.test",
                          places=local_places(files.base, refused_port, dns.address))
    assert (found.source, found.provider) == ("mx", "Hoster")
    imap = found.server("imap")
    assert imap is not None and (imap.host, imap.username) == ("imap.hoster.test",
                                                              "ann@shop.test")


def _probe_zone() -> dict[str, list[str]]:
    return {DOMAIN: ["smtp IN A 127.0.0.1", "imap IN A 127.0.0.1", "pop3 IN A 127.0.0.1"]}


def test_the_probe_finds_smtp_with_implicit_tls(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer],
        smtp_server: Callable[..., SmtpServer]) -> None:
    dns = dns_server(_probe_zone())
    server = smtp_server(tls="implicit")
    found = find_settings("ann@shop.test", places=local_places(
        files.base, refused_port, dns.address, p465=server.port))
    assert found.source == "probe"
    smtp = found.server("smtp")
    assert smtp is not None and (smtp.host, smtp.port, smtp.security) == (
        "smtp.shop.test", 465, "ssl")
    assert found.mailbox is None
    answered = [n.params for n in found.notes if n.code == "probe_answered"]
    assert answered == [{"kind": "smtp", "host": "smtp.shop.test", "port": 465,
                         "security": "ssl"}]


def test_the_probe_finds_smtp_with_starttls_when_the_server_offers_it(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer],
        smtp_server: Callable[..., SmtpServer]) -> None:
    dns = dns_server(_probe_zone())
    server = smtp_server(tls="starttls")
    found = find_settings("ann@shop.test", places=local_places(
        files.base, refused_port, dns.address, p587=server.port))
    smtp = found.server("smtp")
    assert smtp is not None and (smtp.port, smtp.security) == (587, "starttls")


def test_the_probe_prefers_starttls_to_a_server_in_the_clear(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer],
        smtp_server: Callable[..., SmtpServer]) -> None:
    dns = dns_server(_probe_zone())
    clear, starttls = smtp_server(tls="none"), smtp_server(tls="starttls")
    found = find_settings("ann@shop.test", places=local_places(
        files.base, refused_port, dns.address, p587=clear.port, p25=starttls.port))
    smtp = found.server("smtp")
    assert smtp is not None and (smtp.port, smtp.security) == (25, "starttls")


def test_the_probe_finds_dovecots_imap_and_pop3_with_tls(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer],
        dovecot_tls: DovecotServer) -> None:
    dns = dns_server(_probe_zone())
    assert dovecot_tls.imaps_port and dovecot_tls.pop3s_port
    found = find_settings("ann@shop.test", places=local_places(
        files.base, refused_port, dns.address, p993=dovecot_tls.imaps_port,
        p143=dovecot_tls.imap_port, p995=dovecot_tls.pop3s_port,
        p110=dovecot_tls.pop3_port))
    imap, pop3 = found.server("imap"), found.server("pop3")
    assert imap is not None and (imap.host, imap.port, imap.security) == (
        "imap.shop.test", 993, "ssl")
    assert pop3 is not None and (pop3.host, pop3.port, pop3.security) == (
        "pop3.shop.test", 995, "ssl")
    answered = {(n.params["kind"], n.params["port"], n.params["security"])
                for n in found.notes if n.code == "probe_answered"}
    assert {("imap", 143, "starttls"), ("pop3", 110, "starttls")} <= answered


def test_the_probe_says_imap_in_the_clear_offers_no_starttls(
        files: FileServer, refused_port: int, dns_server: Callable[..., DnsServer],
        dovecot: DovecotServer) -> None:
    dns = dns_server(_probe_zone())
    found = find_settings("ann@shop.test", places=local_places(
        files.base, refused_port, dns.address, p143=dovecot.imap_port))
    imap = found.server("imap")
    assert imap is not None and (imap.port, imap.security) == (143, "none")


def test_silent_servers_and_no_dns_end_in_a_coded_nothing_found_within_the_timeouts(
        silent_server: SilentServer, refused_port: int) -> None:
    silent = f"http://127.0.0.1:{silent_server.port}"
    places = local_places(silent, refused_port, f"127.0.0.1:{silent_server.port}",
                          timeout=0.5, p465=silent_server.port, p993=silent_server.port)
    started = time.monotonic()
    found = find_settings("ann@shop.test", places=places)
    # the files are asked at once, then the DNS: a few timeouts, not one per place
    assert time.monotonic() - started < 4
    assert found.source is None and not found.servers
    codes = [n.code for n in found.notes]
    assert codes[-1] == "nothing_found" and "dns_unavailable" in codes

