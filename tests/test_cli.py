"""The ``newsletter-desk`` command, run as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from engine import __version__
from tests.support import ROOT


def cli(*args: str, db_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSLETTER_DESK_DATABASE": str(db_path)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=60,
    )


def test_version_prints_the_version(tmp_path: Path) -> None:
    result = cli("--version", db_path=tmp_path / "d.db")
    assert result.stdout.strip() == f"newsletter-desk {__version__}"


def test_settings_show_names_the_database(tmp_path: Path) -> None:
    result = cli("settings", "show", db_path=tmp_path / "d.db")
    assert result.returncode == 0
    assert f"# database: {tmp_path / 'd.db'}" in result.stdout


def test_settings_export_then_import_into_another_database(tmp_path: Path) -> None:
    export = tmp_path / "s.toml"
    assert cli("settings", "export", str(export), db_path=tmp_path / "a.db").returncode == 0
    result = cli("settings", "import", str(export), db_path=tmp_path / "b.db")
    assert result.returncode == 0, result.stderr
    assert "imported 49 bounce codes" in result.stdout


def test_a_bad_import_is_one_plain_line_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml")
    result = cli("settings", "import", str(bad), db_path=tmp_path / "a.db")
    assert result.returncode == 2
    assert "is not a settings file" in result.stderr and "Traceback" not in result.stderr


def test_a_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "future.db"
    assert cli("settings", "show", db_path=path).returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 999")
    result = cli("settings", "show", db_path=path)
    assert result.returncode == 2 and "newer Newsletter Desk" in result.stderr


def test_a_pace_for_a_provider_the_table_lacks_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "paces.toml"
    bad.write_text('newsletter_desk_settings = 1\n[[smtp_profiles]]\nname = "Main"\n'
                   '[[smtp_profiles.provider_paces]]\nprovider = "hotmail"\nper_minute = 30\n'
                   'per_hour = 1000\nconnections = 1\nper_connection = 10\n')
    result = cli("settings", "import", str(bad), db_path=tmp_path / "a.db")
    assert result.returncode == 2
    assert "no receiving provider is called 'hotmail'; use one of google, microsoft" in \
        result.stderr
    assert "Traceback" not in result.stderr
