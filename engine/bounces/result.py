"""What the classifier says about one message: typed, frozen, ready for the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from engine.bounces.codes import BounceType
from engine.notes import Note

Kind = Literal["hard", "soft", "complaint", "auto_reply", "not_bounce"]


@dataclass(frozen=True)
class FailedRecipient:
    """One recipient a bounce (or complaint) reports, with the reason and the rule that decided.

    ``status`` is an RFC 3463 code (``5.1.1``) or ``9.1.1`` when the bounce carries no code;
    ``status_inferred`` is true when the code was read from words ("mailbox full") rather than
    found in the message. ``rule`` says why it is hard or soft, as a note (a code with
    parameters) that the window and the CLI put into words.
    """

    address: str
    status: str
    status_inferred: bool
    reply_code: str | None
    reason: str
    diagnostic: str
    remote_host: str | None
    type: BounceType | None
    rule: Note


@dataclass(frozen=True)
class Classification:
    kind: Kind
    recipients: tuple[FailedRecipient, ...]
    message_id: str | None
    original_message_id: str | None
    tracking: str | None
    subject: str
    feedback_type: str | None

    @property
    def is_bounce(self) -> bool:
        return self.kind in ("hard", "soft")
