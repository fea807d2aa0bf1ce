"""The collection runs as a table: when, how it ended, and the counts of its report."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP, format_number, translate
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
    state = words(RUN_STATES, run.state)
    if run.finished_at is None:
        head = translate("runs", "{state} — started {started}").format(
            state=state, started=local(run.started_at))
    else:
        head = translate("runs", "{state} — started {started}, ended {ended}").format(
            state=state, started=local(run.started_at), ended=local(run.finished_at))
    lines = [head]
    if run.error:
        lines.append(translate("runs", "Why: {reason}").format(reason=note_words(run.error)))
    if "skipped" in run.summary:  # the code of a note without parameters
        lines.append(note_words(Note(str(run.summary["skipped"]))))
    else:
        report = summary_report(run.summary)
        lines.extend(report_words(report))
        if report.newly_suppressed:
            lines.append(translate("runs", "Suppressed in this run:"))
            lines.extend(f"  - {email}" for email in report.newly_suppressed)
    return "\n".join(lines)


def _count(name: str, header: str) -> Column[RunRecord]:
    def text(r: RunRecord) -> str:
        value = r.summary.get(name, "")
        return format_number(int(value)) if isinstance(value, int) else str(value)

    return Column(header, text, lambda r: int(r.summary.get(name, 0) or 0))


class RunTableModel(RecordTableModel[RunRecord]):
    context = "runs"
    columns = (
        Column(QT_TRANSLATE_NOOP("runs", "Started"), lambda r: local(r.started_at),
               lambda r: utc_text(r.started_at)),
        Column(QT_TRANSLATE_NOOP("runs", "Result"),
               lambda r: words(RUN_STATES, r.state)),
        _count("messages_read", QT_TRANSLATE_NOOP("runs", "Messages read")),
        _count("hard_bounces", QT_TRANSLATE_NOOP("runs", "Hard bounces")),
        _count("soft_bounces", QT_TRANSLATE_NOOP("runs", "Soft bounces")),
        _count("complaints", QT_TRANSLATE_NOOP("runs", "Complaints")),
        Column(QT_TRANSLATE_NOOP("runs", "Newly suppressed"),
               lambda r: format_number(len(r.summary.get("newly_suppressed", []))),
               lambda r: len(r.summary.get("newly_suppressed", []))),
        Column(QT_TRANSLATE_NOOP("runs", "Problem"), lambda r: note_words(r.error)),
    )
