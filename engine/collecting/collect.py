"""One collection run: read, classify once, record per chunk, then delete or move.

The order is what makes a crash harmless: a chunk's messages are recorded in one transaction,
and only after it committed are they deleted (or moved). A run cut off at any point leaves
every unrecorded message in the mailbox; the next run finds the recorded ones by their
identity (``identity.content_hash``), does not count them again, and finishes removing them.
A failed connection or login is tried again ``retry_count`` times, waiting longer each time.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from engine.bounces.codes import BounceCodeTable
from engine.clock import Clock
from engine.collecting.identity import identify
from engine.collecting.mailbox_thread import MailboxThread
from engine.collecting.reading import (
    Outcome,
    Pending,
    PoolReader,
    Reader,
    classify_one,
    open_reader,
)
from engine.collecting.record import Disposition, Incoming, Rules, disposition_of, record_chunk
from engine.collecting.report import BUCKETS, CollectReport
from engine.collecting.sources import Fetched, FinishCounts, MessageSource
from engine.errors import AuthError, MailboxError, error_note
from engine.jobs import Cancelled, CancelToken, Progress
from engine.notes import Note
from engine.storage import bounces as store
from engine.storage import runners
from engine.storage.transactions import transaction

CHUNK_SIZE = 250
MAX_BACKOFF_SECONDS = 300.0


def backoff_seconds(attempt: int, base: float = 5.0) -> float:
    """How long to wait before attempt ``attempt + 1``: 5 s, 10 s, 20 s … at most 5 minutes."""
    return min(MAX_BACKOFF_SECONDS, base * 2.0 ** (attempt - 1))


@dataclass
class _Prepared:
    """A fetched chunk, its identities, and the classifications started for it ahead of time
    (``ahead[identity]`` is the index of its result in ``pending()``)."""

    chunk: list[Fetched]
    identities: list[tuple[str, str]]  # (content hash, Message-ID)
    ahead: dict[str, int] = field(default_factory=dict)
    pending: Pending | None = None


def _one_ahead(items: Iterator[_Prepared]) -> Iterator[_Prepared]:
    """Each item only once the next one was made: the next chunk is classified in the pool
    while this one is recorded (two ahead measured no faster)."""
    previous: _Prepared | None = None
    for item in items:
        if previous is not None:
            yield previous
        previous = item
    if previous is not None:
        yield previous


def _bucket(decided: Disposition, inc: Incoming) -> str:
    """The report bucket of a message recorded (or kept) now."""
    if decided == "processed":
        return "recorded"
    if decided == "other":
        return "others_recorded"
    if decided == "review":
        return "needs_review"
    # kept in the mailbox: unreadable when it could not be classified at all, otherwise
    # read but not understood (kept for review)
    return "unreadable" if inc.result is None else "not_understood"


class Collection:
    """The state of one run across connection attempts (so a retry never counts twice)."""

    def __init__(self, rules: Rules, table: BounceCodeTable, clock: Clock, token: CancelToken,
                 run_id: int | None, chunk_size: int, workers: int | None = None) -> None:
        self.rules = rules
        self.table = table
        self.clock = clock
        self.token = token
        self.run_id = run_id
        self.chunk_size = chunk_size
        self.workers = workers
        self.reader: Reader | None = None
        self.report = CollectReport()
        self.seen: set[str] = set()  # identities read in this run, over every attempt
        # Per message (its source ref), over every attempt, so a message read again after a
        # cut line is still one message: its bucket (report.BUCKETS), what was decided, and
        # what the mailbox did with it (POP3's only once its QUIT made the deletions real).
        self.bucket_of: dict[Any, str] = {}
        self.decided: dict[Any, Disposition] = {}
        self.removed: dict[Any, str] = {}
        self._attempt_removed: dict[Any, str] = {}

    def drain(self, source: MessageSource) -> Generator[Progress, None, None]:
        total = source.total()
        done = 0
        yield Progress(0, total, note=Note("reading_source", {"source": source.label}))
        if self.reader is None:
            self.reader = open_reader(self.table, messages=total, workers=self.workers,
                                      own=self.rules.own_addresses)
        reader = self.reader
        mailbox = MailboxThread(source, self.chunk_size, self.token)
        try:
            with mailbox:
                prepared = (self.prepare(reader, chunk) for chunk in mailbox.chunks())
                for item in _one_ahead(prepared) if isinstance(reader, PoolReader) else prepared:
                    self.token.check()
                    self.handle(mailbox, item)
                    done += len(item.chunk)
                    read = {"done": done} if total is None else {"done": done, "total": total}
                    yield Progress(done, total, note=Note("messages_read", read))
                mailbox.finished()
        finally:
            # also when cut short: what was removed before is part of the report
            for processed, others, review, counts in mailbox.done_so_far():
                self._note_removals(processed, others, review, counts)

    def _note_removals(self, processed: Sequence[Any], others: Sequence[Any],
                       review: Sequence[Any], counts: FinishCounts) -> None:
        # a source removes a list all or nothing (sources.FinishCounts)
        if counts.moved:
            self._attempt_removed.update(dict.fromkeys(processed, "moved"))
        elif counts.deleted:
            self._attempt_removed.update(dict.fromkeys(processed, "deleted"))
        elif processed and counts.left_marked_deleted:
            self._attempt_removed.update(dict.fromkeys(processed, "marked"))
        if counts.others_moved:
            self._attempt_removed.update(dict.fromkeys(others, "others_moved"))
        if counts.review_moved:
            self._attempt_removed.update(dict.fromkeys(review, "review_moved"))

    def settle_removals(self, source: MessageSource, *, committed: bool) -> None:
        """The attempt is over: its removals count unless they waited for a commit (POP3's
        QUIT) that did not happen, in which case the server kept the messages."""
        if committed or not getattr(source, "removals_need_commit", False):
            self.removed.update(self._attempt_removed)
        self._attempt_removed = {}
        self.count()

    def count(self) -> None:
        """The report's message counts, from what is known of each message."""
        report = self.report
        report.messages_read = len(self.bucket_of)
        for name in BUCKETS:
            setattr(report, name, 0)
        for bucket in self.bucket_of.values():
            setattr(report, bucket, getattr(report, bucket) + 1)
        how = list(self.removed.values())
        report.deleted, report.moved = how.count("deleted"), how.count("moved")
        report.non_bounces_moved = how.count("others_moved")
        report.review_moved = how.count("review_moved")
        report.left_marked_deleted = how.count("marked")
        report.left_in_place = (report.messages_read - report.deleted - report.moved
                                - report.non_bounces_moved - report.review_moved)
        report.non_bounces_left = sum(
            1 for ref, d in self.decided.items()
            if d == "other" and self.removed.get(ref) in (None, "marked"))

    def prepare(self, reader: Reader, chunk: list[Fetched]) -> _Prepared:
        """Identify the chunk's messages; with a pool, start classifying the new ones.

        Done before the chunk ahead of it is recorded, so what is new is a guess here
        (``handle`` decides); a guess that missed is classified in ``handle``.
        """
        item = _Prepared(chunk, [identify(raw) for _ref, raw in chunk])
        if not isinstance(reader, PoolReader):
            return item  # classified in handle, only what is new
        recorded = store.recorded_kinds(h for h, _mid in item.identities)
        raws: list[bytes] = []
        for (_ref, raw), (identity, _mid) in zip(chunk, item.identities, strict=True):
            if identity in recorded or identity in self.seen or identity in item.ahead:
                continue
            item.ahead[identity] = len(raws)
            raws.append(raw)
        item.pending = reader.start(raws)
        return item

    def handle(self, mailbox: MailboxThread, item: _Prepared) -> None:
        chunk, identities = item.chunk, item.identities
        known = store.recorded_kinds(h for h, _mid in identities)
        outcomes = item.pending() if item.pending is not None else []
        part = CollectReport()
        incoming: list[Incoming] = []
        first_of: dict[str, int] = {}
        later: list[tuple[Any, str]] = []  # (ref, hash) of a copy of a message in this chunk
        settled: list[tuple[Any, Disposition]] = []
        buckets: dict[Any, str] = {}  # given once the chunk committed
        for (ref, raw), (identity, mid) in zip(chunk, identities, strict=True):
            if ref not in self.bucket_of:  # (else read in an earlier attempt: counted then)
                if identity in self.seen or identity in first_of:
                    buckets[ref] = "copies"
                elif identity in known:
                    buckets[ref] = "already_recorded"
            self.seen.add(identity)
            if identity in known:
                settled.append((ref, disposition_of(known[identity])))
            elif identity in first_of:
                later.append((ref, identity))
            else:
                first_of[identity] = len(incoming)
                slot = item.ahead.get(identity)
                outcome = outcomes[slot] if slot is not None else classify_one(
                    raw, self.table, self.rules.own_addresses)
                incoming.append(self.read(ref, raw, identity, mid, outcome))
        self.token.check()
        with transaction():
            decided = record_chunk(incoming, self.rules, run_id=self.run_id,
                                   source=mailbox.source.label, now=self.clock.now(),
                                   report=part)
        # committed: only now may anything leave the mailbox
        settled.extend((inc.ref, decided[i]) for i, inc in enumerate(incoming))
        settled.extend((ref, decided[first_of[identity]]) for ref, identity in later)
        for i, inc in enumerate(incoming):
            buckets.setdefault(inc.ref, _bucket(decided[i], inc))
        for ref, bucket in buckets.items():
            self.bucket_of.setdefault(ref, bucket)
        self.decided.update(settled)
        processed = [ref for ref, d in settled if d == "processed"]
        others = [ref for ref, d in settled if d == "other"]
        review = [ref for ref, d in settled if d == "review"]  # moved, if a folder is named
        mailbox.finish(processed, others, review)
        self.report.merge(part)
        self.count()

    @staticmethod
    def read(ref: Any, raw: bytes, identity: str, mid: str, outcome: Outcome) -> Incoming:
        result, error = outcome
        return Incoming(ref, raw, identity, mid, result, error)

    def close(self) -> None:
        reader, self.reader = self.reader, None
        if reader is not None:
            reader.close()

    def wait(self, seconds: float) -> None:
        """Sleep on the clock in short steps, so Cancel is honoured during a backoff."""
        left = seconds
        while left > 0:
            self.token.check()
            step = min(1.0, left)
            self.clock.sleep(step)
            left -= step


def collect(
    open_source: Callable[[], MessageSource],
    *,
    rules: Rules,
    table: BounceCodeTable,
    clock: Clock,
    token: CancelToken,
    retry_count: int = 3,
    runner: str = "",
    chunk_size: int = CHUNK_SIZE,
    workers: int | None = None,
    run_id: int | None = None,
) -> Generator[Progress, None, CollectReport]:
    """Run one collection from a fresh source per attempt; returns (and stores) the report.

    After the last failed attempt the run is stored as failed and the error re-raised.
    ``workers``: processes that classify a large run (``reading.open_reader``); 0 keeps
    everything in this process. ``run_id``: the scheduler's record of this run; without one
    (the CLI, "Collect now") the collection opens and closes its own.
    """
    own_run = run_id is None
    if run_id is None:
        run_id = store.start_run(runner=runner, at=clock.now())
    run = Collection(rules, table, clock, token, run_id, chunk_size, workers)
    report = run.report
    state, error = "ok", None
    try:
        attempt = 0
        while True:
            attempt += 1
            report.connection_attempts = attempt
            source = open_source()
            report.source = source.label
            committed = False
            try:
                source.open()
                yield from run.drain(source)
                commit = getattr(source, "commit", None)
                if commit is not None:
                    commit()
                committed = True
                break
            except (MailboxError, AuthError) as exc:
                if attempt > retry_count:
                    raise
                wait = backoff_seconds(attempt)
                failed = error_note(exc, "retrying")
                yield Progress(0, None, note=Note(failed.code, {
                    **failed.params, "wait": wait, "attempt": attempt + 1,
                    "attempts": retry_count + 1}))
                run.wait(wait)
            finally:
                source.close()
                run.settle_removals(source, committed=committed)
                for note in getattr(source, "notes", []):
                    if note not in report.notes:  # said once per run, not once per attempt
                        report.notes.append(note)
        report.errors.extend(getattr(source, "unreadable", []))
        return report
    except (Cancelled, GeneratorExit):
        state, error = "cancelled", Note("stopped_by_user")
        raise
    except BaseException as exc:
        # The run's error (its note) says why it failed; the report keeps what it did.
        state, error = "failed", error_note(exc)
        raise
    finally:
        run.close()
        if own_run:
            store.finish_run(run_id, state=state, summary=report.as_dict(), error=error,
                             at=clock.now())
        elif state != "ok":
            # the scheduler records how the run ended; what it did before is told here
            runners.save_summary(run_id, report.as_dict())
