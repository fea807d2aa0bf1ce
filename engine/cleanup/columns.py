"""The column-mapping step: does the first row name the columns, and which holds the address."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from engine.tables import Cells, TableFormat, detect_format, preview

_LOOKS_LIKE_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_HEADER_WORDS = (
    "email", "emailaddress", "mail", "mailaddress", "emailadresse", "emailadres", "adresseemail",
    "adressemail", "courriel", "correo", "correoelectronico", "epost", "sähköposti", "address",
)


@dataclass(frozen=True)
class ColumnMapping:
    """What the mapping step shows and the user may change before cleaning."""

    fmt: TableFormat
    has_header: bool
    address_column: int
    names: tuple[str, ...]  # column names (from the header, or "Column 1"…)
    sample: tuple[tuple[Any, ...], ...]  # the first rows, header included


def _plain(name: object) -> str:
    return re.sub(r"[\s_\-.:]+", "", str(name or "")).lower()


def looks_like_address(value: object) -> bool:
    return isinstance(value, str) and bool(_LOOKS_LIKE_ADDRESS.search(value))


def guess_header(first: Cells) -> bool:
    """A first row with no address in it, and some text, names the columns."""
    if any(looks_like_address(v) for v in first):
        return False
    return any(isinstance(v, str) and v.strip() for v in first)


def guess_address_column(header: Cells | None, rows: list[Cells]) -> int:
    if header:
        plain = [_plain(v) for v in header]
        for word in _HEADER_WORDS:
            if word in plain:
                return plain.index(word)
        for index, name in enumerate(plain):
            if "mail" in name:
                return index
    width = max((len(r) for r in rows), default=0)
    hits = [sum(1 for r in rows if i < len(r) and looks_like_address(r[i])) for i in range(width)]
    return hits.index(max(hits)) if hits and max(hits) > 0 else 0


def guess_mapping(path: str | os.PathLike[str], sample_rows: int = 20) -> ColumnMapping:
    fmt = detect_format(path)
    rows = preview(path, fmt, sample_rows + 1)
    has_header = bool(rows) and guess_header(rows[0])
    header = rows[0] if has_header else None
    body = rows[1:] if has_header else rows
    column = guess_address_column(header, body)
    return ColumnMapping(fmt, has_header, column, column_names(rows, has_header),
                         tuple(tuple(r) for r in rows))


def column_names(rows: list[Cells], has_header: bool) -> tuple[str, ...]:
    width = max((len(r) for r in rows), default=1)
    names = []
    for index in range(width):
        given = rows[0][index] if has_header and rows and index < len(rows[0]) else None
        names.append(str(given).strip() if given not in (None, "") else f"Column {index + 1}")
    return tuple(names)
