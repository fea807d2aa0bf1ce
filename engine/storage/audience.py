"""Lists, contacts and subscriptions: who a campaign can be sent to.

A contact is one address with a first and last name and any extra columns of the file it came
from (merge fields, kept as JSON). A subscription ties a contact to a list, subscribed or
unsubscribed. Returns frozen dataclasses, never model instances; each write is one short
transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

import peewee as pw

from engine.errors import ConfigError
from engine.storage.db import database
from engine.storage.models import Contact, MailingList, Subscription, utcnow
from engine.storage.rows import fk_required, tuples

BUILTIN_FIELDS = ("email", "first_name", "last_name")
_FIELD_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
# C0 and C1 control characters (CR, LF, tab, NUL, …), DEL, and the Unicode line and paragraph
# separators: none belongs in a name or a merge value, and any of them in a header breaks it.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@dataclass(frozen=True)
class MailingListInfo:
    id: int
    name: str
    description: str
    field_names: tuple[str, ...]
    subscribed: int = 0
    unsubscribed: int = 0


@dataclass(frozen=True)
class ContactInfo:
    id: int
    email: str
    first_name: str
    last_name: str
    fields: Mapping[str, str] = field(default_factory=dict)
    created_at: datetime | None = None

    def merge_values(self) -> dict[str, str]:
        """Everything a merge field can name for this contact."""
        values = dict(self.fields)
        values.update(email=self.email, first_name=self.first_name, last_name=self.last_name)
        return values


def normal_email(value: str) -> str:
    """Trimmed, with a lower-case domain: the local part is the receiving server's business."""
    value = value.strip()
    local, at, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}" if at else value


def field_name(header: str) -> str:
    """A column header as a merge-field name: ``Company Name`` becomes ``company_name``."""
    name = re.sub(r"[^0-9a-z]+", "_", header.strip().lower()).strip("_")
    if name and name[0].isdigit():
        name = f"f_{name}"
    return name


def clean_value(value: str) -> str:
    """A name or merge value as stored: each run of control characters one space, trimmed.

    Values end up in headers (a subject with ``{{city}}``): a line break in one would let a
    file write headers, or fail that contact's message."""
    return _CONTROLS.sub(" ", value).strip()


def one_line(value: str) -> str:
    """Names end up in headers: the same cleaning as every merge value."""
    return clean_value(value)


def _contact_info(record: Contact) -> ContactInfo:
    return ContactInfo(
        id=record.id,
        email=record.email,
        first_name=record.first_name,
        last_name=record.last_name,
        fields=json.loads(record.fields or "{}"),
        created_at=record.created_at,
    )


# --- lists --------------------------------------------------------------------------------


def create_list(name: str, description: str = "") -> MailingListInfo:
    name = name.strip()
    if not name:
        raise ConfigError("Give the list a name.", field="name")
    if MailingList.select().where(MailingList.name == name).exists():
        raise ConfigError(f"A list named “{name}” already exists.", field="name")
    with database.atomic():
        record = MailingList.create(name=name, description=description)
    return MailingListInfo(record.id, record.name, record.description, ())


def rename_list(list_id: int, name: str, description: str | None = None) -> None:
    name = name.strip()
    if not name:
        raise ConfigError("Give the list a name.", field="name")
    clash = MailingList.get_or_none((MailingList.name == name) & (MailingList.id != list_id))
    if clash is not None:
        raise ConfigError(f"A list named “{name}” already exists.", field="name")
    values: dict[str, object] = {"name": name}
    if description is not None:
        values["description"] = description
    with database.atomic():
        MailingList.update(**values).where(MailingList.id == list_id).execute()


def delete_list(list_id: int) -> None:
    """The list and its subscriptions go; the contacts stay (they may be on other lists)."""
    with database.atomic():
        Subscription.delete().where(Subscription.mailing_list == list_id).execute()
        MailingList.delete().where(MailingList.id == list_id).execute()


def list_lists() -> list[MailingListInfo]:
    counts: dict[tuple[int, str], int] = {}
    query = (
        Subscription.select(Subscription.mailing_list, Subscription.status,
                            pw.fn.COUNT(Subscription.id).alias("n"))
        .group_by(Subscription.mailing_list, Subscription.status)
    )
    for list_id, status, n in tuples(query):
        counts[(list_id, status)] = n
    return [
        MailingListInfo(
            r.id, r.name, r.description, tuple(json.loads(r.field_names or "[]")),
            counts.get((r.id, "subscribed"), 0), counts.get((r.id, "unsubscribed"), 0),
        )
        for r in MailingList.select().order_by(MailingList.name)
    ]


def get_list(name: str) -> MailingListInfo | None:
    return next((m for m in list_lists() if m.name == name), None)


def list_field_names(list_ids: Iterable[int]) -> set[str]:
    """The extra merge fields the contacts of these lists carry."""
    names: set[str] = set()
    for record in MailingList.select().where(MailingList.id.in_(list(list_ids))):
        names.update(json.loads(record.field_names or "[]"))
    return names


def _note_field_names(list_id: int, names: Iterable[str]) -> None:
    record = MailingList.get_by_id(list_id)
    known = set(json.loads(record.field_names or "[]"))
    new = known | set(names)
    if new != known:
        record.field_names = json.dumps(sorted(new))
        record.save()


# --- contacts -----------------------------------------------------------------------------


def _check_fields(fields: Mapping[str, str]) -> dict[str, str]:
    clean: dict[str, str] = {}
    for key, value in fields.items():
        if not _FIELD_NAME.match(key) or key in BUILTIN_FIELDS:
            raise ConfigError(f"“{key}” cannot be a merge field name.", field="fields")
        clean[key] = clean_value(str(value))
    return clean


def save_contact(
    email: str,
    first_name: str = "",
    last_name: str = "",
    fields: Mapping[str, str] | None = None,
    *,
    list_ids: Iterable[int] = (),
) -> ContactInfo:
    """Add a contact, or update the one with this address; subscribe it to ``list_ids``."""
    from engine.config import address_error

    address = normal_email(email)
    if err := address_error(address):
        raise ConfigError(err, field="email")
    extra = _check_fields(fields or {})
    with database.atomic():
        record = Contact.get_or_none(Contact.email == address)
        if record is None:
            record = Contact.create(
                email=address, first_name=one_line(first_name), last_name=one_line(last_name),
                fields=json.dumps(extra, ensure_ascii=False),
            )
        else:
            merged = {**json.loads(record.fields or "{}"), **extra}
            record.first_name = one_line(first_name) or record.first_name
            record.last_name = one_line(last_name) or record.last_name
            record.fields = json.dumps(merged, ensure_ascii=False)
            record.save()
        for list_id in list_ids:
            _subscribe(record.id, list_id)
            _note_field_names(list_id, extra)
    return _contact_info(record)


def update_contact(contact_id: int, email: str, first_name: str, last_name: str,
                   fields: Mapping[str, str]) -> ContactInfo:
    """Replace a contact's details (the window's edit dialog)."""
    from engine.config import address_error

    address = normal_email(email)
    if err := address_error(address):
        raise ConfigError(err, field="email")
    clash = Contact.get_or_none((Contact.email == address) & (Contact.id != contact_id))
    if clash is not None:
        raise ConfigError(f"Another contact already has the address {address}.", field="email")
    extra = _check_fields(fields)
    with database.atomic():
        Contact.update(
            email=address, first_name=one_line(first_name), last_name=one_line(last_name),
            fields=json.dumps(extra, ensure_ascii=False),
        ).where(Contact.id == contact_id).execute()
        for sub in Subscription.select().where(Subscription.contact == contact_id):
            _note_field_names(fk_required(sub, "mailing_list"), extra)
    return _contact_info(Contact.get_by_id(contact_id))


def delete_contact(contact_id: int) -> None:
    with database.atomic():
        Subscription.delete().where(Subscription.contact == contact_id).execute()
        Contact.delete().where(Contact.id == contact_id).execute()


def get_contact(email: str) -> ContactInfo | None:
    record = Contact.get_or_none(Contact.email == normal_email(email))
    return _contact_info(record) if record else None


def get_contact_by_id(contact_id: int) -> ContactInfo | None:
    record = Contact.get_or_none(Contact.id == contact_id)
    return _contact_info(record) if record else None


@dataclass(frozen=True)
class MemberRow:
    contact: ContactInfo
    status: str


def list_members(list_id: int, search: str = "", *, offset: int = 0,
                 limit: int = 500) -> list[MemberRow]:
    query = (
        Subscription.select(Subscription, Contact)
        .join(Contact)
        .where(Subscription.mailing_list == list_id)
        .order_by(Contact.email)
    )
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(
            Contact.email.contains(search.strip()) | Contact.first_name ** like
            | Contact.last_name ** like
        )
    return [MemberRow(_contact_info(s.contact), s.status)
            for s in query.offset(offset).limit(limit)]


def count_members(list_id: int) -> int:
    return int(Subscription.select().where(Subscription.mailing_list == list_id).count())


# --- subscriptions ------------------------------------------------------------------------


def _subscribe(contact_id: int, list_id: int) -> bool:
    """True when the contact was not subscribed before (an autoresponder's trigger)."""
    existing = Subscription.get_or_none(
        (Subscription.contact == contact_id) & (Subscription.mailing_list == list_id)
    )
    if existing is None:
        Subscription.create(contact=contact_id, mailing_list=list_id, subscribed_at=utcnow())
        return True
    return False


def subscribe(contact_id: int, list_id: int) -> None:
    """Subscribe, or re-subscribe someone who had left (the user's explicit choice)."""
    with database.atomic():
        if not _subscribe(contact_id, list_id):
            Subscription.update(status="subscribed", subscribed_at=utcnow()).where(
                (Subscription.contact == contact_id) & (Subscription.mailing_list == list_id)
                & (Subscription.status != "subscribed")
            ).execute()


def unsubscribe(contact_id: int, list_id: int) -> None:
    with database.atomic():
        Subscription.update(status="unsubscribed").where(
            (Subscription.contact == contact_id) & (Subscription.mailing_list == list_id)
        ).execute()


def remove_from_list(contact_id: int, list_id: int) -> None:
    with database.atomic():
        Subscription.delete().where(
            (Subscription.contact == contact_id) & (Subscription.mailing_list == list_id)
        ).execute()
