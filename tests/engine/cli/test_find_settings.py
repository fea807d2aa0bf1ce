"""``newsletter-desk find-settings``: what was found, printed; exit 1 when nothing was."""

from __future__ import annotations

from pathlib import Path

from tests.engine.cli.conftest import cli


def test_find_settings_offline_prints_the_providers_servers(tmp_path: Path) -> None:
    result = cli("find-settings", "ann@gmail.com", "--offline", db_path=tmp_path / "d.db")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("Found settings for Gmail / Google Workspace (from the app's table of "
                        "common providers):")
    assert lines[1] == ("  SMTP  smtp.gmail.com:465 SSL/TLS, Google sign-in, "
                        "user name ann@gmail.com")


def test_find_settings_for_a_relay_says_what_the_user_name_is(tmp_path: Path) -> None:
    result = cli("find-settings", "news@sendgrid.com", "--offline", db_path=tmp_path / "d.db")
    assert "user name apikey" in result.stdout
    assert "password is an API key" in result.stdout


def test_find_settings_offline_for_an_unknown_domain_exits_1_saying_so(tmp_path: Path) -> None:
    result = cli("find-settings", "ann@unknown.test", "--offline", db_path=tmp_path / "d.db")
    assert result.returncode == 1
    assert "unknown.test is not in the table of common providers" in result.stdout


def test_find_settings_refuses_a_resolver_that_is_not_ip_and_port(tmp_path: Path) -> None:
    result = cli("find-settings", "ann@x.test", "--resolver", "dns.example",
                 db_path=tmp_path / "d.db")
    assert result.returncode == 2
    assert "--resolver: not IP:PORT" in result.stderr
