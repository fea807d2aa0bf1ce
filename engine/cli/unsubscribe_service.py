"""``newsletter-desk unsubscribe-service --listen HOST:PORT --data DIR``: serve the one-click
unsubscribe pages with waitress (``docs/unsubscribe-service.md``).

Runs on a server with no Qt and no display: this module imports Flask and waitress only when
the command runs, so the CLI still starts where the ``service`` extra is not installed. TLS is
the front proxy's job (Caddy or nginx); listen on 127.0.0.1 behind it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "unsubscribe-service",
        help="serve the one-click unsubscribe and manage pages (behind an HTTPS proxy)")
    parser.add_argument("--listen", default="127.0.0.1:8080", metavar="HOST:PORT",
                        help="address to listen on (default: 127.0.0.1:8080)")
    parser.add_argument("--data", required=True, metavar="DIR", type=Path,
                        help="folder holding the shared key file 'key' and the requests file")
    parser.add_argument("--database", dest="service_database", metavar="URL",
                        help="keep the requests in this shared PostgreSQL (postgresql://…) "
                             "instead of a file in the data folder")
    parser.add_argument("--threads", type=int, default=4, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def parse_listen(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"--listen must be HOST:PORT, not {value!r}")
    return host.strip("[]"), int(port)


def run(args: argparse.Namespace) -> int:
    try:
        host, port = parse_listen(args.listen)
    except ValueError as error:
        print(f"newsletter-desk: {error}", file=sys.stderr)
        return 2
    try:
        import waitress

        from engine.service.app import KEY_ENV, KEY_FILE, create_app
    except ImportError:
        print("newsletter-desk: the service needs its extra: "
              "pip install 'newsletter-desk[service]'", file=sys.stderr)
        return 2
    try:
        url = args.service_database or getattr(args, "database", None) or ""
        if url and not url.startswith(("postgresql://", "postgres://")):
            raise ValueError("--database must be a postgresql:// URL")
        app = create_app(args.data, database_url=url)
    except (OSError, ValueError) as error:
        print(f"newsletter-desk: cannot start: {error} (the shared key is read from"
              f" {args.data / KEY_FILE} or ${KEY_ENV})", file=sys.stderr)
        return 2
    print(f"Unsubscribe service listening on http://{host}:{port} (data in {args.data})",
          flush=True)
    waitress.serve(app, host=host, port=port, threads=args.threads, ident="newsletter-desk")
    return 0
