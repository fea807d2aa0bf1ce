"""Every header the app writes is folded (RFC 5322) with encoded words of at most 75 (RFC 2047).

Checked on the bytes a real aiosmtpd server receives, and read back with Python's email.
Python's address parser keeps the whitespace between two adjacent encoded words of a display
name (RFC 2047 says to ignore it), so a name needing several encoded words in a row is read
back through its unstructured parser, which follows the RFC; every other name is compared as
``display_name`` directly.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.config import Footers, SmtpProfile
from engine.jobs import JobContext
from engine.mail import headers
from engine.sending.render import MessageRenderer, MessageSpec, Recipient
from engine.sending.test_email import build_test_email
from engine.storage import audience, repo
from engine.storage.models import CampaignItem, Contact
from tests.engine.sending.conftest import make_campaign, profile_for, send, start_campaign

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
TOKEN = "abcdefghijklmnop"
ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[qQbB]\?[^?\s]*\?=")
LONG_151 = ("Maximilian-Alexander Bartholomäus von Hohenzollern-Sigmaringen und "
            "Lüdenscheidt-Oberkassel, Freiherr zu Königswinter (Marketing & Vertrieb) ab")
LONG_500 = " ".join(["Zoë Ångström-Łukasiewicz Müller"] * 16)[:500]
FAKE = "=?utf-8?q?Fake?="


def header_block(data: bytes) -> list[str]:
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return head.split("\r\n")


def assert_folded(data: bytes) -> None:
    """No header line over 78 unless it is one token that cannot be folded (a URL in
    List-Unsubscribe), none over 998, every encoded word at most 75; the body's lines too."""
    lines = header_block(data)
    for line in lines:
        content = line.split(": ", 1)[1] if not line[:1].isspace() else line.strip()
        assert len(line) <= 78 or " " not in content.strip(), line
        assert len(line) <= 998, line
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    for line in lines:
        for word in ENCODED_WORD.findall(line):
            assert len(word) <= 75, word


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def display_name(message: email.message.EmailMessage, header: str) -> str:
    raw = next(v for k, v in message.raw_items() if k.lower() == header.lower())
    phrase = re.sub(r"\r?\n", "", raw).rpartition(" <")[0].strip()
    if ENCODED_WORD.search(phrase) and re.search(r"\?=\s+=\?", phrase):
        return str(email.policy.default.header_factory("X-Name", phrase))
    return str(message[header].addresses[0].display_name)


def test_a_151_character_name_is_folded_into_short_lines_and_read_back_exactly() -> None:
    value = headers.format_address(LONG_151, "ann@example.org", "recipient", "To")
    raw = f"To: {value}\r\nSubject: x\r\n\r\n".encode("ascii")
    assert_folded(raw)
    assert parse(raw)["To"].addresses[0].display_name == LONG_151
    assert parse(raw)["To"].addresses[0].addr_spec == "ann@example.org"


def test_a_name_that_looks_like_an_encoded_word_is_encoded_not_passed_through() -> None:
    value = headers.format_address(FAKE, "ann@example.org", "recipient", "To")
    assert FAKE not in value
    raw = f"To: {value}\r\n\r\n".encode("ascii")
    assert parse(raw)["To"].addresses[0].display_name == FAKE
    subject = headers.encode_text("Subject", f"Hi {FAKE}")
    assert parse(f"Subject: {subject}\r\n\r\n".encode("ascii"))["Subject"] == f"Hi {FAKE}"


def test_a_space_beside_a_no_break_space_reads_as_one_space() -> None:
    value = headers.format_address(") \xa00", "ann@example.org", "recipient", "To")
    raw = f"To: {value}\r\n\r\n".encode("ascii")
    assert parse(raw)["To"].addresses[0].display_name == ") 0"


def test_a_word_too_long_for_any_line_is_refused_plainly() -> None:
    with pytest.raises(headers.HeaderTooLong):
        headers.structured("List-Unsubscribe", "<https://shop.example/" + "u" * 1000 + ">")


_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
    max_size=300,
).map(str.strip).filter(bool)


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(name=_texts, subject=_texts)
def test_any_name_and_subject_fold_within_the_limits_and_read_back(name: str,
                                                                     subject: str) -> None:
    to = headers.format_address(name, "ann@example.org", "recipient", "To")
    sub = headers.encode_text("Subject", subject)
    raw = f"To: {to}\r\nSubject: {sub}\r\n\r\n".encode("ascii")
    assert_folded(raw)
    message = parse(raw)
    assert message["Subject"] == subject
    # a run of white space (a no-break space too) means one space
    assert display_name(message, "To") == re.sub(r"\s+", " ", name).strip()
    assert message["To"].addresses[0].addr_spec == "ann@example.org"


# -- on the wire ------------------------------------------------------------------------------

pytestmark_db = pytest.mark.usefixtures("database_url")


@pytestmark_db
def test_long_names_and_subjects_reach_the_server_folded_and_read_back_exactly(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, from_name=LONG_151, reply_to="help@shop.example")
    mailing = audience.create_list("Newsletter")
    names = {"a@example.org": LONG_151, "b@example.org": LONG_500, "c@example.org": FAKE}
    for address, name in names.items():
        audience.save_contact(address, name, list_ids=[mailing.id], fields={"city": "Lyon"})
    repo.save_setting(Footers(unsubscribe_url_template="https://shop.example/u/" + "t" * 60
                              + "?token={{token}}"))
    campaign = make_campaign(profile, subject="Für {{first_name}}: unser Frühlingsangebot "
                                              "in {{city}} ist da, nur diese Woche!")
    ctx = context(profile)
    start_campaign(campaign, ctx)
    assert send(ctx)["sent"] == 3
    for message in server.wait_for(3):
        assert_folded(message.data)
        mail = parse(message.data.replace(b"\r\n", b"\n"))
        name = names[message.rcpt_tos[0]]
        assert display_name(mail, "To") == name
        assert mail["Subject"] == (f"Für {name}: unser Frühlingsangebot in Lyon ist da, "
                                   "nur diese Woche!")
        assert display_name(mail, "From") == LONG_151
        assert mail["Reply-To"].addresses[0].addr_spec == "help@shop.example"
        assert mail["List-Unsubscribe"].count("<") == 2


@pytestmark_db
def test_a_merge_value_stored_with_line_breaks_cannot_break_a_message(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server)
    mailing = audience.create_list("Newsletter")
    audience.save_contact("dirty@example.org", "Dee", list_ids=[mailing.id],
                          fields={"city": "Lyon"})
    audience.save_contact("clean@example.org", "Cy", list_ids=[mailing.id],
                          fields={"city": "Nice"})
    # Stored before import cleaning existed, or by hand: straight into the database.
    Contact.update(first_name="De\re", fields=json.dumps(
        {"city": "Ly\r\nBcc: victim@x.example\r\n\ton\x00"})).where(
        Contact.email == "dirty@example.org").execute()
    campaign = make_campaign(profile, subject="News for {{city}}")
    ctx = context(profile)
    start_campaign(campaign, ctx)
    assert send(ctx)["sent"] == 2
    by_rcpt = {m.rcpt_tos[0]: m for m in server.wait_for(2)}
    assert set(by_rcpt) == {"dirty@example.org", "clean@example.org"}
    dirty = by_rcpt["dirty@example.org"]
    assert_folded(dirty.data)
    mail = parse(dirty.data)
    assert mail["Subject"] == "News for Ly Bcc: victim@x.example on "
    assert mail["Bcc"] is None
    assert mail["To"].addresses[0].display_name == "De e"
    item = CampaignItem.get(CampaignItem.email == "dirty@example.org")
    assert item.state == "sent"


def test_the_test_email_uses_the_same_folded_headers() -> None:
    profile = SmtpProfile(name="A profile with a rather long name for the subject line here",
                          host="smtp.example.com", from_name=LONG_500,
                          from_address="news@shop.example", reply_to="help@shop.example")
    data = build_test_email(profile, "me@shop.example", Footers())
    assert_folded(data)
    mail = parse(data)
    assert display_name(mail, "From") == LONG_500
    assert mail["Subject"] == f"Newsletter Desk test from “{profile.name}”"
    assert mail["To"].addresses[0].addr_spec == "me@shop.example"
    assert mail.get_body(("plain",)) is not None and mail.get_body(("html",)) is not None


def test_renderer_headers_fold_for_autoresponders_too() -> None:
    # Autoresponders and queued one-off messages are rendered by the same MessageRenderer.
    spec = MessageSpec(subject=" ".join(["Willkommen, {{first_name}}!"] * 4), from_name=LONG_151,
                       from_address="news@shop.example", text_body="Hallo")
    profile = SmtpProfile(name="p", host="smtp.example.com", from_address="news@shop.example")
    data = MessageRenderer(spec, profile, Footers()).render(
        Recipient("ann@example.org", TOKEN, {"first_name": LONG_500}, LONG_500), NOW).data
    assert_folded(data)
    mail = parse(data)
    assert mail["Subject"] == " ".join([f"Willkommen, {LONG_500}!"] * 4)
    assert display_name(mail, "To") == LONG_500
