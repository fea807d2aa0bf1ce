"""IMAP removal touches only the messages this collection recorded (real Dovecot)."""

from __future__ import annotations

import imaplib
from datetime import timedelta

from engine.bounces.codes import BounceCodeTable
from engine.cli.words import note_text
from engine.clock import FakeClock
from engine.collecting.collect import collect
from engine.collecting.record import Rules
from engine.collecting.report import CollectReport
from engine.collecting.sources import ImapSource
from engine.config import BounceMailbox
from engine.jobs import CancelToken, run_to_end
from engine.notes import from_value
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import Sent
from tests.engine.collecting.test_collect import settings_for
from tests.servers.dovecot import DovecotServer, MailUser

KEPT_SUBJECT = "Minutes of the garden club"


def _flag_deleted_by_another_client(dovecot: DovecotServer, user: MailUser) -> None:
    """A person's mail program marks one message deleted and does not expunge (yet)."""
    client = imaplib.IMAP4(dovecot.host, dovecot.imap_port)
    try:
        client.login(user.name, user.password)
        client.select("INBOX")
        _typ, data = client.uid("SEARCH", "SUBJECT", f'"{KEPT_SUBJECT}"')
        [uid] = data[0].split()
        client.uid("STORE", uid, "+FLAGS", r"(\Deleted)")
    finally:
        client.logout()


class _OldServerSource(ImapSource):
    """Dovecot as a server that offers neither UIDPLUS nor MOVE would be."""

    def _capable(self, name: str) -> bool:
        return name not in ("UIDPLUS", "MOVE") and super()._capable(name)


def _collect(source: type[ImapSource], mailbox: BounceMailbox, password: str,
             clock: FakeClock) -> CollectReport:
    return run_to_end(collect(
        lambda: source(mailbox, password, timeout=5),
        rules=Rules(soft_retry_interval=timedelta(hours=4)), table=BounceCodeTable.default(),
        clock=clock, token=CancelToken(), retry_count=0))


def _setup(dovecot: DovecotServer, user: MailUser) -> None:
    user.put_many("INBOX", [mail.dsn("ann@example.org"), mail.dsn("bob@example.org"),
                            mail.reply(subject=KEPT_SUBJECT)])
    _flag_deleted_by_another_client(dovecot, user)


def test_a_message_another_client_flagged_deleted_survives_our_collection(
    dovecot: DovecotServer, dovecot_user: MailUser, sent: Sent, clock: FakeClock
) -> None:
    _setup(dovecot, dovecot_user)
    report = _collect(ImapSource, settings_for(dovecot, dovecot_user), dovecot_user.password,
                      clock)
    assert report.deleted == 2
    [left] = dovecot_user.messages("INBOX")
    assert KEPT_SUBJECT.encode() in left


def test_a_message_another_client_flagged_deleted_survives_a_move_to_the_processed_folder(
    dovecot: DovecotServer, dovecot_user: MailUser, sent: Sent, clock: FakeClock
) -> None:
    _setup(dovecot, dovecot_user)
    mailbox = settings_for(dovecot, dovecot_user, processed_action="move",
                           processed_folder="Processed")
    report = _collect(ImapSource, mailbox, dovecot_user.password, clock)
    assert report.moved == 2 and dovecot_user.count("Processed") == 2
    [left] = dovecot_user.messages("INBOX")
    assert KEPT_SUBJECT.encode() in left


def test_without_uid_expunge_nothing_we_did_not_flag_is_expunged_and_we_say_so_once(
    dovecot: DovecotServer, dovecot_user: MailUser, sent: Sent, clock: FakeClock
) -> None:
    _setup(dovecot, dovecot_user)
    report = _collect(_OldServerSource, settings_for(dovecot, dovecot_user),
                      dovecot_user.password, clock)
    assert KEPT_SUBJECT.encode() in b"".join(dovecot_user.messages("INBOX"))
    assert report.deleted == 0 and report.left_marked_deleted == 2
    [note] = [note_text(from_value(n)) for n in report.notes
              if from_value(n).code == "only_marked_deleted"]
    assert "UIDPLUS" in note and "marked deleted" in note


def test_without_uid_expunge_our_messages_are_expunged_when_no_one_else_flagged_any(
    dovecot: DovecotServer, dovecot_user: MailUser, sent: Sent, clock: FakeClock
) -> None:
    dovecot_user.put_many("INBOX", [mail.dsn("ann@example.org"), mail.reply()])
    report = _collect(_OldServerSource, settings_for(dovecot, dovecot_user),
                      dovecot_user.password, clock)
    assert report.deleted == 1 and dovecot_user.count("INBOX") == 1
