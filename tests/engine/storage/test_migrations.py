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
    before = migrations.LATEST  # the version the database is at, whatever steps exist
    added: list[str] = []
    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*migrations.MIGRATIONS, lambda d: added.append("step 2"))
    )
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    database = db.init_db(f"sqlite:///{path}")
    assert added == ["step 2"]
    assert migrations.current_version(database) == migrations.LATEST
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


def test_campaign_scoped_unsubscribes_of_a_version_1_database_end_that_campaigns_lists(
    tmp_path: Path,
) -> None:
    """Before, "Campaign" scope excluded from that one campaign only: the reader still
    showed subscribed and got the next newsletter. The step ends their membership of the
    lists the campaign went to, and only those."""
    from engine.storage import audience
    from engine.storage.models import Campaign, CampaignList, Unsubscribe

    path = tmp_path / "v1.sqlite3"
    database = db.init_db(f"sqlite:///{path}", migrate=False)
    database.create_tables(models.ALL_MODELS)
    database.execute_sql("CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INT)")
    database.execute_sql("INSERT INTO schema_version (version) VALUES (1)")
    one, two, three = (audience.create_list(n) for n in ("L1", "L2", "L3"))
    reader = audience.save_contact("Reader@Example.org", "R", "", {}, list_ids=[one.id, two.id,
                                                                            three.id])
    other = audience.save_contact("other@example.org", "O", "", {}, list_ids=[one.id])
    sent = Campaign.create(name="A", status="completed")
    for mailing in (one, two):
        CampaignList.create(campaign=sent.id, mailing_list=mailing.id)
    Unsubscribe.create(email="reader@example.org", campaign=sent.id, source="mail")
    db.close_db()
    db.init_db(f"sqlite:///{path}")
    status = {(m.contact.email, mailing.name): m.status
              for mailing in (one, two, three) for m in audience.list_members(mailing.id)}
    assert status == {
        (reader.email, "L1"): "unsubscribed", (reader.email, "L2"): "unsubscribed",
        (reader.email, "L3"): "subscribed", (other.email, "L1"): "subscribed",
    }
    assert migrations.current_version(db.database) == migrations.LATEST
    db.close_db()


def test_under_a_global_policy_the_old_campaign_unsubscribes_leave_every_list(
    tmp_path: Path,
) -> None:
    """A Global policy excluded such readers from everything already; migrated, they leave
    every list, as a new unsubscribe does, instead of still showing subscribed."""
    from engine.config import ExclusionPolicy
    from engine.storage import audience, repo
    from engine.storage.models import Campaign, CampaignList, Unsubscribe

    path = tmp_path / "v1.sqlite3"
    database = db.init_db(f"sqlite:///{path}", migrate=False)
    database.create_tables(models.ALL_MODELS)
    database.execute_sql("CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INT)")
    database.execute_sql("INSERT INTO schema_version (version) VALUES (1)")
    repo.save_setting(ExclusionPolicy(scope="global"))
    one, two = (audience.create_list(n) for n in ("L1", "L2"))
    reader = audience.save_contact("reader@example.org", "R", "", {}, list_ids=[one.id, two.id])
    sent = Campaign.create(name="A", status="completed")
    CampaignList.create(campaign=sent.id, mailing_list=one.id)
    Unsubscribe.create(email="reader@example.org", campaign=sent.id, source="mail")
    db.close_db()
    db.init_db(f"sqlite:///{path}")
    status = {(m.contact.email, mailing.name): m.status
              for mailing in (one, two) for m in audience.list_members(mailing.id)}
    assert status == {(reader.email, "L1"): "unsubscribed", (reader.email, "L2"): "unsubscribed"}
    db.close_db()


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


def test_profiles_of_a_database_from_before_dkim_keep_sending_unsigned(tmp_path: Path) -> None:
    from engine.storage import repo

    path = tmp_path / "v4.sqlite3"
    db.init_db(f"sqlite:///{path}")
    models.SmtpProfileRecord.create(key="smtp:a", name="Main", host="smtp.example.com")
    for column in ("dkim_enabled", "dkim_domain", "dkim_selector", "dkim_algorithm"):
        db.database.execute_sql(f"ALTER TABLE smtp_profile_record DROP COLUMN {column}")
    db.database.execute_sql("UPDATE schema_version SET version = 4")
    db.close_db()
    db.init_db(f"sqlite:///{path}")
    profile = repo.get_profile("Main")
    assert profile is not None
    assert (profile.dkim_enabled, profile.dkim_domain, profile.dkim_selector,
            profile.dkim_algorithm) == (False, "", "", "rsa")
    db.close_db()


def test_campaigns_of_a_database_from_before_the_complaint_guard_read_as_never_guard_paused(
        tmp_path: Path) -> None:
    from engine.storage import complaints

    path = tmp_path / "v6.sqlite3"
    db.init_db(f"sqlite:///{path}")
    campaign = models.Campaign.create(name="Spring", status="paused")
    for column in ("pause_note", "complaints_accepted"):
        db.database.execute_sql(f"ALTER TABLE campaign DROP COLUMN {column}")
    # the version just before this step, wherever the lead puts it in the list
    before = migrations.MIGRATIONS.index(migrations._add_campaign_complaint_guard)
    db.database.execute_sql(f"UPDATE schema_version SET version = {before}")
    db.close_db()
    database = db.init_db(f"sqlite:///{path}")
    assert migrations.current_version(database) == migrations.LATEST
    assert complaints.pause_reason(campaign.id) is None
    assert models.Campaign.get_by_id(campaign.id).complaints_accepted == 0
    db.close_db()


def test_profiles_and_the_mailbox_of_a_database_from_before_oauth_keep_using_passwords(
        tmp_path: Path) -> None:
    from engine.storage import repo

    path = tmp_path / "before-oauth.sqlite3"
    db.init_db(f"sqlite:///{path}")
    models.SmtpProfileRecord.create(key="smtp:a", name="Main", host="smtp.example.com")
    models.BounceMailboxRecord.create(key="mailbox:default", host="imap.example.com")
    for table in ("smtp_profile_record", "bounce_mailbox_record"):
        for column in ("auth_method", "oauth_client_id", "oauth_tenant"):
            db.database.execute_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
    # the version just before this step, wherever the lead puts it in the list
    before = migrations.MIGRATIONS.index(migrations._add_oauth_auth)
    db.database.execute_sql(f"UPDATE schema_version SET version = {before}")
    db.close_db()
    database = db.init_db(f"sqlite:///{path}")
    assert migrations.current_version(database) == migrations.LATEST
    profile, mailbox = repo.get_profile("Main"), repo.load_mailbox()
    assert profile is not None
    assert (profile.auth_method, profile.oauth_client_id, profile.oauth_tenant) == (
        "password", "", "")
    assert (mailbox.auth_method, mailbox.host) == ("password", "imap.example.com")
    db.close_db()


def test_a_database_from_before_provider_pacing_gains_its_empty_tables(
        tmp_path: Path) -> None:
    from engine.storage import receiving

    path = tmp_path / "before-receivers.sqlite3"
    db.init_db(f"sqlite:///{path}")
    for table in ("receiving_domain", "provider_counter", "provider_pace_state"):
        db.database.execute_sql(f"DROP TABLE {table}")
    # the version just before this step, wherever the lead puts it in the list
    before = migrations.MIGRATIONS.index(migrations._add_provider_pacing)
    db.database.execute_sql(f"UPDATE schema_version SET version = {before}")
    db.close_db()
    database = db.init_db(f"sqlite:///{path}")
    assert migrations.current_version(database) == migrations.LATEST
    assert receiving.cached(["shop.test"]) == {}
    assert models.ProviderCounter.select().count() == 0
    assert models.ProviderPaceState.select().count() == 0
    db.close_db()


def test_profiles_of_a_database_from_before_pacing_settings_send_as_they_did(
        tmp_path: Path) -> None:
    from engine.storage import repo

    path = tmp_path / "before-profile-pacing.sqlite3"
    db.init_db(f"sqlite:///{path}")
    models.SmtpProfileRecord.create(key="smtp:a", name="Main", host="smtp.example.com")
    for column in ("provider_paces", "warmup_plan", "warmup_start", "warmup_days",
                   "warmup_first_day", "send_window", "window_from", "window_until",
                   "window_zone"):
        db.database.execute_sql(f"ALTER TABLE smtp_profile_record DROP COLUMN {column}")
    before = migrations.MIGRATIONS.index(migrations._add_profile_pacing)
    db.database.execute_sql(f"UPDATE schema_version SET version = {before}")
    db.close_db()
    db.init_db(f"sqlite:///{path}")
    profile = repo.get_profile("Main")
    assert profile is not None
    assert (profile.provider_paces, profile.warmup_plan, profile.send_window) == ((), "", False)
    db.close_db()


def test_paces_slowed_in_a_database_from_before_the_pace_base_keep_their_slow_down(
        tmp_path: Path) -> None:
    from engine.storage import pacing

    path = tmp_path / "before-pace-base.sqlite3"
    db.init_db(f"sqlite:///{path}")
    record = models.SmtpProfileRecord.create(key="smtp:a", name="Main", host="smtp.example.com")
    models.ProviderPaceState.create(profile=record, provider="yahoo", factor=0.5, deferrals=1)
    db.database.execute_sql("ALTER TABLE provider_pace_state DROP COLUMN base_per_minute")
    before = migrations.MIGRATIONS.index(migrations._add_pace_base)
    db.database.execute_sql(f"UPDATE schema_version SET version = {before}")
    db.close_db()
    db.init_db(f"sqlite:///{path}")
    stored = pacing.paces(record.id)["yahoo"]
    assert (stored.factor, stored.deferrals, stored.base_per_minute) == (0.5, 1, 0)
    db.close_db()
