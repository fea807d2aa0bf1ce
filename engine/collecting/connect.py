"""Opening the bounce mailbox (IMAP or POP3) the way its settings say, failures in plain words.

``open_imap`` returns a logged-in imap_tools mailbox (``MailBox`` for SSL/TLS,
``MailBoxStartTls``, ``MailBoxUnencrypted``); ``open_pop3`` a logged-in ``poplib.POP3``.
``list_folders`` feeds the window's *Load folders*; ``check_mailbox`` is its *Test connection*.
Failures are ``MailboxError`` / ``AuthError`` with a message a marketer can act on.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import poplib
import socket
import ssl
from typing import Any

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import (
    ImapToolsError,
    MailboxFolderSelectError,
    MailboxLoginError,
    MailboxStarttlsError,
)

from engine import oauth
from engine.config import BounceMailbox
from engine.errors import AuthError, MailboxError
from engine.jobs import Cancelled
from engine.network import Hangup, network_note, network_words, tls_context
from engine.notes import Note


def _raw_socket(host: str, port: int, timeout: float | None, hangup: Hangup | None
                ) -> socket.socket:
    sock = socket.create_connection((host, port), timeout)
    if hangup is not None:
        hangup.attach(sock)
    return sock


# imaplib and poplib open their sockets in ``_create_socket``; these subclasses only hand the
# raw socket to the hangup before TLS starts, as the stdlib versions would otherwise do.


class _Imap(imaplib.IMAP4):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float) -> None:
        self._hangup = hangup
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        return _raw_socket(self.host, self.port, timeout, self._hangup)


class _ImapSsl(imaplib.IMAP4_SSL):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float,
                 context: ssl.SSLContext) -> None:
        self._hangup = hangup
        super().__init__(host, port, ssl_context=context, timeout=timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        sock = _raw_socket(self.host, self.port, timeout, self._hangup)
        wrapped: socket.socket = self.ssl_context.wrap_socket(sock, server_hostname=self.host)
        return wrapped


class _ImapTlsMailbox(MailBox):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float,
                 context: ssl.SSLContext) -> None:
        self._hangup = hangup
        super().__init__(host, port, timeout=timeout, ssl_context=context)

    def _get_mailbox_client(self) -> imaplib.IMAP4:
        return _ImapSsl(self._hangup, self._host, self._port, self._timeout, self._ssl_context)


class _ImapStartTlsMailbox(MailBoxStartTls):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float,
                 context: ssl.SSLContext) -> None:
        self._hangup = hangup
        super().__init__(host, port, timeout=timeout, ssl_context=context)

    def _get_mailbox_client(self) -> imaplib.IMAP4:
        client = _Imap(self._hangup, self._host, self._port, self._timeout)
        typ, data = client.starttls(self._ssl_context)
        if typ != "OK":
            raise MailboxStarttlsError((typ, data), "OK")
        return client


class _ImapPlainMailbox(MailBoxUnencrypted):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float) -> None:
        self._hangup = hangup
        super().__init__(host, port, timeout=timeout)

    def _get_mailbox_client(self) -> imaplib.IMAP4:
        return _Imap(self._hangup, self._host, self._port, self._timeout)


# poplib refuses any line over 2,048 bytes ("line too long") and leaves the connection out of
# step, so one bounce quoting a long header stopped every run for good. Mail has longer lines
# (RFC 5322 only *recommends* 998); a line up to POP3_MAX_LINE is read whole. A longer one
# (more than any server accepts as a whole message) is read to its end and dropped, so the
# conversation stays in step, and the message is reported and left on the server.
POP3_MAX_LINE = 64 * 1024 * 1024


class _LongLines:
    file: Any
    overlong = 0  # lines cut short so far, for the caller to notice per message

    def _getline(self) -> tuple[bytes, int]:
        line: bytes = self.file.readline(POP3_MAX_LINE + 1)
        if len(line) > POP3_MAX_LINE:
            self.overlong += 1
            rest = line
            while rest and not rest.endswith(b"\n"):
                rest = self.file.readline(POP3_MAX_LINE)
            line = line[:POP3_MAX_LINE] + b"\r\n"
        if not line:
            raise poplib.error_proto("-ERR EOF")
        octets = len(line)
        if line[-2:] == b"\r\n":
            return line[:-2], octets
        if line[:1] == b"\r":
            return line[1:-1], octets
        return line[:-1], octets


class _Pop3(_LongLines, poplib.POP3):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float) -> None:
        self._hangup = hangup
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout: float) -> socket.socket:
        return _raw_socket(self.host, self.port, timeout, self._hangup)


class _Pop3Ssl(_LongLines, poplib.POP3_SSL):
    def __init__(self, hangup: Hangup | None, host: str, port: int, timeout: float,
                 context: ssl.SSLContext) -> None:
        self._hangup = hangup
        self._context = context
        super().__init__(host, port, timeout=timeout, context=context)

    def _create_socket(self, timeout: float) -> socket.socket:
        sock = _raw_socket(self.host, self.port, timeout, self._hangup)
        return self._context.wrap_socket(sock, server_hostname=self.host)


def _server_said(data: Any) -> str:
    """The server's words from an IMAP/POP3 reply, without Python's bytes decoration."""
    if isinstance(data, (list, tuple)):
        data = b" ".join(d for d in data if isinstance(d, bytes))
    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    return " ".join(str(data).split())


def _translate(exc: BaseException, mailbox: BounceMailbox, timeout: float,
               hangup: Hangup | None) -> BaseException:
    if hangup is not None and hangup.hung_up:
        return Cancelled()
    host, port = mailbox.host.strip(), mailbox.port
    if isinstance(exc, MailboxLoginError):
        said = _server_said(exc.command_result[1])
        return AuthError(
            f"Authentication failed: the server said “{said}”. Check the user name and password.",
            code="mailbox_auth_refused", params={"host": host, "reply": said})
    if isinstance(exc, MailboxStarttlsError):
        return MailboxError(f"{host} does not offer STARTTLS on port {port}.",
                            code="mailbox_no_starttls", params={"host": host, "port": port})
    if isinstance(exc, MailboxFolderSelectError):
        return MailboxError(
            f"The folder “{mailbox.folder}” does not exist on {host}. Use Load folders to "
            "pick one.",
            code="no_such_folder", params={"host": host, "folder": mailbox.folder})
    if isinstance(exc, poplib.error_proto):
        said = _server_said(exc.args[0] if exc.args else "")
        if "stls" in said.lower() or "not supported" in said.lower():
            return MailboxError(f"{host} does not offer STARTTLS for POP3 on port {port}.",
                                code="pop3_no_starttls", params={"host": host, "port": port})
        return AuthError(
            f"Authentication failed: the server said “{said}”. Check the user name and password.",
            code="mailbox_auth_refused", params={"host": host, "reply": said})
    if isinstance(exc, imaplib.IMAP4.abort):
        return MailboxError(
            f"{host} closed the connection on port {port}. If this port expects SSL/TLS from "
            "the start (usually 993 for IMAP, 995 for POP3), choose SSL/TLS.",
            code="mailbox_closed", params={"host": host, "port": port})
    if isinstance(exc, (imaplib.IMAP4.error, ImapToolsError)):
        return MailboxError(f"{host} refused: {exc}", code="mailbox_refused",
                            params={"host": host, "reply": str(exc)})
    if isinstance(exc, EOFError):
        return MailboxError(f"{host} closed the connection on port {port}.",
                            code="connection_closed", params={"host": host, "port": port})
    found = network_note(exc, host, port, timeout)
    if found is None:
        return exc
    return MailboxError(network_words(found), code=found.code, params=found.params)


_EXPECTED = (OSError, EOFError, imaplib.IMAP4.error, poplib.error_proto, ImapToolsError)


def _require_password(mailbox: BounceMailbox, password: str | None) -> str:
    if not password and mailbox.auth_method != "password":
        raise AuthError("Sign in again to the bounce mailbox: it is not signed in.",
                        code="oauth_sign_in_again", params={"name": mailbox.username})
    if not password:
        raise AuthError("No password is stored for the bounce mailbox. Enter it and save.",
                        code="no_password", params={})
    return password


def _mailbox_tokens(mailbox: BounceMailbox, refresh_token: str) -> oauth.TokenSource:
    return oauth.token_source(
        key=mailbox.secret_key, name=mailbox.username, method=mailbox.auth_method,
        client_id=mailbox.oauth_client_id.strip(), tenant=mailbox.oauth_tenant,
        refresh_token=refresh_token, use=mailbox.protocol)


def _imap_oauth(box: BaseMailBox, mailbox: BounceMailbox, refresh_token: str) -> None:
    """AUTHENTICATE XOAUTH2 (OAUTHBEARER where only that is offered); a refused access token
    is refreshed once and tried again."""
    source = _mailbox_tokens(mailbox, refresh_token)
    token = source.access_token()
    offered = {c.removeprefix("AUTH=") for c in box.client.capabilities if c.startswith("AUTH=")}
    chosen = oauth.mechanism(offered)
    for attempt in (1, 2):
        blob = oauth.initial_response(chosen, mailbox.username, token, mailbox.host.strip(),
                                      mailbox.port).encode()

        def answer(_challenge: bytes, blob: bytes = blob) -> bytes:
            return blob

        try:
            box.client.authenticate(chosen, answer)
        except imaplib.IMAP4.error as exc:
            if attempt == 2 or isinstance(exc, imaplib.IMAP4.abort):
                raise _oauth_refused(mailbox, str(exc)) from None
            token = source.refresh()
        else:
            return


def _pop3_oauth(client: poplib.POP3, mailbox: BounceMailbox, refresh_token: str) -> None:
    """AUTH XOAUTH2 (RFC 1734 style, as Dovecot, Outlook and Gmail take it), or OAUTHBEARER
    where only that is offered; refreshed once."""
    source = _mailbox_tokens(mailbox, refresh_token)
    token = source.access_token()
    raw: Any = client  # poplib has no AUTH command: its line primitives do the exchange
    try:
        offered = set(client.capa().get("SASL", []))
    except poplib.error_proto:  # no CAPA: an old server; XOAUTH2 is the one to try
        offered = set()
    chosen = oauth.mechanism(offered)
    for attempt in (1, 2):
        blob = oauth.initial_response(chosen, mailbox.username, token, mailbox.host.strip(),
                                      mailbox.port)
        try:
            raw._putcmd(f"AUTH {chosen} " + base64.b64encode(blob.encode()).decode())
            reply: bytes = raw._getline()[0]
            if reply.startswith(b"+ "):
                raw._putcmd("")  # the error report: an empty line ends the exchange
                reply = raw._getline()[0]
            if reply.startswith(b"+OK"):
                return
        except poplib.error_proto as exc:
            reply = str(exc).encode()
        if attempt == 2:
            raise _oauth_refused(mailbox, reply.decode("utf-8", "replace"))
        token = source.refresh()


def _oauth_refused(mailbox: BounceMailbox, said: str) -> AuthError:
    said = _server_said(said)
    return AuthError(f"The server refused the sign-in of {mailbox.username}: it said “{said}”.",
                     code="oauth_refused", params={"reply": said})


def open_imap(
    mailbox: BounceMailbox,
    password: str | None,
    *,
    timeout: float = 20.0,
    hangup: Hangup | None = None,
    select_folder: bool = True,
) -> MailBox | MailBoxStartTls | MailBoxUnencrypted:
    """A logged-in imap_tools mailbox with ``mailbox.folder`` selected (unless told not to).

    The caller logs out (``with open_imap(...) as box:``).
    """
    secret = _require_password(mailbox, password)
    host, port = mailbox.host.strip(), mailbox.port
    try:
        box: MailBox | MailBoxStartTls | MailBoxUnencrypted
        if mailbox.security == "ssl":
            box = _ImapTlsMailbox(hangup, host, port, timeout,
                                  tls_context(mailbox.verify_certificate))
        elif mailbox.security == "starttls":
            box = _ImapStartTlsMailbox(hangup, host, port, timeout,
                                       tls_context(mailbox.verify_certificate))
        else:
            box = _ImapPlainMailbox(hangup, host, port, timeout)
        try:
            if mailbox.auth_method != "password":
                _imap_oauth(box, mailbox, secret)
                if select_folder:
                    box.folder.set(mailbox.folder)
            else:
                box.login(mailbox.username, secret,
                          initial_folder=mailbox.folder if select_folder else None)
        except BaseException:
            with contextlib.suppress(Exception):
                box.client.shutdown()
            raise
        return box
    except _EXPECTED as exc:
        raise _translate(exc, mailbox, timeout, hangup) from None


def open_pop3(
    mailbox: BounceMailbox,
    password: str | None,
    *,
    timeout: float = 20.0,
    hangup: Hangup | None = None,
) -> poplib.POP3:
    """A logged-in POP3 client (TLS per the settings). The caller calls ``quit()``."""
    secret = _require_password(mailbox, password)
    host, port = mailbox.host.strip(), mailbox.port
    try:
        client: poplib.POP3
        if mailbox.security == "ssl":
            client = _Pop3Ssl(hangup, host, port, timeout,
                              tls_context(mailbox.verify_certificate))
        else:
            client = _Pop3(hangup, host, port, timeout)
        try:
            if mailbox.security == "starttls":
                client.stls(tls_context(mailbox.verify_certificate))
            if mailbox.auth_method != "password":
                _pop3_oauth(client, mailbox, secret)
            else:
                client.user(mailbox.username)
                client.pass_(secret)
        except BaseException:
            with contextlib.suppress(Exception):
                client.close()
            raise
        return client
    except _EXPECTED as exc:
        raise _translate(exc, mailbox, timeout, hangup) from None


def list_folders(
    mailbox: BounceMailbox,
    password: str | None,
    *,
    timeout: float = 20.0,
    hangup: Hangup | None = None,
) -> list[str]:
    """The IMAP folders a user could monitor, INBOX first; POP3 has only the one."""
    if mailbox.protocol == "pop3":
        return ["INBOX"]
    try:
        box = open_imap(mailbox, password, timeout=timeout, hangup=hangup, select_folder=False)
        try:
            found = box.folder.list()
        except _EXPECTED as exc:
            raise _translate(exc, mailbox, timeout, hangup) from None
        finally:
            with contextlib.suppress(Exception):
                box.logout()
    finally:
        if hangup is not None:
            hangup.release()
    names = [f.name for f in found if "\\noselect" not in {x.lower() for x in f.flags}]
    others = sorted((n for n in names if n.upper() != "INBOX"), key=str.lower)
    return ["INBOX", *others]


def check_mailbox(
    mailbox: BounceMailbox,
    password: str | None,
    *,
    timeout: float = 20.0,
    hangup: Hangup | None = None,
) -> Note:
    """Log in (and open the folder, for IMAP), then leave; returns what worked, as a note
    (``mailbox_check_passed``: the folder and its count for IMAP, what waits for POP3)."""
    folder = ""
    try:
        if mailbox.protocol == "pop3":
            client = open_pop3(mailbox, password, timeout=timeout, hangup=hangup)
            try:
                count, _size = client.stat()
            except _EXPECTED as exc:
                raise _translate(exc, mailbox, timeout, hangup) from None
            finally:
                with contextlib.suppress(Exception):
                    client.quit()
        else:
            box = open_imap(mailbox, password, timeout=timeout, hangup=hangup)
            try:
                status = box.folder.status(mailbox.folder)
            except _EXPECTED as exc:
                raise _translate(exc, mailbox, timeout, hangup) from None
            finally:
                with contextlib.suppress(Exception):
                    box.logout()
            count, folder = int(status.get("MESSAGES", 0)), mailbox.folder
    finally:
        if hangup is not None:
            hangup.release()
    return Note("mailbox_check_passed", {
        "host": mailbox.host, "protocol": mailbox.protocol.upper(), "port": mailbox.port,
        "security": mailbox.security, "username": mailbox.username, "folder": folder,
        "messages": count})
