"""A throwaway PostgreSQL cluster on 127.0.0.1, made by initdb in a temporary folder.

`PostgresServer.start()` runs initdb (as the `postgres` account when we are root: initdb
refuses root), starts `postgres` as our own child on a free loopback port with its unix
sockets in the same temporary folder, creates a database and offers its URL
`postgresql://nd@127.0.0.1:PORT/nd_test` (trust authentication, loopback only). `stop()`
asks for a fast shutdown by the postmaster's PID and removes the folder.

Durability is turned off (fsync, synchronous_commit, full_page_writes): the cluster lives
for one test session, and it makes start-up and every commit faster.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.servers.ports import LOOPBACK, dying_with_us, free_port

DB_USER = "nd"
DB_NAME = "nd_test"


def find_postgres_bin() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb and postgres (or $PATH's)."""

    def version(path: str) -> tuple[int, ...]:
        name = Path(path).parent.name
        return tuple(int(part) for part in name.split(".") if part.isdigit())

    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        if all((Path(candidate) / tool).is_file() for tool in ("initdb", "postgres")):
            return Path(candidate)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("postgres"):
        return Path(initdb).parent
    return None


def why_postgres_cannot_run() -> str | None:
    """None when a test cluster can start here, else the reason (for tests.support.missing)."""
    if find_postgres_bin() is None:
        return "PostgreSQL server binaries not found (Debian: postgresql)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, but there is no postgres account to run initdb as"
    return None


@dataclass
class PostgresServer:
    root: Path
    port: int
    bin_dir: Path
    host: str = LOOPBACK
    user: str = DB_USER
    database: str = DB_NAME
    startup_seconds: float = 0.0
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    @classmethod
    def start(cls, *, startup_timeout: float = 60.0, attempts: int = 3) -> PostgresServer:
        reason = why_postgres_cannot_run()
        bin_dir = find_postgres_bin()
        if reason is not None or bin_dir is None:
            raise RuntimeError(reason)
        root = Path(tempfile.mkdtemp(prefix="nd-postgres-"))
        try:
            return cls._start_in(root, bin_dir, startup_timeout, attempts)
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise

    @classmethod
    def _start_in(
        cls, root: Path, bin_dir: Path, startup_timeout: float, attempts: int
    ) -> PostgresServer:
        account = _run_as()
        if account is not None:
            os.chown(root, account.pw_uid, account.pw_gid)
        began = time.monotonic()
        _run(account, [
            str(bin_dir / "initdb"), "-D", str(root / "data"), "-U", DB_USER,
            "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync", "--no-instructions",
        ], root)
        error = ""
        for _ in range(attempts):
            server = cls(root=root, port=free_port(), bin_dir=bin_dir)
            with server.log_path.open("ab") as log:
                server._process = subprocess.Popen(
                    dying_with_us([
                        str(bin_dir / "postgres"), "-D", str(server.data_dir),
                        "-p", str(server.port), "-k", str(root),
                        "-c", f"listen_addresses={LOOPBACK}",
                        "-c", "fsync=off", "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off",
                    ]),
                    stdin=subprocess.DEVNULL, stdout=log, stderr=log, cwd=root,
                    user=account.pw_uid if account else None,
                    group=account.pw_gid if account else None,
                    extra_groups=[] if account else None,
                )
            if server._wait_ready(startup_timeout):
                _run(account, [
                    str(bin_dir / "createdb"), "-h", str(root), "-p", str(server.port),
                    "-U", DB_USER, DB_NAME,
                ], root)
                server.startup_seconds = time.monotonic() - began
                return server
            error = server.log()
            server.stop(remove_files=False)
            if "Address already in use" not in error:
                break
        raise RuntimeError(f"PostgreSQL did not start:\n{error}")

    def _wait_ready(self, timeout: float) -> bool:
        """True once postmaster.pid says "ready" (PostgreSQL 10+ writes its state there)."""
        assert self._process is not None
        pid_file = self.data_dir / "postmaster.pid"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return False
            try:
                lines = pid_file.read_text().splitlines()
            except OSError:
                lines = []
            if len(lines) >= 8 and lines[0] == str(self._process.pid) and (
                lines[7].strip() == "ready"
            ):
                return True
            time.sleep(0.02)
        return False

    def stop(self, remove_files: bool = True) -> None:
        """Fast shutdown (SIGINT) of our own postmaster child, then remove the cluster."""
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if remove_files:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _run_as() -> pwd.struct_passwd | None:
    """The account to run PostgreSQL as: `postgres` when we are root, else ourselves."""
    return pwd.getpwnam("postgres") if os.geteuid() == 0 else None


def _run(account: pwd.struct_passwd | None, command: list[str], cwd: Path) -> None:
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL,
        user=account.pw_uid if account else None,
        group=account.pw_gid if account else None,
        extra_groups=[] if account else None,
        env={**os.environ, "LC_ALL": "C"},
    )
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed:\n{result.stdout}{result.stderr}")
