"""``newsletter-desk check-sending``: against the nsd test server, the shop's profile and its
campaign; exit 1 when a must rule fails; ``--offline`` shows the last results with their age."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from engine.checking.cache import CheckCache
from engine.checking.check import CheckResult
from engine.checking.report import FINDING_CODES, Finding
from engine.cli import build_parser
from engine.cli import check_sending as command
from engine.cli.check_words import FINDINGS, age_words, finding_words
from engine.config import Footers, SmtpProfile, UnsubscribeService
from engine.mail import signed_links
from engine.secrets import open_secret_store
from engine.storage import audience, campaigns, repo
from engine.storage.campaigns import CampaignDraft
from tests.engine.checking.zones import private_key, shop_profile, shop_zones
from tests.servers.dns import DnsServer

ONE_CLICK = Footers(unsubscribe_url_template="https://shop.example/u/{{token}}")


def setup_shop(database_url: str, *, footers: Footers = ONE_CLICK,
               html: str = "<p>Our sale starts now.</p>") -> SmtpProfile:
    profile = repo.save_profile(shop_profile())
    open_secret_store().set(profile.dkim_secret_key, private_key())
    repo.save_setting(footers)
    audience.create_list("Customers")
    campaigns.save_campaign(CampaignDraft(
        name="Sale", subject="Sale", profile_name="Shop", list_names=("Customers",),
        text_body="Our sale starts now.\n{{unsubscribe_url}}", html_body=html))
    return profile


def run(database_url: str, *argv: str) -> tuple[int, str]:
    args = build_parser().parse_args(["--database", database_url, "check-sending", *argv])
    out = io.StringIO()
    code = command.run(args, out=out)
    return code, out.getvalue()


def test_a_good_shop_exits_zero_and_says_ok(
        database_url: str, tmp_path: Path, dns_server: Callable[..., DnsServer]) -> None:
    setup_shop(database_url)
    server = dns_server(shop_zones())
    code, out = run(database_url, "--campaign", "Sale",
                    "--resolver", server.address, "--no-connect")
    assert code == 0, out
    assert "[Problem]" not in out
    assert "[OK] One-click unsubscribe" in out
    assert "[OK] The message itself" in out


def test_a_failing_must_rule_exits_one_and_prints_the_record_to_add(
        database_url: str, tmp_path: Path, dns_server: Callable[..., DnsServer]) -> None:
    setup_shop(database_url)
    server = dns_server(shop_zones(drop=("dmarc",)))
    code, out = run(database_url, "Shop", "--resolver", server.address,
                    "--no-connect")
    assert code == 1
    assert "[Problem] DMARC policy (must, Gmail/Yahoo/Outlook.com)" in out
    assert '_dmarc.shop.example. TXT "v=DMARC1; p=none; rua=mailto:news@shop.example"' in out


def test_mailto_only_unsubscribe_fails_the_one_click_rule(
        database_url: str, tmp_path: Path, dns_server: Callable[..., DnsServer]) -> None:
    setup_shop(database_url, footers=Footers())
    server = dns_server(shop_zones())
    code, out = run(database_url, "--campaign", "Sale",
                    "--resolver", server.address, "--no-connect")
    assert code == 1
    assert "[Problem] One-click unsubscribe" in out


def test_the_unsubscribe_service_meets_the_one_click_rule_without_a_url_template(
        database_url: str, tmp_path: Path, dns_server: Callable[..., DnsServer]) -> None:
    setup_shop(database_url, footers=Footers())
    repo.save_setting(UnsubscribeService(base_url="https://leave.shop.example"))
    open_secret_store().set(UnsubscribeService.SECRET_KEY, signed_links.key_text(
        signed_links.new_key()))
    code, out = run(database_url, "--campaign", "Sale",
                    "--resolver", dns_server(shop_zones()).address, "--no-connect")
    assert code == 0, out
    assert "[OK] One-click unsubscribe" in out
    assert "https://leave.shop.example/u/" in out


def test_the_campaigns_lint_is_in_the_report(
        database_url: str, tmp_path: Path, dns_server: Callable[..., DnsServer]) -> None:
    setup_shop(database_url, html='<img src="https://shop.example/sale.png">')
    server = dns_server(shop_zones())
    _code, out = run(database_url, "--campaign", "Sale",
                     "--resolver", server.address, "--no-connect")
    assert "The message is only images" in out


def test_results_are_kept_beside_the_sqlite_database(
        database_url: str, tmp_path: Path, dns_server: Callable[..., DnsServer]) -> None:
    setup_shop(database_url)
    run(database_url, "--resolver", dns_server(shop_zones()).address,
        "--no-connect")
    assert (tmp_path / "desk.sending-checks.json").exists()


def test_offline_shows_the_last_results_with_their_age(
        database_url: str, tmp_path: Path, dns_server: Callable[..., DnsServer]) -> None:
    setup_shop(database_url)
    server = dns_server(shop_zones(drop=("mx",)))
    run(database_url, "--resolver", server.address, "--no-connect")
    server.stop()
    code, out = run(database_url, "--offline")
    assert code == 0  # MX is a should rule
    assert out.startswith("checked just now\n")
    assert "[Problem] Mail server (MX) for bounces" in out


def test_offline_without_an_earlier_check_says_so(database_url: str, tmp_path: Path) -> None:
    setup_shop(database_url)
    code, _out = run(database_url, "--offline")
    assert code == 2


def test_the_cache_holds_codes_not_sentences(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path / "c.json")
    at = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)
    cache.put("k", CheckResult(at, (Finding("mx", "fail", "mx_missing",
                                            {"domain": "shop.example"}, "r"),)))
    assert json.loads((tmp_path / "c.json").read_text())["k"]["findings"][0]["code"] == \
        "mx_missing"
    assert cache.get("k") == CheckResult(at, (Finding("mx", "fail", "mx_missing",
                                                      {"domain": "shop.example"}, "r"),))


@pytest.mark.parametrize(("age", "words"), [
    (timedelta(seconds=5), "checked just now"),
    (timedelta(minutes=1), "checked 1 minute ago"),
    (timedelta(hours=3, minutes=10), "checked 3 hours ago"),
    (timedelta(days=2), "checked 2 days ago"),
])
def test_age_of_a_result_in_words(age: timedelta, words: str) -> None:
    now = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    assert age_words(now - age, now) == words


def test_every_finding_code_has_words_using_only_its_parameters() -> None:
    assert set(FINDINGS) == set(FINDING_CODES)
    for code, params in FINDING_CODES.items():
        found, fix = finding_words(Finding("spf", "fail", code, dict.fromkeys(params, "X")))
        assert "{" not in found + fix, code


def test_unknown_profile_is_an_error(database_url: str, tmp_path: Path) -> None:
    args = argparse.Namespace(database=database_url, profile="Nope", campaign="",
                              offline=True, resolver=None, no_connect=True)
    from engine.errors import ConfigError
    with pytest.raises(ConfigError):
        command.run(args)


@pytest.mark.parametrize("value", ["", "127.0.0.1", "127.0.0.1:5353", "[::1]:53"])
def test_resolver_setting_accepts_an_address_with_or_without_port(value: str) -> None:
    from engine.config import CheckSettings
    assert CheckSettings(value).validate() == {}


@pytest.mark.parametrize("value", ["127.0.0.1:dns", "127.0.0.1:0", "dns.example", "[::1]x"])
def test_resolver_setting_refuses_a_bad_port_or_a_name(value: str) -> None:
    from engine.config import CheckSettings
    assert set(CheckSettings(value).validate()) == {"resolver"}


def test_the_dns_server_setting_travels_with_the_settings_file(database_url: str) -> None:
    from engine.config import CheckSettings
    from engine.settings_file import export_settings, import_settings
    repo.save_setting(CheckSettings("127.0.0.1:5353"))
    exported = export_settings()
    repo.save_setting(CheckSettings())
    import_settings(exported)
    assert repo.load_setting(CheckSettings) == CheckSettings("127.0.0.1:5353")


def test_a_resolver_given_by_name_is_refused_before_anything_is_asked(
        database_url: str) -> None:
    from engine.errors import ConfigError
    setup_shop(database_url)
    with pytest.raises(ConfigError, match="--resolver"):
        run(database_url, "--resolver", "dns.example")
