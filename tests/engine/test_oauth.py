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

    assert said.params["messages"] == 0


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


def device_sign_in(authority: OAuthServer, user: str, *, approved: bool = True,
                   **kwargs: object) -> tuple[oauth.SignedIn, list[oauth.DeviceCode]]:
    """The code sign-in, the user typing the code the app showed at another device."""
    shown: list[oauth.DeviceCode] = []

    def show(code: oauth.DeviceCode) -> None:
        shown.append(code)
        authority.approve_device(code.user_code, user, approved=approved)

    got = oauth.device_sign_in("microsoft", CLIENT, oauth.scopes_for("microsoft", "smtp"),
                               show_code=show, login_hint=user, **kwargs)  # type: ignore[arg-type]
    return got, shown


def test_the_code_sign_in_shows_a_code_and_gets_a_refresh_token(
        authority: OAuthServer) -> None:
    got, shown = device_sign_in(authority, "lena@shop.example")
    assert len(shown) == 1 and shown[0].verification_uri == f"{authority.url}/device"
    assert shown[0].user_code and shown[0].expires_in > 0
    assert got.refresh_token
    assert authority.introspect(got.access_token)["username"] == "lena@shop.example"


def test_a_code_sign_in_then_sends_with_xoauth2(smtp_server: object,
                                                authority: OAuthServer) -> None:
    server: SmtpServer = smtp_server(oauth=authority, oauth_scope=SMTP_SCOPE)  # type: ignore[operator]
    got, _ = device_sign_in(authority, "lena@shop.example")
    profile = oauth_profile(server, "lena@shop.example")
    with open_smtp(profile, got.refresh_token) as client:
        client.send_message(message("lena@shop.example"))
    assert len(server.wait_for(1)) == 1


def test_the_code_sign_in_waits_while_the_user_has_not_typed_the_code(
        authority: OAuthServer) -> None:
    waits: list[float] = []
    codes: list[oauth.DeviceCode] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3:  # the user gets to it on the third poll
            authority.approve_device(codes[0].user_code, "max@shop.example")

    got = oauth.device_sign_in("microsoft", CLIENT, oauth.scopes_for("microsoft", "smtp"),
                               show_code=codes.append, sleep=sleep)
    assert got.refresh_token and waits == [authority.device_interval] * 3


def test_a_refused_code_sign_in_says_so(authority: OAuthServer) -> None:
    with pytest.raises(AuthError) as raised:
        device_sign_in(authority, "lena@shop.example", approved=False)
    assert raised.value.note().code == "oauth_refused"
    assert raised.value.note().params == {"reply": "access_denied"}


def test_cancelling_a_code_sign_in_stops_the_polling(authority: OAuthServer) -> None:
    with pytest.raises(AuthError) as raised:
        oauth.device_sign_in("microsoft", CLIENT, oauth.scopes_for("microsoft", "smtp"),
                             show_code=lambda _code: None, stopped=lambda: True)
    assert raised.value.note().code == "oauth_not_completed"


def test_a_server_offering_only_oauthbearer_gets_oauthbearer(smtp_server: object,
                                                            authority: OAuthServer) -> None:
    server: SmtpServer = smtp_server(  # type: ignore[operator]
        oauth=authority, oauth_scope=SMTP_SCOPE, oauth_mechanisms=("OAUTHBEARER",))
    profile = oauth_profile(server, "ida@shop.example")
    with open_smtp(profile, signed_in("ida@shop.example").refresh_token) as client:
        assert "OAUTHBEARER" in client.esmtp_features["auth"].split()
        assert "XOAUTH2" not in client.esmtp_features["auth"].split()
        client.send_message(message("ida@shop.example"))
    assert len(server.wait_for(1)) == 1 and server.xoauth2_logins == 1


def test_xoauth2_is_chosen_where_both_are_offered_and_oauthbearer_where_alone() -> None:
    assert oauth.mechanism({"XOAUTH2", "OAUTHBEARER"}) == "XOAUTH2"
    assert oauth.mechanism({"OAUTHBEARER", "PLAIN"}) == "OAUTHBEARER"
    assert oauth.mechanism(set()) == "XOAUTH2"


def test_the_oauthbearer_response_names_user_host_and_port() -> None:
    assert oauth.oauthbearer("ida@shop.example", "tok", "imap.shop.example", 993) == (
        "n,a=ida@shop.example,\x01host=imap.shop.example\x01port=993\x01auth=Bearer tok\x01\x01")


def test_dovecot_takes_our_oauthbearer_login(dovecot_oauth: DovecotServer,
                                             authority: OAuthServer) -> None:
    import imaplib

    user = dovecot_oauth.add_user("ola")
    token = signed_in(user.name, "imap").access_token
    blob = oauth.oauthbearer(user.name, token, "127.0.0.1", dovecot_oauth.imap_port).encode()
    client = imaplib.IMAP4("127.0.0.1", dovecot_oauth.imap_port)
    try:
        assert client.authenticate("OAUTHBEARER", lambda _c: blob)[0] == "OK"
    finally:
        client.logout()
