"""The Lists page: lists, contacts, CSV import."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from desktop.pages.lists_page import ImportMappingDialog, ListsPage
from desktop.services import Services
from engine.storage import audience, csv_import


@pytest.fixture
def page(qtbot, services: Services) -> ListsPage:  # type: ignore[no-untyped-def]
    widget = ListsPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_new_list_shows_and_is_current(page: ListsPage) -> None:
    assert page.create_list("Customers")
    assert page.current_list() is not None
    assert page.list_view.item(0).text() == "Customers (0)"


def wait_imported(qtbot, page: ListsPage) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.importing and page.runner.running == 0, timeout=30_000)
    return page.status.text()


def test_importing_a_csv_fills_the_table_and_names_the_merge_fields(
    qtbot, page: ListsPage, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page.create_list("Customers")
    path = tmp_path / "c.csv"
    path.write_text("Email,First Name,Company\nann@example.org,Ann,Acme\nnot-an-address,Bo,X\n")
    page.import_file(path)
    summary = wait_imported(qtbot, page)
    assert "1 new contacts" in summary and "line 3" in summary
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "ann@example.org"
    assert page.table.item(0, 4).text() == "company: Acme"


def test_unsubscribing_a_selected_contact_changes_its_status(page: ListsPage) -> None:
    page.create_list("Customers")
    mailing = page.current_list()
    assert mailing is not None
    audience.save_contact("ann@example.org", "Ann", list_ids=[mailing.id])
    page.refresh()
    page.table.selectRow(0)
    page._on_unsubscribe_clicked()
    assert page.table.item(0, 3).text() == "unsubscribed"


def test_search_narrows_the_contacts(page: ListsPage) -> None:
    page.create_list("Customers")
    mailing = page.current_list()
    assert mailing is not None
    for email in ("ann@example.org", "bob@example.org"):
        audience.save_contact(email, list_ids=[mailing.id])
    page.refresh()
    page.search.setText("bob")
    assert page.table.rowCount() == 1


def test_the_import_report_shows_every_bucket_and_the_lines_not_imported(
    qtbot, page: ListsPage, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page.create_list("Customers")
    path = tmp_path / "c.csv"
    path.write_bytes(b'email,first_name\n'
                     b'a@example.org,"""Bob"" <bob@x.example>,"\n'  # 2
                     b'b@example.org,"Two\nlines"\n'  # 3-4
                     b'nobody,Dee\n'  # 5: invalid
                     b'a@example.org,Bob\n'  # 6: repeated
                     b'c@example.org,"open\n'  # 7: unreadable
                     b'd@example.org,Eve\n')  # 8
    page.import_file(path)
    text = wait_imported(qtbot, page)
    assert ("6 rows: 3 new contacts, 0 updated, 1 invalid, 1 repeated in the file, "
            "1 unreadable") in text
    assert "line 5: " in text and "line 7: a quote opened here is never closed" in text
    assert page.table.rowCount() == 3
    assert page.import_button.isEnabled() and not page.import_progress.isVisible()


def test_the_import_runs_off_the_gui_thread_and_the_window_stays_responsive(
    qtbot, page: ListsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page.create_list("Customers")
    path = tmp_path / "big.csv"
    path.write_text("email,first_name,city\n" + "".join(
        f"p{n}@example.org,Name {n},City {n}\n" for n in range(5_000)))
    threads: list[int] = []
    real = csv_import.import_rows

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return (yield from real(*args, **kwargs))

    monkeypatch.setattr(csv_import, "import_rows", recording)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    page.import_file(path)
    assert time.monotonic() - started < 0.5  # it returned at once: the work is elsewhere
    assert page.importing and not page.import_button.isEnabled()
    text = wait_imported(qtbot, page)
    timer.stop()
    assert threads and threads[0] != threading.get_ident()
    assert "5,000 rows: 5,000 new contacts" in text  # as the English locale writes numbers
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) >= 5 and max(gaps) < 0.5  # the event loop never stalled


def test_choosing_a_file_reads_its_columns_in_a_worker_then_imports_the_mapping(
    qtbot, page: ListsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    chosen: list[list[str]] = []

    def accept(dialog: ImportMappingDialog) -> QDialog.DialogCode:
        chosen.append(list(dialog.combos))
        dialog.combos["Vorname"].setCurrentText("first_name")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportMappingDialog, "exec", accept)
    page.create_list("Customers")
    path = tmp_path / "c.tsv"
    path.write_text("E-mail\tVorname\nann@example.org\tAnn\n", encoding="cp1252")
    page.read_columns(path)
    qtbot.waitUntil(lambda: bool(chosen) and not page.importing, timeout=20_000)
    text = wait_imported(qtbot, page)
    assert chosen == [["E-mail", "Vorname"]]
    assert "1 rows: 1 new contacts" in text
    assert page.table.item(0, 1).text() == "Ann"


def test_a_file_that_is_no_table_is_reported_on_the_page_and_nothing_changes(
    qtbot, page: ListsPage, tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page.create_list("Customers")
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    page.import_file(path)
    text = wait_imported(qtbot, page)
    assert text.startswith("The file was not imported: photo.csv is not a table")
    assert page.table.rowCount() == 0 and page.import_button.isEnabled()


def test_cancel_stops_the_import_and_the_report_says_what_is_in_and_that_the_rest_is_not(
    qtbot, page: ListsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page.create_list("Customers")
    path = tmp_path / "big.csv"
    path.write_text("email,first_name\n" + "".join(
        f"p{n}@example.org,Name {n}\n" for n in range(3 * csv_import.PAGE)))
    first_page_written, carry_on = threading.Event(), threading.Event()
    real = csv_import._write_page

    def write_then_wait(*args: Any) -> None:
        real(*args)
        first_page_written.set()
        carry_on.wait(10)  # holds the import after its first page until Cancel was clicked

    monkeypatch.setattr(csv_import, "_write_page", write_then_wait)
    assert not page.cancel_import_button.isVisible()
    page.import_file(path)
    assert page.cancel_import_button.isVisible() and page.cancel_import_button.isEnabled()
    assert first_page_written.wait(10)
    page.cancel_import_button.click()
    assert not page.cancel_import_button.isEnabled()  # clicked once: it is stopping
    carry_on.set()
    text = wait_imported(qtbot, page)
    assert text.startswith("Import cancelled: only the rows below were imported")
    assert f"{csv_import.PAGE} rows: {csv_import.PAGE} new contacts" in text
    assert (f"STOPPED after line {csv_import.PAGE + 1} of {3 * csv_import.PAGE + 1}: the "
            "rest of the file was not read and is not imported") in text
    assert "every row of the file is in" not in text
    assert audience.count_members(page.current_list().id) == csv_import.PAGE  # type: ignore[union-attr]
    assert not page.cancel_import_button.isVisible() and page.import_button.isEnabled()
