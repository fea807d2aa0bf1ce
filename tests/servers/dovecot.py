"""A private Dovecot (IMAP + POP3) on 127.0.0.1, started and stopped by the tests.

`DovecotServer.start()` writes a config of its own into a temporary folder (own `base_dir`,
`state_dir`, `instance_name`, log file, free loopback ports), runs `dovecot -F -c CONF` as a
child process and waits for the IMAP greeting. Several instances may run side by side.

Users live in passwd-files (`name:{PLAIN}password:uid:gid::home`), one file per user
(`users/NAME`): Dovecot re-reads a changed passwd-file at most once a second, but opens a
new file at once, so `add_user()` gives each test a fresh, empty mailbox on a shared server
in about a millisecond. Mail is Maildir under `home/Maildir`, folders separated by "/" in
IMAP (`Bounces/Old` is `.Bounces.Old` on disk). `MailUser.put()` writes a message file
straight into the folder (fast: no IMAP round trip); Dovecot notices it on the next SELECT.

Needs root: the mail processes run as a numeric uid of their own that owns the homes, as
Dovecot insists on for a real installation.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.servers.certs import Certificate
from tests.servers.ports import LOOPBACK, dying_with_us, free_port

DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")
_instances = itertools.count(1)
_deliveries = itertools.count(1)


def find_dovecot() -> str | None:
    found = shutil.which("dovecot")
    if found:
        return found
    return next((c for c in DOVECOT_CANDIDATES if os.access(c, os.X_OK)), None)


def why_dovecot_cannot_run() -> str | None:
    """None when a test Dovecot can start here, else the reason (for tests.support.missing)."""
    if find_dovecot() is None:
        return "dovecot is not installed (Debian: dovecot-imapd dovecot-pop3d)"
    if os.geteuid() != 0:
        return "a test Dovecot needs root (its mail processes switch to a uid of their own)"
    try:
        pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError:
        return "the dovecot and dovenull system users are missing (install dovecot-core)"
    return None


def _unused_uid(start: int = 5000) -> int:
    """A uid no account has, so the test homes belong to nobody real."""
    uid = start
    while True:
        try:
            pwd.getpwuid(uid)
        except KeyError:
            return uid
        uid += 1


@dataclass
class MailUser:
    """One mailbox account on a test Dovecot, and direct access to its Maildir."""

    name: str
    password: str
    home: Path
    uid: int
    gid: int

    @property
    def maildir(self) -> Path:
        return self.home / "Maildir"

    def folder_path(self, folder: str) -> Path:
        if folder.upper() == "INBOX":
            return self.maildir
        return self.maildir / ("." + folder.replace("/", "."))

    def create_folder(self, folder: str) -> Path:
        """Create the folder (and INBOX) on disk; IMAP LIST shows it at once."""
        path = self.folder_path(folder)
        for directory in (self.home, self.maildir, path):
            directory.mkdir(mode=0o700, exist_ok=True)
            os.chown(directory, self.uid, self.gid)
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(mode=0o700, exist_ok=True)
            os.chown(path / sub, self.uid, self.gid)
        if path != self.maildir:
            marker = path / "maildirfolder"
            marker.touch()
            os.chown(marker, self.uid, self.gid)
        return path

    def put(self, folder: str, message: bytes, *, seen: bool = False, new: bool = False) -> Path:
        """Deliver one message by writing its Maildir file.

        `new=True` puts it in new/ (never seen by a mail client, "\\Recent"); otherwise in
        cur/ with the Seen flag if `seen`.
        """
        path = self.create_folder(folder)
        unique = f"{time.time_ns()}.M{next(_deliveries)}P{os.getpid()}.nd-test"
        target = path / "new" / unique if new else path / "cur" / (
            unique + (":2,S" if seen else ":2,")
        )
        # Written under tmp/ and renamed, as Maildir requires, so Dovecot never reads half.
        partial = path / "tmp" / unique
        partial.write_bytes(message)
        os.chown(partial, self.uid, self.gid)
        partial.rename(target)
        return target

    def put_many(self, folder: str, messages: list[bytes], *, seen: bool = False) -> None:
        for message in messages:
            self.put(folder, message, seen=seen)

    def message_files(self, folder: str) -> list[Path]:
        """The folder's message files (new/ then cur/), oldest delivery first."""
        path = self.folder_path(folder)
        files: list[Path] = []
        for sub in ("new", "cur"):
            if (path / sub).is_dir():
                files.extend((path / sub).iterdir())
        return sorted(files, key=lambda p: p.name)

    def messages(self, folder: str = "INBOX") -> list[bytes]:
        """What is left in the folder, read from disk (after expunge / POP3 DELE+QUIT)."""
        return [p.read_bytes() for p in self.message_files(folder)]

    def count(self, folder: str = "INBOX") -> int:
        return len(self.message_files(folder))

    def folders(self) -> list[str]:
        """Selectable folders as IMAP names them, INBOX first (not bare \\Noselect parents)."""
        if not self.maildir.is_dir():
            return []
        names = [
            p.name[1:].replace(".", "/")
            for p in self.maildir.iterdir()
            if p.is_dir() and p.name.startswith(".") and (p / "cur").is_dir()
        ]
        return ["INBOX", *sorted(names)]


@dataclass
class DovecotServer:
    """A running private Dovecot. Build with `DovecotServer.start(...)`; call `stop()`."""

    root: Path
    imap_port: int
    pop3_port: int
    imaps_port: int | None
    pop3s_port: int | None
    certificate: Certificate | None
    user: MailUser
    host: str = LOOPBACK
    startup_seconds: float = 0.0
    # An OAuth2 introspection URL (tests/servers/oauth.py): XOAUTH2 and OAUTHBEARER logins are
    # then offered too, each token checked there by Dovecot's oauth2 passdb.
    oauth_introspection_url: str | None = None
    _process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    _uid: int = 0
    _signalled: bool = field(default=False, repr=False)
    _users: itertools.count[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    @property
    def tls(self) -> bool:
        return self.certificate is not None

    @property
    def base_dir(self) -> Path:
        return self.root / "run"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def users_dir(self) -> Path:
        return self.root / "users"

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context trusting this server's certificate only."""
        if self.certificate is None:
            raise ValueError("this Dovecot has no TLS")
        return self.certificate.client_context()

    def add_user(self, name: str | None = None, password: str = "secret") -> MailUser:
        """A new account with an empty INBOX; usable at once (Dovecot re-reads the file)."""
        name = name or f"user{next(self._users)}"
        home = self.root / "homes" / name
        user = MailUser(name, password, home, self._uid, self._uid)
        user.create_folder("INBOX")
        entry = self.users_dir / name
        entry.write_text(f"{name}:{{PLAIN}}{password}:{self._uid}:{self._uid}::{home}\n")
        # Read by the auth process, which runs as the dovecot user.
        os.chown(entry, 0, pwd.getpwnam("dovecot").pw_gid)
        entry.chmod(0o640)
        return user

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    @classmethod
    def start(
        cls, *, certificate: Certificate | None = None, user: str = "user",
        password: str = "secret", startup_timeout: float = 20.0, attempts: int = 3,
        oauth_introspection_url: str | None = None,
    ) -> DovecotServer:
        """Start an instance; with a certificate it also listens for imaps/pop3s and offers
        STARTTLS on the plain ports (plaintext login stays allowed there)."""
        reason = why_dovecot_cannot_run()
        if reason is not None:
            raise RuntimeError(reason)
        root = Path(tempfile.mkdtemp(prefix="nd-dovecot-"))
        # The mail processes run as an unprivileged uid and must reach the homes below.
        root.chmod(0o755)
        try:
            return cls._start_in(root, certificate, user, password, startup_timeout, attempts,
                                 oauth_introspection_url)
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise

    @classmethod
    def _start_in(
        cls, root: Path, certificate: Certificate | None, user: str, password: str,
        startup_timeout: float, attempts: int, oauth_introspection_url: str | None = None,
    ) -> DovecotServer:
        uid = _unused_uid()
        (root / "homes").mkdir(mode=0o755)
        (root / "users").mkdir(mode=0o755)
        instance = f"nd-test-{os.getpid()}-{next(_instances)}"
        error = ""
        for _ in range(attempts):
            ports = [free_port() for _ in range(4 if certificate else 2)]
            server = cls(
                root=root,
                imap_port=ports[0],
                pop3_port=ports[1],
                imaps_port=ports[2] if certificate else None,
                pop3s_port=ports[3] if certificate else None,
                certificate=certificate,
                user=MailUser(user, password, root / "homes" / user, uid, uid),
                _uid=uid,
                oauth_introspection_url=oauth_introspection_url,
            )
            conf = root / "dovecot.conf"
            conf.write_text(server._config(instance))
            began = time.monotonic()
            with (root / "stderr.log").open("ab") as stderr:
                server._process = subprocess.Popen(
                    dying_with_us([find_dovecot() or "dovecot", "-F", "-c", str(conf)]),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                )
            if server._wait_ready(startup_timeout):
                server.startup_seconds = time.monotonic() - began
                server.user = server.add_user(user, password)
                return server
            error = server.log() + (root / "stderr.log").read_text(errors="replace")
            server.stop(remove_files=False)
            if "Address already in use" not in error:
                break
        raise RuntimeError(f"Dovecot did not start:\n{error}")

    def _wait_ready(self, timeout: float) -> bool:
        """True once the IMAP port greets; False if the master died or time ran out."""
        assert self._process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return False
            try:
                with socket.create_connection((self.host, self.imap_port), timeout=1) as sock:
                    if sock.recv(64).startswith(b"* OK"):
                        return True
            except OSError:
                pass
            time.sleep(0.02)
        return False

    def stop(self, remove_files: bool = True) -> None:
        """Stop the master by the PID it wrote (it stops its children), then tidy up.

        The master takes about a second to exit; to stop several instances at once, call
        `signal_stop()` on each, then `stop()` on each.
        """
        self.signal_stop()
        process, self._process = self._process, None
        if process is not None:
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if remove_files:
            shutil.rmtree(self.root, ignore_errors=True)

    def signal_stop(self) -> None:
        """Ask the master to stop (SIGTERM) without waiting for it."""
        process = self._process
        if process is None or process.poll() is not None or self._signalled:
            return
        pid_file = self.base_dir / "master.pid"
        written = pid_file.read_text().strip() if pid_file.exists() else ""
        # Run in the foreground, the master is our own child: signal the PID it wrote only if
        # that is our child, never a stranger named by a stale file.
        os.kill(int(written) if written == str(process.pid) else process.pid, signal.SIGTERM)
        self._signalled = True

    def __enter__(self) -> DovecotServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _config(self, instance: str) -> str:
        root = self.root
        tls = self.certificate is not None
        ssl_lines = (
            f"ssl = yes\nssl_cert = <{self.certificate.cert_path}\n"
            f"ssl_key = <{self.certificate.key_path}\n"
            if self.certificate is not None
            else "ssl = no\n"
        )
        oauth_mechanisms, oauth_passdb = "", ""
        if self.oauth_introspection_url is not None:
            from tests.servers.oauth import INTROSPECTION_CLIENT

            url = self.oauth_introspection_url.replace(
                "://", f"://{INTROSPECTION_CLIENT[0]}:{INTROSPECTION_CLIENT[1]}@", 1)
            ext = root / "dovecot-oauth2.conf.ext"
            ext.write_text(f"introspection_mode = post\nintrospection_url = {url}\n"
                           "username_attribute = username\n")
            os.chown(ext, 0, pwd.getpwnam("dovecot").pw_gid)
            ext.chmod(0o640)
            oauth_mechanisms = " xoauth2 oauthbearer"
            oauth_passdb = f"passdb {{\n  driver = oauth2\n  args = {ext}\n}}\n"
        return f"""\
# Written by tests/servers/dovecot.py for one test session; nothing here is shared.
base_dir = {root}/run
state_dir = {root}/state
instance_name = {instance}
log_path = {root}/dovecot.log
protocols = imap pop3
listen = {LOOPBACK}
{ssl_lines}disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechanisms}
# Each password check is instant: no penalty delay after a deliberate wrong password.
auth_failure_delay = 0
mail_location = maildir:~/Maildir
first_valid_uid = {self._uid}
last_valid_uid = {self._uid}
first_valid_gid = {self._uid}
last_valid_gid = {self._uid}
# Stop at once: nothing to hand over, and stale children would outlive the test.
shutdown_clients = yes
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users/%u
}}
{oauth_passdb}userdb {{
  driver = passwd-file
  args = {root}/users/%u
}}
# No growing delay after failed logins from 127.0.0.1 (the documented way to turn the
# auth penalty off): wrong-password tests would otherwise slow each other down.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {LOOPBACK}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {LOOPBACK}
    port = {self.imaps_port or 0}
    ssl = {"yes" if tls else "no"}
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    address = {LOOPBACK}
    port = {self.pop3_port}
  }}
  inet_listener pop3s {{
    address = {LOOPBACK}
    port = {self.pop3s_port or 0}
    ssl = {"yes" if tls else "no"}
  }}
}}
"""
