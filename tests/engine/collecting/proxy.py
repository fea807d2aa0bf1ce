"""A loopback TCP proxy the test controls: it forwards to a server and can cut the line.

``CutProxy(target_port, cut_after=N)`` drops both sides once N bytes came back from the server
(mid-FETCH, for a big enough N), then forwards again to new connections only if told to.
``cut_on=b"UID STORE"`` drops them instead when the client sends those bytes (not passed on);
``stall_after=N`` stops passing anything on after N bytes from the server, without hanging up,
as a server that stopped answering; ``stalled`` is set then.
"""

from __future__ import annotations

import contextlib
import socket
import threading

from tests.servers.ports import LOOPBACK


class CutProxy:
    def __init__(self, target_port: int, *, cut_after: int | None = None,
                 cut_on: bytes | None = None, stall_after: int | None = None) -> None:
        self.target_port = target_port
        self.cut_after = cut_after
        self.cut_on = cut_on
        self.stall_after = stall_after
        self.stalled = threading.Event()
        self.cuts = 0
        self.refuse_after_cut = False
        self._listener = socket.create_server((LOOPBACK, 0))
        self.port: int = self._listener.getsockname()[1]
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.refuse_after_cut and self.cuts:
                client.close()
                continue
            server = socket.create_connection((LOOPBACK, self.target_port))
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, counted: bool) -> None:
        passed = 0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if not counted and self.cut_on is not None and self.cut_on in data:
                    self.cuts += 1
                    self.cut_on = None
                    break
                stall = self.stall_after
                if counted and stall is not None and passed + len(data) > stall:
                    sink.sendall(data[: stall - passed])
                    self.stalled.set()
                    self._stopped.wait()
                    break
                if counted and self.cut_after is not None and passed + len(data) > self.cut_after:
                    sink.sendall(data[: self.cut_after - passed])
                    self.cuts += 1
                    self.cut_after = None  # one cut per proxy unless re-armed
                    break
                passed += len(data)
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def stop(self) -> None:
        self._stopped.set()
        self._listener.close()
