"""Printing rows as CSV (for spreadsheets) or as an aligned table (for people)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from typing import TextIO


def write_rows(stream: TextIO, header: Sequence[str], rows: Sequence[Sequence[object]],
               fmt: str, widths: Sequence[int] | None = None) -> None:
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        return
    widths = widths or [max([len(h), *(len(_text(r[i])) for r in rows)])
                        for i, h in enumerate(header)]
    for row in [header, *rows]:
        cells = [_cut(_text(v), w).ljust(w) for v, w in zip(row, widths, strict=False)]
        stream.write("  ".join(cells).rstrip() + "\n")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return " ".join(str(value).split())


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
