"""A campaign's statuses and the moves between them, in one table.

- draft → generating (Prepare; again from ready) → ready once its items are made → sending
  (Start) → completed when nothing is left to send. Prepared "to send when ready" (the CLI),
  generating goes straight on to sending.
- Pause: generating or sending → paused (the complaint guard pauses a sending one); Resume
  goes back to sending if its items were made, to generating otherwise.
- Cancel: from generating, ready, sending or paused, for good.
- Re-sending a completed campaign's uncertain items makes it sending again.
- An edit sends a draft or ready campaign back to draft (its items are made again).

The statuses are codes stored in the database; the words for them are made elsewhere. The
user's moves are ``Action``s, and ``allowed_actions`` says which are open in a status, so
the Campaigns page enables its buttons from the same table the storage functions check.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DRAFT = "draft"
GENERATING = "generating"  # its items are being made
READY = "ready"  # exclusions counted, waiting for Start
SENDING = "sending"
PAUSED = "paused"
COMPLETED = "completed"
CANCELLED = "cancelled"
STATUSES = (DRAFT, GENERATING, READY, SENDING, PAUSED, COMPLETED, CANCELLED)

# The only statuses whose text and lists may still change (an edit sends it back to draft).
EDITABLE = (DRAFT, READY)
# Started and not over: what may still be cancelled, and what ``run-jobs`` reports on.
UNDER_WAY = (GENERATING, READY, SENDING, PAUSED)
# Campaigns whose due items the sender takes. A completed campaign is one: bounces come back
# after the sending ended, and the soft ones hand their items back as ``deferred`` re-sends
# (it stays completed meanwhile). Paused campaigns wait for Resume; cancelled ones send nothing.
SENDING_STATUSES = (SENDING, COMPLETED)


@dataclass(frozen=True)
class Move:
    """One edge of the state machine: from any of ``sources`` to ``target``."""

    sources: tuple[str, ...]
    target: str


PREPARE = Move(EDITABLE, GENERATING)
START = Move((READY,), SENDING)
PAUSE = Move((SENDING, GENERATING), PAUSED)
# The complaint guard's: only a campaign sending now (a completed one has nothing left to stop).
GUARD_PAUSE = Move((SENDING,), PAUSED)
RESUME_SENDING = Move((PAUSED,), SENDING)  # its items were made before the pause
RESUME_GENERATING = Move((PAUSED,), GENERATING)  # paused while its items were being made
CANCEL = Move(UNDER_WAY, CANCELLED)
# The jobs' moves: the generate job finishes, the sender has nothing left, the user re-sends
# the uncertain items of a completed campaign.
GENERATED = Move((GENERATING,), READY)
GENERATED_AND_STARTED = Move((GENERATING,), SENDING)
COMPLETE = Move((SENDING,), COMPLETED)
REOPEN = Move((COMPLETED,), SENDING)


class Action(StrEnum):
    """What the marketer may ask of a campaign: the buttons of the Campaigns page."""

    PREPARE = "prepare"
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"
    SEND_UNCERTAIN = "send_uncertain"


_ACTION_MOVES: dict[Action, tuple[Move, ...]] = {
    Action.PREPARE: (PREPARE,),
    Action.START: (START,),
    Action.PAUSE: (PAUSE,),
    Action.RESUME: (RESUME_SENDING, RESUME_GENERATING),
    Action.CANCEL: (CANCEL,),
}


def allowed_actions(status: str, *, uncertain: int = 0) -> frozenset[Action]:
    """The actions open to a campaign in ``status`` holding ``uncertain`` uncertain items.

    Sending the uncertain ones again is the user's call in any status: a crash can leave
    them in a paused or cancelled campaign too (only a completed one starts sending again).
    """
    allowed = {action for action, moves in _ACTION_MOVES.items()
               if any(status in move.sources for move in moves)}
    if uncertain:
        allowed.add(Action.SEND_UNCERTAIN)
    return frozenset(allowed)
