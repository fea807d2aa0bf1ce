"""``newsletter-desk self-test`` passes on a working window and names the page that is broken."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from desktop import launcher, pages
from desktop.pages.storage_page import StoragePage
from desktop.services import Services


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: object) -> Iterator[None]:
    # The command rewrites these for its own process; here they must come back afterwards.
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "QT_QPA_PLATFORM"):
        monkeypatch.setenv(var, str(tmp_path / var) if var.startswith("XDG") else "offscreen")
    yield
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


def self_test(*extra: str) -> int:
    # A short watchdog: a regression that leaves a dialog open ends the run, not the suite's day.
    return launcher.main(["self-test", "--timeout", "30", *extra])


class RefreshFailsPage(QWidget):
    title = "Broken refresh"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def refresh(self) -> None:
        raise RuntimeError("the list could not be read")


class ConstructorFailsPage(QWidget):
    title = "Broken constructor"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        raise ValueError("no such column")


class DirtyPage(QWidget):
    title = "Dirty"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reverted = False

    def has_unsaved_changes(self) -> bool:
        return not self.reverted

    def save(self) -> bool:
        return True

    def revert(self) -> None:
        self.reverted = True


def test_passes_and_names_every_registered_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert self_test() == 0
    out = capsys.readouterr().out
    for page_class in pages.PAGE_CLASSES:
        assert f"visited “{page_class.title}”" in out  # type: ignore[attr-defined]
    assert "self-test: passed" in out


def test_never_writes_to_the_data_folder(tmp_path: Path) -> None:
    assert self_test() == 0
    assert not any((tmp_path / "XDG_DATA_HOME").glob("**/*.sqlite3"))


def test_a_page_that_raises_when_shown_fails_it_by_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pages, "PAGE_CLASSES", [StoragePage, RefreshFailsPage])
    assert self_test() == 1
    err = capsys.readouterr().err
    assert "page “Broken refresh” raised" in err
    assert "the list could not be read" in err


def test_a_page_that_cannot_be_built_fails_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pages, "PAGE_CLASSES", [StoragePage, ConstructorFailsPage])
    assert self_test() == 1
    err = capsys.readouterr().err
    assert "the main window could not open" in err
    assert "no such column" in err


def test_a_page_with_unsaved_changes_right_after_opening_fails_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pages, "PAGE_CLASSES", [DirtyPage, StoragePage])
    assert self_test() == 1
    assert "page “Dirty” reports unsaved changes" in capsys.readouterr().err


def test_quit_when_shown_reports_the_start_up_time(capsys: pytest.CaptureFixture[str]) -> None:
    assert self_test("--quit-when-shown") == 0
    assert "self-test: window shown after" in capsys.readouterr().out
