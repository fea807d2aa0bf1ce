"""Network plumbing shared by the SMTP and mailbox connections.

- ``tls_context``: certificate checks on or off, per the user's setting;
- ``network_note``: a socket or TLS failure as a code with host, port and timeout
  (``network_words``: its sentence, for a message shown at once);
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
from typing import TYPE_CHECKING

from engine.config import resolver_address
from engine.notes import Note

if TYPE_CHECKING:
    import dns.resolver


def tls_context(verify_certificate: bool) -> ssl.SSLContext:
    """The system's trust store (``SSL_CERT_FILE`` honoured); no checks only when asked."""
    context = ssl.create_default_context()
    if not verify_certificate:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


# A failure below the mail protocol, by its code: the sentence ``str(error)`` gives at once
# (a form, the CLI's output). What is stored is the code with host, port and timeout, and
# ``engine.cli.words`` reuses these sentences for it.
NETWORK_SENTENCES: dict[str, str] = {
    "certificate_name_mismatch": (
        "Certificate not trusted for {host}: it was issued for another server name. "
        "Use the name the certificate was made for."),
    "certificate_untrusted": (
        "Certificate not trusted for {host} ({reason}). If you trust this server anyway, "
        "untick “Verify the server certificate”."),
    "tls_failed": (
        "The secure connection to {host} on port {port} failed ({reason}). "
        "Check that the security setting matches the port (SSL/TLS on 465, 993 and 995; "
        "STARTTLS or none on the others)."),
    "timed_out": (
        "No answer from {host} on port {port} within {timeout} s. Check the server name "
        "and port, and that a firewall does not block the connection."),
    "connection_refused": (
        "Connection refused on port {port} by {host}: no mail service listens there. "
        "Check the port and the security setting."),
    "host_not_found": "The server name “{host}” could not be found. Check its spelling.",
    "connection_reset": "{host} closed the connection on port {port} unexpectedly.",
    "network_error": "Could not talk to {host} on port {port}: {detail}.",
}


def network_note(exc: BaseException, host: str, port: int, timeout: float) -> Note | None:
    """What went wrong below the mail protocol, as a note; None when it is not such a
    failure. The operating system's or TLS library's own reason travels as data."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or str(exc)
        if "mismatch" in reason.lower():
            return Note("certificate_name_mismatch", {"host": host})
        return Note("certificate_untrusted", {"host": host, "reason": reason})
    if isinstance(exc, ssl.SSLError):
        return Note("tls_failed", {"host": host, "port": port,
                                   "reason": str(exc.reason or exc)})
    if isinstance(exc, TimeoutError):
        return Note("timed_out", {"host": host, "port": port, "timeout": timeout})
    if isinstance(exc, ConnectionRefusedError):
        return Note("connection_refused", {"host": host, "port": port})
    if isinstance(exc, socket.gaierror):
        return Note("host_not_found", {"host": host})
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
        return Note("connection_reset", {"host": host, "port": port})
    if isinstance(exc, OSError):
        return Note("network_error", {"host": host, "port": port,
                                      "detail": str(exc.strerror or exc)})
    return None


def network_words(found: Note) -> str:
    """The sentence for a note of ``network_note``."""
    params = {**found.params}
    if isinstance(timeout := params.get("timeout"), (int, float)):
        params["timeout"] = f"{timeout:g}"
    return NETWORK_SENTENCES[found.code].format_map(params)


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


def make_resolver(address: str = "", timeout: float = 5.0) -> dns.resolver.Resolver:
    """A dnspython resolver asking ``address`` ("host:port"; empty: the system's servers).
    Imported here, not at the top: only the checks and the settings lookup ask the DNS,
    and the jobs and the CLI should not pay for loading it."""
    import dns.resolver

    if address.strip():
        host, port = resolver_address(address)
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = [host]
        resolver.port = port
    else:
        resolver = dns.resolver.Resolver()
    # several tries within the lifetime: a reply lost or late on UDP is asked again
    resolver.lifetime = timeout
    resolver.timeout = min(timeout, 1.5)
    return resolver
