from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import pytest

from engine.config import Footers, SmtpProfile
from engine.mail.headers import HeaderInjection
from engine.sending.render import MessageRenderer, MessageSpec, Recipient

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
TOKEN = "abcdefghijklmnop"
PROFILE = SmtpProfile(name="p", host="smtp.example.com", from_name="Shop",
                      from_address="news@shop.example", bounce_address="bounces@shop.example")
SPEC = MessageSpec(
    subject="Grüße, {{first_name|friend}}", from_name="Läden & Co",
    from_address="news@shop.example", reply_to="help@shop.example",
    text_body="Hello {{first_name}}\n.a line starting with a dot\n",
    html_body="<html><body><p>Hello {{first_name}}</p></body></html>",
)


def parse(data: bytes) -> email.message.EmailMessage:
    # Parsed as a mail store holds it: with LF line ends (SMTP carries CRLF).
    return email.message_from_bytes(  # type: ignore[return-value]
        data.replace(b"\r\n", b"\n"), policy=email.policy.default
    )


def render(spec: MessageSpec = SPEC, profile: SmtpProfile = PROFILE,
           footers: Footers | None = None, values: dict[str, str] | None = None) -> bytes:
    renderer = MessageRenderer(spec, profile, footers or Footers())
    recipient = Recipient("ann@example.org", TOKEN, values or {"first_name": "Ann"}, "Ann Lee")
    return renderer.render(recipient, NOW).data


def test_non_ascii_subject_and_names_are_encoded_and_read_back() -> None:
    data = render()
    assert data.isascii()
    message = parse(data)
    assert message["Subject"] == "Grüße, Ann"
    assert message["From"].addresses[0].display_name == "Läden & Co"
    assert message["To"] == "Ann Lee <ann@example.org>"
    assert message["Reply-To"] == "help@shop.example"


def test_bodies_carry_merge_fields_and_the_footer_in_both_parts() -> None:
    message = parse(render())
    text = message.get_body(("plain",)).get_content()
    page = message.get_body(("html",)).get_content()
    assert text.startswith("Hello Ann\n.a line starting with a dot\n")
    assert f"mailto:bounces@shop.example?subject=unsubscribe%20{TOKEN}" in text
    assert f"mailto:bounces@shop.example?subject=manage%20{TOKEN}" in text
    assert page.index("Unsubscribe") < page.index("</body>")


def test_tracking_headers_name_the_item() -> None:
    message = parse(render())
    assert message["X-Newsletter-Desk-Tracking"] == TOKEN
    assert message["Message-ID"] == f"<{TOKEN}.1@shop.example>"
    assert message["List-Unsubscribe"] == \
        f"<mailto:bounces@shop.example?subject=unsubscribe%20{TOKEN}>"
    assert message["List-Unsubscribe-Post"] is None


def test_a_link_template_adds_the_url_and_one_click_post() -> None:
    footers = Footers(unsubscribe_url_template="https://shop.example/u?t={{token}}&x=1")
    message = parse(render(footers=footers))
    assert message["List-Unsubscribe"].endswith(f", <https://shop.example/u?t={TOKEN}&x=1>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    page = message.get_body(("html",)).get_content()
    assert f'href="https://shop.example/u?t={TOKEN}&amp;x=1"' in page


def test_custom_headers_can_be_turned_off() -> None:
    profile = SmtpProfile(**{**PROFILE.__dict__, "disable_custom_headers": True})
    message = parse(render(profile=profile))
    assert message["X-Newsletter-Desk-Tracking"] is None
    assert message["Message-ID"] == f"<{TOKEN}.1@shop.example>"


def test_verp_puts_the_token_in_the_envelope_sender() -> None:
    renderer = MessageRenderer(SPEC, PROFILE, Footers())
    assert renderer.render(Recipient("a@b.example", TOKEN), NOW).envelope_from == \
        f"bounces+{TOKEN}@shop.example"
    plain = MessageRenderer(SPEC, SmtpProfile(**{**PROFILE.__dict__, "use_verp": False}),
                            Footers())
    assert plain.render(Recipient("a@b.example", TOKEN), NOW).envelope_from == \
        "bounces@shop.example"


def test_a_line_break_in_the_subject_is_refused() -> None:
    with pytest.raises(HeaderInjection):
        MessageRenderer(MessageSpec(subject="Hi\r\nBcc: x@y", from_name="", from_address="a@b.c",
                                    text_body="x"), PROFILE, Footers())


def test_text_only_message_is_a_single_part() -> None:
    spec = MessageSpec(subject="s", from_name="", from_address="a@shop.example", text_body="Hi")
    message = parse(render(spec=spec))
    assert message.get_content_type() == "text/plain"
    assert message.get_content().startswith("Hi\n\n--\n")


def test_one_click_post_is_offered_for_https_links_only() -> None:
    # RFC 8058 section 3.1: the one-click URI must be https; a plain http link keeps its
    # List-Unsubscribe entry but never announces one-click.
    footers = Footers(unsubscribe_url_template="http://shop.example/u?t={{token}}")
    message = parse(render(footers=footers))
    assert message["List-Unsubscribe"].endswith(f", <http://shop.example/u?t={TOKEN}>")
    assert message["List-Unsubscribe-Post"] is None


def test_a_long_merge_value_in_a_one_line_html_body_keeps_every_line_short() -> None:
    # Quoted-printable soft breaks came out as bare LF for a body without line breaks, so
    # SMTP saw one line of the whole body and refused it past 1,000 characters.
    spec = MessageSpec(subject="s", from_name="", from_address="a@shop.example",
                       html_body="<html><body><p>Dear {{first_name}}</p></body></html>")
    data = render(spec=spec, values={"first_name": "Zoë Ångström " * 100})
    assert b"\n" not in data.replace(b"\r\n", b"")
    body = data.split(b"\r\n\r\n", 1)[1]
    assert max(len(line) for line in body.split(b"\r\n")) <= 76  # RFC 2045 6.7
    assert "Zoë Ångström " * 100 in parse(data).get_content()


def test_a_line_break_in_a_merged_subject_value_is_put_on_one_line() -> None:
    # It used to be refused, which failed that contact's message: the value is now made
    # single-line where it enters a header, so it can neither inject a header nor fail.
    renderer = MessageRenderer(SPEC, PROFILE, Footers())
    data = renderer.render(Recipient("a@b.example", TOKEN, {"first_name": "x\nBcc: y@z"}),
                           NOW).data
    message = parse(data)
    assert message["Subject"] == "Grüße, x Bcc: y@z"
    assert message["Bcc"] is None
