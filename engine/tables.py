"""Reading a list file as a table: CSV/TSV in any common encoding, or an Excel ``.xlsx``.

``detect_format`` looks at the whole file once (cheaply, in binary chunks) to settle the
encoding, the delimiter and the line ending, so the cleaned file can be written back the same
way. ``read_rows`` then streams rows: never the whole file in memory. A row that cannot be read
comes out as a ``RowProblem`` with its line number, and reading goes on after it.
"""

from __future__ import annotations

import codecs
import csv
import os
import zipfile
from collections import Counter
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from engine.errors import ImportFileError
from engine.notes import Note, note

CHUNK = 1 << 20
SAMPLE = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
# A quoted field longer than this many lines is far more likely a stray quote than a real note.
MAX_ROW_LINES = 50
FIELD_LIMIT = 128 * 1024
# Bytes Windows-1252 leaves undefined: a file holding them can only be Latin-1.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Excel .xls (or other Office) file: save it as .xlsx or CSV",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x7fELF": "a program",
    b"MZ": "a program",
    b"SQLite format 3": "a SQLite database",
}
# Encodings by the names people know them by (a proper name in every language).
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16 (big-endian)",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}

Cells = list[Any]


@dataclass(frozen=True)
class TableFormat:
    """How a list file is written, so the cleaned copy can be written the same way."""

    kind: Literal["csv", "xlsx"]
    encoding: str = "utf-8"  # a codec name, the byte-order mark kept apart in ``bom``
    bom: bool = False
    delimiter: str = ","
    line_terminator: str = "\r\n"
    sheet: str = ""
    lines: int = 0  # physical lines (CSV) or rows (xlsx): the progress total


@dataclass(frozen=True)
class RowProblem:
    """A row that could not be read as it stands; ``cells`` holds what could be recovered."""

    line: int
    reason: str  # in English, for the removed-rows file a cleanup writes
    cells: tuple[Any, ...] = ()
    note: Note = Note("row_unreadable")  # the same, as a code for the window and the CLI


RowItem = tuple[int, Cells] | RowProblem


def detect_format(path: str | os.PathLike[str]) -> TableFormat:
    """Tell how ``path`` is written, or raise ``ImportFileError`` saying why it is no table."""
    file = Path(path)
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(SAMPLE)
    except OSError as exc:
        raise ImportFileError(f"Cannot open {file.name}: {exc.strerror or exc}") from exc
    if size == 0 or not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(f"{file.name} is empty: there is no table to read.")
    if head.startswith(b"PK\x03\x04"):
        return _detect_xlsx(file)
    encoding, bom = _bom_or_utf16(head)
    if encoding is None:
        _refuse_binary(file.name, head)
        encoding = _scan_single_byte_encoding(file)
    text_head = _decode_head(head, encoding, bom)
    delimiter = _guess_delimiter(text_head, file.suffix.lower())
    terminator = "\r\n" if "\r\n" in text_head else ("\r" if "\r" in text_head and
                                                      "\n" not in text_head else "\n")
    lines = _count_lines(file, encoding, bom, terminator)
    return TableFormat("csv", encoding, bom, delimiter, terminator, lines=lines)


def _bom_or_utf16(head: bytes) -> tuple[str | None, bool]:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", True
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", True
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", True
    # UTF-16 without a mark: text in Latin script has a zero in every other byte.
    pairs = len(head) // 2
    if pairs >= 2:
        even_zero = head[0:pairs * 2:2].count(0)
        odd_zero = head[1:pairs * 2:2].count(0)
        if odd_zero > pairs * 0.3 and even_zero < pairs * 0.05:
            return "utf-16-le", False
        if even_zero > pairs * 0.3 and odd_zero < pairs * 0.05:
            return "utf-16-be", False
    return None, False


def _refuse_binary(name: str, head: bytes) -> None:
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise ImportFileError(f"{name} is not a table: it looks like {what}.")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > len(head) * 0.05:
        raise ImportFileError(
            f"{name} is not a table: it holds binary data, not text. Choose a CSV, TSV or "
            ".xlsx file."
        )


def _scan_single_byte_encoding(file: Path) -> str:
    """UTF-8 when every byte of the file decodes as UTF-8; else Windows-1252 or Latin-1."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    holes = False
    with file.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            if not utf8 and not holes:
                holes = any(b in _CP1252_HOLES for b in chunk)
            if not utf8 and holes:
                break
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    if utf8:
        return "utf-8"
    return "latin-1" if holes else "cp1252"


def _decode_head(head: bytes, encoding: str, bom: bool) -> str:
    if bom:
        head = head[3:] if encoding == "utf-8" else head[2:]
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)


def _guess_delimiter(text: str, suffix: str) -> str:
    """The candidate that splits the first lines into the same number of fields most often."""
    lines = text.splitlines(keepends=True)
    if len(text) >= SAMPLE - 4 and len(lines) > 1:
        lines = lines[:-1]  # the sample may end mid-line
    lines = lines[:200]
    best: tuple[float, int, int] = (0.0, 1, 0)
    choice = "\t" if suffix in (".tsv", ".tab") else ","
    for rank, delimiter in enumerate(DELIMITERS):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not counts:
            continue
        fields, seen = Counter(counts).most_common(1)[0]
        if fields < 2:
            continue
        score = (seen / len(counts), fields, -rank)
        if score > best:
            best, choice = score, delimiter
    return choice


def _count_lines(file: Path, encoding: str, bom: bool, terminator: str) -> int:
    mark = terminator[-1].encode(encoding)
    count = 0
    last = b""
    with file.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            count += chunk.count(mark)
            last = chunk
    if last and not last.rstrip(b"\x00").endswith(mark.rstrip(b"\x00")):
        count += 1
    return count


def _detect_xlsx(file: Path) -> TableFormat:
    try:
        with zipfile.ZipFile(file) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise ImportFileError(
                    f"{file.name} is not a table: it is a zip archive, not an Excel workbook."
                )
    except zipfile.BadZipFile as exc:
        raise ImportFileError(f"{file.name} is not a table: a damaged zip or Excel file.") from exc
    workbook = _open_workbook(file)
    try:
        sheet = workbook.worksheets[0]
        return TableFormat("xlsx", sheet=sheet.title, lines=int(sheet.max_row or 0))
    finally:
        workbook.close()


def _open_workbook(file: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(file, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise ImportFileError(f"{file.name} cannot be read as an Excel workbook: {exc}") from exc


def read_rows(
    path: str | os.PathLike[str], fmt: TableFormat
) -> Generator[RowItem, None, None]:
    """Every non-blank row as ``(line, cells)``, or a ``RowProblem`` for one that cannot be read."""
    if fmt.kind == "xlsx":
        yield from _read_xlsx(Path(path), fmt)
    else:
        yield from _read_text(Path(path), fmt)


def _read_xlsx(file: Path, fmt: TableFormat) -> Iterator[RowItem]:
    workbook = _open_workbook(file)
    try:
        sheet = workbook[fmt.sheet] if fmt.sheet else workbook.worksheets[0]
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = list(values)
            if any(v is not None and v != "" for v in cells):
                yield line, cells
    finally:
        workbook.close()


class _LineFeed:
    """Lines for the csv reader, remembering those of the current row so they can be re-read."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self._pushed: list[str] = []
        self.taken: list[str] = []
        self.line = 0  # physical lines handed out so far

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        line = self._pushed.pop() if self._pushed else next(self._handle)
        self.taken.append(line)
        self.line += 1
        return line

    def push_back(self, lines: list[str]) -> None:
        self._pushed.extend(reversed(lines))
        self.line -= len(lines)


def _read_text(file: Path, fmt: TableFormat) -> Iterator[RowItem]:
    csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
    with file.open("r", encoding=fmt.encoding, errors="replace", newline="") as handle:
        if fmt.bom:
            handle.read(1)
        feed = _LineFeed(handle)
        reader = csv.reader(feed, delimiter=fmt.delimiter)
        while True:
            feed.taken = []
            start = feed.line + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield _problem(feed, start, f"cannot be read ({exc})",
                               note("row_unreadable", detail=str(exc)))
                reader = csv.reader(feed, delimiter=fmt.delimiter)
                continue
            taken = len(feed.taken)
            if taken > 1 and (taken > MAX_ROW_LINES or "".join(feed.taken).count('"') % 2):
                yield _problem(feed, start, "a quote opened here is never closed",
                               note("quote_never_closed"))
                reader = csv.reader(feed, delimiter=fmt.delimiter)
                continue
            if cells and any(cells):
                yield start, cells


def _problem(feed: _LineFeed, start: int, reason: str, said: Note) -> RowProblem:
    """Give back every line after the bad one, so reading resumes on the next line."""
    first, rest = feed.taken[0], feed.taken[1:]
    feed.push_back(rest)
    return RowProblem(start, reason, (first.rstrip("\r\n"),), said)


def preview(path: str | os.PathLike[str], fmt: TableFormat, limit: int = 20) -> list[Cells]:
    """The first ``limit`` readable rows, for the column-mapping step."""
    rows: list[Cells] = []
    with closing(read_rows(path, fmt)) as items:
        for item in items:
            if isinstance(item, tuple):
                rows.append(item[1])
                if len(rows) >= limit:
                    break
    return rows
