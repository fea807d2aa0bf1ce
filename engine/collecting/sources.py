"""Where collected messages come from, and what happens to them once recorded.

A source reads messages in bounded chunks of ``(ref, raw bytes)`` and, after the collector
committed a chunk, ``finish`` deletes or moves the recorded ones and moves (or leaves) the
rest. Three sources: an IMAP folder (raw bytes fetched by UID through imaplib, so each message
is parsed once, by the classifier), a POP3 mailbox, and saved files (nothing is deleted).
Every network failure becomes a ``MailboxError`` in plain words, which the collector retries.
"""

from __future__ import annotations

import contextlib
import imaplib
import os
import poplib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from engine.bounces.sources import iter_messages
from engine.config import BounceMailbox
from engine.errors import MailboxError
from engine.network import Hangup
from engine.notes import Note, Param

Fetched = tuple[Any, bytes]
_FETCH_UID = re.compile(rb"\bUID (\d+)")
_LOST = (OSError, EOFError, imaplib.IMAP4.error, poplib.error_proto)


@dataclass(frozen=True)
class FinishCounts:
    deleted: int = 0
    moved: int = 0
    others_moved: int = 0
    # recorded and flagged \Deleted, not expunged: the server cannot expunge only ours
    left_marked_deleted: int = 0
    review_moved: int = 0


class MessageSource(Protocol):
    label: str

    def open(self) -> None: ...

    def total(self) -> int | None: ...

    def chunks(self, size: int) -> Iterator[list[Fetched]]: ...

    def finish(self, processed: Sequence[Any], others: Sequence[Any],
               review: Sequence[Any] = ()) -> FinishCounts: ...

    def hang_up(self) -> None:
        """End the connection at once, from any thread: a read blocked on it returns."""

    def close(self) -> None: ...


# What the collector was doing when a connection dropped: a note's ``doing``, and the words.
DOING = {
    "listing": "listing the messages",
    "reading": "reading messages",
    "removing": "removing recorded messages",
    "marking": "marking recorded messages for deletion",
    "finishing": "finishing",
}


def _lost(mailbox: BounceMailbox, doing: str, exc: BaseException) -> MailboxError:
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return MailboxError(
        f"The connection to {mailbox.host} was lost while {DOING[doing]} ({detail}). Nothing "
        "that was not recorded has been deleted; the next run carries on.",
        code="mailbox_lost", params={"host": mailbox.host, "doing": doing, "detail": detail})


def _uid_set(uids: Sequence[Any]) -> str:
    return ",".join(str(u) for u in uids)


class _Connection:
    def __init__(self, mailbox: BounceMailbox, password: str | None, *, timeout: float = 20.0,
                 hangup: Hangup | None = None) -> None:
        self.mailbox = mailbox
        self.password = password
        self.timeout = timeout
        self.hangup = hangup or Hangup()

    def hang_up(self) -> None:
        self.hangup.hang_up()


class ImapSource(_Connection):
    """The chosen IMAP folder, read by UID; BODY.PEEK keeps people's replies unread."""

    def __init__(self, mailbox: BounceMailbox, password: str | None, *, timeout: float = 20.0,
                 hangup: Hangup | None = None) -> None:
        super().__init__(mailbox, password, timeout=timeout, hangup=hangup)
        self.label = f"{mailbox.username}@{mailbox.host}/{mailbox.folder}"
        self._box: Any = None
        self._uids: list[bytes] = []
        self._capabilities: frozenset[str] = frozenset()
        self.notes: list[dict[str, Param]] = []  # said once per run, in the report

    @property
    def client(self) -> imaplib.IMAP4:
        if self._box is None:
            raise MailboxError("The mailbox is not open.", code="mailbox_not_open", params={})
        client: imaplib.IMAP4 = self._box.client
        return client

    def open(self) -> None:
        from engine.collecting.connect import open_imap

        self._box = open_imap(self.mailbox, self.password, timeout=self.timeout,
                              hangup=self.hangup)
        try:
            # Asked again after login: imaplib keeps the greeting's list, and servers
            # (Dovecot among them) name UIDPLUS and MOVE only to a logged-in client.
            typ, data = self.client.capability()
            said = data[-1] if typ == "OK" and data and isinstance(data[-1], bytes) else b""
            self._capabilities = frozenset(said.decode("ascii", "replace").upper().split())
            wanted = []
            if self.mailbox.processed_action == "move":
                wanted.append(self.mailbox.processed_folder.strip())
            if self.mailbox.non_bounce_action == "move":
                wanted.append(self.mailbox.non_bounce_folder.strip())
            wanted.append(self.mailbox.review_folder.strip())
            for folder in wanted:
                # MOVE into a folder that does not exist fails; the user named it, so make it.
                if folder and not self._box.folder.exists(folder):
                    self._box.folder.create(folder)
            # not those flagged \Deleted: ours left flagged where the server cannot expunge
            # only ours (read again, they would be moved or counted again), or another
            # client's, on their way out
            typ, data = self.client.uid("SEARCH", "UNDELETED")
            if typ != "OK":
                raise MailboxError(f"{self.mailbox.host} refused to list the messages: {data!r}",
                                   code="mailbox_refused_listing",
                                   params={"host": self.mailbox.host, "reply": repr(data)})
            self._uids = data[0].split() if data and data[0] else []
        except _LOST as exc:
            raise _lost(self.mailbox, "listing", exc) from None

    def total(self) -> int | None:
        return len(self._uids)

    def chunks(self, size: int) -> Iterator[list[Fetched]]:
        for start in range(0, len(self._uids), size):
            wanted = self._uids[start:start + size]
            try:
                typ, data = self.client.uid("FETCH", _uid_set([u.decode() for u in wanted]),
                                            "(BODY.PEEK[])")
            except _LOST as exc:
                raise _lost(self.mailbox, "reading", exc) from None
            if typ != "OK":
                raise MailboxError(f"{self.mailbox.host} refused to send messages: {data!r}",
                                   code="mailbox_refused_fetching",
                                   params={"host": self.mailbox.host, "reply": repr(data)})
            found: list[Fetched] = []
            for part in data:
                if isinstance(part, tuple) and (match := _FETCH_UID.search(part[0])):
                    found.append((int(match.group(1)), part[1]))
            yield found

    def finish(self, processed: Sequence[Any], others: Sequence[Any],
               review: Sequence[Any] = ()) -> FinishCounts:
        mailbox = self.mailbox
        moved = deleted = others_moved = flagged = review_moved = 0
        try:
            if processed:
                if mailbox.processed_action == "move":
                    flagged = self._move(processed, mailbox.processed_folder.strip())
                    moved = len(processed)
                else:
                    flagged = self._delete(processed)
                    deleted = len(processed) - flagged
            if others and mailbox.non_bounce_action == "move":
                # (a message copied there but left flagged here is still "moved": it is in
                # the folder named, and the copy here is marked deleted)
                flagged += self._move(others, mailbox.non_bounce_folder.strip())
                others_moved = len(others)
            if review and mailbox.review_folder.strip():
                flagged += self._move(review, mailbox.review_folder.strip())
                review_moved = len(review)
        except _LOST as exc:
            raise _lost(mailbox, "removing", exc) from None
        return FinishCounts(deleted, moved, others_moved, left_marked_deleted=flagged,
                            review_moved=review_moved)

    def _capable(self, name: str) -> bool:
        return name in self._capabilities

    def _delete(self, uids: Sequence[Any]) -> int:
        """Flag and expunge these messages, and only these; returns how many were left
        flagged because the server could not expunge them alone."""
        client = self.client
        client.uid("STORE", _uid_set(uids), "+FLAGS.SILENT", r"(\Deleted)")
        if self._capable("UIDPLUS"):
            # only these messages: a plain EXPUNGE would also remove what a person's mail
            # program marked deleted in the same folder
            client.uid("EXPUNGE", _uid_set(uids))
            return 0
        # A plain EXPUNGE removes every message flagged \Deleted: only when every one of them
        # is ours. (Another program flagging one between this SEARCH and the EXPUNGE is the
        # one case left; a server with UIDPLUS, nearly all today, never takes this path.)
        typ, data = client.uid("SEARCH", "DELETED")
        flagged = set(data[0].split()) if typ == "OK" and data and data[0] else set()
        if typ == "OK" and flagged <= {str(u).encode() for u in uids}:
            client.expunge()
            return 0
        self._note(Note("only_marked_deleted",
                        {"host": self.mailbox.host, "folder": self.mailbox.folder}))
        return len(uids)

    def _note(self, found: Note) -> None:
        if found.as_dict() not in self.notes:
            self.notes.append(found.as_dict())

    def _move(self, uids: Sequence[Any], folder: str) -> int:
        """Move these messages to ``folder``; returns how many copies were left flagged
        here (``_delete``)."""
        from imap_tools.imap_utf7 import utf7_encode

        client = self.client
        target = '"' + utf7_encode(folder).decode().replace("\\", "\\\\").replace('"', '\\"') + '"'
        left = 0
        if self._capable("MOVE"):
            typ, data = client.uid("MOVE", _uid_set(uids), target)
        else:
            typ, data = client.uid("COPY", _uid_set(uids), target)
            if typ == "OK":
                left = self._delete(uids)
        if typ != "OK":
            raise MailboxError(f"{self.mailbox.host} refused to move messages to “{folder}”: "
                               f"{data!r}", code="mailbox_refused_moving",
                               params={"host": self.mailbox.host, "folder": folder,
                                       "reply": repr(data)})
        return left

    def close(self) -> None:
        if self._box is not None:
            with contextlib.suppress(Exception):
                self._box.logout()
            with contextlib.suppress(Exception):
                self.client.shutdown()
            self._box = None
        self.hangup.release()


class Pop3Source(_Connection):
    """A POP3 mailbox: deletions (DELE) take effect only at a clean QUIT, by the protocol."""

    removals_need_commit = True

    def __init__(self, mailbox: BounceMailbox, password: str | None, *, timeout: float = 20.0,
                 hangup: Hangup | None = None) -> None:
        super().__init__(mailbox, password, timeout=timeout, hangup=hangup)
        self.label = f"{mailbox.username}@{mailbox.host} (POP3)"
        self._client: poplib.POP3 | None = None
        self._count = 0
        self.unreadable: list[dict[str, Param]] = []  # messages left on the server, as notes

    def open(self) -> None:
        from engine.collecting.connect import open_pop3

        self._client = open_pop3(self.mailbox, self.password, timeout=self.timeout,
                                 hangup=self.hangup)
        try:
            self._count, _size = self._client.stat()
        except _LOST as exc:
            raise _lost(self.mailbox, "listing", exc) from None

    def total(self) -> int | None:
        return self._count

    def chunks(self, size: int) -> Iterator[list[Fetched]]:
        client = self._client
        if client is None:
            raise MailboxError("The mailbox is not open.", code="mailbox_not_open", params={})
        for start in range(1, self._count + 1, size):
            found: list[Fetched] = []
            try:
                for number in range(start, min(start + size, self._count + 1)):
                    cut_before = getattr(client, "overlong", 0)
                    _resp, lines, _octets = client.retr(number)
                    if getattr(client, "overlong", 0) != cut_before:
                        self._skip(number)
                        continue
                    found.append((number, b"\r\n".join(lines) + b"\r\n"))
            except _LOST as exc:
                raise _lost(self.mailbox, "reading", exc) from None
            yield found

    def _skip(self, number: int) -> None:
        from engine.collecting.connect import POP3_MAX_LINE

        note = Note("line_too_long", {"ref": str(number),
                                      "megabytes": POP3_MAX_LINE // (1024 * 1024)}).as_dict()
        if note not in self.unreadable:  # (once, also when a retry reads it again)
            self.unreadable.append(note)

    def finish(self, processed: Sequence[Any], others: Sequence[Any],
               review: Sequence[Any] = ()) -> FinishCounts:
        client = self._client
        if client is None:
            raise MailboxError("The mailbox is not open.", code="mailbox_not_open", params={})
        try:
            for number in processed:
                client.dele(number)
        except _LOST as exc:
            raise _lost(self.mailbox, "marking", exc) from None
        return FinishCounts(deleted=len(processed))

    def commit(self) -> None:
        """QUIT, which makes the server delete what was marked."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.quit()
        except _LOST as exc:
            raise _lost(self.mailbox, "finishing", exc) from None

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            # without QUIT the server keeps every message: nothing half-done is lost
            with contextlib.suppress(Exception):
                client.close()
        self.hangup.release()


class FileSource:
    """Saved messages (a folder of .eml files, an mbox): read only, nothing is deleted."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        self.paths = list(paths)
        self.label = ", ".join(os.fspath(p) for p in self.paths)
        self.unreadable: list[dict[str, Param]] = []

    def open(self) -> None:
        for path in self.paths:
            if not os.path.exists(path):
                raise MailboxError(f"{os.fspath(path)} does not exist.", code="no_such_file",
                                   params={"file": os.fspath(path)})

    def total(self) -> int | None:
        return None

    def chunks(self, size: int) -> Iterator[list[Fetched]]:
        found: list[Fetched] = []
        for label, raw in iter_messages(self.paths, on_error=self._note):
            found.append((label, raw))
            if len(found) >= size:
                yield found
                found = []
        if found:
            yield found

    def _note(self, label: str, error: OSError) -> None:
        self.unreadable.append(Note("file_unreadable", {
            "file": label, "detail": str(error.strerror or error)}).as_dict())

    def finish(self, processed: Sequence[Any], others: Sequence[Any],
               review: Sequence[Any] = ()) -> FinishCounts:
        return FinishCounts()

    def hang_up(self) -> None:
        return None

    def close(self) -> None:
        return None
