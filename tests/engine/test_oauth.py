"""OAuth2 sign-in end to end against the local authorization server (tests/servers/oauth.py):
the browser step is this test following the redirects itself; SMTP (aiosmtpd), IMAP and POP3
(Dovecot's oauth2 passdb) check every access token at the same server."""

from __future__ import annotations

from email.message import EmailMessage
from typing import TYPE_CHECKING

import pytest

from engine import oauth
from engine.collecting.connect import check_mailbox
from engine.config import BounceMailbox, SmtpProfile
from engine.errors import AuthError
from engine.sending.connect import check_smtp, open_smtp
from tests.engine.oauth_support import CLIENT, SMTP_SCOPE, authority, follow

__all__ = ["authority"]  # the fixture

if TYPE_CHECKING:
    from tests.servers.dovecot import DovecotServer
    from tests.servers.oauth import OAuthServer
    from tests.servers.smtp import SmtpServer

def signed_in(user: str, use: str = "smtp", method: str = "microsoft") -> oauth.SignedIn:
    return oauth.sign_in(method, CLIENT, oauth.scopes_for(method, use), login_hint=user,
                         open_browser=follow, timeout=10)


def oauth_profile(server: object, user: str, **changes: object) -> SmtpProfile:
    fields: dict[str, object] = {
        "name": "Office", "host": "127.0.0.1", "port": server.port,  # type: ignore[attr-defined]
        "security": "none", "username": user, "from_address": user, "bounce_address": user,
        "auth_method": "microsoft", "oauth_client_id": CLIENT, **changes}
    return SmtpProfile(**fields)  # type: ignore[arg-type]


def signed_in_profile(smtp_server: object, authority: OAuthServer,
                      user: str) -> tuple[SmtpServer, SmtpProfile, str]:
    """An XOAUTH2 SMTP server wanting SMTP.Send, a profile for ``user``, its refresh token."""
    server: SmtpServer = smtp_server(  # type: ignore[operator]
        oauth=authority, oauth_scope=SMTP_SCOPE)
    return server, oauth_profile(server, user), signed_in(user).refresh_token


def message(user: str) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = user, "reader@example.com", "Hello"
    m.set_content("Hi")
    return m


def test_sign_in_runs_the_authorization_code_flow_with_pkce(authority: OAuthServer) -> None:
    got = signed_in("anna@shop.example")

    assert got.refresh_token and got.access_token
    assert authority.introspect(got.access_token)["username"] == "anna@shop.example"


def test_a_refresh_rotates_the_refresh_token_and_saves_the_new_one(
        authority: OAuthServer) -> None:
    got = signed_in("rota@shop.example")
    saved: list[str] = []
    source = oauth.TokenSource(name="Office", method="microsoft", client_id=CLIENT,
                               refresh_token=got.refresh_token,
                               scopes=oauth.scopes_for("microsoft", "smtp"), save=saved.append)

    fresh = source.access_token()

    assert fresh != got.access_token
    assert saved == [source.refresh_token] and saved[0] != got.refresh_token
    stale = oauth.TokenSource(name="Office", method="microsoft", client_id=CLIENT,
                              refresh_token=got.refresh_token, scopes=source.scopes)
    with pytest.raises(AuthError) as refused:
        stale.access_token()
    assert refused.value.code == "oauth_sign_in_again"


def test_an_access_token_is_reused_until_a_minute_before_it_ends(
        authority: OAuthServer) -> None:
    got = signed_in("cache@shop.example")
    now = [1000.0]
    source = oauth.TokenSource(name="Office", method="microsoft", client_id=CLIENT,
                               refresh_token=got.refresh_token,
                               scopes=oauth.scopes_for("microsoft", "smtp"), clock=lambda: now[0])
    authority.lifetime = 120
    first = source.access_token()
    assert source.access_token() == first
    now[0] = source._expires_at - 30
    assert source.access_token() != first
    assert source.refreshes == 2


def test_a_profile_signed_in_sends_with_xoauth2(smtp_server: object,
                                                authority: OAuthServer) -> None:
    server = smtp_server(oauth=authority, oauth_scope=SMTP_SCOPE)  # type: ignore[operator]
    user = "sender@shop.example"
    profile = oauth_profile(server, user)

    client = open_smtp(profile, signed_in(user).refresh_token, timeout=10)
    client.send_message(message(user))
    client.quit()

    [received] = server.wait_for(1)
    assert received.login == user


def test_an_expired_access_token_is_refreshed_once_and_the_send_goes(
        smtp_server: object, authority: OAuthServer) -> None:
    server, profile, refresh = signed_in_profile(smtp_server, authority, "late@shop.example")
    check_smtp(profile, refresh, timeout=10)  # the source now holds an access token
    authority.expire_access_tokens()  # ended early, as a provider may do

    check_smtp(profile, refresh, timeout=10)

    assert server.xoauth2_refusals == 1 and server.xoauth2_logins == 2


def test_a_revoked_sign_in_says_sign_in_again_and_sends_nothing(
        smtp_server: object, authority: OAuthServer) -> None:
    server, profile, refresh = signed_in_profile(smtp_server, authority, "gone@shop.example")
    authority.revoke(profile.username)

    with pytest.raises(AuthError) as refused:
        check_smtp(profile, refresh, timeout=10)

    assert refused.value.code == "oauth_sign_in_again"
    assert refused.value.params == {"name": "Office"}
    assert server.messages == []


def test_a_token_without_the_mail_scope_is_refused(smtp_server: object,
                                                   authority: OAuthServer) -> None:
    server = smtp_server(oauth=authority, oauth_scope=SMTP_SCOPE)  # type: ignore[operator]
    user = "reader@shop.example"
    # Signed in for IMAP only: the SMTP server wants SMTP.Send.
    profile = oauth_profile(server, user)

    with pytest.raises(AuthError) as refused:
        check_smtp(profile, signed_in(user, use="imap").refresh_token, timeout=10)

    assert refused.value.code == "oauth_refused"
    assert server.xoauth2_refusals == 2  # the first token, and the one refreshed once


def test_a_profile_never_signed_in_says_sign_in_again(smtp_server: object,
                                                      authority: OAuthServer) -> None:
    server = smtp_server(oauth=authority)  # type: ignore[operator]
    with pytest.raises(AuthError) as refused:
        check_smtp(oauth_profile(server, "new@shop.example"), None, timeout=10)
    assert refused.value.code == "oauth_sign_in_again"


def oauth_mailbox(dovecot: DovecotServer, user: str, protocol: str) -> BounceMailbox:
    port = dovecot.imap_port if protocol == "imap" else dovecot.pop3_port
    return BounceMailbox(protocol=protocol, host="127.0.0.1", port=port,  # type: ignore[arg-type]
                         security="none", username=user, bounce_address=f"{user}@shop.example",
                         auth_method="google", oauth_client_id=CLIENT,
                         key=f"mailbox:{user}:{protocol}")


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_a_mailbox_signed_in_logs_in_with_xoauth2(
        dovecot_oauth: DovecotServer, authority: OAuthServer, protocol: str) -> None:
    user = dovecot_oauth.add_user(f"box-{protocol}").name
    mailbox = oauth_mailbox(dovecot_oauth, user, protocol)

    said = check_mailbox(mailbox, signed_in(user, protocol, "google").refresh_token, timeout=10)

    assert "0 messages" in said


def test_a_mailbox_with_an_expired_token_refreshes_once(
        dovecot_oauth: DovecotServer, authority: OAuthServer) -> None:
    user = dovecot_oauth.add_user("box-late").name
    mailbox = oauth_mailbox(dovecot_oauth, user, "imap")
    refresh = signed_in(user, "imap", "google").refresh_token
    check_mailbox(mailbox, refresh, timeout=10)
    authority.expire_access_tokens()

    check_mailbox(mailbox, refresh, timeout=10)

    assert oauth._sources[mailbox.key].refreshes == 2


def test_a_revoked_mailbox_sign_in_says_sign_in_again(
        dovecot_oauth: DovecotServer, authority: OAuthServer) -> None:
    user = dovecot_oauth.add_user("box-gone").name
    mailbox = oauth_mailbox(dovecot_oauth, user, "pop3")
    refresh = signed_in(user, "pop3", "google").refresh_token
    authority.revoke(user)

    with pytest.raises(AuthError) as refused:
        check_mailbox(mailbox, refresh, timeout=10)

    assert refused.value.code == "oauth_sign_in_again"
