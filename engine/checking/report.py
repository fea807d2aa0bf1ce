"""A check's result: a finding per rule, as a code with parameters (words live above)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from engine.notes import Param

Status = Literal["pass", "warn", "fail", "unknown"]
STATUSES: tuple[Status, ...] = ("pass", "warn", "fail", "unknown")


@dataclass(frozen=True)
class Finding:
    """One rule's verdict. ``code`` says what was found (a key of ``FINDING_CODES``);
    ``fix_record`` is the DNS record to publish, ready to copy ("" when none helps)."""

    rule: str
    status: Status
    code: str
    params: dict[str, Param] = field(default_factory=dict)
    fix_record: str = ""

    def to_json(self) -> dict[str, object]:
        return {"rule": self.rule, "status": self.status, "code": self.code,
                "params": dict(self.params), "fix_record": self.fix_record}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Finding:
        status = str(data.get("status", "unknown"))
        params = data.get("params") or {}
        return cls(
            rule=str(data.get("rule", "")),
            status=status if status in STATUSES else "unknown",
            code=str(data.get("code", "")),
            params=dict(params) if isinstance(params, dict) else {},
            fix_record=str(data.get("fix_record", "")),
        )


# What each finding code carries; the CLI's and the window's words cover every one (a test
# holds them to this list).
FINDING_CODES: dict[str, tuple[str, ...]] = {
    "dns_unavailable": ("name", "detail"),
    "spf_pass": ("domain", "relay"),
    "spf_missing": ("domain",),
    "spf_not_included": ("domain", "relay", "result"),
    "spf_too_many_lookups": ("domain", "detail"),
    "spf_broken": ("domain", "detail"),
    "dkim_not_set_up": (),
    "dkim_pass": ("name",),
    "dkim_published": ("name",),
    "dkim_missing": ("name",),
    "dkim_wrong_key": ("name",),
    "dkim_broken": ("name", "detail"),
    "dmarc_pass": ("domain", "policy"),
    "dmarc_none": ("domain",),
    "dmarc_missing": ("domain",),
    "dmarc_broken": ("domain", "detail"),
    "aligned": ("from_domain", "spf_domain", "dkim_domain"),
    "misaligned": ("from_domain", "spf_domain", "dkim_domain"),
    "mx_pass": ("domain", "hosts"),
    "mx_missing": ("domain",),
    "ptr_pass": ("relay", "name"),
    "ptr_missing": ("relay",),
    "ptr_not_confirmed": ("relay", "name"),
    "relay_unresolved": ("host",),
    "tls_starttls": ("host", "port"),
    "tls_implicit": ("host", "port"),
    "tls_offered_unused": ("host", "port"),
    "tls_not_offered": ("host", "port"),
    "tls_unreachable": ("host", "port", "detail"),
    "unsubscribe_https": ("url",),
    "unsubscribe_mailto_only": (),
    "unsubscribe_no_one_click": (),
    "unsubscribe_missing": (),
    "lint_pass": (),
    "one_from_missing": ("count",),
    "date_missing": (),
    "message_id_missing": (),
    "too_big_for_gmail": ("kilobytes",),
    "images_only": (),
    "no_plain_text": (),
}


def worst(findings: list[Finding]) -> Status:
    order = {"pass": 0, "unknown": 1, "warn": 2, "fail": 3}
    return max((f.status for f in findings), key=order.__getitem__, default="pass")
