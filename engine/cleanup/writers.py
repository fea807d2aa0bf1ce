"""Writing rows back in the format they were read in: same encoding, delimiter and line ends."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from types import TracebackType
from typing import Any

from engine.tables import Cells, TableFormat


class TableWriter:
    """A cleaned or removed-rows file, written row by row; use it as a context manager."""

    def __init__(self, path: str | os.PathLike[str], fmt: TableFormat) -> None:
        self.path = Path(path)
        self.fmt = fmt
        self.rows = 0
        self._handle: Any = None
        self._workbook: Any = None
        if fmt.kind == "xlsx":
            import openpyxl

            self._workbook = openpyxl.Workbook(write_only=True)
            self._sheet = self._workbook.create_sheet(fmt.sheet or "Sheet1")
            self.write = self._write_xlsx  # type: ignore[method-assign]
        else:
            # A character the encoding lacks cannot come from the file itself; "replace"
            # only guards against a crash on some odd normalisation.
            self._handle = self.path.open("w", encoding=fmt.encoding, errors="replace",
                                          newline="")
            if fmt.bom:
                self._handle.write("\ufeff")
            self._csv = csv.writer(self._handle, delimiter=fmt.delimiter,
                                   lineterminator=fmt.line_terminator)
            self.write = self._write_csv  # type: ignore[method-assign]

    def write(self, cells: Cells) -> None:  # replaced per format in __init__
        raise NotImplementedError

    def _write_csv(self, cells: Cells) -> None:
        self._csv.writerow(cells)
        self.rows += 1

    def _write_xlsx(self, cells: Cells) -> None:
        self._sheet.append(cells)
        self.rows += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self._workbook is not None:
            self._workbook.save(self.path)
            self._workbook = None

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
