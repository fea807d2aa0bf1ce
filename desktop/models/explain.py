"""Why a bounce was decided as it was, and what happened to an address since, in sentences.

The engine stored the decision (rule, how the campaign was found, outcome); these functions
only put it into words for the details pane under the tables.
"""

from __future__ import annotations

from html import escape

from desktop.models.notes_words import note_words
from desktop.models.words import (
    KINDS,
    MATCHED_BY,
    REASONS,
    SUPPRESSION_REASONS,
    actor_words,
    local,
    words,
)
from engine.storage.bounces import SINGLE_MESSAGE, BounceRecord
from engine.storage.suppressions import SuppressionEventRecord, SuppressionRecord


def _row(label: str, text: str) -> str:
    return f"<tr><td style='padding-right:12px'><b>{label}</b></td><td>{text}</td></tr>"


def explain_bounce(record: BounceRecord, suppressed: bool) -> str:
    """The bounce's decision as an HTML table: code, rule, campaign and what was done."""
    code = record.status or "no code"
    if record.reply_code:
        code += f" (server reply {record.reply_code})"
    if record.remote_host:
        code += f" from {record.remote_host}"
    if record.campaign_name:
        campaign = (f"{escape(record.campaign_name)}, found by "
                    f"{escape(words(MATCHED_BY, record.matched_by))}")
    elif record.matched_by == SINGLE_MESSAGE:
        campaign = f"none: {escape(words(MATCHED_BY, record.matched_by))}"
    elif record.matched_by:
        campaign = f"none; the contact was found by {escape(words(MATCHED_BY, record.matched_by))}"
    else:
        campaign = "none of your campaign messages matched this bounce"
    done = note_words(record.outcome) or "nothing"
    if not record.counted:
        done += " — not counted towards the bounce threshold"
    now = ("on the suppressed list: no campaign is sent to it" if suppressed
           else "not suppressed: campaigns are sent to it")
    rows = [
        _row("Address", f"{escape(record.email)} — {escape(words(KINDS, record.kind))}"),
        _row("Code", escape(code)),
        _row("Reason", escape(words(REASONS, record.reason))),
        _row("Decided by", escape(note_words(record.rule) if record.rule else "not recorded")),
        _row("Campaign", campaign),
        _row("What was done", escape(done)),
        _row("The address is now", now),
        _row("The server said", escape(record.diagnostic or "nothing more")),
    ]
    return "<table>" + "".join(rows) + "</table>"


def explain_suppression(record: SuppressionRecord, history: list[SuppressionEventRecord]) -> str:
    """Why the address is suppressed, then every suppression and un-suppression, oldest first."""
    why = escape(words(SUPPRESSION_REASONS, record.reason))
    if record.code:
        why += f" ({escape(record.code)})"
    if record.campaign_name:
        why += f", campaign {escape(record.campaign_name)}"
    lines = [f"<p><b>{escape(record.email)}</b> is suppressed: {why}.</p>", history_html(history)]
    return "".join(lines)


def history_html(history: list[SuppressionEventRecord]) -> str:
    if not history:
        return "<p>No changes recorded for this address.</p>"
    items = []
    for event in history:
        action = "Suppressed" if event.action == "suppress" else "Un-suppressed"
        items.append(f"<li>{escape(local(event.at))} — {action} by "
                     f"{escape(actor_words(event.actor))}: {escape(note_words(event.reason))}</li>")
    return "<p><b>History</b></p><ul>" + "".join(items) + "</ul>"
