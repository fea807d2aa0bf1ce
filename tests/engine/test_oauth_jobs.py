"""A profile and a mailbox signed in through the local OAuth2 server send and collect through
the scheduler's jobs, on SQLite and PostgreSQL; a revoked sign-in leaves "sign in again" and
sends nothing; no token ever lands in the database, an export or a log."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from engine import oauth, settings_file
from engine.clock import FakeClock
from engine.config import BounceMailbox, SmtpProfile
from engine.jobs import JobContext, run_to_end
from engine.notes import load
from engine.scheduler.runner import Runner
from engine.storage import campaigns, repo
from engine.storage.models import Bounce, CampaignItem, JobState
from tests.engine.collecting import mail
from tests.engine.oauth_support import CLIENT, SMTP_SCOPE, authority, follow
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for
from tests.engine.test_no_prose_in_database import text_values

if TYPE_CHECKING:
    from tests.servers.dovecot import DovecotServer, MailUser
    from tests.servers.oauth import OAuthServer


__all__ = ["authority"]  # the fixture
SERVER_LOGGERS = ("authlib.oauth2", "werkzeug", "mail.log")


def sign_in(method: str, use: str, user: str) -> str:
    return oauth.sign_in(method, CLIENT, oauth.scopes_for(method, use), login_hint=user,
                         open_browser=follow, timeout=10).refresh_token


def signed_in_setup(smtp_server: Callable[..., Any], dovecot: DovecotServer, box: MailUser,
                    authority: OAuthServer, sender: str) -> tuple[Any, SmtpProfile,
                                                                  BounceMailbox, JobContext]:
    server = smtp_server(oauth=authority, oauth_scope=SMTP_SCOPE)
    profile = profile_for(server, requires_auth=True, username=sender,
                          auth_method="microsoft", oauth_client_id=CLIENT)
    mailbox = BounceMailbox(host=dovecot.host, port=dovecot.imap_port, security="none",
                            username=box.name, bounce_address="bounces@shop.example",
                            auth_method="google", oauth_client_id=CLIENT)
    repo.save_mailbox(mailbox)
    add_contacts("Newsletter", 3)
    campaigns.prepare(make_campaign(profile).id, send_when_ready=True)
    ctx = JobContext(clock=FakeClock(), runner_id="host:1/window", passwords={
        profile.secret_key: sign_in("microsoft", "smtp", sender),
        mailbox.secret_key: sign_in("google", "imap", box.name)})
    return server, profile, mailbox, ctx


def test_a_signed_in_profile_and_mailbox_send_and_collect(
    any_database: str, smtp_server: Callable[..., Any], dovecot_oauth: DovecotServer,
    authority: OAuthServer,
) -> None:
    box = dovecot_oauth.add_user()
    server, _profile, _mailbox, ctx = signed_in_setup(
        smtp_server, dovecot_oauth, box, authority, "news@shop.example")
    run_to_end(Runner(ctx).run_until_idle())
    assert {m.login for m in server.wait_for(3)} == {"news@shop.example"}
    token = CampaignItem.get(CampaignItem.email == "person1@example.org").token
    box.put("INBOX", mail.dsn("person1@example.org", tracking=token))
    ctx.clock.advance(days=1)  # type: ignore[attr-defined]

    run_to_end(Runner(ctx).run_until_idle())

    assert [b.email for b in Bounce.select()] == ["person1@example.org"]
    assert box.count("INBOX") == 0


def test_a_revoked_sign_in_says_sign_in_again_on_the_jobs_and_nothing_goes(
    database_url: str, smtp_server: Callable[..., Any], dovecot_oauth: DovecotServer,
    authority: OAuthServer,
) -> None:
    box = dovecot_oauth.add_user()
    box.put("INBOX", mail.dsn("person1@example.org"))
    server, profile, _mailbox, ctx = signed_in_setup(
        smtp_server, dovecot_oauth, box, authority, "gone@shop.example")
    authority.revoke("gone@shop.example")
    authority.revoke(box.name)

    run_to_end(Runner(ctx).run_until_idle())

    assert server.messages == [] and box.count("INBOX") == 1
    notes = {state.name: load(state.last_error) for state in JobState.select()
             if state.last_error}
    assert {n.code for n in notes.values()} == {"oauth_sign_in_again"}, notes
    assert {n.params["name"] for n in notes.values()} == {profile.name, box.name}


def test_no_token_is_in_the_database_an_export_or_a_log(
    database_url: str, smtp_server: Callable[..., Any], dovecot_oauth: DovecotServer,
    authority: OAuthServer, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    box = dovecot_oauth.add_user()
    _server, profile, _mailbox, ctx = signed_in_setup(
        smtp_server, dovecot_oauth, box, authority, "quiet@shop.example")
    run_to_end(Runner(ctx).run_until_idle())
    authority.expire_access_tokens()  # a refresh too: a rotated refresh token
    ctx.clock.advance(days=1)  # type: ignore[attr-defined]
    repo.save_profile(dataclasses.replace(profile, daily_limit=9))
    run_to_end(Runner(ctx).run_until_idle())
    export = tmp_path / "settings.toml"
    settings_file.write_file(export)

    secrets = {t for token in authority.tokens
               for t in (token.access_token, token.refresh_token) if t}
    assert len(secrets) >= 8
    stored = [value for _model, _column, value in text_values()]
    files = [export.read_bytes(), *(f.read_bytes() for f in tmp_path.glob("desk.sqlite3*"))]
    assert [s for s in secrets if any(s in v for v in stored)] == []
    assert [s for s in secrets if any(s.encode() in f for f in files)] == []
    # every logger but the test's own servers' (authlib's server side, werkzeug, aiosmtpd)
    ours = [r for r in caplog.records if not r.name.startswith(SERVER_LOGGERS)]
    assert len(ours) > 100  # peewee, urllib3 and authlib's client did log at DEBUG
    assert [(r.name, r.getMessage()[:300]) for r in ours
            if any(s in r.getMessage() for s in secrets)] == []
