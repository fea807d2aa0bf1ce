"""An SMTP sink in a process of its own, for benches: counts messages and discards them.

    python -m tests.servers.smtp_sink --port 0 [--delay S] [--pipelining] [--count-file F]
                                      [--throttle DOMAIN:AFTER:EVERY]

In-process, aiosmtpd would compete with the client being measured for the GIL; in its own
process one sink handles roughly 1,000 messages/s on one core here. It listens on
127.0.0.1 only, prints `listening 127.0.0.1 PORT` once ready, keeps `--count-file` (JSON:
messages, recipients, repeated, throttled) up to date a few times a second, and writes it a
last time and prints the totals when stopped by SIGTERM or SIGINT. ``repeated`` counts
recipients it accepted a message for before: a message sent twice. ``--throttle`` makes it a
provider that slows senders down: once AFTER messages for DOMAIN were accepted, every EVERY-th
recipient at DOMAIN is answered 421, as Yahoo answers a sender that is too fast.

`SinkProcess` starts and stops it from Python.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from aiosmtpd.smtp import Envelope, Session

from tests.servers.ports import LOOPBACK, dying_with_us
from tests.servers.smtp import SERVER_NAME, PacedSMTP, advertise_pipelining

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class SinkCount:
    messages: int = 0
    recipients: int = 0
    repeated: int = 0
    throttled: int = 0


THROTTLED = ("421 4.7.0 [TSS04] Messages from 127.0.0.1 temporarily deferred due to unexpected "
             "volume")


@dataclass(frozen=True)
class Throttle:
    domain: str
    after: int
    every: int

    @classmethod
    def parse(cls, text: str) -> Throttle:
        domain, after, every = text.split(":")
        return cls(domain.lower(), int(after), int(every))


class _CountingHandler:
    def __init__(self, pipelining: bool, throttle: Throttle | None = None) -> None:
        self.count = SinkCount()
        self._pipelining = pipelining
        self._throttle = throttle
        self._seen: set[str] = set()
        self._accepted_at_domain = 0
        self._asked_at_domain = 0

    async def handle_RCPT(  # noqa: N802
        self, server: PacedSMTP, session: Session, envelope: Envelope, address: str,
        rcpt_options: list[str],
    ) -> str:
        throttle = self._throttle
        if throttle is not None and address.lower().endswith("@" + throttle.domain):
            if self._accepted_at_domain >= throttle.after:
                self._asked_at_domain += 1
                if self._asked_at_domain % throttle.every == 0:
                    self.count.throttled += 1
                    return THROTTLED
            self._accepted_at_domain += 1
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_EHLO(  # noqa: N802 - aiosmtpd's hook name
        self, server: PacedSMTP, session: Session, envelope: Envelope, hostname: str,
        responses: list[str],
    ) -> list[str]:
        if self._pipelining:
            return advertise_pipelining(session, hostname, responses)
        session.host_name = hostname
        return responses

    async def handle_DATA(  # noqa: N802
        self, server: PacedSMTP, session: Session, envelope: Envelope,
    ) -> str:
        self.count.messages += 1
        self.count.recipients += len(envelope.rcpt_tos)
        for address in envelope.rcpt_tos:
            if address.lower() in self._seen:
                self.count.repeated += 1
            self._seen.add(address.lower())
        return "250 2.0.0 OK discarded"


def _write_count(path: Path | None, count: SinkCount) -> None:
    if path is None:
        return
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(dataclasses.asdict(count)))
    # A rename, so a reader never sees a half-written file.
    partial.replace(path)


async def _serve(port: int, delay: float, pipelining: bool, count_file: Path | None,
                 throttle: Throttle | None = None) -> SinkCount:
    loop = asyncio.get_running_loop()
    handler = _CountingHandler(pipelining, throttle)
    server = await loop.create_server(
        lambda: PacedSMTP(
            handler, hostname=SERVER_NAME, enable_SMTPUTF8=True, reply_delay=delay
        ),
        host=LOOPBACK,
        port=port,
    )
    stopping = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    _write_count(count_file, handler.count)
    print(f"listening {LOOPBACK} {server.sockets[0].getsockname()[1]}", flush=True)
    written = SinkCount()
    while not stopping.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopping.wait(), 0.2)
        if handler.count != written:
            written = dataclasses.replace(handler.count)
            _write_count(count_file, written)
    server.close()
    _write_count(count_file, handler.count)
    return handler.count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each reply")
    parser.add_argument("--pipelining", action="store_true", help="advertise PIPELINING")
    parser.add_argument("--count-file", type=Path, help="JSON file kept up to date")
    parser.add_argument("--throttle", type=Throttle.parse, default=None,
                        help="DOMAIN:AFTER:EVERY: 421 to every EVERY-th recipient at DOMAIN "
                             "once AFTER were accepted")
    args = parser.parse_args(argv)
    count = asyncio.run(_serve(args.port, args.delay, args.pipelining, args.count_file,
                               args.throttle))
    # The parent that reads our output may be gone already (it died, so we were stopped).
    with contextlib.suppress(BrokenPipeError):
        print(f"received {count.messages} messages for {count.recipients} recipients", flush=True)
    return 0


class SinkProcess:
    """Runs the sink as a child process; `with SinkProcess() as sink: ... sink.count()`."""

    def __init__(
        self, *, delay: float = 0.0, pipelining: bool = False, count_file: Path | None = None,
        startup_timeout: float = 15.0, throttle: str = "",
    ) -> None:
        self._throttle = throttle
        self.host = LOOPBACK
        self.port = 0
        self._delay = delay
        self._pipelining = pipelining
        self._count_file = count_file
        self._startup_timeout = startup_timeout
        self._proc: subprocess.Popen[str] | None = None
        self._own_count_file = count_file is None
        self.final = SinkCount()

    def start(self) -> SinkProcess:
        if self._count_file is None:
            fd, name = tempfile.mkstemp(prefix="nd-sink-", suffix=".json")
            os.close(fd)
            self._count_file = Path(name)
        command = dying_with_us([
            sys.executable, "-m", "tests.servers.smtp_sink", "--port", "0",
            "--delay", str(self._delay), "--count-file", str(self._count_file),
        ])
        if self._pipelining:
            command.append("--pipelining")
        if self._throttle:
            command += ["--throttle", self._throttle]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
        )}
        self._proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
        )
        self.port = _read_port(self._proc, self._startup_timeout)
        return self

    def count(self) -> SinkCount:
        """What the sink had counted at its last write (at most ~0.2 s old)."""
        assert self._count_file is not None
        data: dict[str, Any] = json.loads(self._count_file.read_text() or "{}")
        return SinkCount(**{k: int(data.get(k, 0)) for k in
                            ("messages", "recipients", "repeated", "throttled")})

    def wait_for(self, messages: int, timeout: float = 30.0) -> SinkCount:
        deadline = time.monotonic() + timeout
        while (count := self.count()).messages < messages:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the sink counted {count.messages} of {messages}")
            time.sleep(0.05)
        return count

    def stop(self) -> SinkCount:
        """Stop the sink (by its PID) and return its final count."""
        proc = self._proc
        if proc is None:
            return self.final
        self._proc = None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        _close(proc.stdout)
        self.final = self.count()
        if self._own_count_file and self._count_file is not None:
            self._count_file.unlink(missing_ok=True)
            self._count_file.with_name(self._count_file.name + ".part").unlink(missing_ok=True)
        return self.final

    def __enter__(self) -> SinkProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _read_port(proc: subprocess.Popen[str], timeout: float) -> int:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if selector.select(deadline - time.monotonic()):
                line = proc.stdout.readline()
                if line.startswith("listening "):
                    return int(line.split()[2])
                if not line:
                    break
    proc.kill()
    proc.wait()
    _close(proc.stdout)
    raise RuntimeError(f"the SMTP sink did not start (exit code {proc.returncode})")


def _close(stream: IO[str] | None) -> None:
    if stream is not None:
        stream.close()


if __name__ == "__main__":
    sys.exit(main())
