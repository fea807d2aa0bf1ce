"""``newsletter-desk clean`` as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.support import ROOT


def cli(*args: str, db_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSLETTER_DESK_DATABASE": str(db_path)}
    return subprocess.run([sys.executable, "-m", "desktop", "clean", "--quiet", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_clean_writes_both_files_and_prints_the_summary(
    fixture_copy: Callable, tmp_path: Path
) -> None:
    source = fixture_copy("cp1252-semicolon.csv")
    result = cli(str(source), db_path=tmp_path / "none.db")
    assert result.returncode == 0, result.stderr
    assert "Kept 3 rows" in result.stdout and "Duplicate: 1" in result.stdout
    assert "did you mean anna@gmail.com?" in result.stdout
    assert "semicolon-separated, Windows-1252" in result.stderr
    assert (tmp_path / "cp1252-semicolon-cleaned.csv").exists()
    assert not (tmp_path / "none.db").exists()  # checking never creates a database


def test_a_file_that_is_no_table_is_one_plain_line(fixture_copy: Callable, tmp_path: Path) -> None:
    result = cli(str(fixture_copy("picture.csv")), db_path=tmp_path / "d.db")
    assert result.returncode == 2
    assert "not a table" in result.stderr and "Traceback" not in result.stderr


def test_the_column_can_be_named(tmp_path: Path) -> None:
    source = tmp_path / "l.csv"
    source.write_text("id,work,home\n1,a@x.org,b@y.org\n")
    result = cli(str(source), "--column", "home", db_path=tmp_path / "d.db")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "l-cleaned.csv").read_text().splitlines()[1] == "1,a@x.org,b@y.org"
    assert "addresses in “home”" in result.stderr
