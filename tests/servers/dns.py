"""A private authoritative DNS server (Debian's nsd) on 127.0.0.1, for the checks that read
SPF, DKIM, DMARC, MX and PTR records, and for DKIM verification against a published key.

`DnsServer.start(zones, folder)` writes an nsd.conf and one zone file per zone into `folder`,
runs `nsd -d` in the foreground as our child (stopping it then takes milliseconds, where a
daemonised nsd takes 1.5 s to go) and waits until it answers. The settings below are each
needed here (see shared/TEST-SERVERS.md): without `username: ""` nsd drops to user nsd and
never answers; without `database: ""` it writes into /var/lib/nsd.

Zones are given as record lines relative to the origin; `zone_text` adds the SOA and NS, and
`txt()` splits a long TXT value (a 2048-bit DKIM key) into strings of at most 255 bytes.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tests.servers.ports import LOOPBACK, dying_with_us, free_port

if TYPE_CHECKING:
    import dns.resolver

NSD_CANDIDATES = ("/usr/sbin/nsd", "/usr/local/sbin/nsd")


def find_nsd() -> str | None:
    found = shutil.which("nsd")
    if found:
        return found
    return next((c for c in NSD_CANDIDATES if os.access(c, os.X_OK)), None)


def why_nsd_cannot_run() -> str | None:
    if find_nsd() is None:
        return "nsd is not installed (Debian: nsd), needed for the DNS checks' test server"
    return None


def txt(value: str) -> str:
    """A TXT record's data: `value` as quoted strings of at most 255 characters each."""
    parts = [value[i:i + 255] for i in range(0, len(value), 255)] or [""]
    quoted = " ".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in parts)
    return f"( {quoted} )" if len(parts) > 1 else quoted


def zone_text(origin: str, records: list[str]) -> str:
    origin = origin.rstrip(".") + "."
    head = [
        f"$ORIGIN {origin}",
        "$TTL 60",
        f"@ IN SOA ns1.{origin} hostmaster.{origin} 1 3600 600 86400 60",
        f"@ IN NS ns1.{origin}",
    ]
    return "\n".join(head + records) + "\n"


@dataclass
class DnsServer:
    host: str
    port: int
    folder: Path
    process: subprocess.Popen[bytes]

    @classmethod
    def start(cls, zones: Mapping[str, list[str]], folder: Path) -> DnsServer:
        nsd = find_nsd()
        assert nsd is not None, why_nsd_cannot_run()
        folder.mkdir(parents=True, exist_ok=True)
        for name, records in zones.items():
            (folder / f"{name}.zone").write_text(zone_text(name, records))
        last_log = ""
        for _attempt in range(5):
            port = free_port()
            conf = folder / "nsd.conf"
            conf.write_text(_config(folder, port, zones))
            log = folder / "nsd.log"
            log.write_bytes(b"")
            # nsd's output goes to a file: a pipe kept open by a child hangs readers.
            with open(folder / "nsd.out", "wb") as out:
                process = subprocess.Popen(
                    dying_with_us([nsd, "-d", "-c", str(conf)]),
                    stdout=out, stderr=subprocess.STDOUT,
                )
            server = cls(LOOPBACK, port, folder, process)
            if server._wait_until_answering():
                return server
            server.stop()
            last_log = log.read_text(errors="replace") + (folder / "nsd.out").read_text(
                errors="replace")
        raise RuntimeError(f"nsd did not start: {last_log[-2000:]}")

    def _wait_until_answering(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            if _answers(self.host, self.port):
                return True
            time.sleep(0.02)
        return False

    def resolver(self) -> dns.resolver.Resolver:
        """A dnspython resolver that asks this server only."""
        import dns.resolver

        r = dns.resolver.Resolver(configure=False)
        r.nameservers = [self.host]
        r.port = self.port
        r.lifetime = 5.0
        return r

    @property
    def address(self) -> str:
        """The server as the app's resolver setting writes it."""
        return f"{self.host}:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _config(folder: Path, port: int, zones: Mapping[str, list[str]]) -> str:
    lines = [
        "server:",
        f"    ip-address: {LOOPBACK}@{port}",
        '    username: ""',
        '    database: ""',
        f'    zonesdir: "{folder}"',
        f'    zonelistfile: "{folder}/zone.list"',
        f'    xfrdfile: "{folder}/xfrd.state"',
        f'    xfrdir: "{folder}/xfr"',
        f'    pidfile: "{folder}/nsd.pid"',
        f'    logfile: "{folder}/nsd.log"',
        "    server-count: 1",
        "    verbosity: 1",
        # Debian's nsd opens its control port (fixed: 8952) by default: a second nsd on the
        # machine (another test process) then fails to start, whatever its own port.
        "remote-control:",
        "    control-enable: no",
    ]
    for name in zones:
        lines += ["zone:", f'    name: "{name}"', f'    zonefile: "{name}.zone"']
    return "\n".join(lines) + "\n"


def _answers(host: str, port: int) -> bool:
    """True once the server answers a query over UDP (any answer will do)."""
    # A minimal query for ". SOA": id 1, RD off, one question.
    query = b"\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x06\x00\x01"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(0.2)
        try:
            sock.sendto(query, (host, port))
            sock.recv(512)
        except OSError:
            return False
    return True
