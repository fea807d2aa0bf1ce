"""The Cleanup page end to end: choose files, map columns, run with progress, cancel, summary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.pages.cleanup_page import CleanupPage
from desktop.services import Services
from engine.storage.models import Suppression
from tests.engine.cleanup.bounce_mail import dsn
from tests.support import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "cleanup"


@pytest.fixture
def page(qtbot, services: Services) -> CleanupPage:  # type: ignore[no-untyped-def]
    widget = CleanupPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def copy(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(FIXTURES / name, target)
    return target


def wait_idle(qtbot, page: CleanupPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.runner.running == 0 and page._worker is None, timeout=20_000)


def test_choosing_a_list_shows_its_format_and_guesses_the_address_column(
    page: CleanupPage, tmp_path: Path
) -> None:
    assert not page.run_button.isEnabled()
    assert page.choose_list(copy("cp1252-semicolon.csv", tmp_path))
    assert "semicolon-separated, Windows-1252" in page.format_label.text()
    assert page.has_header.isChecked()
    assert page.address_column.currentText() == "Email"
    assert page.preview.item(0, 0).text() == "Zoë Müller"
    assert page.run_button.isEnabled()


def test_turning_the_header_off_renames_the_columns(page: CleanupPage, tmp_path: Path) -> None:
    page.choose_list(copy("utf8-comma.csv", tmp_path))
    page.has_header.setChecked(False)
    assert page.address_column.itemText(0) == "Column 1"
    assert page.address_column.currentIndex() == 1
    assert page.preview.item(0, 0).text() == "Name"


def test_a_file_that_is_no_table_says_so_and_cannot_run(
    page: CleanupPage, tmp_path: Path
) -> None:
    assert not page.choose_list(copy("picture.csv", tmp_path))
    assert "not a table" in page.format_label.text()
    assert not page.run_button.isEnabled()


def test_running_shows_progress_then_the_summary_and_chart(
    qtbot, page: CleanupPage, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    bounces = tmp_path / "bounces"
    bounces.mkdir()
    (bounces / "1.eml").write_bytes(dsn("ok@fine.org", "5.1.1"))
    page.choose_list(copy("utf8-comma.csv", tmp_path))
    page.add_bounce_paths([bounces])
    page.suppress_bounced.setChecked(True)
    page.run_button.click()
    assert not page.run_button.isEnabled() and page.cancel_button.isEnabled()
    wait_idle(qtbot, page)
    assert page.report is not None, page.status.text()
    assert page.progress.value() == 100
    assert "Done: kept 2 of 8 rows" in page.status.text()
    bars = dict(page.chart.bars())
    assert bars["Kept"] == 2 and bars["Hard bounce"] == 1 and bars["Duplicate"] == 1
    assert "Role account: 1" in page.details.toPlainText()
    assert (tmp_path / "utf8-comma-cleaned.csv").exists()
    assert Suppression.select().where(Suppression.email == "ok@fine.org").exists()


def test_cancel_stops_the_run_and_writes_nothing(
    qtbot, page: CleanupPage, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "lists"
    folder.mkdir()
    big = folder / "big.csv"
    big.write_text("email\n" + "".join(f"user{n}@example.org\n" for n in range(300_000)))
    page.choose_list(big)
    page.run_button.click()
    assert page.cancel_button.isEnabled()
    page.cancel_button.click()
    wait_idle(qtbot, page)
    assert "Cancelled" in page.status.text()
    assert sorted(p.name for p in folder.iterdir()) == ["big.csv"]
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()


def test_saving_to_a_list_needs_a_name(page: CleanupPage, tmp_path: Path) -> None:
    page.choose_list(copy("utf8-comma.csv", tmp_path))
    page.save_list.setChecked(True)
    page.start()
    assert "name" in page.status.text() and page._worker is None

