"""The test servers themselves behave as the other tests rely on."""

from __future__ import annotations

import poplib
import smtplib
import socket
import ssl
from collections.abc import Callable
from typing import Any

import pytest

from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.ports import SilentServer
from tests.servers.smtp import SmtpServer
from tests.servers.smtp_sink import SinkProcess

MESSAGE = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hello\r\n\r\nbody\r\n"
StartSmtp = Callable[..., SmtpServer]


def smtp_client(server: SmtpServer, context: ssl.SSLContext | None = None) -> smtplib.SMTP:
    """An smtplib client that has said EHLO, over TLS when the server has it."""
    context = context or (server.client_context() if server.tls != "none" else None)
    client: smtplib.SMTP
    if server.tls == "implicit":
        client = smtplib.SMTP_SSL(
            server.host, server.port, local_hostname="localhost", context=context, timeout=10
        )
    else:
        client = smtplib.SMTP(server.host, server.port, local_hostname="localhost", timeout=10)
    client.ehlo()
    if server.tls == "starttls":
        client.starttls(context=context)
        client.ehlo()
    return client


# -- SMTP ----------------------------------------------------------------------------------


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
def test_smtp_server_records_a_message_sent_without_login(smtp_server: StartSmtp, tls: str) -> None:
    server = smtp_server(tls=tls)
    with smtp_client(server) as client:
        client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
    [received] = server.messages
    assert received.mail_from == "a@example.org"
    assert received.rcpt_tos == ("b@example.org",)
    assert received.data == MESSAGE
    assert received.tls is (tls != "none")
    assert received.login is None


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
def test_smtp_server_accepts_the_right_password(smtp_server: StartSmtp, tls: str) -> None:
    server = smtp_server(tls=tls, auth=("sender", "pw"))
    with smtp_client(server) as client:
        client.login("sender", "pw")
        client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
    assert [m.login for m in server.messages] == ["sender"]


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
def test_smtp_server_refuses_a_wrong_password_with_535(smtp_server: StartSmtp, tls: str) -> None:
    server = smtp_server(tls=tls, auth=("sender", "pw"))
    with smtp_client(server) as client, pytest.raises(smtplib.SMTPAuthenticationError) as error:
        client.login("sender", "wrong")
    assert error.value.smtp_code == 535


def test_smtp_server_refuses_mail_before_login_with_530(smtp_server: StartSmtp) -> None:
    server = smtp_server(auth=("sender", "pw"))
    with smtp_client(server) as client, pytest.raises(smtplib.SMTPSenderRefused) as error:
        client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
    assert error.value.smtp_code == 530


def test_starttls_server_offers_auth_only_after_starttls(smtp_server: StartSmtp) -> None:
    server = smtp_server(tls="starttls", auth=("sender", "pw"))
    with smtplib.SMTP(server.host, server.port, local_hostname="localhost") as client:
        client.ehlo()
        assert not client.has_extn("auth")
        client.starttls(context=server.client_context())
        client.ehlo()
        assert client.has_extn("auth")


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_certificate_is_refused_by_a_client_that_does_not_trust_it(
    smtp_server: StartSmtp, tls: str
) -> None:
    server = smtp_server(tls=tls)
    # Trusts nothing at all: not the system's CAs (no network is involved either way).
    stranger = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with pytest.raises(ssl.SSLCertVerificationError):
        smtp_client(server, context=stranger).close()


def test_smtp_server_answers_chosen_recipients_with_canned_replies(
    smtp_server: StartSmtp,
) -> None:
    server = smtp_server(
        replies={
            "gone@example.org": "550 5.1.1 No such user",
            "busy@example.org": "451 4.3.0 Try later",
        }
    )
    with smtp_client(server) as client:
        refused = client.sendmail(
            "a@example.org", ["ok@example.org", "gone@example.org", "BUSY@example.org"], MESSAGE
        )
    assert refused == {
        "gone@example.org": (550, b"5.1.1 No such user"),
        "BUSY@example.org": (451, b"4.3.0 Try later"),
    }
    assert [m.rcpt_tos for m in server.messages] == [("ok@example.org",)]


def test_smtp_server_drops_the_connection_after_n_messages(smtp_server: StartSmtp) -> None:
    server = smtp_server(drop_after=2)
    client = smtp_client(server)
    try:
        for _ in range(2):
            client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
    finally:
        client.close()
    assert len(server.messages) == 2
    assert server.dropped == 1


@pytest.mark.parametrize(("drop_at", "stored"), [("stored", 1), ("rcpt", 0)])
def test_smtp_server_drops_after_storing_or_before_the_body(
    smtp_server: StartSmtp, drop_at: str, stored: int
) -> None:
    server = smtp_server(drop_after=0, drop_at=drop_at)
    client = smtp_client(server)
    try:
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
    finally:
        client.close()
    assert len(server.messages) == stored
    assert server.dropped == 1


def test_smtp_server_stores_then_replies_late(smtp_server: StartSmtp) -> None:
    server = smtp_server(data_reply_delay=2.0)
    client = smtp_client(server)
    client.timeout = 0.5
    assert client.sock is not None
    client.sock.settimeout(0.5)
    try:
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
    finally:
        client.close()
    assert len(server.messages) == 1


def test_smtp_server_groups_messages_by_connection(smtp_server: StartSmtp) -> None:
    server = smtp_server()
    for batch in (2, 1):
        with smtp_client(server) as client:
            for _ in range(batch):
                client.sendmail("a@example.org", ["b@example.org"], MESSAGE)
    assert [len(batch) for batch in server.connections()] == [2, 1]


def test_smtp_server_delay_outlasts_a_shorter_client_timeout(smtp_server: StartSmtp) -> None:
    server = smtp_server(delay=0.5)
    with socket.create_connection((server.host, server.port), timeout=0.05) as sock:
        with pytest.raises(TimeoutError):
            sock.recv(100)
        sock.settimeout(10)
        assert sock.recv(100).startswith(b"220 ")


def test_smtp_server_advertises_pipelining_only_when_asked(smtp_server: StartSmtp) -> None:
    with smtp_client(smtp_server()) as plain, smtp_client(smtp_server(pipelining=True)) as piped:
        assert not plain.has_extn("pipelining")
        assert piped.has_extn("pipelining")


def test_smtp_server_answers_pipelined_commands_in_order(smtp_server: StartSmtp) -> None:
    server = smtp_server(pipelining=True)
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        replies = sock.makefile("rb")
        replies.readline()
        sock.sendall(b"EHLO localhost\r\n")
        while replies.readline()[3:4] == b"-":
            pass
        # One write, as a pipelining client sends it (RFC 2920): four replies must come back.
        sock.sendall(
            b"MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.org>\r\n"
            b"RCPT TO:<c@example.org>\r\nDATA\r\n"
        )
        codes = [replies.readline()[:3] for _ in range(4)]
        sock.sendall(MESSAGE + b".\r\nQUIT\r\n")
        codes += [replies.readline()[:3] for _ in range(2)]
        replies.close()
    assert codes == [b"250", b"250", b"250", b"354", b"250", b"221"]
    assert server.messages[0].rcpt_tos == ("b@example.org", "c@example.org")


def test_silent_server_lets_a_client_connect_and_time_out(silent_server: SilentServer) -> None:
    address = (silent_server.host, silent_server.port)
    with socket.create_connection(address, timeout=0.2) as sock, pytest.raises(TimeoutError):
        sock.recv(100)


def test_refused_port_refuses_connections(refused_port: int) -> None:
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", refused_port), timeout=5).close()


@pytest.mark.servers
def test_smtp_sink_counts_messages_in_its_own_process(
    smtp_sink: Callable[..., SinkProcess],
) -> None:
    sink = smtp_sink(pipelining=True)
    with smtplib.SMTP(sink.host, sink.port, local_hostname="localhost") as client:
        client.ehlo()
        assert client.has_extn("pipelining")
        for _ in range(3):
            client.sendmail("a@example.org", ["b@example.org", "c@example.org"], MESSAGE)
    assert sink.wait_for(3).recipients == 6
    assert sink.stop().messages == 3


# -- Dovecot -------------------------------------------------------------------------------


@pytest.mark.servers
def test_dovecot_serves_folders_and_messages_over_imap(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    from imap_tools import MailBoxUnencrypted

    dovecot_user.put("INBOX", MESSAGE)
    dovecot_user.put("Bounces/2024", MESSAGE.replace(b"hello", b"bounced"), seen=True)
    with MailBoxUnencrypted(dovecot.host, dovecot.imap_port).login(
        dovecot_user.name, dovecot_user.password
    ) as mailbox:
        names = {folder.name for folder in mailbox.folder.list()}
        assert {"INBOX", "Bounces/2024"} <= names
        assert [m.subject for m in mailbox.fetch()] == ["hello"]
        mailbox.folder.set("Bounces/2024")
        assert [m.subject for m in mailbox.fetch(mark_seen=False)] == ["bounced"]


@pytest.mark.servers
def test_dovecot_refuses_a_wrong_imap_password(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    from imap_tools import MailBoxUnencrypted
    from imap_tools.errors import MailboxLoginError

    mailbox = MailBoxUnencrypted(dovecot.host, dovecot.imap_port)
    try:
        with pytest.raises(MailboxLoginError):
            mailbox.login(dovecot_user.name, "wrong")
    finally:
        mailbox.logout()


@pytest.mark.servers
def test_dovecot_pop3_deletes_what_the_client_deleted(
    dovecot: DovecotServer, dovecot_user: MailUser
) -> None:
    dovecot_user.put_many("INBOX", [MESSAGE, MESSAGE.replace(b"hello", b"second")])
    client = poplib.POP3(dovecot.host, dovecot.pop3_port, timeout=10)
    try:
        client.user(dovecot_user.name)
        client.pass_(dovecot_user.password)
        assert client.stat()[0] == 2
        client.dele(1)
    finally:
        client.quit()
    assert [b"second" in m for m in dovecot_user.messages()] == [True]


@pytest.mark.servers
@pytest.mark.parametrize("how", ["implicit", "starttls"])
def test_dovecot_tls_serves_imap(dovecot_tls: DovecotServer, how: str) -> None:
    from imap_tools import MailBox, MailBoxStartTls

    user = dovecot_tls.add_user()
    user.put("INBOX", MESSAGE)
    context = dovecot_tls.client_context()
    mailbox: Any = (
        MailBox(dovecot_tls.host, dovecot_tls.imaps_port, ssl_context=context)
        if how == "implicit"
        else MailBoxStartTls(dovecot_tls.host, dovecot_tls.imap_port, ssl_context=context)
    )
    with mailbox.login(user.name, user.password):
        assert [m.subject for m in mailbox.fetch()] == ["hello"]


@pytest.mark.servers
@pytest.mark.parametrize("how", ["implicit", "starttls"])
def test_dovecot_tls_serves_pop3(dovecot_tls: DovecotServer, how: str) -> None:
    user = dovecot_tls.add_user()
    user.put("INBOX", MESSAGE)
    context = dovecot_tls.client_context()
    client: poplib.POP3
    if how == "implicit":
        assert dovecot_tls.pop3s_port is not None
        client = poplib.POP3_SSL(dovecot_tls.host, dovecot_tls.pop3s_port, context=context)
    else:
        client = poplib.POP3(dovecot_tls.host, dovecot_tls.pop3_port)
        client.stls(context=context)
    try:
        client.user(user.name)
        client.pass_(user.password)
        assert client.stat()[0] == 1
    finally:
        client.quit()


@pytest.mark.servers
def test_dovecot_certificate_is_refused_by_a_client_that_does_not_trust_it(
    dovecot_tls: DovecotServer,
) -> None:
    from imap_tools import MailBox

    assert dovecot_tls.imaps_port is not None
    with pytest.raises(ssl.SSLCertVerificationError):
        MailBox(
            dovecot_tls.host, dovecot_tls.imaps_port,
            ssl_context=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
        )


# -- PostgreSQL ----------------------------------------------------------------------------


@pytest.mark.servers
def test_postgres_url_accepts_a_connection_and_a_table(postgres_url: str) -> None:
    import psycopg2

    connection = psycopg2.connect(postgres_url)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute("CREATE TEMPORARY TABLE probe (n integer)")
            cursor.execute("INSERT INTO probe VALUES (1), (2)")
            cursor.execute("SELECT sum(n) FROM probe")
            assert cursor.fetchone() == (3,)
    finally:
        connection.close()


# -- DNS -----------------------------------------------------------------------------------


def test_dns_server_answers_the_records_of_its_zones(dns_server: Callable[..., Any]) -> None:
    from tests.servers.dns import txt

    long_key = "v=DKIM1; k=rsa; p=" + "A" * 400
    server = dns_server({
        "example.test": [
            '@ IN TXT "v=spf1 ip4:127.0.0.1 -all"',
            f"sel._domainkey IN TXT {txt(long_key)}",
            "@ IN MX 10 mail.example.test.",
            "mail IN A 127.0.0.1",
        ],
    })
    resolver = server.resolver()
    spf = [b"".join(r.strings).decode() for r in resolver.resolve("example.test", "TXT")]
    dkim = [b"".join(r.strings).decode() for r in resolver.resolve(
        "sel._domainkey.example.test", "TXT")]
    mx = [r.exchange.to_text() for r in resolver.resolve("example.test", "MX")]
    assert (spf, dkim, mx) == (["v=spf1 ip4:127.0.0.1 -all"], [long_key], ["mail.example.test."])


def test_two_dns_servers_run_side_by_side(dns_server: Callable[..., Any]) -> None:
    """Test processes in parallel each start nsd: none may hold a fixed port of its own."""
    first = dns_server({"one.test": ['@ IN TXT "one"']})
    second = dns_server({"two.test": ['@ IN TXT "two"']})
    answers = [b"".join(r.strings).decode() for server, name in
               ((first, "one.test"), (second, "two.test"))
               for r in server.resolver().resolve(name, "TXT")]
    assert answers == ["one", "two"]
