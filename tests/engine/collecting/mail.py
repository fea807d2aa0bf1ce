"""Small golden messages for the collection tests: bounces, a complaint, replies, requests."""

from __future__ import annotations

import itertools

_serial = itertools.count(1)


def dsn(recipient: str, status: str = "5.1.1", *, tracking: str | None = None,
        original_id: str | None = None, diagnostic: str | None = None,
        action: str = "failed") -> bytes:
    """A Postfix-style delivery status notification for one recipient."""
    n = next(_serial)
    diagnostic = diagnostic or (
        f"smtp; 550 {status} <{recipient}>: Recipient address rejected: User unknown"
        if status.startswith("5") else
        f"smtp; 452 {status} <{recipient}>: Mailbox full, try again later")
    original = [f"Message-ID: <{original_id}>"] if original_id else []
    if tracking:
        original.append(f"X-Newsletter-Desk-Tracking: {tracking}")
    text = "\r\n".join([
        "Return-Path: <>",
        "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
        "To: bounces@news.example.com",
        f"Subject: Undelivered Mail Returned to Sender #{n}",
        f"Message-ID: <bounce-{n}@mx.example.org>",
        "Date: Mon, 05 Jan 2026 09:00:00 +0000",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
        "",
        "--B",
        "Content-Type: text/plain",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "--B",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.example.org",
        "",
        f"Final-Recipient: rfc822; {recipient}",
        f"Action: {action}",
        f"Status: {status}",
        f"Diagnostic-Code: {diagnostic}",
        "",
        "--B",
        "Content-Type: text/rfc822-headers",
        "",
        "From: News <news@news.example.com>",
        f"To: {recipient}",
        "Subject: Our January news",
        *original,
        "",
        "--B--",
        "",
    ])
    return text.encode()


def complaint(recipient: str, *, tracking: str | None = None) -> bytes:
    n = next(_serial)
    extra = [f"X-Newsletter-Desk-Tracking: {tracking}"] if tracking else []
    return "\r\n".join([
        "From: feedback@fbl.example.net",
        "To: bounces@news.example.com",
        f"Subject: Abuse report #{n}",
        f"Message-ID: <arf-{n}@fbl.example.net>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=feedback-report; boundary="A"',
        "",
        "--A",
        "Content-Type: text/plain",
        "",
        "This is an email abuse report.",
        "",
        "--A",
        "Content-Type: message/feedback-report",
        "",
        "Feedback-Type: abuse",
        "User-Agent: FBL/1.0",
        "Version: 1",
        f"Original-Rcpt-To: {recipient}",
        "",
        "--A",
        "Content-Type: message/rfc822",
        "",
        "From: news@news.example.com",
        f"To: {recipient}",
        "Subject: Our January news",
        *extra,
        "",
        "Hello",
        "--A--",
        "",
    ]).encode()


def reply(sender: str = "reader@example.net", subject: str = "Re: Our January news") -> bytes:
    n = next(_serial)
    return "\r\n".join([
        f"From: Reader <{sender}>",
        "To: bounces@news.example.com",
        f"Subject: {subject}",
        f"Message-ID: <reply-{n}@example.net>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Thanks, I enjoyed the article about the garden.",
        "",
    ]).encode()


def unsubscribe(token: str, sender: str = "reader@example.net") -> bytes:
    return reply(sender, subject=f"unsubscribe {token}")
