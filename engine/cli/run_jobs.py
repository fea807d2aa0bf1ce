"""``newsletter-desk run-jobs [--until-idle]``: the window's scheduler, headless.

For a machine left on, or cron / Task Scheduler with ``--until-idle``. Passwords come from the
keyring, or for scripts from environment variables named on the command line
(``--password-env SMTP_PASSWORD`` for every SMTP profile, ``--password-env "Main=VAR"`` for one).
"""

from __future__ import annotations

import argparse
import os
import signal
from typing import Any

from engine.cli.common import open_database
from engine.cli.words import note_text, progress_text
from engine.config import UnsubscribeService
from engine.errors import ConfigError, SecretStoreUnavailable
from engine.jobs import Cancelled, JobContext, Progress, new_runner_id, run_to_end
from engine.scheduler.runner import IdleSummary, Runner
from engine.sending.receivers import configured_mx_lookup
from engine.storage import campaigns, repo
from engine.storage.campaign_states import UNDER_WAY


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("run-jobs", help="run the jobs (send, collect bounces, …)")
    parser.add_argument("--until-idle", action="store_true",
                        help="exit once no job has work that is due, printing a summary")
    parser.add_argument(
        "--password-env", action="append", default=[], metavar="[PROFILE=]VAR",
        help="take the SMTP password from environment variable VAR (for one PROFILE, or all)")
    parser.add_argument("--mailbox-password-env", metavar="VAR",
                        help="take the bounce mailbox password from environment variable VAR")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    parser.set_defaults(func=run)


def _env(var: str) -> str:
    value = os.environ.get(var)
    if value is None:
        raise ConfigError(f"The environment variable {var} is not set.")
    return value


def resolve_passwords(args: argparse.Namespace) -> dict[str, str | None]:
    """Every password a job may need, resolved before any job starts."""
    passwords: dict[str, str | None] = {}
    by_profile: dict[str, str] = {}
    for entry in args.password_env:
        name, sep, var = entry.rpartition("=")
        by_profile[name if sep else "*"] = var
    from_keyring: list[str] = []
    for profile in repo.list_profiles():
        var = by_profile.get(profile.name, by_profile.get("*"))
        if var is not None:
            passwords[profile.secret_key] = _env(var)
        elif profile.requires_auth:
            from_keyring.append(profile.secret_key)
        if profile.dkim_enabled:
            # a DKIM key is never passed in the environment: it was generated into the keyring
            from_keyring.append(profile.dkim_secret_key)
    mailbox = repo.load_mailbox()
    if args.mailbox_password_env:
        passwords[mailbox.secret_key] = _env(args.mailbox_password_env)
    elif mailbox.host and mailbox.enabled:
        from_keyring.append(mailbox.secret_key)
    if repo.load_setting(UnsubscribeService).enabled:
        from_keyring.append(UnsubscribeService.SECRET_KEY)
    if from_keyring:
        # Only when needed: a script passing every password never touches a keyring.
        from engine.secrets import open_secret_store

        store = open_secret_store()
        for key in from_keyring:
            try:
                passwords[key] = store.get(key)
            except SecretStoreUnavailable:
                passwords[key] = None
    return passwords


def _print_progress(progress: Progress) -> None:
    text = progress_text(progress)
    if text and not text.endswith("waiting for work"):
        print(text, flush=True)


def print_summary(summary: IdleSummary) -> None:
    print("Summary:")
    if summary.recovered_uncertain:
        print(f"  {summary.recovered_uncertain} messages marked uncertain: they were being "
              "sent when a previous run stopped.")
    ran: dict[str, list[str]] = {}
    for run in summary.runs:
        text = run.state if not run.error else f"{run.state}: {note_text(run.error)}"
        ran.setdefault(run.name, []).append(text)
    if not ran:
        print("  no job had work to do.")
    for name, states in ran.items():
        print(f"  {name}: {len(states)} run(s), last {states[-1]}")
    for info in campaigns.list_campaigns():
        if info.status in UNDER_WAY:
            counts = campaigns.item_counts(info.id)
            print(f"  campaign “{info.name}”: {info.status}, {counts.get('sent')} sent, "
                  f"{counts.get('deferred')} deferred, {counts.get('failed')} failed, "
                  f"{counts.get('queued')} queued")
            resume = [r.summary.get("resume_at") for r in summary.runs
                      if r.name == "process_campaign_messages" and r.summary.get("resume_at")]
            if resume:
                print(f"    continues at {resume[-1]} (sending limit or retry time)")


def run(args: argparse.Namespace) -> int:
    open_database(args)
    ctx = JobContext(passwords=resolve_passwords(args), runner_id=new_runner_id("run-jobs"),
                     mx_lookup=configured_mx_lookup())
    runner = Runner(ctx)
    # Ctrl+C or a service stop ends the run at a safe point: in-flight messages are recorded.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: ctx.token.cancel())
    on_progress = None if args.quiet else _print_progress
    try:
        if args.until_idle:
            try:
                summary = run_to_end(runner.run_until_idle(), on_progress)
            except Cancelled:
                summary = IdleSummary()
        else:
            print("Running jobs; press Ctrl+C to stop.", flush=True)
            summary = run_to_end(runner.run_forever(), on_progress)
    finally:
        runner.stop()
    print_summary(summary)
    failed = [r for r in summary.runs if r.state == "failed"]
    return 1 if failed and args.until_idle else 0

