"""``newsletter-desk settings show|export|import``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from engine import settings_file
from engine.cli.common import open_database
from engine.errors import ConfigError
from engine.sending import receivers
from engine.storage import db


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("settings", help="show, export or import the settings")
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the settings (no passwords)")
    show.set_defaults(func=run_show)
    export = actions.add_parser("export", help="write the settings to a TOML or JSON file")
    export.add_argument("file", type=Path)
    export.set_defaults(func=run_export)
    imp = actions.add_parser("import", help="read settings from a TOML or JSON export")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=run_import)


def run_show(args: argparse.Namespace) -> int:
    open_database(args)
    print(f"# database: {db.describe(db.resolve_url(args.database))}")
    print(json.dumps(settings_file.export_settings(), indent=2, ensure_ascii=False))
    return 0


def run_export(args: argparse.Namespace) -> int:
    open_database(args)
    settings_file.write_file(args.file)
    print(f"Settings written to {args.file} (passwords stay in the keyring).")
    return 0


def unknown_providers(data: dict[str, Any]) -> ConfigError | None:
    """A pace set for a receiving provider the table does not have (a typo, "hotmail" for
    "microsoft"), which would be kept and never used: refused before anything is written."""
    known = [p.id for p in receivers.providers()]
    for entry in data.get("smtp_profiles", []) or []:
        if not isinstance(entry, dict):
            continue
        for pace in entry.get("provider_paces", []) or []:
            name = pace.get("provider") if isinstance(pace, dict) else None
            if isinstance(name, str) and name not in known:
                return ConfigError(
                    f"SMTP profile {entry.get('name', '?')}, field provider_paces: no receiving "
                    f"provider is called {name!r}; use one of {', '.join(known)}.",
                    field="provider_paces")
    return None


def run_import(args: argparse.Namespace) -> int:
    data = settings_file.read_file(args.file)
    if error := unknown_providers(data):
        raise error
    open_database(args)
    for line in settings_file.import_settings(data):
        print(f"imported {line}")
    if note := settings_file.secrets_note(settings_file.ignored_secrets(data)):
        print(note)
    return 0
