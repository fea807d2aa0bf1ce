"""Campaigns: what the user writes, its lists and profile, and where it stands.

A campaign goes draft → generating (its items are being made) → ready (exclusions counted,
waiting for Start) → sending → completed; it can be paused, resumed or cancelled on the way
(the table of moves is ``engine.storage.campaign_states``; every change of status is made here).
``save_campaign`` refuses what could not be sent: unknown merge fields, a line break in a
header, a missing list or profile.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from engine.config import FieldErrors, address_error
from engine.errors import ConfigError
from engine.mail.merge import unknown_field_errors
from engine.storage import audience, complaints
from engine.storage import campaign_states as states
from engine.storage.campaign_states import EDITABLE, Move
from engine.storage.db import database
from engine.storage.models import (
    Campaign,
    CampaignItem,
    CampaignList,
    MailingList,
    SmtpProfileRecord,
    utcnow,
)
from engine.storage.rows import fk, tuples

ITEM_STATES = ("queued", "sending", "sent", "deferred", "failed", "uncertain", "excluded")
# Items the campaign still has to send (an uncertain one waits for the user instead).
UNFINISHED = ("queued", "sending", "deferred")


@dataclass(frozen=True)
class CampaignDraft:
    """The Campaigns page's form, and the CLI's campaign file."""

    name: str
    subject: str = ""
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    profile_name: str = ""
    list_names: tuple[str, ...] = ()
    text_body: str = ""
    html_body: str = ""


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    draft: CampaignDraft
    status: str
    created_at: datetime
    scheduled_at: datetime | None
    started_at: datetime | None
    completed_at: datetime | None
    profile_key: str
    list_ids: tuple[int, ...]
    send_when_ready: bool

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True)
class ItemCounts:
    by_state: dict[str, int]
    excluded_by_reason: dict[str, int]
    duplicates: int

    def get(self, state: str) -> int:
        return self.by_state.get(state, 0)

    @property
    def remaining(self) -> int:
        return self.get("queued") + self.get("deferred") + self.get("sending")

    @property
    def total(self) -> int:
        return sum(self.by_state.values())

    @property
    def recipients(self) -> int:
        """Those it is sent to: every item but the excluded ones."""
        return self.total - self.get("excluded")


def validate_draft(draft: CampaignDraft) -> FieldErrors:
    errors: FieldErrors = {}
    if not draft.name.strip():
        errors["name"] = "Give the campaign a name."
    for name, label in (("subject", "subject"), ("from_name", "sender name"),
                        ("from_address", "sender address"), ("reply_to", "reply-to address")):
        value: str = getattr(draft, name)
        if "\r" in value or "\n" in value:
            errors[name] = f"The {label} must be on one line."
    if not draft.subject.strip():
        errors.setdefault("subject", "Write a subject.")
    profile = SmtpProfileRecord.get_or_none(SmtpProfileRecord.name == draft.profile_name)
    if profile is None:
        errors["profile_name"] = (
            "Choose an SMTP profile." if not draft.profile_name
            else f"There is no SMTP profile named “{draft.profile_name}”."
        )
    sender = draft.from_address or (profile.from_address if profile else "")
    if "from_address" not in errors and (err := address_error(sender)):
        errors["from_address"] = err
    if draft.reply_to and "reply_to" not in errors and (
        err := address_error(draft.reply_to, required=False)
    ):
        errors["reply_to"] = err
    lists = list(MailingList.select().where(MailingList.name.in_(list(draft.list_names))))
    missing = set(draft.list_names) - {m.name for m in lists}
    if not draft.list_names:
        errors["list_names"] = "Choose at least one list."
    elif missing:
        errors["list_names"] = f"There is no list named “{sorted(missing)[0]}”."
    if not draft.text_body.strip() and not draft.html_body.strip():
        errors["text_body"] = "Write the message (plain text, HTML or both)."
    known = set(audience.BUILTIN_FIELDS) | audience.list_field_names(m.id for m in lists)
    texts = {name: getattr(draft, name) for name in ("subject", "text_body", "html_body")}
    for name, message in unknown_field_errors(texts, known, "the chosen lists have").items():
        errors.setdefault(name, message)
    return errors


def _info(record: Campaign) -> CampaignInfo:
    lists = list(
        MailingList.select().join(CampaignList)
        .where(CampaignList.campaign == record.id).order_by(MailingList.name)
    )
    profile = SmtpProfileRecord.get_or_none(SmtpProfileRecord.id == fk(record, "profile"))
    draft = CampaignDraft(
        name=record.name, subject=record.subject, from_name=record.from_name,
        from_address=record.from_address, reply_to=record.reply_to,
        profile_name=profile.name if profile else "",
        list_names=tuple(m.name for m in lists),
        text_body=record.text_body, html_body=record.html_body,
    )
    return CampaignInfo(
        id=record.id, draft=draft, status=record.status, created_at=record.created_at,
        scheduled_at=record.scheduled_at, started_at=record.started_at,
        completed_at=record.completed_at, profile_key=profile.key if profile else "",
        list_ids=tuple(m.id for m in lists), send_when_ready=record.send_when_ready,
    )


def save_campaign(draft: CampaignDraft, campaign_id: int | None = None) -> CampaignInfo:
    """Create, or update a campaign that has not started sending."""
    errors = validate_draft(draft)
    clash = Campaign.get_or_none(
        (Campaign.name == draft.name.strip())
        & (Campaign.id != (campaign_id if campaign_id is not None else -1))
    )
    if clash is not None:
        errors.setdefault("name", f"A campaign named “{draft.name}” already exists.")
    if errors:
        name, message = next(iter(errors.items()))
        raise ConfigError(message, field=name)
    profile = SmtpProfileRecord.get(SmtpProfileRecord.name == draft.profile_name)
    values = {
        "name": draft.name.strip(), "subject": draft.subject, "from_name": draft.from_name,
        "from_address": draft.from_address, "reply_to": draft.reply_to,
        "profile": profile.id, "text_body": draft.text_body, "html_body": draft.html_body,
    }
    with database.atomic():
        if campaign_id is None:
            record = Campaign.create(**values)
        else:
            record = Campaign.get_by_id(campaign_id)
            if record.status not in EDITABLE:
                raise ConfigError(
                    f"“{record.name}” is {record.status}: only a draft can be changed. "
                    "Duplicate it to send a changed copy."
                )
            Campaign.update(**values, status=states.DRAFT).where(
                Campaign.id == campaign_id).execute()
            # Items made for the old text or lists are stale.
            CampaignItem.delete().where(CampaignItem.campaign == campaign_id).execute()
            Campaign.update(duplicates=0, generate_cursor=0).where(
                Campaign.id == campaign_id).execute()
            CampaignList.delete().where(CampaignList.campaign == campaign_id).execute()
        for mailing_list in MailingList.select().where(
            MailingList.name.in_(list(draft.list_names))
        ):
            CampaignList.create(campaign=record.id, mailing_list=mailing_list.id)
    return _info(Campaign.get_by_id(record.id))


@dataclass(frozen=True)
class CampaignMessage:
    """What the sender renders a campaign's messages from."""

    subject: str
    from_name: str
    from_address: str
    reply_to: str
    text_body: str
    html_body: str


def message_of(campaign_id: int) -> CampaignMessage:
    """One query: the sender reads it once per campaign and run."""
    r = Campaign.get_by_id(campaign_id)
    return CampaignMessage(r.subject, r.from_name, r.from_address, r.reply_to, r.text_body,
                           r.html_body)


def get_campaign(name: str) -> CampaignInfo | None:
    record = Campaign.get_or_none(Campaign.name == name)
    return _info(record) if record else None


def get_campaign_by_id(campaign_id: int) -> CampaignInfo | None:
    record = Campaign.get_or_none(Campaign.id == campaign_id)
    return _info(record) if record else None


def list_campaigns() -> list[CampaignInfo]:
    return [_info(r) for r in Campaign.select().order_by(Campaign.created_at.desc(),
                                                         Campaign.id.desc())]


def duplicate_campaign(campaign_id: int, new_name: str | None = None) -> CampaignInfo:
    source = _info(Campaign.get_by_id(campaign_id))
    name = new_name or f"{source.name} (copy)"
    n = 2
    while new_name is None and Campaign.select().where(Campaign.name == name).exists():
        name = f"{source.name} (copy {n})"
        n += 1
    return save_campaign(dataclasses.replace(source.draft, name=name))


def delete_campaign(campaign_id: int) -> None:
    record = Campaign.get_or_none(Campaign.id == campaign_id)
    if record is not None and record.status == states.SENDING:
        raise ConfigError("Pause or cancel the campaign before deleting it.")
    with database.atomic():
        Campaign.delete().where(Campaign.id == campaign_id).execute()


# --- status -------------------------------------------------------------------------------


def _move(campaign_id: int, move: Move, **extra: object) -> bool:
    """Make ``move`` if the campaign is in one of its sources; False when it is not."""
    with database.atomic():
        updated = Campaign.update(status=move.target, **extra).where(
            (Campaign.id == campaign_id) & Campaign.status.in_(move.sources)
        ).execute()
    return bool(updated)


def _set_status(campaign_id: int, move: Move, **extra: object) -> None:
    """The user's move: refused, with where the campaign stands, when it is not open."""
    if not _move(campaign_id, move, **extra):
        record = Campaign.get_or_none(Campaign.id == campaign_id)
        now = record.status if record else "deleted"
        raise ConfigError(f"The campaign is {now}: it cannot become {move.target} from there.")


def prepare(campaign_id: int, *, send_when_ready: bool = False,
            scheduled_at: datetime | None = None) -> None:
    """Ask the generate job to make the items (and, for the CLI, to start right after)."""
    _set_status(campaign_id, states.PREPARE,
                send_when_ready=send_when_ready, scheduled_at=scheduled_at)


def start(campaign_id: int, *, now: datetime | None = None) -> None:
    _set_status(campaign_id, states.START, started_at=now or utcnow())


def pause(campaign_id: int) -> None:
    _set_status(campaign_id, states.PAUSE)


def resume(campaign_id: int) -> None:
    with database.atomic():
        generated = Campaign.get_by_id(campaign_id).generate_cursor > 0 and \
            CampaignItem.select().where(CampaignItem.campaign == campaign_id).exists()
    _set_status(campaign_id, states.RESUME_SENDING if generated else states.RESUME_GENERATING,
                **complaints.resumed_values(campaign_id))


def cancel(campaign_id: int) -> None:
    """Nothing more is sent; what went stays recorded."""
    _set_status(campaign_id, states.CANCEL)


# --- the jobs' moves ----------------------------------------------------------------------


def status_of(campaign_id: int) -> str | None:
    """The campaign's status now (None once it is deleted)."""
    value = Campaign.select(Campaign.status).where(Campaign.id == campaign_id).scalar()
    return str(value) if value is not None else None


def ids_with_status(status: str) -> list[int]:
    """The campaigns in ``status``, oldest first (the order the jobs take them in)."""
    return [int(c.id) for c in Campaign.select(Campaign.id).where(Campaign.status == status)
            .order_by(Campaign.id)]


def finish_generating(campaign_id: int, now: datetime) -> None:
    """Its items are made: ready for Start, or sending at once if it was prepared to send
    when ready. Nothing changes if it was paused or cancelled meanwhile."""
    record = Campaign.get_by_id(campaign_id)
    if record.send_when_ready:
        _move(campaign_id, states.GENERATED_AND_STARTED, started_at=now)
    else:
        _move(campaign_id, states.GENERATED)


def _completable() -> pw.Expression:
    left = CampaignItem.select(CampaignItem.id).where(
        (CampaignItem.campaign == Campaign.id) & CampaignItem.state.in_(UNFINISHED))
    nothing_left: pw.Expression = (Campaign.status == states.SENDING) & ~pw.fn.EXISTS(left)
    return nothing_left


def has_completable() -> bool:
    """Whether a sending campaign has nothing left to send."""
    return bool(Campaign.select().where(_completable()).exists())


@dataclass(frozen=True)
class CampaignRef:
    id: int
    name: str


def sending_campaigns() -> list[CampaignRef]:
    return [CampaignRef(int(c.id), str(c.name)) for c in
            Campaign.select(Campaign.id, Campaign.name).where(Campaign.status == states.SENDING)]


def has_unfinished_items(campaign_id: int) -> bool:
    return bool(CampaignItem.select().where(
        (CampaignItem.campaign == campaign_id) & CampaignItem.state.in_(UNFINISHED)).exists())


def complete(campaign_id: int, now: datetime) -> None:
    """Sending is over (uncertain items wait for the user); nothing changes unless it was
    sending."""
    _move(campaign_id, states.COMPLETE, completed_at=now)


# --- items --------------------------------------------------------------------------------


def item_counts(campaign_id: int) -> ItemCounts:
    by_state: dict[str, int] = dict(tuples(
        CampaignItem.select(CampaignItem.state, pw.fn.COUNT(CampaignItem.id))
        .where(CampaignItem.campaign == campaign_id)
        .group_by(CampaignItem.state)
    ))
    reasons: dict[str, int] = dict(tuples(
        CampaignItem.select(CampaignItem.exclude_reason, pw.fn.COUNT(CampaignItem.id))
        .where((CampaignItem.campaign == campaign_id) & (CampaignItem.state == "excluded"))
        .group_by(CampaignItem.exclude_reason)
    ))
    record = Campaign.get_or_none(Campaign.id == campaign_id)
    return ItemCounts(by_state, reasons, record.duplicates if record else 0)


@dataclass(frozen=True)
class ItemRow:
    id: int
    email: str
    state: str
    attempts: int
    last_code: str
    last_error: str
    sent_at: datetime | None
    updated_at: datetime


def items_in_state(campaign_id: int, state: str, *, limit: int = 1000) -> list[ItemRow]:
    query = (CampaignItem.select().where((CampaignItem.campaign == campaign_id)
                                         & (CampaignItem.state == state))
             .order_by(CampaignItem.id).limit(limit))
    return [ItemRow(i.id, i.email, i.state, i.attempts, i.last_code, i.last_error, i.sent_at,
                    i.updated_at) for i in query]


def send_uncertain(campaign_id: int, item_ids: list[int] | None = None) -> int:
    """The user chose to send items whose fate a crash left unknown; returns how many."""
    with database.atomic():
        where = (CampaignItem.campaign == campaign_id) & (CampaignItem.state == "uncertain")
        if item_ids is not None:
            where &= CampaignItem.id.in_(item_ids)
        count = CampaignItem.update(state="queued", claimed_by="", next_attempt_at=None,
                                    updated_at=utcnow()).where(where).execute()
        if count:
            _move(campaign_id, states.REOPEN, completed_at=None)
    return int(count)
