"""Vacation and out-of-office replies (RFC 3834 and the habits of common mail programs)."""

from __future__ import annotations

import re

from engine.mail.mime import Part

_SUBJECT = re.compile(
    r"^\s*(?:auto(?:matic)?[ -]?(?:reply|response|answer|antwort|r[eé]ponse|respuesta)\b"
    r"|auto:|autoreply|out of (?:the )?office|ooo\b|vacation|on vacation|away from|abwesen"
    r"|r[eé]ponse automatique|respuesta autom[aá]tica|risposta automatica|absence"
    r"|i am (?:currently )?(?:away|out)|i'?m (?:away|out of)|\[?autoreply\]?"
    r"|automatisch(?:e)? antwort|fuera de la oficina|nicht im b[uü]ro|abwesenheitsnotiz)",
    re.IGNORECASE,
)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-vacation",
                 "x-mailer-autoreply")


def is_auto_reply(root: Part, subject: str) -> bool:
    """True for a reply a program wrote on a person's behalf, never for a delivery report."""
    submitted = (root.header("auto-submitted") or "").strip().lower()
    if submitted.startswith("auto-replied"):
        return True
    if any(root.header(name) is not None for name in _AUTO_HEADERS):
        return True
    precedence = (root.header("precedence") or "").strip().lower()
    if precedence == "auto_reply":
        return True
    suppress = (root.header("x-auto-response-suppress") or "").strip()
    return bool(_SUBJECT.search(subject)) or (suppress != "" and "reply" in subject.lower())
