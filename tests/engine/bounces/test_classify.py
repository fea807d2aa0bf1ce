"""The classifier on small golden messages of our own: runs anywhere, no corpus needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.bounces.addresses import is_valid_address
from engine.bounces.classify import classify
from engine.bounces.codes import BounceCodeTable
from engine.cli.words import note_text
from engine.errors import ClassifyError

GOLDEN = Path(__file__).parent / "golden"
EXPECTED: dict[str, dict[str, Any]] = json.loads((GOLDEN / "expected.json").read_text())


def golden(name: str) -> bytes:
    return (GOLDEN / name).read_bytes()


def _shown(recipient: Any, key: str) -> Any:
    """A recipient's field as expected.json writes it: the rule in its words."""
    value = getattr(recipient, key)
    return note_text(value) if key == "rule" else value


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden_message_is_classified_as_expected(name: str) -> None:
    want = EXPECTED[name]
    result = classify(golden(name))
    assert result.kind == want["kind"]
    got = [
        {key: _shown(r, key) for key in want["recipients"][0]} for r in result.recipients
    ] if want["recipients"] else []
    assert got == want["recipients"]
    for key in ("tracking", "original_message_id", "feedback_type"):
        if key in want:
            assert getattr(result, key) == want[key]


def test_crlf_and_cr_line_endings_give_the_same_result_as_lf() -> None:
    lf = golden("dsn_hard.eml")
    results = {classify(lf.replace(b"\n", ending)) for ending in (b"\n", b"\r\n", b"\r")}
    assert len(results) == 1


def test_the_users_table_decides_hard_or_soft() -> None:
    raw = golden("dsn_hard.eml").replace(b"5.1.1", b"5.7.1")
    assert classify(raw).kind == "hard"
    relaxed = classify(raw, BounceCodeTable.address_failures_only())
    assert relaxed.kind == "soft"
    assert note_text(relaxed.recipients[0].rule) == (
        "table row 5.7.1 (Delivery not authorized, message refused)")


def test_a_5xx_code_missing_from_the_table_falls_back_to_its_subject_row() -> None:
    raw = golden("dsn_hard.eml").replace(b"5.1.1", b"5.2.9")
    recipient = classify(raw).recipients[0]
    assert recipient.type == "soft"
    assert note_text(recipient.rule) == (
        "5.2.9 not in table: row 5.2.0 (Other or undefined mailbox status)")


def test_a_bounce_with_only_a_reply_code_is_decided_by_its_class() -> None:
    raw = golden("postfix_plain.eml").replace(b"No such user here", b"Requested action not taken")
    recipient = classify(raw).recipients[0]
    assert recipient.reply_code == "550"
    assert note_text(recipient.rule) == "5xx reply code"
    assert recipient.type == "hard"


def test_a_bounce_without_any_code_is_hard_with_9_1_1() -> None:
    raw = golden("postfix_plain.eml").replace(
        b"said: 550\n    No such user here", b"said:\n    something odd happened")
    recipient = classify(raw).recipients[0]
    assert (recipient.status, recipient.status_inferred, recipient.type) == ("9.1.1", True, "hard")
    assert note_text(recipient.rule).startswith("no code: 9.1.1")


def test_a_message_with_one_hard_and_one_soft_recipient_is_hard() -> None:
    raw = golden("dsn_soft.eml").replace(
        b"Will-Retry-Until: Fri, 17 May 2024 02:00:00 +0000\n",
        b"\nFinal-Recipient: rfc822; gone@recipient.example\nAction: failed\nStatus: 5.1.1\n",
    )
    result = classify(raw)
    assert [r.type for r in result.recipients] == ["soft", "hard"]
    assert result.kind == "hard"


def test_auto_submitted_bounce_from_mailer_daemon_is_never_an_auto_reply() -> None:
    assert b"Auto-Submitted: auto-replied" in golden("dsn_hard.eml")
    assert classify(golden("dsn_hard.eml")).kind == "hard"


def test_an_out_of_office_subject_alone_makes_an_auto_reply() -> None:
    raw = golden("vacation.eml").replace(b"Auto-Submitted: auto-replied\n", b"")
    assert classify(raw).kind == "auto_reply"


def test_the_bounce_own_message_id_and_subject_are_returned() -> None:
    result = classify(golden("dsn_hard.eml"))
    assert result.message_id == "20240514080211.AB12@mx.sender.example"
    assert result.subject == "Undelivered Mail Returned to Sender"


def test_verp_token_is_used_only_when_no_tracking_header_is_quoted() -> None:
    assert classify(golden("dsn_hard.eml")).tracking == "c42.k7.Zm9v"
    # The golden's "bounces+c7-k99" is no token the sender makes (16 base32 characters,
    # engine.mail.verp): it tells nothing. A real one is read after any local part, in any case.
    assert classify(golden("postfix_plain.eml")).tracking is None
    real = golden("postfix_plain.eml").replace(b"bounces+c7-k99", b"News-Letter+ABCDEFGHIJKLMNOP")
    assert classify(real).tracking == "verp:abcdefghijklmnop"


def test_an_empty_message_is_a_classify_error() -> None:
    with pytest.raises(ClassifyError):
        classify(b"  \n")


def test_text_instead_of_bytes_is_a_classify_error() -> None:
    with pytest.raises(ClassifyError):
        classify("From: x@example.org\n\nhello")  # type: ignore[arg-type]


WRONG_ADDRESS_SHAPES = {
    "wrong_forwarded_bounce.eml": "bounce-desk@news.example.com",
    "wrong_empty_local_part.eml": "@mx.example.org",
    "wrong_source_route.eml": "@smtp.example.net:user@server",
    "wrong_truncated_quoted_local_part.eml": '"first....last....@recipient.example',
    "wrong_our_verp_address.eml": "bounces+c42.k7.Zm9v@news.example.com",
    "wrong_list_owner_address.eml": "garden-news-owner@lists.example",
}


@pytest.mark.parametrize("name", sorted(WRONG_ADDRESS_SHAPES))
def test_a_bounce_naming_only_a_wrong_address_is_a_bounce_with_no_failed_recipient(
        name: str) -> None:
    raw = golden(name)
    assert WRONG_ADDRESS_SHAPES[name].encode() in raw
    result = classify(raw)
    assert result.kind == "hard"
    assert result.recipients == ()


def test_a_genuine_recipient_next_to_our_own_verp_address_is_still_recorded() -> None:
    raw = golden("wrong_our_verp_address.eml").replace(
        b"Final-Recipient: rfc822; bounces+c42.k7.Zm9v@news.example.com\n",
        b"Final-Recipient: rfc822; reader@recipient.example\nAction: failed\n"
        b"Status: 5.1.1\n\nFinal-Recipient: rfc822; bounces+c42.k7.Zm9v@news.example.com\n")
    assert [r.address for r in classify(raw).recipients] == ["reader@recipient.example"]


def test_a_message_sent_to_its_own_sender_still_failed_for_that_address() -> None:
    raw = golden("dsn_hard.eml").replace(b"To: nobody.here@recipient.example",
                                         b"To: news@news.example.com").replace(
        b"nobody.here@recipient.example", b"news@news.example.com")
    assert [r.address for r in classify(raw).recipients] == ["news@news.example.com"]


@pytest.mark.parametrize("address", [
    "user@example.org", "first.last@example.org", "user+tag@example.org", "kijitora@mailhub0",
    '"odd name"@example.org', "josé@exämple.org", "user@[192.0.2.1]",
])
def test_a_valid_address_is_valid(address: str) -> None:
    assert is_valid_address(address)


@pytest.mark.parametrize("address", [
    "@mx.example.org", "@smtp.example.net:user@server", "first....last....@example.org",
    '"first....last....@example.org', "david...@gmail.com", ".user@example.org",
    "user.@example.org", "user@-mx.example.org", "user@example..org", "user@", "user",
    "a b@example.org", "x" * 65 + "@example.org",
])
def test_a_string_that_is_not_an_address_is_not_valid(address: str) -> None:
    assert not is_valid_address(address)
