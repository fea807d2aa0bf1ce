"""The engine's codes in the words a marketer reads, and times in the viewer's time zone.

Stored times are naive UTC; the window shows local time in the locale's format, CSV files
keep UTC. Every table holds English marked for the translators (context "words") and is read
through ``words()``, which translates.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.i18n import QT_TRANSLATE_NOOP, format_number, translate, translate_marked
from desktop.models.notes_words import local as local
from desktop.models.notes_words import note_words
from engine.bounces.reasons import REASON_WORDS
from engine.notes import Note, is_code
from engine.scheduler.status import MailboxReadiness, NextRun, ServiceLag

# The engine's own reason words, gathered into the catalogue by desktop.models.catalogue.
CONTEXT = "words"
SOURCE_TEXTS = tuple(REASON_WORDS.values())

KINDS = {"hard": QT_TRANSLATE_NOOP("words", "Hard bounce"),
         "soft": QT_TRANSLATE_NOOP("words", "Soft bounce"),
         "complaint": QT_TRANSLATE_NOOP("words", "Spam complaint")}

# The reason words live with the reasons, so the engine's own texts use them too.
REASONS = REASON_WORDS

SUPPRESSION_REASONS = {
    "hard_bounce": QT_TRANSLATE_NOOP("words", "Hard bounces"),
    "soft_bounce": QT_TRANSLATE_NOOP("words", "Soft bounces"),
    "complaint": QT_TRANSLATE_NOOP("words", "Spam complaint"),
    "manual": QT_TRANSLATE_NOOP("words", "Added by hand"),
    "import": QT_TRANSLATE_NOOP("words", "Imported"),
}

MATCHED_BY = {
    "tracking": QT_TRANSLATE_NOOP("words", "the tracking code in the bounced message"),
    "message_id": QT_TRANSLATE_NOOP("words", "the Message-ID of the original message"),
    "address": QT_TRANSLATE_NOOP("words", "the address (its most recent campaign)"),
    "sending": QT_TRANSLATE_NOOP("words", "the server's refusal while it was being sent"),
    "single": QT_TRANSLATE_NOOP("words", "not a campaign message but an autoresponder's, "
                                "refused by the server while it was being sent"),
}

RUN_STATES = {"ok": QT_TRANSLATE_NOOP("words", "Finished"),
              "failed": QT_TRANSLATE_NOOP("words", "Failed"),
              "cancelled": QT_TRANSLATE_NOOP("words", "Stopped"),
              "running": QT_TRANSLATE_NOOP("words", "Running")}


def words(table: dict[str, str], code: str) -> str:
    """The table's words for ``code``; an unknown code still reads like words."""
    if code in table:
        return translate_marked(CONTEXT, table[code])
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
        return translate("words", "you")
    if actor.startswith("run:"):
        return translate("words", "collection run {run}").format(run=actor[4:])
    if actor == "sending":
        return translate("words", "sending (the server refused the message)")
    return actor or translate("words", "unknown")


# --- the jobs (engine.scheduler.status) ---------------------------------------------------

JOB_STATES = {"running": QT_TRANSLATE_NOOP("words", "running"),
              "stopped_mid_run": QT_TRANSLATE_NOOP("words", "stopped mid-run (the app stopped)"),
              "paused": QT_TRANSLATE_NOOP("words", "paused"),
              "waiting": QT_TRANSLATE_NOOP("words", "waiting")}


def _count_words(key: str, count: int) -> str:
    """ "5 sent", "1 hard bounce": a job summary's count in words, with its plural."""
    if key == "sent":
        return translate("words", "%n sent", None, count)
    if key == "deferred":
        return translate("words", "%n deferred", None, count)
    if key == "failed":
        return translate("words", "%n failed", None, count)
    if key == "excluded":
        return translate("words", "%n excluded", None, count)
    if key == "queued":
        return translate("words", "%n queued", None, count)
    if key == "completed":
        return translate("words", "%n completed", None, count)
    if key == "skipped":
        return translate("words", "%n skipped", None, count)
    if key == "hard_bounces":
        return translate("words", "%n hard bounce(s)", None, count)
    if key == "soft_bounces":
        return translate("words", "%n soft bounce(s)", None, count)
    if key == "complaints":
        return translate("words", "%n complaint(s)", None, count)
    return f"{format_number(count)} {key}"


def when(moment: datetime | None) -> str:
    """A stored time in UTC, to the minute (the Jobs page says UTC in its headings)."""
    # without seconds, every column fits without scrolling; ISO order reads the same in
    # every language, and UTC is not a time anyone's locale writes
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"


def next_run_words(next_run: NextRun, jobs_running: bool) -> str:
    """When the job will run next, never a time already past."""
    if next_run.kind == "paused":
        return translate("words", "— (paused)")
    if next_run.kind == "running":
        return translate("words", "running now")
    if next_run.kind == "at":
        return when(next_run.at)
    if next_run.kind == "when_work":
        return translate("words", "when there is work")
    if jobs_running:
        return translate("words", "due now")
    if next_run.at is not None:
        return translate("words", "when jobs run (due since {time})").format(
            time=when(next_run.at))
    return translate("words", "when jobs run")


def result_words(summary: dict[str, object]) -> str:
    """A job run's summary in a few words: "5 sent, 1 deferred", "2 hard bounces"."""
    if not summary:
        return ""
    parts = []
    for key in ("sent", "deferred", "failed", "excluded", "queued", "completed", "skipped"):
        value = summary.get(key)
        if isinstance(value, int) and value:
            parts.append(_count_words(key, value))
        elif isinstance(value, list) and value:
            parts.append(_count_words(key, len(value)))
        elif isinstance(value, str) and is_code(value):
            parts.append(note_words(Note(value)))  # "skipped": a note's code, not words
        elif isinstance(value, str) and value:
            parts.append(value)
    for key in ("hard_bounces", "soft_bounces", "complaints"):
        count = summary.get(key)
        if isinstance(count, int) and count:
            parts.append(_count_words(key, count))
    service = summary.get("unsubscribe_service")
    if isinstance(service, dict):
        if service.get("error"):
            parts.append(note_words(str(service["error"])))
        elif service.get("applied"):
            parts.append(translate("words", "%n unsubscribed through the service", None,
                                   int(service["applied"])))
    return translate("words", ", ").join(parts) or translate("words", "nothing to do")


def service_lag_words(lag: ServiceLag | None) -> str:
    """The Jobs page's warning about the unsubscribe service; "" when all is in time."""
    if lag is None:
        return ""
    if lag.kind == "waiting":
        return translate(
            "words", "An unsubscribe request has waited {hours} hours on the unsubscribe "
            "service. Unsubscribes must be honoured within 48 hours: run Collect bounces "
            "now.").format(hours=format_number(lag.hours))
    return translate(
        "words", "The unsubscribe service has not been reached for {hours} hours, so "
        "unsubscribe requests may be waiting there. They must be honoured within 48 hours: "
        "check that the service is running and its key is right (Last error below)."
    ).format(hours=format_number(lag.hours))


# --- the bounce mailbox (engine.scheduler.status) -----------------------------------------

def mailbox_problem_words(readiness: MailboxReadiness) -> str:
    """What to do before bounces can be collected; "" when the mailbox is ready."""
    problem, detail = readiness.problem, readiness.detail
    if problem == "not_set_up":
        return translate(
            "words", "No bounce mailbox is set up yet. On the Bounce mailbox page (under "
            "Settings), enter the server, user name and password of the mailbox bounces come "
            "back to, then press Save.")
    if problem == "incomplete":
        return translate(
            "words", "The bounce mailbox settings are incomplete: {problem} Correct them on "
            "the Bounce mailbox page (under Settings).").format(problem=detail)
    if problem == "switched_off":
        return translate(
            "words", "Collecting is switched off. On the Bounce mailbox page (under "
            "Settings), tick “Collect bounces from this mailbox” and press Save.")
    if problem == "password_unreadable":
        return translate("words", "The mailbox password could not be read: {problem}").format(
            problem=detail)
    if problem == "no_password":
        return translate(
            "words", "No password is saved for the bounce mailbox. Enter it on the Bounce "
            "mailbox page (under Settings) and press Save.")
    return ""
