"""Importing a list file: the one table reader, and every row accounted for."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.jobs import CancelToken
from engine.notes import note
from engine.storage import audience, csv_import
from engine.storage.models import Contact

pytestmark = pytest.mark.usefixtures("database_url")


@pytest.fixture
def database_url(any_database: str) -> str:
    """Bulk inserts and column limits differ between the two: every test runs on both."""
    return any_database


def buckets(report: csv_import.ImportReport) -> int:
    return (report.added + report.updated + len(report.invalid) + report.repeated
            + len(report.unreadable))


def test_doubled_quotes_are_read_as_the_csv_standard_writes_them(tmp_path: Path) -> None:
    # The file: the old dialect guess read this as one row and reported success.
    path = tmp_path / "c.csv"
    path.write_text('email,name,company\n'
                    'a@example.org,"""Bob"" <bob@x.example>,",Q\n'
                    'b@example.org,Carl,R\n'
                    'c@example.org,Dee,S\n', encoding="utf-8")
    report = csv_import.import_csv("Customers", path, {"name": "first_name"})
    assert (report.rows, report.added, report.complete) == (3, 3, True)
    contact = audience.get_contact("a@example.org")
    assert contact is not None
    assert contact.first_name == '"Bob" <bob@x.example>,'
    assert contact.fields == {"company": "Q"}


def test_a_large_file_with_quoted_names_imports_every_row(tmp_path: Path) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["email", "first_name", "company"])
    writer.writerow(["a@example.org", '"Bob" <bob@x.example>,', "Q"])
    for n in range(2_001):
        name = f'"Nick{n}" <n{n}@x.example>,' if n % 200 == 0 else f"Name {n}"
        writer.writerow([f"p{n}@example.org", name, f"Co {n}"])
    path = tmp_path / "big.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    report = csv_import.import_csv("Customers", path)
    assert (report.rows, report.added) == (2_002, 2_002)
    assert Contact.select().count() == 2_002


def test_every_row_lands_in_one_bucket_with_the_line_of_the_invalid_and_unreadable(
    tmp_path: Path,
) -> None:
    audience.save_contact("known@example.org", "Kim")
    path = tmp_path / "c.csv"
    path.write_bytes(
        b"email,first_name,city\r\n"  # line 1
        b"new@example.org,Ann,Lyon\r\n"  # 2: added
        b'multi@example.org,"Two\r\nlines",Nice\r\n'  # 3-4: added, one row, line 3
        b"\r\n"  # 5: blank, not a row
        b"not-an-address,Bob,Paris\r\n"  # 6: invalid
        b"known@example.org,Kim,Rome\r\n"  # 7: updated
        b"NEW@example.org,Ann,Lyon\r\n"  # 8: repeated
        b'broken@example.org,"never closed,Oslo\r\n'  # 9: unreadable
        b"last@example.org,Lou,Bern\r\n"  # 10: added
    )
    report = csv_import.import_csv("Customers", path)
    assert report.rows == 7
    assert (report.added, report.updated, report.repeated) == (3, 1, 1)
    assert [line for line, _ in report.invalid] == [6]
    assert [line for line, _ in report.unreadable] == [9]
    assert buckets(report) == report.rows and report.complete
    assert not report.all_imported
    assert report.lines == 10
    multi = audience.get_contact("multi@example.org")
    assert multi is not None and multi.first_name == "Two lines"


def test_an_xlsx_workbook_imports_with_the_same_report(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Email", "First name", "Shoe size"], ["ann@example.org", "Ann", 38],
                [None, None, None], ["nobody", "Bo", 40], ["ann@example.org", "Ann", 38]):
        sheet.append(row)
    path = tmp_path / "c.xlsx"
    workbook.save(path)
    report = csv_import.import_csv("Customers", path)
    assert (report.rows, report.added, report.repeated) == (3, 1, 1)
    assert [line for line, _ in report.invalid] == [4]
    contact = audience.get_contact("ann@example.org")
    assert contact is not None and contact.fields == {"shoe_size": "38"}


def test_a_row_with_more_values_than_columns_is_invalid_not_shifted(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("email,first_name,city\nann@example.org,Ann,Lyon\n"
                    "bob@example.org,Bob, Jr.,Paris\nend@example.org,,Rome,\n")
    report = csv_import.import_csv("Customers", path)
    assert report.invalid == [(3, note("too_many_values", values=4, columns=3))]
    assert report.added == 2  # a trailing empty value is no shift


def test_a_name_longer_than_its_column_is_invalid_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(f"email,first_name\nann@example.org,Ann\nbob@example.org,{'B' * 256}\n")
    report = csv_import.import_csv("Customers", path)
    assert report.invalid == [(3, note("name_too_long", field="first_name", limit=255))]
    assert report.added == 1 and report.complete


def test_control_characters_in_merge_columns_are_cleaned_at_import(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b'email,first_name,city,note\n'
                     b'ann@example.org,"A\x0bnn","Ly\r\non\x07","tab\there\x1b[31m\xc2\x85x"\n'
                     + b"".join(b"p%d@example.org,Name,City,Some note\n" % n for n in range(20)))
    csv_import.import_csv("Customers", path)
    contact = audience.get_contact("ann@example.org")
    assert contact is not None
    assert contact.first_name == "A nn"
    assert contact.fields == {"city": "Ly on", "note": "tab here [31m x"}


def test_merge_values_are_cleaned_on_the_contact_dialog_path_too() -> None:
    mailing = audience.create_list("Customers")
    contact = audience.save_contact("ann@example.org", "Ann\r\n", fields={"city": "Ly\non"},
                                    list_ids=[mailing.id])
    assert contact.fields == {"city": "Ly on"}
    updated = audience.update_contact(contact.id, "ann@example.org", "Ann", "L\u2028ee",
                                      {"city": "Nice\r\nBcc: x@y.example"})
    assert (updated.last_name, updated.fields) == ("L ee", {"city": "Nice Bcc: x@y.example"})
    stored = Contact.get_by_id(contact.id)
    assert json.loads(stored.fields) == {"city": "Nice Bcc: x@y.example"}


_names = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=",;\t|")
    # Not a lone "\r": Python's writer leaves it unquoted when the line end is "\n", and
    # then its own reader (and any other) ends the row there.
    | st.sampled_from(['"', '""', "\n", "\r\n", " ", "<", ">", "@", "é", "中"]),
    max_size=12,
).map("".join)
_addresses = st.one_of(
    st.from_regex(r"\A[a-z]{1,6}[0-9]{0,2}@[a-z]{2,5}\.example\Z"),
    st.sampled_from(["", "not-an-address", "@x.example", "a@", "a b@x.example"]),
)
_VALID = re.compile(r"[a-z]{1,6}[0-9]{0,2}@[a-z]{2,5}\.example")
_counter = itertools.count()


@settings(max_examples=60, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(_addresses, _names, _names), min_size=1, max_size=25),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
    terminator=st.sampled_from(["\r\n", "\n"]),
)
def test_any_file_pythons_csv_module_writes_imports_with_every_row_accounted_for(
    tmp_path: Path, rows: list[tuple[str, str, str]], delimiter: str, quoting: int,
    terminator: str,
) -> None:
    # A value holding the delimiter is what forces quoting, so put it in some of them.
    written = [(a, n, f"{c}{delimiter}x" if len(c) % 3 == 0 else c) for a, n, c in rows]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=terminator)
    writer.writerow(["email", "first_name", "city"])
    writer.writerows(written)
    n = next(_counter)
    path = tmp_path / f"random{n}.csv"
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    report = csv_import.import_csv(f"List {n}", path)
    records = [r for r in written if any(r)]  # a row of empty values is a blank line
    assert report.rows == len(records)
    assert report.complete and buckets(report) == report.rows
    assert not report.unreadable
    valid = [r for r in records if _VALID.fullmatch(r[0])]
    assert report.added + report.updated == len({a.lower() for a, _, _ in valid})
    assert report.repeated == len(valid) - len({a.lower() for a, _, _ in valid})
    first_seen: dict[str, str] = {}
    for address, name, _ in valid:
        first_seen.setdefault(address.lower(), name)
    for address, name in first_seen.items():
        contact = audience.get_contact(address)
        assert contact is not None
        if audience.clean_value(name):
            assert contact.first_name == audience.clean_value(name)


def test_a_cancelled_import_keeps_the_pages_written_and_never_claims_completeness(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.csv"
    path.write_text("email\n" + "".join(f"p{n}@example.org\n" for n in range(1_200)))
    token = CancelToken()
    job = csv_import.import_rows("Customers", path, token=token)
    next(job)  # the first page is written
    token.cancel()
    with pytest.raises(StopIteration) as stop:
        while True:
            next(job)
    report: csv_import.ImportReport = stop.value.value
    assert (report.rows, report.added, report.stopped_after) == (
        csv_import.PAGE, csv_import.PAGE, csv_import.PAGE + 1)
    assert Contact.select().count() == csv_import.PAGE
    assert not report.complete and not report.all_imported
    assert report.lines == 1201  # what the report says the rows read are out of
