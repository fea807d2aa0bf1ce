"""The collection runs as a table: when, how it ended, and the counts of its report."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from desktop.models.notes_words import note_words, report_words
from desktop.models.record_table import Column, RecordTableModel
from desktop.models.words import RUN_STATES, local, utc_text, words
from engine.collecting.report import CollectReport
from engine.notes import Note
from engine.storage.bounces import RunRecord

_REPORT_FIELDS = frozenset(f.name for f in fields(CollectReport))


def summary_report(summary: dict[str, Any]) -> CollectReport:
    """A stored summary as a report (keys a newer or older version wrote are ignored)."""
    known: dict[str, Any] = {k: v for k, v in summary.items() if k in _REPORT_FIELDS}
    return CollectReport(**known)


def report_text(run: RunRecord) -> str:
    """What the run did, in lines of words, headed by how it ended."""
    head = f"{words(RUN_STATES, run.state)} — started {local(run.started_at)}"
    if run.finished_at is not None:
        head += f", ended {local(run.finished_at)}"
    lines = [head]
    if run.error:
        lines.append(f"Why: {note_words(run.error)}")
    if "skipped" in run.summary:  # the code of a note without parameters
        lines.append(note_words(Note(str(run.summary["skipped"]))))
    else:
        report = summary_report(run.summary)
        lines.extend(report_words(report))
        if report.newly_suppressed:
            lines.append("Suppressed in this run:")
            lines.extend(f"  - {email}" for email in report.newly_suppressed)
    return "\n".join(lines)


def _count(name: str) -> Column[RunRecord]:
    return Column(name.replace("_", " ").capitalize(),
                  lambda r: str(r.summary.get(name, "")),
                  lambda r: int(r.summary.get(name, 0) or 0))


class RunTableModel(RecordTableModel[RunRecord]):
    columns = (
        Column("Started", lambda r: local(r.started_at), lambda r: utc_text(r.started_at)),
        Column("Result", lambda r: words(RUN_STATES, r.state)),
        Column("Messages read", lambda r: str(r.summary.get("messages_read", "")),
               lambda r: int(r.summary.get("messages_read", 0) or 0)),
        _count("hard_bounces"),
        _count("soft_bounces"),
        _count("complaints"),
        Column("Newly suppressed", lambda r: str(len(r.summary.get("newly_suppressed", []))),
               lambda r: len(r.summary.get("newly_suppressed", []))),
        Column("Problem", lambda r: note_words(r.error)),
    )
