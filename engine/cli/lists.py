"""``newsletter-desk lists show|import|unsubscribe``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from engine.cli.common import open_database
from engine.cli.table_words import import_problems, import_summary
from engine.clock import SystemClock
from engine.config import ExclusionPolicy
from engine.errors import ConfigError
from engine.storage import audience, csv_import, repo, unsubscribes


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("lists", help="show lists, import contacts from CSV")
    actions = parser.add_subparsers(dest="lists_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the lists with their numbers of contacts")
    show.set_defaults(func=run_show)
    imp = actions.add_parser(
        "import", help="add the contacts of a CSV/TSV or .xlsx file (first row: column names) "
                       "to a list; exits 1 when some rows were invalid or unreadable")
    imp.add_argument("list", help="the list (made if it does not exist)")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=FIELD",
        help="read COLUMN as FIELD (email, first_name, last_name or a merge field name; "
             "empty to skip it); the usual column names are recognised without it")
    imp.set_defaults(func=run_import)
    unsub = actions.add_parser(
        "unsubscribe", help="someone asked to stop: they leave the list (every list under a "
                            "Global exclusion policy)")
    unsub.add_argument("list")
    unsub.add_argument("emails", nargs="+", metavar="EMAIL")
    unsub.set_defaults(func=run_unsubscribe)


def run_show(args: argparse.Namespace) -> int:
    open_database(args)
    lists = audience.list_lists()
    if not lists:
        print("No lists yet: import one with `newsletter-desk lists import LIST FILE.csv`.")
    for m in lists:
        fields = f"; merge fields: {', '.join(m.field_names)}" if m.field_names else ""
        print(f"{m.name}: {m.subscribed} subscribed, {m.unsubscribed} unsubscribed{fields}")
    return 0


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        if not sep:
            raise ConfigError(f"--map {pair}: write COLUMN=FIELD.")
        mapping[column] = audience.field_name(target) if target else ""
    return mapping


def run_import(args: argparse.Namespace) -> int:
    open_database(args)
    report = csv_import.import_csv(args.list, args.file, _mapping(args.map))
    print(f"{args.list}: {import_summary(report)}")
    for problem in import_problems(report, limit=50):
        print(f"  {problem}")
    if not report.complete:
        print("Not every row of the file is accounted for: do not rely on this import.",
              file=sys.stderr)
        return 1
    if not report.all_imported:
        # Like `classify`: a script can tell that some rows need a look, the rest went in.
        left = len(report.invalid) + len(report.unreadable)
        print(f"{left} {'row was' if left == 1 else 'rows were'} not imported (lines above); "
              "all the others were.", file=sys.stderr)
        return 1
    return 0


def run_unsubscribe(args: argparse.Namespace) -> int:
    open_database(args)
    mailing = audience.get_list(args.list)
    if mailing is None:
        raise ConfigError(f"There is no list named “{args.list}”.")
    scope = repo.load_setting(ExclusionPolicy).scope
    where = "every list" if scope == "global" else f"“{mailing.name}”"
    for email in args.emails:
        ended = unsubscribes.unsubscribe_from_list(email, mailing.id, source="user",
                                                   at=SystemClock().now(), scope=scope)
        print(f"{email}: unsubscribed from {where} ({ended} membership(s) ended)")
    return 0
