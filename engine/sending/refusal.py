"""A 5xx at send time, counted like a bounce read from the bounce mailbox.

The server refused the message for one recipient: that is a bounce, only earlier. It goes
through the same rules (``engine.bounces.rules``) as a collected one and leaves the same
audit trail: a bounce log entry saying whether and how it counted, and, when the rules say so,
a suppression with its reason and history.

Campaign messages (``engine.sending.sender``) and autoresponder messages
(``engine.sending.outbound``) alike: the caller says whom the server refused, as a
``RefusedRecipient``. This is also the one place that decides a soft refusal's re-send. A test
send is not a bounce (its caller never comes here): it goes to the marketer's own address.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from engine.bounces.rules import (
    CountingRules,
    count_bounce,
    may_resend,
    resend_outcome,
    threshold_times,
)
from engine.config import BounceSettings
from engine.notes import Note
from engine.sending import outcomes
from engine.sending.outcomes import Decision, SendOutcome
from engine.storage import bounces as bounce_store
from engine.storage import suppressions
from engine.storage.bounces import REFUSAL_SOURCE, RefusedRecipient
from engine.storage.suppressions import NewSuppression

SOURCE = REFUSAL_SOURCE
ACTOR = "sending"  # who suppressed, in the suppression's history


def decide(who: RefusedRecipient, outcome: SendOutcome, attempts: int, now: datetime, *,
           settings: BounceSettings, rules: CountingRules) -> Decision:
    """Within the caller's transaction: what becomes of a message after the server's answer.

    A 5xx with a hard or soft verdict is a bounce, only earlier: the bounce rules decide, and
    log it (``record``); anything else follows the retry rules (``outcomes.decide_next``).
    ``attempts`` counts this one. Campaign messages, autoresponders and the demo data all ask
    here, so the two paths can never be chosen differently.
    """
    if outcome.state == "failed" and outcome.bounce_type is not None:
        return record(who, outcome, now, settings=settings, rules=rules)
    return outcomes.decide_next(outcome, attempts, now)


def record(who: RefusedRecipient, outcome: SendOutcome, now: datetime, *,
           settings: BounceSettings, rules: CountingRules) -> Decision:
    """Within the caller's transaction: log the refusal, apply the bounce rules, and say what
    becomes of the message (a soft one is re-sent while re-sends remain)."""
    kind = outcome.bounce_type or "hard"
    email = suppressions.normal(who.email)
    facts = bounce_store.address_facts([email])[email]
    reason = bounce_store.refusal_reason(outcome.status, outcome.message)

    def log(counted: bool, what: Note) -> None:
        bounce_store.record_refusal(who, kind, outcome.code, outcome.status, outcome.rule,
                                    outcome.message, now, counted=counted, outcome=what)

    if kind == "soft":
        used = bounce_store.soft_bounces_of(who)
        if may_resend(soft_bounces_so_far=used, retry_count=settings.soft_retry_count,
                      suppressed=facts.suppressed):
            when = now + timedelta(minutes=settings.soft_retry_interval_minutes)
            log(False, resend_outcome(used + 1, settings.soft_retry_count, when))
            return Decision("deferred", when, {"resend": used + 1,
                                               "of": settings.soft_retry_count})
    facts.counted.append((kind, now))
    verdict = count_bounce(
        kind, threshold_times(facts, now, rules), now=now, already_suppressed=facts.suppressed,
        rules=rules, status=outcome.status, reason=reason,
        resends="used_up" if kind == "soft" else "")
    log(True, verdict.outcome)
    if verdict.suppress:
        suppressions.suppress_many(
            [NewSuppression(email, verdict.reason, verdict.why, code=outcome.status,
                            campaign_id=who.campaign_id,
                            first_bounce_at=verdict.first_bounce_at)],
            actor=ACTOR, at=now, source=SOURCE, last_bounce_at=now)
    return Decision("failed", None, {"type": kind})
