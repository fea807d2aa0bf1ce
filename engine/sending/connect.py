"""Opening an SMTP connection the way a profile says, with failures in plain words.

``open_smtp`` gives a connected (and logged-in) ``smtplib.SMTP`` to the sender;
``check_smtp`` is the settings window's *Test connection*: connect, TLS, log in, QUIT.
Every failure is an ``SmtpError`` (or ``AuthError`` for a refused login) whose message a
marketer can act on, never a traceback.
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import socket
import ssl

from engine import oauth
from engine.config import SmtpProfile
from engine.errors import AuthError, SmtpError
from engine.jobs import Cancelled
from engine.network import Hangup, network_note, network_words, tls_context
from engine.notes import Note


def ehlo_name() -> str:
    """Our name in EHLO: the machine's own name, never looked up in DNS.

    smtplib's default (socket.getfqdn) asks the resolver, which may contact a DNS server
    and stall for seconds before the SMTP conversation even starts.
    """
    name = socket.gethostname()
    return name if name and "." in name else "localhost.localdomain"


class _Smtp(smtplib.SMTP):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float) -> None:
        self._hangup = hangup
        super().__init__(host, port, local_hostname=ehlo_name(), timeout=timeout)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = socket.create_connection((host, port), timeout, self.source_address)
        if self._hangup is not None:
            self._hangup.attach(sock)
        return sock


class _SmtpSsl(smtplib.SMTP_SSL):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float,
                 context: ssl.SSLContext) -> None:
        self._hangup = hangup
        self._server_name = host
        super().__init__(host, port, local_hostname=ehlo_name(), timeout=timeout,
                         context=context)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        # As SMTP_SSL does it, with the raw socket handed to the hangup before the handshake.
        sock = socket.create_connection((host, port), timeout, self.source_address)
        if self._hangup is not None:
            self._hangup.attach(sock)
        return self.context.wrap_socket(sock, server_hostname=self._server_name)


def server_said(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return f"{code} {' '.join(text.split())}".strip()


def _connect(profile: SmtpProfile, timeout: float, hangup: Hangup | None) -> smtplib.SMTP:
    host, port = profile.host.strip(), profile.port
    context = tls_context(profile.verify_certificate)
    client: smtplib.SMTP
    if profile.security == "ssl":
        client = _SmtpSsl(hangup, host, port, timeout, context)
    else:
        client = _Smtp(hangup, host, port, timeout)
    try:
        client.ehlo()
        if profile.security == "starttls":
            if not client.has_extn("starttls"):
                raise SmtpError(
                    f"{host} does not offer STARTTLS on port {port}. Choose SSL/TLS (port 465) "
                    "or, only on a trusted network, no encryption.",
                    code="smtp_no_starttls", params={"host": host, "port": port})
            client.starttls(context=context)
            client.ehlo()
    except BaseException:
        _close_quietly(client)
        raise
    return client


def _login(client: smtplib.SMTP, profile: SmtpProfile, password: str | None) -> None:
    if not profile.requires_auth:
        return
    if not password and profile.auth_method != "password":
        raise AuthError(f"Sign in again to “{profile.name}”: it is not signed in.",
                        code="oauth_sign_in_again", params={"name": profile.name})
    if not password:
        raise AuthError(
            f"No password is stored for the profile “{profile.name}”. Enter it and save.",
            code="no_profile_password", params={"profile": profile.name})
    if not client.has_extn("auth"):
        hint = (
            " Many servers offer it only over an encrypted connection: choose STARTTLS or SSL/TLS."
            if profile.security == "none"
            else ""
        )
        raise SmtpError(
            f"{profile.host} does not offer authentication (AUTH) on port {profile.port}.{hint}",
            code="smtp_no_auth", params={"host": profile.host, "port": profile.port,
                                         "unencrypted": profile.security == "none"})
    if profile.auth_method != "password":
        _login_oauth(client, profile, password)
        return
    try:
        client.login(profile.username, password)
    except smtplib.SMTPAuthenticationError as exc:
        said = server_said(exc.smtp_code, exc.smtp_error)
        raise AuthError(
            f"Authentication failed: the server said {said}. Check the user name and password.",
            code="auth_refused", params={"host": profile.host, "reply": said},
        ) from None


def _login_oauth(client: smtplib.SMTP, profile: SmtpProfile, refresh_token: str) -> None:
    """SASL XOAUTH2 (OAUTHBEARER where only that is offered) with the profile's access
    token; a refused token is refreshed once (the provider may have ended it early), and a
    second refusal is the server's last word."""
    source = oauth.token_source(
        key=profile.secret_key, name=profile.name, method=profile.auth_method,
        client_id=profile.oauth_client_id.strip(), tenant=profile.oauth_tenant,
        refresh_token=refresh_token, use="smtp")
    token = source.access_token()
    chosen = oauth.mechanism(set(client.esmtp_features.get("auth", "").split()))
    for attempt in (1, 2):
        blob = base64.b64encode(oauth.initial_response(
            chosen, profile.username, token, profile.host.strip(), profile.port).encode())
        code, reply = client.docmd("AUTH", f"{chosen} {blob.decode()}")
        if code == 334:
            # The error report (a base64 JSON); the client's empty line ends the exchange.
            code, reply = client.docmd("")
        if code == 235:
            return
        if attempt == 1:
            token = source.refresh()
    said = server_said(code, reply)
    raise AuthError(
        f"The server refused the sign-in of “{profile.name}”: it said {said}.",
        code="oauth_refused", params={"reply": said})


def _close_quietly(client: smtplib.SMTP) -> None:
    with contextlib.suppress(Exception):
        client.close()


def _translate(
    exc: BaseException, profile: SmtpProfile, timeout: float, hangup: Hangup | None
) -> BaseException:
    if hangup is not None and hangup.hung_up:
        return Cancelled()
    host, port = profile.host.strip(), profile.port
    # smtplib turns a read timeout or reset into SMTPServerDisconnected; the cause says which.
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(exc.__context__, OSError):
        exc = exc.__context__
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SmtpError(
            f"{host} closed the connection on port {port} before answering. If the port "
            "expects SSL/TLS from the start (usually 465), choose SSL/TLS.",
            code="smtp_closed", params={"host": host, "port": port})
    if isinstance(exc, smtplib.SMTPConnectError):
        said = server_said(exc.smtp_code, exc.smtp_error)
        return SmtpError(f"{host} refused the connection: the server said {said}.",
                         code="smtp_connect_refused", params={"host": host, "reply": said})
    if isinstance(exc, smtplib.SMTPResponseException):
        said = server_said(exc.smtp_code, exc.smtp_error)
        return SmtpError(f"{host} refused: the server said {said}.", code="smtp_refused",
                         params={"host": host, "reply": said})
    found = network_note(exc, host, port, timeout)
    if found is not None:
        return SmtpError(network_words(found), code=found.code, params=found.params)
    if isinstance(exc, smtplib.SMTPException):
        return SmtpError(f"SMTP with {host} failed: {exc}", code="smtp_failed",
                         params={"host": host, "detail": str(exc)})
    return exc


def open_smtp(
    profile: SmtpProfile,
    password: str | None,
    *,
    timeout: float = 20.0,
    hangup: Hangup | None = None,
) -> smtplib.SMTP:
    """A connected SMTP client: TLS per ``profile.security``, logged in when required.

    The caller owns the connection (``quit()`` it). ``hangup`` lets another thread abort a
    connection that is waiting on the server; the call then raises ``Cancelled``.
    """
    try:
        client = _connect(profile, timeout, hangup)
        try:
            _login(client, profile, password)
        except BaseException:
            _close_quietly(client)
            raise
        return client
    except (SmtpError, AuthError):
        raise
    except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        raise _translate(exc, profile, timeout, hangup) from None


def check_smtp(
    profile: SmtpProfile,
    password: str | None,
    *,
    timeout: float = 20.0,
    hangup: Hangup | None = None,
) -> Note:
    """Connect, secure, log in and say goodbye; returns what worked, as a note
    (``smtp_check_passed``) the window and the CLI put in words."""
    try:
        client = open_smtp(profile, password, timeout=timeout, hangup=hangup)
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            _close_quietly(client)  # the test passed; a rude goodbye changes nothing
    finally:
        if hangup is not None:
            hangup.release()
    return Note("smtp_check_passed", {
        "host": profile.host, "port": profile.port, "security": profile.security,
        "username": profile.username if profile.requires_auth else ""})
