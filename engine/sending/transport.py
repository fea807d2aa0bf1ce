"""One SMTP connection carrying messages one after another, pipelined when the server allows.

smtplib sends MAIL, RCPT and DATA one round trip each. Where the server offers PIPELINING
(RFC 2920) the three commands go out in one write and their replies are read together, which
saves two round trips per message on a distant server. Either way every reply is classified
by ``outcomes``. A dropped connection or a timeout discards the connection (reopened for the
next message) and becomes a "lost" outcome while the end of the message has not been sent, an
"unknown" one once it has: from then on the server may have stored the message.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import smtplib
from collections.abc import Callable

from engine.bounces.codes import BounceCodeTable
from engine.notes import note
from engine.sending import outcomes
from engine.sending.outcomes import SendOutcome

_LEADING_DOT = re.compile(rb"(?m)^\.")
Opener = Callable[[], smtplib.SMTP]


def dot_stuff(data: bytes) -> bytes:
    """RFC 5321 4.5.2, and the end-of-data line; ``data`` already has CRLF line ends."""
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return _LEADING_DOT.sub(b"..", data) + b".\r\n"


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


class SmtpChannel:
    """A lazily opened connection; ``send`` never raises for a recipient's fate.

    Opening it may raise ``SmtpError`` or ``AuthError`` (the server is unreachable or refuses
    the login), which concerns every message, not one.
    """

    def __init__(self, opener: Opener, table: BounceCodeTable,
                 *, allow_pipelining: bool = True) -> None:
        self._opener = opener
        self._table = table
        self._allow_pipelining = allow_pipelining
        self._client: smtplib.SMTP | None = None
        self.messages_on_connection = 0
        self.connections_opened = 0
        self._end_sent = False  # the current message's final "." has been handed over

    @property
    def is_open(self) -> bool:
        return self._client is not None

    def open(self) -> smtplib.SMTP:
        if self._client is None:
            self._client = self._opener()
            self.connections_opened += 1
            self.messages_on_connection = 0
        return self._client

    @property
    def pipelining(self) -> bool:
        client = self._client
        return bool(self._allow_pipelining and client is not None
                    and client.has_extn("pipelining"))

    def send(self, envelope_from: str, recipient: str, data: bytes) -> SendOutcome:
        client = self.open()
        utf8 = not (envelope_from.isascii() and recipient.isascii())
        if utf8 and not client.has_extn("smtputf8"):
            return SendOutcome("failed", "", "5.6.7", "", "hard", note("no_smtputf8"),
                               lost_code="no_smtputf8")
        option = b" SMTPUTF8" if utf8 else b""
        mail = b"MAIL FROM:<" + envelope_from.encode() + b">" + option + b"\r\n"
        rcpt = b"RCPT TO:<" + recipient.encode() + b">\r\n"
        self._end_sent = False
        try:
            outcome = self._exchange(client, mail, rcpt, data)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.discard()
            reason = str(exc) or type(exc).__name__
            # smtplib turns a read timeout into SMTPServerDisconnected("... timed out")
            timed_out = isinstance(exc, TimeoutError) or reason.endswith("timed out")
            if self._end_sent:
                return outcomes.unknown(reason, timed_out=timed_out)
            return outcomes.lost(reason, timed_out=timed_out)
        self.messages_on_connection += 1
        if outcome.connection_lost:
            self.discard()
        return outcome

    def _exchange(self, client: smtplib.SMTP, mail: bytes, rcpt: bytes,
                  data: bytes) -> SendOutcome:
        if self.pipelining:
            client.send(mail + rcpt + b"DATA\r\n")
            replies = [client.getreply(), client.getreply(), client.getreply()]
        else:
            replies = []
            steps: tuple[tuple[bytes, tuple[int, ...]], ...] = (
                (mail, (250,)), (rcpt, (250, 251)), (b"DATA\r\n", (354,)))
            for command, ok in steps:
                client.send(command)
                replies.append(client.getreply())
                if replies[-1][0] not in ok:
                    break
        for (code, text), ok in zip(replies, ((250,), (250, 251), (354,)), strict=False):
            if code not in ok:
                refused = outcomes.from_reply(code, _text(text), self._table)
                if code == 421:  # the server is closing the connection: no goodbye
                    return refused
                try:
                    if len(replies) == 3 and replies[2][0] == 354:
                        # The server took DATA although a command before it failed: end it
                        # empty (no recipient was accepted, so nothing is delivered).
                        client.send(b".\r\n")
                        client.getreply()
                    self._reset(client)
                except (smtplib.SMTPServerDisconnected, OSError):
                    # The recipient's answer is known; only the connection is gone.
                    self.discard()
                    return dataclasses.replace(refused, connection_lost=True)
                return refused
        client.send(dot_stuff(data))
        # From here on the server may have stored the message: a lost line is no deferral.
        self._end_sent = True
        code, text = client.getreply()
        return outcomes.from_reply(code, _text(text), self._table)

    def _reset(self, client: smtplib.SMTP) -> None:
        client.send(b"RSET\r\n")
        code, _ = client.getreply()
        if code == 421:
            self.discard()

    def discard(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()

    def close(self) -> None:
        """Say goodbye politely; a server that already left is no error."""
        client, self._client = self._client, None
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                with contextlib.suppress(Exception):
                    client.close()
