"""The headless ``newsletter-desk SUBCOMMAND`` interface.

Each subcommand lives in its own module with ``register(subparsers)``; the module sets
``func=run`` on its parser. Adding a command means adding its module here. The modules are
imported by name, not through importlib, so the layer check (lint-imports) sees every import.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from engine import __version__
from engine.cli import (
    bounces,
    campaign,
    check_sending,
    classify,
    clean,
    collect,
    find_settings,
    lists,
    run_jobs,
    settings,
    suppressed,
    unsubscribe_service,
    unsubscribe_setup,
)
from engine.errors import EngineError

COMMAND_MODULES = (settings, classify, clean, lists, campaign, run_jobs, collect, suppressed,
                   bounces, check_sending, unsubscribe_service, unsubscribe_setup, find_settings)


def build_parser(
    extra: Sequence[Callable[[Any], None]] = (),
) -> argparse.ArgumentParser:
    """All commands; ``extra`` registrars add commands the engine must not know (self-test,
    which needs Qt)."""
    parser = argparse.ArgumentParser(
        prog="newsletter-desk",
        description="Send newsletters through your own SMTP server and keep your lists clean. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"newsletter-desk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database to use: a SQLite file path or sqlite:///PATH, or postgresql://… "
        "(default: $NEWSLETTER_DESK_DATABASE, else SQLite in your data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    for register in extra:
        register(subparsers)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; typed engine errors become one plain line, not a traceback."""
    try:
        code: int = args.func(args)
    except EngineError as exc:
        print(f"newsletter-desk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsletter-desk: interrupted", file=sys.stderr)
        return 130
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("newsletter-desk: no command given (the window opens from the desktop launcher)",
              file=sys.stderr)
        return 2
    return run(args)
