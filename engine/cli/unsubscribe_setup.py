"""``newsletter-desk unsubscribe-setup --url https://… --sender NAME``: point the desktop at
an unsubscribe service and make the key it shares with it (``docs/unsubscribe-service.md``).

The key goes to the keyring and is printed once, for copying to the service's ``DATA/key``;
it is never written to the database, a log or a settings export.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from engine.cli.common import open_database
from engine.config import UnsubscribeService
from engine.mail import signed_links
from engine.secrets import open_secret_store
from engine.storage import repo


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "unsubscribe-setup", help="use a one-click unsubscribe service and make its shared key")
    parser.add_argument("--url", help="the service's HTTPS address, e.g. https://unsub.example.com"
                                      " ('' to stop using a service)")
    parser.add_argument("--sender", help="the sender name its pages show")
    parser.add_argument("--ca-file", help="a certificate file to trust for it (private CA)")
    parser.add_argument("--new-key", action="store_true",
                        help="replace the shared key (links in mail already sent stop working)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    open_database(args)
    settings = repo.load_setting(UnsubscribeService)
    changes = {name: value for name, value in (("base_url", args.url), ("sender_name",
               args.sender), ("ca_file", args.ca_file)) if value is not None}
    settings = replace(settings, **changes)
    errors = settings.validate()
    if errors:
        print(f"newsletter-desk: {next(iter(errors.values()))}", file=sys.stderr)
        return 2
    repo.save_setting(settings)
    if not settings.enabled:
        print("No unsubscribe service is used; links stay mailto:.")
        return 0
    store = open_secret_store()
    if store.get(UnsubscribeService.SECRET_KEY) and not args.new_key:
        print(f"Unsubscribe service: {settings.base_url} (the shared key is kept).")
        return 0
    key = signed_links.key_text(signed_links.new_key())
    store.set(UnsubscribeService.SECRET_KEY, key)
    if not store.status().available:
        print(f"newsletter-desk: {store.status().message}", file=sys.stderr)
        return 1
    print(f"Unsubscribe service: {settings.base_url}")
    print("Copy this key to the service's data folder as the file 'key' (shown only now):")
    print(key)
    return 0
