"""The Flask app: the RFC 8058 one-click POST, the confirm and manage pages, and the desktop's
pull API.

A ``GET`` never unsubscribes: link scanners and mail-security proxies follow every link in a
message. The browser gets a confirm page whose form carries a nonce made for that render, so a
replayed form post is refused. The mail provider's one-click ``POST`` (body
``List-Unsubscribe=One-Click``) is recorded and answered 200 at once, as RFC 8058 asks.
"""

from __future__ import annotations

import hmac
import os
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, jsonify, render_template_string, request

from engine.clock import Clock, SystemClock, utc_now
from engine.mail import signed_links
from engine.mail.signed_links import LinkRefused, SignedLink
from engine.service import pages
from engine.service.store import Catalog, ServiceStore

KEY_FILE = "key"
KEY_ENV = "NEWSLETTER_DESK_SERVICE_KEY"
DATABASE_FILE = "requests.sqlite3"
ONE_CLICK = "One-Click"

_REFUSAL_STATUS = {"garbled": 400, "forged": 403, "expired": 410}


def read_key(data_dir: Path) -> bytes:
    """The shared key from the environment, else from ``DATA/key`` (as copied from the desktop)."""
    text = os.environ.get(KEY_ENV) or (data_dir / KEY_FILE).read_text(encoding="ascii")
    return signed_links.key_from_text(text)


def create_app(data_dir: Path, *, key: bytes | None = None, clock: Clock | None = None,
               database_url: str = "") -> Flask:
    """The app over ``DATA/requests.sqlite3``, or over the shared PostgreSQL at
    ``database_url`` (the key file still lives in ``data_dir``)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shared_key = key if key is not None else read_key(data_dir)
    bearer = signed_links.pull_key(shared_key)
    store = ServiceStore(data_dir / DATABASE_FILE, database_url=database_url)
    time = clock or SystemClock()
    app = Flask("newsletter_desk_service")
    app.config["store"] = store

    def now() -> datetime:
        return utc_now(time)

    def page(template: str, status: int = 200, **values: Any) -> Response:
        body = render_template_string(template, sender=store.catalog().sender, **values)
        return Response(body, status=status, mimetype="text/html")

    def link_or_refuse(signed: str) -> SignedLink:
        try:
            return signed_links.verify(shared_key, signed, now().date())
        except LinkRefused as refused:
            abort(page(pages.REFUSED, _REFUSAL_STATUS[refused.reason], reason=refused.reason))

    def form_page(template: str, signed: str, **values: Any) -> Response:
        nonce = secrets.token_urlsafe(18)
        store.add_nonce(nonce, signed, now())
        return page(template, nonce=nonce, **values)

    def nonce_or_refuse(signed: str) -> None:
        if not store.use_nonce(request.form.get("nonce", ""), signed, now()):
            abort(page(pages.REFUSED, 409, reason="replayed"))

    @app.get("/u/<signed>")
    def confirm(signed: str) -> Response:
        link = link_or_refuse(signed)
        if store.already_unsubscribed(link.token):
            return page(pages.DONE, already=True)
        return form_page(pages.CONFIRM, signed)

    @app.post("/u/<signed>")
    def unsubscribe(signed: str) -> Response:
        link = link_or_refuse(signed)
        if request.form.get("List-Unsubscribe") == ONE_CLICK:
            # RFC 8058: the provider expects a quick 2xx and shows nothing of the body.
            store.record(link.token, "unsubscribe", link.list_ids, now())
            return Response("Unsubscribed\n", status=200, mimetype="text/plain")
        nonce_or_refuse(signed)
        new = store.record(link.token, "unsubscribe", link.list_ids, now())
        return page(pages.DONE, already=not new)

    @app.get("/m/<signed>")
    def manage(signed: str) -> Response:
        link = link_or_refuse(signed)
        names = store.catalog().lists
        lists = [(i, names.get(i, f"List {i}")) for i in link.list_ids]
        return form_page(pages.MANAGE, signed, lists=lists,
                         already=store.already_unsubscribed(link.token))

    @app.post("/m/<signed>")
    def save_choices(signed: str) -> Response:
        link = link_or_refuse(signed)
        nonce_or_refuse(signed)
        kept = {int(v) for v in request.form.getlist("keep") if v.isdigit()}
        leaving = tuple(i for i in link.list_ids if i not in kept)
        if leaving:
            store.record(link.token, "manage", leaving, now())
        names = store.catalog().lists
        return page(pages.SAVED, left=[names.get(i, f"List {i}") for i in leaving])

    def authorised() -> None:
        given = request.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {bearer}".encode()):
            abort(Response("unauthorised\n", status=401, mimetype="text/plain"))

    @app.get("/api/requests")
    def pull() -> Response:
        authorised()
        since = request.args.get("since", "0")
        found = store.pending(int(since) if since.isdigit() else 0)
        oldest = store.oldest_unacknowledged()
        return jsonify({"requests": [r.as_json() for r in found],
                        "oldest_unacknowledged": oldest.isoformat() if oldest else None})

    @app.post("/api/ack")
    def acknowledge() -> Response:
        authorised()
        up_to = (request.get_json(silent=True) or {}).get("up_to")
        if not isinstance(up_to, int):
            abort(Response("up_to must be an integer\n", status=400, mimetype="text/plain"))
        return jsonify({"acknowledged": store.acknowledge(up_to)})

    @app.put("/api/catalog")
    def publish() -> Response:
        authorised()
        body = request.get_json(silent=True) or {}
        lists = body.get("lists", {})
        store.publish_catalog(Catalog(str(body.get("sender", ""))[:200],
                                      {int(k): str(v)[:200] for k, v in lists.items()}))
        return jsonify({"lists": len(lists)})

    return app

