"""Campaign messages: the MIME skeleton built once, per-recipient fields filled in.

Building each message with ``email.message.EmailMessage`` costs milliseconds; a campaign's
messages differ only in a few headers and the merge fields of the bodies. So the renderer
compiles the subject and bodies once, encodes the constant headers once, and per recipient only
fills the slots, quoted-printable-encodes the two bodies (``binascii``, in C) and joins bytes.
The boundary starts with ``==``, which quoted-printable output can never contain.
"""

from __future__ import annotations

import binascii
import html
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from engine.config import Footers, SmtpProfile
from engine.mail import headers, signed_links, tracking
from engine.mail.email_html import FOOTER_MARK
from engine.mail.merge import Template, compile_template

_BODY_END = re.compile(r"</body\s*>", re.I)
_NEWLINES = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class MessageSpec:
    """What the user wrote: the campaign (or autoresponder) fields that shape a message."""

    subject: str
    from_name: str
    from_address: str
    reply_to: str = ""
    text_body: str = ""
    html_body: str = ""
    feedback_id: str = ""  # the Feedback-ID header (engine.mail.feedback); empty: none


@dataclass(frozen=True)
class Recipient:
    email: str
    token: str
    values: Mapping[str, str] = field(default_factory=dict)
    name: str = ""
    attempt: int = 1


@dataclass(frozen=True)
class RenderedMessage:
    envelope_from: str
    to: str
    message_id: str
    data: bytes  # CRLF line ends, not yet dot-stuffed


def add_html_footer(body: str, footer: str) -> str:
    # The editor's documents mark the end of their 600-pixel column: the footer belongs in
    # it, with the text's font and width, not below the layout tables.
    if FOOTER_MARK in body:
        at = body.rindex(FOOTER_MARK)
        return body[:at] + footer + body[at:]
    matches = list(_BODY_END.finditer(body))
    if not matches:
        return body + footer
    at = matches[-1].start()
    return body[:at] + footer + body[at:]


def add_text_footer(body: str, footer: str) -> str:
    if not body.strip():
        return footer
    return body.rstrip() + "\n\n" + footer


def _crlf(text: str) -> str:
    return _NEWLINES.sub("\r\n", text)


def _qp(text: str) -> bytes:
    data = binascii.b2a_qp(_crlf(text).encode("utf-8"), istext=True)
    # b2a_qp ends its soft line breaks ("=") with LF when the text holds no CRLF (an HTML body
    # on one line): SMTP then saw one line as long as the body, refused past 1,000. Quoted-
    # printable output holds a raw CR only in CRLF, so every line end can be made CRLF.
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data if data.endswith(b"\r\n") else data + b"\r\n"


class MessageRenderer:
    """Renders one campaign's messages; build it once, call ``render`` per recipient."""

    def __init__(self, spec: MessageSpec, profile: SmtpProfile, footers: Footers | None,
                 *, custom_headers: bool | None = None,
                 service: signed_links.ServiceLinks | None = None) -> None:
        self.profile = profile
        self.footers = footers
        # The unsubscribe service, when set up, takes the links over from the URL templates.
        self.service = service if footers is not None else None
        text = spec.text_body
        body_html = spec.html_body
        if footers is not None:
            if text.strip() or not body_html.strip():
                text = add_text_footer(text, footers.text)
            if body_html.strip():
                body_html = add_html_footer(body_html, footers.html)
        self._text: Template | None = compile_template(text) if text.strip() else None
        self._html: Template | None = compile_template(body_html) if body_html.strip() else None
        self._subject = compile_template(headers.check_value("subject", spec.subject, "subject"))
        self._constant_subject = (
            headers.encode_text("Subject", spec.subject) if self._subject.is_constant else None
        )
        self._from_address = spec.from_address or profile.from_address
        self._bounce = profile.bounce_address or self._from_address
        self._custom = (not profile.disable_custom_headers) if custom_headers is None \
            else custom_headers
        from_line = headers.format_address(spec.from_name or profile.from_name,
                                           self._from_address, "sender name", "From")
        const: list[tuple[str, str]] = [("From", from_line)]
        reply_to = spec.reply_to or profile.reply_to
        if reply_to:
            const.append(("Reply-To", headers.format_address("", reply_to, "reply-to address",
                                                             "Reply-To")))
        if spec.feedback_id:  # made by engine.mail.feedback, of characters safe in a header
            const.append(("Feedback-ID", spec.feedback_id))
        const.append(("MIME-Version", "1.0"))
        self._const_top = headers.header_lines(const)
        tail: list[tuple[str, str]] = []
        # RFC 8058 allows one-click only for an https URI: a plain http link is still listed in
        # List-Unsubscribe, but mail providers must not be told to POST to it.
        if self.service is not None or (
                footers is not None
                and footers.unsubscribe_url_template.strip().lower().startswith("https://")):
            tail.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        self._boundary = f"==nd{secrets.token_hex(12)}=="
        if self._text is not None and self._html is not None:
            tail.append(("Content-Type",
                         f'multipart/alternative; boundary="{self._boundary}"'))
            self._part_heads = (
                self._part_head("plain", first=True), self._part_head("html", first=False)
            )
        else:
            subtype = "html" if self._html is not None else "plain"
            tail.append(("Content-Type", f'text/{subtype}; charset="utf-8"'))
            tail.append(("Content-Transfer-Encoding", "quoted-printable"))
        self._const_tail = headers.header_lines(tail)
        self._date = ("", 0)

    def _part_head(self, subtype: str, *, first: bool) -> bytes:
        lead = "\r\n" if first else ""
        return (
            f"{lead}--{self._boundary}\r\nContent-Type: text/{subtype}; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        ).encode("ascii")

    def _date_header(self, now: datetime) -> str:
        second = int(now.timestamp())
        if self._date[1] != second or not self._date[0]:
            self._date = (headers.format_date(now), second)
        return self._date[0]

    def links(self, token: str) -> tuple[str, str]:
        if self.service is not None:
            return self.service.links(token)
        footers = self.footers or Footers()
        return (
            tracking.unsubscribe_link(footers.unsubscribe_url_template, self._bounce, token),
            tracking.manage_link(footers.manage_url_template, self._bounce, token),
        )

    def envelope_from(self, token: str) -> str:
        if self.profile.use_verp and token:
            return tracking.verp_address(self._bounce, token)
        return self._bounce

    def render(self, recipient: Recipient, now: datetime) -> RenderedMessage:
        unsubscribe, manage = self.links(recipient.token)
        values = dict(recipient.values)
        values["unsubscribe_url"] = unsubscribe
        values["manage_url"] = manage
        message_id = tracking.message_id(recipient.token, recipient.attempt, self._from_address)
        subject = self._constant_subject
        if subject is None:
            # A merge value goes into the header on one line, whatever the database holds.
            subject = headers.encode_text("Subject", self._subject.fill(values, headers.one_line))
        mailto = tracking.mailto_link(self._bounce, "unsubscribe", recipient.token)
        unsubscribe_header = f"<{mailto}>"
        if self.service is not None or (self.footers is not None
                                         and self.footers.unsubscribe_url_template):
            unsubscribe_header += f", <{unsubscribe}>"
        per: list[tuple[str, str]] = [
            ("Date", self._date_header(now)),
            ("To", headers.format_address(headers.one_line(recipient.name).strip(),
                                          recipient.email, "recipient", "To")),
            ("Subject", subject),
            ("Message-ID", message_id),
            ("List-Unsubscribe", headers.structured("List-Unsubscribe", unsubscribe_header)),
        ]
        if self._custom:
            per.append((tracking.TRACKING_HEADER, recipient.token))
        chunks = [self._const_top, headers.header_lines(per), self._const_tail]
        if self._text is not None and self._html is not None:
            chunks += [
                self._part_heads[0], _qp(self._text.fill(values)),
                self._part_heads[1], _qp(self._html.fill(values, html.escape)),
                f"--{self._boundary}--\r\n".encode("ascii"),
            ]
        elif self._html is not None:
            chunks += [b"\r\n", _qp(self._html.fill(values, html.escape))]
        elif self._text is not None:
            chunks += [b"\r\n", _qp(self._text.fill(values))]
        return RenderedMessage(
            envelope_from=self.envelope_from(recipient.token),
            to=recipient.email,
            message_id=message_id,
            data=b"".join(chunks),
        )
