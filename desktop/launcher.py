"""The ``newsletter-desk`` console command: the window with no arguments, the CLI otherwise.

Qt is imported only when the window opens, so headless commands start fast and run on servers
without display libraries.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from engine import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_app

        return run_app(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
