"""Pull the unsubscribe service's recorded requests and apply them, as a step of the bounce
job (same schedule, one place where "who asked to leave" is gathered).

Order matters for "lose nothing": first acknowledge what an earlier run applied (that
acknowledgement may have been lost with the service), then pull past the high-water mark,
apply each request with the very storage call a mailto unsubscribe uses (so the exclusion
policy applies identically), store the new mark in the same transaction, and only then
acknowledge. A service that is down leaves everything where it was, for the next run.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from engine.config import ExclusionPolicy, UnsubscribeService
from engine.mail import signed_links
from engine.notes import Note, note
from engine.storage import audience, bounces, repo, service_pull, unsubscribes
from engine.storage.transactions import transaction

SOURCE = "service"


class ServiceDown(Exception):
    def __init__(self, why: Note) -> None:
        super().__init__(why.code)
        self.why = why


@dataclass
class PullReport:
    pulled: int = 0
    applied: int = 0
    unknown: int = 0
    error: Note | None = None

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"pulled": self.pulled, "applied": self.applied,
                                 "unknown": self.unknown}
        if self.error is not None:
            found["error"] = self.error.dump()
        return found


class _Client:
    def __init__(self, settings: UnsubscribeService, key: bytes, timeout: float) -> None:
        self.base = settings.base_url.rstrip("/")
        # Always verified: against the system's authorities, or the one file the user chose.
        self.context = ssl.create_default_context(cafile=settings.ca_file or None)
        self.headers = {"Authorization": f"Bearer {signed_links.pull_key(key)}",
                        "Content-Type": "application/json"}
        self.timeout = timeout

    def call(self, method: str, path: str, body: object | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers=self.headers)
        try:
            with urllib.request.urlopen(request, context=self.context,
                                        timeout=self.timeout) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            raise ServiceDown(note("service_refused", url=self.base, status=error.code)) from None
        except (OSError, ValueError) as error:
            raise ServiceDown(note("service_unreachable", url=self.base,
                                   detail=str(getattr(error, "reason", error)))) from None


def _apply(request: dict[str, Any], scope: str) -> bool:
    """One request, by the item its token names; False when no item has that token."""
    match = bounces.items_by_tokens([str(request["token"])]).get(str(request["token"]))
    if match is None:
        return False
    at = datetime.fromisoformat(str(request["created_at"])).astimezone(UTC).replace(tzinfo=None)
    if request["action"] == "manage":
        for list_id in request["lists"]:
            unsubscribes.unsubscribe_from_list(match.email, int(list_id), source=SOURCE, at=at,
                                               scope=scope)
    else:
        campaign = match.campaign_id if scope == "campaign" else None
        unsubscribes.add_unsubscribe(match.email, campaign, source=SOURCE, at=at, scope=scope)
    return True


def _oldest(answer: dict[str, Any]) -> datetime | None:
    value = answer.get("oldest_unacknowledged")
    if not value:
        return None
    return datetime.fromisoformat(str(value)).astimezone(UTC).replace(tzinfo=None)


def pull_requests(settings: UnsubscribeService, key: bytes, *, now: datetime,
                  timeout: float = 15.0) -> PullReport:
    """Publish the list catalog, pull and apply the new requests, acknowledge them."""
    client = _Client(settings, key, timeout)
    report = PullReport()
    scope = repo.load_setting(ExclusionPolicy).scope
    state = service_pull.load_pull_state()
    try:
        if state.last_id:
            client.call("POST", "/api/ack", {"up_to": state.last_id})
        client.call("PUT", "/api/catalog", {
            "sender": settings.sender_name,
            "lists": {str(info.id): info.name for info in audience.list_lists()}})
        while True:
            answer = client.call("GET", f"/api/requests?since={state.last_id}")
            found = list(answer.get("requests", []))
            state = replace(state, oldest_unacknowledged=_oldest(answer))
            if not found:
                break
            with transaction():
                for request in found:
                    report.pulled += 1
                    if _apply(request, scope):
                        report.applied += 1
                    else:
                        report.unknown += 1
                state = replace(state, last_id=max(int(r["id"]) for r in found))
                service_pull.save_pull_state(state)
            client.call("POST", "/api/ack", {"up_to": state.last_id})
        state = replace(state, last_pulled_at=now.astimezone(UTC).replace(tzinfo=None))
    except ServiceDown as down:
        report.error = down.why
    service_pull.save_pull_state(state)
    return report
