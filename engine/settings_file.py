"""Settings export and import as a readable TOML file that never contains a secret."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from engine.bounces.codes import BounceCode, BounceCodeTable
from engine.config import (
    BounceMailbox,
    BounceSettings,
    CheckSettings,
    ComplaintGuard,
    ExclusionPolicy,
    Footers,
    ProviderPace,
    ProviderPaceSetting,
    SmtpProfile,
    UnsubscribeService,
)
from engine.errors import ConfigError
from engine.storage import repo

FORMAT_VERSION = 1


def export_settings() -> dict[str, Any]:
    """Everything on the Newsletter Configuration screen, minus passwords (they are keys only)."""
    return {
        "newsletter_desk_settings": FORMAT_VERSION,
        "smtp_profiles": [dataclasses.asdict(p) for p in repo.list_profiles()],
        "bounce_mailbox": dataclasses.asdict(repo.load_mailbox()),
        "bounce_settings": dataclasses.asdict(repo.load_setting(BounceSettings)),
        "exclusion_policy": dataclasses.asdict(repo.load_setting(ExclusionPolicy)),
        "footers": dataclasses.asdict(repo.load_setting(Footers)),
        "check_settings": dataclasses.asdict(repo.load_setting(CheckSettings)),
        "complaint_guard": dataclasses.asdict(repo.load_setting(ComplaintGuard)),
        "unsubscribe_service": dataclasses.asdict(repo.load_setting(UnsubscribeService)),
        "bounce_codes": [dataclasses.asdict(r) for r in repo.load_bounce_codes()],
    }


def write_file(path: Path) -> None:
    data = export_settings()
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path.write_text(tomli_w.dumps(data), encoding="utf-8")


def read_file(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    try:
        is_json = path.suffix.lower() == ".json"
        data: dict[str, Any] = json.loads(text) if is_json else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path} is not a settings file: {exc}") from None
    if "newsletter_desk_settings" not in data:
        raise ConfigError(f"{path} is not a Newsletter Desk settings export.")
    return data


def _is_secret_key(key: object) -> bool:
    return isinstance(key, str) and ("password" in key.lower() or key.lower() == "secret")


def ignored_secrets(data: dict[str, Any]) -> list[str]:
    """Where the file holds a password, which the import leaves out, in the user's words.

    A settings file is plain text that gets mailed and copied around; a password read from it
    would also have to be written somewhere, and passwords live only in the system keyring.
    """
    found: list[str] = []
    for entry in data.get("smtp_profiles", []) or []:
        if isinstance(entry, dict) and any(_is_secret_key(k) for k in entry):
            found.append(f"SMTP profile “{entry.get('name', '?')}”")
    mailbox = data.get("bounce_mailbox")
    if isinstance(mailbox, dict) and any(_is_secret_key(k) for k in mailbox):
        found.append("the bounce mailbox")
    if any(_is_secret_key(k) for k in data):
        found.append("the file's top level")
    return found


def secrets_note(places: list[str]) -> str:
    if not places:
        return ""
    return (f"ignored the password given for {', '.join(places)}: passwords are never read "
            "from a settings file (it is plain text; they are kept only in the system "
            "keyring). Enter it in the window (SMTP profiles / Bounce mailbox), or give it to "
            "run-jobs with --password-env / --mailbox-password-env.")


def _default(f: Any) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return ""  # the fields without a default are names


def _type_error(value: Any, like: Any) -> str | None:
    """Why ``value`` (read from the file) cannot stand where ``like`` (the default) does."""
    if isinstance(like, bool):
        return None if isinstance(value, bool) else "Say true or false."
    if isinstance(like, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "Enter a whole number."
    if isinstance(like, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else "Enter a number."
    if isinstance(like, str):
        return None if isinstance(value, str) else "Enter a text."
    if isinstance(like, tuple):
        return None if isinstance(value, list | tuple) else "Enter a list."
    return None


def _pace_setting(entry: Any, where: str) -> ProviderPaceSetting:
    if not isinstance(entry, dict) or not isinstance(entry.get("provider"), str):
        raise ConfigError(f"{where}, field provider_paces: each entry needs a provider and "
                          "its four figures.", field="provider_paces")
    figures: dict[str, int] = {}
    for f in dataclasses.fields(ProviderPace):
        value: Any = entry.get(f.name)
        if problem := _type_error(value, 0):
            raise ConfigError(f"{where}, field provider_paces.{entry['provider']}.{f.name}: "
                              f"{problem}", field="provider_paces")
        figures[f.name] = value
    return ProviderPaceSetting(entry["provider"], **figures)


def _read(cls: type[Any], data: Any, where: str) -> Any:
    """The settings object in ``data``: a value of the wrong kind (text for a number, a
    missing figure) is refused with its field named, never a traceback; unknown keys (a
    newer export's) are ignored."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a table of settings.")
    checked: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if problem := _type_error(value, _default(f)):
            raise ConfigError(f"{where}, field {f.name}: {problem}", field=f.name)
        if f.name == "provider_paces":
            value = tuple(_pace_setting(entry, where) for entry in value)
        checked[f.name] = value
    return cls(**checked)


def _checked(obj: Any, where: str) -> Any:
    errors = obj.validate()
    if errors:
        name, message = next(iter(errors.items()))
        raise ConfigError(f"{where}, field {name}: {message}", field=name)
    return obj


def import_settings(data: dict[str, Any]) -> list[str]:
    """Validate everything first, then write; returns what was imported, for the user."""
    profiles = []
    for entry in data.get("smtp_profiles", []):
        where = f"SMTP profile {entry.get('name', '?') if isinstance(entry, dict) else '?'}"
        profiles.append(_checked(_read(SmtpProfile, entry, where), where))
    singles: list[Any] = []
    for key, cls in (
        ("bounce_mailbox", BounceMailbox),
        ("bounce_settings", BounceSettings),
        ("exclusion_policy", ExclusionPolicy),
        ("footers", Footers),
        ("check_settings", CheckSettings),
        ("complaint_guard", ComplaintGuard),
        ("unsubscribe_service", UnsubscribeService),
    ):
        if key in data:
            obj = _read(cls, data[key], key.replace("_", " "))
            # An unconfigured mailbox exports with empty fields; importing it must not fail.
            if not isinstance(obj, BounceMailbox) or obj.host:
                _checked(obj, key.replace("_", " "))
            singles.append(obj)
    table = None
    if "bounce_codes" in data:
        table = BounceCodeTable.from_rows(BounceCode(**row) for row in data["bounce_codes"])
    done: list[str] = []
    for profile in profiles:
        existing = repo.get_profile(profile.name)
        if existing is not None:
            profile = dataclasses.replace(profile, key=existing.key)
        repo.save_profile(profile)
        done.append(f"SMTP profile “{profile.name}”")
    for obj in singles:
        if isinstance(obj, BounceMailbox):
            repo.save_mailbox(obj)
        else:
            repo.save_setting(obj)
        done.append(type(obj).__name__)
    if table is not None:
        repo.save_bounce_codes(table)
        done.append(f"{len(table)} bounce codes")
    return done
