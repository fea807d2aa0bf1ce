"""Loopback ports for the test servers: free ones, and ones that refuse or never answer."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from contextlib import contextmanager

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A port nothing listens on right now.

    For servers that need the number in a config file before they start (Dovecot,
    PostgreSQL). Another process could take it in between; the callers retry on a bind
    failure instead of pretending the race away.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def refused_port() -> Iterator[int]:
    """A port where a connection attempt is refused at once (TCP RST).

    The port stays bound, but not listening, for the duration, so no other test can start a
    server on it meanwhile; Linux answers a SYN to a bound, non-listening port with RST.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((LOOPBACK, 0))
        yield sock.getsockname()[1]
    finally:
        sock.close()


class SilentServer:
    """Accepts TCP connections and never says a word: for connect/read timeout tests.

    It listens but never calls accept(): the kernel completes the handshake from the
    backlog, so the client's connect succeeds and its first read waits for ever. No thread
    is needed, and closing the socket resets every waiting client.
    """

    def __init__(self, backlog: int = 64) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind((LOOPBACK, 0))
        self._sock.listen(backlog)
        self.host = LOOPBACK
        self.port: int = self._sock.getsockname()[1]

    def stop(self) -> None:
        self._sock.close()

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def dying_with_us(command: list[str]) -> list[str]:
    """`command`, made to get SIGTERM should the test process die without stopping it.

    Fixtures stop their servers, but a test run killed outright (SIGKILL, a CI timeout)
    would leave Dovecot or PostgreSQL running. util-linux's setpriv sets the kernel's
    parent-death signal and execs the command, so the PID stays the server's own.
    """
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return command
    return [setpriv, "--pdeathsig", "TERM", "--", *command]
