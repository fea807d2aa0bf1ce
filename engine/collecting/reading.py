"""Classifying the messages of a chunk: here, or in a few worker processes while this one
records the chunk before.

Classification is most of a collection's work and needs nothing but the raw bytes and the
code table, so a large run hands it to a small pool of processes (started fresh, "spawn", on
every platform: forking a process that runs Qt threads is unsafe). The pool only ever
receives raw bytes and gives back ``Classification`` objects or the words of an error;
every database write and every deletion stays in the collecting process, in the same order
as without a pool. Small runs, and any run where a pool cannot start or breaks, classify
here; both ways give the same results, message for message.

A program frozen with PyInstaller must call ``multiprocessing.freeze_support()`` first thing
(``desktop.launcher.main`` does), or each worker would start the program again.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from engine.bounces.classify import classify
from engine.bounces.codes import BounceCodeTable
from engine.bounces.result import Classification
from engine.errors import ClassifyError
from engine.notes import Note

# A result: the classification, or None and why not (a note: it is stored in the report).
Outcome = tuple[Classification | None, Note | None]
Pending = Callable[[], list[Outcome]]

# Below this many messages a pool costs more to start (~0.1 s) than it saves.
log = logging.getLogger(__name__)

POOL_MIN_MESSAGES = 500
MAX_WORKERS = 4
# Messages per task: small, so that what is left when this process has taken back the
# untouched tasks is a few milliseconds of a worker's time.
BATCH_SIZE = 8


def classify_one(raw: bytes, table: BounceCodeTable,
                 own: frozenset[str] = frozenset()) -> Outcome:
    """One message's classification; a message that cannot be read never raises. ``own``:
    our addresses (``Rules.own_addresses``), never a failed recipient."""
    try:
        return classify(raw, table, own=own), None
    except ClassifyError as exc:
        return None, exc.note()
    except Exception as exc:  # noqa: BLE001 - one odd message must not stop every run
        return None, Note("unclassifiable", {"type": type(exc).__name__, "detail": str(exc)})


def default_workers() -> int:
    """One worker per core but one, at most four: the collecting process itself (reading,
    recording, deleting) is the other half of the work and needs a core of its own; measured
    on two cores, a second worker slowed the run down. None on a single core."""
    cores = os.cpu_count() or 1
    return max(0, min(cores - 1, MAX_WORKERS))


class Reader(Protocol):
    def start(self, raws: Sequence[bytes]) -> Pending: ...

    def close(self) -> None: ...


class InlineReader:
    """Classifies in this process, when the results are asked for."""

    def __init__(self, table: BounceCodeTable, own: frozenset[str] = frozenset()) -> None:
        self.table = table
        self.own = own

    def start(self, raws: Sequence[bytes]) -> Pending:
        table, own = self.table, self.own
        return lambda: [classify_one(raw, table, own) for raw in raws]

    def close(self) -> None:
        return None


# --- the worker side: module-level, so a spawned process can import it -------------------

# Which batch each slot was last taken for, shared by this process and the workers: a batch
# is classified by whoever takes it first. (Future.cancel() would do, but on Python 3.11 a
# cancelled task left in the queue makes a pool that breaks hang instead of failing.)
Claims = tuple[Any, Any]  # (lock, array of batch numbers)
CLAIM_SLOTS = 1 << 14
CLAIM_TIMEOUT_SECONDS = 5.0

_worker_table: BounceCodeTable | None = None
_worker_claims: Claims | None = None
_worker_own: frozenset[str] = frozenset()


def take(claims: Claims, batch: int, timeout: float = -1) -> bool:
    """Take ``batch`` (numbered from 1) unless someone has; False also on a lock timeout."""
    lock, taken = claims
    if not lock.acquire(timeout=timeout):
        return False
    try:
        slot = batch % CLAIM_SLOTS
        if taken[slot] == batch:
            return False
        taken[slot] = batch
        return True
    finally:
        lock.release()


def _init_worker(table: BounceCodeTable, claims: Claims | None = None,
                 own: frozenset[str] = frozenset()) -> None:
    global _worker_table, _worker_claims, _worker_own
    _worker_table, _worker_claims, _worker_own = table, claims, own


def _classify_chunk(raws: list[bytes], first: int, batch_size: int) -> dict[int, list[Outcome]]:
    """A chunk's batches this worker took, numbered from ``first``: ``{number: outcomes}``.

    A whole chunk is one task, so a worker goes from batch to batch without waiting on the
    collecting process (whose threads that hand out tasks need its busy interpreter); it
    skips what another worker or the collecting process took.
    """
    table = _worker_table or BounceCodeTable.default()
    done: dict[int, list[Outcome]] = {}
    for index, start in enumerate(range(0, len(raws), batch_size)):
        number = first + index
        if _worker_claims is not None and not take(_worker_claims, number):
            continue
        done[number] = [classify_one(raw, table, _worker_own)
                        for raw in raws[start:start + batch_size]]
    return done


class PoolReader:
    """Classifies in ``workers`` processes; ``start`` returns at once.

    A chunk is handed to the pool in small numbered batches. When its results are asked for,
    this process takes the batches no worker has started, from the tail, and classifies them
    itself while the workers finish theirs: neither side waits for the other, whatever their
    speeds on a busy machine. If the pool breaks (a worker killed), the messages are
    classified here instead, and so is everything after.
    """

    def __init__(self, table: BounceCodeTable, workers: int,
                 own: frozenset[str] = frozenset()) -> None:
        self.table = table
        self.workers = workers
        self.inline = InlineReader(table, own)
        context = multiprocessing.get_context("spawn")
        self.claims: Claims = (context.Lock(), context.RawArray("q", CLAIM_SLOTS))
        self.batches = 0
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers, mp_context=context,
            initializer=_init_worker, initargs=(table, self.claims, own),
        )
        # Workers start on the first task; start them now, while the first chunk downloads.
        for _ in range(workers):
            self.pool.submit(_classify_chunk, [], 0, BATCH_SIZE)

    def start(self, raws: Sequence[bytes]) -> Pending:
        pool = self.pool
        if pool is None or not raws:
            return self.inline.start(raws)
        batches = [list(raws[i:i + BATCH_SIZE]) for i in range(0, len(raws), BATCH_SIZE)]
        first = self.batches + 1
        self.batches += len(batches)
        try:
            # one task per worker, each going through the whole chunk
            futures = [pool.submit(_classify_chunk, list(raws), first, BATCH_SIZE)
                       for _ in range(self.workers)]
        except (BrokenProcessPool, RuntimeError):
            self._give_up()
            return self.inline.start(raws)
        return lambda: self._gather(futures, first, batches)

    def _gather(self, futures: list[Future[dict[int, list[Outcome]]]], first: int,
                batches: list[list[bytes]]) -> list[Outcome]:
        """The outcomes of ``batches`` (numbered from ``first``), handed to ``futures``."""
        done: dict[int, list[Outcome]] = {}
        for index in range(len(batches) - 1, -1, -1):
            if not self._take(first + index):
                break  # a worker has it, and (taken in order) those before it
            done[first + index] = self.inline.start(batches[index])()
        for future in futures if len(done) < len(batches) else ():
            # (when this process took every batch, e.g. while the workers still start up,
            # their tasks come back empty: not waited for)
            try:
                done.update(future.result())
            except (BrokenProcessPool, CancelledError):
                # cancelled: the pool broke and was shut down while this chunk waited
                self._give_up()
        out: list[Outcome] = []
        for index, batch in enumerate(batches):
            outcomes = done.get(first + index)
            # missing only when a worker died with it: classified here
            out.extend(outcomes if outcomes is not None else self.inline.start(batch)())
        return out

    def _take(self, batch: int) -> bool:
        if self.pool is None:
            return True  # no pool any more: every batch not done is this process's
        if take(self.claims, batch, CLAIM_TIMEOUT_SECONDS):
            return True
        lock, taken = self.claims
        if taken[batch % CLAIM_SLOTS] != batch:
            # the lock was not released: a worker died holding it
            self._give_up()
            return True
        return False

    def _give_up(self) -> None:
        pool, self.pool = self.pool, None
        if pool is not None:
            # Still correct (this process classifies instead), but slower: say so.
            log.warning("the classification worker pool broke; classifying in this process")
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def open_reader(table: BounceCodeTable, *, messages: int | None, workers: int | None,
                own: frozenset[str] = frozenset()) -> Reader:
    """A pool for a run of at least ``POOL_MIN_MESSAGES`` (when known) and ``workers`` > 0
    (``None``: ``default_workers()``); otherwise, or when no pool can start, this process."""
    count = default_workers() if workers is None else workers
    if count <= 0 or messages is None or messages < POOL_MIN_MESSAGES:
        return InlineReader(table, own)
    try:
        return PoolReader(table, count, own)
    except (OSError, ValueError, NotImplementedError):
        return InlineReader(table, own)
