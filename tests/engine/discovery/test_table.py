"""The offline table: a provider's documented settings from the address's domain alone."""

from __future__ import annotations

import fnmatch
import tomllib

import pytest

from engine.cli.words import SENTENCES
from engine.discovery import table
from engine.discovery.find import find_settings
from tests.support import ROOT

FAMILIES = [
    # address, provider, SMTP (host, port, security), mailbox host, auth method
    ("ann@gmail.com", "Gmail / Google Workspace", ("smtp.gmail.com", 465, "ssl"),
     "imap.gmail.com", "google"),
    ("ann@hotmail.com", "Outlook.com", ("smtp-mail.outlook.com", 587, "starttls"),
     "outlook.office365.com", "microsoft"),
    ("ann@yahoo.fr", "Yahoo Mail", ("smtp.mail.yahoo.com", 465, "ssl"),
     "imap.mail.yahoo.com", "password"),
    ("ann@icloud.com", "iCloud Mail", ("smtp.mail.me.com", 587, "starttls"),
     "imap.mail.me.com", "password"),
    ("ann@zoho.com", "Zoho Mail", ("smtp.zoho.com", 465, "ssl"), "imap.zoho.com", "password"),
    ("ann@fastmail.com", "Fastmail", ("smtp.fastmail.com", 465, "ssl"), "imap.fastmail.com",
     "password"),
    ("ann@gmx.de", "GMX (Germany, Austria, Switzerland)", ("mail.gmx.net", 587, "starttls"),
     "imap.gmx.net", "password"),
    ("ann@web.de", "WEB.DE", ("smtp.web.de", 587, "starttls"), "imap.web.de", "password"),
    ("ann@orange.fr", "Orange", ("smtp.orange.fr", 465, "ssl"), "imap.orange.fr", "password"),
    ("ann@libero.it", "Libero Mail", ("smtp.libero.it", 465, "ssl"), "imapmail.libero.it",
     "password"),
    ("ann@aruba.it", "Aruba", ("smtps.aruba.it", 465, "ssl"), "imaps.aruba.it", "password"),
]


@pytest.mark.parametrize(("address", "provider", "smtp", "mailbox", "auth"), FAMILIES)
def test_a_common_provider_is_found_offline_by_the_address_domain(
        address: str, provider: str, smtp: tuple[str, int, str], mailbox: str,
        auth: str) -> None:
    found = find_settings(address, offline=True)
    assert (found.source, found.provider) == ("table", provider)
    server = found.server("smtp")
    assert server is not None
    assert (server.host, server.port, server.security) == smtp
    assert server.auth_method == auth
    assert found.mailbox is not None and found.mailbox.host == mailbox


def test_icloud_wants_the_full_address_for_smtp_and_the_name_part_for_imap() -> None:
    found = find_settings("Ann.Lee@icloud.com", offline=True)
    smtp, imap = found.server("smtp"), found.server("imap")
    assert smtp is not None and smtp.username == "Ann.Lee@icloud.com"
    assert imap is not None and imap.username == "Ann.Lee"


@pytest.mark.parametrize(("address", "username", "hint"), [
    ("news@sendgrid.com", "apikey", "hint_api_key_username"),
    ("news@sparkpost.com", "SMTP_Injection", "hint_api_key_username"),
    ("news@mailgun.com", "postmaster@mailgun.com", "hint_smtp_credentials"),
    ("news@brevo.com", "", "hint_smtp_credentials"),
])
def test_a_relay_is_smtp_only_and_says_its_user_name_is_not_the_address(
        address: str, username: str, hint: str) -> None:
    found = find_settings(address, offline=True)
    assert [s.kind for s in found.servers] == ["smtp"]
    assert found.servers[0].username == username
    codes = {h.code for h in found.hints}
    assert {hint, "hint_relay_only"} <= codes


@pytest.mark.parametrize(("mx_host", "provider_id"), [
    ("aspmx.l.google.com", "google"),
    ("alt1.aspmx.l.google.com", "google"),
    ("shop-test.mail.protection.outlook.com", "microsoft365"),
    ("mx1.mail.ovh.net", "ovh"),
    ("mx00.ionos.de", "ionos_de"),
    ("mxa.mailgun.org", "mailgun"),
    ("inbound-smtp.eu-west-1.amazonaws.com", "amazon_ses"),
])
def test_a_provider_is_known_by_the_host_its_mail_goes_to(mx_host: str,
                                                          provider_id: str) -> None:
    provider = table.by_mx(mx_host)
    assert provider is not None and provider.id == provider_id


def test_every_provider_names_its_source_and_every_relay_sets_the_expected_ports() -> None:
    providers = table.providers()
    assert len(providers) >= 24
    assert all(p.source.startswith("https://") for p in providers)
    for provider in providers:
        for server in provider.servers:
            expected = {"ssl": {465, 993, 995}, "starttls": {587, 25, 143, 110, 2525}}
            assert server.port in expected[server.security], (provider.id, server)


def test_every_hint_has_words() -> None:
    for hint in table.HINTS:
        assert f"hint_{hint}" in SENTENCES


def test_offline_an_unknown_domain_is_a_coded_nothing_found() -> None:
    found = find_settings("ann@unknown-domain.test", offline=True)
    assert found.source is None and not found.servers
    assert [n.code for n in found.notes] == ["nothing_found_offline"]


def test_text_that_is_not_an_address_is_a_note_not_an_error() -> None:
    found = find_settings("ann at example", offline=True)
    assert [n.code for n in found.notes] == ["not_an_address"]


def test_the_table_ships_as_package_data_of_the_engine() -> None:
    # the wheel takes engine's package data; the PyInstaller spec collects the same files
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["engine"]
    relative = table.TABLE.relative_to(ROOT / "engine").as_posix()
    assert any(fnmatch.fnmatchcase(relative, p) for p in patterns)
