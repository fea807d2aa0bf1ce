"""The Authentication rows of an SMTP profile or the bounce mailbox: a password, or a sign-in
with Microsoft or Google (engine/oauth.py).

The sign-in runs in a worker thread (the browser round trip can take minutes); its refresh
token is held here until Save, then written to the keyring under the settings' key, where a
password would be. Nothing of the token is ever shown. Which client ID to use is the user's:
Google's mail scope needs a verified app, so we ship none, and the hint links to the guide.
"""

from __future__ import annotations

import html
import webbrowser
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSignalBlocker,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.widgets.form import FormFields
from desktop.widgets.network_action import NetworkActionWidget
from desktop.widgets.password_field import PasswordField
from engine import oauth
from engine.errors import SecretStoreUnavailable
from engine.network import Hangup
from engine.secrets import SecretStore

AUTH_CHOICES: tuple[tuple[str, str], ...] = (
    ("password", QT_TRANSLATE_NOOP("oauth_sign_in", "Password")),
    ("microsoft", QT_TRANSLATE_NOOP("oauth_sign_in", "Sign in with Microsoft")),
    ("google", QT_TRANSLATE_NOOP("oauth_sign_in", "Sign in with Google")),
)
GUIDE_URL = ("https://github.com/newsletter-desk/newsletter-desk/blob/main/docs/"
             "settings-window.md#signing-in-with-microsoft-or-google")
SIGN_IN_AGAIN = "oauth_sign_in_again"  # engine.oauth's code for an expired or revoked sign-in


def auth_choice_words(label: str) -> str:
    return QCoreApplication.translate("oauth_sign_in", label)  # untranslated: in AUTH_CHOICES


def not_signed_in() -> str:
    return translate("oauth_sign_in", "Not signed in yet: press Sign in…")


class OAuthFields(QObject):
    """The rows, their widgets, and the sign-in button with its worker."""

    method_changed = Signal(str)
    # from the sign-in's worker thread: the code to type, where, for how many seconds
    code_shown = Signal(str, str, int)

    def __init__(self, secrets: SecretStore, form: FormFields, password: PasswordField, *,
                 use: Callable[[], str], username: Callable[[], str], parent: QWidget,
                 labels: tuple[str, str, str] | None = None) -> None:
        super().__init__(parent)
        labels = labels or (translate("oauth_sign_in", "Log in &by"),
                            translate("oauth_sign_in", "Client ID (app &key)"),
                            translate("oauth_sign_in", "Organi&zation (tenant)"))
        self._secrets = secrets
        self._form = form
        self._password = password  # its row hides while a sign-in is chosen
        self._use = use  # "smtp", "imap" or "pop3": the scopes asked for
        self._username = username
        self._key = ""
        self._pending: str | None = None  # a refresh token signed in, not yet saved
        # The system browser; a test puts a function that follows the redirects itself.
        self.open_browser: Callable[[str], object] = webbrowser.open
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("authMethod")
        for value, label in AUTH_CHOICES:
            self.method_combo.addItem(auth_choice_words(label), value)
        self.client_edit = QLineEdit()
        self.client_edit.setObjectName("oauthClientId")
        self.client_edit.setPlaceholderText(translate("oauth_sign_in", "e.g. 0f3c9a1e-…"))
        self.tenant_edit = QLineEdit()
        self.tenant_edit.setPlaceholderText(translate("oauth_sign_in",
                                                      "common (any work or school account)"))
        self.sign_in_button = QPushButton(translate("oauth_sign_in", "Sign in…"))
        self.sign_in_button.setObjectName("signIn")
        # Microsoft's fallback when the browser cannot come back to this computer's loopback
        # address (a remote desktop, a browser on another machine): a code typed anywhere.
        self.code_button = QPushButton(translate("oauth_sign_in", "Sign in with a code…"))
        self.code_button.setObjectName("signInWithCode")
        self.code_button.setToolTip(translate(
            "oauth_sign_in", "When the browser cannot return to this computer (a remote "
            "desktop, a locked-down browser): sign in on any device with a short code."))
        self.code_label = QLabel()
        self.code_label.setObjectName("signInCode")
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.code_label.setOpenExternalLinks(True)
        self.code_label.hide()
        self.status = QLabel(not_signed_in())
        self.status.setObjectName("signInStatus")
        self.status.setWordWrap(True)
        self.action = NetworkActionWidget()
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.sign_in_button)
        line.addWidget(self.code_button)
        line.addWidget(self.status, 1)
        # Labels are the page's: each page has its own free Alt letters.
        form.add("auth_method", labels[0], self.method_combo)
        form.add("oauth_client_id", labels[1], self.client_edit, translate(
            "oauth_sign_in", "The client ID of your own app registration. "
            "<a href=\"{guide}\">How to get one</a>").format(guide=GUIDE_URL))
        form.add("oauth_tenant", labels[2], self.tenant_edit, translate(
            "oauth_sign_in", "Your organisation's domain or ID, or leave empty."))
        form.add("oauth_sign_in", "", row)
        form.add("oauth_code", "", self.code_label)
        form.add("oauth_progress", "", self.action)
        cell = self.client_edit.parentWidget()
        for hint in cell.findChildren(QLabel) if cell is not None else []:
            if "<a href" in hint.text():
                hint.setOpenExternalLinks(True)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.code_button.clicked.connect(self._on_code_button_clicked)
        self.code_shown.connect(self._on_code_shown)
        self.action.succeeded.connect(self._on_action_succeeded)
        self.action.failed.connect(self._on_action_failed)
        self._show_rows()

    @property
    def method(self) -> str:
        return str(self.method_combo.currentData())

    def load(self, settings: Any) -> None:
        with QSignalBlocker(self.method_combo):
            self.method_combo.setCurrentIndex(self.method_combo.findData(settings.auth_method))
        self.client_edit.setText(settings.oauth_client_id)
        self.tenant_edit.setText(settings.oauth_tenant)
        self._key = settings.secret_key
        self._pending = None
        self._show_rows()
        if settings.auth_method != "password":
            self.status.setText(translate("oauth_sign_in", "Signed in as {account}.").format(
                account=settings.username) if self._stored() else not_signed_in())
            self.status.setStyleSheet("")

    def values(self) -> dict[str, str]:
        return {"auth_method": self.method, "oauth_client_id": self.client_edit.text().strip(),
                "oauth_tenant": self.tenant_edit.text().strip()}

    def has_unsaved_changes(self) -> bool:
        return self._pending is not None

    def is_signed_in(self) -> bool:
        return self._pending is not None or self._stored()

    def secret(self) -> str | None:
        """What a connection test logs in with: the password, or the sign-in's refresh token.
        Read in the GUI thread: the worker never touches the keyring."""
        return self._password.password() if self.method == "password" else self.refresh_token()

    def refresh_token(self) -> str | None:
        """What a connection test uses: the new sign-in, else the stored one."""
        if self._pending is not None:
            return self._pending
        try:
            return self._secrets.get(self._key) if self._key else None
        except SecretStoreUnavailable:
            return None

    def save(self, key: str) -> None:
        """On Save: the new sign-in replaces whatever the key held (a password included)."""
        if self._pending is not None:
            self._secrets.set(key, self._pending)
            oauth.forget(key)
            self._pending = None

    def revert(self) -> None:
        self._pending = None

    def watch(self, page_action: NetworkActionWidget) -> None:
        """A connection test that ends in "Sign in again" says so here too, at the field."""
        page_action.failed_code.connect(self._on_page_action_failed)

    @Slot(str)
    def _on_page_action_failed(self, code: str) -> None:
        if code == SIGN_IN_AGAIN:
            self.show_sign_in_again()

    def show_sign_in_again(self) -> None:
        self.status.setText(translate("oauth_sign_in",
                                      "Sign in again: the sign-in has expired or was revoked."))
        self.status.setStyleSheet("color: #a40000;")

    @property
    def tab_order(self) -> list[QWidget]:
        return [self.method_combo, self.client_edit, self.tenant_edit, self.sign_in_button,
                self.code_button]

    def set_enabled(self, enabled: bool) -> None:
        """Off with "Requires authentication", like the user name and password."""
        for widget in (self.method_combo, self.client_edit, self.tenant_edit,
                       self.sign_in_button, self.code_button):
            widget.setEnabled(enabled)

    def stop(self) -> None:
        self.action.stop()

    def _stored(self) -> bool:
        try:
            return bool(self._key) and self._secrets.get(self._key) is not None
        except SecretStoreUnavailable:
            return False

    def _show_rows(self) -> None:
        oauth_chosen = self.method != "password"
        if "password" in self._form.labels:  # added after these rows, on top of them
            self._form.layout.setRowVisible(self._form.labels["password"], not oauth_chosen)
        for name in ("oauth_client_id", "oauth_sign_in", "oauth_progress"):
            self._form.layout.setRowVisible(self._form.labels[name], oauth_chosen)
        self._form.layout.setRowVisible(self._form.labels["oauth_tenant"],
                                        self.method == "microsoft")
        self.code_button.setVisible(self.method == "microsoft")

    @Slot(int)
    def _on_method_combo_changed(self, _index: int) -> None:
        self._show_rows()
        self.method_changed.emit(self.method)

    def _client_id(self) -> str:
        client_id = self.client_edit.text().strip()
        if not client_id:
            self._form.errors["oauth_client_id"].show_message(translate(
                "oauth_sign_in", "Enter the client ID of your app registration (see the guide)."))
        return client_id

    @Slot()
    def _on_sign_in_button_clicked(self) -> None:
        if not (client_id := self._client_id()):
            return
        method, tenant, hint = self.method, self.tenant_edit.text().strip(), self._username()
        scopes = oauth.scopes_for(method, self._use())
        browser = self.open_browser

        def sign_in(hangup: Hangup) -> oauth.SignedIn:
            return oauth.sign_in(method, client_id, scopes, tenant=tenant, login_hint=hint,
                                 open_browser=browser, stopped=lambda: hangup.hung_up)

        self._start(sign_in, translate("oauth_sign_in", "Waiting for the browser…"),
                    translate("oauth_sign_in", "Finish signing in in your browser…"))

    @Slot()
    def _on_code_button_clicked(self) -> None:
        if not (client_id := self._client_id()):
            return
        method, tenant, hint = self.method, self.tenant_edit.text().strip(), self._username()
        scopes = oauth.scopes_for(method, self._use())
        shown = self.code_shown

        def sign_in(hangup: Hangup) -> oauth.SignedIn:
            return oauth.device_sign_in(
                method, client_id, scopes, tenant=tenant, login_hint=hint,
                show_code=lambda c: shown.emit(c.user_code, c.verification_uri, c.expires_in),
                stopped=lambda: hangup.hung_up)

        self._start(sign_in, translate("oauth_sign_in", "Asking Microsoft for a code…"),
                    translate("oauth_sign_in", "Waiting for the code to be entered…"))

    def _start(self, sign_in: Callable[[Hangup], oauth.SignedIn], status: str,
               progress: str) -> None:
        self.sign_in_button.setEnabled(False)
        self.code_button.setEnabled(False)
        self.code_label.hide()
        self.status.setText(status)
        self.status.setStyleSheet("")
        self.action.start(progress, sign_in)

    @Slot(str, str, int)
    def _on_code_shown(self, code: str, uri: str, seconds: int) -> None:
        self.code_label.setText(translate(
            "oauth_sign_in", "On any device, open {link} and enter the code {code} "
            "(valid for %n minute(s)).", None, max(1, seconds // 60)).format(
                link=f'<a href="{html.escape(uri)}">{html.escape(uri)}</a>',
                code=f"<b style='font-size: large'>{html.escape(code)}</b>"))
        self.code_label.show()
        self.status.setText(translate("oauth_sign_in", "Waiting for the code to be entered…"))

    @Slot(object)
    def _on_action_succeeded(self, result: object) -> None:
        self.sign_in_button.setEnabled(True)
        self.code_button.setEnabled(True)
        self.code_label.hide()
        if isinstance(result, oauth.SignedIn):
            self._pending = result.refresh_token
            who = result.account or self._username()
            self.action.say("", True)
            self.status.setText(translate("oauth_sign_in", "Signed in as {account}. Press Save "
                                          "to keep it.").format(account=who))
            self.status.setStyleSheet("color: #1a7f37;")

    @Slot(str)
    def _on_action_failed(self, _message: str) -> None:
        self.sign_in_button.setEnabled(True)
        self.code_button.setEnabled(True)
        self.code_label.hide()
        self.status.setText(not_signed_in())

