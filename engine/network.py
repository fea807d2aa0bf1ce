"""Network plumbing shared by the SMTP and mailbox connections.

- ``tls_context``: certificate checks on or off, per the user's setting;
- ``network_message``: a plain-language sentence for a socket or TLS failure;
- ``Hangup``: hanging up a connection that waits on a silent server, from another thread.
  A socket read blocks until the server answers or the timeout passes; a Cancel button cannot
wait 20 seconds. The connect modules hand each new TCP socket to a ``Hangup``; ``hang_up()``
(from the window's thread) shuts the socket down, so the blocked read returns at once and the
caller raises ``Cancelled`` instead of a network error.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading


def tls_context(verify_certificate: bool) -> ssl.SSLContext:
    """The system's trust store (``SSL_CERT_FILE`` honoured); no checks only when asked."""
    context = ssl.create_default_context()
    if not verify_certificate:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def network_message(exc: BaseException, host: str, port: int, timeout: float) -> str | None:
    """What went wrong below the mail protocol, in words; None when it is not such a failure."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or str(exc)
        if "mismatch" in reason.lower():
            return (
                f"Certificate not trusted for {host}: it was issued for another server name. "
                "Use the name the certificate was made for."
            )
        return (
            f"Certificate not trusted for {host} ({reason}). If you trust this server anyway, "
            "untick “Verify the server certificate”."
        )
    if isinstance(exc, ssl.SSLError):
        return (
            f"The secure connection to {host} on port {port} failed ({exc.reason or exc}). "
            "Check that the security setting matches the port (SSL/TLS on 465, 993 and 995; "
            "STARTTLS or none on the others)."
        )
    if isinstance(exc, TimeoutError):
        return (
            f"No answer from {host} on port {port} within {timeout:g} s. Check the server name "
            "and port, and that a firewall does not block the connection."
        )
    if isinstance(exc, ConnectionRefusedError):
        return (
            f"Connection refused on port {port} by {host}: no mail service listens there. "
            "Check the port and the security setting."
        )
    if isinstance(exc, socket.gaierror):
        return f"The server name “{host}” could not be found. Check its spelling."
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
        return f"{host} closed the connection on port {port} unexpectedly."
    if isinstance(exc, OSError):
        return f"Could not talk to {host} on port {port}: {exc.strerror or exc}."
    return None


class Hangup:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._hung_up = False

    @property
    def hung_up(self) -> bool:
        return self._hung_up

    def attach(self, sock: socket.socket) -> None:
        """Remember a freshly connected socket (before any TLS wrapping).

        A duplicate of the descriptor is kept: shutting it down ends the connection shared
        with the original, even after TLS has taken the original over.
        """
        with self._lock:
            duplicate = sock.dup()
            self._sockets.append(duplicate)
            late = self._hung_up
        if late:
            self._shut(duplicate)

    def hang_up(self) -> None:
        with self._lock:
            self._hung_up = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    def release(self) -> None:
        """Close the duplicates once the connection is finished with."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
