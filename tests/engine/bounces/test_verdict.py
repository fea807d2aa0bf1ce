"""Hard or soft: the rules of shared/bounce-codes.md, in their order."""

from __future__ import annotations

from engine.bounces.codes import BounceCode, BounceCodeTable
from engine.bounces.verdict import decide
from engine.cli.words import note_text

TABLE = BounceCodeTable.default()


def test_a_code_in_the_table_is_decided_by_its_row() -> None:
    verdict = decide("5.2.2", False, "552", TABLE)
    assert (verdict.type, note_text(verdict.rule)) == ("soft", "table row 5.2.2 (Mailbox full)")


def test_an_edited_row_wins_over_the_default() -> None:
    table = BounceCodeTable.from_rows(
        BounceCode(r.code, "hard", "Mailbox full: we give up") if r.code == "5.2.2" else r
        for r in TABLE)
    assert decide("5.2.2", False, None, table).type == "hard"


def test_an_unknown_4xx_code_is_soft() -> None:
    verdict = decide("4.7.650", False, "421", TABLE)
    assert (verdict.type, note_text(verdict.rule)) == ("soft", "4.x.x not in table: soft")


def test_an_unknown_5xx_code_uses_its_subject_row_then_hard() -> None:
    assert note_text(decide("5.3.9", False, None, TABLE).rule) == (
        "5.3.9 not in table: row 5.3.0 (Other or undefined mail system status)")
    verdict = decide("5.9.9", False, None, TABLE)
    assert (verdict.type, note_text(verdict.rule)) == ("hard", "5.x.x not in table: hard")


def test_without_an_enhanced_code_the_reply_code_class_decides() -> None:
    assert note_text(decide(None, False, "450", TABLE).rule) == "4xx reply code"
    assert decide(None, False, "554", TABLE).type == "hard"


def test_without_any_code_the_9_1_1_row_decides() -> None:
    verdict = decide(None, False, None, TABLE)
    assert (verdict.type, note_text(verdict.rule)) == (
        "hard", "no code: 9.1.1 (Hard bounce with no bounce code found)")


def test_an_inferred_code_says_so() -> None:
    assert note_text(decide("5.1.1", True, None, TABLE).rule).endswith("(inferred from the text)")
