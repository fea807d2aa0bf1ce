"""The engine's stored notes (``engine.notes``) in plain English, for the CLI's output.

These English sentences are also the window's source texts: ``desktop.models.notes_words``
passes each through Qt's translation before filling it in, so a translation replaces them
there, and the CLI keeps speaking English.

A code has one sentence, or several variants keyed ``code/param`` (the parameter is given),
``code/param=value`` (it has that value) or ``code/many`` (its ``count`` is not 1); each is a
whole sentence, so a translator never puts a sentence together from pieces.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from engine.bounces.reasons import reason_words
from engine.network import NETWORK_SENTENCES
from engine.notes import Note, Param, from_value, is_code, load
from engine.secrets import HOW_TO_FIX

if TYPE_CHECKING:
    from engine.collecting.report import CollectReport
    from engine.jobs import Progress

_COUNTED = "counted {count} of {limit}"
_USED_UP = "re-sends used up; "
_NO_ITEM = "no campaign item to re-send; "
_LOST = ("The connection to {{host}} was lost while {doing} ({{detail}}). Nothing that was not "
         "recorded has been deleted; the next run carries on.")
_CARRY_ON = " Nothing that was not recorded has been deleted; the next run carries on."
_INFERRED = " (inferred from the text)"
_UNCERTAIN = (" after the whole message was sent: it may or may not have arrived, so it is "
              "not sent again unless you choose to send uncertain messages")

SENTENCES: dict[str, str] = {
    "text": "{text}",
    "hard_suppressed": "hard bounce: suppressed at once",
    "hard_already_suppressed": "hard bounce: already suppressed",
    "counted": _COUNTED,
    "counted/resends=used_up": _USED_UP + _COUNTED,
    "counted/resends=no_item": _NO_ITEM + _COUNTED,
    "counted_suppressed": _COUNTED + "; suppressed",
    "counted_suppressed/resends=used_up": _USED_UP + _COUNTED + "; suppressed",
    "counted_suppressed/resends=no_item": _NO_ITEM + _COUNTED + "; suppressed",
    "counted_already_suppressed": _COUNTED + "; already suppressed",
    "counted_already_suppressed/resends=used_up": _USED_UP + _COUNTED + "; already suppressed",
    "counted_already_suppressed/resends=no_item": _NO_ITEM + _COUNTED + "; already suppressed",
    "resend": "re-send {number} of {of} after {at}",
    "table_row": "table row {row} ({meaning})",
    "table_row/inferred": "table row {row} ({meaning})" + _INFERRED,
    "parent_row": "{status} not in table: row {row} ({meaning})",
    "parent_row/inferred": "{status} not in table: row {row} ({meaning})" + _INFERRED,
    "class_soft": "4.x.x not in table: soft",
    "class_soft/inferred": "4.x.x not in table: soft" + _INFERRED,
    "class_hard": "5.x.x not in table: hard",
    "class_hard/inferred": "5.x.x not in table: hard" + _INFERRED,
    "delay_soft": "a delay warning, delivery is still being tried: soft at most ({because})",
    "reply_soft": "4xx reply code",
    "reply_hard": "5xx reply code",
    "no_code": "no code: {row}",
    "no_code/meaning": "no code: {row} ({meaning})",
    "complaint_report_rule": "complaint report",
    "complaint_report_rule/feedback_type": "complaint report (feedback type {feedback_type})",
    "item_address": "no failed recipient named; the address of the campaign item found by "
                    "{how}",
    "no_smtputf8": "The address is not ASCII and the server does not accept such addresses "
                   "(no SMTPUTF8).",
    "complaint_suppressed": "complaint: suppressed",
    "complaint_already_suppressed": "complaint: already suppressed",
    "hard_bounce": "one hard bounce stops sending to an address: {status} ({reason})",
    "threshold_reached": "{count} bounces reached the threshold of {limit}; last: {status} "
                         "({reason})",
    "complaint": "complaint ({diagnostic})",
    "complaint_report": "complaint (feedback report)",
    "found_by_cleanup": "{kind} found by list cleanup in {file}",
    "by_user": "{text}",
    "removed_from_cli": "removed from the command line",
    "removed_by_hand": "taken off the suppressed list by hand",
    "no_failed_recipient": "no failed recipient found",
    "only_own_addresses": "names only our own address: {addresses}",
    "only_own_addresses/many": "names only our own addresses: {addresses}",
    "deferred": "{reply}",
    "deferred/gave_up_after": "{reply} (gave up after {gave_up_after} attempts)",
    "refused": "{reply}",
    "refused/type": "{reply} ({type})",
    "refused/resend": "{reply} (soft failure, re-send {resend} of {of})",
    "connection_lost": "connection lost: {detail}",
    "connection_lost/gave_up_after": "connection lost: {detail} (gave up after "
                                     "{gave_up_after} attempts)",
    "no_answer": "connection lost: no answer from the server in time",
    "no_answer/gave_up_after": "connection lost: no answer from the server in time (gave up "
                               "after {gave_up_after} attempts)",
    "uncertain_after_end": "connection lost ({detail})" + _UNCERTAIN,
    "uncertain_no_answer": "connection lost (no answer from the server in time)" + _UNCERTAIN,
    "soft_bounce": "{diagnostic}",
    "cannot_build": "Cannot build the message: {because}",
    "unexpected_error": "Unexpected error while sending: {type}: {detail}",
    "stopped_while_sending": "The app stopped while this message was being sent: it may or "
                             "may not have gone out.",
    "stopped_while_sending_single": "The app stopped while this message was being sent.",
    "unsubscribed": "Not sent: the person unsubscribed.",
    "stopped_during_run": "The app stopped during this run.",
    "smtp_check_passed": "Connected to {host} on port {port} with {security}.",
    "smtp_check_passed/username": "Connected to {host} on port {port} with {security} and "
                                  "logged in as {username}.",
    "mailbox_check_passed": "Logged in to {host} ({protocol}, port {port}, {security}) as "
                            "{username}. Messages waiting: {messages}.",
    "mailbox_check_passed/folder": "Logged in to {host} ({protocol}, port {port}, {security}) "
                                   "as {username}. Messages in {folder}: {messages}.",
    "test_email_sent": "A test email went to {to} through {host}.",
    "engine_error": "{detail}",
    "config_error": "{detail}",
    "storage_error": "{detail}",
    "smtp_error": "{detail}",
    "smtp_unreachable": "{detail}",
    "smtp_refused": "{host} refused: the server said {reply}.",
    "auth_refused": "Authentication failed: the server said {reply}. Check the user name and "
                    "password.",
    "mailbox_auth_refused": "Authentication failed: the server said “{reply}”. Check the user "
                            "name and password.",
    "oauth_sign_in_again": "Sign in again to “{name}”: the sign-in has expired or was revoked.",
    "oauth_refused": "The server refused the sign-in: it said “{reply}”. Sign in again, or check "
                     "that the account may use this server.",
    "oauth_token_failed": "The sign-in server {host} could not be reached or refused "
                          "({reply}). Try again later.",
    "oauth_not_completed": "The sign-in was not completed in the browser. Try again.",
    "mailbox_error": "{detail}",
    "mailbox_unreachable": "{detail}",
    "mailbox_refused": "{host} refused: {reply}",
    "mailbox_lost": "The connection to {host} was lost ({detail})." + _CARRY_ON,
    "mailbox_lost/doing=listing": _LOST.format(doing="listing the messages"),
    "mailbox_lost/doing=reading": _LOST.format(doing="reading messages"),
    "mailbox_lost/doing=removing": _LOST.format(doing="removing recorded messages"),
    "mailbox_lost/doing=marking": _LOST.format(doing="marking recorded messages for deletion"),
    "mailbox_lost/doing=finishing": _LOST.format(doing="finishing"),
    "no_password": "No password is stored for the bounce mailbox. Enter it and save.",
    "secret_store_unavailable": "{detail}",
    "crashed": "{type}: {detail}",
    "stopped_by_user": "Stopped by the user.",
    "auth_error": "{detail}",
    "dkim_key_missing": "{profile}: DKIM signing is on but its key is not in the keyring, so "
                        "nothing was sent unsigned. Generate a key on the profile's DKIM tab, "
                        "or turn signing off.",
    "dkim_key_unreadable": "The stored DKIM key ({algorithm}) cannot be read; generate a new "
                           "one on the profile's DKIM tab.",
    "classify_error": "{detail}",
    "import_file_error": "{detail}",
    "no_profile": "Its SMTP profile no longer exists.",
    "suppressed": "Not sent: the address is on the suppressed list.",
    "complaint_rate_exceeded": "Paused by the complaint guard: {complaints} of {delivered} "
                               "delivered recipients reported it as spam ({rate}%), above "
                               "the limit of {limit}%. Check the list and the message before "
                               "you resume it.",
    "collection_off": "Bounce collection is switched off for this mailbox.",
    "left_to_running": "This collection was left to the one running.",
    "service_unreachable": "The unsubscribe service at {url} could not be reached ({detail});"
                           " its requests are pulled next run.",
    "service_refused": "The unsubscribe service at {url} answered {status}: check its key;"
                       " its requests are pulled next run.",
    **NETWORK_SENTENCES,
    "connection_closed": "{host} closed the connection on port {port}.",
    "smtp_no_starttls": "{host} does not offer STARTTLS on port {port}. Choose SSL/TLS (port "
                        "465) or, only on a trusted network, no encryption.",
    "smtp_no_auth": "{host} does not offer authentication (AUTH) on port {port}.",
    "smtp_no_auth/unencrypted": "{host} does not offer authentication (AUTH) on port {port}. "
                                "Many servers offer it only over an encrypted connection: "
                                "choose STARTTLS or SSL/TLS.",
    "smtp_closed": "{host} closed the connection on port {port} before answering. If the port "
                   "expects SSL/TLS from the start (usually 465), choose SSL/TLS.",
    "smtp_connect_refused": "{host} refused the connection: the server said {reply}.",
    "smtp_failed": "SMTP with {host} failed: {detail}",
    "no_profile_password": "No password is stored for the profile “{profile}”. Enter it and "
                           "save.",
    "mailbox_no_starttls": "{host} does not offer STARTTLS on port {port}.",
    "pop3_no_starttls": "{host} does not offer STARTTLS for POP3 on port {port}.",
    "no_such_folder": "The folder “{folder}” does not exist on {host}. Use Load folders to "
                      "pick one.",
    "mailbox_closed": "{host} closed the connection on port {port}. If this port expects "
                      "SSL/TLS from the start (usually 993 for IMAP, 995 for POP3), choose "
                      "SSL/TLS.",
    "mailbox_refused_listing": "{host} refused to list the messages: {reply}",
    "mailbox_refused_fetching": "{host} refused to send messages: {reply}",
    "mailbox_refused_moving": "{host} refused to move messages to “{folder}”: {reply}",
    "no_such_file": "{file} does not exist.",
    "mailbox_not_open": "The mailbox is not open.",
    "recipient_refused": "The server refused {address}: it said {reply}.",
    "message_refused": "The server refused the message: it said {reply}.",
    "message_unreadable": "message {ref}: unreadable",
    "message_unreadable/because": "message {ref}: {because}; left in place",
    "not_bytes": "a message must be bytes, not {type}",
    "not_mail": "the message cannot be read as mail: {detail}",
    "empty_message": "the message is empty",
    "unclassifiable": "could not be classified ({type}: {detail})",
    "line_too_long": "message {ref}: a line longer than {megabytes} MB; left in the mailbox, "
                     "not read",
    "file_unreadable": "{file}: {detail}",
    "only_marked_deleted": "{host} offers neither UIDPLUS (UID EXPUNGE) nor MOVE, and another "
                           "mail program has marked messages deleted in “{folder}”: expunging "
                           "would remove those too, so recorded messages were only marked "
                           "deleted. They are removed when that program empties the folder; "
                           "the next run does not count them again.",
    "profile_failed": "{profile}: {because}",
    "header_line_break": "The {header} must be on one line (it contains a line break).",
    "header_too_long": "The {header} header holds a word too long for one line ({limit} "
                       "characters at most).",
    "no_campaign": "The campaign no longer exists.",
    "keyring_unreadable": "The keyring could not be read ({type}); is it locked? " + HOW_TO_FIX,
    "keyring_save_failed": "The password could not be saved in the keyring ({type}); is it "
                           "locked? " + HOW_TO_FIX,
    "keyring_remove_failed": "The password could not be removed from the keyring ({type}).",
    # settings found from an address (engine.discovery)
    "not_an_address": "“{text}” is not an e-mail address.",
    "nothing_found": "No settings were found for {domain}. Ask your mail provider for the "
                     "server name, port and security, and type them in.",
    "nothing_found_offline": "{domain} is not in the table of common providers. Look it up "
                             "online, or type the server settings in.",
    "autoconfig_malformed": "The settings file at {url} could not be read ({detail}); it was "
                            "skipped.",
    "dns_unavailable": "The DNS did not answer for {domain} ({detail}), so its mail servers "
                       "could not be looked up.",
    "probe_answered": "{host} answered on port {port} ({kind}, {security}).",
    "reading_source": "Reading {source}",
    "messages_read": "{done} messages read",
    "messages_read/total": "{done} of {total} messages read",
    "retrying": "{because} Trying again in {wait} s (attempt {attempt} of {attempts}).",
    "rows_reading": "{rows} rows read…",
    "rows_read": "{rows} rows read.",
    "rows_stopped": "Stopped after {rows} rows.",
    "reading_bounce_files": "Reading bounce files…",
    "reading_bounces_in": "Reading bounces: {file}",
    "cleaning_file": "Cleaning {file}",
    "saving_kept_rows": "Saving kept rows to “{list}”…",
    "suppressing_bounced": "Adding bounced addresses to the suppressed list…",
    "row_unreadable": "cannot be read ({detail})",
    "quote_never_closed": "a quote opened here is never closed",
    "too_many_values": "{values} values, but the first row names {columns} columns",
    "no_address": "no e-mail address",
    "bad_address": "“{address}” is not a valid e-mail address: {detail}",
    "name_too_long": "the name is longer than {limit} characters",
    "name_too_long/field=first_name": "the first name is longer than {limit} characters",
    "name_too_long/field=last_name": "the last name is longer than {limit} characters",
    "bounce_unreadable": "{ref}: unreadable",
    "bounce_unreadable/because": "{ref}: {because}",
    "hint_app_password": "{provider} may refuse your account password here: make an app "
                         "password in the account's security settings and use that.",
    "hint_smtp_credentials": "{provider} uses SMTP credentials made in its dashboard: the user "
                             "name and password are not your login.",
    "hint_api_key_username": "With {provider} the user name is the word shown here and the "
                             "password is an API key made in its dashboard.",
    "hint_region_host": "The {provider} server name depends on your account's region: check it "
                        "in the dashboard.",
    "hint_relay_only": "{provider} only sends mail: read bounces from a mailbox of your own.",
}


def utc_words(stored: Param) -> str:
    """A time a note stores (UTC ISO 8601) as the CLI shows it: in UTC, saying so, so a log
    read on another machine or by support means one moment."""
    try:
        moment = datetime.fromisoformat(str(stored))
    except ValueError:
        return str(stored)
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")

# A connection's security setting (config's codes), as a sentence names it.
SECURITY_WORDS = {"none": "no encryption", "starttls": "STARTTLS", "ssl": "SSL/TLS"}
# What a note's ``kind`` names: a bounce kind (list cleanup) or a server kind (discovery).
KIND_WORDS = {"hard_bounce": "hard bounce", "soft_bounce": "soft bounce",
              "complaint": "complaint", "smtp": "SMTP", "imap": "IMAP", "pop3": "POP3"}
# How a bounce was matched to a campaign item (engine.storage.bounces.ItemMatch.how).
HOW_WORDS = {"tracking": "tracking", "message_id": "message id", "address": "address"}
# The parameters whose value is a code of one of these tables, read through its words.
_CODED: dict[str, dict[str, str]] = {"security": SECURITY_WORDS, "kind": KIND_WORDS,
                                     "how": HOW_WORDS}

# What some parameters mean, in words: a reason code, a stored time, a code with underscores.
_SHOWN: dict[str, Callable[[Param], str]] = {
    "timeout": lambda v: f"{v:g}" if isinstance(v, (int, float)) else str(v),
    "wait": lambda v: f"{v:g}" if isinstance(v, (int, float)) else str(v),
}


def _key(note: Note, sentences: Mapping[str, str]) -> str | None:
    candidates = []
    for name, value in note.params.items():
        if value not in (None, "", 0, False):
            candidates += [f"{note.code}/{name}={value}", f"{note.code}/{name}"]
    count = note.params.get("count")
    if isinstance(count, int) and count != 1:
        candidates.append(f"{note.code}/many")
    candidates.append(note.code)
    return next((key for key in candidates if key in sentences), None)


def _shown(params: Mapping[str, Param], translate: Callable[[str], str] = str,
           at: Callable[[Param], str] = utc_words) -> dict[str, str]:
    """Parameters as they read; ``because`` is the code of a note whose parameters are the
    rest (an error that stopped something), so it reads as that note's sentence, beside
    the parameters of the note's own (``profile_failed``'s profile)."""
    shown = {name: _SHOWN.get(name, str)(value) for name, value in params.items()}
    if "reason" in params:
        # English lowers the reason mid-sentence; a translation stands as its translator wrote it
        english = reason_words(str(params["reason"]))
        translated = translate(english)
        shown["reason"] = english.lower() if translated == english else translated
    for name, table in _CODED.items():
        if name in params:
            code = str(params[name])
            shown[name] = translate(table.get(code, code.replace("_", " ")))
    if "at" in params:
        shown["at"] = at(params["at"])
    if isinstance(because := params.get("because"), str) and is_code(because):
        rest = {k: v for k, v in params.items() if k != "because"}
        shown["because"] = note_text(Note(because, rest), translate, at)
    return shown


def generic(note: Note) -> str:
    """The words for a code we have no sentence for: never nothing, never a crash."""
    what = note.code.replace("_", " ")
    what = what[:1].upper() + what[1:]
    if not note.params:
        return what
    details = ", ".join(f"{name.replace('_', ' ')} {value}"
                        for name, value in _shown(note.params).items())
    return f"{what} ({details})"


def note_text(stored: str | Note, translate: Callable[[str], str] = str,
              at: Callable[[Param], str] = utc_words) -> str:
    """A stored note (column text, or already loaded) as a sentence; ``translate`` turns the
    English sentence into the reader's language first, ``at`` shows a stored time."""
    note = load(stored) if isinstance(stored, str) else stored
    said = sentence(note, translate, at)
    return generic(note) if said is None else said


def sentence(note: Note, translate: Callable[[str], str] = str,
             at: Callable[[Param], str] = utc_words) -> str | None:
    """The note's own sentence, or None where it has none (or its parameters do not fit it),
    so an error's message can stand instead of the generic words."""
    key = _key(note, SENTENCES)
    if key is None:
        return None
    try:
        return translate(SENTENCES[key]).format_map(_shown(note.params, translate, at))
    except (KeyError, IndexError, ValueError):
        return None


# The buckets of a collection report (engine.collecting.report.BUCKETS), in words.
BUCKET_WORDS: dict[str, str] = {
    "recorded": "bounces, complaints and unsubscribe requests recorded",
    "others_recorded": "replies and auto-replies (people's mail)",
    "already_recorded": "recorded in an earlier run",
    "copies": "copies of a message read earlier in this run",
    "unreadable": "could not be read (left in place)",
    "needs_review": "bounces naming no recipient of ours, kept for review",
    "not_understood": "not understood, kept in the mailbox",
}


def report_lines(report: CollectReport,
                 say: Callable[[Note], str] = note_text) -> list[str]:
    """A collection report in words, for the CLI and the run list; ``say`` gives a note's
    sentence (the window's passes through its translation and shows local time)."""
    from engine.collecting.report import BUCKETS

    r = report
    out = [f"Messages read: {r.messages_read}"]
    out.extend(f"  {getattr(r, name)} {BUCKET_WORDS[name]}" for name in BUCKETS
               if getattr(r, name))
    out += [
        f"Bounces: {r.hard_bounces} hard, {r.soft_bounces} soft"
        + (f" ({r.resends_scheduled} to be sent again)" if r.resends_scheduled else ""),
        f"Complaints: {r.complaints}",
        f"Unsubscribe requests: {r.unsubscribes}",
        f"In the mailbox: {r.deleted} deleted, {r.moved} moved, "
        f"{r.non_bounces_moved} replies moved, "
        + (f"{r.review_moved} moved for review, " if r.review_moved else "")
        + f"{r.left_in_place} left in place"
        + (f" ({r.non_bounces_left} of them replies and auto-replies)"
           if r.non_bounces_left else "")
        + (f"; {r.left_marked_deleted} of those only marked deleted"
           if r.left_marked_deleted else ""),
        f"Newly suppressed addresses: {len(r.newly_suppressed)}",
    ]
    if r.paused_for_complaints:
        out.append(f"Campaigns paused for too many complaints: "
                   f"{len(r.paused_for_complaints)}")
    out.extend(f"Note: {say(from_value(n))}" for n in r.notes)
    if r.errors:
        out.append(f"Errors: {len(r.errors)}")
        out.extend(f"  - {say(from_value(e))}" for e in r.errors)
    return out


def progress_text(progress: Progress, translate: Callable[[str], str] = str,
                  at: Callable[[Param], str] = utc_words) -> str:
    """What a job says it is doing: its note as a sentence (else its English message), after
    the title of the job it belongs to."""
    said = note_text(progress.note, translate, at) if progress.note else progress.message
    return f"{progress.job}: {said}" if progress.job and said else said
