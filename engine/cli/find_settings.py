"""``newsletter-desk find-settings ADDRESS``: the SMTP, IMAP and POP3 settings of an address,
found as the window's "Find settings" finds them."""

from __future__ import annotations

import argparse
from typing import Any

from engine.cli.found_words import found_lines
from engine.config import resolver_address
from engine.discovery.find import Places, find_settings


def _resolver(text: str) -> str:
    try:
        resolver_address(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not IP:PORT ({exc})") from exc
    return text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "find-settings",
        help="find the SMTP, IMAP and POP3 settings of an e-mail address",
        description="Look the address's domain up as Thunderbird does: the table of common "
        "providers, the domain's autoconfig file, its MX host, then the usual server names and "
        "ports. Prints what was found; nothing is saved.",
    )
    parser.add_argument("address", metavar="ADDRESS", help="the e-mail address")
    parser.add_argument("--offline", action="store_true",
                        help="only the table of common providers; no network")
    parser.add_argument("--resolver", metavar="IP:PORT", type=_resolver, default=None,
                        help="the DNS server to ask (default: the system's)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    found = find_settings(args.address, offline=args.offline,
                          places=Places(resolver=args.resolver or ""))
    for line in found_lines(found):
        print(line)
    return 0 if found.servers else 1
