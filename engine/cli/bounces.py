"""``newsletter-desk bounces list``: the bounce log, with the code and rule behind each."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from engine.cli.common import open_database
from engine.cli.tables import write_rows
from engine.storage import bounces

HEADER = ("date", "email", "kind", "code", "reason", "campaign", "counted", "outcome", "rule",
          "diagnostic")
_TABLE_WIDTHS = (16, 32, 9, 7, 16, 16, 7, 34, 40, 60)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("bounces", help="the bounce log")
    actions = parser.add_subparsers(dest="bounces_action", metavar="ACTION", required=True)
    show = actions.add_parser("list", help="print recorded bounces, newest first")
    show.add_argument("--format", choices=("table", "csv"), default="table")
    show.add_argument("--search", default="", help="address, code, reason or campaign text")
    show.add_argument("--kind", choices=("hard", "soft", "complaint"))
    show.add_argument("--limit", type=int, help="at most this many rows")
    show.set_defaults(func=run_list)


def run_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    open_database(args)
    rows = [(b.created_at, b.email, b.kind, b.status, b.reason, b.campaign_name,
             "yes" if b.counted else "no", b.outcome, b.rule, b.diagnostic)
            for b in bounces.list_bounces(args.search, args.kind, args.limit)]
    write_rows(out or sys.stdout, HEADER, rows, args.format,
               None if args.format == "csv" else _TABLE_WIDTHS)
    return 0
