"""Bounce records: the messages read, the failed recipients, the campaign items they belong to.

The collector calls these inside one transaction per chunk of messages; the window and the CLI
read the bounce log and the run reports through the ``list_*`` functions, as dataclasses.
Addresses are kept lower-case; times are naive UTC given by the caller's clock.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee as pw

from engine.bounces.reasons import reason_from_code, reason_from_text
from engine.bounces.rules import AddressFacts
from engine.notes import Note
from engine.storage.db import database
from engine.storage.models import (
    Bounce,
    BounceMessage,
    Campaign,
    CampaignItem,
    Contact,
    JobRun,
    Suppression,
    SuppressionEvent,
)
from engine.storage.suppressions import db_time, normal

COLLECT_JOB = "process_bounce_email"
_IN_CHUNK = 500


@dataclass(frozen=True)
class ItemMatch:
    """The campaign item (or only the contact) a bounce belongs to, and how it was found."""

    item_id: int | None
    campaign_id: int | None
    contact_id: int | None
    email: str
    how: str  # tracking | message_id | address


@dataclass(frozen=True)
class BounceRecord:
    id: int
    email: str
    kind: str
    status: str
    reply_code: str
    reason: str
    rule: str
    diagnostic: str
    remote_host: str
    campaign_id: int | None
    campaign_name: str
    counted: bool
    matched_by: str
    outcome: str
    created_at: datetime
    message_id: int
    subject: str


@dataclass(frozen=True)
class RunRecord:
    id: int
    job: str
    runner: str
    started_at: datetime
    finished_at: datetime | None
    state: str
    summary: dict[str, Any]
    error: str


# --- what was recorded already --------------------------------------------------------------


def _quoted(name: str) -> str:
    quote = database.obj.quote
    return f"{quote[0]}{name}{quote[-1]}"


def _select_in(model: Any, columns: Iterable[Any], key: Any, values: list[Any],
               extra: str = "", extra_values: tuple[Any, ...] = (), tail: str = "") -> list[Any]:
    """``SELECT columns FROM model WHERE key IN (values) [AND extra] [tail]``, as plain SQL.

    The collector runs these a few times per chunk; building them with peewee cost several
    times what SQLite takes to answer them, and so did reading the rows back through it.
    ``columns`` are fields or SQL text (``MAX(...)``); values come back as the driver gives
    them (times as text on SQLite: convert with the field's ``python_value``).
    """
    names = ", ".join(c if isinstance(c, str) else _quoted(c.column_name) for c in columns)
    params = ", ".join([database.obj.param] * len(values))
    sql = (f"SELECT {names} FROM {_quoted(model._meta.table_name)} "
           f"WHERE {_quoted(key.column_name)} IN ({params})")
    if extra:
        sql += f" AND {extra}"
    if tail:
        sql += f" {tail}"
    rows: list[Any] = database.execute_sql(sql, [*values, *extra_values]).fetchall()
    return rows


def recorded_kinds(hashes: Iterable[str]) -> dict[str, str]:
    """``{content_hash: kind}`` for those of ``hashes`` already recorded."""
    found: dict[str, str] = {}
    for chunk in _chunks(hashes):
        rows = _select_in(BounceMessage, (BounceMessage.content_hash, BounceMessage.kind),
                          BounceMessage.content_hash, chunk)
        found.update({str(h): str(k) for h, k in rows})
    return found


# --- matching bounces to campaign items, in bulk ------------------------------------------


def _chunks(values: Iterable[str]) -> list[list[str]]:
    wanted = list(dict.fromkeys(v for v in values if v))
    return [wanted[i:i + _IN_CHUNK] for i in range(0, len(wanted), _IN_CHUNK)]


_ITEM_COLUMNS = (CampaignItem.id, CampaignItem.campaign, CampaignItem.contact,
                 CampaignItem.email, CampaignItem.token, CampaignItem.message_id)


def _items(key: Any, values: list[str]) -> list[Any]:
    """Campaign items whose ``key`` is one of ``values``, oldest first:
    ``(id, campaign_id, contact_id, email, token, message_id)``."""
    return _select_in(CampaignItem, _ITEM_COLUMNS, key, values,
                      tail=f"ORDER BY {_quoted(CampaignItem.id.column_name)}")


def _match(row: Any, how: str) -> ItemMatch:
    item_id, campaign_id, contact_id, email = row[:4]
    return ItemMatch(int(item_id), int(campaign_id), contact_id, normal(email), how)


def items_by_tokens(tokens: Iterable[str]) -> dict[str, ItemMatch]:
    """``{token: match}`` for the tracking tokens that belong to a campaign item."""
    found: dict[str, ItemMatch] = {}
    for chunk in _chunks(t.strip().lower() for t in tokens):
        for row in _items(CampaignItem.token, chunk):
            found[row[4]] = _match(row, "tracking")
    return found


def items_by_message_ids(message_ids: Iterable[str]) -> dict[str, ItemMatch]:
    """``{message id without brackets: match}`` for ids we sent (stored with or without <>)."""
    bare = [m.strip().strip("<>") for m in message_ids]
    found: dict[str, ItemMatch] = {}
    for chunk in _chunks(bare):
        forms = chunk + [f"<{m}>" for m in chunk]
        for row in _items(CampaignItem.message_id, forms):  # the latest item wins when reused
            found[row[5].strip("<>")] = _match(row, "message_id")
    return found


def items_by_addresses(emails: Iterable[str]) -> dict[str, ItemMatch]:
    """``{address: match}``: the latest campaign item sent there, else only the contact."""
    found: dict[str, ItemMatch] = {}
    for chunk in _chunks(normal(e) for e in emails):
        for contact_id, email in _select_in(Contact, (Contact.id, Contact.email), Contact.email,
                                            chunk):
            found[email] = ItemMatch(None, None, int(contact_id), email, "address")
        for row in _items(CampaignItem.email, chunk):
            found[normal(row[3])] = _match(row, "address")
    return found


def address_facts(emails: Iterable[str]) -> dict[str, AddressFacts]:
    facts: dict[str, AddressFacts] = {}
    param = database.obj.param
    # SQLite gives times back as text; these read them the way peewee would
    delivered_time: Callable[[Any], datetime | None] = Contact.last_delivered_at.python_value
    bounce_time: Callable[[Any], datetime] = Bounce.created_at.python_value
    for chunk in _chunks(normal(e) for e in emails):
        for address in chunk:
            facts[address] = AddressFacts(address)
        for (email,) in _select_in(Suppression, (Suppression.email,), Suppression.email, chunk):
            facts[email].suppressed = True
        at = _quoted(SuppressionEvent.at.column_name)
        undone = _select_in(
            SuppressionEvent, (SuppressionEvent.email, f"MAX({at})"), SuppressionEvent.email,
            chunk, extra=f"{_quoted(SuppressionEvent.action.column_name)} = {param}",
            extra_values=("unsuppress",),
            tail=f"GROUP BY {_quoted(SuppressionEvent.email.column_name)}")
        for email, when in undone:
            facts[email].unsuppressed_at = _as_datetime(when)
        delivered = _select_in(
            Contact, (Contact.email, Contact.last_delivered_at), Contact.email, chunk,
            extra=f"{_quoted(Contact.last_delivered_at.column_name)} IS NOT NULL")
        for email, when in delivered:
            facts[normal(email)].delivered_at = delivered_time(when)
        counted = _select_in(
            Bounce, (Bounce.email, Bounce.kind, Bounce.created_at), Bounce.email, chunk,
            extra=f"{_quoted(Bounce.counted.column_name)} = {param}",
            extra_values=(True,))
        times: dict[Any, datetime] = {}  # a chunk's bounces share one time: read it once
        for email, kind, when in counted:
            moment = times.get(when)
            if moment is None:
                moment = times[when] = bounce_time(when)
            facts[email].counted.append((kind, moment))
    return facts


def _as_datetime(value: object) -> datetime | None:
    # MAX() over a DateTimeField comes back as text from SQLite
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def soft_bounce_counts(item_ids: Iterable[int]) -> dict[int, int]:
    """Soft bounces already recorded per item: the re-sends each has used."""
    ids = list(dict.fromkeys(item_ids))
    found: dict[int, int] = {}
    item = _quoted(Bounce.item.column_name)
    for start in range(0, len(ids), _IN_CHUNK):
        rows = _select_in(Bounce, (Bounce.item, "COUNT(*)"), Bounce.item,
                          ids[start:start + _IN_CHUNK],
                          extra=f"{_quoted(Bounce.kind.column_name)} = {database.obj.param}",
                          extra_values=("soft",), tail=f"GROUP BY {item}")
        found.update({int(item_id): int(n) for item_id, n in rows})
    return found


# --- recording ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RefusedRecipient:
    """Whom the server refused with a 5xx while sending: a campaign item's recipient, or a
    single message's (an autoresponder's, which has no campaign and no item).

    ``token`` is the message's tracking token and ``attempt`` the number of this attempt: the
    two name the refusal's record, so a retried job never records one refusal twice.
    """

    email: str
    contact_id: int | None
    campaign_id: int | None
    item_id: int | None
    token: str
    attempt: int

    @property
    def record_key(self) -> str:
        return f"{REFUSAL_PREFIX}{self.token}:{self.attempt}"


REFUSAL_PREFIX = "smtp:"  # a refusal's BounceMessage.content_hash: smtp:TOKEN:ATTEMPT
REFUSAL_SOURCE = "SMTP reply at sending"
# A refusal's ``matched_by`` when it was no campaign's message (an autoresponder's): it names no
# campaign and never will, even if campaigns are deleted later (they leave no campaign either).
SINGLE_MESSAGE = "single"


def refusal_reason(status: str, diagnostic: str) -> str:
    """The same categories a bounce read from the mailbox gets, so the log reads alike."""
    return (reason_from_code(status) if status and not status.endswith(".0.0") else None) \
        or reason_from_text(diagnostic) or ""


def soft_bounces_of(who: RefusedRecipient) -> int:
    """The soft bounces that already earned this recipient's message a re-send.

    A campaign item's are every soft bounce recorded for it, collected or refused at sending;
    a single message has no item (a collected bounce cannot name it), so its own soft
    refusals, found by its token.
    """
    if who.item_id is not None:
        return soft_bounce_counts([who.item_id]).get(who.item_id, 0)
    return int(Bounce.select().join(BounceMessage).where(
        BounceMessage.content_hash.startswith(f"{REFUSAL_PREFIX}{who.token}:")
        & (Bounce.kind == "soft")).count())


def record_refusal(who: RefusedRecipient, kind: str, code: str, status: str, rule: Note | None,
                   diagnostic: str, now: datetime, *, counted: bool = False,
                   outcome: Note) -> None:
    """Within the caller's transaction: a 5xx at send time, kept as a bounce record.

    Its own record (``source`` "SMTP reply at sending") so the threshold and the Bounces page
    see it with the bounces read from the mailbox; ``counted`` and ``outcome`` are what the
    bounce rules decided (``engine.sending.refusal``).
    """
    message = BounceMessage.create(content_hash=who.record_key, kind=kind,
                                   source=REFUSAL_SOURCE, received_at=now)
    Bounce.create(
        message=message.id, email=normal(who.email), kind=kind, status=status,
        reply_code=code, reason=refusal_reason(status, diagnostic),
        rule=rule.dump(255) if rule is not None else "",
        diagnostic=diagnostic[:2000], campaign=who.campaign_id, item=who.item_id,
        contact=who.contact_id, created_at=now, counted=counted,
        matched_by="sending" if who.item_id is not None else SINGLE_MESSAGE,
        outcome=outcome.dump(255),
    )



def _insert_plain(model: Any, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows with one prepared statement.

    peewee's ``insert_many`` builds its SQL value by value, which costs more than the inserts
    themselves at a few thousand rows a run; each value still goes through its field's
    ``db_value``, so SQLite and PostgreSQL get what peewee would have given them.
    """
    if not rows:
        return
    real = database.obj
    meta = model._meta
    names = list(rows[0])
    fields = [meta.fields[name] for name in names]
    open_quote, close_quote = real.quote[0], real.quote[-1]

    def quoted(name: str) -> str:
        return f"{open_quote}{name}{close_quote}"

    sql = (f"INSERT INTO {quoted(meta.table_name)} "
           f"({', '.join(quoted(f.column_name) for f in fields)}) "
           f"VALUES ({', '.join([real.param] * len(fields))})")
    columns = [_column(f, [row[n] for row in rows]) for f, n in zip(fields, names, strict=True)]
    real.cursor().executemany(sql, list(zip(*columns, strict=True)))


def _column(field: Any, values: list[Any]) -> list[Any]:
    """``field.db_value`` of each value, a column at a time: text a text field stores as it
    is, and a value that repeats (a chunk's time, its run) is converted once."""
    if isinstance(field, pw.CharField | pw.TextField) and all(
            type(v) is str for v in values):
        return values
    convert: Callable[[Any], Any] = field.db_value
    if isinstance(field, pw.BlobField):
        return [convert(v) for v in values]
    converted: dict[Any, Any] = {}
    out = []
    for value in values:
        key = (type(value), value)
        if key not in converted:
            converted[key] = convert(value)
        out.append(converted[key])
    return out


def add_messages(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Insert BounceMessage rows (dicts of its columns); ``{content_hash: id}``."""
    _insert_plain(BounceMessage, rows)
    ids: dict[str, int] = {}
    for chunk in _chunks(row["content_hash"] for row in rows):
        found = _select_in(BounceMessage, (BounceMessage.content_hash, BounceMessage.id),
                           BounceMessage.content_hash, chunk)
        ids.update({str(h): int(i) for h, i in found})
    return ids


def add_bounces(rows: list[dict[str, Any]]) -> None:
    _insert_plain(Bounce, rows)


def defer_item(item_id: int, *, next_attempt_at: datetime, code: str, error: Note,
               at: datetime) -> None:
    """Hand a soft-bounced item back to the sender: it sends ``deferred`` items when due."""
    CampaignItem.update(
        state="deferred", next_attempt_at=db_time(next_attempt_at), last_code=code[:16],
        last_error=error.dump(2000), claimed_by="", updated_at=db_time(at),
    ).where(CampaignItem.id == item_id).execute()


def mark_delivered(email: str, at: datetime) -> None:
    """A message is known to have reached the address: its soft bounces stop counting."""
    Contact.update(last_delivered_at=db_time(at)).where(Contact.email == normal(email)).execute()


def raw_message(bounce_message_id: int) -> bytes | None:
    value = (BounceMessage.select(BounceMessage.raw_message)
             .where(BounceMessage.id == bounce_message_id).scalar())
    return bytes(value) if value is not None else None


# --- the bounce log -------------------------------------------------------------------------


def list_bounces(search: str = "", kind: str | None = None,
                 limit: int | None = None) -> list[BounceRecord]:
    query = (Bounce.select(
                Bounce.id, Bounce.email, Bounce.kind, Bounce.status, Bounce.reply_code,
                Bounce.reason, Bounce.rule, Bounce.diagnostic, Bounce.remote_host,
                Bounce.campaign.alias("campaign_id"),
                pw.fn.COALESCE(Campaign.name, "").alias("campaign_name"),
                Bounce.counted, Bounce.matched_by, Bounce.outcome, Bounce.created_at,
                Bounce.message.alias("message_id"), BounceMessage.subject)
             .join(BounceMessage, on=(Bounce.message == BounceMessage.id))
             .switch(Bounce)
             .join(Campaign, pw.JOIN.LEFT_OUTER, on=(Bounce.campaign == Campaign.id))
             .order_by(Bounce.created_at.desc(), Bounce.id.desc()))
    if kind:
        query = query.where(Bounce.kind == kind)
    text = search.strip()
    if text:
        query = query.where(Bounce.email.contains(text.lower()) | Bounce.status.contains(text)
                            | Bounce.reason.contains(text) | Bounce.diagnostic.contains(text)
                            | Campaign.name.contains(text))
    if limit is not None:
        query = query.limit(limit)
    rows: Any = query.dicts()
    return [BounceRecord(**{**row, "counted": bool(row["counted"])}) for row in rows]


# --- run reports ----------------------------------------------------------------------------


def start_run(*, runner: str, at: datetime, job: str = COLLECT_JOB) -> int:
    with database.atomic():
        row = JobRun.create(job=job, runner=runner, started_at=db_time(at), state="running")
    return int(row.id)


def finish_run(run_id: int, *, state: str, summary: dict[str, Any], error: Note | None,
               at: datetime) -> None:
    with database.atomic():
        JobRun.update(state=state, summary=json.dumps(summary, sort_keys=True),
                      error=error.dump() if error else "",
                      finished_at=db_time(at)).where(JobRun.id == run_id).execute()


def list_runs(job: str = COLLECT_JOB, limit: int = 50) -> list[RunRecord]:
    query = (JobRun.select().where(JobRun.job == job)
             .order_by(JobRun.started_at.desc(), JobRun.id.desc()).limit(limit))
    return [RunRecord(r.id, r.job, r.runner, r.started_at, r.finished_at, r.state,
                      json.loads(r.summary or "{}"), r.error) for r in query]
