from __future__ import annotations

from datetime import UTC, datetime, timedelta

from engine.bounces.codes import BounceCodeTable
from engine.sending import outcomes
from engine.sending.outcomes import decide_next, from_reply, lost

TABLE = BounceCodeTable.default()
NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_2xx_is_sent() -> None:
    assert from_reply(250, "2.0.0 OK", TABLE).state == "sent"


def test_4xx_and_421_are_deferred_421_closes_the_connection() -> None:
    assert from_reply(451, "4.3.0 later", TABLE).state == "deferred"
    closing = from_reply(421, "4.7.0 bye", TABLE)
    assert (closing.state, closing.connection_lost) == ("deferred", True)


def test_5xx_is_classified_by_the_bounce_code_table() -> None:
    unknown = from_reply(550, "5.1.1 No such user", TABLE)
    assert (unknown.state, unknown.bounce_type, unknown.status) == ("failed", "hard", "5.1.1")
    full = from_reply(552, "5.2.2 Mailbox full", TABLE)
    assert full.bounce_type == "soft"
    bare = from_reply(554, "Rejected", TABLE)
    assert bare.bounce_type == "hard"


def test_deferrals_back_off_and_give_up() -> None:
    first = decide_next(lost("reset"), 1, NOW)
    third = decide_next(lost("reset"), 3, NOW)
    assert first.next_attempt_at == NOW + timedelta(minutes=5)
    assert third.next_attempt_at == NOW + timedelta(minutes=20)
    assert decide_next(lost("reset"), 8, NOW).state == "failed"


def test_a_5xx_fails_here_its_resends_are_left_to_the_bounce_rules() -> None:
    # A soft one's re-send is decided once, by engine.sending.refusal (test_refusal.py), from
    # the soft bounces the message had; not a second time here from its attempts.
    full = from_reply(552, "5.2.2 Mailbox full", TABLE)
    decision = decide_next(full, 1, NOW)
    assert (decision.state, decision.next_attempt_at, decision.note) == (
        "failed", None, {"type": "soft"})


def test_a_line_lost_after_the_message_end_is_uncertain_and_never_retried() -> None:
    outcome = outcomes.unknown("connection lost (no answer from the server in time)")
    decision = outcomes.decide_next(outcome, 1, NOW)
    assert (outcome.state, decision.state, decision.next_attempt_at) == (
        "uncertain", "uncertain", None)
    assert outcomes.lost("connection lost").state == "deferred"
