"""Where the desktop is in pulling the unsubscribe service's requests: the highest request id
applied, and what the service last said about its oldest request not yet acknowledged (the
Jobs page's 48-hour clock). One small JSON setting row: no schema change needed."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from engine.storage.db import database
from engine.storage.models import Setting

_KEY = "unsubscribe_service_pull"


@dataclass(frozen=True)
class PullState:
    last_id: int = 0
    # naive UTC, as the database stores times; None when nothing waits on the service
    oldest_unacknowledged: datetime | None = None
    last_pulled_at: datetime | None = None


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def load_pull_state() -> PullState:
    record = Setting.get_or_none(Setting.key == _KEY)
    if record is None:
        return PullState()
    data = json.loads(record.value)
    return PullState(int(data.get("last_id", 0)), _time(data.get("oldest_unacknowledged")),
                     _time(data.get("last_pulled_at")))


def save_pull_state(state: PullState) -> None:
    value = json.dumps({k: (v.isoformat() if isinstance(v, datetime) else v)
                        for k, v in asdict(state).items()}, sort_keys=True)
    with database.atomic():
        if not Setting.update(value=value).where(Setting.key == _KEY).execute():
            Setting.create(key=_KEY, value=value)
