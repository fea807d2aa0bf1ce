"""``newsletter-desk classify``: classify bounce messages from files, folders and mbox files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from engine.bounces.classify import classify
from engine.bounces.codes import BounceCodeTable
from engine.bounces.result import Classification
from engine.bounces.sources import iter_messages
from engine.cli.words import note_text
from engine.errors import ClassifyError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="classify bounce messages (files, folders of .eml files, mbox files)",
        description="Tell for each message whether it is a bounce (hard or soft), a complaint, "
        "an auto-reply or not a bounce, and which recipients failed with which code.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="a message file, a folder (every *.eml below it) or an mbox file")
    parser.add_argument("--format", choices=("table", "jsonl"), default="table",
                        help="table for people (default), jsonl: one JSON object per "
                        "(message, recipient)")
    parser.add_argument("--own", action="append", default=[], metavar="ADDRESS",
                        help="one of our addresses (From, bounce address, the mailbox's), never "
                        "a failed recipient; repeatable. The quoted original's sender and "
                        "return path are known without it")
    parser.set_defaults(func=run)


def rows_for(label: str, result: Classification) -> Iterator[dict[str, Any]]:
    """The jsonl records of one message: one per recipient, or one with recipient null."""
    if not result.recipients:
        yield {"file": label, "kind": result.kind, "recipient": None, "status": None,
               "reply_code": None, "reason": None, "diagnostic": None}
        return
    for recipient in result.recipients:
        yield {
            "file": label,
            "kind": result.kind,
            "recipient": recipient.address,
            "status": recipient.status or None,
            "reply_code": recipient.reply_code,
            "reason": recipient.reason,
            "diagnostic": recipient.diagnostic,
        }


def _table_code(args: argparse.Namespace) -> BounceCodeTable:
    try:
        from engine.cli.common import load_code_table
    except ImportError:
        return BounceCodeTable.default()
    return load_code_table(args)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    table = _table_code(args)
    unreadable: list[str] = []

    def note_error(label: str, error: OSError) -> None:
        unreadable.append(label)
        print(f"newsletter-desk: cannot read {label}: {error.strerror or error}", file=sys.stderr)

    fmt = getattr(args, "format", "table")
    own = getattr(args, "own", None) or ()
    if fmt == "table":
        print(f"{'FILE':40} {'KIND':10} {'RECIPIENT':36} {'STATUS':8} {'REASON':14} WHY",
              file=stream)
    for label, raw in iter_messages(args.paths, on_error=note_error):
        try:
            result = classify(raw, table, own=own)
        except ClassifyError as exc:
            print(f"newsletter-desk: {label}: {exc}", file=sys.stderr)
            continue
        if fmt == "jsonl":
            for row in rows_for(label, result):
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            _print_table_rows(stream, label, result)
    return 1 if unreadable else 0


def _print_table_rows(stream: TextIO, label: str, result: Classification) -> None:
    if not result.recipients:
        print(f"{_cut(label, 40):40} {result.kind:10} {'-':36} {'-':8} {'-':14}", file=stream)
        return
    for r in result.recipients:
        status = (r.status or "-") + ("*" if r.status_inferred and r.status else "")
        print(f"{_cut(label, 40):40} {result.kind:10} {_cut(r.address, 36):36} {status:8} "
              f"{_cut(r.reason, 14):14} {note_text(r.rule)}", file=stream)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1):]
