"""The *Send test email* message: plain text and HTML with the footer, sent over a profile.

Deliberately small: the campaign renderer (merge fields, tracking, VERP) lives elsewhere. This
only proves that the server, the sender identity and the footers work together. Its headers
come from the same builder as every campaign's (``engine.mail.headers``: encoded, folded).
"""

from __future__ import annotations

import email.policy
import smtplib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid

from engine.config import Footers, SmtpProfile, address_error
from engine.errors import ConfigError, SmtpError
from engine.mail import headers
from engine.mail.dkim import signer_for
from engine.network import Hangup, network_note, network_words
from engine.notes import Note
from engine.sending.connect import open_smtp, server_said

SAMPLE_LINKS = {
    "{{unsubscribe_url}}": "https://example.com/unsubscribe (a test link)",
    "{{manage_url}}": "https://example.com/preferences (a test link)",
}


def fill_sample_links(template: str) -> str:
    for field, value in SAMPLE_LINKS.items():
        template = template.replace(field, value.split(" ")[0])
    return template


def build_test_email(profile: SmtpProfile, to: str, footers: Footers) -> bytes:
    """The whole message, CRLF-ended: our headers, then the MIME body Python builds."""
    pairs = [
        ("Date", headers.format_date(datetime.now(UTC))),
        ("From", headers.format_address(profile.from_name, profile.from_address,
                                        "sender name", "From")),
        ("To", headers.format_address("", to, "test address", "To")),
        ("Subject", headers.encode_text("Subject",
                                        f"Newsletter Desk test from “{profile.name}”")),
    ]
    if profile.reply_to:
        pairs.append(("Reply-To", headers.format_address("", profile.reply_to,
                                                         "reply-to address", "Reply-To")))
    domain = profile.from_address.rpartition("@")[2] or None
    pairs.append(("Message-ID", make_msgid(domain=domain)))
    intro = (
        f"This is a test message sent through the SMTP profile “{profile.name}” "
        f"({profile.host}, port {profile.port}). If you can read it, sending works."
    )
    body = EmailMessage()
    body.set_content(f"{intro}\n\n{fill_sample_links(footers.text)}", cte="quoted-printable")
    body.add_alternative(
        f"<html><body><p>{intro}</p>{fill_sample_links(footers.html)}</body></html>",
        subtype="html", cte="quoted-printable",
    )
    return headers.header_lines(pairs) + body.as_bytes(policy=email.policy.SMTP)


def send_test_email(
    profile: SmtpProfile,
    password: str | None,
    to: str,
    footers: Footers,
    *,
    timeout: float = 20.0,
    hangup: Hangup | None = None,
    dkim_key: str | None = None,
) -> Note:
    """Send one test message, signed as the campaigns are; returns where it went, as a note
    (``test_email_sent``)."""
    if err := address_error(to):
        raise ConfigError(err, field="test_address")
    message = build_test_email(profile, to.strip(), footers)
    signer = signer_for(profile, dkim_key)
    if signer is not None:
        message = signer.sign(message)
    try:
        client = open_smtp(profile, password, timeout=timeout, hangup=hangup)
        try:
            client.sendmail(profile.bounce_address or profile.from_address, [to.strip()],
                            message)
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = next(iter(exc.recipients.values()))
            said = server_said(code, reply)
            raise SmtpError(f"The server refused {to}: it said {said}.",
                            code="recipient_refused", params={"address": to, "reply": said},
                            ) from None
        except smtplib.SMTPResponseException as exc:
            said = server_said(exc.smtp_code, exc.smtp_error)
            raise SmtpError(f"The server refused the message: it said {said}.",
                            code="message_refused", params={"reply": said}) from None
        except OSError as exc:
            found = network_note(exc, profile.host, profile.port, timeout)
            if found is None:
                raise SmtpError(str(exc)) from None
            raise SmtpError(network_words(found), code=found.code,
                            params=found.params) from None
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()
    finally:
        if hangup is not None:
            hangup.release()
    return Note("test_email_sent", {"to": to.strip(), "host": profile.host})
