"""The message's own lint, on a rendered sample of the campaign: one From, a Date and a
Message-ID, the size Gmail clips at (102 KB of body), a body that is not only images (a
footer's few words aside), a plain-text part, and the RFC 8058 one-click unsubscribe with
an https URL."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from engine.checking.report import Finding

GMAIL_CLIP_BYTES = 102 * 1024
# Fewer words than this beside images reads as an image-only mail; a footer (about a dozen
# words outside its links) does not make it a text mail.
IMAGES_ONLY_WORDS = 25
_TAG = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"<(style|script|a)\b.*?</\1\s*>", re.I | re.S)
_IMG = re.compile(r"<img\b", re.I)
_URL = re.compile(r"<([^>]*)>")


def _parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _part(message: EmailMessage, subtype: str) -> str | None:
    for part in message.walk():
        if part.get_content_type() == f"text/{subtype}" and not part.is_multipart():
            try:
                return str(part.get_content())
            except (LookupError, ValueError):
                return ""
    return None


def check_unsubscribe(raw: bytes) -> Finding:
    message = _parse(raw)
    value = str(message.get("List-Unsubscribe", "") or "")
    if not value:
        return Finding("unsubscribe", "fail", "unsubscribe_missing")
    https = [u for u in _URL.findall(value) if u.lower().startswith("https://")]
    if not https:
        return Finding("unsubscribe", "fail", "unsubscribe_mailto_only")
    post = str(message.get("List-Unsubscribe-Post", "") or "")
    if post.replace(" ", "").lower() != "list-unsubscribe=one-click":
        return Finding("unsubscribe", "fail", "unsubscribe_no_one_click")
    return Finding("unsubscribe", "pass", "unsubscribe_https", {"url": https[0]})


def check_lint(raw: bytes) -> list[Finding]:
    """Every problem found, or one passing finding."""
    message = _parse(raw)
    found: list[Finding] = []
    froms = message.get_all("From") or []
    if len(froms) != 1:
        found.append(Finding("lint", "fail", "one_from_missing", {"count": len(froms)}))
    if message.get("Date") is None:
        found.append(Finding("lint", "fail", "date_missing"))
    if message.get("Message-ID") is None:
        found.append(Finding("lint", "warn", "message_id_missing"))
    html = _part(message, "html")
    text = _part(message, "plain")
    html_size = len(html.encode()) if html else 0
    if html_size > GMAIL_CLIP_BYTES:
        found.append(Finding("lint", "warn", "too_big_for_gmail",
                             {"kilobytes": round(html_size / 1024)}))
    if html is not None and _IMG.search(html) and \
            len(_TAG.sub(" ", _HIDDEN.sub(" ", html)).split()) < IMAGES_ONLY_WORDS:
        found.append(Finding("lint", "warn", "images_only"))
    if text is None or not text.strip():
        found.append(Finding("lint", "warn", "no_plain_text"))
    return found or [Finding("lint", "pass", "lint_pass")]
