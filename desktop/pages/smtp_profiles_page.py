"""SMTP profiles: the named ways of sending, and the form for the selected one."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.unsaved import ask_unsaved
from desktop.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.models.config_words import field_messages
from desktop.pages.settings_page import SettingsPage
from desktop.pages.smtp_dkim import DkimFields
from desktop.pages.smtp_pacing import ProviderPaceTable, WarmupWindowFields
from desktop.services import Services
from desktop.widgets.form import ERROR_STYLE, chain_tab_order
from desktop.widgets.network_action import NetworkActionWidget
from desktop.widgets.number_field import WholeNumberField
from desktop.widgets.oauth_sign_in import OAuthFields
from desktop.widgets.password_field import PasswordField
from desktop.widgets.sending_check import SendingCheckWidget
from desktop.widgets.settings_finder import SettingsFinder
from engine.cli.check_sending import CheckJob, cache_for, prepare_check
from engine.clock import utc_now
from engine.config import SMTP_DEFAULT_PORTS, Footers, SmtpProfile, new_key
from engine.discovery.find import split
from engine.discovery.result import Found, ServerSettings
from engine.errors import SecretStoreUnavailable
from engine.sending.connect import check_smtp
from engine.sending.providers import FREE_MAIL_DAILY_LIMIT, free_mail_provider
from engine.sending.test_email import send_test_email
from engine.storage import repo

SECURITY_CHOICES = (
    ("starttls", QT_TRANSLATE_NOOP("smtp_profiles_page", "STARTTLS (port 587)")),
    ("ssl", QT_TRANSLATE_NOOP("smtp_profiles_page", "SSL/TLS (port 465)")),
    ("none", QT_TRANSLATE_NOOP("smtp_profiles_page", "None, unencrypted (port 25)")),
)
TIMEOUT = 20.0


def security_words(label: str) -> str:
    return QCoreApplication.translate(  # untranslated: marked in SECURITY_CHOICES
        "smtp_profiles_page", label)


def send_rate_warning(host: str, daily_limit: int) -> str | None:
    """A warning for a daily send rate a free mailbox account will not allow; else None."""
    provider = free_mail_provider(host)
    if provider is None or daily_limit <= FREE_MAIL_DAILY_LIMIT:
        return None
    return translate(
        "smtp_profiles_page",
        "{provider} accounts allow about {allowed} messages a day. Sending {daily} a day can get "
        "the account blocked, and mail from free mailboxes often lands in spam. For "
        "newsletters, use a dedicated sending service (for example your hosting provider's "
        "SMTP, Amazon SES, Mailgun, Postmark or Brevo): it is built for bulk mail, "
        "authenticates your domain and reports bounces.").format(
            provider=provider.name, allowed=format_number(FREE_MAIL_DAILY_LIMIT),
            daily=format_number(daily_limit))


def spin(low: int, high: int, suffix: str = "", special: str = "") -> WholeNumberField:
    return WholeNumberField(low, high, suffix=suffix, special_zero=special)


class SmtpProfilesPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "SMTP profiles")
    intro = QT_TRANSLATE_NOOP(
        "settings_page",
        "A profile is one way of sending: the SMTP server and the sender shown to readers. "
        "Campaigns use the default profile unless you choose another."
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._saved: list[SmtpProfile] = []
        self._unsaved_new: SmtpProfile | None = None  # added or duplicated, not yet saved
        self._copy_password_from: dict[str, str] = {}
        self._selected_key: str | None = None
        self.timeout = TIMEOUT
        self._build_list()
        self._build_form()
        self._build_finder()
        self._build_tests()
        self._build_check()
        self.body_layout.addStretch(1)
        self.reload_list()

    # -- building ---------------------------------------------------------------------------

    def _build_list(self) -> None:
        row = QHBoxLayout()
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profiles")
        self.profile_list.setMaximumHeight(110)
        row.addWidget(self.profile_list, 1)
        actions = QVBoxLayout()
        # Rename and Make default go without a mnemonic: the page has more commands than
        # letters, and Rename only moves to the name field, which has its own (Alt+P).
        self.add_button = QPushButton(translate("smtp_profiles_page", "&Add"))
        self.duplicate_button = QPushButton(translate("smtp_profiles_page", "&Duplicate"))
        self.rename_button = QPushButton(translate("smtp_profiles_page", "Rename"))
        self.delete_button = QPushButton(translate("smtp_profiles_page", "De&lete"))
        self.default_button = QPushButton(translate("smtp_profiles_page", "Make default"))
        for button, slot in (
            (self.add_button, self._on_add_button_clicked),
            (self.duplicate_button, self._on_duplicate_button_clicked),
            (self.rename_button, self._on_rename_button_clicked),
            (self.delete_button, self._on_delete_button_clicked),
            (self.default_button, self._on_default_button_clicked),
        ):
            button.clicked.connect(slot)
            actions.addWidget(button)
        row.addLayout(actions)
        self.body_layout.addLayout(row)
        self.profile_list.currentRowChanged.connect(self._on_profile_list_current_row_changed)

    def _new_tab(self, title: str) -> QVBoxLayout:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.form_tabs.addTab(tab, title)
        return column

    def _build_form(self) -> None:
        # Tabs keep the whole profile in view without scrolling; the server comes first
        # because nothing works until it is right.
        self.form_tabs = QTabWidget()
        self.form_tabs.setObjectName("profileTabs")
        self.body_layout.addWidget(self.form_tabs)
        server_tab = self._new_tab(translate("smtp_profiles_page", "Ser&ver"))
        self.server_form = self.new_form(into=server_tab)
        self.name_edit = QLineEdit()
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("smtp.example.com")  # untranslated: example address
        self.security_combo = QComboBox()
        for value, label in SECURITY_CHOICES:
            self.security_combo.addItem(security_words(label), value)
        self.port_spin = spin(1, 65535)
        # Shown (disabled) before any profile exists: a real port, not the range's minimum.
        self.port_spin.setValue(SMTP_DEFAULT_PORTS["starttls"])
        self.verify_check = QCheckBox(translate("smtp_profiles_page",
                                                "Ver&ify the server certificate"))
        self.auth_check = QCheckBox(translate("smtp_profiles_page", "Re&quires authentication"))
        self.username_edit = QLineEdit()
        self.password_field = PasswordField(self.services.secrets)
        form = self.server_form
        form.add("name", translate("smtp_profiles_page", "&Profile name"), self.name_edit)
        form.add("host", translate("smtp_profiles_page", "S&MTP server"), self.host_edit)
        form.add("security", translate("smtp_profiles_page", "Securit&y"), self.security_combo)
        form.add("port", translate("smtp_profiles_page", "P&ort"), self.port_spin,
                 translate("smtp_profiles_page",
                           "Follows the security choice until you type a port of your own."))
        form.add("verify_certificate", "", self.verify_check)
        form.add("requires_auth", "", self.auth_check)
        form.add("username", translate("smtp_profiles_page", "&User name"), self.username_edit)
        # How to log in comes first: the password row only shows for "Password".
        self.oauth = OAuthFields(self.services.secrets, form, self.password_field,
                                 use=lambda: "smtp", username=self._typed_username, parent=self)
        form.add("password", translate("smtp_profiles_page", "Pass&word"), self.password_field)
        chain_tab_order([self.username_edit, *self.oauth.tab_order, self.password_field.edit])
        server_tab.addStretch(1)

        sender_tab = self._new_tab(translate("smtp_profiles_page", "S&ender"))
        self.sender_form = self.new_form(into=sender_tab)
        self.from_name_edit = QLineEdit()
        self.from_address_edit = QLineEdit()
        self.reply_to_edit = QLineEdit()
        self.bounce_edit = QLineEdit()
        self.sender_form.add("from_name", translate("smtp_profiles_page", "Fro&m name"),
                             self.from_name_edit)
        self.sender_form.add("from_address", translate("smtp_profiles_page", "Fr&om address"),
                             self.from_address_edit)
        self.sender_form.add("reply_to", translate("smtp_profiles_page", "Re&ply-to"),
                             self.reply_to_edit,
                             translate("smtp_profiles_page",
                                       "Optional: where replies go, if not to the From address."))
        self.sender_form.add("bounce_address",
                             translate("smtp_profiles_page", "&Bounce address"), self.bounce_edit,
                             translate("smtp_profiles_page", "Undeliverable mail returns here: "
                                       "the bounce mailbox's address."))
        sender_tab.addStretch(1)

        rate_tab = self._new_tab(translate("smtp_profiles_page", "Sendin&g rate"))
        self.rate_form = self.new_form(into=rate_tab)
        self.daily_spin = spin(1, 10_000_000, translate("smtp_profiles_page", "a day"))
        self.hourly_spin = spin(0, 10_000_000, translate("smtp_profiles_page", "an hour"),
                                special=translate("smtp_profiles_page", "No hourly cap"))
        self.batch_spin = spin(1, 100_000, translate("smtp_profiles_page", "messages"))
        self.pause_spin = spin(0, 86_400, translate("smtp_profiles_page", "seconds"))
        self.connections_spin = spin(1, 16)
        self.rate_warning = QLabel()
        self.rate_warning.setObjectName("rateWarning")
        self.rate_warning.setWordWrap(True)
        self.rate_warning.setStyleSheet(ERROR_STYLE)
        self.rate_warning.hide()
        rate = self.rate_form
        rate.add("daily_limit", translate("smtp_profiles_page", "Dail&y send rate"),
                 self.daily_spin)
        rate.layout.addRow("", self.rate_warning)
        rate.add("hourly_limit", translate("smtp_profiles_page", "Ho&urly cap"), self.hourly_spin)
        rate.add("batch_size", translate("smtp_profiles_page", "Batch si&ze"), self.batch_spin,
                 translate("smtp_profiles_page",
                           "Messages sent over one connection before pausing."))
        rate.add("batch_pause_seconds", translate("smtp_profiles_page", "Pause &between batches"),
                 self.pause_spin)
        rate.add("max_connections", translate("smtp_profiles_page", "Connections at &once"),
                 self.connections_spin)
        self.paces = ProviderPaceTable(rate, self)
        rate_tab.addStretch(1)
        self.rate_index = self.form_tabs.count() - 1

        # No Alt+letter: the Server tab's fields use every letter of its name (Ctrl+Tab).
        schedule_tab = self._new_tab(translate("smtp_profiles_page", "Warm-up and hours"))
        self.warmup_form = self.new_form(into=schedule_tab)
        self.window_form = self.new_form(into=schedule_tab)
        self.schedule = WarmupWindowFields(self.warmup_form, self.window_form, schedule_tab,
                                           self.services.clock, self)
        self.schedule_index = self.form_tabs.count() - 1
        self.form_tabs.currentChanged.connect(self._on_form_tabs_current_changed)

        advanced_tab = self._new_tab(translate("smtp_profiles_page", "Advan&ced"))
        self.advanced_form = self.new_form(into=advanced_tab)
        self.verp_check = QCheckBox(translate(
            "smtp_profiles_page", "Use a personal bounce address per recipient (VER&P)"))
        self.headers_check = QCheckBox(translate(
            "smtp_profiles_page", "Do not add the trac&king header (for strict servers)"))
        self.advanced_form.add("use_verp", "", self.verp_check,
                               translate("smtp_profiles_page", "Lets bounces be matched to the "
                                         "recipient even when the bounce message is vague."))

        self.advanced_form.add("disable_custom_headers", "", self.headers_check)
        advanced_tab.addStretch(1)

        dkim_tab = self._new_tab("DKIM")  # untranslated: a standard's name
        self.dkim_form = self.new_form(into=dkim_tab)
        self.dkim = DkimFields(self.services.secrets, self.dkim_form, dkim_tab, self)
        dkim_tab.addStretch(1)
        self._tab_forms = [self.server_form, self.sender_form, self.rate_form,
                           self.warmup_form, self.window_form, self.advanced_form,
                           self.dkim_form]
        self.paces.edited.connect(self._on_field_edited)
        self.schedule.edited.connect(self._on_field_edited)

        self.security_combo.currentIndexChanged.connect(self._on_security_combo_changed)
        self.auth_check.toggled.connect(self._on_auth_check_toggled)
        self.host_edit.textChanged.connect(self._on_rate_inputs_changed)
        self.daily_spin.valueChanged.connect(self._on_rate_inputs_changed)

    @Slot(int)
    def _on_form_tabs_current_changed(self, index: int) -> None:
        if index == self.schedule_index:
            self.schedule.fill_zones()

    def _build_finder(self) -> None:
        # below the tabs: the address is typed on Server (user name) or Sender (From), and
        # what was found must be in view from either
        self.finder = SettingsFinder(self._found_smtp)
        self.finder.address = self._finder_address
        self.body_layout.addWidget(self.finder)
        self.finder.chosen.connect(self._on_finder_chosen)
        self.username_edit.editingFinished.connect(self._on_address_typed)
        self.from_address_edit.editingFinished.connect(self._on_address_typed)

    def _build_tests(self) -> None:
        self.body_layout.addWidget(QLabel(translate("smtp_profiles_page", "<b>Try it</b>")))
        row = QHBoxLayout()
        self.test_button = QPushButton(translate("smtp_profiles_page", "&Test connection"))
        self.test_address_edit = QLineEdit()
        self.test_address_edit.setPlaceholderText("you@example.com")  # untranslated: example
        self.test_address_edit.setObjectName("testAddress")
        # No mnemonic of its own: Alt+N reaches the address, and Enter there sends.
        self.send_test_button = QPushButton(translate("smtp_profiles_page", "Send test email"))
        self.send_test_button.setToolTip(translate("smtp_profiles_page",
                                                   "Or press Enter in the address field"))
        test_label = QLabel(translate("smtp_profiles_page", "Se&nd a test to:"))
        test_label.setBuddy(self.test_address_edit)
        row.addWidget(self.test_button)
        row.addSpacing(16)
        row.addWidget(test_label)
        row.addWidget(self.test_address_edit, 1)
        row.addWidget(self.send_test_button)
        self.body_layout.addLayout(row)
        self.action = NetworkActionWidget()
        self.body_layout.addWidget(self.action)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.send_test_button.clicked.connect(self._on_send_test_button_clicked)
        self.test_address_edit.returnPressed.connect(self._on_send_test_button_clicked)
        self.action.busy_changed.connect(self._on_action_busy_changed)
        self.oauth.watch(self.action)
        self.set_tab_order(
            self.profile_list, self.add_button, self.duplicate_button, self.rename_button,
            self.delete_button, self.default_button, self.form_tabs,
            *(widget for form in self._tab_forms for widget in form.widgets.values()),
            self.dkim.generate_button, self.dkim.copy_button, self.dkim.record_box,
            self.finder.use_button, self.finder.find_button, self.test_button,
            self.test_address_edit, self.send_test_button,
            self.action.cancel_button,
        )

    def _build_check(self) -> None:
        self.body_layout.addWidget(QLabel(translate("smtp_profiles_page",
                                                    "<b>Check before sending</b>")))

        self.sending_check = SendingCheckWidget(cache_for(self.services.database_url),
                                                self._check_job,
                                                lambda: utc_now(self.services.clock))
        self.body_layout.addWidget(self.sending_check)

    # -- the list ---------------------------------------------------------------------------

    def profiles(self) -> list[SmtpProfile]:
        return [*self._saved, *([self._unsaved_new] if self._unsaved_new else [])]

    def reload_list(self, select_key: str | None = None) -> None:
        self._saved = repo.list_profiles()
        current = self.current_profile()
        select_key = select_key or (current.key if current else None)
        with QSignalBlocker(self.profile_list):
            self.profile_list.clear()
            for profile in self.profiles():
                label = profile.name
                if profile.is_default:
                    label = translate("smtp_profiles_page", "{profile}  (default)").format(
                        profile=label)
                if profile is self._unsaved_new:
                    label = translate("smtp_profiles_page", "{profile}  (not saved)").format(
                        profile=label)
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, profile.key)
                self.profile_list.addItem(item)
        keys = [p.key for p in self.profiles()]
        row = keys.index(select_key) if select_key in keys else (0 if keys else -1)
        self._selected_key = keys[row] if row >= 0 else None
        with QSignalBlocker(self.profile_list):
            self.profile_list.setCurrentRow(row)
        self._show_selected()

    def current_profile(self) -> SmtpProfile | None:
        """The profile the form shows (the list's selection moves first, this follows)."""
        return next((p for p in self.profiles() if p.key == self._selected_key), None)

    def _show_selected(self) -> None:
        profile = self.current_profile()
        has = profile is not None
        self.body.setEnabled(True)
        for form in self.forms():
            for widget in form.widgets.values():
                widget.setEnabled(has)
        for button in (self.duplicate_button, self.rename_button, self.delete_button,
                       self.default_button, self.test_button, self.send_test_button,
                       self.sending_check.check_button, self.finder.find_button):
            button.setEnabled(has)
        self.finder.clear()
        if profile is None:
            self._loaded = None
            self.page_error.show_message(translate(
                "smtp_profiles_page", "Add a profile to start: you need one to send."))
            return
        self.page_error.show_message("")
        self.show_loaded(profile)
        self.sending_check.show_cached(profile.key)
        self.username_edit.setEnabled(profile.requires_auth)
        self.password_field.setEnabled(profile.requires_auth)
        self.oauth.set_enabled(profile.requires_auth)

    def _unique_name(self, base: str) -> str:
        names = {p.name for p in self.profiles()}
        if base not in names:
            return base
        n = 2
        while f"{base} {n}" in names:
            n += 1
        return f"{base} {n}"

    def _leave_current(self) -> bool:
        return ask_unsaved(self, self)

    @Slot(int)
    def _on_profile_list_current_row_changed(self, row: int) -> None:
        item = self.profile_list.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if wanted == self._selected_key:
            return
        if not self._leave_current():
            keys = [p.key for p in self.profiles()]
            with QSignalBlocker(self.profile_list):
                self.profile_list.setCurrentRow(
                    keys.index(self._selected_key) if self._selected_key in keys else -1
                )
            return
        # Saving may have rebuilt the list; select the wanted profile in the fresh one.
        self.reload_list(select_key=wanted)

    def _add(self, profile: SmtpProfile) -> None:
        if not self._leave_current():
            return
        self._unsaved_new = profile
        self.reload_list(select_key=profile.key)
        # Not saved yet: the form differs from "nothing", so leaving asks.
        self._loaded = dataclasses.replace(profile, name="")
        self.focus_field(self.name_edit)
        self.name_edit.selectAll()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self._add(SmtpProfile(name=self._unique_name(translate("smtp_profiles_page",
                                                               "New profile")),
                              is_default=not self._saved))

    @Slot()
    def _on_duplicate_button_clicked(self) -> None:
        current = self.values()
        if current is None:
            return
        copy = dataclasses.replace(current, name=self._unique_name(
            translate("smtp_profiles_page", "{profile} copy").format(profile=current.name)),
                                   key=new_key("smtp"), is_default=False)
        self._copy_password_from[copy.key] = current.key
        self._add(copy)

    @Slot()
    def _on_rename_button_clicked(self) -> None:
        self.focus_field(self.name_edit)
        self.name_edit.selectAll()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        answer = QMessageBox.question(
            self, translate("smtp_profiles_page", "Delete profile"),
            translate("smtp_profiles_page",
                      "Delete the SMTP profile “{profile}” and its stored password?").format(
                          profile=profile.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if profile is self._unsaved_new:
            self._unsaved_new = None
            self._copy_password_from.pop(profile.key, None)
        else:
            repo.delete_profile(profile.key)
            # The profile is gone; a locked keyring must not undo that.
            with contextlib.suppress(SecretStoreUnavailable):
                self.services.secrets.delete(profile.key)
                self.services.secrets.delete(profile.dkim_secret_key)
        self._loaded = None
        self._selected_key = None
        self.reload_list()

    @Slot()
    def _on_default_button_clicked(self) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        if profile is self._unsaved_new or self.has_unsaved_changes():
            self.page_error.show_message(translate(
                "smtp_profiles_page", "Save the profile first, then make it the default."))
            return
        repo.set_default_profile(profile.key)
        self.reload_list(select_key=profile.key)

    # -- the form ---------------------------------------------------------------------------

    def stored(self) -> Any:
        return self.current_profile()

    def refresh(self) -> None:
        if not self.has_unsaved_changes():
            self.reload_list()

    def load(self, settings: SmtpProfile) -> None:
        widgets: list[QWidget] = [
            self.name_edit, self.host_edit, self.security_combo, self.port_spin,
            self.verify_check, self.auth_check, self.username_edit, self.from_name_edit,
            self.from_address_edit, self.reply_to_edit, self.bounce_edit, self.daily_spin,
            self.hourly_spin, self.batch_spin, self.pause_spin, self.connections_spin,
            self.verp_check, self.headers_check,
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.name_edit.setText(settings.name)
        self.host_edit.setText(settings.host)
        self.security_combo.setCurrentIndex(self.security_combo.findData(settings.security))
        self.port_spin.setValue(settings.port)
        self.verify_check.setChecked(settings.verify_certificate)
        self.auth_check.setChecked(settings.requires_auth)
        self.username_edit.setText(settings.username)
        self.from_name_edit.setText(settings.from_name)
        self.from_address_edit.setText(settings.from_address)
        self.reply_to_edit.setText(settings.reply_to)
        self.bounce_edit.setText(settings.bounce_address)
        self.daily_spin.setValue(settings.daily_limit)
        self.hourly_spin.setValue(settings.hourly_limit)
        self.batch_spin.setValue(settings.batch_size)
        self.pause_spin.setValue(settings.batch_pause_seconds)
        self.connections_spin.setValue(settings.max_connections)
        self.verp_check.setChecked(settings.use_verp)
        self.headers_check.setChecked(settings.disable_custom_headers)
        del blockers
        self.password_field.load(self._copy_password_from.get(settings.key, settings.key))
        self.oauth.load(settings)
        self.dkim.load(settings)
        self.paces.load(settings)
        self.schedule.load(settings)
        self._update_rate_warning()

    def values(self) -> SmtpProfile | None:
        profile = self.current_profile()
        if profile is None:
            return None
        return dataclasses.replace(
            profile,
            name=self.name_edit.text().strip(),
            host=self.host_edit.text().strip(),
            security=self.security_combo.currentData(),
            port=self.port_spin.value(),
            verify_certificate=self.verify_check.isChecked(),
            requires_auth=self.auth_check.isChecked(),
            username=self.username_edit.text().strip(),
            from_name=self.from_name_edit.text().strip(),
            from_address=self.from_address_edit.text().strip(),
            reply_to=self.reply_to_edit.text().strip(),
            bounce_address=self.bounce_edit.text().strip(),
            daily_limit=self.daily_spin.value(),
            hourly_limit=self.hourly_spin.value(),
            batch_size=self.batch_spin.value(),
            batch_pause_seconds=self.pause_spin.value(),
            max_connections=self.connections_spin.value(),
            use_verp=self.verp_check.isChecked(),
            disable_custom_headers=self.headers_check.isChecked(),
            **self.dkim.values(),  # type: ignore[arg-type]
            **self.oauth.values(),  # type: ignore[arg-type]
            **self.paces.values(),  # type: ignore[arg-type]
            **self.schedule.values(),  # type: ignore[arg-type]
        )

    def has_unsaved_changes(self) -> bool:
        if self.current_profile() is None:
            return False
        return (super().has_unsaved_changes() or self.password_field.has_unsaved_changes()
                or self.oauth.has_unsaved_changes())

    def check(self, values: SmtpProfile | None) -> dict[str, str]:
        if values is None:
            return {}
        errors = field_messages(values.validate())
        # The table and the hours row show their refusals under themselves, as one message.
        paces = {k: errors.pop(k) for k in list(errors) if k.startswith("provider_paces.")}
        if paces:
            errors["provider_paces"] = self.paces.message(paces)
        if "window_until" in errors:
            errors.setdefault("window_from", errors.pop("window_until"))
        if values.auth_method != "password":
            if values.requires_auth and not self.oauth.is_signed_in() \
                    and "oauth_client_id" not in errors:
                errors["oauth_sign_in"] = translate("smtp_profiles_page",
                                                    "Sign in before saving: press Sign in…")
        elif (values.requires_auth and not self.password_field.typed
                and not self.password_field.has_stored
                and values.key not in self._copy_password_from):
            errors["password"] = translate("smtp_profiles_page",
                                           "Enter the password for this server.")
        return errors

    def persist(self, values: SmtpProfile | None) -> None:
        if values is None:
            return
        if values.auth_method != "password":
            self.oauth.save(values.key)
        elif self.password_field.typed:
            self.password_field.save(values.key)
        elif values.key in self._copy_password_from:
            source = self._copy_password_from[values.key]
            password = self.services.secrets.get(source)
            if password is not None:
                self.services.secrets.set(values.key, password)
        saved = repo.save_profile(values)
        self._copy_password_from.pop(values.key, None)
        if self._unsaved_new is not None and self._unsaved_new.key == saved.key:
            self._unsaved_new = None
        self.reload_list(select_key=saved.key)

    def save(self) -> bool:
        if self.current_profile() is None:
            return True
        return super().save()

    def revert(self) -> None:
        if self._unsaved_new is not None and self.current_profile() is self._unsaved_new:
            self._copy_password_from.pop(self._unsaved_new.key, None)
            self._unsaved_new = None
            self._loaded = None
            self._selected_key = None
            self.page_error.show_message("")
            self.reload_list()
            return
        self.password_field.load(self.password_field.key)
        self.oauth.revert()
        super().revert()

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Errors at their fields, and a warning sign on each tab that has some."""
        first = super().show_errors(errors)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, form in enumerate(self._tab_forms):
            wrong = any(errors.get(name) for name in form.widgets)
            self.form_tabs.setTabIcon(index, warning if wrong else QIcon())
            self.form_tabs.setTabToolTip(index, translate(
                "smtp_profiles_page", "Some fields here need correcting") if wrong else "")
        return first

    def show_loaded(self, settings: Any) -> None:
        super().show_loaded(settings)
        if self._unsaved_new is not None and settings is self._unsaved_new:
            self._loaded = dataclasses.replace(settings, name="")

    # -- behaviour of the fields ------------------------------------------------------------

    @Slot(int)
    def _on_security_combo_changed(self, _index: int) -> None:
        # A port the user typed is theirs; one of the standard ports follows the choice.
        if self.port_spin.value() in SMTP_DEFAULT_PORTS.values():
            self.port_spin.setValue(SMTP_DEFAULT_PORTS[self.security_combo.currentData()])

    def _typed_username(self) -> str:
        return self.username_edit.text().strip()

    @Slot(bool)
    def _on_auth_check_toggled(self, checked: bool) -> None:
        self.username_edit.setEnabled(checked)
        self.password_field.setEnabled(checked)
        self.oauth.set_enabled(checked)

    @Slot()
    def _on_rate_inputs_changed(self) -> None:
        self._update_rate_warning()

    def _update_rate_warning(self) -> None:
        warning = send_rate_warning(self.host_edit.text(), self.daily_spin.value())
        self.rate_warning.setText(warning or "")
        self.rate_warning.setVisible(bool(warning))

    # -- settings found from the address ----------------------------------------------------

    @staticmethod
    def _found_smtp(found: Found) -> ServerSettings | None:
        return found.server("smtp")

    def _finder_address(self) -> str:
        """The user name when it is an address (it usually is), else the From address."""
        username = self.username_edit.text()
        return username if split(username) else self.from_address_edit.text()

    @Slot()
    def _on_address_typed(self) -> None:
        # offered on a new profile only; a saved one is the user's, and Find settings is there
        profile = self.current_profile()
        if profile is not None and profile is self._unsaved_new:
            self.finder.look_up(self._finder_address(), offline=True)

    @Slot(object)
    def _on_finder_chosen(self, server: ServerSettings) -> None:
        self.host_edit.setText(server.host)
        self.security_combo.setCurrentIndex(self.security_combo.findData(server.security))
        self.port_spin.setValue(server.port)
        self.auth_check.setChecked(True)
        if server.username:
            self.username_edit.setText(server.username)
        # Microsoft 365 takes no password any more: its sign-in is chosen (and can be changed).
        # Google's is not: it needs a client ID of one's own, and an app password (the hint)
        # is the simpler way for most Gmail senders.
        if server.auth_method == "microsoft":
            self.oauth.method_combo.setCurrentIndex(
                self.oauth.method_combo.findData("microsoft"))

    # -- network actions --------------------------------------------------------------------

    def _ready_profile(self) -> SmtpProfile | None:
        """The form's profile if good enough to connect with; else show why and return None."""
        profile = self.values()
        if profile is None:
            return None
        return profile if self.connectable(profile) else None

    @Slot()
    def _on_test_button_clicked(self) -> None:
        profile = self._ready_profile()
        if profile is None:
            return
        # Resolved here, in the GUI thread: the worker never touches the keyring.
        password = self.oauth.secret()
        self.action.call(translate("smtp_profiles_page",
                                   "Connecting to {host} on port {port}…").format(
                                       host=profile.host, port=profile.port), check_smtp,
                         profile, password, timeout=self.timeout)

    @Slot()
    def _on_send_test_button_clicked(self) -> None:
        profile = self._ready_profile()
        if profile is None or not self.savable(profile):
            return  # a test send refuses what Save would refuse, at the same fields
        to = self.test_address_edit.text().strip()
        if not to:
            self.action.say(translate("smtp_profiles_page",
                                      "Type the address to send the test email to."), False)
            self.focus_field(self.test_address_edit)
            return
        password = self.oauth.secret()
        footers = repo.load_setting(Footers)
        # The DKIM key too is read here, in the GUI thread, and signs as the campaigns do.
        send = functools.partial(send_test_email, dkim_key=self.dkim.stored_key()
                                 if profile.dkim_enabled else None)
        self.action.call(translate("smtp_profiles_page",
                                   "Sending a test email to {address}…").format(address=to),
                         send,

                         profile, password, to, footers, timeout=self.timeout)

    def _check_job(self) -> CheckJob | None:
        profile = self._ready_profile()
        if profile is None:
            return None
        # the form's profile, saved or not: the user checks what they are about to save
        return prepare_check(profile, None, resolver=None, secrets=self.services.secrets,
                             now=utc_now(self.services.clock))

    @Slot(bool)
    def _on_action_busy_changed(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.send_test_button.setEnabled(not busy)

