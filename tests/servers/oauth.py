"""A real OAuth2 authorization server on 127.0.0.1 (authlib's server classes on Flask).

It runs the flows Microsoft and Google run for a desktop app: authorization code with PKCE
(S256, a public client, a loopback redirect on any port per RFC 8252), refresh with rotation
(the old refresh token stops working), and token introspection for the mail servers (aiosmtpd
and Dovecot check each access token here). There is no login page: the authorize endpoint
approves the ``login_hint`` at once, so a test "is the browser" by following the redirect.

Test knobs: ``revoke(user)`` makes every token of a user invalid (the "signed out everywhere"
case), ``expire_access_tokens()`` ages every access token, ``lifetime`` sets how long new
access tokens live.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oauth2.rfc7662 import IntrospectionEndpoint
from authlib.oauth2.rfc8628 import (
    DEVICE_CODE_GRANT_TYPE,
    DeviceAuthorizationEndpoint,
    DeviceCodeGrant,
    DeviceCredentialDict,
)
from flask import Flask, request
from werkzeug.serving import make_server

from tests.servers.ports import LOOPBACK

INTROSPECTION_CLIENT = ("mailserver", "introspect-secret")


@dataclass
class _Client:
    client_id: str
    scopes: frozenset[str]

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str:
        return f"http://{LOOPBACK}/callback"

    def get_allowed_scope(self, scope: str) -> str:
        return " ".join(s for s in (scope or "").split() if s in self.scopes)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        url = urlparse(redirect_uri)
        return url.scheme == "http" and url.hostname == LOOPBACK and url.path == "/callback"

    def check_client_secret(self, client_secret: str) -> bool:
        return False

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "none"

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token", DEVICE_CODE_GRANT_TYPE)


@dataclass
class _Code:
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user: str
    code_challenge: str | None
    code_challenge_method: str | None

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> None:
        return None

    def get_auth_time(self) -> None:
        return None


@dataclass
class Token:
    client_id: str
    user: str
    scope: str
    access_token: str
    refresh_token: str | None
    issued_at: float
    expires_in: int
    revoked: bool = False

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return self.expires_in

    def is_expired(self) -> bool:
        return time.time() >= self.issued_at + self.expires_in

    def is_revoked(self) -> bool:
        return self.revoked

    def check_client(self, client: _Client) -> bool:
        return client.client_id == self.client_id

    def get_user(self) -> str:
        return self.user


@dataclass
class _User:
    name: str

    def get_user_id(self) -> str:
        return self.name


class _IntrospectionClient:
    def get_client_id(self) -> str:
        return INTROSPECTION_CLIENT[0]

    def check_client_secret(self, client_secret: str) -> bool:
        return client_secret == INTROSPECTION_CLIENT[1]

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "client_secret_basic"

    def check_grant_type(self, grant_type: str) -> bool:
        return False


@dataclass
class OAuthServer:
    """The server; ``start()`` it, ``stop()`` it (or use it as a context manager)."""

    clients: dict[str, frozenset[str]] = field(default_factory=dict)
    lifetime: int = 3600
    host: str = LOOPBACK
    port: int = 0
    tokens: list[Token] = field(default_factory=list)
    token_requests: int = 0
    _codes: dict[str, _Code] = field(default_factory=dict)
    device_interval: int = 1  # seconds a device-code client is told to wait between polls
    _devices: dict[str, DeviceCredentialDict] = field(default_factory=dict)
    _device_grants: dict[str, tuple[_User, bool]] = field(default_factory=dict)
    device_polls: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def introspection_url(self) -> str:
        return f"{self.url}/introspect"

    def add_client(self, client_id: str, scopes: list[str]) -> None:
        self.clients[client_id] = frozenset(scopes)

    def revoke(self, user: str) -> None:
        with self._lock:
            for token in self.tokens:
                if token.user == user:
                    token.revoked = True

    def approve_device(self, user_code: str, user: str, *, approved: bool = True) -> None:
        """The user at some browser typing the code and signing in (or refusing)."""
        with self._lock:
            self._device_grants[user_code] = (_User(user), approved)

    def expire_access_tokens(self) -> None:
        with self._lock:
            for token in self.tokens:
                token.issued_at -= token.expires_in + 1

    def issue(self, user: str, client_id: str, scope: str) -> Token:
        """A token straight from the server, for tests of the mail servers' side."""
        token = Token(client_id, user, scope, secrets.token_urlsafe(24),
                      secrets.token_urlsafe(24), time.time(), self.lifetime)
        with self._lock:
            self.tokens.append(token)
        return token

    def introspect(self, access_token: str) -> dict[str, Any]:
        with self._lock:
            found = next((t for t in self.tokens if t.access_token == access_token), None)
        if found is None or found.revoked or found.is_expired():
            return {"active": False}
        return {"active": True, "username": found.user, "scope": found.scope,
                "client_id": found.client_id, "exp": int(found.issued_at + found.expires_in)}

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> OAuthServer:
        app = self._app()
        self._http = make_server(self.host, 0, app, threaded=True)
        self.port = self._http.server_port
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(5)

    def __enter__(self) -> OAuthServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the Flask app ------------------------------------------------------------------------

    def _app(self) -> Flask:  # noqa: C901 - authlib's hooks are small closures over self
        app = Flask("oauth-test-server")
        app.config["OAUTH2_REFRESH_TOKEN_GENERATOR"] = True
        owner = self

        def query_client(client_id: str) -> Any:
            if client_id == INTROSPECTION_CLIENT[0]:
                return _IntrospectionClient()
            scopes = owner.clients.get(client_id)
            return None if scopes is None else _Client(client_id, scopes)

        def save_token(data: dict[str, Any], req: Any) -> None:
            user = req.user.get_user_id() if req.user else ""
            token = Token(req.client.client_id, user, data.get("scope", ""),
                          data["access_token"], data.get("refresh_token"), time.time(),
                          int(data.get("expires_in", owner.lifetime)))
            with owner._lock:
                owner.tokens.append(token)
                owner.token_requests += 1

        server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
        server.register_token_generator(
            "default", _generator(lambda: owner.lifetime))

        class CodeGrant(grants.AuthorizationCodeGrant):
            TOKEN_ENDPOINT_AUTH_METHODS = ["none"]

            def save_authorization_code(self, code: str, req: Any) -> None:
                owner._codes[code] = _Code(
                    code, req.client.client_id, req.payload.redirect_uri,
                    req.payload.scope or "", req.user.get_user_id(),
                    req.payload.data.get("code_challenge"),
                    req.payload.data.get("code_challenge_method"))

            def query_authorization_code(self, code: str, client: Any) -> _Code | None:
                found = owner._codes.get(code)
                return found if found and found.client_id == client.client_id else None

            def delete_authorization_code(self, authorization_code: _Code) -> None:
                owner._codes.pop(authorization_code.code, None)

            def authenticate_user(self, authorization_code: _Code) -> _User:
                return _User(authorization_code.user)

        class RefreshGrant(grants.RefreshTokenGrant):
            TOKEN_ENDPOINT_AUTH_METHODS = ["none"]
            INCLUDE_NEW_REFRESH_TOKEN = True

            def authenticate_refresh_token(self, refresh_token: str) -> Token | None:
                with owner._lock:
                    found = next((t for t in owner.tokens
                                  if t.refresh_token == refresh_token), None)
                return None if found is None or found.revoked else found

            def authenticate_user(self, refresh_token: Token) -> _User:
                return _User(refresh_token.user)

            def revoke_old_credential(self, refresh_token: Token) -> None:
                with owner._lock:
                    refresh_token.revoked = True

        class Introspection(IntrospectionEndpoint):  # type: ignore[misc]
            CLIENT_AUTH_METHODS = ["client_secret_basic"]

            def query_token(self, token: str, token_type_hint: str | None) -> Token | None:
                with owner._lock:
                    return next((t for t in owner.tokens if t.access_token == token), None)

            def check_permission(self, token: Token, client: Any, req: Any) -> bool:
                return isinstance(client, _IntrospectionClient)

            def introspect_token(self, token: Token) -> dict[str, Any]:
                return owner.introspect(token.access_token)

        class DeviceGrant(DeviceCodeGrant):
            TOKEN_ENDPOINT_AUTH_METHODS = ["none"]

            def query_device_credential(self, device_code: str) -> Any:
                with owner._lock:
                    owner.device_polls += 1
                    return owner._devices.get(device_code)

            def query_user_grant(self, user_code: str) -> Any:
                with owner._lock:
                    return owner._device_grants.get(user_code)

            def should_slow_down(self, credential: Any) -> bool:
                return False

        class Device(DeviceAuthorizationEndpoint):
            CLIENT_AUTH_METHODS = ["none"]

            def get_verification_uri(self) -> str:
                return f"{owner.url}/device"

            def save_device_credential(self, client_id: str, scope: str,
                                       data: dict[str, Any]) -> None:
                data = {**data, "interval": owner.device_interval}
                with owner._lock:
                    owner._devices[data["device_code"]] = DeviceCredentialDict(
                        client_id=client_id, scope=scope,
                        expires_at=time.time() + data["expires_in"], **data)

            def create_endpoint_response(self, req: Any) -> Any:
                status, body, headers = super().create_endpoint_response(req)
                return status, {**body, "interval": owner.device_interval}, headers

        server.register_grant(DeviceGrant)
        server.register_endpoint(Device)
        server.register_grant(CodeGrant, [CodeChallenge(required=True)])
        server.register_grant(RefreshGrant)
        server.register_endpoint(Introspection)

        @app.route("/authorize")
        def authorize() -> Any:
            user = _User(request.args.get("login_hint", ""))
            try:
                grant = server.get_consent_grant(end_user=user)
            except OAuth2Error as error:
                return server.handle_error_response(None, error)
            return server.create_authorization_response(
                grant=grant, grant_user=user if user.name else None)

        @app.route("/token", methods=["POST"])
        def token() -> Any:
            return server.create_token_response()

        @app.route("/devicecode", methods=["POST"])
        def devicecode() -> Any:
            return server.create_endpoint_response(Device.ENDPOINT_NAME)

        @app.route("/introspect", methods=["POST"])
        def introspect() -> Any:
            return server.create_endpoint_response(Introspection.ENDPOINT_NAME)

        return app


def _generator(lifetime: Any) -> Any:
    def generate(grant_type: str, client: Any, user: Any = None, scope: str | None = None,
                 expires_in: int | None = None,
                 include_refresh_token: bool = True) -> dict[str, Any]:
        token: dict[str, Any] = {"token_type": "Bearer",
                                 "access_token": secrets.token_urlsafe(24),
                                 "expires_in": lifetime()}
        if scope:
            token["scope"] = scope
        if include_refresh_token:
            token["refresh_token"] = secrets.token_urlsafe(24)
        return token
    return generate
