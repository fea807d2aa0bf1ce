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
    SmtpProfile,
    UnsubscribeService,
    from_mapping,
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


def _checked(obj: Any, where: str) -> Any:
    errors = obj.validate()
    if errors:
        name, message = next(iter(errors.items()))
        raise ConfigError(f"{where}, field {name}: {message}", field=name)
    return obj


def import_settings(data: dict[str, Any]) -> list[str]:
    """Validate everything first, then write; returns what was imported, for the user."""
    profiles = [
        _checked(from_mapping(SmtpProfile, p), f"SMTP profile {p.get('name', '?')}")
        for p in data.get("smtp_profiles", [])
    ]
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
            obj = from_mapping(cls, data[key])
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
