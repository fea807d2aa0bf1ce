from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "cleanup"


@pytest.fixture
def fixture_copy(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fixture list copied to a temporary folder, so outputs land there."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(FIXTURES / name, target)
        return target

    return copy


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """A real .xlsx written with openpyxl: numbers and dates stay typed, one ragged row."""
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Subscribers"
    sheet.append(["Email", "Name", "Points", "Joined"])
    sheet.append([" Ann@Example.org", "Ann", 12, datetime.datetime(2024, 3, 1)])
    sheet.append(["ann@example.org", "Ann again", 3, None])
    sheet.append(["bob@firma.de", "Bob", 7.5, datetime.datetime(2023, 1, 9)])
    sheet.append(["webmaster@firma.de"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    return path
