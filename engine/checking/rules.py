"""The rules a check applies: each is a *must* (a bulk-sender requirement of Gmail, Yahoo or
Outlook.com: mail that fails it is refused or filed as spam) or a *should* (good practice)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["must", "should"]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    providers: tuple[str, ...]
    # the provider's refusal code for a failure, for the user to recognise in a bounce
    reply_code: str = ""


_BIG3 = ("Gmail", "Yahoo", "Outlook.com")

RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("spf", "must", _BIG3, "4.7.27"),
    Rule("dkim", "must", _BIG3, "4.7.30"),
    Rule("dmarc", "must", _BIG3, "4.7.31"),
    Rule("alignment", "must", _BIG3, "4.7.32"),
    Rule("mx", "should", ()),
    Rule("ptr", "must", ("Gmail", "Yahoo"), "5.7.25"),
    Rule("tls", "must", ("Gmail",), "4.7.29"),
    Rule("unsubscribe", "must", ("Gmail", "Yahoo")),
    Rule("lint", "should", ()),
)}


def is_must(rule_id: str) -> bool:
    rule = RULES.get(rule_id)
    return rule is not None and rule.severity == "must"
