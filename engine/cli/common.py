"""What several subcommands share: opening the database the user chose."""

from __future__ import annotations

import argparse

from engine.bounces.codes import BounceCodeTable
from engine.storage import db, repo


def open_database(args: argparse.Namespace) -> db.Database:
    """Open (and migrate) the database named by ``--database`` or the environment."""
    return db.init_db(db.resolve_url(getattr(args, "database", None)))


def load_code_table(args: argparse.Namespace) -> BounceCodeTable:
    """The user's edited bounce-code table, or the default when no database exists yet."""
    url = db.resolve_url(getattr(args, "database", None))
    if not db.exists(url):
        return BounceCodeTable.default()
    db.init_db(url)
    return repo.load_bounce_codes()
