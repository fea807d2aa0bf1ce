"""Hard or soft, by the rules of ``shared/bounce-codes.md``, with the rule that decided it.

The rule is a note (a code with parameters, ``engine.notes``): the bounce log stores it and
the window and the CLI put it into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.bounces.codes import NO_CODE, BounceCodeTable, BounceType
from engine.notes import Note, note


@dataclass(frozen=True)
class Verdict:
    type: BounceType
    rule: Note


def decide(
    status: str | None, status_inferred: bool, reply_code: str | None, table: BounceCodeTable
) -> Verdict:
    """Apply the rules in order: table row, class rule, reply code, then 9.1.1."""
    if status and status[0] in "45" and not (status_inferred and status.endswith(".0.0")):
        inferred = True if status_inferred else None
        row = table.lookup(status)
        if row is not None:
            return Verdict(row.type, note("table_row", row=row.code, meaning=row.meaning,
                                          inferred=inferred))
        cls, subject = status.split(".")[:2]
        if cls == "4":
            return Verdict("soft", note("class_soft", inferred=inferred))
        parent = table.lookup(f"5.{subject}.0")
        if parent is not None:
            return Verdict(parent.type, note("parent_row", status=status, row=parent.code,
                                             meaning=parent.meaning, inferred=inferred))
        return Verdict("hard", note("class_hard", inferred=inferred))
    if reply_code and reply_code[0] == "4":
        return Verdict("soft", note("reply_soft"))
    if reply_code and reply_code[0] == "5":
        return Verdict("hard", note("reply_hard"))
    if status and status[0] == "4":
        # a class known only from context (a "delayed" report): temporary by rule 2
        return Verdict("soft", note("class_soft", inferred=True))
    row = table.lookup(NO_CODE)
    if row is not None:
        return Verdict(row.type, note("no_code", row=NO_CODE, meaning=row.meaning))
    return Verdict("hard", note("no_code", row=NO_CODE))
