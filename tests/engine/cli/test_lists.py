from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFileError
from engine.storage import audience, csv_import
from tests.engine.cli.conftest import cli, write_contacts

pytestmark = pytest.mark.usefixtures("database_url")


def test_import_maps_usual_headers_and_keeps_other_columns_as_merge_fields(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("E-mail;Vorname;Surname;Shoe Size\nann@EXAMPLE.org;Ann;Lee;38\n"
                    "bad-address;Bob;X;40\nann@example.org;Ann;Lee;38\n", encoding="utf-8")
    report = csv_import.import_csv("Customers", path, {"Vorname": "first_name"})
    assert (report.added, report.repeated, len(report.invalid)) == (1, 1, 1)
    assert report.invalid[0][0] == 3
    contact = audience.get_contact("ann@example.org")
    assert contact is not None
    assert (contact.first_name, contact.last_name) == ("Ann", "Lee")
    assert contact.fields == {"shoe_size": "38"}
    assert audience.get_list("Customers").field_names == ("shoe_size",)  # type: ignore[union-attr]


def test_a_file_without_an_address_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Name,City\nAnn,Paris\n")
    with pytest.raises(ImportFileError, match="e-mail address"):
        csv_import.import_csv("Customers", path)


def test_importing_again_updates_and_does_not_resubscribe_leavers(tmp_path: Path) -> None:
    path = write_contacts(tmp_path / "c.csv", 3)
    csv_import.import_csv("Customers", path)
    mailing = audience.get_list("Customers")
    assert mailing is not None
    contact = audience.get_contact("person0@example.org")
    assert contact is not None
    audience.unsubscribe(contact.id, mailing.id)
    report = csv_import.import_csv("Customers", path)
    assert (report.added, report.updated, report.subscribed) == (0, 3, 0)
    assert audience.get_list("Customers").unsubscribed == 1  # type: ignore[union-attr]


def test_lists_import_command_reports_what_it_did(tmp_path: Path) -> None:
    path = write_contacts(tmp_path / "c.csv", 4)
    result = cli("lists", "import", "Customers", str(path), db_path=tmp_path / "d.db")
    assert result.returncode == 0, result.stderr
    assert "Customers: 4 rows: 4 new contacts, 0 updated, 0 invalid, 0 repeated in the file, " \
           "0 unreadable; 4 newly on the list" in result.stdout
    shown = cli("lists", "show", db_path=tmp_path / "d.db")
    assert "Customers: 4 subscribed, 0 unsubscribed; merge fields: company" in shown.stdout


def test_lists_import_command_accounts_for_every_row_with_lines_of_those_not_imported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b'email,name,company\n'
                     b'a@example.org,"""Bob"" <bob@x.example>,",Q\n'  # line 2
                     b'b@example.org,"Two\nlines",R\n'  # lines 3-4: one row, line 3
                     b'nobody,Dee,S\n'  # line 5: invalid
                     b'a@example.org,Bob,Q\n'  # line 6: repeated
                     b'c@example.org,"open,T\n'  # line 7: unreadable
                     b'd@example.org,Eve,U\n')  # line 8
    result = cli("lists", "import", "Customers", str(path), "--map", "name=first_name",
                 db_path=tmp_path / "d.db")
    assert "Customers: 6 rows: 3 new contacts, 0 updated, 1 invalid, 1 repeated in the file, " \
           "1 unreadable; 3 newly on the list" in result.stdout
    assert "  line 5: " in result.stdout
    assert "  line 7: a quote opened here is never closed" in result.stdout
    assert result.returncode == 1
    assert "2 rows were not imported" in result.stderr
