"""The Lists page: lists, contacts, CSV import."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.pages.lists_page import ListsPage
from desktop.services import Services
from engine.storage import audience


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


def test_importing_a_csv_fills_the_table_and_names_the_merge_fields(
    page: ListsPage, tmp_path: Path,
) -> None:
    page.create_list("Customers")
    path = tmp_path / "c.csv"
    path.write_text("Email,First Name,Company\nann@example.org,Ann,Acme\nnot-an-address,Bo,X\n")
    summary = page.import_file(path)
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
