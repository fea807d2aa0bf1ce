"""Settings persistence: the only way callers read and write settings.

Returns frozen dataclasses from ``engine.config``, never model instances, so results can cross
threads. Each write is one short transaction.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, TypeVar

from engine.bounces.codes import BounceCode, BounceCodeTable
from engine.config import (
    BounceMailbox,
    BounceSettings,
    CheckSettings,
    ComplaintGuard,
    ExclusionPolicy,
    Footers,
    SmtpProfile,
    UnsubscribeService,
    from_mapping,
)
from engine.errors import ConfigError
from engine.storage.db import database
from engine.storage.models import (
    BounceCodeRecord,
    BounceMailboxRecord,
    Setting,
    SmtpProfileRecord,
)

S = TypeVar("S", BounceSettings, ExclusionPolicy, Footers, CheckSettings, ComplaintGuard,
              UnsubscribeService)

_SETTING_KEYS: dict[type[Any], str] = {
    BounceSettings: "bounce_settings",
    ExclusionPolicy: "exclusion_policy",
    Footers: "footers",
    CheckSettings: "check_settings",
    ComplaintGuard: "complaint_guard",
    UnsubscribeService: "unsubscribe_service",
}


def _columns(obj: Any) -> dict[str, Any]:
    return dataclasses.asdict(obj)


def _to_dataclass(cls: type[Any], record: Any) -> Any:
    return cls(**{f.name: getattr(record, f.name) for f in dataclasses.fields(cls)})


# --- SMTP profiles ------------------------------------------------------------------------


def list_profiles() -> list[SmtpProfile]:
    query = SmtpProfileRecord.select().order_by(SmtpProfileRecord.name)
    return [_to_dataclass(SmtpProfile, r) for r in query]


def get_profile(name: str) -> SmtpProfile | None:
    record = SmtpProfileRecord.get_or_none(SmtpProfileRecord.name == name)
    return _to_dataclass(SmtpProfile, record) if record else None


def get_profile_by_key(key: str) -> SmtpProfile | None:
    record = SmtpProfileRecord.get_or_none(SmtpProfileRecord.key == key)
    return _to_dataclass(SmtpProfile, record) if record else None


def profile_id(key: str) -> int | None:
    """The row id of a profile, for tables that reference it."""
    record = SmtpProfileRecord.get_or_none(SmtpProfileRecord.key == key)
    return int(record.id) if record else None


def default_profile() -> SmtpProfile | None:
    record = SmtpProfileRecord.get_or_none(SmtpProfileRecord.is_default == True)  # noqa: E712
    if record is None:
        record = SmtpProfileRecord.select().order_by(SmtpProfileRecord.id).first()
    return _to_dataclass(SmtpProfile, record) if record else None


def save_profile(profile: SmtpProfile) -> SmtpProfile:
    """Insert or update by key; a name already used by another profile is refused."""
    clash = SmtpProfileRecord.get_or_none(
        (SmtpProfileRecord.name == profile.name) & (SmtpProfileRecord.key != profile.key)
    )
    if clash is not None:
        raise ConfigError(f"A profile named “{profile.name}” already exists.", field="name")
    with database.atomic():
        is_first = not SmtpProfileRecord.select().exists()
        if is_first and not profile.is_default:
            profile = dataclasses.replace(profile, is_default=True)
        if profile.is_default:
            SmtpProfileRecord.update(is_default=False).where(
                SmtpProfileRecord.key != profile.key
            ).execute()
        values = _columns(profile)
        updated = (
            SmtpProfileRecord.update(**values).where(SmtpProfileRecord.key == profile.key).execute()
        )
        if not updated:
            SmtpProfileRecord.create(**values)
    return profile


def set_default_profile(key: str) -> None:
    with database.atomic():
        SmtpProfileRecord.update(is_default=(SmtpProfileRecord.key == key)).execute()


def delete_profile(key: str) -> None:
    """Delete a profile; if it was the default, the oldest remaining one becomes default."""
    with database.atomic():
        SmtpProfileRecord.delete().where(SmtpProfileRecord.key == key).execute()
        if not SmtpProfileRecord.select().where(SmtpProfileRecord.is_default == True).exists():  # noqa: E712
            first = SmtpProfileRecord.select().order_by(SmtpProfileRecord.id).first()
            if first is not None:
                first.is_default = True
                first.save()


# --- bounce mailbox -----------------------------------------------------------------------


def load_mailbox() -> BounceMailbox:
    record = BounceMailboxRecord.select().order_by(BounceMailboxRecord.id).first()
    return _to_dataclass(BounceMailbox, record) if record else BounceMailbox()


def save_mailbox(mailbox: BounceMailbox) -> None:
    with database.atomic():
        values = _columns(mailbox)
        updated = (
            BounceMailboxRecord.update(**values)
            .where(BounceMailboxRecord.key == mailbox.key)
            .execute()
        )
        if not updated:
            BounceMailboxRecord.create(**values)


# --- singleton settings -------------------------------------------------------------------


def load_setting(cls: type[S]) -> S:
    record = Setting.get_or_none(Setting.key == _SETTING_KEYS[cls])
    if record is None:
        return cls()
    return from_mapping(cls, json.loads(record.value))


def save_setting(
    obj: BounceSettings | ExclusionPolicy | Footers | CheckSettings | ComplaintGuard
    | UnsubscribeService,
) -> None:
    key = _SETTING_KEYS[type(obj)]
    value = json.dumps(_columns(obj), sort_keys=True)
    with database.atomic():
        updated = Setting.update(value=value).where(Setting.key == key).execute()
        if not updated:
            Setting.create(key=key, value=value)


# --- bounce codes -------------------------------------------------------------------------


def load_bounce_codes() -> BounceCodeTable:
    """The user's table; the default until the user has saved one."""
    records = list(BounceCodeRecord.select().order_by(BounceCodeRecord.position))
    if not records:
        return BounceCodeTable.default()
    return BounceCodeTable.from_rows(
        BounceCode(r.code, "soft" if r.type == "soft" else "hard", r.meaning) for r in records
    )


def save_bounce_codes(table: BounceCodeTable) -> None:
    errors = table.validate()
    if errors:
        where, message = next(iter(errors.items()))
        raise ConfigError(f"Bounce codes, {where}: {message}", field=where)
    with database.atomic():
        BounceCodeRecord.delete().execute()
        BounceCodeRecord.insert_many(
            [
                {"code": r.code, "type": r.type, "meaning": r.meaning, "position": n}
                for n, r in enumerate(table.rows)
            ]
        ).execute()
