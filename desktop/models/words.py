"""The engine's codes in the words a marketer reads, and times in the viewer's time zone.

Stored times are naive UTC; the window shows local time, CSV files keep UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from engine.bounces.reasons import REASON_WORDS

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


def local(moment: datetime | None) -> str:
    """A stored (naive UTC) time as the viewer's local date and time."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


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
