"""Headless sending: settings import, list import, campaign create/send, run-jobs."""

from __future__ import annotations

import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from engine.storage import db, repo
from engine.storage.models import CampaignItem
from tests.engine.cli.conftest import (
    cli,
    command,
    environment,
    write_campaign,
    write_contacts,
    write_settings,
)
from tests.support import ROOT

PASSWORD = "pa55word"


def setup_campaign(tmp_path: Path, server: Any, contacts: int, **profile: Any) -> Path:
    db_path = tmp_path / "desk.sqlite3"
    steps = [
        ("settings", "import", str(write_settings(tmp_path / "s.toml", server, **profile))),
        ("lists", "import", "Customers", str(write_contacts(tmp_path / "c.csv", contacts))),
        ("campaign", "create", str(write_campaign(tmp_path))),
        ("campaign", "send", "Spring sale"),
    ]
    for step in steps:
        result = cli(*step, db_path=db_path)
        assert result.returncode == 0, (step, result.stdout, result.stderr)
    return db_path


def items(db_path: Path) -> dict[str, str]:
    db.init_db(f"sqlite:///{db_path}")
    try:
        return {i.email: i.state for i in CampaignItem.select()}
    finally:
        db.close_db()


def test_headless_campaign_from_files_to_the_server_with_a_password_from_the_environment(
    tmp_path: Path, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server(auth=("mailer", PASSWORD), auth_require_tls=False)
    db_path = setup_campaign(tmp_path, server, 5)
    env = environment(SMTP_PASSWORD=PASSWORD)
    result = cli("run-jobs", "--until-idle", "--password-env", "SMTP_PASSWORD",
                 db_path=db_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "process_campaign_messages: 1 run(s), last ok" in result.stdout
    assert sorted(m.rcpt_tos[0] for m in server.messages) == \
        [f"person{n}@example.org" for n in range(5)]
    assert b"at Company 3" in next(m.data for m in server.messages
                                   if m.rcpt_tos[0] == "person3@example.org")
    status = cli("campaign", "status", "Spring sale", db_path=db_path)
    assert "Spring sale: completed" in status.stdout
    assert "sent       5" in status.stdout


def test_a_campaign_file_with_an_unknown_merge_field_is_refused(
    tmp_path: Path, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server()
    db_path = tmp_path / "d.sqlite3"
    cli("settings", "import", str(write_settings(tmp_path / "s.toml", server)), db_path=db_path)
    cli("lists", "import", "Customers", str(write_contacts(tmp_path / "c.csv", 1)),
        db_path=db_path)
    path = write_campaign(tmp_path)
    (tmp_path / "body.txt").write_text("Hi {{shoe_size}}")
    result = cli("campaign", "create", str(path), db_path=db_path)
    assert result.returncode == 2
    assert "Unknown merge field {{shoe_size}}" in result.stderr


@pytest.mark.slow
def test_a_killed_run_jobs_resumes_and_no_message_goes_twice(
    tmp_path: Path, smtp_server: Callable[..., Any],
) -> None:
    connections = 2
    server = smtp_server(delay=0.01)
    db_path = setup_campaign(tmp_path, server, 120, max_connections=connections,
                             requires_auth=False)
    proc = subprocess.Popen(command("run-jobs", "--until-idle", db_path=db_path), cwd=ROOT,
                            env=environment(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        server.wait_for(30, timeout=60)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    time.sleep(0.2)  # let the server finish what it was reading
    before = len(server.messages)
    assert before < 120, "the run finished before it could be killed"
    result = cli("run-jobs", "--until-idle", db_path=db_path)
    assert result.returncode == 0, result.stderr
    states = items(db_path)
    received = Counter(m.rcpt_tos[0] for m in server.messages)
    uncertain = {e for e, s in states.items() if s == "uncertain"}
    assert len(uncertain) <= connections
    assert all(n == 1 for n in received.values()), "a message went twice"
    assert {e for e, s in states.items() if s == "sent"} | uncertain == set(states)
    assert set(received) - uncertain == {e for e, s in states.items() if s == "sent"}
    if uncertain:
        assert "marked uncertain" in result.stdout


def test_a_signing_profiles_dkim_key_comes_from_the_keyring_even_with_a_password_env(
    database_url: str,
) -> None:
    import argparse

    from engine.cli.run_jobs import resolve_passwords
    from engine.config import SmtpProfile
    from engine.secrets import KeyringSecretStore

    profile = repo.save_profile(SmtpProfile(
        "Shop", host="smtp.shop.example", username="u", from_address="news@shop.example",
        bounce_address="b@shop.example", dkim_enabled=True, dkim_domain="shop.example",
        dkim_selector="news1"))
    KeyringSecretStore().set(profile.dkim_secret_key, "the-key")
    # the SMTP password from the environment, as a script gives it; the DKIM key never is
    args = argparse.Namespace(password_env=["PATH"], mailbox_password_env=None)
    assert resolve_passwords(args)[profile.dkim_secret_key] == "the-key"
