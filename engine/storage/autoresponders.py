"""Autoresponders: a welcome or follow-up message sent once to each contact, a set time after
they join a list.

Only contacts who join after an autoresponder was created receive it: switching one on must
not mail a whole existing list. ``save_autoresponder`` refuses what could not be sent (no list
or profile, an unknown merge field, a subject on two lines), keyed to the form's fields.
Sending is ``engine.sending.outbound.queue_autoresponders``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from engine.config import FieldErrors
from engine.errors import ConfigError
from engine.mail.merge import unknown_field_errors
from engine.storage import audience
from engine.storage.db import database
from engine.storage.models import (
    Autoresponder,
    AutoresponderSend,
    MailingList,
    SmtpProfileRecord,
)
from engine.storage.rows import fk, tuples

MAX_DELAY_MINUTES = 365 * 24 * 60


@dataclass(frozen=True)
class AutoresponderDraft:
    """What the form edits; the profile by its name, the list by its name."""

    name: str
    list_name: str = ""
    profile_name: str = ""
    delay_minutes: int = 0
    subject: str = ""
    text_body: str = ""
    html_body: str = ""
    enabled: bool = True


@dataclass(frozen=True)
class AutoresponderInfo:
    id: int
    draft: AutoresponderDraft
    profile_key: str
    queued: int  # contacts it was queued for so far (not those left out as suppressed)

    @property
    def name(self) -> str:
        return self.draft.name


def validate_autoresponder(draft: AutoresponderDraft) -> FieldErrors:
    errors: FieldErrors = {}
    if not draft.name.strip():
        errors["name"] = "Give the autoresponder a name."
    mailing = MailingList.get_or_none(MailingList.name == draft.list_name)
    if mailing is None:
        errors["list_name"] = ("Choose the list whose new contacts receive it."
                               if not draft.list_name
                               else f"There is no list named “{draft.list_name}”.")
    if SmtpProfileRecord.get_or_none(SmtpProfileRecord.name == draft.profile_name) is None:
        errors["profile_name"] = (
            "Choose an SMTP profile." if not draft.profile_name
            else f"There is no SMTP profile named “{draft.profile_name}”.")
    if not 0 <= draft.delay_minutes <= MAX_DELAY_MINUTES:
        errors["delay_minutes"] = "The delay must be between 0 minutes and 365 days."
    if "\r" in draft.subject or "\n" in draft.subject:
        errors["subject"] = "The subject must be on one line."
    elif not draft.subject.strip():
        errors["subject"] = "Write a subject."
    if not draft.text_body.strip() and not draft.html_body.strip():
        errors["text_body"] = "Write the message (plain text, HTML or both)."
    known = set(audience.BUILTIN_FIELDS) | (
        audience.list_field_names([mailing.id]) if mailing is not None else set())
    texts = {name: getattr(draft, name) for name in ("subject", "text_body", "html_body")}
    for name, message in unknown_field_errors(texts, known, "the list has").items():
        errors.setdefault(name, message)
    return errors


def save_autoresponder(draft: AutoresponderDraft, autoresponder_id: int | None = None, *,
                       now: datetime | None = None) -> AutoresponderInfo:
    """Create (no id) or change one; ``ConfigError`` with the field when it cannot be saved.

    ``now``: when a new one starts (contacts who joined before are left out); the database's
    clock when not given.
    """
    errors = validate_autoresponder(draft)
    if errors:
        field, message = next(iter(errors.items()))
        raise ConfigError(message, field=field)
    mailing = MailingList.get(MailingList.name == draft.list_name)
    profile = SmtpProfileRecord.get(SmtpProfileRecord.name == draft.profile_name)
    values = {"name": draft.name.strip(), "mailing_list": mailing.id, "profile": profile.id,
              "delay_minutes": draft.delay_minutes, "subject": draft.subject,
              "text_body": draft.text_body, "html_body": draft.html_body,
              "enabled": draft.enabled}
    try:
        with database.atomic():
            if autoresponder_id is None:
                record = Autoresponder.create(**values, **({"created_at": now} if now else {}))
                autoresponder_id = int(record.id)
            else:
                Autoresponder.update(**values).where(
                    Autoresponder.id == autoresponder_id).execute()
    except pw.IntegrityError:
        raise ConfigError(f"An autoresponder named “{draft.name.strip()}” exists already.",
                          field="name") from None
    return get_autoresponder(autoresponder_id)


def get_autoresponder(autoresponder_id: int) -> AutoresponderInfo:
    record = Autoresponder.get_by_id(autoresponder_id)
    return _info(record, _queued_counts([record.id]).get(record.id, 0))


def list_autoresponders() -> list[AutoresponderInfo]:
    records = list(Autoresponder.select().order_by(Autoresponder.name))
    queued = _queued_counts([r.id for r in records])
    return [_info(r, queued.get(r.id, 0)) for r in records]


def delete_autoresponder(autoresponder_id: int) -> None:
    """Gone with the record of who received it; messages already queued are still sent."""
    with database.atomic():
        Autoresponder.delete().where(Autoresponder.id == autoresponder_id).execute()


def _info(record: Autoresponder, queued: int) -> AutoresponderInfo:
    mailing = MailingList.get_by_id(fk(record, "mailing_list"))
    profile = SmtpProfileRecord.get_or_none(SmtpProfileRecord.id == fk(record, "profile"))
    draft = AutoresponderDraft(
        name=record.name, list_name=mailing.name, profile_name=profile.name if profile else "",
        delay_minutes=record.delay_minutes, subject=record.subject, text_body=record.text_body,
        html_body=record.html_body, enabled=bool(record.enabled))
    return AutoresponderInfo(int(record.id), draft, profile.key if profile else "", queued)


def _queued_counts(ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = tuples(AutoresponderSend.select(AutoresponderSend.autoresponder, pw.fn.COUNT(1))
                  .where(AutoresponderSend.autoresponder.in_(ids)
                         & AutoresponderSend.outbound.is_null(False))
                  .group_by(AutoresponderSend.autoresponder))
    return {int(ar): int(count) for ar, count in rows}
