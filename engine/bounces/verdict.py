"""Hard or soft, by the rules of ``shared/bounce-codes.md``, with the sentence that explains it."""

from __future__ import annotations

from dataclasses import dataclass

from engine.bounces.codes import NO_CODE, BounceCodeTable, BounceType


@dataclass(frozen=True)
class Verdict:
    type: BounceType
    rule: str


def decide(
    status: str | None, status_inferred: bool, reply_code: str | None, table: BounceCodeTable
) -> Verdict:
    """Apply the rules in order: table row, class rule, reply code, then 9.1.1."""
    if status and status[0] in "45" and not (status_inferred and status.endswith(".0.0")):
        found = " (inferred from the text)" if status_inferred else ""
        row = table.lookup(status)
        if row is not None:
            return Verdict(row.type, f"table row {row.code} ({row.meaning}){found}")
        cls, subject = status.split(".")[:2]
        if cls == "4":
            return Verdict("soft", f"4.x.x not in table: soft{found}")
        parent = table.lookup(f"5.{subject}.0")
        if parent is not None:
            return Verdict(
                parent.type,
                f"{status} not in table: row {parent.code} ({parent.meaning}){found}",
            )
        return Verdict("hard", f"5.x.x not in table: hard{found}")
    if reply_code and reply_code[0] == "4":
        return Verdict("soft", "4xx reply code")
    if reply_code and reply_code[0] == "5":
        return Verdict("hard", "5xx reply code")
    if status and status[0] == "4":
        # a class known only from context (a "delayed" report): temporary by rule 2
        return Verdict("soft", "4.x.x not in table: soft (inferred from the text)")
    row = table.lookup(NO_CODE)
    if row is not None:
        return Verdict(row.type, f"no code: {NO_CODE} ({row.meaning})")
    return Verdict("hard", f"no code: {NO_CODE}")
