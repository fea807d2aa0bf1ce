"""The ``newsletter-desk`` console command: the window with no arguments, the CLI otherwise.

Qt is imported only when the window opens, so headless commands start fast and run on servers
without display libraries.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence

from desktop import self_test
from engine import cli


def build_parser() -> argparse.ArgumentParser:
    """The engine's commands plus the ones that need Qt (which the engine must not know)."""
    return cli.build_parser(extra=[self_test.register])


def main(argv: Sequence[str] | None = None) -> int:
    # Bounce collection classifies large runs in worker processes; in a frozen app each worker
    # is this program started again, and this turns it into the worker (and never returns).
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_app

        return run_app(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
