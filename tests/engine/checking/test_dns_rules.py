"""Check before sending, against a real authoritative DNS server (nsd) serving the shop's
zones: the good records pass, and each missing or broken record is found and says what to
publish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from engine.checking.check import CheckResult, check_profile
from engine.checking.report import Finding
from engine.checking.resolver import Dns
from engine.config import SmtpProfile
from tests.engine.checking.zones import RELAY, private_key, shop_profile, shop_zones
from tests.servers.dns import DnsServer

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


def run(dns_server: Callable[..., DnsServer], zones: dict[str, list[str]],
        profile: SmtpProfile | None = None, key: str | None = None) -> CheckResult:
    server = dns_server(zones)
    return check_profile(profile or shop_profile(), Dns.at(server.address), now=NOW,
                         dkim_private_key=key if key is not None else private_key(),
                         connect=False)


def finding(result: CheckResult, rule: str) -> Finding:
    return next(f for f in result.findings if f.rule == rule)


def test_good_zones_pass_every_dns_rule(dns_server: Callable[..., DnsServer]) -> None:
    result = run(dns_server, shop_zones())
    assert {f.rule: f.status for f in result.findings} == {
        "spf": "pass", "dkim": "pass", "dmarc": "pass", "alignment": "pass", "mx": "pass",
        "ptr": "pass"}
    assert result.failed_musts == []


def test_relay_address_is_looked_up_on_the_configured_resolver(
        dns_server: Callable[..., DnsServer]) -> None:
    result = run(dns_server, shop_zones())
    assert finding(result, "spf").params == {"domain": "shop.example", "relay": RELAY}


def test_missing_spf_fails_with_a_record_naming_the_relay(
        dns_server: Callable[..., DnsServer]) -> None:
    spf = finding(run(dns_server, shop_zones(drop=("spf",))), "spf")
    assert (spf.status, spf.code) == ("fail", "spf_missing")
    assert spf.fix_record == 'shop.example. TXT "v=spf1 ip4:127.0.0.1 ~all"'


def test_spf_not_including_the_relay_fails_and_adds_it_to_the_record(
        dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(spf='@ IN TXT "v=spf1 ip4:192.0.2.1 -all"')
    spf = finding(run(dns_server, zones), "spf")
    assert (spf.status, spf.code, spf.params["result"]) == ("fail", "spf_not_included", "fail")
    assert spf.fix_record == 'shop.example. TXT "v=spf1 ip4:127.0.0.1 ip4:192.0.2.1 -all"'


def test_spf_is_followed_through_includes(dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(spf='@ IN TXT "v=spf1 include:relay.shop.example -all"',
                       relay='relay IN TXT "v=spf1 ip4:127.0.0.0/24 -all"')
    assert finding(run(dns_server, zones), "spf").status == "pass"


def test_spf_over_ten_lookups_fails(dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(spf='@ IN TXT "v=spf1 include:many.other.example ip4:127.0.0.1 -all"')
    spf = finding(run(dns_server, zones), "spf")
    assert (spf.status, spf.code) == ("fail", "spf_too_many_lookups")


def test_missing_dkim_key_fails_with_the_record_to_publish(
        dns_server: Callable[..., DnsServer]) -> None:
    dkim = finding(run(dns_server, shop_zones(drop=("dkim",))), "dkim")
    assert (dkim.status, dkim.code) == ("fail", "dkim_missing")
    assert dkim.fix_record.startswith('news._domainkey.shop.example. TXT "v=DKIM1; k=rsa; p=MII')


def test_dkim_key_not_matching_the_signing_key_fails(
        dns_server: Callable[..., DnsServer]) -> None:
    dkim = finding(run(dns_server, shop_zones(), key=private_key(1)), "dkim")
    assert (dkim.status, dkim.code) == ("fail", "dkim_wrong_key")


def test_dkim_key_without_the_private_key_is_only_checked_for_presence(
        dns_server: Callable[..., DnsServer]) -> None:
    dkim = finding(run(dns_server, shop_zones(), key=""), "dkim")
    assert (dkim.status, dkim.code) == ("warn", "dkim_published")


def test_missing_dmarc_fails_with_a_p_none_record(dns_server: Callable[..., DnsServer]) -> None:
    dmarc = finding(run(dns_server, shop_zones(drop=("dmarc",))), "dmarc")
    assert (dmarc.status, dmarc.code) == ("fail", "dmarc_missing")
    assert dmarc.fix_record == \
        '_dmarc.shop.example. TXT "v=DMARC1; p=none; rua=mailto:news@shop.example"'


def test_dmarc_p_none_meets_the_rule_with_a_note(dns_server: Callable[..., DnsServer]) -> None:
    result = run(dns_server, shop_zones(dmarc='_dmarc IN TXT "v=DMARC1; p=none"'))
    assert (finding(result, "dmarc").status, finding(result, "dmarc").code) == (
        "warn", "dmarc_none")
    assert result.failed_musts == []


def test_from_on_another_domain_than_dkim_and_return_path_is_misaligned(
        dns_server: Callable[..., DnsServer]) -> None:
    zones = {**shop_zones(), "brand.example": ['_dmarc IN TXT "v=DMARC1; p=reject"']}
    result = run(dns_server, zones, shop_profile(from_address="hello@brand.example"))
    alignment = finding(result, "alignment")
    assert (alignment.status, alignment.code) == ("fail", "misaligned")
    assert [f.rule for f in result.failed_musts] == ["alignment"]


def test_a_subdomain_return_path_aligns_with_the_organizational_domain(
        dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(bounce="bounce IN MX 10 mail.shop.example.",
                       bspf='bounce IN TXT "v=spf1 ip4:127.0.0.1 -all"')
    result = run(dns_server, zones, shop_profile(bounce_address="b@bounce.shop.example",
                                                 dkim_enabled=False))
    assert finding(result, "alignment").status == "pass"


def test_bounce_domain_without_mx_fails(dns_server: Callable[..., DnsServer]) -> None:
    mx = finding(run(dns_server, shop_zones(drop=("mx",))), "mx")
    assert (mx.status, mx.code) == ("fail", "mx_missing")
    assert mx.fix_record == "shop.example. MX 10 mail.shop.example."


def test_relay_without_ptr_fails(dns_server: Callable[..., DnsServer]) -> None:
    ptr = finding(run(dns_server, shop_zones(drop=("ptr",))), "ptr")
    assert (ptr.status, ptr.code) == ("fail", "ptr_missing")
    assert ptr.fix_record == "1.0.0.127.in-addr.arpa. PTR mail.shop.example."


def test_ptr_name_not_pointing_back_to_the_relay_fails(
        dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(ptr="1 IN PTR elsewhere.shop.example.",
                       elsewhere="elsewhere IN A 192.0.2.7")
    ptr = finding(run(dns_server, zones), "ptr")
    assert (ptr.status, ptr.code) == ("fail", "ptr_not_confirmed")
    assert ptr.fix_record == "elsewhere.shop.example. A 127.0.0.1"


def test_a_dns_server_that_does_not_answer_makes_findings_unknown_not_failed(
        refused_port: int) -> None:
    result = check_profile(shop_profile(host="127.0.0.1"),
                           Dns.at(f"127.0.0.1:{refused_port}", timeout=0.5), now=NOW,
                           connect=False)
    statuses = {f.rule: f.status for f in result.findings}
    assert {statuses[r] for r in ("spf", "dkim", "dmarc", "mx", "ptr")} == {"unknown"}


def test_spf_is_followed_through_a_redirect(dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(spf='@ IN TXT "v=spf1 redirect=relay.shop.example"',
                       relay='relay IN TXT "v=spf1 ip4:127.0.0.1 -all"')
    assert finding(run(dns_server, zones), "spf").status == "pass"


def test_two_spf_records_are_broken(dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(second='@ IN TXT "v=spf1 ip4:192.0.2.1 -all"')
    spf = finding(run(dns_server, zones), "spf")
    assert (spf.status, spf.code) == ("fail", "spf_broken")


def test_a_revoked_dkim_key_is_broken(dns_server: Callable[..., DnsServer]) -> None:
    zones = shop_zones(dkim='news._domainkey IN TXT "v=DKIM1; k=rsa; p="')
    dkim = finding(run(dns_server, zones), "dkim")
    assert (dkim.status, dkim.code) == ("fail", "dkim_broken")


def test_a_relay_name_missing_from_the_dns_leaves_spf_and_ptr_unknown(
        dns_server: Callable[..., DnsServer]) -> None:
    result = run(dns_server, shop_zones(drop=("mail",)))
    assert [(f.rule, f.status, f.code) for f in result.findings if f.rule in ("spf", "ptr")] == [
        ("spf", "unknown", "relay_unresolved"), ("ptr", "unknown", "relay_unresolved")]
