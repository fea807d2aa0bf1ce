"""Reading list files: encodings, delimiters, quotes, ragged rows, and files that are no table."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import ImportFileError
from engine.notes import note
from engine.tables import RowProblem, detect_format, read_rows
from tests.engine.cleanup.conftest import FIXTURES
from tests.fixtures.cleanup.make_fixtures import ROWS

EXPECTED = ROWS
VARIANTS = {
    "utf8-comma.csv": ("utf-8", False, ",", "\n"),
    "utf8-bom-comma.csv": ("utf-8", True, ",", "\r\n"),
    "utf8-semicolon.csv": ("utf-8", False, ";", "\r\n"),
    "utf16le-bom-tab.tsv": ("utf-16-le", True, "\t", "\r\n"),
    "utf16be-bom-semicolon.csv": ("utf-16-be", True, ";", "\n"),
    "utf16le-tab.txt": ("utf-16-le", False, "\t", "\r\n"),
    "cp1252-semicolon.csv": ("cp1252", False, ";", "\r\n"),
    # Latin-1 text without C1 controls is byte-for-byte the same in Windows-1252.
    "latin1-comma.csv": ("cp1252", False, ",", "\n"),
}


def cells_of(path: Path) -> list[list[str]]:
    fmt = detect_format(path)
    rows = []
    for item in read_rows(path, fmt):
        assert not isinstance(item, RowProblem)
        rows.append([c.replace("\r\n", "\n") for c in item[1]])
    return rows


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_encoding_and_delimiter_is_detected(name: str) -> None:
    fmt = detect_format(FIXTURES / name)
    assert (fmt.encoding, fmt.bom, fmt.delimiter, fmt.line_terminator) == VARIANTS[name]


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_variant_reads_as_the_same_rows(name: str) -> None:
    assert cells_of(FIXTURES / name) == EXPECTED


def test_the_euro_sign_means_windows_1252() -> None:
    fmt = detect_format(FIXTURES / "cp1252-euro.csv")
    assert fmt.encoding == "cp1252"
    assert cells_of(FIXTURES / "cp1252-euro.csv")[1] == ["René", "rene@firma.de", "5 €"]


def test_a_rows_line_number_counts_embedded_newlines() -> None:
    path = FIXTURES / "utf8-comma.csv"
    lines = [item[0] for item in read_rows(path, detect_format(path))
             if not isinstance(item, RowProblem)]
    assert lines == [1, 2, 3, 5, 6, 7, 8, 9, 10]


def test_an_unclosed_quote_is_reported_and_reading_goes_on() -> None:
    path = FIXTURES / "bad-lines.csv"
    items = list(read_rows(path, detect_format(path)))
    assert items[0] == (1, ["email", "name"])
    assert items[1] == (2, ["a@one.org", "A"])
    assert isinstance(items[2], RowProblem)
    assert (items[2].line, items[2].note) == (3, note("quote_never_closed"))
    assert items[3] == (4, ["c@three.org", "C"])


def test_an_empty_file_gets_one_clear_message() -> None:
    with pytest.raises(ImportFileError, match="empty"):
        detect_format(FIXTURES / "empty.csv")


def test_a_binary_file_is_not_a_table() -> None:
    with pytest.raises(ImportFileError, match="not a table: it looks like a PNG image"):
        detect_format(FIXTURES / "picture.csv")


def test_random_bytes_are_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(range(1, 32)) * 50)
    with pytest.raises(ImportFileError, match="binary data"):
        detect_format(path)


def test_a_zip_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError, match="zip archive, not an Excel workbook"):
        detect_format(path)


def test_a_missing_file_is_one_message(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="Cannot open"):
        detect_format(tmp_path / "nope.csv")


def test_a_workbook_is_read_with_its_values_typed(workbook: Path) -> None:
    fmt = detect_format(workbook)
    assert fmt.kind == "xlsx" and fmt.sheet == "Subscribers"
    rows = [item[1] for item in read_rows(workbook, fmt) if not isinstance(item, RowProblem)]
    assert rows[0] == ["Email", "Name", "Points", "Joined"]
    assert rows[1][2] == 12 and rows[3][2] == 7.5
    assert rows[4][0] == "webmaster@firma.de"
