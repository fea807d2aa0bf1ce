"""The cleanup itself: one pass over the list, streaming, checking each row in turn.

Memory grows only with the number of distinct addresses (to spot duplicates), never with the
file: rows are read, judged and written one at a time. Both output files are written under a
temporary name and put in place at the end, so a cancelled or failed run leaves nothing half
written, and the input file is only ever opened for reading.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from engine.bounces.codes import BounceCodeTable
from engine.cleanup.addresses import Invalid, check
from engine.cleanup.bounce_files import BounceFindings, read_bounces
from engine.cleanup.columns import column_names, guess_address_column, guess_header
from engine.cleanup.domains import DISPOSABLE_LIST, DomainBook, is_role
from engine.cleanup.known import KeptRows, KnownAddresses, load_known, suppress_bounced
from engine.cleanup.report import MAX_LISTED, REASONS, CleanupReport, Suggestion
from engine.cleanup.writers import TableWriter
from engine.clock import Clock, SystemClock
from engine.errors import ImportFileError
from engine.jobs import CancelToken, Progress
from engine.notes import note
from engine.tables import (
    Cells,
    RowProblem,
    TableFormat,
    detect_format,
    preview,
    read_rows,
)

PROGRESS_EVERY = 2000
REASON_COLUMN = "removed because"
DETAIL_COLUMN = "details"


@dataclass(frozen=True)
class CleanupOptions:
    remove_role: bool = True
    remove_disposable: bool = True
    remove_typos: bool = True
    soft_threshold: int = 3
    check_database: bool = True  # suppressed and unsubscribed addresses already known
    save_to_list: str = ""  # a list name: the kept rows are added to it
    suppress_bounced: bool = False  # bounced addresses from the files go on the suppressed list


@dataclass(frozen=True)
class CleanupSpec:
    input_path: Path
    bounce_paths: tuple[Path, ...] = ()
    address_column: int | None = None  # None: guessed from the header or the values
    has_header: bool | None = None  # None: guessed from the first row
    output_dir: Path | None = None  # None: beside the input
    options: CleanupOptions = field(default_factory=CleanupOptions)


def output_paths(spec: CleanupSpec, fmt: TableFormat) -> tuple[Path, Path]:
    source = spec.input_path
    suffix = source.suffix or (".xlsx" if fmt.kind == "xlsx" else ".csv")
    folder = spec.output_dir or source.parent
    cleaned = folder / f"{source.stem}-cleaned{suffix}"
    removed = folder / f"{source.stem}-removed{suffix}"
    for target in (cleaned, removed):
        if target.exists() and os.path.samefile(target, source):
            raise ImportFileError(f"The output {target.name} would overwrite the input file.")
    return cleaned, removed


class _Tally:
    def __init__(self) -> None:
        self.rows = 0
        self.kept = 0
        self.removed = dict.fromkeys(REASONS, 0)
        self.flagged = {"typo": 0, "disposable": 0, "role": 0}
        self.problems: list[RowProblem] = []
        self.problem_count = 0
        self.suggestions: list[Suggestion] = []
        self.suggestion_count = 0


def clean(
    spec: CleanupSpec, token: CancelToken | None = None, *,
    table: BounceCodeTable | None = None, clock: Clock | None = None,
) -> Generator[Progress, None, CleanupReport]:
    """Clean the list named in ``spec``; yields progress, returns the report."""
    token = token or CancelToken()
    options = spec.options
    fmt = detect_format(spec.input_path)
    cleaned_path, removed_path = output_paths(spec, fmt)
    findings = BounceFindings()
    if spec.bounce_paths:
        yield Progress(0, None, note=note("reading_bounce_files"))
        findings = yield from read_bounces(spec.bounce_paths, table=table,
                                           soft_threshold=options.soft_threshold, token=token)
    known = load_known() if options.check_database else KnownAddresses()
    has_header, column, names = _mapping(spec, fmt)
    kept_rows = KeptRows(names, column) if options.save_to_list else None
    parts = (cleaned_path.with_name(cleaned_path.name + ".part"),
             removed_path.with_name(removed_path.name + ".part"))
    tally = _Tally()
    try:
        with TableWriter(parts[0], fmt) as cleaned, TableWriter(parts[1], fmt) as removed:
            yield from _pass(spec, fmt, has_header, column, names, known, findings, tally,
                             cleaned, removed, kept_rows, token)
        token.check()
        os.replace(parts[0], cleaned_path)
        os.replace(parts[1], removed_path)
    except BaseException:
        for part in parts:
            part.unlink(missing_ok=True)
        if kept_rows is not None:
            kept_rows.discard()
        raise
    now = (clock or SystemClock()).now()
    list_import = None
    if kept_rows is not None:
        yield Progress(tally.rows, tally.rows,
                       note=note("saving_kept_rows", list=options.save_to_list))
        list_import = kept_rows.save(options.save_to_list)
    suppressed_added = 0
    if options.suppress_bounced and findings.marked:
        yield Progress(tally.rows, tally.rows, note=note("suppressing_bounced"))
        suppressed_added = suppress_bounced(findings.marked, actor="cleanup",
                                            source="list cleanup", at=now)
    return CleanupReport(
        input_path=str(spec.input_path), fmt=fmt,
        cleaned_path=str(cleaned_path), removed_path=str(removed_path),
        rows=tally.rows, kept=tally.kept, removed=sum(tally.removed.values()),
        removed_by_reason={k: v for k, v in tally.removed.items() if v},
        flagged_but_kept={k: v for k, v in tally.flagged.items() if v},
        problems=tuple(tally.problems), problem_count=tally.problem_count,
        suggestions=tuple(tally.suggestions), suggestion_count=tally.suggestion_count,
        bounce_messages=findings.messages, bounced_addresses=len(findings.marked),
        bounce_problems=tuple(findings.unreadable), list_import=list_import,
        suppressed_added=suppressed_added, disposable=DISPOSABLE_LIST,
    )


def _mapping(spec: CleanupSpec, fmt: TableFormat) -> tuple[bool, int, tuple[str, ...]]:
    sample = preview(spec.input_path, fmt, 21)
    has_header = spec.has_header if spec.has_header is not None else (
        bool(sample) and guess_header(sample[0]))
    column = spec.address_column
    if column is None:
        column = guess_address_column(sample[0] if has_header and sample else None,
                                      sample[1:] if has_header else sample)
    return has_header, column, column_names(sample, has_header)


def _pass(
    spec: CleanupSpec, fmt: TableFormat, has_header: bool, column: int, names: tuple[str, ...],
    known: KnownAddresses, findings: BounceFindings, tally: _Tally,
    cleaned: TableWriter, removed: TableWriter, kept_rows: KeptRows | None, token: CancelToken,
) -> Generator[Progress, None, None]:
    options = spec.options
    book = DomainBook()
    seen: dict[str, int] = {}
    marked = findings.marked
    suppressed, unsubscribed = known.suppressed, known.unsubscribed
    header_pending = has_header
    total = fmt.lines or None
    label = note("cleaning_file", file=spec.input_path.name)
    yield Progress(0, total, note=label)

    width = len(names)  # the header's, once read

    def remove(cells: Cells, reason: str, detail: str) -> None:
        # Short (ragged) rows are padded so the reason always sits under its heading.
        tally.removed[reason] += 1
        padding = [None if fmt.kind == "xlsx" else ""] * (width - len(cells))
        removed.write([*cells, *padding, REASONS[reason], detail])

    for item in read_rows(spec.input_path, fmt):
        if type(item) is RowProblem:
            tally.problem_count += 1
            if len(tally.problems) < MAX_LISTED:
                tally.problems.append(item)
            tally.rows += 1
            remove(list(item.cells), "unreadable", f"line {item.line}: {item.reason}")
            continue
        line, cells = item  # type: ignore[misc]
        if header_pending:
            header_pending = False
            cleaned.write(cells)
            width = len(cells)
            removed.write([*cells, REASON_COLUMN, DETAIL_COLUMN])
            continue
        tally.rows += 1
        if tally.rows % PROGRESS_EVERY == 0:
            token.check()
            yield Progress(line, total, note=label)
        address = check(cells[column] if column < len(cells) else None)
        if type(address) is Invalid:
            remove(cells, "invalid", address.reason)
            continue
        key = address.key  # type: ignore[union-attr]
        first = seen.get(key)
        if first is not None:
            remove(cells, "duplicate", f"same address as line {first}")
            continue
        seen[key] = line
        if key in suppressed:
            remove(cells, "suppressed", "on the suppressed list")
            continue
        bounced = marked.get(key)
        if bounced is not None:
            remove(cells, bounced.reason, f"{bounced.code} in {bounced.source}".strip())
            continue
        if key in unsubscribed:
            remove(cells, "unsubscribed", "unsubscribed from all mail")
            continue
        facts = book.facts(address.domain)  # type: ignore[union-attr]
        written = address.written  # type: ignore[union-attr]
        flag, detail = "", ""
        if facts.suggestion is not None:
            better = f"{written.rpartition('@')[0]}@{facts.suggestion}"
            tally.suggestion_count += 1
            if len(tally.suggestions) < MAX_LISTED:
                tally.suggestions.append(Suggestion(line, written, better))
            flag, detail = "typo", f"did you mean {better}?"
        elif facts.disposable:
            flag, detail = "disposable", "a throwaway-address domain"
        elif is_role(key.rpartition("@")[0]):
            flag, detail = "role", "a shared mailbox, not a person"
        if flag and getattr(options, f"remove_{'typos' if flag == 'typo' else flag}"):
            remove(cells, flag, detail)
            continue
        if flag:
            tally.flagged[flag] += 1
        cells[column] = written
        cleaned.write(cells)
        tally.kept += 1
        if kept_rows is not None:
            kept_rows.add(cells)
    yield Progress(total or tally.rows, total, note=label)
