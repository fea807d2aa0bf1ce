"""Recording one chunk of classified messages and applying the bounce rules to it.

The caller wraps ``record_chunk`` in one transaction and only deletes or moves a message after
that transaction committed. Lookups are made once per chunk (campaign items by token, by
Message-ID, by address; what is known about each address), so a chunk of a few hundred
messages costs a handful of queries plus its inserts.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any, Literal

from engine.bounces.addresses import is_own_address, own_set
from engine.bounces.result import Classification, FailedRecipient
from engine.bounces.rules import (
    AddressFacts,
    CountingRules,
    count_bounce,
    may_resend,
    resend_outcome,
    soft_counts_after,
    still_counts,
    threshold_times,
)
from engine.collecting.report import CollectReport
from engine.collecting.requests import unsubscribe_token
from engine.config import (
    BounceMailbox,
    BounceSettings,
    ComplaintGuard,
    ExclusionPolicy,
    SmtpProfile,
)
from engine.notes import Note, load, note
from engine.storage import bounces as store
from engine.storage import complaints, reviews, suppressions
from engine.storage.bounces import ItemMatch
from engine.storage.suppressions import NewSuppression, db_time

# processed: a bounce, complaint or unsubscribe, recorded: delete or move it.
# other: a person's reply or an auto-reply: leave it (or move it where the user said).
# review: a bounce naming no failed recipient of ours: left untouched until the user assigns
# it an address or dismisses it (then it is processed).
# keep: could not be read; left untouched and reported.
Disposition = Literal["processed", "other", "review", "keep"]
PROCESSED_KINDS = frozenset({"hard", "soft", "complaint", "unsubscribe", reviews.DISMISSED_KIND})
NOT_BOUNCE_KINDS = frozenset({"not_bounce", "auto_reply"})


def disposition_of(kind: str) -> Disposition:
    if kind == reviews.REVIEW_KIND:
        return "review"
    return "processed" if kind in PROCESSED_KINDS else "other"


@dataclass
class Incoming:
    """One message read from a source; ``ref`` is the source's handle (UID, number, label)."""

    ref: Any
    raw: bytes
    content_hash: str
    message_id: str
    result: Classification | None = None
    error: Note | None = None  # why it could not be classified


@dataclass(frozen=True)
class Rules:
    threshold: int = 3
    soft_retry_count: int = 3
    soft_retry_interval: timedelta = timedelta(hours=4)
    stale_days: int = 7
    exclusion_scope: str = "campaign"
    keep_raw: bool = True
    count_hard_bounces: bool = False

    @cached_property
    def counting(self) -> CountingRules:
        return CountingRules(self.threshold, self.stale_days, self.count_hard_bounces)
    # our own addresses and their VERP bases (``our_addresses``): never a failed recipient
    own_addresses: frozenset[str] = frozenset()
    # when a campaign complained about pauses itself (checked as its complaints are recorded)
    complaint_guard: ComplaintGuard = ComplaintGuard()

    @classmethod
    def from_settings(cls, mailbox: BounceMailbox, settings: BounceSettings,
                      policy: ExclusionPolicy, profiles: Iterable[SmtpProfile] = (), *,
                      guard: ComplaintGuard | None = None) -> Rules:
        return cls(
            threshold=mailbox.bounce_threshold,
            soft_retry_count=settings.soft_retry_count,
            soft_retry_interval=timedelta(minutes=settings.soft_retry_interval_minutes),
            stale_days=settings.soft_bounce_stale_days,
            exclusion_scope=policy.scope,
            count_hard_bounces=settings.count_hard_bounces,
            own_addresses=our_addresses(mailbox, profiles),
            complaint_guard=guard or ComplaintGuard(),
        )

    def is_ours(self, address: str) -> bool:
        return is_own_address(address, self.own_addresses)


def our_addresses(mailbox: BounceMailbox, profiles: Iterable[SmtpProfile]) -> frozenset[str]:
    """Every address we send from or receive bounces at: each SMTP profile's From, Reply-To
    and bounce address, the bounce mailbox's address and user name (when it is an address),
    each also as the base of its VERP forms ``LOCAL+anything@domain``."""
    found = [mailbox.bounce_address, mailbox.username]
    for profile in profiles:
        found += [profile.from_address, profile.reply_to, profile.bounce_address]
    return own_set(a.strip() for a in found if "@" in a)


@dataclass
class _Plan:
    """Everything one chunk will write, decided before the first insert."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    bounces: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (hash, row)
    defers: list[tuple[int, str, Note]] = field(default_factory=list)  # (item, code, error)
    suppress: list[NewSuppression] = field(default_factory=list)
    touch: set[str] = field(default_factory=set)  # already suppressed: a newer last bounce
    unsubscribes: list[tuple[str, int | None]] = field(default_factory=list)
    reviews: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (hash, row)


def _token(tracking: str | None) -> str | None:
    if not tracking:
        return None
    value = tracking.strip()
    return value[5:] if value.lower().startswith("verp:") else value


class _Chunk:
    def __init__(self, incoming: list[Incoming], rules: Rules, run_id: int | None, source: str,
                 now: datetime, report: CollectReport) -> None:
        self.incoming = incoming
        self.rules = rules
        self.run_id = run_id
        self.actor = f"run:{run_id}" if run_id is not None else "collect"
        self.source = source
        self.now = db_time(now)
        self.report = report
        self.plan = _Plan()
        self.dispositions: dict[int, Disposition] = {}
        self.live: dict[str, list[datetime]] = {}  # live_times, per address

    # -- lookups, once per chunk ------------------------------------------------------------

    def look_up(self) -> None:
        tokens: set[str] = set()
        mids: set[str] = set()
        addresses: set[str] = set()
        for inc in self.incoming:
            result = inc.result
            if result is None:
                continue
            if result.kind in NOT_BOUNCE_KINDS:
                token = unsubscribe_token(result.subject)
                if token:
                    tokens.add(token)
                continue
            if token := _token(result.tracking):
                tokens.add(token.lower())
            if result.original_message_id:
                mids.add(result.original_message_id)
            addresses.update(r.address for r in result.recipients)
        self.by_token = store.items_by_tokens(tokens)
        self.by_mid = store.items_by_message_ids(mids)
        self.by_address = store.items_by_addresses(addresses)
        targets = set(addresses) | {m.email for m in self.by_token.values()} | {
            m.email for m in self.by_mid.values()}
        self.facts = store.address_facts(targets)
        item_ids = [m.item_id for m in (*self.by_token.values(), *self.by_mid.values(),
                                        *self.by_address.values()) if m.item_id is not None]
        self.soft_used = store.soft_bounce_counts(item_ids)

    def message_match(self, result: Classification) -> ItemMatch | None:
        token = _token(result.tracking)
        if token and (match := self.by_token.get(token.lower())):
            return match
        if result.original_message_id:
            return self.by_mid.get(result.original_message_id.strip("<>"))
        return None

    def facts_for(self, email: str) -> AddressFacts:
        if email not in self.facts:
            self.facts[email] = AddressFacts(email)
        return self.facts[email]

    # -- deciding ---------------------------------------------------------------------------

    def decide(self) -> None:
        for index, inc in enumerate(self.incoming):
            result = inc.result
            if result is None:
                self.dispositions[index] = "keep"
                why = {} if inc.error is None else {"because": inc.error.code,
                                                     **inc.error.params}
                self.report.errors.append(
                    Note("message_unreadable", {"ref": str(inc.ref), **why}).as_dict())
                continue
            if result.kind in NOT_BOUNCE_KINDS:
                self.dispositions[index] = self.decide_other(inc, result)
            else:
                self.dispositions[index] = self.decide_bounce(inc, result)

    def add_message(self, inc: Incoming, kind: str, subject: str, keep_raw: bool) -> None:
        self.plan.messages.append({
            "content_hash": inc.content_hash, "message_id": inc.message_id[:255], "kind": kind,
            "subject": subject[:998], "source": self.source[:255], "run": self.run_id,
            "received_at": self.now, "raw_message": inc.raw if keep_raw else None,
        })

    def decide_other(self, inc: Incoming, result: Classification) -> Disposition:
        token = unsubscribe_token(result.subject)
        match = self.by_token.get(token) if token else None
        if match is None:
            # A person's mail stays theirs: recorded (so it is not re-read as new) without
            # its text.
            self.add_message(inc, result.kind, result.subject, keep_raw=False)
            return "other"
        campaign = match.campaign_id if self.rules.exclusion_scope == "campaign" else None
        self.plan.unsubscribes.append((match.email, campaign))
        self.add_message(inc, "unsubscribe", result.subject, keep_raw=self.rules.keep_raw)
        self.report.unsubscribes += 1
        return "processed"

    def decide_bounce(self, inc: Incoming, result: Classification) -> Disposition:
        whole = self.message_match(result)
        recipients = [r for r in result.recipients if not self.rules.is_ours(r.address)]
        if whole is not None and self.rules.is_ours(whole.email):
            whole = None  # a campaign item sent to ourselves is not a failed recipient
        if not recipients and whole is None:
            # Not understood: kept (with its text, whatever keep_raw says) for the user to
            # assign an address or dismiss, and left in the mailbox meanwhile.
            ours = [r.address for r in result.recipients]
            why = (note("only_own_addresses", addresses=", ".join(ours), count=len(ours))
                   if ours else note("no_failed_recipient"))
            self.add_message(inc, reviews.REVIEW_KIND, result.subject, keep_raw=True)
            self.plan.reviews.append((inc.content_hash, {
                "kind": result.kind, "why": why.dump(255), "created_at": self.now}))
            return "review"  # counted by the collector's buckets, per message
        self.add_message(inc, result.kind, result.subject, keep_raw=self.rules.keep_raw)
        self.count_recipients(inc, result, whole, recipients)
        return "processed"

    def count_recipients(self, inc: Incoming, result: Classification, whole: ItemMatch | None,
                         recipients: list[FailedRecipient]) -> None:
        """Apply the bounce (or complaint) rules to each failed recipient of one message."""
        if not recipients and whole is not None:
            recipients = [FailedRecipient(
                address=whole.email, status="9.1.1", status_inferred=True, reply_code=None,
                reason="undefined", diagnostic="", remote_host=None,
                type="soft" if result.kind == "soft" else "hard",
                rule=note("item_address", how=whole.how),
            )]
        for recipient in recipients:
            match = whole if whole is not None and (
                len(recipients) == 1 or whole.email == recipient.address) else None
            match = match or self.by_address.get(recipient.address)
            if result.kind == "complaint":
                self.complaint(inc, recipient, match)
            else:
                self.bounce(inc, recipient, match)

    def row(self, inc: Incoming, recipient: FailedRecipient, email: str, kind: str,
            match: ItemMatch | None, counted: bool, outcome: Note) -> None:
        self.plan.bounces.append((inc.content_hash, {
            "email": email, "kind": kind, "status": recipient.status,
            "status_inferred": recipient.status_inferred,
            "reply_code": (recipient.reply_code or "")[:8], "reason": recipient.reason[:64],
            "rule": recipient.rule.dump(255), "diagnostic": recipient.diagnostic,
            "remote_host": (recipient.remote_host or "")[:255],
            "campaign": match.campaign_id if match else None,
            "item": match.item_id if match else None,
            "contact": match.contact_id if match else None,
            "counted": counted, "matched_by": match.how if match else "",
            "outcome": outcome.dump(255), "created_at": self.now,
        }))

    def complaint(self, inc: Incoming, recipient: FailedRecipient,
                  match: ItemMatch | None) -> None:
        email = match.email if match else recipient.address
        self.report.complaints += 1
        facts = self.facts_for(email)
        outcome = note("complaint_already_suppressed" if facts.suppressed
                       else "complaint_suppressed")
        self.row(inc, recipient, email, "complaint", match, False, outcome)
        self.suppress(email, "complaint", recipient, match,
                      why=note("complaint", diagnostic=recipient.diagnostic)
                      if recipient.diagnostic else note("complaint_report"),
                      first=self.now)

    def bounce(self, inc: Incoming, recipient: FailedRecipient, match: ItemMatch | None) -> None:
        email = match.email if match else recipient.address
        kind = "soft" if recipient.type == "soft" else "hard"
        facts = self.facts_for(email)
        if kind == "soft":
            self.report.soft_bounces += 1
        else:
            self.report.hard_bounces += 1
        if kind == "soft" and match is not None and match.item_id is not None:
            used = self.soft_used.get(match.item_id, 0)
            self.soft_used[match.item_id] = used + 1
            if may_resend(soft_bounces_so_far=used, retry_count=self.rules.soft_retry_count,
                          suppressed=facts.suppressed):
                when = self.now + self.rules.soft_retry_interval
                self.plan.defers.append((match.item_id, recipient.status, note(
                    "soft_bounce", diagnostic=recipient.diagnostic[:1000])))
                self.report.resends_scheduled += 1
                self.row(inc, recipient, email, kind, match, False,
                         resend_outcome(used + 1, self.rules.soft_retry_count, when))
                return
        facts.counted.append((kind, self.now))
        live = self.live_times(email, facts, kind)
        resends = "" if kind == "hard" else (
            "used_up" if match and match.item_id else "no_item")
        verdict = count_bounce(kind, live, now=self.now, already_suppressed=facts.suppressed,
                               rules=self.rules.counting, status=recipient.status,
                               reason=recipient.reason, resends=resends)
        self.row(inc, recipient, email, kind, match, True, verdict.outcome)
        if verdict.suppress:
            self.suppress(email, verdict.reason, recipient, match,
                          first=verdict.first_bounce_at, why=verdict.why)

    def live_times(self, email: str, facts: AddressFacts, kind: str) -> list[datetime]:
        """``threshold_times`` after the bounce just counted at ``now``, kept up to date per
        address: worked out afresh for every bounce, a big sender's chunk cost time quadratic
        in its number of bounces."""
        live = self.live.get(email)
        counting = self.rules.counting
        if live is None:
            live = self.live[email] = threshold_times(facts, self.now, counting)
        elif counting.toward_threshold(kind) and still_counts(
                facts, kind, self.now, soft_counts_after(facts, self.now, self.rules.stale_days)):
            insort(live, self.now)
        return live

    def suppress(self, email: str, reason: str, recipient: FailedRecipient,
                 match: ItemMatch | None, *, why: Note, first: datetime) -> None:
        facts = self.facts_for(email)
        if facts.suppressed:
            self.plan.touch.add(email)
            return
        self.report.newly_suppressed.append(email)
        facts.suppressed = True
        self.plan.suppress.append(NewSuppression(
            email, reason, why, code=recipient.status,
            campaign_id=match.campaign_id if match else None, first_bounce_at=first,
        ))

    # -- writing ----------------------------------------------------------------------------

    def write(self, known_ids: dict[str, int] | None = None) -> None:
        plan = self.plan
        ids = store.add_messages(plan.messages)
        ids.update(known_ids or {})
        store.add_bounces([{**row, "message": ids[h]} for h, row in plan.bounces])
        reviews.add_reviews([{**row, "message": ids[h]} for h, row in plan.reviews])
        for item_id, code, error in plan.defers:
            store.defer_item(item_id, next_attempt_at=self.now + self.rules.soft_retry_interval,
                             code=code, error=error, at=self.now)
        suppressions.suppress_many(plan.suppress, actor=self.actor, at=self.now,
                                   source=self.source, last_bounce_at=self.now)
        suppressions.touch(sorted(plan.touch), last_bounce_at=self.now)
        for email, campaign_id in plan.unsubscribes:
            suppressions.add_unsubscribe(email, campaign_id, source="mail", at=self.now)
        self.guard_campaigns()

    def guard_campaigns(self) -> None:
        """In the chunk's transaction: a campaign whose complaints passed the limit pauses
        before the sender's next message, not only at its next batch."""
        complained = sorted({int(row["campaign"]) for _hash, row in self.plan.bounces
                             if row["kind"] == "complaint" and row["campaign"] is not None})
        for campaign_id in complained:
            if complaints.pause_if_exceeded(campaign_id, self.rules.complaint_guard):
                self.report.paused_for_complaints.append(campaign_id)


def record_chunk(incoming: list[Incoming], rules: Rules, *, run_id: int | None, source: str,
                 now: datetime, report: CollectReport) -> dict[int, Disposition]:
    """Record new (not yet recorded, de-duplicated) messages; ``{index: disposition}``.

    Call inside one transaction; nothing here deletes anything.
    """
    chunk = _Chunk(incoming, rules, run_id, source, now, report)
    chunk.look_up()
    chunk.decide()
    chunk.write()
    return chunk.dispositions


def record_assigned(message_id: int, content_hash: str, result: Classification, rules: Rules,
                    *, actor: str, source: str, now: datetime, report: CollectReport
                    ) -> list[Note]:
    """Apply the rules to a recorded message the user assigned an address to (``result``
    names it), exactly as to a bounce collected for that address; the outcomes, as the bounce
    log stores them (notes). Call inside a transaction.
    """
    chunk = _Chunk([Incoming(None, b"", content_hash, "", result)], rules, None, source, now,
                   report)
    chunk.actor = actor
    chunk.look_up()
    chunk.count_recipients(chunk.incoming[0], result, chunk.message_match(result),
                           list(result.recipients))
    chunk.write(known_ids={content_hash: message_id})
    return [load(str(row["outcome"])) for _hash, row in chunk.plan.bounces]
