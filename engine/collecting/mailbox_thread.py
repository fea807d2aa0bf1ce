"""The mailbox's own thread: it reads the next chunk and removes the last committed one while
the collector classifies and records.

Reading a chunk and removing one (STORE + EXPUNGE, or MOVE) are mostly waiting on the server:
done in the collector's thread they left it idle for a quarter of a run. Every call on the
source — reading, removing, and nothing else — is made in this one thread, in the order asked
(a mail connection is not safe to share between threads), so a removal still happens only
after the collector asked for it, that is, after its chunk committed.

Every call on the source runs in that one thread, so the failure that happened first is the
first one the thread saw: it is kept, and whatever the collector is waiting for when it learns
of a failure, that first one is what it raises (a read cut off makes the removal queued behind
it fail too, on the dead connection; the cut read is what happened).

The collector waits for a chunk or for the removals at the end in short steps, so a Cancel is
seen within a fraction of a second even while the server is silent. Leaving early (Cancel, an
error) reads nothing more but gives the removals already asked for — of messages already
recorded — a few seconds to finish, so a cancelled run leaves behind only what it did not
record; a server that does not answer by then is hung up on, which ends a blocked read at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from engine.collecting.sources import Fetched, FinishCounts, MessageSource
from engine.jobs import CancelToken

POLL_SECONDS = 0.1
REMOVAL_GRACE_SECONDS = 5.0


class MailboxThread:
    """Reads ``source`` one chunk ahead and removes recorded messages behind, in one thread.

    Use as a context manager: leaving it waits for the thread, so the source is free for the
    caller to close or commit.
    """

    def __init__(self, source: MessageSource, chunk_size: int, token: CancelToken) -> None:
        self.source = source
        self.token = token
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mailbox")
        self._reader = source.chunks(chunk_size)
        self._next: deque[Future[list[Fetched] | None]] = deque()
        self._removals: list[tuple[Sequence[Any], Sequence[Any], Sequence[Any],
                                 Future[FinishCounts]]] = []
        self._stopping = False
        self._failure: BaseException | None = None  # the first call on the source that failed

    def __enter__(self) -> MailboxThread:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_rest: object) -> None:
        self._stopping = True  # reads not started yet return nothing
        if kind is not None:
            _done, late = wait([f for *_refs, f in self._removals],
                               timeout=REMOVAL_GRACE_SECONDS)
            if late or not all(read.done() for read in self._next):
                self.source.hang_up()  # what is left is waiting on a silent server
        self._executor.shutdown(wait=True)

    def chunks(self) -> Iterator[list[Fetched]]:
        """The source's chunks; the next one is read while the caller works on this one."""
        self._next.append(self._submit(self._read))
        while self._next:
            self._wait(self._next[0])  # (left in place, so leaving now sees it pending)
            future = self._next.popleft()
            self._raise_first_failure()  # a removal before this read, or this read
            chunk = future.result()
            if chunk is None:
                return
            self._next.append(self._submit(self._read))
            yield chunk

    def finish(self, processed: Sequence[Any], others: Sequence[Any],
               review: Sequence[Any] = ()) -> None:
        """Ask for recorded messages to be removed (after the chunk read now)."""
        # (review only when there is some: a source without folders need not take it)
        args = (processed, others, review) if review else (processed, others)
        self._removals.append((processed, others, review,
                               self._submit(self.source.finish, *args)))

    def finished(self) -> None:
        """Wait for every removal asked for; the first call that failed raises its error."""
        for *_refs, future in self._removals:
            self._wait(future)
        self._raise_first_failure()

    def done_so_far(self) -> list[tuple[Sequence[Any], Sequence[Any], Sequence[Any],
                                        FinishCounts]]:
        """``(processed, others, review, counts)`` of each removal that succeeded (also for
        the report of a run cut short)."""
        return [(p, o, r, f.result()) for p, o, r, f in self._removals
                if f.done() and f.exception() is None]

    def _submit(self, call: Callable[..., Any], *args: Any) -> Future[Any]:
        return self._executor.submit(self._noting_failure, call, *args)

    def _noting_failure(self, call: Callable[..., Any], *args: Any) -> Any:
        try:
            return call(*args)
        except BaseException as exc:
            # one thread runs every call, in order: the first to fail here failed first
            if self._failure is None:
                self._failure = exc
            raise

    def _read(self) -> list[Fetched] | None:
        if self._stopping:
            return None
        return next(self._reader, None)

    def _wait(self, future: Future[Any]) -> None:
        while not future.done():
            self.token.check()
            wait([future], timeout=POLL_SECONDS)

    def _raise_first_failure(self) -> None:
        if self._failure is not None:
            raise self._failure
