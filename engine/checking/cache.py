"""Check results kept for offline re-checks, with the time they were checked.

A JSON file in the data folder, not a table: the results are a disposable cache (a fresh check
replaces them, deleting the file loses nothing that cannot be looked up again), they are read
by ``check-sending --offline`` without opening the database, and a file needs no migration.
The file holds codes and parameters only, like the database."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from engine.checking.check import CheckResult
from engine.checking.report import Finding

FILE_NAME = "sending-checks.json"


def subject_key(profile_key: str, campaign: str = "") -> str:
    """What a result is about: a profile, or a profile with one campaign's sample."""
    return f"{profile_key}|{campaign}" if campaign else profile_key


class CheckCache:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> CheckResult | None:
        entry = self._load().get(key)
        if not isinstance(entry, dict):
            return None
        try:
            checked_at = datetime.fromisoformat(str(entry["checked_at"]))
            findings = tuple(Finding.from_json(f) for f in entry["findings"])
        except (KeyError, TypeError, ValueError):
            return None
        return CheckResult(checked_at, findings)

    def put(self, key: str, result: CheckResult) -> None:
        data = self._load()
        data[key] = {"checked_at": result.checked_at.isoformat(),
                     "findings": [f.to_json() for f in result.findings]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
