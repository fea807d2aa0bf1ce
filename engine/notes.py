"""What the engine writes into a text column to say what it did or what went wrong: a code.

The engine stores a ``Note``, a code with parameters (``counted``, count=2, limit=3), never a
sentence: the window and the CLI turn notes into words (``engine.cli.words``, and through Qt's
translation ``desktop.models.notes_words``), so a reworded or translated message never
rewrites history. What a server, a person or a file said (an SMTP reply, a bounce's
diagnostic, a subject, an address) is data: it travels verbatim, as a parameter.

Column format: a JSON object, ``"code"`` first, then the parameters by name, compact and
UTF-8 as is: ``{"code":"counted","count":2,"limit":3}``. An empty column holds no note. A
value that is not such an object (written before notes existed, or by hand) loads as the
``text`` note carrying it whole, so nothing stored is lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

Param = str | int | float | bool | None

_CODE = re.compile(r"[a-z][a-z0-9_]*\Z")
_CUT = "…"

# Every code the engine writes, with the parameters it carries: the presentation has words
# for each (a test holds both sides to this list).
CODES: dict[str, tuple[str, ...]] = {
    # any column: a value from before notes, or typed by a person
    "text": ("text",),
    # Bounce.outcome: what the bounce rules did with one failed recipient
    "hard_suppressed": (),
    "hard_already_suppressed": (),
    # resends: "" | "used_up" | "no_item" (a soft bounce with no campaign item to re-send)
    "counted": ("count", "limit", "resends"),
    "counted_suppressed": ("count", "limit", "resends"),
    "counted_already_suppressed": ("count", "limit", "resends"),
    "resend": ("number", "of", "at"),
    "complaint_suppressed": (),
    "complaint_already_suppressed": (),
    # Bounce.rule: why a failed recipient is hard or soft (engine.bounces.verdict); inferred:
    # the code was read from the notice's words, not found in it
    "table_row": ("row", "meaning", "inferred"),
    "parent_row": ("status", "row", "meaning", "inferred"),
    "class_soft": ("inferred",),
    "class_hard": ("inferred",),
    "reply_soft": (),
    "reply_hard": (),
    "no_code": ("row", "meaning"),
    "complaint_report_rule": ("feedback_type",),
    # a delay warning's hard verdict made soft: ``because`` is the verdict's own rule's code,
    # followed by that rule's parameters
    "delay_soft": ("because",),
    # a non-ASCII address offered to a server without SMTPUTF8: refused before it was sent
    "no_smtputf8": ("detail", "type"),
    # how: tracking | message_id | address (engine.storage.bounces.ItemMatch)
    "item_address": ("how",),
    # SuppressionEvent.reason: why an address was suppressed or un-suppressed
    "hard_bounce": ("status", "reason"),
    "threshold_reached": ("count", "limit", "status", "reason"),
    "complaint": ("diagnostic",),
    "complaint_report": (),
    "found_by_cleanup": ("kind", "file"),
    "by_user": ("text",),
    "removed_from_cli": (),
    "removed_by_hand": (),
    # BounceReview.why: why a bounce waits for the user
    "no_failed_recipient": (),
    "only_own_addresses": ("addresses", "count"),
    # CampaignItem.last_error, OutboundEmail.last_error: what became of a message
    # a server's reply, and what was decided: re-send N of M, or gave up after N attempts
    "deferred": ("reply", "gave_up_after"),
    "refused": ("reply", "type", "resend", "of"),
    "connection_lost": ("detail", "gave_up_after"),
    "no_answer": ("detail", "gave_up_after"),  # the server said nothing in time
    "uncertain_after_end": ("detail",),
    "uncertain_no_answer": ("detail",),
    "soft_bounce": ("diagnostic",),
    "cannot_build": ("because",),  # and the parameters of the ``because`` error's note
    "unexpected_error": ("type", "detail"),
    "stopped_while_sending": (),
    "stopped_while_sending_single": (),
    "unsubscribed": (),
    # JobRun.error, JobState.last_error: why a run failed (EngineError codes, errors.py)
    "stopped_during_run": (),
    "engine_error": ("detail",),
    "config_error": ("detail",),
    "storage_error": ("detail",),
    "smtp_error": ("detail",),
    "smtp_unreachable": ("host", "port", "detail"),
    "smtp_refused": ("host", "reply"),
    "auth_refused": ("host", "reply"),
    "mailbox_auth_refused": ("host", "reply"),
    # OAuth2 sign-in (engine/oauth.py): the refresh token was revoked or is missing,
    # the mail server refused a fresh token, the token server failed, the browser never came back
    "oauth_sign_in_again": ("name",),
    # what a Test connection / Send test email found working (shown, never stored)
    "smtp_check_passed": ("host", "port", "security", "username"),
    "mailbox_check_passed": ("host", "protocol", "port", "security", "username", "folder",
                             "messages"),
    "test_email_sent": ("to", "host"),
    "oauth_refused": ("reply",),
    "oauth_token_failed": ("host", "reply"),
    "oauth_not_completed": (),
    "mailbox_error": ("detail",),
    "mailbox_unreachable": ("host", "port", "detail"),
    "mailbox_refused": ("host", "reply"),
    "mailbox_lost": ("host", "doing", "detail"),
    "no_password": (),
    "secret_store_unavailable": ("detail",),
    "crashed": ("type", "detail"),
    "stopped_by_user": (),
    "auth_error": ("detail",),
    "classify_error": ("detail",),
    "import_file_error": ("detail",),
    "no_profile": (),
    "dkim_key_missing": ("profile",),
    "dkim_key_unreadable": ("algorithm",),
    "suppressed": (),
    # Campaign.pause_note: why the engine paused a campaign; rate and limit in percent
    "complaint_rate_exceeded": ("rate", "limit", "complaints", "delivered"),
    # JobRun summary "unsubscribe_service": why pulling the unsubscribe service's requests
    # failed this run (retried next run; the service keeps them until acknowledged)
    "service_unreachable": ("url", "detail"),
    "service_refused": ("url", "status"),
    # a failure below the mail protocol (engine.network): a JobRun's error, a send job's
    "certificate_name_mismatch": ("host",),
    "certificate_untrusted": ("host", "reason"),
    "tls_failed": ("host", "port", "reason"),
    "timed_out": ("host", "port", "timeout"),
    "connection_refused": ("host", "port"),
    "host_not_found": ("host",),
    "connection_reset": ("host", "port"),
    "connection_closed": ("host", "port"),
    "network_error": ("host", "port", "detail"),
    # the SMTP and mailbox connections (sending.connect, collecting.connect and .sources)
    "smtp_no_starttls": ("host", "port"),
    "smtp_no_auth": ("host", "port", "unencrypted"),
    "smtp_closed": ("host", "port"),
    "smtp_connect_refused": ("host", "reply"),
    "smtp_failed": ("host", "detail"),
    "no_profile_password": ("profile",),
    "mailbox_no_starttls": ("host", "port"),
    "pop3_no_starttls": ("host", "port"),
    "no_such_folder": ("host", "folder"),
    "mailbox_closed": ("host", "port"),
    "mailbox_refused_listing": ("host", "reply"),
    "mailbox_refused_fetching": ("host", "reply"),
    "mailbox_refused_moving": ("host", "folder", "reply"),
    "no_such_file": ("file",),
    "mailbox_not_open": (),
    "recipient_refused": ("address", "reply"),  # a test e-mail's
    "message_refused": ("reply",),
    # JobRun summary "skipped": why a run did nothing
    "collection_off": (),
    "left_to_running": (),
    # the keyring failed (engine.secrets): its exception's type
    "keyring_unreadable": ("type",),
    "keyring_save_failed": ("type",),
    "keyring_remove_failed": ("type",),
    # why a message could not be built (cannot_build's ``because``)
    "header_line_break": ("header",),
    "header_too_long": ("header", "limit"),
    "no_campaign": (),
    # JobRun summary "errors" and "notes" lists (each item a note as a JSON object)
    # ``because``: why (the ClassifyError's code: not_bytes, not_mail, empty_message, or
    # unclassifiable), then its parameters
    "message_unreadable": ("ref", "because"),
    "not_bytes": ("type",),
    "not_mail": ("detail",),
    "empty_message": (),
    "unclassifiable": ("type", "detail"),
    "line_too_long": ("ref", "megabytes"),
    "file_unreadable": ("file", "detail"),
    "only_marked_deleted": ("host", "folder"),
    # a send job's profile stopped: ``because`` is its error's code, then that error's params
    "profile_failed": ("profile", "because"),
    # what a job is doing (engine.jobs.Progress.note): shown while it runs, never stored
    "reading_source": ("source",),
    "messages_read": ("done", "total"),
    "retrying": ("because", "wait", "attempt", "attempts"),
    "rows_reading": ("rows",),
    "rows_read": ("rows",),
    "rows_stopped": ("rows",),
    "reading_bounce_files": (),
    "reading_bounces_in": ("file",),
    "cleaning_file": ("file",),
    "saving_kept_rows": ("list",),
    "suppressing_bounced": (),
    # why a list file's row was not imported (engine.tables.RowProblem.note,
    # engine.storage.csv_import.ImportReport); ``field`` is first_name or last_name
    "row_unreadable": ("detail",),
    "quote_never_closed": (),
    "too_many_values": ("values", "columns"),
    "no_address": (),
    "bad_address": ("address", "detail"),
    "name_too_long": ("field", "limit"),
    # a bounce file a cleanup could not read (``because``: the ClassifyError's code, then its
    # parameters); an unreadable file is file_unreadable
    "bounce_unreadable": ("ref", "because"),
    # settings found from an address (engine.discovery): what a lookup ran into, shown at once
    "not_an_address": ("text",),
    "nothing_found": ("domain",),
    "nothing_found_offline": ("domain",),
    "autoconfig_malformed": ("url", "detail"),
    "dns_unavailable": ("domain", "detail"),
    "probe_answered": ("kind", "host", "port", "security"),
    # and what the user must know about a provider's settings besides host and port
    "hint_app_password": ("provider",),
    "hint_smtp_credentials": ("provider",),
    "hint_api_key_username": ("provider",),
    "hint_region_host": ("provider",),
    "hint_relay_only": ("provider",),
}


@dataclass(frozen=True)
class Note:
    """A code and its parameters; ``dump()`` it into a text column, ``load()`` it back."""

    code: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            raise ValueError(f"a note's code is a snake_case identifier, not {self.code!r}")
        if "code" in self.params:
            raise ValueError("a note's parameter cannot be called 'code'")

    def __hash__(self) -> int:
        # a classification holding notes is a value: sets and caches of results use it
        return hash((self.code, tuple(sorted(self.params.items()))))

    def as_dict(self) -> dict[str, Param]:
        """The note as a JSON object inside a JSON column (a run's summary lists)."""
        return {"code": self.code, **self.params}

    def dump(self, limit: int | None = None) -> str:
        """The column text; within ``limit`` characters by cutting its longest texts, so the
        JSON stays whole where a column is short."""
        params = dict(self.params)
        text = _json(self.code, params)
        while limit is not None and len(text) > limit:
            longest = max((k for k, v in params.items() if isinstance(v, str) and v),
                          key=lambda k: len(str(params[k])), default=None)
            if longest is None:
                raise ValueError(f"note {self.code} cannot fit in {limit} characters")
            value = str(params[longest]).removesuffix(_CUT)
            keep = max(0, len(value) - (len(text) - limit) - len(_CUT))
            params[longest] = value[:keep] + _CUT if keep else ""
            text = _json(self.code, params)
        return text


def is_code(text: str) -> bool:
    return bool(_CODE.match(text))


def note(code: str, **params: Param) -> Note:
    """``Note(code, params)``; a parameter given as None is left out (it does not apply)."""
    return Note(code, {name: value for name, value in params.items() if value is not None})


def load(text: str) -> Note:
    """The note a column holds; anything else is kept whole as a ``text`` note."""
    if text.startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict) and isinstance(value.get("code"), str) and _CODE.match(
                value["code"]):
            code = value.pop("code")
            return Note(code, value)
    return Note("text", {"text": text})


def from_value(value: object) -> Note:
    """A note from a JSON value: an object ``as_dict()`` made, or a column's text; anything
    else (an old English line of a summary list) as the ``text`` note carrying it."""
    if isinstance(value, Mapping) and isinstance(value.get("code"), str) and _CODE.match(
            value["code"]):
        return Note(value["code"], {k: v for k, v in value.items() if k != "code"})
    return load(value) if isinstance(value, str) else Note("text", {"text": str(value)})


def _json(code: str, params: Mapping[str, Param]) -> str:
    return json.dumps({"code": code, **params}, ensure_ascii=False, separators=(",", ":"))
