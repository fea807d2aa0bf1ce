"""The sending check's findings in plain English: what was found, and what to do about it.

Like ``engine.cli.words``, these sentences are also the window's source texts (the window
passes them through Qt's translation); a finding's DNS record is data and is shown as is."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from engine.checking.report import Finding
from engine.notes import Param

RULE_TITLES: dict[str, str] = {
    "spf": "SPF of the return-path domain",
    "dkim": "DKIM signature key",
    "dmarc": "DMARC policy",
    "alignment": "From address aligned",
    "mx": "Mail server (MX) for bounces",
    "ptr": "Reverse DNS of the sending server",
    "tls": "Encrypted connection (TLS)",
    "unsubscribe": "One-click unsubscribe",
    "lint": "The message itself",
}

STATUS_WORDS: dict[str, str] = {"pass": "OK", "warn": "Note", "fail": "Problem",
                                "unknown": "Not checked"}

_ADD = "Add this record at your DNS host:"

# code -> (what was found, what to do; "" when nothing needs doing)
FINDINGS: dict[str, tuple[str, str]] = {
    "dns_unavailable": ("The DNS did not answer for {name} ({detail}).",
                        "Check your internet connection or the DNS server setting, then "
                        "check again."),
    "spf_pass": ("{domain} allows your sending server {relay} to send its mail.", ""),
    "spf_missing": ("{domain} has no SPF record: receivers cannot tell that your sending "
                    "server may send for it.", _ADD),
    "spf_not_included": ("The SPF record of {domain} does not include your sending server "
                         "{relay} (result: {result}).",
                         "Add the server to the record (replace the old record with this "
                         "one):"),
    "spf_too_many_lookups": ("The SPF record of {domain} needs more than 10 DNS lookups, so "
                             "receivers treat it as broken ({detail}).",
                             "Remove include: entries you no longer use, or replace them by "
                             "the ip4:/ip6: addresses they stand for."),
    "spf_broken": ("The SPF record of {domain} has an error ({detail}).",
                   "Correct the record; it must start with v=spf1 and there must be only one."),
    "dkim_not_set_up": ("Your messages are not signed with DKIM.",
                        "Turn on DKIM in the SMTP profile and publish its key."),
    "dkim_pass": ("The DKIM key at {name} matches the key this app signs with.", ""),
    "dkim_published": ("A DKIM key is published at {name}; the signing key is not on this "
                       "computer, so it could not be compared.", ""),
    "dkim_missing": ("No DKIM key is published at {name}.", _ADD),
    "dkim_wrong_key": ("The DKIM key published at {name} is not the one this app signs with: "
                       "receivers will reject the signature.",
                       "Replace the published record with this one:"),
    "dkim_broken": ("The DKIM record at {name} is broken ({detail}).",
                    "Replace the published record with this one:"),
    "dmarc_pass": ("{domain} has a DMARC policy (p={policy}).", ""),
    "dmarc_none": ("{domain} has a DMARC record with p=none: this meets Gmail's and Yahoo's "
                   "rule, but does not protect your domain from forgers.",
                   "Once your reports show all your mail passing, change p=none to "
                   "p=quarantine."),
    "dmarc_missing": ("{domain} has no DMARC record: Gmail, Yahoo and Outlook.com require one "
                      "from bulk senders.", _ADD),
    "dmarc_broken": ("The DMARC record of {domain} is not valid ({detail}).",
                     "Replace it with this record:"),
    "aligned": ("Your From domain {from_domain} matches the DKIM domain or the return path.",
                ""),
    "misaligned": ("Your From domain {from_domain} matches neither the DKIM domain "
                   "({dkim_domain}) nor the return-path domain ({spf_domain}), so DMARC fails.",
                   "Send from an address on the domain you sign with, or sign with DKIM for "
                   "{from_domain}."),
    "mx_pass": ("Bounces to {domain} reach its mail server ({hosts}).", ""),
    "mx_missing": ("{domain} has no mail server (MX): bounces and complaints cannot come back.",
                   _ADD),
    "ptr_pass": ("Your sending server {relay} has the name {name}, which points back to it.",
                 ""),
    "ptr_missing": ("Your sending server {relay} has no name (reverse DNS, PTR).",
                    "Ask the owner of the address (your hosting provider) to set this "
                    "reverse DNS record:"),
    "ptr_not_confirmed": ("Your sending server {relay} is named {name}, but that name does not "
                          "point back to {relay}.", _ADD),
    "relay_unresolved": ("The sending server {host} could not be found in the DNS.",
                         "Check the server name in the SMTP profile."),
    "tls_starttls": ("{host} encrypts the connection (STARTTLS).", ""),
    "tls_implicit": ("{host} encrypts the connection (SSL/TLS).", ""),
    "tls_offered_unused": ("{host} offers encryption, but the profile sends in the clear.",
                           "Set Security to STARTTLS in the SMTP profile."),
    "tls_not_offered": ("{host} (port {port}) does not offer encryption: Gmail refuses "
                        "unencrypted mail.",
                        "Use your provider's port for STARTTLS (587) or SSL/TLS (465)."),
    "tls_unreachable": ("{host} (port {port}) could not be reached ({detail}).",
                        "Check the server and port, then check again."),
    "unsubscribe_https": ("Each message has a one-click unsubscribe link ({url}).", ""),
    "unsubscribe_mailto_only": ("The unsubscribe header only offers an e-mail address: Gmail "
                                "and Yahoo require a one-click https link.",
                                "Set up the unsubscribe page (https) in Settings."),
    "unsubscribe_no_one_click": ("The unsubscribe link lacks the one-click header "
                                 "(List-Unsubscribe-Post).",
                                 "Set up the unsubscribe page (https) in Settings."),
    "unsubscribe_missing": ("The message has no unsubscribe header.",
                            "Set up the unsubscribe page (https) in Settings."),
    "lint_pass": ("The message has one From, a Date, a Message-ID, a plain-text part and a "
                  "reasonable size.", ""),
    "one_from_missing": ("The message has {count} From headers instead of one.",
                         "Give the campaign one sender address."),
    "date_missing": ("The message has no Date header.", ""),
    "message_id_missing": ("The message has no Message-ID.", ""),
    "too_big_for_gmail": ("The message body is {kilobytes} KB: Gmail cuts messages over 102 KB "
                          "and hides the rest, including your unsubscribe link.",
                          "Shorten the text or move content to your website."),
    "images_only": ("The message is only images, with no text: spam filters distrust that.",
                    "Add some text to the message."),
    "no_plain_text": ("The message has no plain-text version.",
                      "Write a plain-text version on the campaign page."),
}


def _fill(sentence: str, params: Mapping[str, Param]) -> str:
    try:
        return sentence.format_map({k: "" if v is None else v for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return sentence


def finding_words(finding: Finding, translate: Callable[[str], str] = str) -> tuple[str, str]:
    """(what was found, what to do) for a finding."""
    found, fix = FINDINGS.get(finding.code, ("{code}", ""))
    params = {**finding.params, "code": finding.code}
    return _fill(translate(found), params), _fill(translate(fix), params) if fix else ""


def rule_title(rule: str, translate: Callable[[str], str] = str) -> str:
    return translate(RULE_TITLES.get(rule, rule))


AGES: tuple[tuple[int, str, str], ...] = (
    (86400, "checked 1 day ago", "checked {count} days ago"),
    (3600, "checked 1 hour ago", "checked {count} hours ago"),
    (60, "checked 1 minute ago", "checked {count} minutes ago"),
)


def age_words(checked_at: datetime, now: datetime,
              translate: Callable[[str], str] = str) -> str:
    """How old a result is, for offline re-checks: "checked 3 hours ago"."""
    seconds = max(0, int((now - checked_at).total_seconds()))
    for size, one, many in AGES:
        if seconds >= size:
            count = seconds // size
            return translate(one) if count == 1 else translate(many).format(count=count)
    return translate("checked just now")
