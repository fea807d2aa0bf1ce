"""``newsletter-desk clean``: clean a list file offline, with bounce files, and report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from engine.cleanup.columns import guess_mapping
from engine.cleanup.job import CleanupOptions, CleanupSpec, clean
from engine.cli.common import load_code_table
from engine.cli.table_words import cleanup_lines, format_text
from engine.cli.words import progress_text
from engine.jobs import Progress, run_to_end
from engine.storage import db


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "clean",
        help="clean a list file (CSV, TSV, .xlsx) offline and report what was removed",
        description="Check every address of a list file: invalid, duplicate, suppressed, "
        "bounced (from bounce files), unsubscribed, role accounts, disposable domains and likely "
        "typos. Writes NAME-cleaned and NAME-removed files in the same format; the input file "
        "is never changed.",
    )
    parser.add_argument("file", type=Path, help="the list: .csv, .tsv, .txt or .xlsx")
    parser.add_argument("--bounces", nargs="+", type=Path, default=[], metavar="PATH",
                        help="bounce messages: .eml files, folders of them, mbox files")
    parser.add_argument("--column", metavar="NAME|NUMBER",
                        help="the address column, by heading or number (1 = first); "
                        "default: guessed")
    header = parser.add_mutually_exclusive_group()
    header.add_argument("--header", dest="has_header", action="store_true", default=None,
                        help="the first row names the columns (default: guessed)")
    header.add_argument("--no-header", dest="has_header", action="store_false")
    parser.add_argument("--out-dir", type=Path, help="where to write (default: beside the file)")
    parser.add_argument("--keep-role", action="store_true", help="keep role accounts (info@…)")
    parser.add_argument("--keep-disposable", action="store_true",
                        help="keep addresses at disposable domains")
    parser.add_argument("--keep-typos", action="store_true",
                        help="keep addresses at likely mistyped domains (still reported)")
    parser.add_argument("--soft-threshold", type=int, default=3, metavar="N",
                        help="soft bounces that mark an address (default 3)")
    parser.add_argument("--save-to-list", metavar="LIST",
                        help="add the kept rows to this list in the database")
    parser.add_argument("--suppress-bounced", action="store_true",
                        help="add the bounced addresses to the suppressed list")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    parser.set_defaults(func=run)


def _column(value: str | None, names: tuple[str, ...]) -> int | None:
    if value is None:
        return None
    if value.isdigit() and 1 <= int(value) <= max(len(names), 1):
        return int(value) - 1
    lowered = [n.lower() for n in names]
    if value.lower() in lowered:
        return lowered.index(value.lower())
    raise SystemExit(f"newsletter-desk: no column “{value}”; the columns are: "
                     + ", ".join(names))


def run(args: argparse.Namespace) -> int:
    mapping = guess_mapping(args.file)
    has_header = mapping.has_header if args.has_header is None else args.has_header
    names = mapping.names if has_header == mapping.has_header else tuple(
        f"Column {i + 1}" for i in range(len(mapping.names)))
    column = _column(args.column, names)
    url = db.resolve_url(getattr(args, "database", None))
    wants_database = bool(args.save_to_list or args.suppress_bounced)
    use_database = wants_database or db.exists(url)
    if use_database:
        db.init_db(url)
    table = load_code_table(args) if args.bounces else None
    spec = CleanupSpec(
        input_path=args.file, bounce_paths=tuple(args.bounces), address_column=column,
        has_header=has_header, output_dir=args.out_dir,
        options=CleanupOptions(
            remove_role=not args.keep_role, remove_disposable=not args.keep_disposable,
            remove_typos=not args.keep_typos, soft_threshold=args.soft_threshold,
            check_database=use_database, save_to_list=args.save_to_list or "",
            suppress_bounced=args.suppress_bounced,
        ),
    )
    chosen = column if column is not None else mapping.address_column
    print(f"{args.file}: {format_text(mapping.fmt)}; addresses in “{names[chosen]}”.",
          file=sys.stderr)
    if not use_database:
        print("No database yet: suppressed and unsubscribed addresses are not checked.",
              file=sys.stderr)
    report = run_to_end(clean(spec, table=table),
                        None if args.quiet else _ProgressLine().show)
    if not args.quiet:
        print(file=sys.stderr)
    for line in cleanup_lines(report):
        print(line)
    return 0


class _ProgressLine:
    def __init__(self) -> None:
        self._last = -1

    def show(self, progress: Progress) -> None:
        fraction = progress.fraction
        percent = int(fraction * 100) if fraction is not None else -1
        if percent == self._last:
            return
        self._last = percent
        text = f"{percent:3d}%" if percent >= 0 else "   …"
        print(f"\r{text} {progress_text(progress)[:70]:70}", end="", file=sys.stderr, flush=True)
