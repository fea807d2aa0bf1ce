"""Bench: collect 5,000 bounces from a private Dovecot over IMAP, beside a bare imap-tools fetch.

    python -m bench.collect_imap [--messages 5000] [--generated]

Starts Dovecot on 127.0.0.1 (needs root, as the tests do), puts the same bounces into two
mailboxes, then in the same run: (1) a bare imap-tools ``fetch(bulk=True)`` of the first,
(2) a plain imaplib raw fetch of it for reference, (3) the whole collection of the second —
fetch, classify, record in SQLite, delete. Target: (3) within 1.5x the time of (1).
Bounces are the corpus's (``../shared/corpus``) made unique, else generated DSNs.
"""

from __future__ import annotations

import argparse
import itertools
import re
import tempfile
import time
from pathlib import Path

from engine.bounces.classify import classify
from engine.bounces.codes import BounceCodeTable
from engine.clock import SystemClock
from engine.collecting.collect import collect
from engine.collecting.job import mailbox_source
from engine.collecting.record import Rules
from engine.config import BounceMailbox
from engine.jobs import CancelToken, run_to_end
from engine.storage import db
from engine.storage.models import Bounce, BounceMessage
from tests.servers.dovecot import DovecotServer, MailUser, why_dovecot_cannot_run

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/corpus/emails/maildir/bsd"
_MESSAGE_ID = re.compile(rb"(?mi)^message-id:[^\n]*\n")


def generated(n: int) -> bytes:
    from tests.engine.collecting import mail

    status = ("5.1.1", "4.2.2", "5.7.1", "5.2.2")[n % 4]
    return mail.dsn(f"reader{n}@example{n % 50}.org", status)


def corpus_bounces(count: int) -> list[bytes]:
    files = sorted(CORPUS.glob("*.eml"))
    templates = [p.read_bytes() for p in files]
    templates = [t for t in templates if classify(t).kind in ("hard", "soft", "complaint")]
    out: list[bytes] = []
    for n, raw in zip(range(count), itertools.cycle(templates), strict=False):
        envelope = b""
        if raw.startswith(b"From "):  # an mbox separator line stays first
            envelope, _, raw = raw.partition(b"\n")
            envelope += b"\n"
        head_end = raw.find(b"\n\n")
        head, body = (raw[:head_end + 1], raw[head_end + 1:]) if head_end > 0 else (raw, b"")
        head = _MESSAGE_ID.sub(b"", head)
        out.append(envelope + f"Message-ID: <bench-{n}@bench.example>\n".encode() + head + body)
    return out


def bare_fetch(server: DovecotServer, user: MailUser) -> tuple[float, int]:
    from imap_tools import MailBoxUnencrypted

    began = time.perf_counter()
    with MailBoxUnencrypted(server.host, server.imap_port).login(user.name, user.password) as box:
        count = sum(1 for _ in box.fetch(bulk=True, mark_seen=False))
    return time.perf_counter() - began, count


def raw_fetch(server: DovecotServer, user: MailUser) -> tuple[float, int]:
    import imaplib

    began = time.perf_counter()
    client = imaplib.IMAP4(server.host, server.imap_port)
    client.login(user.name, user.password)
    client.select("INBOX", readonly=True)
    _typ, data = client.uid("FETCH", "1:*", "(BODY.PEEK[])")
    count = sum(1 for part in data if isinstance(part, tuple))
    client.logout()
    return time.perf_counter() - began, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--generated", action="store_true",
                        help="generated Postfix-style DSNs instead of the corpus")
    args = parser.parse_args()
    reason = why_dovecot_cannot_run()
    if reason:
        raise SystemExit(f"cannot run: {reason}")
    use_corpus = CORPUS.is_dir() and not args.generated
    messages = (corpus_bounces(args.messages) if use_corpus
                else [generated(n) for n in range(args.messages)])
    size = sum(map(len, messages)) / len(messages)
    print(f"{len(messages)} bounces ({'corpus, made unique' if use_corpus else 'generated'}), "
          f"{size / 1024:.1f} KiB each on average")
    server = DovecotServer.start()
    work = Path(tempfile.mkdtemp(prefix="nd-bench-collect-"))
    try:
        bare_user, collect_user = server.add_user("bare"), server.add_user("collect")
        bare_user.put_many("INBOX", messages)
        collect_user.put_many("INBOX", messages)
        raw_fetch(server, bare_user)  # Dovecot builds its index on the first SELECT

        bare_s, bare_n = bare_fetch(server, bare_user)
        raw_s, raw_n = raw_fetch(server, bare_user)
        raw_fetch(server, collect_user)

        db.init_db(f"sqlite:///{work / 'bench.sqlite3'}")
        mailbox = BounceMailbox(host=server.host, port=server.imap_port, security="none",
                                username=collect_user.name,
                                bounce_address="bounces@news.example.com")
        began = time.perf_counter()
        report = run_to_end(collect(
            mailbox_source(mailbox, collect_user.password), rules=Rules(),
            table=BounceCodeTable.default(), clock=SystemClock(), token=CancelToken(),
            retry_count=0,
        ))
        collect_s = time.perf_counter() - began
        recorded = BounceMessage.select().count()
        bounces = Bounce.select().count()
        left = collect_user.count("INBOX")
        db.close_db()

        classify_began = time.perf_counter()
        for raw in messages[:1000]:
            classify(raw)
        classify_rate = 1000 / (time.perf_counter() - classify_began)

        print(f"bare imap-tools fetch(bulk=True): {bare_n} in {bare_s:.2f} s = "
              f"{bare_n / bare_s:,.0f} msg/s")
        print(f"plain imaplib raw fetch:          {raw_n} in {raw_s:.2f} s = "
              f"{raw_n / raw_s:,.0f} msg/s")
        print(f"collection (fetch, classify, record, delete): {report.messages_read} in "
              f"{collect_s:.2f} s = {report.messages_read / collect_s:,.0f} msg/s")
        print(f"  recorded {recorded} messages, {bounces} bounces; {report.deleted} deleted, "
              f"{left} left; classifier alone ~{classify_rate:,.0f} msg/s")
        ratio = collect_s / bare_s
        print(f"collection / bare fetch time: {ratio:.2f}x (target <= 1.5x): "
              f"{'OK' if ratio <= 1.5 else 'MISSED'}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
