"""The schema is created from nothing, moved forward, and never downgraded."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from engine.errors import SchemaTooNewError
from engine.storage import db, migrations, models


def test_an_empty_database_is_migrated_to_the_latest_schema(tmp_path: Path) -> None:
    database = db.init_db(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrations.current_version(database) == migrations.LATEST
    assert set(database.get_tables()) >= {m._meta.table_name for m in models.ALL_MODELS}
    db.close_db()


def test_reopening_a_current_database_changes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    db.init_db(url)
    db.close_db()
    database = db.init_db(url)
    assert migrations.migrate(database) == migrations.LATEST
    assert not list(tmp_path.glob("*.bak"))
    db.close_db()


def test_a_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db.init_db(f"sqlite:///{path}")
    db.database.execute_sql("UPDATE schema_version SET version = ?", (migrations.LATEST + 1,))
    db.close_db()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer Newsletter Desk"):
        db.init_db(f"sqlite:///{path}")
    db.close_db()
    assert path.read_bytes() == before


def test_an_older_database_is_backed_up_before_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    db.init_db(f"sqlite:///{path}")
    db.close_db()
    added: list[str] = []
    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*migrations.MIGRATIONS, lambda d: added.append("step 2"))
    )
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    database = db.init_db(f"sqlite:///{path}")
    assert added == ["step 2"]
    assert migrations.current_version(database) == migrations.LATEST
    before = migrations.LATEST - 1  # (other steps may come before the one added here)
    backup = path.with_name(f"{path.name}.schema{before}.bak")
    assert backup.exists()
    old = peewee.SqliteDatabase(str(backup))
    assert old.execute_sql("SELECT version FROM schema_version").fetchone() == (before,)
    old.close()
    db.close_db()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    database = db.init_db(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close_db()


def test_a_bare_path_means_sqlite(tmp_path: Path) -> None:
    assert db.resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"


def test_the_environment_variable_picks_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(db.ENV_VAR, str(tmp_path / "env.db"))
    assert db.resolve_url(None).endswith("env.db")


def test_the_default_database_lives_in_the_user_data_folder() -> None:
    assert db.resolve_url(None).startswith(f"sqlite:///{db.data_dir()}")


def test_a_database_from_before_bounce_reviews_gets_their_table(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    db.init_db(f"sqlite:///{path}")
    models.BounceMailboxRecord.create(key="mailbox:default", host="imap.example.com")
    db.database.execute_sql("DROP TABLE bounce_review")
    db.database.execute_sql("ALTER TABLE bounce_mailbox_record DROP COLUMN review_folder")
    db.database.execute_sql("UPDATE schema_version SET version = 1")
    db.close_db()
    database = db.init_db(f"sqlite:///{path}")
    assert "bounce_review" in database.get_tables()
    assert migrations.current_version(database) == migrations.LATEST
    from engine.storage import repo

    assert (repo.load_mailbox().host, repo.load_mailbox().review_folder) == (
        "imap.example.com", "")
    db.close_db()
