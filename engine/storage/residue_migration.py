"""Schema step 9: the last English older releases stored becomes notes (``engine.notes``).

Two kinds were left by step 4 (``note_migration``):

- the ``errors`` and ``notes`` lists of a job run's summary: "message N: unreadable", a POP3
  message's overlong line, a file that could not be read, the IMAP "neither UIDPLUS nor MOVE"
  note, and a send job's "{profile}: {error}";
- an error note whose ``detail`` is the sentence ``engine.network`` wrote for a failure below
  the mail protocol (refused port, timeout, DNS, TLS, certificate): it becomes that
  failure's code with host, port and timeout.

An item or a detail that matches no shape is kept whole (a ``text`` note, or the note as it
was), so nothing stored is lost; a value that already is a note is left alone, so the step
can run twice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import peewee as pw

from engine.network import NETWORK_SENTENCES
from engine.notes import CODES, Note, Param, from_value, load
from engine.storage import models
from engine.storage.note_migration import update

_SEND_JOBS = {"process_campaign_messages", "process_outbound_email"}
# the codes an error raised without one of its own carried, its sentence as ``detail``
_DETAIL_CODES = {"engine_error", "smtp_error", "mailbox_error", "auth_error", "config_error"}
_FIELDS: dict[str, tuple[str, Callable[[str], Param]]] = {
    "host": (r"(?P<host>[^\s“”]+)", str), "port": (r"(?P<port>\d+)", int),
    "timeout": (r"(?P<timeout>\d+(?:\.\d+)?)", float), "reason": (r"(?P<reason>.*)", str),
    "detail": (r"(?P<detail>.*)", str),
}


def _network_shape(code: str, sentence: str) -> tuple[re.Pattern[str], str]:
    """The pattern of a sentence older releases' ``network_message`` wrote: today's words
    are theirs word for word (the step's test holds them to the old literal texts)."""
    parts = re.split(r"\{([a-z_]+)\}", sentence)
    pattern = "".join(_FIELDS[p][0] if i % 2 else re.escape(p) for i, p in enumerate(parts))
    return re.compile(pattern + r"\Z", re.DOTALL), code


_NETWORK = [_network_shape(code, sentence) for code, sentence in NETWORK_SENTENCES.items()]


def network_detail(text: str) -> Note | None:
    """The network failure's note for one of its old sentences; None for any other text."""
    for pattern, code in _NETWORK:
        if found := pattern.match(text):
            # in the order the engine writes them now (CODES), so both dump alike
            return Note(code, {name: _FIELDS[name][1](found[name]) for name in CODES[code]})
    return None


_UIDPLUS = re.compile(
    r"(?P<host>\S+) offers neither UIDPLUS \(UID EXPUNGE\) nor MOVE, and another mail program "
    r"has marked messages deleted in “(?P<folder>.*)”: expunging would remove those too, so "
    r"recorded messages were only marked deleted\. They are removed when that program empties "
    r"the folder; the next run does not count them again\.\Z", re.DOTALL)
_UNREADABLE = re.compile(r"message (?P<ref>.+): unreadable\Z", re.DOTALL)
_LEFT = re.compile(r"message (?P<ref>.+?): (?P<why>.+); left in place\Z", re.DOTALL)
_LONG_LINE = re.compile(r"message (?P<ref>\d+): a line longer than (?P<mb>\d+) MB; left in the "
                        r"mailbox, not read\Z")
_LABELLED = re.compile(r"(?P<label>.+?): (?P<rest>.+)\Z", re.DOTALL)


def collection_item(text: str) -> Note | None:
    if found := _UIDPLUS.match(text):
        return Note("only_marked_deleted", {"host": found["host"], "folder": found["folder"]})
    if found := _LONG_LINE.match(text):
        return Note("line_too_long", {"ref": found["ref"], "megabytes": int(found["mb"])})
    if found := _UNREADABLE.match(text):
        return Note("message_unreadable", {"ref": found["ref"]})
    if found := _LEFT.match(text):  # why the classifier could not read it, in its words
        return Note("message_unreadable", {"ref": found["ref"], "because": "text",
                                           "text": found["why"]})
    if found := _LABELLED.match(text):  # a saved file: its path, then the system's reason
        return Note("file_unreadable", {"file": found["label"], "detail": found["rest"]})
    return None


def send_item(text: str) -> Note | None:
    """A send job's "{profile}: {error}": the error is a network sentence, or kept as text."""
    if not (found := _LABELLED.match(text)):
        return None
    because = network_detail(found["rest"]) or Note("text", {"text": found["rest"]})
    return Note("profile_failed", {"profile": found["label"], "because": because.code,
                                   **because.params})


def item_note(item: Any, job: str) -> dict[str, Param]:
    """A summary list's item as a note's JSON object."""
    if not isinstance(item, str) or from_value(item).code != "text":
        return from_value(item).as_dict()
    parse = send_item if job in _SEND_JOBS else collection_item
    return (parse(item) or Note("text", {"text": item})).as_dict()


def detail_note(text: str) -> str:
    """An error column's note with its network sentence as ``detail``, as that failure's
    note (also when it is the ``because`` of another); anything else as it was."""
    if not text:
        return text
    stored = load(text)
    params = dict(stored.params)
    inner = params.get("because") if "because" in params else stored.code
    detail = params.get("detail")
    if inner not in _DETAIL_CODES or not isinstance(detail, str):
        return text
    if (found := network_detail(detail)) is None:
        return text
    if "because" not in params:
        return found.dump()
    rest = {k: v for k, v in params.items() if k not in ("because", "detail")}
    return Note(stored.code, {**rest, "because": found.code, **found.params}).dump()


def _summary(text: str, job: str) -> str:
    try:
        summary = json.loads(text or "{}")
    except ValueError:
        return text
    if not isinstance(summary, dict):
        return text
    changed = False
    for key in ("errors", "notes"):
        items = summary.get(key)
        if isinstance(items, list):
            new = [item_note(item, job) for item in items]
            changed |= new != items
            summary[key] = new
    return json.dumps(summary, sort_keys=True) if changed else text


def store_residue_notes(db: pw.Database) -> None:
    runs = models.JobRun._meta.table_name
    rows = db.execute_sql(  # type: ignore[no-untyped-call]
        f'SELECT id, job, summary, error FROM "{runs}"').fetchall()
    for run_id, job, summary, error in rows:
        if (new := _summary(summary, job)) != summary:
            update(db, runs, "id", "summary", new, run_id)
        if (new := detail_note(error)) != error:
            update(db, runs, "id", "error", new, run_id)
    for model, key in ((models.JobState, "name"), (models.CampaignItem, "id"),
                       (models.OutboundEmail, "id")):
        table = model._meta.table_name
        column = "last_error"
        found = db.execute_sql(  # type: ignore[no-untyped-call]
            f'SELECT {key}, {column} FROM "{table}" WHERE {column} <> \'\'').fetchall()
        for row_key, text in found:
            if (new := detail_note(text)) != text:
                update(db, table, key, column, new, row_key)
