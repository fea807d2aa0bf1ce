"""A list file's format and the import and cleanup reports, in the CLI's English."""

from __future__ import annotations

from engine.cleanup.domains import DisposableList
from engine.cleanup.report import CleanupReport
from engine.cli.table_words import (
    cleanup_lines,
    disposable_text,
    format_text,
    import_problems,
    import_summary,
)
from engine.notes import note
from engine.storage.csv_import import ImportReport
from engine.tables import RowProblem, TableFormat


def report_with_problems() -> ImportReport:
    return ImportReport(
        rows=7, added=1, repeated=1,
        invalid=[(5, note("bad_address", address="ann@", detail="There must be something "
                                                             "after the @-sign.")),
                 (3, note("too_many_values", values=4, columns=3)),
                 (7, note("name_too_long", field="last_name", limit=255)),
                 (6, note("no_address"))],
        unreadable=[(4, note("quote_never_closed"))])


def test_an_import_summary_names_every_bucket() -> None:
    assert import_summary(report_with_problems()) == (
        "7 rows: 1 new contacts, 0 updated, 4 invalid, 1 repeated in the file, 1 unreadable; "
        "0 newly on the list")


def test_a_stopped_import_says_where_it_stopped() -> None:
    report = ImportReport(rows=2, added=2, lines=9, stopped_after=3)
    assert import_summary(report).endswith(
        ". STOPPED after line 3 of 9: the rest of the file was not read and is not imported")


def test_an_import_that_lost_rows_says_so() -> None:
    assert "NOT ALL ROWS ACCOUNTED FOR: 2 of the 3 rows are in no bucket" in import_summary(
        ImportReport(rows=3, added=1))


def test_rows_not_imported_are_listed_in_file_order_with_why() -> None:
    assert import_problems(report_with_problems(), limit=4) == [
        "line 3: 4 values, but the first row names 3 columns",
        "line 4: a quote opened here is never closed",
        "line 5: “ann@” is not a valid e-mail address: There must be something after the "
        "@-sign.",
        "line 6: no e-mail address",
        "… and 1 more rows not imported",
    ]


def test_a_name_too_long_names_its_field() -> None:
    assert import_problems(ImportReport(invalid=[(2, note("name_too_long", field="first_name",
                                                          limit=255))])) == [
        "line 2: the first name is longer than 255 characters"]


def test_a_format_reads_as_a_phrase() -> None:
    assert format_text(TableFormat("csv", "cp1252", delimiter=";")) == (
        "text table, semicolon-separated, Windows-1252")
    assert format_text(TableFormat("csv", "utf-8", bom=True, delimiter="\t")) == (
        "text table, tab-separated, UTF-8 with byte-order mark")
    assert format_text(TableFormat("xlsx", sheet="Contacts")) == (
        "Excel workbook, sheet “Contacts”")


def test_a_cleanup_report_reads_as_sentences_with_its_saved_import() -> None:
    report = CleanupReport(
        input_path="in.csv", fmt=TableFormat("csv"), cleaned_path="in.cleaned.csv",
        removed_path="in.removed.csv", rows=1200, kept=1190, removed=10,
        removed_by_reason={"invalid": 9, "unreadable": 1}, flagged_but_kept={"role": 2},
        problems=(RowProblem(4, "cannot be read", note=note("row_unreadable", detail="x")),),
        problem_count=1, suggestions=(), suggestion_count=0,
        bounce_problems=(note("file_unreadable", file="a.mbox", detail="No such file"),),
        list_import=ImportReport(rows=1190, added=1190, subscribed=1190))
    lines = cleanup_lines(report)
    assert lines[:5] == [
        "Read 1,200 rows from in.csv (text table, comma-separated, UTF-8).",
        "Kept 1,190 rows in in.cleaned.csv.",
        "Removed 10 rows to in.removed.csv:",
        "  Unreadable row: 1",
        "  Invalid address: 9",
    ]
    assert "Kept although flagged — role account: 2" in lines
    assert "  could not read a.mbox: No such file" in lines
    assert "Line 4: cannot be read (x)." in lines
    assert ("Saved to the list: 1,190 rows: 1,190 new contacts, 0 updated, 0 invalid, 0 repeated "
            "in the file, 0 unreadable; 1,190 newly on the list.") in lines


def test_the_disposable_list_is_named_with_its_release_size_and_address() -> None:
    source = DisposableList("disposable-email-domains", "0.0.9", 12345, "https://example.org/x")
    assert disposable_text(source) == "disposable-email-domains 0.0.9 (12,345 domains, " \
                                      "https://example.org/x)"
    assert disposable_text(DisposableList("list", "", 2, "u")) == "list (2 domains, u)"
