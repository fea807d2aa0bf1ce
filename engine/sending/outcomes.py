"""What one recipient's SMTP answer means for its campaign item.

2xx: sent. 4xx, 421, or a dropped connection or a timeout before the message's end had left:
deferred, tried again later with a growing pause, the item keeping its place. A dropped
connection or a timeout after the end of the message (the final ".") was sent: uncertain,
never sent again by itself, since the server may well have stored it. 5xx: a failure with its
code, hard or soft by the same code table as a bounce (``engine.bounces.verdict``). What a
5xx then does, a soft one's re-sends included, is the bounce rules' business, decided in one
place (``engine.sending.refusal``); here it is only failed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from engine.bounces.codes import BounceCodeTable
from engine.bounces.verdict import decide
from engine.notes import Note, Param

ItemState = Literal["sent", "deferred", "failed", "uncertain"]
_STATUS = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")

FIRST_RETRY = timedelta(minutes=5)
LONGEST_RETRY = timedelta(hours=4)
MAX_TRANSIENT_ATTEMPTS = 8


@dataclass(frozen=True)
class SendOutcome:
    """The server's answer for one recipient, before retry rules apply."""

    state: ItemState
    code: str = ""
    status: str = ""
    message: str = ""
    bounce_type: Literal["hard", "soft"] | None = None
    rule: Note | None = None  # why a 5xx is hard or soft (``engine.bounces.verdict``)
    connection_lost: bool = False  # the connection cannot carry another message
    # the note for no reply at all (``message`` then says what the connection did)
    lost_code: str = ""

    def note(self, decided: dict[str, Param]) -> Note:
        """What the message's record keeps: the server's reply (or what became of the
        connection) and what was decided about it."""
        if self.lost_code:
            return Note(self.lost_code, {"detail": self.message, **decided})
        return Note("refused" if self.state == "failed" else "deferred",
                    {"reply": self.message, **decided})


def sent(code: int, text: str) -> SendOutcome:
    return SendOutcome("sent", str(code), _status(text), text)


def _status(text: str) -> str:
    match = _STATUS.search(text)
    return match.group(1) if match else ""


def from_reply(code: int, text: str, table: BounceCodeTable) -> SendOutcome:
    """Classify a reply to MAIL, RCPT or the end of DATA."""
    text = " ".join(text.split())
    if 200 <= code < 300:
        return sent(code, text)
    status = _status(text)
    if code == 421 or 400 <= code < 500:
        return SendOutcome("deferred", str(code), status, text, connection_lost=code == 421)
    verdict = decide(status or None, False, str(code), table)
    return SendOutcome("failed", str(code), status, text, verdict.type, verdict.rule)


def lost(reason: str, *, timed_out: bool = False) -> SendOutcome:
    """The connection dropped or timed out before the message's end left: the server cannot
    have accepted it (it accepts only at the final "."), so it is tried again."""
    return SendOutcome("deferred", "", "", "" if timed_out else reason, connection_lost=True,
                       lost_code="no_answer" if timed_out else "connection_lost")


def unknown(reason: str, *, timed_out: bool = False) -> SendOutcome:
    """The connection dropped or timed out after the message's end left: the server may have
    stored it, so sending it again could deliver it twice."""
    return SendOutcome("uncertain", "", "", "" if timed_out else reason, connection_lost=True,
                       lost_code="uncertain_no_answer" if timed_out else "uncertain_after_end")


@dataclass(frozen=True)
class Decision:
    state: ItemState
    next_attempt_at: datetime | None
    # what was decided, as parameters of the outcome's note: gave_up_after, resend/of, type
    note: dict[str, Param] = field(default_factory=dict)


def decide_next(outcome: SendOutcome, attempts: int, now: datetime) -> Decision:
    """Turn an outcome into the item's next state; ``attempts`` counts this one."""
    if outcome.state in ("sent", "uncertain"):
        return Decision(outcome.state, None)
    if outcome.state == "deferred":
        if attempts >= MAX_TRANSIENT_ATTEMPTS:
            return Decision("failed", None, {"gave_up_after": attempts})
        pause = min(FIRST_RETRY * (2 ** (attempts - 1)), LONGEST_RETRY)
        return Decision("deferred", now + pause)
    # A 5xx: re-sending a soft one is the bounce rules' decision (``refusal.record``), made
    # with the soft bounces the message already had, not with its attempts (4xx ones too).
    return Decision("failed", None, {"type": outcome.bounce_type} if outcome.bounce_type
                    else {})
