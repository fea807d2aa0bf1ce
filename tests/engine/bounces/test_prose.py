"""Recipients written in prose, never a wrong address, complaints in their shapes, and mail
that is no bounce: one small message of our own per shape (``golden/prose``), with its
expected result and what the shape is in ``golden/prose/expected.json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.bounces.classify import classify
from engine.bounces.result import Classification
from tests.support import assert_classified_as

PROSE = Path(__file__).parent / "golden" / "prose"
EXPECTED: dict[str, dict[str, Any]] = json.loads((PROSE / "expected.json").read_text())


def prose(name: str) -> bytes:
    return (PROSE / f"{name}.eml").read_bytes()


def addresses(result: Classification) -> list[str]:
    return [r.address for r in result.recipients]


def test_every_shape_has_a_message_an_expected_result_and_a_description() -> None:
    assert {p.stem for p in PROSE.glob("*.eml")} == set(EXPECTED)
    assert [name for name, want in EXPECTED.items() if not want.get("shape")] == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_shape_gives_its_kind_and_failed_recipients(name: str) -> None:
    assert_classified_as(prose(name), EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_shape_names_the_sender_or_the_bounce_address(name: str) -> None:
    named = set(addresses(classify(prose(name))))
    assert named.isdisjoint({"news@news.example.com", "bounces@news.example.com"})


def test_every_address_of_a_bullet_list_is_a_failed_recipient() -> None:
    assert addresses(classify(prose("bullet_list"))) == [
        "rosa.bullet@example.org", "tom.bullet@example.net"]


def test_an_alias_expansion_reports_both_the_expanded_and_the_original_address() -> None:
    assert addresses(classify(prose("alias_expansion"))) == [
        "lena.inbox@example.net", "lena@example.org"]


def test_the_address_an_alias_was_generated_from_is_the_failed_recipient() -> None:
    assert addresses(classify(prose("generated_from"))) == ["kai.alias@example.org"]


def test_an_address_behind_exchanges_smtp_prefix_is_read_without_it() -> None:
    assert addresses(classify(prose("smtp_bracket"))) == ["ines.bracket@example.org"]


def test_an_address_in_the_smtp_reply_counts_beside_the_one_in_the_sentence() -> None:
    assert addresses(classify(prose("reply_names_address"))) == [
        "ana.first@example.org", "ben.second@example.org"]


def test_a_quoted_local_part_is_kept_whole() -> None:
    assert addresses(classify(prose("quoted_local_part"))) == ['"first....last...."@example.org']
    assert addresses(classify(prose("quoted_local_part_text"))) == ['"dot..dot"@example.org']


def test_a_dsn_forwarded_as_an_attachment_names_its_recipient_never_the_lists_addresses() -> None:
    result = classify(prose("dsn_forwarded_in_attachment"))
    assert (result.kind, addresses(result)) == ("hard", ["noor.attached@example.org"])


def test_a_message_someone_sent_to_themselves_still_names_the_failed_address() -> None:
    assert addresses(classify(prose("self_sent"))) == ["sam.self@example.org"]


def test_a_lists_posting_address_in_the_quoted_original_is_never_the_failed_recipient() -> None:
    result = classify(prose("list_post_address"))
    assert (result.kind, result.recipients) == ("hard", ())


def test_our_own_addresses_from_the_settings_are_never_taken_from_the_notice() -> None:
    raw = prose("summary_to").replace(b"eva.summary@example.org", b"desk@mail.example.com")
    assert addresses(classify(raw)) == ["desk@mail.example.com"]  # nothing says it is ours
    result = classify(raw, own=["desk@mail.example.com"])
    assert (result.kind, result.recipients) == ("hard", ())


def test_microsofts_jmrp_report_is_a_complaint_for_its_original_recipient() -> None:
    result = classify(prose("complaint_jmrp"))
    assert (result.kind, addresses(result)) == ("complaint", ["lea.jmrp@example.net"])
    assert result.tracking == "c6.k2.anJtcA"


def test_an_abuse_report_forwarded_with_the_message_attached_is_a_complaint() -> None:
    result = classify(prose("complaint_forwarded_abuse_report"))
    assert (result.kind, addresses(result)) == ("complaint", ["ivo.abuse@example.net"])


def test_a_feedback_report_with_only_the_originals_headers_names_their_recipient() -> None:
    result = classify(prose("complaint_aol_headers_only"))
    assert (result.kind, addresses(result)) == ("complaint", ["zoe.aol@example.com"])


def test_an_opt_out_report_is_a_complaint_for_its_removal_recipient() -> None:
    result = classify(prose("complaint_opt_out"))
    assert (result.kind, result.feedback_type, addresses(result)) == (
        "complaint", "opt-out", ["uma.optout@example.net"])


def test_a_challenge_asking_the_sender_to_confirm_they_are_human_is_no_bounce() -> None:
    assert classify(prose("challenge_response")).kind == "auto_reply"


@pytest.mark.parametrize("name", ["delay_warning_text", "delay_warning_dsn"])
def test_a_delay_warning_whose_server_still_tries_is_soft_at_most(name: str) -> None:
    result = classify(prose(name))
    assert result.kind == "soft"
    assert {r.type for r in result.recipients} == {"soft"}


def test_a_notice_that_gave_up_is_no_delay_warning_even_if_it_once_said_it_would_retry() -> None:
    raw = prose("delay_warning_text").replace(
        b"550 5.2.2 mailbox temporarily over quota", b"550 5.1.1 no such user").replace(
        b"No action is required on your part.", b"This is a permanent error; I've given up.")
    assert classify(raw).kind == "hard"


@pytest.mark.parametrize("name", ["relayed_notice", "delivered_text"])
def test_a_relayed_or_delivered_notice_is_no_bounce(name: str) -> None:
    result = classify(prose(name))
    assert (result.kind, result.recipients) == ("not_bounce", ())


def test_a_persons_reply_quoting_a_bounce_is_no_bounce() -> None:
    assert classify(prose("reply_quoting_bounce")).kind == "not_bounce"
