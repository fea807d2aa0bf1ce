"""``newsletter-desk bounces list|review``: the bounce log, with the code and rule behind each,
and the bounces kept for review (naming no failed recipient of ours)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from engine.cli.common import open_database
from engine.cli.tables import write_rows
from engine.cli.words import note_text
from engine.clock import SystemClock
from engine.collecting import review
from engine.storage import bounces, repo, reviews

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
    check = actions.add_parser(
        "review", help="bounces kept for review: list them, assign an address or dismiss one",
        description="A bounce naming no failed recipient of ours stays in the mailbox and is "
        "listed here. Assigning the address it is about counts it like any bounce for that "
        "address; dismissing counts nothing. Either way the next collection removes it from "
        "the mailbox.")
    what = check.add_mutually_exclusive_group()
    what.add_argument("--assign", nargs=2, metavar=("ID", "ADDRESS"),
                      help="count bounce ID against ADDRESS")
    what.add_argument("--dismiss", metavar="ID", type=int, help="count nothing for bounce ID")
    what.add_argument("--show", metavar="ID", type=int, help="print the kept message")
    check.add_argument("--format", choices=("table", "csv"), default="table")
    check.set_defaults(func=run_review)


def run_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    open_database(args)
    rows = [(b.created_at, b.email, b.kind, b.status, b.reason, b.campaign_name,
             "yes" if b.counted else "no", note_text(b.outcome), note_text(b.rule), b.diagnostic)
            for b in bounces.list_bounces(args.search, args.kind, args.limit)]
    write_rows(out or sys.stdout, HEADER, rows, args.format,
               None if args.format == "csv" else _TABLE_WIDTHS)
    return 0


REVIEW_HEADER = ("id", "received", "kind", "why", "subject", "source")


def run_review(args: argparse.Namespace, out: TextIO | None = None) -> int:
    open_database(args)
    stream = out or sys.stdout
    if args.show is not None:
        stream.write(review.message_text(args.show) or f"There is no bounce {args.show}.\n")
        return 0
    if args.dismiss is not None:
        review.dismiss(args.dismiss, now=SystemClock().now())
        print(f"Bounce {args.dismiss} dismissed: nothing counted; the next collection removes "
              "it from the mailbox.", file=stream)
        return 0
    if args.assign:
        given, address = args.assign
        if not given.isdigit():
            print(f"“{given}” is not a bounce number (see the id column of "
                  "`bounces review`).", file=sys.stderr)
            return 2
        done = review.assign(int(given), address, rules=review.saved_rules(),
                             table=repo.load_bounce_codes(), now=SystemClock().now())
        print(f"Bounce {done.review_id} counted for {done.address} ({done.kind}): "
              f"{'; '.join(map(note_text, done.outcomes))}. The next collection removes it "
              "from the mailbox.", file=stream)
        return 0
    rows = [(r.id, r.received_at, r.kind, note_text(r.why), r.subject, r.source)
            for r in reviews.list_reviews()]
    write_rows(stream, REVIEW_HEADER, rows, args.format,
               None if args.format == "csv" else (5, 16, 9, 56, 36, 24))
    return 0
