"""``newsletter-desk suppressed list|remove``: the addresses never sent to again, and why."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from engine.cli.common import open_database
from engine.cli.tables import write_rows
from engine.clock import SystemClock
from engine.notes import note
from engine.storage import suppressions

HEADER = ("email", "reason", "code", "campaign", "first_bounce", "last_bounce", "suppressed_at")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("suppressed", help="the suppressed list")
    actions = parser.add_subparsers(dest="suppressed_action", metavar="ACTION", required=True)
    show = actions.add_parser("list", help="print the suppressed addresses with their reasons")
    show.add_argument("--format", choices=("table", "csv"), default="table")
    show.add_argument("--search", default="", help="only addresses containing this text")
    show.set_defaults(func=run_list)
    remove = actions.add_parser("remove", help="un-suppress an address (kept in the audit trail)")
    remove.add_argument("email")
    remove.add_argument("--why", default="",
                        help="the reason, for the audit trail (default: removed from the "
                             "command line)")
    remove.set_defaults(func=run_remove)


def run_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    open_database(args)
    rows = [(s.email, s.reason, s.code, s.campaign_name, s.first_bounce_at, s.last_bounce_at,
             s.created_at) for s in suppressions.list_suppressed(args.search)]
    write_rows(out or sys.stdout, HEADER, rows, args.format)
    return 0


def run_remove(args: argparse.Namespace) -> int:
    open_database(args)
    why = note("by_user", text=args.why) if args.why else note("removed_from_cli")
    if suppressions.unsuppress(args.email, actor="user", why=why, at=SystemClock().now()):
        print(f"{args.email} is no longer suppressed.")
        return 0
    print(f"{args.email} was not on the suppressed list.", file=sys.stderr)
    return 1
