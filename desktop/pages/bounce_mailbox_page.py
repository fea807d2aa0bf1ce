"""The bounce mailbox: where undeliverable mail comes back, read over IMAP or POP3."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.config_words import field_messages
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from desktop.widgets.network_action import NetworkActionWidget
from desktop.widgets.number_field import WholeNumberField
from desktop.widgets.oauth_sign_in import OAuthFields
from desktop.widgets.password_field import PasswordField
from desktop.widgets.settings_finder import SettingsFinder
from engine.collecting.connect import check_mailbox, list_folders
from engine.config import MAILBOX_DEFAULT_PORTS, BounceMailbox
from engine.discovery.find import split
from engine.discovery.result import Found, ServerSettings
from engine.storage import repo

TIMEOUT = 20.0
PROCESSED_CHOICES = (
    ("delete", QT_TRANSLATE_NOOP("bounce_mailbox_page", "Delete them")),
    ("move", QT_TRANSLATE_NOOP("bounce_mailbox_page", "Move them to a folder")),
)
NON_BOUNCE_CHOICES = (
    ("leave", QT_TRANSLATE_NOOP("bounce_mailbox_page", "Leave them where they are")),
    ("move", QT_TRANSLATE_NOOP("bounce_mailbox_page", "Move them to a folder")),
)


def choice_words(label: str) -> str:
    return QCoreApplication.translate(  # untranslated: marked in the CHOICES
        "bounce_mailbox_page", label)


def login_labels() -> tuple[str, str, str]:
    # The Alt letters still free on this page (its b and k are taken).
    return (translate("bounce_mailbox_page", "Log-in techni&que"),
            translate("bounce_mailbox_page", "E&xternal app client ID"),
            translate("bounce_mailbox_page", "Organi&zation (tenant)"))


class BounceMailboxPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Bounce mailbox")
    intro = QT_TRANSLATE_NOOP(
        "settings_page",
        "Undeliverable mail comes back to this mailbox. Newsletter Desk reads it, recognises "
        "bounces and stops sending to addresses that keep bouncing."
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.timeout = TIMEOUT
        self._bounce_follows_user = True
        self._is_new = False
        self.form = self.new_form(translate("bounce_mailbox_page", "Server"))
        self.enabled_check = QCheckBox(translate("bounce_mailbox_page",
                                                 "&Collect bounces from this mailbox"))
        self.protocol_combo = QComboBox()
        self.protocol_combo.addItem(translate("bounce_mailbox_page", "IMAP (recommended)"),
                                    "imap")  # untranslated: the choice's value
        self.protocol_combo.addItem("POP3", "pop3")  # untranslated: a protocol's name
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("imap.example.com")  # untranslated: example address
        self.security_combo = QComboBox()
        self.security_combo.addItem("SSL/TLS", "ssl")  # untranslated: a protocol's name
        self.security_combo.addItem("STARTTLS", "starttls")  # untranslated: a protocol's name
        self.security_combo.addItem(translate("bounce_mailbox_page", "None, unencrypted"),
                                    "none")  # untranslated: the choice's value

        self.port_spin = WholeNumberField(1, 65535)
        self.verify_check = QCheckBox(translate("bounce_mailbox_page",
                                                "Verif&y the server certificate"))
        self.username_edit = QLineEdit()
        self.password_field = PasswordField(services.secrets)
        self.bounce_edit = QLineEdit()
        form = self.form
        form.add("enabled", "", self.enabled_check)
        form.add("protocol", translate("bounce_mailbox_page", "Pro&tocol"), self.protocol_combo)
        form.add("host", translate("bounce_mailbox_page", "Ser&ver"), self.host_edit)
        form.add("security", translate("bounce_mailbox_page", "Secur&ity"), self.security_combo)
        form.add("port", translate("bounce_mailbox_page", "&Port"), self.port_spin,
                 translate("bounce_mailbox_page", "993 for IMAP and 995 for POP3 with SSL/TLS; "
                           "143 and 110 otherwise."))
        form.add("verify_certificate", "", self.verify_check)
        form.add("username", translate("bounce_mailbox_page", "&User name"), self.username_edit)
        # right under the address it was found from
        self.finder = SettingsFinder(self._found_mailbox)
        self.finder.address = self._finder_address
        form.add("find_settings", "", self.finder)
        self.oauth = OAuthFields(services.secrets, form, self.password_field, use=self._protocol,
                                 username=self._typed_username, parent=self,
                                 labels=login_labels())
        form.add("password", translate("bounce_mailbox_page", "Pass&word"), self.password_field)
        form.add("bounce_address", translate("bounce_mailbox_page", "&Bounce address"),
                 self.bounce_edit,
                 translate("bounce_mailbox_page", "The address bounces are sent to; usually "
                           "the mailbox's own address."))

        self.folder_form = self.new_form(translate("bounce_mailbox_page", "What to read"))
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder_combo = QComboBox()
        self.folder_combo.setEditable(True)
        self.folder_combo.setMinimumWidth(220)
        self.load_folders_button = QPushButton(translate("bounce_mailbox_page", "&Load folders"))
        row.addWidget(self.folder_combo, 1)
        row.addWidget(self.load_folders_button)
        # Load folders answers right under its button (the action line moves there while it
        # runs), not at the foot of the page below the fold.
        folder_cell = QWidget()
        self.folders_slot = QVBoxLayout(folder_cell)
        self.folders_slot.setContentsMargins(0, 0, 0, 0)
        self.folders_slot.addWidget(folder_row)
        folder_cell.setFocusProxy(self.folder_combo)
        self.threshold_spin = WholeNumberField(1, 100, suffix=translate("bounce_mailbox_page",
                                                                        "bounces"))
        self.processed_combo = QComboBox()
        for value, label in PROCESSED_CHOICES:
            self.processed_combo.addItem(choice_words(label), value)
        self.processed_folder_edit = QLineEdit()
        self.processed_folder_edit.setPlaceholderText(translate("bounce_mailbox_page",
                                                                "e.g. Processed bounces"))
        self.non_bounce_combo = QComboBox()
        for value, label in NON_BOUNCE_CHOICES:
            self.non_bounce_combo.addItem(choice_words(label), value)
        self.non_bounce_folder_edit = QLineEdit()
        # a folder of the server's (Load folders), or none: kept bounces stay where they are
        self.review_folder_combo = QComboBox()
        self.review_folder_combo.setEditable(True)
        self.review_folder_combo.setMinimumWidth(220)
        if (line := self.review_folder_combo.lineEdit()) is not None:
            line.setPlaceholderText(translate("bounce_mailbox_page", "Leave them where they are"))
        ff = self.folder_form
        ff.add("folder", translate("bounce_mailbox_page", "Fol&der to monitor"), folder_cell,
               translate("bounce_mailbox_page", "POP3 has only one folder, the inbox."))
        ff.add("bounce_threshold", translate("bounce_mailbox_page", "Bounce thr&eshold"),
               self.threshold_spin,
               translate("bounce_mailbox_page", "An address is suppressed after this many soft "
                         "bounces whose re-sends ran out. One hard bounce suppresses it at once "
                         "(unless Bounce handling says to count hard bounces here too)."))
        ff.add("processed_action", translate("bounce_mailbox_page", "Pr&ocessed bounces"),
               self.processed_combo)
        ff.add("processed_folder", translate("bounce_mailbox_page", "&Move processed to"),
               self.processed_folder_edit)
        ff.add("non_bounce_action", translate("bounce_mailbox_page", "Other messa&ges"),
               self.non_bounce_combo,
               translate("bounce_mailbox_page",
                         "Replies and out-of-office notes that are not bounces."))
        ff.add("non_bounce_folder", translate("bounce_mailbox_page", "Move other mess&ages to"),
               self.non_bounce_folder_edit)
        ff.add("review_folder",
               translate("bounce_mailbox_page", "&Keep bounces needing review in"),
               self.review_folder_combo,
               translate("bounce_mailbox_page", "Bounces that name no address of your lists "
                         "wait for you under Bounces › Needs review; pick a folder to move "
                         "them to, or leave empty to keep them where they arrived."))

        test_row = QHBoxLayout()
        self.test_button = QPushButton(translate("bounce_mailbox_page", "Test co&nnection"))
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.body_layout.addLayout(test_row)
        self.action = NetworkActionWidget()
        self.test_slot = QVBoxLayout()
        self.test_slot.setContentsMargins(0, 0, 0, 0)
        self.test_slot.addWidget(self.action)
        self.body_layout.addLayout(self.test_slot)
        self.body_layout.addStretch(1)
        self.set_tab_order(
            self.enabled_check, self.protocol_combo, self.host_edit, self.security_combo,
            self.port_spin, self.verify_check, self.username_edit, self.finder.use_button,
            self.finder.find_button, *self.oauth.tab_order, self.password_field.edit,
            self.bounce_edit, self.folder_combo, self.load_folders_button, self.threshold_spin,
            self.processed_combo, self.processed_folder_edit, self.non_bounce_combo,
            self.non_bounce_folder_edit, self.review_folder_combo, self.test_button,
            self.action.cancel_button,
        )

        self.protocol_combo.currentIndexChanged.connect(self._on_protocol_or_security_changed)
        self.security_combo.currentIndexChanged.connect(self._on_protocol_or_security_changed)
        self.username_edit.textEdited.connect(self._on_username_edit_text_edited)
        self.username_edit.editingFinished.connect(self._on_address_typed)
        self.bounce_edit.editingFinished.connect(self._on_address_typed)
        self.finder.chosen.connect(self._on_finder_chosen)
        self.bounce_edit.textEdited.connect(self._on_bounce_edit_text_edited)
        self.processed_combo.currentIndexChanged.connect(self._on_choices_changed)
        self.non_bounce_combo.currentIndexChanged.connect(self._on_choices_changed)
        self.load_folders_button.clicked.connect(self._on_load_folders_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.action.busy_changed.connect(self._on_action_busy_changed)
        self.action.succeeded.connect(self._on_action_succeeded)
        self.oauth.watch(self.action)
        self.refresh()

    # -- form -------------------------------------------------------------------------------

    def stored(self) -> BounceMailbox:
        return repo.load_mailbox()

    def load(self, settings: BounceMailbox) -> None:
        widgets: list[QWidget] = [
            self.enabled_check, self.protocol_combo, self.host_edit, self.security_combo,
            self.port_spin, self.verify_check, self.username_edit, self.bounce_edit,
            self.folder_combo, self.threshold_spin, self.processed_combo,
            self.processed_folder_edit, self.non_bounce_combo, self.non_bounce_folder_edit,
            self.review_folder_combo,
        ]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.enabled_check.setChecked(settings.enabled)
        self.protocol_combo.setCurrentIndex(self.protocol_combo.findData(settings.protocol))
        self.host_edit.setText(settings.host)
        self.security_combo.setCurrentIndex(self.security_combo.findData(settings.security))
        self.port_spin.setValue(settings.port)
        self.verify_check.setChecked(settings.verify_certificate)
        self.username_edit.setText(settings.username)
        self.bounce_edit.setText(settings.effective_bounce_address)
        self._set_folders([settings.folder or "INBOX"], settings.folder or "INBOX")
        self.threshold_spin.setValue(settings.bounce_threshold)
        self.processed_combo.setCurrentIndex(
            self.processed_combo.findData(settings.processed_action))
        self.processed_folder_edit.setText(settings.processed_folder)
        self.non_bounce_combo.setCurrentIndex(
            self.non_bounce_combo.findData(settings.non_bounce_action))
        self.non_bounce_folder_edit.setText(settings.non_bounce_folder)
        self._set_review_folders([], settings.review_folder)
        del blockers
        # Stored empty means "same as the user name": keep following it until edited.
        self._bounce_follows_user = not settings.bounce_address.strip() or (
            settings.bounce_address.strip() == settings.username.strip()
        )
        self.password_field.load(settings.key)
        # a mailbox with no server yet is new: what is found may be offered as it is typed
        self._is_new = not settings.host.strip()
        self.finder.clear()
        self.oauth.load(settings)
        self._update_enabled()

    def values(self) -> BounceMailbox:
        base = self._loaded if isinstance(self._loaded, BounceMailbox) else BounceMailbox()
        bounce = self.bounce_edit.text().strip()
        if self._bounce_follows_user and bounce == self.username_edit.text().strip():
            bounce = base.bounce_address if not base.bounce_address.strip() else bounce
        return dataclasses.replace(
            base,
            enabled=self.enabled_check.isChecked(),
            protocol=self.protocol_combo.currentData(),
            host=self.host_edit.text().strip(),
            security=self.security_combo.currentData(),
            port=self.port_spin.value(),
            verify_certificate=self.verify_check.isChecked(),
            username=self.username_edit.text().strip(),
            bounce_address=bounce,
            folder=self.folder_combo.currentText().strip() or "INBOX",
            bounce_threshold=self.threshold_spin.value(),
            processed_action=self.processed_combo.currentData(),
            processed_folder=self.processed_folder_edit.text().strip(),
            non_bounce_action=self.non_bounce_combo.currentData(),
            non_bounce_folder=self.non_bounce_folder_edit.text().strip(),
            review_folder=self.review_folder_combo.currentText().strip()
            if self.protocol_combo.currentData() == "imap" else "",
            **self.oauth.values(),  # type: ignore[arg-type]
        )

    def has_unsaved_changes(self) -> bool:
        return (super().has_unsaved_changes() or self.password_field.has_unsaved_changes()
                or self.oauth.has_unsaved_changes())

    def check(self, values: BounceMailbox) -> dict[str, str]:
        errors = field_messages(values.validate())
        if values.auth_method != "password":
            if not self.oauth.is_signed_in() and "oauth_client_id" not in errors:
                errors["oauth_sign_in"] = translate("bounce_mailbox_page",
                                                    "Sign in before saving: press Sign in…")
        elif not self.password_field.typed and not self.password_field.has_stored:
            errors["password"] = translate("bounce_mailbox_page", "Enter the mailbox password.")
        return errors

    def persist(self, values: BounceMailbox) -> None:
        if values.auth_method != "password":
            self.oauth.save(values.key)
        else:
            self.password_field.save(values.key)
        repo.save_mailbox(values)

    def revert(self) -> None:
        self.password_field.load(self.password_field.key)
        self.oauth.revert()
        super().revert()

    # -- field behaviour --------------------------------------------------------------------

    def _set_folders(self, folders: list[str], selected: str) -> None:
        with QSignalBlocker(self.folder_combo):
            self.folder_combo.clear()
            self.folder_combo.addItems(folders)
            index = self.folder_combo.findText(selected)
            if index >= 0:
                self.folder_combo.setCurrentIndex(index)
            else:
                self.folder_combo.setEditText(selected)

    def _set_review_folders(self, folders: list[str], selected: str) -> None:
        """The server's folders (less the one monitored) after an empty choice: none."""
        with QSignalBlocker(self.review_folder_combo):
            self.review_folder_combo.clear()
            self.review_folder_combo.addItems(["", *folders])
            index = self.review_folder_combo.findText(selected)
            if index >= 0:
                self.review_folder_combo.setCurrentIndex(index)
            else:
                self.review_folder_combo.setEditText(selected)

    def _update_enabled(self) -> None:
        imap = self.protocol_combo.currentData() == "imap"
        self.folder_combo.setEnabled(imap)
        self.review_folder_combo.setEnabled(imap)
        self.load_folders_button.setEnabled(imap and not self.action.busy)
        if not imap:
            self._set_folders(["INBOX"], "INBOX")
        self.processed_folder_edit.setEnabled(self.processed_combo.currentData() == "move")
        self.non_bounce_folder_edit.setEnabled(self.non_bounce_combo.currentData() == "move")

    @Slot()
    def _on_protocol_or_security_changed(self) -> None:
        # Standard ports follow the choice; a port the user typed stays.
        if self.port_spin.value() in MAILBOX_DEFAULT_PORTS.values():
            key = (self.protocol_combo.currentData(), self.security_combo.currentData())
            self.port_spin.setValue(MAILBOX_DEFAULT_PORTS[key])
        self._update_enabled()

    @Slot()
    def _on_choices_changed(self) -> None:
        self._update_enabled()

    @Slot(str)
    def _on_username_edit_text_edited(self, text: str) -> None:
        if self._bounce_follows_user:
            self.bounce_edit.setText(text.strip())

    @Slot(str)
    def _on_bounce_edit_text_edited(self, text: str) -> None:
        self._bounce_follows_user = not text.strip()

    # -- settings found from the address ----------------------------------------------------

    def _found_mailbox(self, found: Found) -> ServerSettings | None:
        """The protocol chosen when the provider has it, else IMAP, else POP3."""
        return found.server(self.protocol_combo.currentData()) or found.mailbox

    def _finder_address(self) -> str:
        username = self.username_edit.text()
        return username if split(username) else self.bounce_edit.text()

    @Slot()
    def _on_address_typed(self) -> None:
        if self._is_new:
            self.finder.look_up(self._finder_address(), offline=True)

    @Slot(object)
    def _on_finder_chosen(self, server: ServerSettings) -> None:
        self.protocol_combo.setCurrentIndex(self.protocol_combo.findData(server.kind))
        self.host_edit.setText(server.host)
        self.security_combo.setCurrentIndex(self.security_combo.findData(server.security))
        self.port_spin.setValue(server.port)
        if server.username:
            self.username_edit.setText(server.username)
        # Microsoft 365 takes no password any more: its sign-in is chosen (and can be changed).
        # Google's is not: it needs a client ID of one's own, and an app password (the hint)
        # is the simpler way for most Gmail senders.
        if server.auth_method == "microsoft":
            self.oauth.method_combo.setCurrentIndex(
                self.oauth.method_combo.findData("microsoft"))

    def _protocol(self) -> str:
        return str(self.protocol_combo.currentData())

    def _typed_username(self) -> str:
        return self.username_edit.text().strip()

    # -- network actions --------------------------------------------------------------------

    def _ready(self) -> BounceMailbox | None:
        mailbox = self.values()
        return mailbox if self.connectable(mailbox) else None

    @Slot()
    def _on_load_folders_button_clicked(self) -> None:
        mailbox = self._ready()
        if mailbox is None:
            return
        self.folders_slot.addWidget(self.action)  # its answer shows under the button
        self.action.call(translate("bounce_mailbox_page",
                                   "Logging in to {host} to list its folders…").format(
                                       host=mailbox.host), list_folders,
                         mailbox, self.oauth.secret(), timeout=self.timeout)

    @Slot()
    def _on_test_button_clicked(self) -> None:
        mailbox = self._ready()
        if mailbox is None:
            return
        self.test_slot.addWidget(self.action)
        self.action.call(translate("bounce_mailbox_page",
                                   "Connecting to {host} on port {port}…").format(
                                       host=mailbox.host, port=mailbox.port), check_mailbox,
                         mailbox, self.oauth.secret(), timeout=self.timeout)

    @Slot(object)
    def _on_action_succeeded(self, result: object) -> None:
        if isinstance(result, list):
            current = self.folder_combo.currentText().strip() or "INBOX"
            folders = [str(f) for f in result]
            self._set_folders(folders, current if current in folders else "INBOX")
            monitored = self.folder_combo.currentText().strip()
            self._set_review_folders([f for f in folders if f != monitored],
                                     self.review_folder_combo.currentText().strip())
            self.action.say(translate("bounce_mailbox_page", "%n folder(s) found: pick the one "
                                      "bounces arrive in.", None, len(folders)), True)


    @Slot(bool)
    def _on_action_busy_changed(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self._update_enabled()

