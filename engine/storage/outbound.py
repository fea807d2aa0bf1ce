"""Single messages (test sends, autoresponders), and which autoresponder messages are due.

An ``OutboundEmail`` moves queued → sending → sent / failed / deferred like a campaign item,
each change committed, claimed by one runner at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from engine.errors import ConfigError
from engine.notes import Note, note
from engine.storage.db import database
from engine.storage.items import CLAIM_LEASE, SENDABLE
from engine.storage.models import (
    Autoresponder,
    AutoresponderSend,
    Contact,
    OutboundEmail,
    SmtpProfileRecord,
    Subscription,
)
from engine.storage.rows import fk


@dataclass(frozen=True)
class OutboundRow:
    id: int
    profile_key: str
    kind: str
    to_address: str
    subject: str
    text_body: str
    html_body: str
    raw_message: bytes | None
    envelope_from: str
    token: str
    attempts: int
    state: str = "queued"
    last_error: str = ""


def enqueue(profile_key: str, kind: str, to_address: str, *, subject: str = "",
            text_body: str = "", html_body: str = "", raw_message: bytes | None = None,
            envelope_from: str = "", token: str = "", now: datetime | None = None) -> int:
    profile = SmtpProfileRecord.get_or_none(SmtpProfileRecord.key == profile_key)
    if profile is None:
        raise ConfigError("Choose an SMTP profile.", field="profile")
    with database.atomic():
        record = OutboundEmail.create(
            profile=profile.id, kind=kind, to_address=to_address, subject=subject,
            text_body=text_body, html_body=html_body, raw_message=raw_message,
            envelope_from=envelope_from, token=token,
            **({"created_at": now} if now else {}),
        )
    return int(record.id)


def _due(now: datetime) -> pw.Expression:
    return (OutboundEmail.state == "queued") | (
        (OutboundEmail.state == "deferred") & (OutboundEmail.next_attempt_at <= now))


def has_due(now: datetime) -> bool:
    return bool(OutboundEmail.select().where(_due(now)).exists())


def next_due(now: datetime) -> datetime | None:
    value = OutboundEmail.select(pw.fn.MIN(OutboundEmail.next_attempt_at)).where(
        OutboundEmail.state == "deferred").scalar()
    return value if isinstance(value, datetime) else None


def claim(runner_id: str, now: datetime, limit: int = 100) -> list[OutboundRow]:
    free = (OutboundEmail.claimed_by == "")
    candidates = (OutboundEmail.select(OutboundEmail.id).where(_due(now) & free)
                  .order_by(OutboundEmail.id).limit(limit))
    with database.atomic():
        OutboundEmail.update(claimed_by=runner_id).where(
            OutboundEmail.id.in_(candidates) & _due(now) & free).execute()
    rows = []
    query = (OutboundEmail.select(OutboundEmail, SmtpProfileRecord)
             .join(SmtpProfileRecord, pw.JOIN.LEFT_OUTER)
             .where((OutboundEmail.claimed_by == runner_id)
                    & OutboundEmail.state.in_(SENDABLE))
             .order_by(OutboundEmail.id))
    for r in query:
        raw = bytes(r.raw_message) if r.raw_message is not None else None
        rows.append(OutboundRow(
            r.id, r.profile.key if fk(r, "profile") and r.profile else "", r.kind,
            r.to_address, r.subject, r.text_body, r.html_body, raw, r.envelope_from, r.token,
            r.attempts))
    return rows


def mark_sending(outbound_id: int, runner_id: str, message_id: str, now: datetime) -> bool:
    return bool(OutboundEmail.update(
        state="sending", attempts=OutboundEmail.attempts + 1, message_id=message_id,
    ).where((OutboundEmail.id == outbound_id) & (OutboundEmail.claimed_by == runner_id)
            & OutboundEmail.state.in_(SENDABLE)).execute())


def mark_outcome(outbound_id: int, runner_id: str, state: str, now: datetime, *,
                 code: str = "", error: Note | None = None,
                 next_attempt_at: datetime | None = None) -> None:
    values: dict[str, object] = {"state": state, "last_code": code,
                                 "last_error": error.dump(2000) if error else "",
                                 "next_attempt_at": next_attempt_at, "claimed_by": ""}
    if state == "sent":
        values["sent_at"] = now
    OutboundEmail.update(**values).where(
        (OutboundEmail.id == outbound_id) & (OutboundEmail.state == "sending")
        & (OutboundEmail.claimed_by == runner_id)).execute()


def unmark_sending(outbound_id: int, runner_id: str, now: datetime) -> None:
    """Within the caller's transaction: the connection never opened, so nothing was sent
    and the attempt does not count."""
    mark_outcome(outbound_id, runner_id, "queued", now)
    OutboundEmail.update(attempts=OutboundEmail.attempts - 1).where(
        OutboundEmail.id == outbound_id).execute()


def contact_of(outbound_id: int) -> int | None:
    """The contact an autoresponder's message was queued for (None for a test send)."""
    value = (AutoresponderSend.select(AutoresponderSend.contact)
             .where(AutoresponderSend.outbound == outbound_id).scalar())
    return int(value) if value is not None else None


def list_of(outbound_id: int) -> int | None:
    """The list of the autoresponder an outbound message was queued for (None otherwise)."""
    value = (AutoresponderSend.select(Autoresponder.mailing_list).join(Autoresponder)
             .where(AutoresponderSend.outbound == outbound_id).scalar())
    return int(value) if value is not None else None


def release(runner_id: str) -> None:
    with database.atomic():
        OutboundEmail.update(claimed_by="").where(
            (OutboundEmail.claimed_by == runner_id) & OutboundEmail.state.in_(SENDABLE)
        ).execute()


def recover(dead_runners: list[str]) -> int:
    if not dead_runners:
        return 0
    with database.atomic():
        count = OutboundEmail.update(
            state="uncertain", claimed_by="",
            last_error=note("stopped_while_sending_single").dump(),
        ).where((OutboundEmail.state == "sending")
                & OutboundEmail.claimed_by.in_(dead_runners)).execute()
        OutboundEmail.update(claimed_by="").where(
            OutboundEmail.state.in_(SENDABLE) & OutboundEmail.claimed_by.in_(dead_runners)
        ).execute()
    return int(count)


def get(outbound_id: int) -> OutboundRow | None:
    r = OutboundEmail.get_or_none(OutboundEmail.id == outbound_id)
    if r is None:
        return None
    profile = SmtpProfileRecord.get_or_none(SmtpProfileRecord.id == fk(r, "profile"))
    return OutboundRow(r.id, profile.key if profile else "", r.kind, r.to_address, r.subject,
                       r.text_body, r.html_body, None, r.envelope_from, r.token, r.attempts,
                       r.state, r.last_error)


# --- autoresponders -----------------------------------------------------------------------


@dataclass(frozen=True)
class DueWelcome:
    autoresponder_id: int
    contact_id: int
    email: str
    first_name: str
    last_name: str
    fields: str
    due_at: datetime


def due_autoresponder_sends(now: datetime, limit: int = 500) -> list[DueWelcome]:
    """Contacts who joined a list after its autoresponder began and whose delay has passed."""
    due: list[DueWelcome] = []
    for ar in Autoresponder.select().where(Autoresponder.enabled == True):  # noqa: E712
        delay = timedelta(minutes=ar.delay_minutes)
        already = AutoresponderSend.select(AutoresponderSend.contact).where(
            AutoresponderSend.autoresponder == ar.id)
        query = (
            Subscription.select(Subscription.subscribed_at, Contact)
            .join(Contact)
            .where((Subscription.mailing_list == fk(ar, "mailing_list"))
                   & (Subscription.status == "subscribed")
                   & (Subscription.subscribed_at >= ar.created_at)
                   & (Subscription.subscribed_at <= now - delay)
                   & Contact.id.not_in(already))
            .limit(limit)
        )
        for sub in query:
            contact = sub.contact
            due.append(DueWelcome(ar.id, contact.id, contact.email, contact.first_name,
                                  contact.last_name, contact.fields,
                                  sub.subscribed_at + delay))
    return due


def claim_autoresponder_send(welcome: DueWelcome) -> int | None:
    """Record that this contact gets the autoresponder's message; None when it already has
    (another runner got there first: a unique row guards it). Inside the caller's
    transaction the record is a savepoint, so a refusal leaves the rest of it intact."""
    try:
        with database.atomic():
            record = AutoresponderSend.create(autoresponder=welcome.autoresponder_id,
                                              contact=welcome.contact_id, due_at=welcome.due_at)
    except pw.IntegrityError:
        return None
    return int(record.id)


def link_autoresponder_send(send_id: int, outbound_id: int) -> None:
    """The queued message that carries a recorded autoresponder send."""
    AutoresponderSend.update(outbound=outbound_id).where(AutoresponderSend.id == send_id).execute()


__all__ = ["CLAIM_LEASE"]
