"""A real SMTP server (aiosmtpd) on 127.0.0.1, in-process, with the faults tests need.

`SmtpServer` runs an aiosmtpd `Controller` in its own thread and records every message it
accepts (`ReceivedMessage`) so a test can assert batches, pauses and envelopes on the server
side. Options:

- `tls`: "none", "starttls" (STARTTLS offered, not required) or "implicit" (TLS from the
  first byte, as on port 465);
- `auth`: `(user, password)`; AUTH PLAIN/LOGIN is then offered and MAIL is refused with 530
  until the client has logged in. By default AUTH is offered only over TLS when TLS is on,
  and in the clear when it is off (`auth_require_tls` overrides);
- `replies`: per-recipient canned RCPT replies, e.g. `{"x@y": "550 5.1.1 No such user"}`;
  `data_reply` answers the end of DATA with a canned reply instead of 250;
- `drop_after`: on each connection, after N accepted messages the next message is answered
  by closing the connection abruptly, without a reply (`dropped` counts it) - the "did it go
  or not?" case a sender must survive. `drop_at` says when: "data_end" (default: the whole
  body arrived, the message is not stored), "stored" (the message is stored, then the line is
  cut before the reply) or "rcpt" (at RCPT, before any of the body was sent);
- `data_reply_delay`: seconds of silence after a message is stored before its end-of-DATA
  reply (a reply that comes after the client gave up waiting);
- `delay`: seconds of silence before every reply, greeting included (simulated distance);
- `oauth`: an `OAuthServer`; AUTH then offers `oauth_mechanisms` (XOAUTH2 by default,
  OAUTHBEARER on request) and checks each access token at
  that server (`oauth_scope`: the scope a token must carry);
- `most_open_at_once`: per recipient domain, the most transactions that were open at once
  (from an accepted RCPT to the end of DATA) on all connections together: what a sender's
  cap on connections to one receiving provider is seen as from outside;
- `pipelining`: advertise PIPELINING. aiosmtpd does not advertise it, but it reads commands
  from a stream buffer one at a time, so pipelined commands are answered correctly, in
  order; only the capability line is missing.

aiosmtpd never offers PIPELINING by itself, so a client that pipelines only when offered
will not pipeline against a default `SmtpServer`.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import logging
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, AnyStr, Literal

import requests
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.servers.ports import LOOPBACK

if TYPE_CHECKING:
    from tests.servers.certs import Certificate
    from tests.servers.oauth import OAuthServer

TlsMode = Literal["none", "starttls", "implicit"]
DropAt = Literal["data_end", "stored", "rcpt"]

# The name the server gives in its greeting and EHLO. Passing it keeps aiosmtpd from calling
# socket.getfqdn(), which may ask a DNS server - and tests talk to 127.0.0.1 only.
SERVER_NAME = "localhost"


class _QuietDeprecation(logging.Filter):
    """aiosmtpd logs a warning of its own on every successful AUTH; it says nothing to us."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_QuietDeprecation())


@dataclass(frozen=True)
class ReceivedMessage:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    connection: int  # one number per TCP connection, increasing; groups a batch
    peer: tuple[str, int]
    received_at: float  # time.monotonic() when DATA ended: comparable with the test's clock
    login: str | None  # the AUTH user, None when the client did not log in
    tls: bool  # whether the message travelled over TLS (implicit or after STARTTLS)


class PacedSMTP(SMTP):  # type: ignore[misc]
    """aiosmtpd's SMTP protocol, waiting `reply_delay` seconds before each reply."""

    def __init__(self, *args: Any, reply_delay: float = 0.0, connection: int = 0,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reply_delay = reply_delay
        self.connection = connection
        self.accepted_here = 0

    async def push(self, status: AnyStr) -> None:
        # Only before the last line of a reply: a multi-line EHLO answer is one reply.
        continued = len(status) > 3 and status[3] in ("-", ord("-"))
        if self.reply_delay and not continued:
            try:
                await asyncio.sleep(self.reply_delay)
            except asyncio.CancelledError:
                # The client left while we paused. aiosmtpd closes the transport itself only
                # when this happens inside its command loop, not during the greeting.
                if self.transport is not None:
                    self.transport.close()
                raise
        await super().push(status)


def advertise_pipelining(session: Session, hostname: str, responses: list[str]) -> list[str]:
    """The body of a handle_EHLO hook adding PIPELINING before the closing line."""
    # The 5-argument hook replaces aiosmtpd's own bookkeeping, which would set this.
    session.host_name = hostname
    return [*responses[:-1], "250-PIPELINING", responses[-1]]


class _RecordingHandler:
    def __init__(self, server: SmtpServer) -> None:
        self._server = server

    async def handle_EHLO(  # noqa: N802 - aiosmtpd's hook name
        self, server: PacedSMTP, session: Session, envelope: Envelope, hostname: str,
        responses: list[str],
    ) -> list[str]:
        if self._server.pipelining:
            return advertise_pipelining(session, hostname, responses)
        session.host_name = hostname
        return responses

    async def handle_MAIL(  # noqa: N802
        self, server: PacedSMTP, session: Session, envelope: Envelope, address: str,
        mail_options: list[str],
    ) -> str:
        needs_auth = self._server.auth is not None or self._server.oauth is not None
        if needs_auth and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802
        self, server: PacedSMTP, session: Session, envelope: Envelope, address: str,
        rcpt_options: list[str],
    ) -> str:
        if self._server.drop_at == "rcpt" and self._drops_now(server):
            return await self._drop(server)
        canned = self._server.replies.get(address.lower())
        if canned is not None:
            return canned
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        self._server._note_open(address, +1)
        return "250 OK"

    async def handle_DATA(  # noqa: N802
        self, server: PacedSMTP, session: Session, envelope: Envelope,
    ) -> str:
        for address in envelope.rcpt_tos:
            self._server._note_open(address, -1)
        if self._server.drop_at == "data_end" and self._drops_now(server):
            return await self._drop(server)
        if self._server.data_reply is not None:
            return self._server.data_reply
        dropping = self._server.drop_at == "stored" and self._drops_now(server)
        server.accepted_here += 1
        auth_data = session.auth_data
        login = auth_data.login.decode() if isinstance(auth_data, LoginPassword) else (
            auth_data if isinstance(auth_data, str) else None)
        self._server._record(
            ReceivedMessage(
                mail_from=envelope.mail_from,
                rcpt_tos=tuple(envelope.rcpt_tos),
                data=envelope.original_content or envelope.content,
                connection=server.connection,
                peer=tuple(session.peer[:2]),
                received_at=time.monotonic(),
                login=login,
                tls=self._server.tls == "implicit" or session.ssl is not None,
            )
        )
        if dropping:
            return await self._drop(server)
        if self._server.data_reply_delay:
            await asyncio.sleep(self._server.data_reply_delay)
        return "250 2.0.0 OK queued"

    def _drops_now(self, server: PacedSMTP) -> bool:
        drop_after = self._server.drop_after
        return drop_after is not None and server.accepted_here >= drop_after

    async def _drop(self, server: PacedSMTP) -> str:
        self._server._note_dropped()
        server.transport.abort()
        # abort() schedules connection_lost(), which cancels this very coroutine: waiting
        # here means no reply is ever written. The timeout is only a safety net.
        await asyncio.sleep(5)
        return "421 4.4.2 Connection dropped"


class _OAuthHandler(_RecordingHandler):
    """Offers SASL XOAUTH2 and checks each access token at the authorization server's
    introspection endpoint, as Exchange Online and Gmail do: active, for this user, with the
    scope the server wants."""

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:  # noqa: N802
        blob = base64.b64decode(args[1]) if len(args) > 1 else await server.challenge_auth("")
        fields = dict(p.split("=", 1) for p in blob.decode().split("\x01") if "=" in p)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        return await self._check(server, user, token)

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:  # noqa: N802
        """RFC 7628: a GS2 header naming the user ("n,a=user,"), then key=value fields."""
        blob = base64.b64decode(args[1]) if len(args) > 1 else await server.challenge_auth("")
        header, _, rest = blob.decode().partition("\x01")
        user = next((p[2:] for p in header.split(",") if p.startswith("a=")), "")
        fields = dict(p.split("=", 1) for p in rest.split("\x01") if "=" in p)
        return await self._check(server, user, fields.get("auth", "").removeprefix("Bearer "))

    async def _check(self, server: SMTP, user: str, token: str) -> AuthResult:
        oauth = self._server.oauth
        assert oauth is not None
        info = await asyncio.to_thread(_introspect, oauth.introspection_url, token)
        scopes = str(info.get("scope", "")).split()
        if info.get("active") and info.get("username") == user and \
                (self._server.oauth_scope is None or self._server.oauth_scope in scopes):
            self._server.xoauth2_logins += 1
            return AuthResult(success=True, auth_data=user)
        self._server.xoauth2_refusals += 1
        await server.challenge_auth(
            base64.b64encode(json.dumps({"status": "401", "schemes": "bearer"}).encode()),
            encode_to_b64=False)
        return AuthResult(success=False, handled=False)


def _introspect(url: str, token: str) -> dict[str, Any]:
    from tests.servers.oauth import INTROSPECTION_CLIENT

    reply = requests.post(url, data={"token": token}, auth=INTROSPECTION_CLIENT, timeout=10)
    found: dict[str, Any] = reply.json()
    return found


class _Controller(Controller):  # type: ignore[misc]
    """A Controller that accepts port 0 and builds `PacedSMTP` protocols."""

    def __init__(self, owner: SmtpServer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._owner = owner
        self._numbers = itertools.count(1)

    def factory(self) -> PacedSMTP:
        return PacedSMTP(
            self.handler,
            reply_delay=self._owner.delay,
            connection=next(self._numbers),
            **self.SMTP_kwargs,
        )

    def _trigger_server(self) -> None:
        # aiosmtpd 1.4 connects to self.port to wake the server up; with port 0 that would be
        # port 0, so learn the port the kernel chose first.
        self.port = self.server.sockets[0].getsockname()[1]
        if not self._owner.delay:
            super()._trigger_server()
            return
        # aiosmtpd's own trigger waits for the greeting, which a delay holds back. Accepting
        # the connection is what builds the protocol, so connecting is enough.
        socket.create_connection((self.hostname, self.port), timeout=5).close()


class SmtpServer:
    """An aiosmtpd server on 127.0.0.1 and a free port. Use as a context manager."""

    def __init__(
        self,
        *,
        tls: TlsMode = "none",
        auth: tuple[str, str] | None = None,
        auth_require_tls: bool | None = None,
        replies: Mapping[str, str] | None = None,
        data_reply: str | None = None,
        drop_after: int | None = None,
        drop_at: DropAt = "data_end",
        data_reply_delay: float = 0.0,
        delay: float = 0.0,
        pipelining: bool = False,
        certificate: Certificate | None = None,
        oauth: OAuthServer | None = None,
        oauth_scope: str | None = None,
        oauth_mechanisms: tuple[str, ...] = ("XOAUTH2",),
    ) -> None:
        if tls != "none" and certificate is None:
            raise ValueError(f"tls={tls!r} needs a certificate")
        self.tls = tls
        self.auth = auth
        # Mutable on purpose: a test may change a recipient's fate between two sends.
        self.replies: dict[str, str] = {k.lower(): v for k, v in (replies or {}).items()}
        self.data_reply = data_reply
        self.drop_after = drop_after
        self.drop_at = drop_at
        self.data_reply_delay = data_reply_delay
        self.delay = delay
        self.pipelining = pipelining
        self.certificate = certificate
        # XOAUTH2 only, tokens checked against this authorization server (tests/servers/oauth.py)
        self.oauth = oauth
        self.oauth_scope = oauth_scope
        self.xoauth2_logins = 0
        self.xoauth2_refusals = 0
        self.host = LOOPBACK
        self.port = 0
        self.dropped = 0
        self._open: dict[str, int] = {}
        self.most_open_at_once: dict[str, int] = {}
        self._messages: list[ReceivedMessage] = []
        self._changed = threading.Condition()

        kwargs: dict[str, Any] = {
            "hostname": LOOPBACK,
            "port": 0,
            "server_hostname": SERVER_NAME,
            "ready_timeout": 10.0,
        }
        if certificate is not None and tls == "starttls":
            kwargs["tls_context"] = certificate.server_context()
        elif certificate is not None and tls == "implicit":
            kwargs["ssl_context"] = certificate.server_context()
        if auth is not None:
            kwargs["authenticator"] = self._authenticate
            if auth_require_tls is None:
                auth_require_tls = tls == "starttls"
            # aiosmtpd only knows TLS it negotiated itself (STARTTLS): under implicit TLS it
            # would think the session is in the clear and never offer AUTH.
            kwargs["auth_require_tls"] = auth_require_tls and tls != "implicit"
        handler = _RecordingHandler(self)
        if oauth is not None:
            handler = _OAuthHandler(self)
            offered = {"XOAUTH2", "OAUTHBEARER"} & set(oauth_mechanisms)
            kwargs |= {"auth_require_tls": False,
                       "auth_exclude_mechanism": ["LOGIN", "PLAIN",
                                                  *({"XOAUTH2", "OAUTHBEARER"} - offered)]}
        self._controller = _Controller(self, handler=handler, **kwargs)

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> SmtpServer:
        self._controller.start()
        self.port = self._controller.port
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what the server saw ----------------------------------------------------------------

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A snapshot of the accepted messages, in arrival order."""
        with self._changed:
            return list(self._messages)

    def connections(self) -> list[list[ReceivedMessage]]:
        """Accepted messages grouped by the connection that carried them, in order."""
        grouped = itertools.groupby(self.messages, key=lambda m: m.connection)
        return [list(batch) for _, batch in grouped]

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Block until at least `count` messages arrived; raise TimeoutError otherwise."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._messages) >= count, timeout):
                raise TimeoutError(f"{len(self._messages)} of {count} messages arrived")
            return list(self._messages)

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context trusting this server's certificate only."""
        if self.certificate is None:
            raise ValueError("this server has no certificate")
        return self.certificate.client_context()

    # -- called from the server thread ------------------------------------------------------

    def _record(self, message: ReceivedMessage) -> None:
        with self._changed:
            self._messages.append(message)
            self._changed.notify_all()

    def _note_open(self, address: str, change: int) -> None:
        domain = address.rpartition("@")[2].lower()
        with self._changed:
            self._open[domain] = self._open.get(domain, 0) + change
            self.most_open_at_once[domain] = max(self.most_open_at_once.get(domain, 0),
                                                 self._open[domain])

    def _note_dropped(self) -> None:
        with self._changed:
            self.dropped += 1

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str,
        auth_data: object,
    ) -> AuthResult:
        assert self.auth is not None
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = (auth_data.login.decode(), auth_data.password.decode()) == self.auth
        # auth_data is kept on the session so the recorded message can name the user.
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
