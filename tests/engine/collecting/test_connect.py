"""The bounce mailbox against a real Dovecot on 127.0.0.1: IMAP and POP3, each security mode."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from engine.cli.words import note_text
from engine.collecting.connect import (
    check_mailbox,
    list_folders,
    open_imap,
    open_pop3,
)
from engine.config import BounceMailbox
from engine.errors import AuthError, MailboxError
from engine.jobs import Cancelled
from engine.network import Hangup
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.ports import SilentServer

MESSAGE = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n"


def mailbox_for(user: MailUser, port: int, **changes: Any) -> BounceMailbox:
    values: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": user.name,
        "bounce_address": "bounces@example.com",
    }
    values.update(changes)
    return BounceMailbox(**values)


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch, dovecot_tls: DovecotServer) -> None:
    assert dovecot_tls.certificate is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot_tls.certificate.cert_path))


@pytest.fixture
def tls_user(dovecot_tls: DovecotServer) -> MailUser:
    return dovecot_tls.add_user()


def test_list_folders_shows_the_users_folders_inbox_first(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    for folder in ("Bounces", "Archive/2025", "archive-old"):
        dovecot_user.create_folder(folder)
    folders = list_folders(mailbox_for(dovecot_user, dovecot.imap_port), dovecot_user.password,
                           timeout=5)
    assert folders[0] == "INBOX"
    assert set(folders) >= {"INBOX", "Bounces", "Archive/2025", "archive-old"}


def test_pop3_has_only_the_inbox(dovecot: DovecotServer, dovecot_user: MailUser) -> None:
    mailbox = mailbox_for(dovecot_user, dovecot.pop3_port, protocol="pop3")
    assert list_folders(mailbox, dovecot_user.password, timeout=5) == ["INBOX"]


def test_check_counts_the_messages_in_the_imap_folder(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    dovecot_user.put_many("Bounces", [MESSAGE, MESSAGE])
    mailbox = mailbox_for(dovecot_user, dovecot.imap_port, folder="Bounces")
    message = note_text(check_mailbox(mailbox, dovecot_user.password, timeout=5))
    assert message == (
        f"Logged in to 127.0.0.1 (IMAP, port {dovecot.imap_port}, no encryption) as "
        f"{dovecot_user.name}. Messages in Bounces: 2."
    )


def test_check_over_pop3_counts_waiting_messages(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    dovecot_user.put("INBOX", MESSAGE)
    mailbox = mailbox_for(dovecot_user, dovecot.pop3_port, protocol="pop3")
    assert note_text(check_mailbox(mailbox, dovecot_user.password, timeout=5)).endswith(
        ". Messages waiting: 1."
    )


@pytest.mark.parametrize(
    ("protocol", "security", "port_name"),
    [
        ("imap", "ssl", "imaps_port"),
        ("imap", "starttls", "imap_port"),
        ("pop3", "ssl", "pop3s_port"),
        ("pop3", "starttls", "pop3_port"),
    ],
)
def test_check_works_over_tls(
    dovecot_tls: DovecotServer, tls_user: MailUser, trusted: None,
    protocol: str, security: str, port_name: str,
) -> None:
    mailbox = mailbox_for(tls_user, getattr(dovecot_tls, port_name), protocol=protocol,
                          security=security)
    assert check_mailbox(mailbox, tls_user.password, timeout=5).code == "mailbox_check_passed"


def test_an_untrusted_certificate_is_named(dovecot_tls: DovecotServer, tls_user: MailUser) -> None:
    mailbox = mailbox_for(tls_user, dovecot_tls.imaps_port or 0, security="ssl")
    with pytest.raises(MailboxError, match="^Certificate not trusted for 127.0.0.1"):
        check_mailbox(mailbox, tls_user.password, timeout=5)


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_a_wrong_password_says_authentication_failed(
    dovecot: DovecotServer, dovecot_user: MailUser, protocol: str
) -> None:
    port = dovecot.imap_port if protocol == "imap" else dovecot.pop3_port
    mailbox = mailbox_for(dovecot_user, port, protocol=protocol)
    with pytest.raises(AuthError, match="^Authentication failed: the server said"):
        check_mailbox(mailbox, "wrong", timeout=5)


def test_a_missing_folder_points_to_load_folders(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    mailbox = mailbox_for(dovecot_user, dovecot.imap_port, folder="Nowhere")
    with pytest.raises(MailboxError, match="“Nowhere” does not exist"):
        check_mailbox(mailbox, dovecot_user.password, timeout=5)


def test_open_imap_selects_the_folder_to_monitor(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    dovecot_user.put("INBOX", MESSAGE)
    with open_imap(mailbox_for(dovecot_user, dovecot.imap_port), dovecot_user.password,
                   timeout=5) as box:
        assert [m.subject for m in box.fetch()] == ["hi"]


def test_open_pop3_is_logged_in(dovecot: DovecotServer, dovecot_user: MailUser) -> None:
    client = open_pop3(mailbox_for(dovecot_user, dovecot.pop3_port, protocol="pop3"),
                       dovecot_user.password, timeout=5)
    try:
        assert client.stat()[0] == 0
    finally:
        client.quit()


def test_a_refused_port_says_refused(refused_port: int) -> None:
    mailbox = BounceMailbox(host="127.0.0.1", port=refused_port, username="u")
    with pytest.raises(MailboxError, match=f"^Connection refused on port {refused_port}"):
        check_mailbox(mailbox, "pw", timeout=5)


def test_a_silent_server_times_out(silent_server: SilentServer) -> None:
    mailbox = BounceMailbox(host="127.0.0.1", port=silent_server.port, security="none",
                            username="u")
    with pytest.raises(MailboxError, match=r"^No answer from 127.0.0.1 on port \d+ within 0.3 s"):
        check_mailbox(mailbox, "pw", timeout=0.3)


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_hanging_up_cancels_a_wait(silent_server: SilentServer, protocol: str) -> None:
    mailbox = BounceMailbox(protocol=protocol, host="127.0.0.1",  # type: ignore[arg-type]
                            port=silent_server.port, security="ssl", username="u")
    hangup = Hangup()
    threading.Timer(0.2, hangup.hang_up).start()
    began = time.monotonic()
    with pytest.raises(Cancelled):
        check_mailbox(mailbox, "pw", timeout=30, hangup=hangup)
    assert time.monotonic() - began < 10
