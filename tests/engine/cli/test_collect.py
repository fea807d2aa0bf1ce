"""``newsletter-desk collect``, ``suppressed`` and ``bounces`` as a script uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.cli import main
from engine.config import BounceMailbox
from engine.storage import db, repo
from tests.engine.collecting import mail
from tests.servers.dovecot import DovecotServer, MailUser


def _saved(tmp_path: Path, messages: list[bytes]) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir()
    for n, raw in enumerate(messages):
        (folder / f"{n}.eml").write_bytes(raw)
    return folder


def test_collect_from_dir_prints_the_report(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    database = str(tmp_path / "desk.sqlite3")
    folder = _saved(tmp_path, [mail.dsn("ann@example.org"), mail.complaint("bob@example.org"),
                               mail.reply()])
    assert main(["--database", database, "collect", "--from-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Messages read: 3" in out
    assert "Bounces: 1 hard, 0 soft" in out
    assert "Complaints: 1" in out
    # saved files are never deleted: all three stay where they are, one of them a reply
    assert "3 left in place (1 of them replies and auto-replies)" in out


def test_suppressed_and_bounces_list_as_csv(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    database = str(tmp_path / "desk.sqlite3")
    folder = _saved(tmp_path, [mail.complaint("bob@example.org"), mail.dsn("ann@example.org")])
    main(["--database", database, "collect", "--from-dir", str(folder)])
    capsys.readouterr()
    assert main(["--database", database, "suppressed", "list", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("email,reason,code,campaign")
    # the complaint and the hard bounce (one is enough) both suppress
    assert sorted(line.split(",")[:2] for line in lines[1:]) == [
        ["ann@example.org", "hard_bounce"], ["bob@example.org", "complaint"]]
    assert main(["--database", database, "bounces", "list", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 3 and any(",ann@example.org,hard,5.1.1," in r for r in rows)


def test_suppressed_remove_unsuppresses_and_keeps_the_trail(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = str(tmp_path / "desk.sqlite3")
    folder = _saved(tmp_path, [mail.complaint("bob@example.org")])
    main(["--database", database, "collect", "--from-dir", str(folder)])
    assert main(["--database", database, "suppressed", "remove", "bob@example.org",
                 "--why", "complained by mistake"]) == 0
    from engine.storage import suppressions

    assert [e.action for e in suppressions.events("bob@example.org")] == [
        "suppress", "unsuppress"]
    assert main(["--database", database, "suppressed", "remove", "bob@example.org"]) == 1


def test_collect_once_reads_the_mailbox_with_the_password_from_the_environment(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: MailUser,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = str(tmp_path / "desk.sqlite3")
    db.init_db(database)
    repo.save_mailbox(BounceMailbox(host=dovecot.host, port=dovecot.imap_port, security="none",
                                    username=dovecot_user.name,
                                    bounce_address="bounces@news.example.com"))
    db.close_db()
    dovecot_user.put_many("INBOX", [mail.dsn("ann@example.org"), mail.reply()])
    monkeypatch.setenv("BOUNCE_PW", dovecot_user.password)
    assert main(["--database", database, "collect", "--once", "--password-env",
                 "BOUNCE_PW"]) == 0
    assert "In the mailbox: 1 deleted, 0 moved, 0 replies moved, 1 left in place" in (
        capsys.readouterr().out)
    assert dovecot_user.count("INBOX") == 1


def test_collect_reports_a_refused_login_in_one_plain_line(
    tmp_path: Path, dovecot: DovecotServer, dovecot_user: MailUser,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = str(tmp_path / "desk.sqlite3")
    db.init_db(database)
    repo.save_mailbox(BounceMailbox(host=dovecot.host, port=dovecot.imap_port, security="none",
                                    username=dovecot_user.name,
                                    bounce_address="bounces@news.example.com"))
    from engine.config import BounceSettings

    repo.save_setting(BounceSettings(collect_retry_count=0))
    db.close_db()
    monkeypatch.setenv("BOUNCE_PW", "wrong")
    assert main(["--database", database, "collect", "--once", "--password-env",
                 "BOUNCE_PW"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsletter-desk: Authentication failed")
