"""Tell from one raw message whether it is a bounce, a complaint or an auto-reply, and who failed.

Structure first: a ``message/feedback-report`` part makes a complaint, a
``message/delivery-status`` part gives the recipients and their codes. Without those, the
notice text is read the way the common servers write it (``textscan``). Codes the text only
implies are inferred from the reason and marked so; hard or soft follows the user's table.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from engine.bounces import phrasebook, textscan
from engine.bounces.addresses import (
    all_addresses,
    first_address,
    is_own_address,
    is_system_address,
    is_valid_address,
    own_set,
    tidy,
)
from engine.bounces.autoreply import is_auto_reply
from engine.bounces.codes import BounceCodeTable
from engine.bounces.dsn import parse_delivery_status, parse_fields, strip_type
from engine.bounces.reasons import (
    TEMPORARY_REASONS,
    code_for_reason,
    folded,
    reason_from_code,
    reason_from_text,
)
from engine.bounces.result import Classification, FailedRecipient, Kind
from engine.bounces.ses import parse_ses
from engine.bounces.verdict import decide
from engine.errors import ClassifyError
from engine.mail import verp
from engine.mail.mime import Part, decode_words, parse_message
from engine.notes import Note, note

TRACKING_HEADER = "x-newsletter-desk-tracking"
MAX_DIAGNOSTIC = 1000
_SUCCESS_ACTIONS = frozenset({"delivered", "relayed", "expanded"})
_DSN_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
# a 4xx/5xx code standing alone; the \b before it is tested after its first digit (see
# textscan.STATUS)
_CODE_WORD = re.compile(r"[45](?<!\w[45])\d\d\b")
# A text part holding DSN fields. Its IGNORECASE search tries every position of the part; a
# part without "nal-rec" (letters IGNORECASE matches to nothing outside ASCII) cannot match,
# and lower() with ``in`` finds that out in a quarter of the time.
_FINAL_RECIPIENT = re.compile(r"^Final-Recipient:", re.M | re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|delivery (?:status )?notification|delivery (?:has )?failed"
    r"|delivery failure|failure notice|returned mail|mail delivery|could not be delivered"
    r"|non[- ]?delivery|nicht zustellbar|unzustellbar|delivery problem|rejected|returned to sender"
    r"|not delivered|failed delivery|delivery error|mail system error|warning: message"
    r"|message (?:status|delivery)|bounce|unable to deliver|delivery report|delayed mail"
    r"|mail could not|error sending|permanent error|undelivered mail"
    r"|エラー|不達|配信不能|送信できません|未達",
    re.IGNORECASE,
)
_BOUNCE_SENDER = re.compile(
    r"mailer-daemon|postmaster|mail delivery|mail-daemon|mailerdaemon|mdaemon",
    re.IGNORECASE)
_BOUNCE_WORDS = re.compile(
    r"could not be delivered|undeliverable|delivery (?:to|has) failed|permanent(?:ly)? (?:error"
    r"|fatal)|user unknown|unable to deliver|wasn'?t able to deliver|delivery status notification"
    r"|message (?:was )?not delivered", re.IGNORECASE)
_NULL_SENDER = re.compile(r"^\s*<\s*>\s*$")
_TRACKING_LINE = re.compile(r"^[ \t>]*+X-Newsletter-Desk-Tracking:[ \t]*+(\S[^\n]*)$",
                            re.IGNORECASE | re.MULTILINE)
_DELAYED = re.compile(r"\b(?:delayed|will (?:retry|be retried|continue trying|keep trying)"
                      r"|still trying|not yet been delivered|warning: message"
                      # "Delivery attempts will continue to be made for 5 day(s)"
                      r"|attempts will continue|will continue to (?:be made|try|attempt))",
                      re.IGNORECASE)

_DELAYED_WORDS = ("delayed", "will ", "still trying", "not yet been delivered", "warning: message")
# The same in the language files (phrasebook): subjects, notice words, delay warnings. A
# notice's first lines say it is a delay: the files' phrases, each an ``in`` test over the
# text, are looked for there only.
_LOCAL_HEAD = 1500
_LOCAL_SUBJECTS = phrasebook.phrases("subjects")
_LOCAL_BOUNCE_WORDS = phrasebook.phrases("notice")
_LOCAL_DELAYED = phrasebook.phrases("delayed")

# built once: the table is immutable, and its lookup index is built on first use
_DEFAULT_TABLE = BounceCodeTable.default()


@dataclass
class _Raw:
    """A failed recipient as found, before codes and the hard/soft rule are settled."""

    address: str
    diagnostic: str
    dsn_status: str = ""
    action: str = ""
    remote_host: str | None = None
    original_recipient: str | None = None


def classify(raw: bytes, table: BounceCodeTable | None = None, *,
             own: Collection[str] = ()) -> Classification:
    """Classify one raw message; raises only ``ClassifyError`` (for input that is not mail).

    ``own``: the addresses we send from and collect bounces at (the settings'), with their
    VERP bases. The notice's text is read past them, so that one of ours never stands in for
    the failed recipient; a delivery-status record naming one is still reported, for the
    collector to refuse with its reason."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ClassifyError(f"a message must be bytes, not {type(raw).__name__}",
                            code="not_bytes", params={"type": type(raw).__name__})
    try:
        return _classify(bytes(raw), table or _DEFAULT_TABLE, own=own_set(own))
    except ClassifyError:
        raise
    except (RecursionError, MemoryError, ValueError, LookupError, UnicodeError) as exc:
        raise ClassifyError(f"the message cannot be read as mail: {exc}", code="not_mail",
                            params={"detail": str(exc)}) from exc


def classify_as(raw: bytes, address: str, table: BounceCodeTable | None = None
                ) -> Classification:
    """A bounce or complaint whose failed recipient the user named (``address``), settled
    like a recipient the message named: the code and words of its delivery-status record or
    of the notice. For a bounce the classifier could read but not attribute."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ClassifyError(f"a message must be bytes, not {type(raw).__name__}",
                            code="not_bytes", params={"type": type(raw).__name__})
    table = table or _DEFAULT_TABLE
    first = classify(raw, table)
    context, top_parts, notice, notice_text = _read(bytes(raw))
    address = tidy(address)
    if first.kind == "complaint":
        return _complaint_result(context, [address], first.feedback_type, check=False)
    records = [r for p in top_parts if p.content_type in _DSN_TYPES
               for r in _dsn_recipients(p.body)[0]]
    if records:
        record = records[0]
        record.address = address
    else:
        record = _Raw(address, textscan.diagnostic_for(notice_text, address, "", True))
    delayed = _is_delayed(notice_text[:4000]) or _is_delayed(context.subject)
    recipient = _settle(record, notice_text, delayed, table)
    return _result(context, "soft" if recipient.type == "soft" else "hard", (recipient,))


def _read(raw: bytes) -> tuple[_Context, list[Part], str, str]:
    """The message's parts, its notice (as written, and without a quoted original)."""
    if not raw.strip():
        raise ClassifyError("the message is empty", code="empty_message", params={})
    root = parse_message(raw)
    subject = decode_words(root.header("subject") or "").strip()
    top_parts = list(_top_level_parts(root))
    original = _original_headers(root, top_parts)
    notice = _notice_text(root, top_parts)
    notice_text, inline_original = textscan.split_notice(textscan.unquote(notice))
    if original is None and inline_original is not None:
        original = Part(*_header_part(inline_original))
    return _Context(root, subject, original, raw), top_parts, notice, notice_text


def _classify(raw: bytes, table: BounceCodeTable, nested: bool = False,
              own: frozenset[str] = frozenset()) -> Classification:
    context, top_parts, notice, notice_text = _read(raw)
    context.own = own
    feedback = next((p for p in top_parts if p.content_type == "message/feedback-report"), None)
    if feedback is not None:
        return _complaint(context, feedback)
    if _is_abuse_report(context, notice_text):
        return _complaint_result(context, _reported_recipients(context), "abuse")
    if _is_personal_reply(context.root, context.subject, notice):
        # a person answering, quoting a bounce: the bounce is not theirs to report
        return _result(context, "not_bounce", ())

    ses = parse_ses(notice)
    if ses is not None:
        if ses.kind == "complaint":
            addresses = [r.address for r in ses.recipients]
            return _complaint_result(context, addresses, ses.feedback_type or "abuse")
        if ses.kind == "bounce" and ses.recipients:
            raws = [_Raw(r.address, strip_type(r.diagnostic), r.status, r.action)
                    for r in ses.recipients]
            return _bounce(context, raws, notice_text, table)
        if ses.kind == "delivery":
            return _result(context, "not_bounce", ())

    from_dsn = _from_delivery_status(context, top_parts, notice_text, table)
    if from_dsn is not None:
        return from_dsn
    if not nested:
        from_enclosed = _from_enclosed_report(context, table)
        if from_enclosed is not None:
            return from_enclosed
    return _from_text(context, notice_text, table)


def _from_enclosed_report(context: _Context, table: BounceCodeTable) -> Classification | None:
    """A mail system's notice whose attachment is itself a delivery report (a Japanese
    gateway wraps the DSN so, Sisimai's "X5"): the attached report's failed recipients,
    less the sender side's of both."""
    original = context.original
    if (original is None or original.content_type != "multipart/report"
            or not (_BOUNCE_SENDER.search(context.root.header("from") or "")
                    # someone forwarding the report as an attachment ("Fwd: Undelivered …")
                    or _BOUNCE_SUBJECT.search(context.subject))):
        return None
    text = "".join(f"{name}: {value}\n" for name, value in original.headers)
    inner = _classify(f"{text}\n{original.body}".encode("utf-8", "surrogateescape"), table,
                      nested=True, own=context.own)
    check = _NotRecipients(context)
    recipients = tuple(r for r in inner.recipients if check.allow(r.address))
    if not inner.is_bounce or not recipients:
        return None
    return _result(context, inner.kind, recipients)


def _from_delivery_status(context: _Context, top_parts: list[Part], notice_text: str,
                          table: BounceCodeTable) -> Classification | None:
    """The result from ``message/delivery-status`` parts, or None when there are none."""
    records: list[_Raw] = []
    success_only = False
    dsn_parts = [p for p in top_parts if p.content_type in _DSN_TYPES]
    if not dsn_parts:
        # a text part holding the fields, or a report whose boundaries were lost (its body
        # is then the notice and the fields in one)
        dsn_parts = [p for p in top_parts if (p.content_type == "text/plain"
                                              or p.content_type == "multipart/report"
                                              and not p.parts)
                     and "nal-rec" in p.body.lower()
                     and _FINAL_RECIPIENT.search(p.body)
                     and re.search(r"^(?:Status|Action):", p.body, re.M | re.I)]
    for part in dsn_parts:
        failed, success = _dsn_recipients(part.body)
        records.extend(failed)
        success_only = success_only or success
    if records:
        for record in records:
            if not record.diagnostic or not _has_code(record.diagnostic):
                extra = _text_block_for(notice_text, record.address)
                if extra:
                    record.diagnostic = _join(record.diagnostic, extra)
        return _bounce(context, records, notice_text, table)
    if success_only:
        return _result(context, "not_bounce", ())
    return None


def _from_text(context: _Context, notice_text: str, table: BounceCodeTable) -> Classification:
    """The result from the notice's words, for reports without delivery-status fields."""
    root, subject, original = context.root, context.subject, context.original
    if _is_challenge(subject, notice_text):
        return _result(context, "auto_reply", ())
    looks_like_bounce = _looks_like_bounce(root, subject, notice_text)
    if not looks_like_bounce and is_auto_reply(root, subject):
        return _result(context, "auto_reply", ())
    exclude = _own_addresses(root, original) | context.own
    found = textscan.find_recipients(notice_text, not looks_like_bounce, exclude)
    failed_header = _failed_recipients_header(root)
    if failed_header and not found:
        # the server named the failed recipients in a header only
        found = [textscan.TextRecipient(a, "", "header") for a in failed_header]
    if not found and looks_like_bounce and original is not None and not _is_report(original):
        # the notice names nobody, but the quoted original went to exactly one person
        # (unless it went where the report did: a bounce forwarded to the bounce mailbox
        # quotes the forward's headers, addressed to that mailbox)
        delivered = set(_addresses_in(root, _DELIVERED_TO))
        lists = set(_addresses_in(original, _LIST_ITSELF))
        to = [a for v in original.header_all("to") for a in all_addresses(v)
              if a not in exclude and a not in delivered and a not in lists
              and not is_system_address(a)]
        if len(to) == 1:
            found = [textscan.TextRecipient(to[0], "", "original")]
    if not found and looks_like_bounce:
        found = _summary_recipient(root, notice_text, exclude)
    if found and _is_success_notice(subject, notice_text):
        return _result(context, "not_bounce", ())
    if found and (looks_like_bounce or _has_code(notice_text)):
        single = len(found) == 1
        raws = [_Raw(r.address, textscan.diagnostic_for(notice_text, r.address, r.diagnostic,
                                                        single)) for r in found]
        return _bounce(context, raws, notice_text, table)
    if looks_like_bounce and not _is_success_notice(subject, notice_text):
        return _bounce(context, [], notice_text, table)
    if is_auto_reply(root, subject):
        return _result(context, "auto_reply", ())
    return _result(context, "not_bounce", ())


# A person's answer: "Re:" in the poster's language, sent in reply to a message
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|vs|ynt|odp|r)\s*(?:\[\d+\])?\s*:",
                            re.IGNORECASE)


def _is_personal_reply(root: Part, subject: str, notice: str) -> bool:
    """A person's reply that quotes (with "> ") what it answers."""
    if not _REPLY_SUBJECT.match(subject) or not ("\n>" in notice or notice.startswith(">")):
        return False
    if root.header("in-reply-to") is None and root.header("references") is None:
        return False
    if _NULL_SENDER.search(root.header("return-path") or ""):
        return False
    return not _BOUNCE_SENDER.search(root.header("from") or "")


# Challenge-response filters ask a new sender to prove they are a person; the mail is held,
# not refused, and the address works.
_CHALLENGE = re.compile(
    r"confirm (?:that )?you(?: are|'re) (?:a )?(?:human|person|real)"
    r"|verify (?:that )?you(?: are|'re) (?:a )?(?:human|person|real|not a robot)"
    r"|(?:not|no) (?:a )?(?:spam ?)?(?:robot|bot)\b|challenge[- ]response"
    r"|(?:verify|confirm|authenticate) your (?:message|e-?mail|mail|address) (?:to|so)\b"
    r"|please verify your (?:message|e-?mail)|awaiting (?:your )?(?:verification|confirmation)"
    r"|sender verification (?:request|required)|held (?:until|pending) (?:you )?verif",
    re.IGNORECASE)
_CHALLENGE_WORDS = ("human", "person", "robot", "verif", "challenge", "confirm")


def _is_challenge(subject: str, notice: str) -> bool:
    text = f"{subject}\n{notice[:3000]}"
    lower = text.lower()
    return any(word in lower for word in _CHALLENGE_WORDS) and bool(_CHALLENGE.search(text))


# Abuse reports that carry no message/feedback-report part: Microsoft's JMRP
# (From staff@hotmail.com, "complaint about message from 192.0.2.1"), and a provider's or
# a person's report forwarded with the message attached ("This is an email abuse report …").
_ABUSE_SUBJECT = re.compile(r"complaint about message from\b", re.IGNORECASE)
_ABUSE_TEXT = re.compile(
    r"^[ \t]*+this is an? (?:[\w-]+ ){0,3}(?:e-?mail )?abuse (?:report|complaint)"
    r"|^[ \t]*+this is an autogenerated e-?mail abuse complaint", re.IGNORECASE | re.MULTILINE)


def _is_abuse_report(context: _Context, notice: str) -> bool:
    original = context.original
    if original is None or _is_report(original):
        return False
    if _BOUNCE_SENDER.search(context.root.header("from") or ""):
        return False
    if _ABUSE_SUBJECT.search(context.subject):
        return True
    head = notice[:4000]
    return "abuse" in head.lower() and bool(_ABUSE_TEXT.search(head))


def _reported_recipients(context: _Context) -> list[str]:
    """Who the reported message went to: Microsoft's X-HmXmrOriginalRecipient, else its To."""
    original = context.original
    if original is None:
        return []
    for name in ("x-hmxmroriginalrecipient", "to"):
        found = [a for v in original.header_all(name) for a in all_addresses(v)
                 if not is_system_address(a)]
        if found:
            return list(dict.fromkeys(found))
    return []


# A summary of the undelivered message in the notice (Yahoo: "Subject: …" then "To: a@b";
# Exchange: "To: …" beside "Subject:" and "Sent:"): its To, when it names one address.
_SUMMARY_TO = re.compile(r"^[ \t]*+To:[ \t]*+([^\n]{3,300})$", re.M)
_SUMMARY_NEIGHBOUR = re.compile(r"^[ \t]*+(?:Subject|Sent|Date):", re.M)


def _summary_recipient(root: Part, notice: str,
                       exclude: set[str]) -> list[textscan.TextRecipient]:
    head = notice[:textscan.MAX_NOTICE_CHARS]
    if "To:" not in head:
        return []
    matches = list(_SUMMARY_TO.finditer(head))
    if len(matches) != 1:
        return []
    match = matches[0]
    before = head.rfind("\n", 0, max(0, match.start() - 1))
    after = head.find("\n", match.end() + 1)
    around = head[before + 1:match.start()] + head[match.end():after if after >= 0 else None]
    if not _SUMMARY_NEIGHBOUR.search(around):
        return []  # a To: line with no Subject: or Sent: beside it is no summary
    delivered = set(_addresses_in(root, _DELIVERED_TO))
    to = [a for a in all_addresses(match.group(1))
          if a not in exclude and a not in delivered and not is_system_address(a)]
    return [textscan.TextRecipient(to[0], "", "summary")] if len(to) == 1 else []


def _is_report(part: Part) -> bool:
    """A delivery report (attached to another): its To is the bounced mail's sender."""
    return part.content_type == "multipart/report" or bool(
        _BOUNCE_SENDER.search(part.header("from") or ""))


def _failed_recipients_header(root: Part) -> list[str]:
    out: list[str] = []
    for value in root.header_all("x-failed-recipients"):
        for address in all_addresses(value):
            if address not in out:
                out.append(address)
    return out


@dataclass
class _Context:
    root: Part
    subject: str
    original: Part | None
    raw: bytes
    # the settings' own addresses with their VERP bases (``classify(own=…)``)
    own: frozenset[str] = frozenset()


def _top_level_parts(root: Part) -> list[Part]:
    """Every part of the report itself, not descending into enclosed (quoted) messages."""
    out: list[Part] = []
    stack = [root]
    while stack:
        part = stack.pop()
        out.append(part)
        stack.extend(reversed(part.parts))
    return out


def _original_headers(root: Part, top_parts: list[Part]) -> Part | None:
    for part in top_parts:
        if part.enclosed is not None:
            return part.enclosed
    return None


def _header_part(text: str) -> tuple[list[tuple[str, str]], str, dict[str, str], str]:
    from engine.mail.mime import split_headers

    headers, _body = split_headers(text.lstrip())
    return headers, "text/plain", {}, ""


def _notice_text(root: Part, top_parts: list[Part]) -> str:
    """The human-readable report: text parts outside the enclosed original message."""
    texts: list[str] = []
    html: list[str] = []
    for part in top_parts:
        if part.parts or part.enclosed is not None:
            continue
        if part.content_type in _DSN_TYPES or part.content_type == "message/feedback-report":
            continue
        if part.content_type == "text/html":
            html.append(_strip_html(part.body))
        elif part.content_type.startswith("text/") or part is root:
            texts.append(part.body)
    if not texts:
        texts = html
    if not texts and root.parts:
        texts = [root.body]
    return "\n\n".join(texts)


def _strip_html(html: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html[:200_000])
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", text)
    text = re.sub(r"<[^>]{0,2000}>", " ", text)
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
            .replace("&quot;", '"').replace("&amp;", "&"))


def _dsn_recipients(body: str) -> tuple[list[_Raw], bool]:
    """Failed recipients of a delivery-status body; the flag says all of them succeeded."""
    per_message, records = parse_delivery_status(body)
    found: list[_Raw] = []
    successes = 0
    for record in records:
        address = None
        for name in ("final-recipient", "original-recipient", "x-actual-recipient"):
            address = _dsn_address(record.get(name))
            if address:
                break
        if address is None:
            continue
        action = record.get("action").strip().lower().split(" ")[0] if record.get("action") else ""
        status = record.get("status").strip()
        if action in _SUCCESS_ACTIONS or status.startswith("2."):
            successes += 1
            continue
        remote = strip_type(record.get("remote-mta")) or None
        found.append(_Raw(address, strip_type(record.get("diagnostic-code")), status, action,
                          remote, _dsn_address(record.get("original-recipient"))))
    del per_message
    return found, successes > 0 and not found


def _dsn_address(value: str) -> str | None:
    """A recipient field's address; kept even without a dotted domain (``user@mailhub``)."""
    found = first_address(strip_type(value))
    if found:
        return found
    bare = strip_type(value).strip().strip("<>").strip()
    if "@" in bare and " " not in bare and len(bare) < 320:
        return tidy(bare)
    return None


def _has_code(text: str) -> bool:
    return bool(textscan.STATUS.search(text) or _CODE_WORD.search(text))


def _text_block_for(notice: str, address: str) -> str:
    """The paragraph of the notice that names ``address``, for a DSN without a diagnostic."""
    if address not in notice[:textscan.MAX_NOTICE_CHARS].lower():
        return ""  # a recipient found there is the lower-cased text of the notice
    for recipient in textscan.find_recipients(notice, False, set()):
        if recipient.address == address:
            return recipient.diagnostic
    return ""


def _join(first: str, second: str) -> str:
    return f"{first} {second}".strip() if first else second


def _looks_like_bounce(root: Part, subject: str, notice: str) -> bool:
    sender = root.header("from") or ""
    if _BOUNCE_SENDER.search(sender):
        return True
    if _BOUNCE_SUBJECT.search(subject) or _LOCAL_SUBJECTS.found_in(folded(subject)):
        return True
    ctype = root.header("content-type") or ""
    if "delivery-status" in ctype.lower():
        return True
    if root.header("in-reply-to") is not None and not _NULL_SENDER.search(
            root.header("return-path") or ""):
        return False  # a person answering; bounce words in it are quoted or chatted about
    head = notice[:20_000]
    return bool(_BOUNCE_WORDS.search(head)) or _LOCAL_BOUNCE_WORDS.found_in(folded(head))


def _is_success_notice(subject: str, notice: str) -> bool:
    text = f"{subject}\n{notice[:2000]}"
    return bool(re.search(r"\b(?:successfully delivered|delivery succeeded|was delivered"
                          r"|has been delivered|relayed)\b", text, re.IGNORECASE)) and not (
        re.search(r"could not|failed|undeliver", text, re.IGNORECASE))


# Headers naming the sender side: of the report itself, and of the quoted original (our From,
# Return-Path; a mailing list's bounce, owner and request addresses when a list sent it).
_SENDER_SIDE = ("from", "reply-to", "sender", "return-path")
_LIST_OWN = ("errors-to", "list-owner", "list-unsubscribe", "list-subscribe", "list-help")
# The list's posting address: a list's message is addressed To it, never to the subscriber
_LIST_ITSELF = ("list-post", "x-beenthere")
# Where the report was delivered: our bounce mailbox, or a VERP form of our bounce address.
_DELIVERED_TO = ("to", "delivered-to", "x-original-to", "envelope-to")
# (the report's Reply-To is left out: Exim points it at the failed address)
_REPORT_OWN = ("from", "sender", "return-path")
_REPORT_NAMES = frozenset(_REPORT_OWN + _DELIVERED_TO)
_ORIGINAL_NAMES = frozenset(_SENDER_SIDE + _LIST_OWN)


def _addresses_in(part: Part | None, names: Collection[str]) -> list[str]:
    if part is None:
        return []
    return [a for key, value in part.headers if key in names for a in all_addresses(value)]


def _domains_named(root: Part, original: Part | None) -> str:
    """The values of every header ``_not_recipients`` reads, lower-cased in one string: a
    recipient whose domain is not in it cannot be one of those addresses (most are not, and
    this test costs a fraction of reading the addresses)."""
    values = [v for k, v in root.headers if k in _REPORT_NAMES]
    if original is not None:
        values += [v for k, v in original.headers if k in _ORIGINAL_NAMES]
    return "\n".join(values).lower()


def _own_addresses(root: Part, original: Part | None) -> set[str]:
    """Addresses that name the sender side of the exchange, never a failed recipient; less
    those the quoted original was sent to (a message someone sent to themselves), but never
    a list's own address."""
    own: set[str] = set()
    own.update(_addresses_in(root, _SENDER_SIDE))
    own.update(_addresses_in(original, _SENDER_SIDE))
    if original is not None:
        own.difference_update(_addresses_in(original, ("to", "cc")))
        own.update(_addresses_in(original, _LIST_ITSELF))
    return own


def _not_recipients(context: _Context) -> set[str]:
    """The sender side's addresses with their VERP bases, the list's own addresses, and the
    VERP addresses the report was delivered to; less those the quoted original was sent to
    (a message someone sent to themselves still failed for that address)."""
    root, original = context.root, context.original
    found = _addresses_in(root, _REPORT_OWN)
    found += _addresses_in(original, _ORIGINAL_NAMES)
    found += [a for a in _addresses_in(root, _DELIVERED_TO) if "+" in a.partition("@")[0]]
    own = set(own_set(found))
    if original is not None:
        own.difference_update(_addresses_in(original, ("to", "cc")))
    return own


class _NotRecipients:
    """``_not_recipients`` of a message, read only for a recipient whose domain the sender
    side's headers mention."""

    def __init__(self, context: _Context) -> None:
        self.context = context
        self.named = _domains_named(context.root, context.original)
        self.own: set[str] | None = None

    def allow(self, address: str, original_recipient: str | None = None) -> bool:
        """A failed recipient worth recording: a valid address, none of the sender side's.

        A DSN record whose ``Original-Recipient`` the quoted original was sent to is one
        whatever its final address: an alias of the recipient that forwards to the sender
        still failed for the recipient."""
        if not is_valid_address(address):
            return False
        if original_recipient and self.context.original is not None and original_recipient \
                in _addresses_in(self.context.original, ("to", "cc")):
            return True
        if address.rpartition("@")[2].lower() not in self.named:
            return True
        if self.own is None:
            self.own = _not_recipients(self.context)
        return not is_own_address(address, self.own)


def _bounce(context: _Context, raws: list[_Raw], notice: str,
            table: BounceCodeTable) -> Classification:
    recipients: list[FailedRecipient] = []
    notice_delayed = _is_delayed(notice[:4000]) or _is_delayed(context.subject)
    trying = notice_delayed and _still_trying(f"{context.subject}\n{notice[:4000]}")
    check = _NotRecipients(context)
    for item in raws:
        if not check.allow(item.address, item.original_recipient):
            continue
        recipient = _settle(item, notice, notice_delayed, table)
        # a delay warning is soft at most: the server still tries (a DSN says so per record)
        if recipient.type == "hard" and (item.action == "delayed" or trying and not item.action):
            inner = recipient.rule
            recipient = replace(recipient, type="soft", rule=Note(
                "delay_soft", {"because": inner.code, **inner.params}))
        recipients.append(recipient)
    kind: Kind = "hard"
    if recipients and all(r.type == "soft" for r in recipients):
        kind = "soft"
    if not recipients:
        kind = "hard"
    return _result(context, kind, tuple(recipients))


_STILL_TRYING = re.compile(
    r"will (?:continue|keep) (?:trying|to try|attempting)|will be retried|will retry"
    r"|attempts will continue|still (?:trying|being tried|undelivered)|not yet been delivered"
    r"|warning message only|no action is required on your part", re.IGNORECASE)
_GAVE_UP = re.compile(
    r"given up|giving up|gave up|permanent(?:ly)? (?:error|failure|failed)|failed permanently"
    r"|will not be retried|no further attempts|will not (?:try|retry)", re.IGNORECASE)


def _still_trying(text: str) -> bool:
    """A delay warning's words: attempts continue, and nothing says the server gave up."""
    return bool(_STILL_TRYING.search(text)) and not _GAVE_UP.search(text)


def _is_delayed(text: str) -> bool:
    # every alternative of _DELAYED holds one of these words; most notices hold none of them,
    # and the IGNORECASE search would otherwise try every position
    lower = folded(text)
    return any(word in lower for word in _DELAYED_WORDS) and bool(_DELAYED.search(text)) or (
        not phrasebook.reads_as_english(lower) and _LOCAL_DELAYED.found_in(lower[:_LOCAL_HEAD]))


def _settle(item: _Raw, notice: str, notice_delayed: bool,
            table: BounceCodeTable) -> FailedRecipient:
    diagnostic = " ".join(item.diagnostic.split())[:MAX_DIAGNOSTIC]
    found = textscan.find_status(diagnostic)
    status = _prefer(item.dsn_status, found)
    reply = textscan.find_reply_code(diagnostic)
    if not diagnostic and not status:
        # the per-recipient paragraph said nothing: the notice as a whole may
        diagnostic = " ".join(notice.split())[:MAX_DIAGNOSTIC]
        status = textscan.find_status(diagnostic) or ""
        reply = reply or textscan.find_reply_code(diagnostic)
    reason = reason_from_code(status) if status and not status.endswith(".0.0") else None
    if reason is None:
        # the words decide only when the code gives no reason
        reason = reason_from_text(diagnostic) or (
            reason_from_text(" ".join(notice.split())[:4000]) if not status else None)
    provider = _provider_reason(diagnostic)
    if provider is not None:
        reason = provider
    if reason is None and item.address.endswith("@googlegroups.com"):
        # Google Groups bounces (in the poster's language) only ever refuse a post
        reason = "rejected"
    inferred = False
    if not status or status.endswith(".0.0") and not item.dsn_status:
        temporary = (reply or "").startswith("4") or item.action == "delayed" or (
            not reply and notice_delayed and reason in TEMPORARY_REASONS | {None})
        if reason is not None and not status:
            guessed = code_for_reason(reason, temporary)
            if guessed:
                status, inferred = guessed, True
        if not status and (reply or temporary):
            status, inferred = f"{'4' if temporary else reply[0] if reply else '5'}.0.0", True
    remote_host = item.remote_host or _remote_host(diagnostic)
    verdict = decide(status or None, inferred, reply, table)
    return FailedRecipient(
        address=item.address,
        status=status or "9.1.1",
        status_inferred=inferred or not status,
        reply_code=reply,
        reason=reason or "undefined",
        diagnostic=diagnostic,
        remote_host=remote_host,
        type=verdict.type,
        rule=verdict.rule,
    )


# Providers' own words that say more than the code they send with them (Sisimai's Rhost
# modules): Microsoft's 5.1.10 is no null MX but an unknown recipient, its 5.4.1 with an
# AS(…) number is directory-based edge blocking, which refuses unknown recipients.
_PROVIDER_REASONS = (
    ("resolver.adr.recip", "user_unknown"),
    ("recipient address rejected: access denied. as(", "user_unknown"),
)


def _provider_reason(diagnostic: str) -> str | None:
    lower = diagnostic.lower()
    return next((reason for marker, reason in _PROVIDER_REASONS if marker in lower), None)


# \b written as a look-behind after "host" (as in textscan.STATUS): the pattern then starts with
# a literal the regex engine skips to, instead of trying every position.
_REMOTE_HOST = re.compile(r"host(?<!\whost)[ \t]+([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                          r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,})"
                          r"[ \t]*+[\[(]", re.IGNORECASE)


def _remote_host(diagnostic: str) -> str | None:
    """``host mx.example.org[192.0.2.1] said:`` and the like, in text bounces."""
    match = _REMOTE_HOST.search(diagnostic)
    return match.group(1).lower() if match else None


def _prefer(dsn_status: str, in_text: str | None) -> str:
    """The code the remote server gave in its reply, else the DSN ``Status:``.

    The reporting MTA often summarises (``5.0.0``, or ``5.1.1`` for any RCPT rejection) where
    the remote reply says exactly what happened (``550 5.7.1 IP address blacklisted``).
    """
    status = dsn_status.split()[0] if dsn_status.split() else ""
    if not re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", status):
        status = ""
    if in_text and in_text[0] in "45":
        return in_text
    return status or in_text or ""


def _complaint(context: _Context, feedback: Part) -> Classification:
    fields = dict(reversed([(k, v) for k, v in parse_fields(feedback.body) if k]))
    feedback_type = (fields.get("feedback-type") or "abuse").strip().lower() or None
    addresses: list[str] = []
    for name in ("original-rcpt-to", "removal-recipient"):
        for key, value in parse_fields(feedback.body):
            if key == name:
                address = first_address(strip_type(value))
                if address and address not in addresses:
                    addresses.append(address)
    if not addresses and context.original is not None:
        for value in context.original.header_all("to"):
            for address in all_addresses(value):
                if not is_system_address(address) and address not in addresses:
                    addresses.append(address)
    return _complaint_result(context, addresses, feedback_type)


def _complaint_result(context: _Context, addresses: list[str],
                      feedback_type: str | None, *, check: bool = True) -> Classification:
    allowed = _NotRecipients(context)
    recipients = tuple(
        FailedRecipient(
            address=address, status="", status_inferred=False, reply_code=None,
            # what the report itself says, quoted: the presentation has the words
            reason="complaint",
            diagnostic=f"Feedback-Type: {feedback_type}" if feedback_type else "",
            remote_host=None, type=None,
            rule=note("complaint_report_rule", feedback_type=feedback_type),
        )
        for address in addresses if not check or allowed.allow(address)
    )
    return _result(context, "complaint", recipients, feedback_type)


def _result(context: _Context, kind: Kind, recipients: tuple[FailedRecipient, ...],
            feedback_type: str | None = None) -> Classification:
    root, original = context.root, context.original
    return Classification(
        kind=kind,
        recipients=recipients,
        message_id=_message_id(root.header("message-id")),
        original_message_id=_message_id(original.header("message-id")) if original else None,
        tracking=_tracking(context) if kind != "not_bounce" else None,
        subject=context.subject,
        feedback_type=feedback_type,
    )


def _message_id(value: str | None) -> str | None:
    if not value:
        return None
    match = re.search(r"<([^<>\s]+)>", value)
    return match.group(1) if match else (value.strip() or None)


def _tracking(context: _Context) -> str | None:
    if context.original is not None:
        value = context.original.header(TRACKING_HEADER)
        if value:
            return value.strip()
    head = context.raw[:512 * 1024]
    if b"racking" in head:
        match = _TRACKING_LINE.search(head.decode("utf-8", "replace").replace("\r", "\n"))
        if match:
            return match.group(1).strip()
    for name in ("to", "delivered-to", "x-original-to"):
        for value in context.root.header_all(name):
            if verp_token := verp.token_in(value):
                return f"verp:{verp_token}"
    return None


__all__ = ["classify", "classify_as"]
