"""One transaction around several storage calls, for the jobs that must commit them together.

The sender commits an outcome, the quota it took and the next item's ``sending`` mark at
once; the collector commits a chunk of bounces before anything leaves the mailbox. Nested,
a transaction becomes a savepoint, so a storage function with its own may run inside one.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from engine.storage.db import database


def transaction() -> AbstractContextManager[object]:
    """Commit everything done inside the ``with`` block, or nothing of it."""
    atomic: AbstractContextManager[object] = database.atomic()
    return atomic
