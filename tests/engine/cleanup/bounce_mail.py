"""Small golden bounce messages of our own, so bounce tests run anywhere."""

from __future__ import annotations


def dsn(recipient: str, status: str, *, subject: str = "Undelivered Mail Returned to Sender",
        tag: str = "1") -> bytes:
    action = "failed" if status.startswith("5") else "delayed"
    return f"""From: MAILER-DAEMON@mx.example.net
To: bounces@sender.example
Subject: {subject}
Message-ID: <dsn-{tag}@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mx.example.net. I could not deliver your message.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; {recipient}
Action: {action}
Status: {status}
Diagnostic-Code: smtp; {status[0]}50 {status} mailbox problem

--B--
""".replace("\n", "\r\n").encode()
