"""Where messages come from offline: single files, folders of ``.eml`` files, mbox files.

``iter_messages`` yields ``(label, raw bytes)``: the label is the path as given (for a file
found in a folder, the folder joined with its relative path) or ``path#N`` for the N-th
message (1-based) of an mbox. A file that cannot be read is reported through ``on_error``
and skipped; iteration never stops for one bad file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

MAX_FILE_BYTES = 64 * 1024 * 1024
_MBOX_FROM = re.compile(rb"^From [^\s]+ ", re.MULTILINE)
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:", re.MULTILINE)
MESSAGE_SUFFIXES = (".eml", ".msg", ".txt")

ErrorHandler = Callable[[str, OSError], None]


def _ignore(_label: str, _error: OSError) -> None:
    return None


def iter_messages(
    paths: Iterable[str | os.PathLike[str]], on_error: ErrorHandler | None = None
) -> Iterator[tuple[str, bytes]]:
    """Every message under ``paths``: files, folders (every ``*.eml`` below) and mbox files.

    An ``.eml`` file is one message even when it starts with an mbox ``From `` line.
    """
    report = on_error or _ignore
    for given in paths:
        label = os.fspath(given)
        path = Path(label)
        if path.is_dir():
            yield from _iter_dir(label, path, report)
        else:
            yield from _iter_file(label, path, report)


def _iter_dir(label: str, folder: Path, report: ErrorHandler) -> Iterator[tuple[str, bytes]]:
    try:
        found = sorted(
            p for p in folder.rglob("*") if p.suffix.lower() == ".eml" and p.is_file()
        )
    except OSError as exc:
        report(label, exc)
        return
    for file in found:
        relative = file.relative_to(folder).as_posix()
        child = relative if label in (".", "./") else f"{label.rstrip('/')}/{relative}"
        yield from _iter_file(child, file, report)


def _iter_file(label: str, path: Path, report: ErrorHandler) -> Iterator[tuple[str, bytes]]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES)
    except OSError as exc:
        report(label, exc)
        return
    if path.suffix.lower() != ".eml" and is_mbox(data):
        for number, message in enumerate(split_mbox(data), start=1):
            yield f"{label}#{number}", message
    else:
        yield label, data


def is_mbox(data: bytes) -> bool:
    """An mbox starts with a ``From `` separator and has a header line right after it."""
    if not data.startswith(b"From "):
        return False
    newline = data.find(b"\n")
    if newline < 0:
        return False
    return bool(_HEADER_LINE.match(data, newline + 1))


def split_mbox(data: bytes) -> Iterator[bytes]:
    """The messages of an mbox (mboxo/mboxrd): ``>From `` quoting is undone one level."""
    starts = [m.start() for m in _MBOX_FROM.finditer(data)
              if m.start() == 0 or data[m.start() - 1:m.start()] == b"\n"]
    # a "From " line inside a body is only a separator when a blank line precedes it
    starts = [s for s in starts if s == 0 or data[max(0, s - 3):s].endswith((b"\n\n", b"\n\r\n"))]
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(data)
        chunk = data[start:end]
        newline = chunk.find(b"\n")
        body = chunk[newline + 1:] if newline >= 0 else b""
        yield re.sub(rb"(?m)^>(>*From )", rb"\1", body)
