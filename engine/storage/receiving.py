"""The receiving provider each recipient domain's MX named, remembered between runs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from engine.storage.models import ReceivingDomain
from engine.storage.transactions import transaction


@dataclass(frozen=True)
class CachedDomain:
    provider: str
    looked_up_at: datetime
    failed: bool


def cached(domains: Iterable[str]) -> dict[str, CachedDomain]:
    wanted = list(domains)
    found: dict[str, CachedDomain] = {}
    # in chunks: SQLite caps the parameters of one statement
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in ReceivingDomain.select().where(ReceivingDomain.domain.in_(chunk)):
            found[row.domain] = CachedDomain(row.provider, row.looked_up_at, row.failed)
    return found


def remember(domain: str, provider: str, now: datetime, *, failed: bool) -> None:
    with transaction():
        (ReceivingDomain
         .insert(domain=domain, provider=provider, looked_up_at=now, failed=failed)
         .on_conflict(conflict_target=[ReceivingDomain.domain],
                      update={ReceivingDomain.provider: provider,
                              ReceivingDomain.looked_up_at: now,
                              ReceivingDomain.failed: failed})
         .execute())
