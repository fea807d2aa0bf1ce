"""``campaign status|list|uncertain`` and ``settings import``, run as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import tomli_w

from engine.storage import db
from engine.storage.models import CampaignItem
from tests.engine.cli.conftest import cli, write_settings
from tests.engine.cli.test_run_jobs import setup_campaign


def mark_uncertain(db_path: Path, emails: list[str]) -> None:
    """As the app stopping mid-send leaves them."""
    db.init_db(f"sqlite:///{db_path}")
    try:
        CampaignItem.update(state="uncertain", last_error="The app stopped while this message "
                            "was being sent.").where(CampaignItem.email.in_(emails)).execute()
    finally:
        db.close_db()


def test_a_completed_campaign_with_uncertain_messages_says_how_many(
    tmp_path: Path, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server()
    db_path = setup_campaign(tmp_path, server, 3)
    assert cli("run-jobs", "--until-idle", db_path=db_path).returncode == 0
    mark_uncertain(db_path, ["person0@example.org", "person2@example.org"])
    status = cli("campaign", "status", "Spring sale", db_path=db_path)
    assert "Spring sale: completed, 2 uncertain" in status.stdout
    listing = cli("campaign", "list", db_path=db_path)
    assert "Spring sale: completed, 2 uncertain, 1 sent of 3" in listing.stdout


def test_campaign_uncertain_lists_them_and_resend_sends_them_again(
    tmp_path: Path, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server()
    db_path = setup_campaign(tmp_path, server, 3)
    assert cli("run-jobs", "--until-idle", db_path=db_path).returncode == 0
    assert len(server.messages) == 3
    mark_uncertain(db_path, ["person0@example.org", "person2@example.org"])
    listed = cli("campaign", "uncertain", "Spring sale", db_path=db_path)
    assert listed.returncode == 0, listed.stderr
    lines = [line for line in listed.stdout.splitlines() if "@" in line and "\t" in line]
    assert [line.split("\t")[0] for line in lines] == \
        ["person0@example.org", "person2@example.org"]
    assert "--resend" in listed.stdout
    assert cli("run-jobs", "--until-idle", db_path=db_path).returncode == 0
    assert len(server.messages) == 3  # listing changes nothing
    resent = cli("campaign", "uncertain", "Spring sale", "--resend", db_path=db_path)
    assert resent.returncode == 0, resent.stderr
    assert "2 message(s) queued again" in resent.stdout
    assert cli("run-jobs", "--until-idle", db_path=db_path).returncode == 0
    assert sorted(m.rcpt_tos[0] for m in server.messages[3:]) == \
        ["person0@example.org", "person2@example.org"]
    status = cli("campaign", "status", "Spring sale", db_path=db_path)
    assert "Spring sale: completed\n" in status.stdout
    assert "has no uncertain messages" in cli("campaign", "uncertain", "Spring sale",
                                              db_path=db_path).stdout


def test_settings_import_says_a_password_key_was_ignored_and_why(
    tmp_path: Path, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server()
    path = write_settings(tmp_path / "s.toml", server)
    data = tomllib_load(path)
    data["smtp_profiles"][0]["password"] = "hunter2"
    path.write_text(tomli_w.dumps(data))
    result = cli("settings", "import", str(path), db_path=tmp_path / "d.sqlite3")
    assert result.returncode == 0, result.stderr
    assert "imported SMTP profile “Main”" in result.stdout
    assert "ignored the password given for SMTP profile “Main”" in result.stdout
    assert "system keyring" in result.stdout
    shown = cli("settings", "show", db_path=tmp_path / "d.sqlite3")
    assert "hunter2" not in shown.stdout


def tomllib_load(path: Path) -> dict[str, Any]:
    import tomllib

    return tomllib.loads(path.read_text())


def test_lists_unsubscribe_ends_the_membership(tmp_path: Path) -> None:
    db_path = tmp_path / "d.sqlite3"
    contacts = tmp_path / "c.csv"
    contacts.write_text("Email\nann@example.org\nbob@example.org\n")
    assert cli("lists", "import", "Customers", str(contacts), db_path=db_path).returncode == 0
    result = cli("lists", "unsubscribe", "Customers", "ann@example.org", db_path=db_path)
    assert result.returncode == 0, result.stderr
    assert "ann@example.org: unsubscribed from “Customers”" in result.stdout
    shown = cli("lists", "show", db_path=db_path)
    assert "Customers: 1 subscribed, 1 unsubscribed" in shown.stdout


def test_campaign_status_says_why_the_complaint_guard_paused_it(tmp_path: Path) -> None:
    from engine.config import ComplaintGuard
    from engine.storage import complaints
    from tests.engine.complaint_support import complain, delivered_campaign

    db_path = tmp_path / "desk.sqlite3"
    db.init_db(f"sqlite:///{db_path}")
    try:
        campaign = delivered_campaign("Spring sale", 1000, queued=20)
        complain(campaign, 1, 2, 3, 4)
        assert complaints.pause_if_exceeded(campaign, ComplaintGuard()) is not None
    finally:
        db.close_db()
    status = cli("campaign", "status", "Spring sale", db_path=db_path)
    assert "Spring sale: paused\n" in status.stdout
    assert ("  Paused by the complaint guard: 4 of 1000 delivered recipients reported it as "
            "spam (0.4%), above the limit of 0.3%.") in status.stdout
    assert ("  Complaints: 4 of 1,000 delivered (0.40%), at or past Gmail's 0.3% line: mail "
            "providers start refusing it") in status.stdout


def test_campaign_report_prints_how_it_went_and_writes_the_csv(
    tmp_path: Path, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server(replies={"person1@example.org": "550 5.1.1 No such user"})
    db_path = setup_campaign(tmp_path, server, 3)
    assert cli("run-jobs", "--until-idle", db_path=db_path).returncode == 0
    out = tmp_path / "spring.csv"
    report = cli("campaign", "report", "Spring sale", "--csv", str(out), db_path=db_path)
    assert report.returncode == 0, report.stderr
    assert "Delivered: 2 of 3 tried so far (66.7%)" in report.stdout
    assert "1 refused while sending" in report.stdout
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("All domains,3,2,")


def test_campaign_report_of_an_unknown_campaign_says_so(tmp_path: Path) -> None:
    result = cli("campaign", "report", "Nope", db_path=tmp_path / "nd.sqlite3")
    assert result.returncode != 0
    assert "Nope" in result.stderr
