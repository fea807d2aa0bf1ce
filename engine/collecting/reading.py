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
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from engine.bounces.classify import classify
from engine.bounces.codes import BounceCodeTable
from engine.bounces.result import Classification
from engine.errors import ClassifyError

# A result: the classification, or None and why not ("... ; left in place").
Outcome = tuple[Classification | None, str]
Pending = Callable[[], list[Outcome]]

# Below this many messages a pool costs more to start (~0.1 s) than it saves.
log = logging.getLogger(__name__)

POOL_MIN_MESSAGES = 500
MAX_WORKERS = 4


def classify_one(raw: bytes, table: BounceCodeTable) -> Outcome:
    """One message's classification; a message that cannot be read never raises."""
    try:
        return classify(raw, table), ""
    except ClassifyError as exc:
        return None, f"{exc}; left in place"
    except Exception as exc:  # noqa: BLE001 - one odd message must not stop every run
        return None, f"could not be classified ({exc!r}); left in place"


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

    def __init__(self, table: BounceCodeTable) -> None:
        self.table = table

    def start(self, raws: Sequence[bytes]) -> Pending:
        table = self.table
        return lambda: [classify_one(raw, table) for raw in raws]

    def close(self) -> None:
        return None


# --- the worker side: module-level, so a spawned process can import it -------------------

_worker_table: BounceCodeTable | None = None


def _init_worker(table: BounceCodeTable) -> None:
    global _worker_table
    _worker_table = table


def _classify_batch(raws: list[bytes]) -> list[Outcome]:
    table = _worker_table or BounceCodeTable.default()
    return [classify_one(raw, table) for raw in raws]


class PoolReader:
    """Classifies in ``workers`` processes; ``start`` returns at once.

    A chunk is split into one batch per worker, so every worker has a share of it while this
    process records the chunk before. If the pool breaks (a worker killed), the messages are
    classified here instead, and so is everything after.
    """

    def __init__(self, table: BounceCodeTable, workers: int) -> None:
        self.table = table
        self.workers = workers
        self.inline = InlineReader(table)
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(table,),
        )
        # Workers start on the first task; start them now, while the first chunk downloads.
        for _ in range(workers):
            self.pool.submit(_classify_batch, [])

    def start(self, raws: Sequence[bytes]) -> Pending:
        pool = self.pool
        if pool is None or not raws:
            return self.inline.start(raws)
        size = -(-len(raws) // self.workers)
        batches = [list(raws[i:i + size]) for i in range(0, len(raws), size)]
        try:
            futures = [pool.submit(_classify_batch, batch) for batch in batches]
        except (BrokenProcessPool, RuntimeError):
            self._give_up()
            return self.inline.start(raws)
        return lambda: self._gather(futures, batches)

    def _gather(self, futures: list[Future[list[Outcome]]],
                batches: list[list[bytes]]) -> list[Outcome]:
        out: list[Outcome] = []
        for future, batch in zip(futures, batches, strict=True):
            try:
                out.extend(future.result())
            except BrokenProcessPool:
                self._give_up()
                out.extend(self.inline.start(batch)())
        return out

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


def open_reader(table: BounceCodeTable, *, messages: int | None, workers: int | None) -> Reader:
    """A pool for a run of at least ``POOL_MIN_MESSAGES`` (when known) and ``workers`` > 0
    (``None``: ``default_workers()``); otherwise, or when no pool can start, this process."""
    count = default_workers() if workers is None else workers
    if count <= 0 or messages is None or messages < POOL_MIN_MESSAGES:
        return InlineReader(table)
    try:
        return PoolReader(table, count)
    except (OSError, ValueError, NotImplementedError):
        return InlineReader(table)
