"""``newsletter-desk collect``: read the bounce mailbox (or saved messages) and apply the rules."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from engine.cli.common import open_database
from engine.cli.words import note_text, progress_text, report_lines
from engine.collecting.job import process_bounce_email
from engine.collecting.report import CollectReport
from engine.config import BounceSettings
from engine.errors import ConfigError, SecretStoreUnavailable
from engine.jobs import JobContext, Progress, new_runner_id, run_to_end
from engine.notes import Note
from engine.scheduler.jobs import job
from engine.scheduler.run_now import AlreadyRunning, run_now
from engine.storage import repo

COLLECT = job("process_bounce_email")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "collect", help="collect bounces from the bounce mailbox (or from saved messages)",
        description="Read the bounce mailbox, record each bounce, complaint and unsubscribe "
        "request once, suppress hard-bounced addresses and those that reach the bounce "
        "threshold, schedule soft-bounce re-sends, then delete (or move) what was recorded. "
        "People's replies are left alone.")
    parser.add_argument("--once", action="store_true",
                        help="collect once and stop (default: every N minutes as set, "
                        "until interrupted)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--from-dir", metavar="DIR",
                        help="read saved .eml files below DIR instead of the mailbox")
    source.add_argument("--from-mbox", metavar="FILE",
                        help="read an mbox file instead of the mailbox")
    parser.add_argument("--password-env", metavar="VAR",
                        help="take the mailbox password from environment variable VAR "
                        "(default: the system keyring)")
    parser.set_defaults(func=run)


def mailbox_password(args: argparse.Namespace) -> str | None:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if value is None:
            raise ConfigError(f"The environment variable {args.password_env} is not set.")
        return value
    from engine.secrets import open_secret_store

    try:
        return open_secret_store().get(repo.load_mailbox().secret_key)
    except SecretStoreUnavailable:
        return None


def _print_progress(progress: Progress) -> None:
    if text := progress_text(progress):
        print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    open_database(args)
    paths = [p for p in (args.from_dir, args.from_mbox) if p]
    passwords = {} if paths else {repo.load_mailbox().secret_key: mailbox_password(args)}
    while True:
        # A fresh runner per collection: each is registered, holds the mailbox's job lock for
        # its run and leaves (saved files touch no mailbox: no lock).
        ctx = JobContext(passwords=passwords, runner_id=new_runner_id("collect"))
        try:
            if paths:
                summary = run_to_end(process_bounce_email(ctx, paths=paths), _print_progress)
            else:
                summary = run_to_end(run_now(COLLECT, ctx), _print_progress)
        except AlreadyRunning as exc:
            print(exc, file=sys.stderr)
            if args.once:
                return 1
            summary = {"skipped": "left_to_running"}
        if "skipped" in summary:
            print(note_text(Note(summary["skipped"])))
        else:
            report = CollectReport(**summary)
            print("\n".join(report_lines(report)))
        if args.once or paths:
            return 1 if summary.get("errors") else 0
        minutes = repo.load_setting(BounceSettings).collect_every_minutes
        print(f"Next collection in {minutes} min (Ctrl-C stops).", flush=True)
        ctx.clock.sleep(minutes * 60)
