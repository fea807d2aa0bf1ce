"""Reading a bounce written for people: the failed recipients and what was said about each.

Most non-standard bounces (qmail, Exim, old Sendmail, Exchange, webmail providers) share a
shape: a notice, one paragraph per failed recipient that starts with the address, then a
copy of the message after a marker line. The patterns below find the address the way these
servers write it (``<a@b>:``, an indented bare address, ``RCPT TO:<a@b>``, ``a@b... User
unknown``, ``Recipient: a@b``) and take the paragraph that follows as its diagnostic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from engine.bounces import phrasebook
from engine.bounces.addresses import ADDRESS, is_system_address, tidy
from engine.bounces.phrasebook import folded

_A = ADDRESS.pattern
MAX_NOTICE_CHARS = 64 * 1024
MAX_BLOCK_LINES = 12
MAX_RECIPIENTS = 100

# Lines after which the rest is a copy of the original message (or its headers).
ORIGINAL_MARKER = re.compile(
    r"^[ \t>]*+[-=_*]*+[ \t]*+(?:"
    r"below this line is a copy of the message"
    r"|this is a copy of the message"
    r"|(?:the )?(?:original|returned|unsent|undelivered|rejected) (?:message|mail|e-?mail)"
    r"(?: headers?)?(?: (?:follows|is attached|below|attached)| -|\s*[-=]{2,}|\s*$|:)"
    r"|your (?:message|mail|e-?mail)(?: headers?)? (?:follows|is attached|below|attached)"
    r"|message headers? follows?"
    r"|(?:the )?headers? of (?:the )?original message"
    r"|unsent message(?: below)? follows"
    r"|original message(?: headers?)? follows?"
    r"|copy of (?:the )?original message"
    r"|content-type: message/rfc822"
    r"|-{3,} ?(?:original|forwarded) message"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
# The same in the language files' words, as a line of its own (maybe between dashes, maybe
# with a colon), read only where no English marker is. Searched in folded text: IGNORECASE
# made it six times dearer; the leading newline lets the search skip from line to line.
# One pattern for the Latin languages, one for the others, as ``PhraseSet`` reads them.
_LOCAL_MARKERS = tuple(re.compile(
    r"\n[ \t>]*+[-=_*]*+[ \t]*+(?:" + phrasebook.recognise("original", latin)
    + r")[ \t]*+[:：]?[ \t]*+[-=_*]*+[ \t]*+$", re.MULTILINE) for latin in (True, False))
# where a marker line is looked for: the quoted original of a notice starts in its first
# lines, and past them the header block below still ends the notice
_LOCAL_MARKER_CHARS = 8000
_HEADER_START = re.compile(
    r"^(?:Return-Path|Received|Message-I[Dd]|DKIM-Signature|Date|From|Subject|To|"
    r"MIME-Version|X-[A-Za-z0-9-]+):[ \t]",
    re.MULTILINE,
)

# the address pattern without its look-behind, for an address glued to a prefix
_A_GLUED = _A[_A.index("])") + 2:]

_RECIPIENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # c=US;a= ;p=Org;o=Site;dda:SMTP=a@b;   (old Exchange, X.400 addressing)
    ("x400", re.compile(rf"dda:SMTP=({_A_GLUED})")),
    # <a@b>: text   |   <a@b> (expanded from <c@d>): text   (qmail, Postfix plain, Yahoo)
    ("angle", re.compile(
        rf"^[ \t]*+<({_A})>(?:[ \t]*+\(expanded from[^)]*\))?[ \t]*+(?::[ \t]*+(.*)|[ \t]*+$)",
        re.M)),
    # Recipient: a@b   and the like
    ("label", re.compile(
        rf"^[ \t]*+(?:original[- ]recipient|final[- ]recipient|failed[- ]recipients?|recipients?"
        rf"(?:[- ]address(?:es)?)?|rcpt[- ]to|addressee|bad[- ]address|invalid[- ]recipient"
        rf"|failed[- ]address(?:es)?|undeliverable to|unknown[- ]user|e-?mail[- ]address"
        rf"|delivery failed|delivery failure|undeliverable|intended[- ]recipient|error-for"
        # SMTP32: "Delivery failed 20 attempts: a@b"
        rf"|delivery failed[ \t]+\d{{1,4}}[ \t]+attempts?)[ \t]*+:[ \t]*+(?:rfc822;[ \t]*+)?"
        # Exchange and MailEnable write "[SMTP:a@b]"
        rf"(?:\[SMTP:)?[\"']?<?({_A})>?[\"'\]]?(.*)$",
        re.M | re.I)),
    # The following recipients returned permanent errors: a@b. / Delivery failed: a@b
    ("following", re.compile(
        rf"(?:following|failed|undeliverable|invalid|unknown|rejected)[ \t]+"
        rf"(?:[\w-]+[ \t]+){{0,5}}?"
        rf"(?:recipients?|address(?:es)?|users?|mailbox(?:es)?|userid)(?:\(s\)|\(es\))?"
        rf"(?:[ \t]+[\w-]+){{0,4}}:[ \t]*+[\"']?<?({_A})>?(.*)$", re.M | re.I)),
    # >>> RCPT TO:<a@b>   (SMTP transcripts: Sendmail, Exim, DragonFly, OpenSMTPD)
    ("rcpt", re.compile(rf"RCPT[ \t]+TO:[ \t]*+<?({_A})>?(.*)$", re.M | re.I)),
    # an address in a bullet list: "   * a@b", "-- a@b", "1. a@b"
    ("bullet", re.compile(rf"^[ \t>]*+(?:[-*+\u2022\u00b7]{{1,2}}|\d{{1,3}}[.)])[ \t]+"
                          rf"[\"']?<?({_A})>?[\"']?[ \t]*+(?:\([^)\n]*\)|[:,;.])?[ \t]*+$",
                          re.M)),
    # 550 5.1.1 <a@b>... User unknown   (Sendmail)
    ("dots", re.compile(rf"<?({_A})>?\.\.\.[ \t]*+(.*)$", re.M)),
    # an address alone on its line, maybe with "on <date>" (Exim, Gmail, Exchange), or with
    # a date after a word in any language (Exchange: "am 01.02.2024", "le 01/02/2024")
    ("bare", re.compile(rf"^[ \t>]*+\"?({_A})\"?[ \t]*+(?:<{_A}>)?[ \t]*+"
                        rf"(?:on[ \t].*|(?:\S{{1,12}}[ \t]+)?\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}"
                        rf"(?:[ \t].*)?|\([^)]*\)|[:,;])?[ \t]*+$", re.M)),
    # delivering your mail to <a@b> / message to a@b couldn't be delivered
    ("phrase", re.compile(
        rf"(?:deliver(?:ing|y)?|delivered|sent|sending|send|forward(?:ed|ing)?|relay(?:ed|ing)?"
        # "The following message, addressed to 'a@b', failed", "undeliverable to a@b" (SMTP32)
        rf"|addressed|(?:un)?deliverable)"
        rf"(?:[ \t]+(?:your|the|this))?(?:[ \t]+(?:mail|message|e-?mail))?[ \t]+to:?[ \t]+"
        rf"(?:the[ \t]+following[ \t]+(?:address|recipient)[ \t]*+:?[ \t]*+)?"
        rf"[\"']?<?({_A})>?(.*)$",
        re.M | re.I)),
    # Local mailbox a@b is unavailable: user not found   (kept only when the rest reads as a
    # failure)
    ("mailbox_is", re.compile(
        rf"(?:mailbox|user|recipient|address|account|addressee)[ \t]+[\"']?<?({_A})>?[\"']?"
        rf"[ \t]+((?:is|does|was|has|could|can)[ \t].*)$", re.M | re.I)),
    # The address to which your message was addressed, a@b, did not match   (LLNL)
    ("addressed", re.compile(rf"addressed[,:][ \t]+[\"']?<?({_A})>?[\"']?[,;]", re.I)),
    ("message_to", re.compile(
        rf"(?:your |the )?(?:message|mail|e-?mail)[ \t]+(?:to|for)[ \t]+[\"']?<?({_A})>?(.*)$",
        re.M | re.I)),
    # Ihre Nachricht an a@b … / Destinataire : a@b   (the language files' lead-ins)
    ("lead_in", re.compile(
        rf"(?:{phrasebook.recognise('lead_ins')})[ \t]*+(?:[:：][ \t]*+)?[\"'“«]?<?({_A})>?(.*)$",
        re.M | re.I)),
    # a@b Invalid Address, ERROR_CODE :550 …   (kept only when the rest reads as a failure)
    ("lead", re.compile(rf"^[ \t]*+<?({_A})>?[ \t,:]+(\S.*)$", re.M)),
    # User mailbox exceeds allowed size: a@b   (kept only when the words read as a failure)
    ("trail", re.compile(rf"^([^:\n]{{3,120}}+):[ \t]*+<?({_A})>?[ \t]*+$", re.M)),
)
# Patterns that only count when the message already looks like a bounce
_LOOSE = frozenset({"bare", "phrase", "message_to", "label", "lead", "trail", "following",
                    "lead_in"})
# Patterns where an address of the sender's side is more likely than a failed recipient
_SENDER_PRONE = frozenset({"phrase", "message_to", "lead", "label", "angle", "dots", "trail",
                           "following", "lead_in"})
_LEAD_INS = phrasebook.phrases("lead_ins")
# Patterns whose matches may run over a line end (``[^)]*``); the others never match a newline
_MULTI_LINE = frozenset({"angle", "bare"})
# Patterns that add to what the others found, whatever they found: the address an alias was
# expanded from (reported with the one it failed at), and the address an SMTP reply names
_ALWAYS_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # <a@b> (expanded from <c@d>): …   |   an undisclosed address (generated from c@d)
    ("alias", re.compile(rf"\((?:expanded|generated)[ \t]+from:?[ \t]*+<?({_A})>?[ \t]*+\)",
                         re.I)),
    # 552 Quota violation for a@b   |   554 5.1.1 unknown user to <a@b>
    ("reply_for", re.compile(
        rf"^[ \t]*+[45]\d\d[ \t-](?:[^\n@<]*?[ \t])?(?:for|to)[ \t]+<?({_A})>?", re.M | re.I)),
)
_LOOSE = _LOOSE | {"bullet", "mailbox_is", "addressed", "alias", "reply_for"}
_SENDER_PRONE = _SENDER_PRONE | {"bullet", "mailbox_is", "addressed", "alias", "reply_for"}

# The look-behind comes after the first digit (the same test, one character later), so the
# pattern starts with a character set and the regex engine skips to a 2, 4 or 5 instead of
# trying the look-behind at every position: a third of the time.
STATUS = re.compile(r"([245])(?<![\d.][245])\.(\d{1,3})\.(\d{1,3})(?![\d.]|[ \t]*+\.\d)")
_STATUS_TAGGED = re.compile(r"#([245]\.\d{1,3}\.\d{1,3})\b")
# Like STATUS, the look-behinds (\b included: the character before a digit is no word
# character) come after the first digit, so the pattern starts with a character set.
_REPLY = re.compile(r"([245](?<![\w.\-:/#][245])[0-5]\d)(?:[ \t-]+|\]|$)(?![\d.]*\.\d+\.\d+\.)",
                    re.M)
_REPLY_STRONG = re.compile(r"(?:^|said:?|returned was:?|<<<|\(|code[ \t]*+:?|response:?|error)"
                           r"[ \t]*+([245][0-5]\d)(?![\d.:])", re.M | re.I)


_FAILURE_WORDS = re.compile(r"invalid|unknown|failed|failure|rejected|undeliverable|refused"
                            r"|not (?:found|delivered|reach)|error", re.I)


@dataclass
class TextRecipient:
    address: str
    diagnostic: str
    pattern: str


def unquote(text: str) -> str:
    """A forwarded bounce quoted with ``> `` read as the bounce itself."""
    head = text[:MAX_NOTICE_CHARS]
    # the quoted lines, counted without splitting: a line starting with ">" is never blank
    quoted = head.count("\n>") + head.startswith(">")
    if not quoted:
        return text  # the usual case
    lines = [line for line in head.split("\n") if line.strip()]
    if quoted * 2 > len(lines):
        return re.sub(r"(?m)^> ?", "", text)
    return text


def split_notice(text: str) -> tuple[str, str | None]:
    """The notice and, when the text carries one inline, the copy of the original message."""
    text = text[:MAX_NOTICE_CHARS * 4]
    match = ORIGINAL_MARKER.search(text)
    span = match.span() if match else _local_marker(text)
    if span:
        line_end = text.find("\n", span[1])
        rest = text[line_end + 1:] if line_end >= 0 else ""
        return text[:span[0]], rest.lstrip("\n")
    for tries, header in enumerate(_HEADER_START.finditer(text)):
        if tries >= 50:
            break
        start = header.start()
        if _starts_header_block(text[start:start + 2000]):
            return text[:start], text[start:]
    return text, None


def _local_marker(text: str) -> tuple[int, int] | None:
    """Where a line of the language files' markers starts and ends in ``text``."""
    # folded() keeps every position (the one letter whose lower case is two, İ, it makes
    # "i"); in "\n" + text a position is one further on
    head = folded("\n" + text[:_LOCAL_MARKER_CHARS])
    if phrasebook.reads_as_english(head):
        return None  # an English notice: its markers are English too
    match = _LOCAL_MARKERS[bool(phrasebook.script_mask(head) & phrasebook.NOT_LATIN)].search(head)
    return (match.start(), match.end() - 1) if match else None


def _starts_header_block(text: str) -> bool:
    """Three header lines in a row, one of them a header only a message has (the copy)."""
    count = 0
    strong = False
    for line in text.split("\n")[:12]:
        if line[:1] in (" ", "\t") and count:
            continue
        match = _HEADER_START.match(line + " ")
        if not match:
            break
        count += 1
        strong = strong or line[:5].lower() in ("recei", "retur", "messa", "dkim-", "from:")
    return count >= 3 and strong


def find_recipients(notice: str, strict_only: bool, exclude: set[str]) -> list[TextRecipient]:
    """Recipients named in the notice, each with the paragraph that describes its failure."""
    notice = notice[:MAX_NOTICE_CHARS]
    found: dict[str, TextRecipient] = {}
    if "@" not in notice:
        return []  # every pattern takes an address
    lines_at = _line_starts(notice)
    address_lines = _address_lines(notice)
    for name, pattern in _RECIPIENT_PATTERNS:
        if strict_only and name in _LOOSE:
            continue
        if found and name in ("bare", "phrase", "message_to", "lead_in", "lead", "trail"):
            break
        if name == "x400" and "dda:" not in notice:
            continue  # Exchange 5.x only
        if name == "dots" and "..." not in notice:
            continue  # every match holds "..."; most notices have none, and the search is dear
        if name == "lead_in" and not _LEAD_INS.found_in(folded(notice)):
            continue  # the same: its IGNORECASE alternation of every language is dear
        matches = (pattern.finditer(notice) if name in _MULTI_LINE
                   else _finditer_in(pattern, notice, address_lines))
        for match in matches:
            if name == "trail":
                if not (reason_hint(match.group(1)) or _FAILURE_WORDS.search(match.group(1))):
                    continue
                address = tidy(match.group(2))
            else:
                address = tidy(match.group(1))
            if is_system_address(address) or address in found:
                continue
            if name in _SENDER_PRONE and address in exclude:
                continue
            if name == "lead" and not (has_code(match.group(2)) or _REPLY.search(match.group(2))
                                       or reason_hint(match.group(2))):
                continue
            if name == "mailbox_is" and not reads_as_failure(match.group(2)):
                continue
            block = _block_after(notice, match.start(), lines_at)
            found[address] = TextRecipient(address, block, name)
            if len(found) >= MAX_RECIPIENTS:
                break
    if not strict_only:
        _add_always(notice, found, exclude, lines_at, address_lines)
    return list(found.values())


def _add_always(notice: str, found: dict[str, TextRecipient], exclude: set[str],
                lines_at: list[int], address_lines: list[tuple[int, int]]) -> None:
    """The ``_ALWAYS_PATTERNS``' addresses, added to those the other patterns found."""
    for name, pattern in _ALWAYS_PATTERNS:
        if name == "alias" and "ed from" not in notice and "ED FROM" not in notice:
            continue  # "expanded from", "generated from": most notices have neither
        for match in _finditer_in(pattern, notice, address_lines):
            address = tidy(match.group(1))
            if address in found or address in exclude or is_system_address(address):
                continue
            if len(found) >= MAX_RECIPIENTS:
                return
            found[address] = TextRecipient(address, _block_after(notice, match.start(),
                                                                 lines_at), name)


def reads_as_failure(text: str) -> bool:
    """Words that say a delivery failed: a reason we know, or a plain failure word."""
    return bool(_FAILURE_WORDS.search(text) or reason_hint(text))


def _address_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines holding an ``@`` (adjoining ones joined), each without its
    newline."""
    spans: list[tuple[int, int]] = []
    at = text.find("@")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        if spans and spans[-1][1] + 1 >= start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        at = text.find("@", end)
    return spans


def _finditer_in(pattern: re.Pattern[str], text: str,
                 spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches hold an address and stay on one
    line: only the lines with an ``@`` can hold one. A search from a line start up to a line
    end sees the same look-behinds, ``^`` and ``$`` as one through the whole text."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _block_after(text: str, pos: int, line_starts: list[int]) -> str:
    """The recipient's line and the indented or adjoining lines that follow it."""
    from bisect import bisect_right

    line_index = bisect_right(line_starts, pos) - 1
    start = line_starts[line_index]
    lines: list[str] = []
    for index in range(line_index, min(line_index + MAX_BLOCK_LINES, len(line_starts))):
        begin = line_starts[index]
        end = line_starts[index + 1] - 1 if index + 1 < len(line_starts) else len(text)
        line = text[begin:end]
        if index > line_index and not line.strip():
            break
        if index > line_index and re.match(rf"^[ \t]*+<?{_A}>?[ \t]*+:?[ \t]*+$", line):
            break
        lines.append(line.strip())
    del start
    return " ".join(part for part in lines if part)


_DIAGNOSTIC_LINE = re.compile(
    r"^[ \t]*+(?:<<<[ \t]*+)?[245]\d\d[ \t-]|said:|returned was:|reason:|because:|error:"
    r"|diagnostic|details?:", re.M | re.I)


def diagnostic_for(notice: str, address: str, block: str, single: bool) -> str:
    """The words that explain ``address``'s failure: its own paragraph when that has a code,
    else a line naming it with a code, else (one recipient only) the notice's error line,
    else its first line with a reply and an enhanced code."""
    if has_code(block):
        return block
    starts = _line_starts(notice)
    lower = notice.lower()
    pos = lower.find(address)
    while pos >= 0:
        candidate = _block_after(notice, pos, starts)
        if has_code(candidate):
            return candidate
        pos = lower.find(address, pos + len(address))
    if single:
        for match in _DIAGNOSTIC_LINE.finditer(notice):
            candidate = _block_after(notice, match.start(), starts)
            if has_code(candidate) or reason_hint(candidate):
                return f"{block} {candidate}".strip() if block else candidate
        # a notice in another language: its words for "said" or "reason" are not known
        # here, but the server's reply ("550 5.1.1 …") reads the same in every language (a
        # code without a reply may be a version number)
        status = _STATUS_AFTER_REPLY.search(notice)
        if status:
            candidate = _block_after(notice, status.start(), starts)
            return f"{block} {candidate}".strip() if block else candidate
    return block


def has_code(text: str) -> bool:
    return bool(STATUS.search(text) or _REPLY_STRONG.search(text))


def reason_hint(text: str) -> bool:
    from engine.bounces.reasons import reason_from_text

    return reason_from_text(text) is not None


# (a quote after the reply code: Amazon SES wraps the remote reply as ``550-'5.7.1 <a@b>…'``)
_STATUS_AFTER_REPLY = re.compile(
    r"[245](?<!\w[245])\d\d[ -]['\"]?#?([245]\.\d{1,3}\.\d{1,3})(?![\d.])")


def find_status(text: str) -> str | None:
    """The enhanced code in a diagnostic: ``(#5.1.1)`` first, then one after a reply code."""
    for pattern in (_STATUS_TAGGED, _STATUS_AFTER_REPLY):
        found = pattern.search(text)
        if found:
            return found.group(1)
    match = STATUS.search(text)
    if match:
        return f"{match.group(1)}.{match.group(2)}.{match.group(3)}"
    return None


def find_reply_code(text: str) -> str | None:
    match = _REPLY_STRONG.search(text)
    if match:
        return match.group(1)
    match = _REPLY.search(text)
    return match.group(1) if match else None
