"""Schema step 4: the English sentences older releases wrote become notes (``engine.notes``).

Each column's old sentences are matched by the exact shapes those releases wrote (from the
git history of ``bounces/rules.py``, ``collecting/record.py``, ``sending/``, ``storage/``);
a value that matches none is kept whole as a ``text`` note, so nothing stored is lost and the
window shows it as it was. Values that already are notes are left alone, so the step can run
twice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import peewee as pw

from engine.bounces.reasons import REASON_WORDS
from engine.notes import Note, load, note
from engine.storage import models

Parse = Callable[[str], Note | None]

_REASONS = {words.lower(): code for code, words in REASON_WORDS.items()}
_WHAT = r"(?P<status>\S*) \((?P<reason>[^()]*)\)"


def _shapes(*shapes: tuple[str, Callable[[re.Match[str]], Note | None]]) -> Parse:
    compiled = [(re.compile(pattern + r"\Z", re.DOTALL), make) for pattern, make in shapes]

    def parse(text: str) -> Note | None:
        for pattern, make in compiled:
            if found := pattern.match(text):
                return make(found)
        return None
    return parse


def _fixed(code: str) -> Callable[[re.Match[str]], Note]:
    return lambda _m: note(code)


def _last(code: str, m: re.Match[str], **params: str | int) -> Note | None:
    reason = _REASONS.get(m["reason"])
    if reason is None:  # words no release wrote: keep the sentence
        return None
    return note(code, status=m["status"], reason=reason, **params)


_RESENDS = {"re-sends used up; ": "used_up", "no campaign item to re-send; ": "no_item"}
_COUNTED = {"": "counted", "; suppressed": "counted_suppressed",
            "; already suppressed": "counted_already_suppressed"}

OUTCOME = _shapes(
    ("hard bounce: suppressed at once", _fixed("hard_suppressed")),
    ("hard bounce: already suppressed", _fixed("hard_already_suppressed")),
    ("complaint: suppressed", _fixed("complaint_suppressed")),
    ("complaint: already suppressed", _fixed("complaint_already_suppressed")),
    (r"(?P<why>re-sends used up; |no campaign item to re-send; )?counted (?P<n>\d+) of "
     r"(?P<of>\d+)(?P<then>; suppressed|; already suppressed)?",
     lambda m: note(_COUNTED[m["then"] or ""], count=int(m["n"]), limit=int(m["of"]),
                    resends=_RESENDS.get(m["why"] or ""))),
    (r"re-send (?P<n>\d+) of (?P<of>\d+) after (?P<day>\d{4}-\d\d-\d\d) (?P<time>\d\d:\d\d) UTC",
     lambda m: note("resend", number=int(m["n"]), of=int(m["of"]),
                    at=f"{m['day']}T{m['time']}")),
)

WHY_SUPPRESSED = _shapes(
    ("one hard bounce stops sending to an address: " + _WHAT,
     lambda m: _last("hard_bounce", m)),
    (r"(?P<n>\d+) bounces reached the threshold of (?P<of>\d+); last: " + _WHAT,
     lambda m: _last("threshold_reached", m, count=int(m["n"]), limit=int(m["of"]))),
    (r"complaint \(feedback report\)", _fixed("complaint_report")),
    (r"complaint \((?P<d>.*)\)", lambda m: note("complaint", diagnostic=m["d"])),
    (r"(?P<kind>hard bounce|soft bounce|complaint|[a-z ]+?) found by list cleanup in (?P<f>.+)",
     lambda m: note("found_by_cleanup", kind=m["kind"].replace(" ", "_"), file=m["f"])),
    ("removed from the command line", _fixed("removed_from_cli")),
    ("taken off the suppressed list by hand", _fixed("removed_by_hand")),
)

WHY_REVIEW = _shapes(
    ("no failed recipient found", _fixed("no_failed_recipient")),
    (r"names only our own address(es)?: (?P<list>.+)",
     lambda m: note("only_own_addresses", addresses=m["list"],
                    count=len(m["list"].split(", ")))),
)

_GAVE_UP = r"(?: \(gave up after (?P<tries>\d+) attempts\))?"
_UNCERTAIN = (" after the whole message was sent: it may or may not have arrived, so it is "
              "not sent again unless you choose to send uncertain messages")


def _tries(m: re.Match[str]) -> int | None:
    return int(m["tries"]) if m["tries"] else None


MESSAGE_ERROR = _shapes(
    ("The app stopped while this message was being sent: it may or may not have gone out.",
     _fixed("stopped_while_sending")),
    ("The app stopped while this message was being sent.", _fixed("stopped_while_sending_single")),
    ("Not sent: the person unsubscribed.", _fixed("unsubscribed")),
    ("Not sent: the address is on the suppressed list.", _fixed("suppressed")),
    ("Its SMTP profile no longer exists.", _fixed("no_profile")),
    ("Cannot build the message: (?P<d>.*)",
     lambda m: note("cannot_build", because="text", text=m["d"])),
    (r"Unexpected error while sending: (?P<type>\w+)\((?P<d>.*)\)",
     lambda m: note("unexpected_error", type=m["type"], detail=m["d"])),
    (re.escape("connection lost (no answer from the server in time)" + _UNCERTAIN),
     _fixed("uncertain_no_answer")),
    (r"connection lost \((?P<d>.*)\)" + re.escape(_UNCERTAIN),
     lambda m: note("uncertain_after_end", detail=m["d"])),
    ("connection lost: no answer from the server in time" + _GAVE_UP,
     lambda m: note("no_answer", gave_up_after=_tries(m))),
    ("connection lost: (?P<d>.*?)" + _GAVE_UP,
     lambda m: note("connection_lost", detail=m["d"], gave_up_after=_tries(m))),
    (r"(?P<r>.*) \(soft failure, re-send (?P<n>\d+) of (?P<of>\d+)\)",
     lambda m: note("refused", reply=m["r"], resend=int(m["n"]), of=int(m["of"]))),
    (r"(?P<r>.*) \((?P<type>hard|soft)\)",
     lambda m: note("refused", reply=m["r"], type=m["type"])),
    (r"(?P<r>.*) \(gave up after (?P<tries>\d+) attempts\)",
     lambda m: note("deferred", reply=m["r"], gave_up_after=_tries(m))),
)

JOB_ERROR = _shapes(
    ("The app stopped during this run.", _fixed("stopped_during_run")),
    ("Stopped by the user.", _fixed("stopped_by_user")),
    ("No password is stored for the bounce mailbox. Enter it and save.", _fixed("no_password")),
    ("Authentication failed: the server said “(?P<r>.*)”. Check the user name and password.",
     lambda m: note("mailbox_auth_refused", host="", reply=m["r"])),
    ("Authentication failed: the server said (?P<r>.*). Check the user name and password.",
     lambda m: note("auth_refused", host="", reply=m["r"])),
)

_INF = r"(?P<inf> \(inferred from the text\))?"


def _inferred(m: re.Match[str]) -> bool | None:
    return True if m["inf"] else None


RULE = _shapes(
    (r"table row (?P<row>\S+) \((?P<m>.*?)\)" + _INF,
     lambda m: note("table_row", row=m["row"], meaning=m["m"], inferred=_inferred(m))),
    (r"(?P<status>\S+) not in table: row (?P<row>\S+) \((?P<m>.*?)\)" + _INF,
     lambda m: note("parent_row", status=m["status"], row=m["row"], meaning=m["m"],
                    inferred=_inferred(m))),
    ("4.x.x not in table: soft" + _INF, lambda m: note("class_soft", inferred=_inferred(m))),
    ("5.x.x not in table: hard" + _INF, lambda m: note("class_hard", inferred=_inferred(m))),
    ("4xx reply code", _fixed("reply_soft")),
    ("5xx reply code", _fixed("reply_hard")),
    (r"no code: (?P<row>\S+)(?: \((?P<m>.*)\))?",
     lambda m: note("no_code", row=m["row"], meaning=m["m"])),
    (r"complaint report \(feedback type (?P<t>.*)\)",
     lambda m: note("complaint_report_rule", feedback_type=None if m["t"] == "None" else m["t"])),
    (r"no failed recipient named; the address of the campaign item found by (?P<how>\S+)",
     lambda m: note("item_address", how=m["how"])),
    ("non-ASCII address", _fixed("no_smtputf8")),
)

OLD_SKIPPED = {"Bounce collection is switched off for this mailbox.": "collection_off"}


def as_note(text: str, parse: Parse, limit: int | None = None) -> str:
    """The column's new text: a note, whatever ``text`` was."""
    if not text or load(text).code != "text":
        return text  # empty, or a note already
    return (parse(text) or Note("text", {"text": text})).dump(limit)


def _message_error(state: str) -> Parse:
    """A message's error that is none of the engine's sentences is a server's reply."""
    def parse(text: str) -> Note | None:
        return MESSAGE_ERROR(text) or note("refused" if state == "failed" else "deferred",
                                           reply=text)
    return parse


def update(db: pw.Database, table: str, key: str, column: str, value: str,
           row_key: object) -> None:
    """One row's column rewritten (the steps run SQL: the models may be newer than the
    schema they convert)."""
    db.execute_sql(  # type: ignore[no-untyped-call]
        f'UPDATE "{table}" SET {column} = {db.param} WHERE {key} = {db.param}',
        (value, row_key))


def _convert(db: pw.Database, model: type[models.BaseModel], column: str,
             parse_for: Callable[[str], Parse], *, state: str = "''",
             limit: int | None = None) -> None:
    """Rewrite one column; ``parse_for`` picks the shapes by the row's ``state`` column."""
    table = model._meta.table_name
    key = "name" if model is models.JobState else "id"
    rows = db.execute_sql(  # type: ignore[no-untyped-call]
        f'SELECT {key}, {column}, {state} FROM "{table}" WHERE {column} <> \'\'').fetchall()
    for row_key, text, row_state in rows:
        new = as_note(text, parse_for(row_state), limit)
        if new != text:
            update(db, table, key, column, new, row_key)


def _convert_skipped(db: pw.Database) -> None:
    table = models.JobRun._meta.table_name
    rows = db.execute_sql(  # type: ignore[no-untyped-call]
        f'SELECT id, summary FROM "{table}" WHERE summary LIKE {db.param}',
        ('%"skipped"%',)).fetchall()
    for run_id, text in rows:
        summary = json.loads(text or "{}")
        if summary.get("skipped") in OLD_SKIPPED:
            summary["skipped"] = OLD_SKIPPED[summary["skipped"]]
            update(db, table, "id", "summary", json.dumps(summary, sort_keys=True), run_id)


def store_notes(db: pw.Database) -> None:
    _convert(db, models.Bounce, "outcome", lambda _: OUTCOME, limit=255)
    _convert(db, models.Bounce, "rule", lambda _: RULE, limit=255)
    _convert(db, models.SuppressionEvent, "reason", lambda _: WHY_SUPPRESSED)
    _convert(db, models.BounceReview, "why", lambda _: WHY_REVIEW, limit=255)
    _convert(db, models.CampaignItem, "last_error", _message_error, state="state")
    _convert(db, models.OutboundEmail, "last_error", _message_error, state="state")
    _convert(db, models.JobRun, "error", lambda _: JOB_ERROR)
    _convert(db, models.JobState, "last_error", lambda _: JOB_ERROR)
    _convert_skipped(db)
