"""A profile's send counters: how many messages each period (a UTC day or hour) has taken.

Which periods and which limits apply is the sender's business (``engine.sending.limits``);
here the counts are read and moved. Moving one is a conditional UPDATE, so two runners
sharing the database can never together take a place above the limit.
"""

from __future__ import annotations

from collections.abc import Iterable

from engine.storage.db import database
from engine.storage.models import SendCounter
from engine.storage.rows import tuples


def counts(profile_id: int, periods: Iterable[str]) -> dict[str, int]:
    """The count of each period asked for that has one (a period never counted is absent)."""
    return dict(tuples(
        SendCounter.select(SendCounter.period, SendCounter.count)
        .where((SendCounter.profile == profile_id) & SendCounter.period.in_(list(periods)))
    ))


class Counters:
    """One profile's counters, for the sender's hot path; call inside the caller's transaction.

    Its UPDATEs are written once as SQL (peewee's query building costs more than the query).
    """

    def __init__(self, profile_id: int) -> None:
        self._profile_id = profile_id
        self._ready: set[str] = set()
        p = database.param
        table = SendCounter._meta.table_name
        self._take = (f"UPDATE {table} SET count = count + 1 "
                      f"WHERE profile_id = {p} AND period = {p} AND count < {p}")
        self._give = f"UPDATE {table} SET count = count - 1 WHERE profile_id = {p} AND period = {p}"

    def _ensure(self, period: str) -> None:
        if period not in self._ready:
            SendCounter.insert(profile=self._profile_id, period=period, count=0) \
                .on_conflict_ignore().execute()
            self._ready.add(period)

    def take(self, period: str, limit: int) -> bool:
        """Count one more message in ``period`` unless it already holds ``limit``."""
        self._ensure(period)
        cursor = database.execute_sql(self._take, (self._profile_id, period, limit))
        return bool(cursor.rowcount == 1)

    def give_back(self, period: str) -> None:
        database.execute_sql(self._give, (self._profile_id, period))
