"""From a diagnostic's words to a short reason, and from a reason to the code it implies.

Reasons are the categories the window groups bounces by (``user_unknown``, ``mailbox_full``,
``blocked``, …). When a bounce carries no status code, the reason's code is used and marked
as inferred.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from engine.bounces import phrasebook
from engine.bounces.phrasebook import folded as folded  # where the classifier has long found it

# Checked in order: the first matching pattern wins, so the specific comes before the vague.
_TEXT_RULES: tuple[tuple[str, str], ...] = (
    ("mailbox_full", r"mailbox (?:is |was )?full|mailbox full|over ?quota|quota (?:exceeded|exceed)"
     r"|exceeded (?:storage|the quota|his/her quota|quota)|insufficient (?:disk )?space"
     r"|mailbox (?:size )?limit|too much mail|user is over|mail ?box (?:is )?(?:over|exceeded)"
     r"|disk quota|storage (?:allocation|quota)|mailfolder is full|full mailbox"
     r"|exceeds? (?:his|her|the user'?s?) (?:mailbox )?quota|not enough (?:storage|space)"
     r"|account is full|quota full|mailbox has exceeded|mailbox exceeds"),
    ("too_big", r"message (?:is )?too (?:big|large)|size exceeds|exceeds? (?:the )?(?:maximum|max)"
     r"(?: allowed)? (?:message )?size|message size exceeds|message length exceeds"
     r"|larger than (?:the )?(?:maximum|max)|message file too big|size limit"),
    ("has_moved", r"mailbox has moved|address has changed|no longer (?:valid|in use|available|with)"
     r"|has moved|has been moved"),
    ("suspended", r"(?:account|mailbox|user|address) (?:is |has been )?(?:disabled|suspended"
     r"|deactivated|inactive|locked|frozen|expired)|not (?:an )?active|inactive (?:user|account)"
     r"|temporarily (?:disabled|unavailable|suspended)|account (?:closed|unavailable)"
     r"|recipient (?:is )?suspended|mailbox (?:is )?(?:unavailable|disabled)|suspended"),
    ("user_unknown", r"user unknown|unknown user|no such (?:user|mailbox|recipient|address|account)"
     r"|(?:user|mailbox|recipient|address|account)(?: name)? (?:does not|doesn'?t|did not) exist"
     r"|(?:user|mailbox|recipient|address|account|addressee) (?:is )?unknown"
     r"|invalid (?:recipient|mailbox|user|address)|unknown (?:recipient|mailbox|local|address)"
     r"|not a valid (?:user|mailbox|recipient)|mailbox unavailable|mailbox not found"
     r"|user not found|recipient not found"
     r"|address rejected|no mailbox|unrouteable address|undeliverable address|not our customer"
     r"|(?:user|recipient) (?:not|doesn'?t) (?:exist|known|found)|does not have an account"
     r"|no (?:such )?user here|not listed in|unknown or illegal alias|bad destination mailbox"
     r"|recipient (?:address )?rejected|is not a known user|user (?:does not|doesn'?t) have"
     r"|no account by that name|account (?:does not|doesn'?t) exist|this user doesn'?t have"
     r"|couldn'?t be found|could not be found|address unknown|mailbox does not exist"
     r"|destination (?:address|mailbox) (?:does not|doesn'?t) exist|user doesn'?t exist"
     r"|unknown address|no valid recipients|is not a valid|email account that you tried to reach"
     r"|not exist|non-?existent|isn'?t a valid|delivery to the following recipient failed"
     r"|check (?:if|that|whether) (?:the )?address is correct|invalid (?:final delivery )?userid"),
    ("host_unknown", r"host (?:or domain name )?not found|unknown host|domain (?:not found|does not"
     r" exist|is not (?:found|valid))|no such domain|host unknown|name or service not known"
     r"|unrouteable mail domain|no mx|nxdomain|unknown domain|invalid domain|domain unknown"
     r"|name server.*not found|host not found"),
    ("expired", r"retry timeout exceeded|retry time not reached|delivery time expired"
     r"|failing for a long time"
     r"|given up|giving up|too long|expired|time(?:d)? ?out|has not been delivered"
     r"|unable to deliver for|could not be delivered (?:for|within)|delayed|deferred"
     r"|still trying|queue"),
    ("no_relaying", r"relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed))"
     r"|not permitted to relay|unable to relay|relay not permitted|we do not relay|not a gateway"
     r"|no relaying|relaying (?:is )?(?:prohibited|denied)"),
    ("spam", r"spam|junk|unsolicited|bulk mail|content (?:was )?rejected|blacklisted content"),
    ("virus", r"virus|malware|infected"),
    ("blocked", r"block(?:ed|list)|black ?list|\brbl\b|dnsbl|spamhaus|spamcop|poor reputation"
     r"|reputation|(?:ip|host|client|connection) (?:address )?(?:was )?(?:rejected|refused|denied)"
     r"|access denied|not allowed to send|rejected due to|denied by policy|listed (?:at|on|in)"
     r"|reverse (?:dns|lookup)|ptr record|too many (?:connections|messages)|rate limit"),
    ("security", r"spf|dkim|dmarc|authenticat|tls required|encryption|must use tls|starttls"),
    ("policy", r"policy|not authori[sz]ed|prohibited|refused|rejected|denied|not allowed"),
    ("filtered", r"filter|not accepting mail from|does not accept|only accepts|restricted"),
    ("system_full", r"mail system full|system full|insufficient system storage"),
    ("not_accepting", r"no smtp service|null mx|does not accept mail|not accepting (?:any )?mail"),
    ("network_error", r"network|connection (?:refused|reset|lost|closed|timed out)|routing|loop"
     r"|unable to connect|could not connect|no route|host unreachable"),
    ("mailer_error", r"command (?:died|failed|output)|procmail|mailer error|exit status|x-unix"
     r"|pipe to"),
    ("system_error", r"system error|server error|internal error|local error|configuration error"
     r"|temporary failure|try again later|service unavailable|i/o error|misconfigur"),
)

# The same rules for text lower-cased first (``folded``): IGNORECASE keeps the regex engine
# from skipping ahead to a possible first letter, which made these searches most of the
# classifier's time.
_COMPILED_FOLDED = tuple((reason, re.compile(pattern)) for reason, pattern in _TEXT_RULES)

# The regex module's own parser, to read the rules' structure once at import.
_sre_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


def _needed(items: Any) -> frozenset[str] | None:
    """Words one of which every match of the parsed pattern ``items`` contains (None: no such
    words are known). Taken from the longest mandatory literal run, group or alternation."""
    best: frozenset[str] | None = None

    def offer(words: frozenset[str] | None) -> None:
        nonlocal best
        if words is None or not all(words):
            return
        if best is None or (min(map(len, words)), -len(words)) > (min(map(len, best)),
                                                                    -len(best)):
            best = words

    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        offer(frozenset({"".join(run)}) if run else None)
        run = []
        if op is _sre.SUBPATTERN:
            offer(_needed(av[3]))
        elif op is _sre.BRANCH:
            branches = [_needed(branch) for branch in av[1]]
            known = [words for words in branches if words is not None]
            offer(frozenset().union(*known) if len(known) == len(branches) else None)
        elif op in _REPEATS and av[0] >= 1:
            offer(_needed(av[2]))
    offer(frozenset({"".join(run)}) if run else None)
    return best


def _prefilter(pattern: str) -> tuple[str, ...] | None:
    """The words of ``_needed``, without any that holds another (that one is found anyway)."""
    words = _needed(_sre_parser.parse(pattern))
    if words is None:
        return None
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


# A rule is searched only when the folded text holds one of its words: a search tries every
# position of the text, most rules match none of them, and ``in`` finds a word far faster.
_RULES = tuple((reason, compiled, _prefilter(compiled.pattern))
               for reason, compiled in _COMPILED_FOLDED)

# The language files' phrases for each reason, in the order of the English rules' reasons (then
# those only the files name). Read only when no English rule matches, and never in English
# prose: English behaves as it did without the files and pays almost nothing for them.
_LOCAL = phrasebook.reason_phrases()
_LOCAL_HEAD = 2000
_LOCAL_RULES = tuple(
    (reason, _LOCAL[reason])
    for reason in dict.fromkeys([r for r, _pattern in _TEXT_RULES if r in _LOCAL] + list(_LOCAL)))


# What a code means, by subject.detail: RFC 3463 and its updates, in reason words.
_CODE_REASONS: dict[str, str] = {
    "1.0": "user_unknown", "1.1": "user_unknown", "1.2": "host_unknown", "1.3": "user_unknown",
    "1.4": "user_unknown", "1.6": "has_moved", "1.7": "rejected", "1.8": "rejected",
    "1.10": "host_unknown", "2.0": "mailbox_full", "2.1": "suspended", "2.2": "mailbox_full",
    "2.3": "too_big", "2.4": "filtered", "3.0": "system_error", "3.1": "system_full",
    "3.2": "not_accepting", "3.3": "system_error", "3.4": "too_big", "3.5": "system_error",
    "4.0": "network_error", "4.1": "expired", "4.2": "network_error", "4.3": "network_error",
    "4.4": "network_error", "4.5": "too_many_connections", "4.6": "network_error",
    "4.7": "expired", "5.3": "too_many_recipients", "6.0": "content_error",
    "6.1": "content_error", "6.2": "content_error", "6.3": "content_error",
    "6.5": "content_error", "7.0": "security", "7.1": "blocked", "7.2": "blocked",
    "7.13": "suspended", "7.17": "has_moved", "7.18": "has_moved", "7.25": "blocked",
    "7.26": "security", "7.27": "rejected",
}

# The code a reason implies when the bounce gives none (subject.detail; class added later).
_REASON_CODES: dict[str, str] = {
    "user_unknown": "1.1", "host_unknown": "1.2", "has_moved": "1.6", "suspended": "2.1",
    "mailbox_full": "2.2", "too_big": "3.4", "system_full": "3.1", "not_accepting": "3.2",
    "expired": "4.7", "network_error": "4.0", "no_relaying": "7.1", "spam": "7.1",
    "virus": "7.1", "blocked": "7.1", "security": "7.0", "policy": "7.1", "filtered": "2.0",
    "rejected": "7.1", "mailer_error": "3.0", "system_error": "3.0", "content_error": "6.0",
    "too_many_connections": "4.5",
}

TEMPORARY_REASONS = frozenset({"mailbox_full", "expired", "system_full", "too_many_connections"})


def reason_from_text(text: str) -> str | None:
    if not text:
        return None
    text = folded(text)
    for reason, pattern, words in _RULES:
        if words is not None:
            for word in words:
                if word in text:
                    break
            else:
                continue
        if pattern.search(text):
            return reason
    return _local_reason(text)


def _local_reason(text: str) -> str | None:
    """The first reason whose phrases in the language files the folded ``text`` holds (in
    its first ``_LOCAL_HEAD`` characters: each phrase is an ``in`` test over the text, and a
    notice names its failure near the top); None for English prose."""
    text = text[:_LOCAL_HEAD]
    if phrasebook.reads_as_english(text):
        return None
    mask = phrasebook.script_mask(text)
    for reason, phrases in _LOCAL_RULES:
        if phrases.found_in(text, mask):
            return reason
    return None


def reason_from_code(status: str) -> str | None:
    _cls, _, rest = status.partition(".")
    return _CODE_REASONS.get(rest)


def code_for_reason(reason: str, temporary: bool) -> str | None:
    rest = _REASON_CODES.get(reason)
    if rest is None:
        return None
    return f"{4 if temporary else 5}.{rest}"


# What each reason means, in the words a marketer reads (the window, reports, audit trail).
REASON_WORDS: dict[str, str] = {
    "user_unknown": "Address does not exist",
    "mailbox_full": "Mailbox full",
    "host_unknown": "Domain does not exist",
    "has_moved": "Address has moved",
    "suspended": "Account disabled",
    "too_big": "Message too big",
    "expired": "Gave up after retrying",
    "no_relaying": "Server refused to relay",
    "spam": "Rejected as spam",
    "virus": "Rejected as a virus",
    "blocked": "Sender blocked",
    "filtered": "Filtered by the receiver",
    "policy": "Refused by the receiver's policy",
    "security": "Security check failed",
    "not_accepting": "Domain accepts no mail",
    "system_full": "Receiving server full",
    "system_error": "Receiving server error",
    "mailer_error": "Mail program error",
    "network_error": "Network error",
    "complaint": "Marked as spam by the reader",
    "undefined": "Not given",
}


def reason_words(reason: str) -> str:
    """The words for ``reason``; an unknown one still reads like words, not like code."""
    if reason in REASON_WORDS:
        return REASON_WORDS[reason]
    text = reason.replace("_", " ").strip()
    return text[:1].upper() + text[1:]
