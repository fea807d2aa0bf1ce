"""Why a bounce was decided as it was, and what happened to an address since, in sentences.

The engine stored the decision (rule, how the campaign was found, outcome); these functions
only put it into words for the details pane under the tables.
"""

from __future__ import annotations

from html import escape

from desktop.i18n import translate
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
    code = record.status or translate("explain", "no code")
    if record.reply_code and record.remote_host:
        code = translate("explain", "{code} (server reply {reply}) from {host}").format(
            code=code, reply=record.reply_code, host=record.remote_host)
    elif record.reply_code:
        code = translate("explain", "{code} (server reply {reply})").format(
            code=code, reply=record.reply_code)
    elif record.remote_host:
        code = translate("explain", "{code} from {host}").format(code=code, host=record.remote_host)
    found_by = escape(words(MATCHED_BY, record.matched_by)) if record.matched_by else ""
    if record.campaign_name:
        campaign = translate("explain", "{campaign}, found by {how}").format(
            campaign=escape(record.campaign_name), how=found_by)
    elif record.matched_by == SINGLE_MESSAGE:
        campaign = translate("explain", "none: {how}").format(how=found_by)
    elif record.matched_by:
        campaign = translate("explain", "none; the contact was found by {how}").format(how=found_by)
    else:
        campaign = translate("explain", "none of your campaign messages matched this bounce")
    done = note_words(record.outcome) or translate("explain", "nothing")
    if not record.counted:
        done = translate("explain", "{done} — not counted towards the bounce threshold").format(
            done=done)
    now = (translate("explain", "on the suppressed list: no campaign is sent to it") if suppressed
           else translate("explain", "not suppressed: campaigns are sent to it"))
    rows = [
        _row(translate("explain", "Address"), translate("explain", "{address} — {kind}").format(
            address=escape(record.email), kind=escape(words(KINDS, record.kind)))),
        _row(translate("explain", "Code"), escape(code)),
        _row(translate("explain", "Reason"), escape(words(REASONS, record.reason))),
        _row(translate("explain", "Decided by"),
             escape(note_words(record.rule) if record.rule
                    else translate("explain", "not recorded"))),
        _row(translate("explain", "Campaign"), campaign),
        _row(translate("explain", "What was done"), escape(done)),
        _row(translate("explain", "The address is now"), now),
        _row(translate("explain", "The server said"),
             escape(record.diagnostic or translate("explain", "nothing more"))),
    ]
    return "<table>" + "".join(rows) + "</table>"


def explain_suppression(record: SuppressionRecord, history: list[SuppressionEventRecord]) -> str:
    """Why the address is suppressed, then every suppression and un-suppression, oldest first."""
    why = escape(words(SUPPRESSION_REASONS, record.reason))
    if record.code:
        why = translate("explain", "{reason} ({code})").format(reason=why, code=escape(record.code))
    if record.campaign_name:
        why = translate("explain", "{reason}, campaign {campaign}").format(
            reason=why, campaign=escape(record.campaign_name))
    head = translate("explain", "<p><b>{address}</b> is suppressed: {why}.</p>").format(
        address=escape(record.email), why=why)
    return head + history_html(history)


def history_html(history: list[SuppressionEventRecord]) -> str:
    if not history:
        return translate("explain", "<p>No changes recorded for this address.</p>")
    items = []
    for event in history:
        text = (translate("explain", "{when} — Suppressed by {actor}: {reason}")
                if event.action == "suppress"
                else translate("explain", "{when} — Un-suppressed by {actor}: {reason}"))
        items.append("<li>{}</li>".format(text.format(
            when=escape(local(event.at)), actor=escape(actor_words(event.actor)),
            reason=escape(note_words(event.reason)))))
    return translate("explain", "<p><b>History</b></p>") + "<ul>" + "".join(items) + "</ul>"
