"""OAuth2 sign-in for mail servers that no longer take passwords (Microsoft 365, Google).

One library serves both providers: authlib's client (``OAuth2Session``) does the
authorization-code flow with PKCE and the refresh, with one code path for both, and it is
what the tests' own authorization server is built on. The desktop flow is the one RFC 8252
gives native apps: the system browser, a loopback redirect to ``http://127.0.0.1:<port>/
callback`` and a PKCE verifier, so the app never sees the user's password and ships no secret.

What is kept where: the refresh token in the OS keyring only (under the profile's or the
mailbox's key, where a password would be); the access token in memory only, in a
``TokenSource`` per key, refreshed a minute before it expires and once more when a server
refuses it. A refresh token the provider no longer accepts raises ``AuthError`` with the code
``oauth_sign_in_again``: the window and the CLI say "Sign in again", never the raw reply.
"""

from __future__ import annotations

import contextlib
import http.server
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qs, urlparse

import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from requests import RequestException

from engine.errors import AuthError, SecretStoreUnavailable
from engine.secrets import open_secret_store

AuthMethod = Literal["password", "microsoft", "google"]
Use = Literal["smtp", "imap", "pop3"]
AUTH_METHODS: tuple[AuthMethod, ...] = ("password", "microsoft", "google")

# An access token this close to its end is refreshed first: a batch of messages can take a
# while, and a token that dies between EHLO and AUTH costs a failed login.
REFRESH_MARGIN_SECONDS = 60


@dataclass(frozen=True)
class Endpoints:
    authorize_url: str
    token_url: str
    device_url: str = ""  # RFC 8628 device authorization; Microsoft's, for the code sign-in


_MS = "https://outlook.office.com/"
SCOPES: dict[tuple[str, str], tuple[str, ...]] = {
    ("microsoft", "smtp"): (_MS + "SMTP.Send", "offline_access"),
    ("microsoft", "imap"): (_MS + "IMAP.AccessAsUser.All", "offline_access"),
    ("microsoft", "pop3"): (_MS + "POP.AccessAsUser.All", "offline_access"),
    ("google", "smtp"): ("https://mail.google.com/",),
    ("google", "imap"): ("https://mail.google.com/",),
    ("google", "pop3"): ("https://mail.google.com/",),
}

# Endpoints set for this process instead of the providers' (the tests' local server; an
# organisation's own identity server). Nothing else ever changes where tokens come from.
_overrides: dict[str, Endpoints] = {}


def override_endpoints(method: str, endpoints: Endpoints | None) -> None:
    if endpoints is None:
        _overrides.pop(method, None)
    else:
        _overrides[method] = endpoints


def endpoints_for(method: str, tenant: str = "") -> Endpoints:
    if method in _overrides:
        return _overrides[method]
    if method == "microsoft":
        base = f"https://login.microsoftonline.com/{tenant.strip() or 'common'}/oauth2/v2.0"
        return Endpoints(f"{base}/authorize", f"{base}/token", f"{base}/devicecode")
    if method == "google":
        return Endpoints("https://accounts.google.com/o/oauth2/v2/auth",
                         "https://oauth2.googleapis.com/token")
    raise ValueError(f"not an OAuth sign-in: {method!r}")


def scopes_for(method: str, use: str) -> tuple[str, ...]:
    return SCOPES[(method, use)]


def xoauth2(user: str, access_token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Microsoft and Google take it."""
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01"


def oauthbearer(user: str, access_token: str, host: str, port: int) -> str:
    """The SASL OAUTHBEARER initial response (RFC 7628), before base64."""
    return (f"n,a={user},\x01host={host}\x01port={port}\x01"
            f"auth=Bearer {access_token}\x01\x01")


def mechanism(offered: set[str]) -> str:
    """XOAUTH2 where offered (Microsoft takes nothing else), else OAUTHBEARER where that is
    the one offered; a server that lists neither gets XOAUTH2 and says no itself."""
    upper = {m.upper() for m in offered}
    return "OAUTHBEARER" if "OAUTHBEARER" in upper and "XOAUTH2" not in upper else "XOAUTH2"


def initial_response(chosen: str, user: str, access_token: str, host: str, port: int) -> str:
    if chosen == "OAUTHBEARER":
        return oauthbearer(user, access_token, host, port)
    return xoauth2(user, access_token)


# -- signing in ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SignedIn:
    """What a sign-in gives. ``refresh_token`` goes to the keyring; the rest stays in memory."""

    refresh_token: str
    access_token: str
    expires_at: float
    account: str


class _Callback(http.server.BaseHTTPRequestHandler):
    result: dict[str, str]

    def do_GET(self) -> None:  # noqa: N802 - http.server's hook name
        url = urlparse(self.path)
        if url.path != "/callback":
            self.send_error(404)
            return
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        self.server.result = query  # type: ignore[attr-defined]
        body = b"<p>Signed in. You can close this tab and return to Newsletter Desk.</p>"
        if "error" in query:
            body = b"<p>Sign-in was not completed. Return to Newsletter Desk.</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return  # the query holds the code: never into a log


def sign_in(
    method: str,
    client_id: str,
    scopes: tuple[str, ...],
    *,
    tenant: str = "",
    login_hint: str = "",
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = 300.0,
    stopped: Callable[[], bool] = lambda: False,
) -> SignedIn:
    """Browser + loopback redirect + PKCE. ``open_browser`` is handed the authorization URL
    (tests pass a function that follows the redirects itself)."""
    endpoints = endpoints_for(method, tenant)
    listener = http.server.HTTPServer(("127.0.0.1", 0), _Callback)
    listener.timeout = 0.5
    listener.result = {}  # type: ignore[attr-defined]
    redirect_uri = f"http://127.0.0.1:{listener.server_port}/callback"
    verifier = generate_token(64)
    state = secrets.token_urlsafe(24)
    session = OAuth2Session(client_id, scope=" ".join(scopes), redirect_uri=redirect_uri,
                            code_challenge_method="S256", token_endpoint_auth_method="none")
    extra = {"login_hint": login_hint} if login_hint else {}
    if method == "google":
        # Without these Google gives no refresh token on a second sign-in.
        extra |= {"access_type": "offline", "prompt": "consent"}
    url, _ = session.create_authorization_url(endpoints.authorize_url, state=state,
                                              code_verifier=verifier, **extra)
    waiter = threading.Thread(target=_wait_for_callback, args=(listener, timeout, stopped),
                              daemon=True)
    waiter.start()
    try:
        open_browser(url)
        waiter.join(timeout + 1)
    finally:
        listener.server_close()
    result: dict[str, str] = listener.result  # type: ignore[attr-defined]
    if not result:
        raise AuthError("The sign-in was not completed in the browser.",
                        code="oauth_not_completed", params={})
    if result.get("state") != state or "code" not in result:
        raise AuthError("The sign-in was refused or did not match this request.",
                        code="oauth_refused", params={"reply": result.get("error", "")})
    try:
        token = session.fetch_token(endpoints.token_url, code=result["code"],
                                    code_verifier=verifier)
    except (OAuthError, RequestException, ValueError) as exc:
        raise _token_error(exc, endpoints, "") from None
    if not token.get("refresh_token"):
        raise AuthError("The provider gave no refresh token.", code="oauth_refused",
                        params={"reply": "no refresh_token"})
    return SignedIn(token["refresh_token"], token["access_token"],
                    _expiry(token), login_hint)


@dataclass(frozen=True)
class DeviceCode:
    """What the user is shown for the code sign-in: open ``verification_uri`` anywhere (a
    phone, another computer) and type ``user_code``."""

    user_code: str
    verification_uri: str
    expires_in: int


DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def device_sign_in(
    method: str,
    client_id: str,
    scopes: tuple[str, ...],
    *,
    show_code: Callable[[DeviceCode], object],
    tenant: str = "",
    login_hint: str = "",
    stopped: Callable[[], bool] = lambda: False,
    sleep: Callable[[float], object] = time.sleep,
) -> SignedIn:
    """The device-code flow (RFC 8628), Microsoft's fallback when no browser can reach this
    machine's loopback address (a remote desktop, a locked-down browser): the user signs in
    on any device with a short code while this polls the token endpoint."""
    endpoints = endpoints_for(method, tenant)
    if not endpoints.device_url:
        raise AuthError("This provider offers no sign-in with a code.", code="oauth_refused",
                        params={"reply": "no device authorization endpoint"})
    try:
        reply = requests.post(endpoints.device_url, timeout=30,
                              data={"client_id": client_id, "scope": " ".join(scopes)})
        grant = reply.json()
    except (RequestException, ValueError) as exc:
        raise _token_error(exc, endpoints, "") from None
    if reply.status_code != 200 or "device_code" not in grant:
        raise AuthError("The provider refused the sign-in with a code.", code="oauth_refused",
                        params={"reply": str(grant.get("error", reply.status_code))})
    expires_in = int(grant.get("expires_in", 900))
    show_code(DeviceCode(str(grant["user_code"]), str(grant["verification_uri"]), expires_in))
    interval = float(grant.get("interval", 5))
    deadline = time.monotonic() + expires_in
    while time.monotonic() < deadline:
        if stopped():
            break
        sleep(interval)
        try:
            answer = requests.post(endpoints.token_url, timeout=30, data={
                "grant_type": DEVICE_GRANT, "client_id": client_id,
                "device_code": grant["device_code"]})
            token = answer.json()
        except (RequestException, ValueError) as exc:
            raise _token_error(exc, endpoints, "") from None
        error = token.get("error", "")
        if error == "authorization_pending":
            continue
        if error == "slow_down":
            interval += 5  # as RFC 8628 §3.5 asks
            continue
        if error or not token.get("refresh_token"):
            raise AuthError("The sign-in was refused.", code="oauth_refused",
                            params={"reply": error or "no refresh_token"})
        return SignedIn(token["refresh_token"], token["access_token"], _expiry(token),
                        login_hint)
    raise AuthError("The sign-in was not completed in time.", code="oauth_not_completed",
                    params={})


def _wait_for_callback(listener: http.server.HTTPServer, timeout: float,
                       stopped: Callable[[], bool]) -> None:
    # Half-second polls, so Cancel (``stopped``) ends the wait at once.
    deadline = time.monotonic() + timeout
    result: dict[str, str] = listener.result  # type: ignore[attr-defined]
    while not result and time.monotonic() < deadline and not stopped():
        listener.handle_request()
        result = listener.result  # type: ignore[attr-defined]


def _expiry(token: dict[str, Any]) -> float:
    if token.get("expires_at"):
        return float(token["expires_at"])
    return time.time() + float(token.get("expires_in", 3600))


def _token_error(exc: BaseException, endpoints: Endpoints, name: str) -> AuthError:
    if isinstance(exc, OAuthError) and exc.error == "invalid_grant":
        return AuthError(f"Sign in again to “{name}”: the sign-in has expired or was revoked.",
                         code="oauth_sign_in_again", params={"name": name})
    host = urlparse(endpoints.token_url).hostname or ""
    reply = exc.error if isinstance(exc, OAuthError) else type(exc).__name__
    return AuthError(f"The sign-in server {host} could not be reached or refused ({reply}).",
                     code="oauth_token_failed", params={"host": host, "reply": str(reply)})


# -- access tokens for a login ----------------------------------------------------------------


class TokenSource:
    """A fresh access token for one profile or mailbox, from its refresh token."""

    def __init__(self, *, name: str, method: str, client_id: str, refresh_token: str,
                 scopes: tuple[str, ...], tenant: str = "",
                 save: Callable[[str], None] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.name = name
        self.method = method
        self.client_id = client_id
        self.scopes = scopes
        self.tenant = tenant
        self.refresh_token = refresh_token
        self.initial = refresh_token
        self._save = save
        self._clock = clock
        self._access: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self.refreshes = 0

    def access_token(self) -> str:
        with self._lock:
            if self._access is None or self._clock() >= self._expires_at - REFRESH_MARGIN_SECONDS:
                self._refresh()
            assert self._access is not None
            return self._access

    def refresh(self) -> str:
        """A new access token now: the server refused the one we had."""
        with self._lock:
            self._refresh()
            assert self._access is not None
            return self._access

    def _refresh(self) -> None:
        endpoints = endpoints_for(self.method, self.tenant)
        # No scope: a refresh keeps what the user granted at sign-in (the scopes are decided
        # there, once), so a sign-in for the wrong use shows as the server's refusal.
        session = OAuth2Session(self.client_id, token_endpoint_auth_method="none")
        try:
            token = session.refresh_token(endpoints.token_url, refresh_token=self.refresh_token)
        except (OAuthError, RequestException, ValueError) as exc:
            self._access = None
            raise _token_error(exc, endpoints, self.name) from None
        self.refreshes += 1
        self._access = token["access_token"]
        self._expires_at = _expiry(token)
        rotated = token.get("refresh_token")
        if rotated and rotated != self.refresh_token:
            # The provider rotated it: the old one is dead from now on, so keep the new one.
            self.refresh_token = rotated
            if self._save is not None:
                self._save(rotated)


_sources: dict[str, TokenSource] = {}
_sources_lock = threading.Lock()


def _keyring_saver(key: str) -> Callable[[str], None]:
    def save(token: str) -> None:
        # Without a keyring the rotated token lives on in the TokenSource for this session.
        with contextlib.suppress(SecretStoreUnavailable):
            store = open_secret_store()
            if store.status().available:
                store.set(key, token)
    return save


def token_source(*, key: str, name: str, method: str, client_id: str, refresh_token: str,
                 use: str, tenant: str = "",
                 save: Callable[[str], None] | None = None) -> TokenSource:
    """The process's one ``TokenSource`` for ``key``, so every login shares its access token.

    A refresh token unlike the one the source started from or rotated to means the user
    signed in again: the old source is dropped.
    """
    with _sources_lock:
        found = _sources.get(key)
        if found is not None and refresh_token in (found.refresh_token, found.initial) \
                and found.client_id == client_id and found.method == method:
            return found
        source = TokenSource(name=name, method=method, client_id=client_id,
                             refresh_token=refresh_token, scopes=scopes_for(method, use),
                             tenant=tenant, save=save or _keyring_saver(key))
        _sources[key] = source
        return source


def forget(key: str) -> None:
    """Drop the in-memory access token of ``key`` (signed out, or signed in anew)."""
    with _sources_lock:
        _sources.pop(key, None)
