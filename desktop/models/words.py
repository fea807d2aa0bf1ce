"""The engine's codes in the words a marketer reads, and times in the viewer's time zone.

Stored times are naive UTC; the window shows local time, CSV files keep UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.models.notes_words import local as local
from desktop.models.notes_words import note_words
from engine.bounces.reasons import REASON_WORDS
from engine.notes import Note, is_code
from engine.scheduler.status import MailboxReadiness, NextRun, ServiceLag

KINDS = {"hard": "Hard bounce", "soft": "Soft bounce", "complaint": "Spam complaint"}

# The reason words live with the reasons, so the engine's own texts use them too.
REASONS = REASON_WORDS

SUPPRESSION_REASONS = {
    "hard_bounce": "Hard bounces",
    "soft_bounce": "Soft bounces",
    "complaint": "Spam complaint",
    "manual": "Added by hand",
    "import": "Imported",
}

MATCHED_BY = {
    "tracking": "the tracking code in the bounced message",
    "message_id": "the Message-ID of the original message",
    "address": "the address (its most recent campaign)",
    "sending": "the server's refusal while it was being sent",
    "single": "not a campaign message but an autoresponder's, refused by the server while it "
              "was being sent",
}

RUN_STATES = {"ok": "Finished", "failed": "Failed", "cancelled": "Stopped",
              "running": "Running"}


def words(table: dict[str, str], code: str) -> str:
    """The table's words for ``code``; an unknown code still reads like words."""
    if code in table:
        return table[code]
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def utc_text(moment: datetime | None) -> str:
    """A stored time for CSV: ISO 8601 in UTC, so spreadsheets everywhere agree."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def actor_words(actor: str) -> str:
    if actor == "user":
        return "you"
    if actor.startswith("run:"):
        return f"collection run {actor[4:]}"
    if actor == "sending":
        return "sending (the server refused the message)"
    return actor or "unknown"


# --- the jobs (engine.scheduler.status) ---------------------------------------------------

JOB_STATES = {"running": "running", "stopped_mid_run": "stopped mid-run (the app stopped)",
              "paused": "paused", "waiting": "waiting"}
# The collection's report in words, singular and plural.
BOUNCE_COUNTS = (("hard_bounces", "hard bounce", "hard bounces"),
                 ("soft_bounces", "soft bounce", "soft bounces"),
                 ("complaints", "complaint", "complaints"))


def when(moment: datetime | None) -> str:
    """A stored time in UTC, to the minute (the Jobs page says UTC in its headings)."""
    # without seconds, every column fits without scrolling
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"


def next_run_words(next_run: NextRun, jobs_running: bool) -> str:
    """When the job will run next, never a time already past."""
    if next_run.kind == "paused":
        return "— (paused)"
    if next_run.kind == "running":
        return "running now"
    if next_run.kind == "at":
        return when(next_run.at)
    if next_run.kind == "when_work":
        return "when there is work"
    if jobs_running:
        return "due now"
    since = f" (due since {when(next_run.at)})" if next_run.at is not None else ""
    return f"when jobs run{since}"


def result_words(summary: dict[str, object]) -> str:
    """A job run's summary in a few words: "5 sent, 1 deferred", "2 hard bounces"."""
    if not summary:
        return ""
    parts = []
    for key in ("sent", "deferred", "failed", "excluded", "queued", "completed", "skipped"):
        value = summary.get(key)
        if isinstance(value, int) and value:
            parts.append(f"{value} {key}")
        elif isinstance(value, list) and value:
            parts.append(f"{len(value)} {key}")
        elif isinstance(value, str) and is_code(value):
            parts.append(note_words(Note(value)))  # "skipped": a note's code, not words
        elif isinstance(value, str) and value:
            parts.append(value)
    for key, one, many in BOUNCE_COUNTS:
        count = summary.get(key)
        if isinstance(count, int) and count:
            parts.append(f"{count} {one if count == 1 else many}")
    service = summary.get("unsubscribe_service")
    if isinstance(service, dict):
        if service.get("error"):
            parts.append(note_words(str(service["error"])))
        elif service.get("applied"):
            parts.append(f"{service['applied']} unsubscribed through the service")
    return ", ".join(parts) or "nothing to do"


def service_lag_words(lag: ServiceLag | None) -> str:
    """The Jobs page's warning about the unsubscribe service; "" when all is in time."""
    if lag is None:
        return ""
    if lag.kind == "waiting":
        return (f"An unsubscribe request has waited {lag.hours} hours on the unsubscribe "
                "service. Unsubscribes must be honoured within 48 hours: run Collect bounces "
                "now.")
    return (f"The unsubscribe service has not been reached for {lag.hours} hours, so "
            "unsubscribe requests may be waiting there. They must be honoured within 48 hours: "
            "check that the service is running and its key is right (Last error below).")


# --- the bounce mailbox (engine.scheduler.status) -----------------------------------------

MAILBOX_PAGE = "the Bounce mailbox page (under Settings)"


def mailbox_problem_words(readiness: MailboxReadiness) -> str:
    """What to do before bounces can be collected; "" when the mailbox is ready."""
    problem, detail = readiness.problem, readiness.detail
    if problem == "not_set_up":
        return (f"No bounce mailbox is set up yet. On {MAILBOX_PAGE}, enter the server, user "
                "name and password of the mailbox bounces come back to, then press Save.")
    if problem == "incomplete":
        return (f"The bounce mailbox settings are incomplete: {detail} "
                f"Correct them on {MAILBOX_PAGE}.")
    if problem == "switched_off":
        return (f"Collecting is switched off. On {MAILBOX_PAGE}, tick “Collect bounces from "
                "this mailbox” and press Save.")
    if problem == "password_unreadable":
        return f"The mailbox password could not be read: {detail}"
    if problem == "no_password":
        return (f"No password is saved for the bounce mailbox. Enter it on {MAILBOX_PAGE} "
                "and press Save.")
    return ""
