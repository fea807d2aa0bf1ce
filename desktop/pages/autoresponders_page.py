"""Autoresponders: a welcome or follow-up message to each contact who joins a list.

The form maps to ``AutoresponderDraft``; checking and saving are the engine's
(``engine.storage.autoresponders``). Sending is the "Queue autoresponder messages" job.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.services import Services
from desktop.widgets.form import ERROR_STYLE, FormFields, chain_tab_order
from desktop.widgets.record_list import refill
from engine.errors import ConfigError
from engine.storage import audience, autoresponders, repo
from engine.storage.autoresponders import AutoresponderDraft, AutoresponderInfo

MINUTES_PER_DAY = 24 * 60
# short messages: room for a few paragraphs without pushing the form out of view
TEXT_HEIGHT = 150
HTML_HEIGHT = 90


def delay_words(minutes: int) -> str:
    """``90`` → "1 hour 30 minutes"; ``0`` → "at once"."""
    if minutes == 0:
        return translate("autoresponders_page", "at once")
    days, rest = divmod(minutes, MINUTES_PER_DAY)
    hours, mins = divmod(rest, 60)
    # each unit is a count of its own, with its own plural form
    parts = [text for n, text in (
        (days, translate("autoresponders_page", "%n day(s)", None, days)),
        (hours, translate("autoresponders_page", "%n hour(s)", None, hours)),
        (mins, translate("autoresponders_page", "%n minute(s)", None, mins))) if n]
    return " ".join(parts)


def summary(info: AutoresponderInfo) -> str:
    """Two lines for the list: the name, then what it does and how often it went out."""
    draft = info.draft
    name = (draft.name if draft.enabled else
            translate("autoresponders_page", "{name} (switched off)").format(name=draft.name))
    when = (translate("autoresponders_page", "{delay} after joining").format(
                delay=delay_words(draft.delay_minutes)) if draft.delay_minutes
            else translate("autoresponders_page", "right after joining"))
    line = translate("autoresponders_page", "{list} · {when} · sent to {count}").format(
        list=draft.list_name, when=when, count=format_number(info.queued))
    return f"{name}\n{line}"


class AutorespondersPage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Autoresponders")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._items: list[AutoresponderInfo] = []
        self._loaded: AutoresponderDraft | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(translate("pages", "Autoresponders"))))
        intro = QLabel(translate(
            "autoresponders_page", "An autoresponder sends one message to each person who "
            "joins a list: a welcome at once, or a follow-up some days later. Only people who join "
            "after you create it receive it, so switching one on never mails a whole existing "
            "list. The footer with the unsubscribe link is added as for campaigns; suppressed and "
            "unsubscribed addresses are left out. The “Queue autoresponder messages” job sends "
            "them (see Jobs)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter()
        splitter.addWidget(self._list_box())
        scroll = QScrollArea()  # a small window scrolls the form instead of clipping it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._form_box())
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 620])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        self.revert_button = QPushButton(translate("autoresponders_page", "&Revert"))
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.save_button = QPushButton(translate("autoresponders_page", "Sa&ve"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        chain_tab_order([self.list_view, self.new_button, self.delete_button, self.name,
                         self.list_combo, self.profile_combo, self.days, self.hours,
                         self.minutes, self.subject, self.text_body, self.html_body,
                         self.enabled, self.revert_button, self.save_button])
        # filled when shown (showEvent): nothing to read while the window starts

    # -- building -------------------------------------------------------------------------------

    def _list_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.list_view = QListWidget()
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(3)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.currentRowChanged.connect(self._on_list_view_current_row_changed)
        column.addWidget(self.list_view)
        row = QHBoxLayout()
        self.new_button = QPushButton(translate("autoresponders_page", "New"))
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button = QPushButton(translate("autoresponders_page", "Delete…"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _form_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.fields = FormFields(form)
        self.name = QLineEdit()
        self.fields.add("name", translate("autoresponders_page", "&Name"), self.name)
        self.list_combo = QComboBox()
        self.fields.add("list_name", translate("autoresponders_page", "&List"), self.list_combo,
                        translate("autoresponders_page",
                                  "Its message goes to each person who joins this list."))
        self.profile_combo = QComboBox()
        self.fields.add("profile_name", translate("autoresponders_page", "SMTP &profile"),
                        self.profile_combo,
                        translate("autoresponders_page",
                                  "Sends it, with its sender address and footers."))
        self.fields.add("delay_minutes", translate("autoresponders_page", "Send after"),
                        self._delay_box(),
                        translate("autoresponders_page", "How long after a person joins; 0 "
                                  "sends it at the next run of the job."))
        self.subject = QLineEdit()
        self.fields.add("subject", translate("autoresponders_page", "&Subject"), self.subject,
                        translate("autoresponders_page",
                                  "Merge fields work as in campaigns: {{first_name|there}}."))
        self.text_body = QPlainTextEdit()
        self.text_body.setTabChangesFocus(True)
        self.text_body.setFixedHeight(TEXT_HEIGHT)
        self.fields.add("text_body", translate("autoresponders_page", "Plain &text"),
                        self.text_body)
        self.html_body = QPlainTextEdit()
        self.html_body.setTabChangesFocus(True)
        self.html_body.setFixedHeight(HTML_HEIGHT)
        self.html_body.setPlaceholderText(
            translate("autoresponders_page", "Optional: the same message as HTML."))
        self.fields.add("html_body", translate("autoresponders_page", "HT&ML"), self.html_body)
        self.enabled = QCheckBox(translate("autoresponders_page", "S&witched on"))
        self.fields.add("enabled", "", self.enabled,
                        translate("autoresponders_page",
                                  "When on, it goes to people who join from now on."))
        column.addLayout(form)
        column.addStretch(1)
        return box

    def _delay_box(self) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.hours = QSpinBox()
        self.hours.setRange(0, 23)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 59)
        for spin, text in ((self.days, translate("autoresponders_page", "&days")),
                           (self.hours, translate("autoresponders_page", "h&ours")),
                           (self.minutes, translate("autoresponders_page", "m&inutes"))):
            label = QLabel(text)
            label.setBuddy(spin)
            row.addWidget(spin)
            row.addWidget(label)
        row.addStretch(1)
        return cell

    def showEvent(self, event: QShowEvent) -> None:
        # lists and profiles may have been added on their pages meanwhile
        self.refresh()
        super().showEvent(event)

    # -- what the form shows --------------------------------------------------------------------

    def current(self) -> AutoresponderInfo | None:
        row = self.list_view.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def refresh(self) -> None:
        chosen = self.current()
        self._items = autoresponders.list_autoresponders()
        refill(self.list_view, [summary(a) for a in self._items], [a.id for a in self._items],
               chosen.id if chosen else None)
        if not self.has_unsaved_changes():
            self.load(self.current())
        self.delete_button.setEnabled(self.current() is not None)

    def _fill_choices(self, list_name: str, profile_name: str) -> None:
        for combo, names, chosen in (
            (self.list_combo, [m.name for m in audience.list_lists()], list_name),
            (self.profile_combo, [p.name for p in repo.list_profiles()], profile_name),
        ):
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(names.index(chosen) if chosen in names else
                                  (0 if names else -1))

    def load(self, info: AutoresponderInfo | None) -> None:
        default = repo.default_profile()
        draft = info.draft if info else AutoresponderDraft(
            name="", profile_name=default.name if default else "",
            subject=translate("autoresponders_page", "Welcome, {{first_name|there}}"))
        self.name.setText(draft.name)
        self._fill_choices(draft.list_name, draft.profile_name)
        days, rest = divmod(draft.delay_minutes, MINUTES_PER_DAY)
        self.days.setValue(days)
        self.hours.setValue(rest // 60)
        self.minutes.setValue(rest % 60)
        self.subject.setText(draft.subject)
        self.text_body.setPlainText(draft.text_body)
        self.html_body.setPlainText(draft.html_body)
        self.enabled.setChecked(draft.enabled)
        self._loaded = self.values() if info else None
        self.fields.clear_errors()
        self._say("")

    def values(self) -> AutoresponderDraft:
        return AutoresponderDraft(
            name=self.name.text().strip(), list_name=self.list_combo.currentText(),
            profile_name=self.profile_combo.currentText(),
            delay_minutes=(self.days.value() * MINUTES_PER_DAY + self.hours.value() * 60
                           + self.minutes.value()),
            subject=self.subject.text(), text_body=self.text_body.toPlainText(),
            html_body=self.html_body.toPlainText(), enabled=self.enabled.isChecked())

    def has_unsaved_changes(self) -> bool:
        if self._loaded is None:
            return bool(self.name.text().strip())
        return self.values() != self._loaded

    def save(self) -> bool:
        draft = self.values()
        errors = autoresponders.validate_autoresponder(draft)
        info = self.current() if self._loaded is not None else None
        if not errors:
            try:
                saved = autoresponders.save_autoresponder(draft, info.id if info else None)
            except ConfigError as exc:
                errors = {exc.field or "name": str(exc)}
        first = self.fields.show_errors(errors)
        if first is not None:
            first.setFocus()
            self._say(translate("autoresponders_page", "Not saved: see the field marked in red."),
                      error=True)
            return False
        self._loaded = draft
        self.refresh()
        with QSignalBlocker(self.list_view):
            self.list_view.setCurrentRow([a.id for a in self._items].index(saved.id))
        self.load(saved)
        self.delete_button.setEnabled(True)
        self._say((translate("autoresponders_page", "“{name}” saved.") if saved.draft.enabled
                   else translate("autoresponders_page", "“{name}” saved. It is switched off: "
                                  "nothing is sent.")).format(name=saved.name))
        return True

    def revert(self) -> None:
        self.load(self.current())

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    # -- slots ----------------------------------------------------------------------------------

    @Slot(int)
    def _on_list_view_current_row_changed(self, _row: int) -> None:
        self.load(self.current())

    @Slot()
    def _on_new_clicked(self) -> None:
        with QSignalBlocker(self.list_view):
            self.list_view.setCurrentRow(-1)
        self.load(None)
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    @Slot()
    def _on_delete_clicked(self) -> None:
        info = self.current()
        if info is None:
            return
        answer = QMessageBox.question(
            self, translate("autoresponders_page", "Delete autoresponder"),
            translate("autoresponders_page", "Delete “{name}”? People who join {list} will no "
                      "longer receive it; messages already queued are still sent.").format(
                name=info.name, list=info.draft.list_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(info.id)

    def delete(self, autoresponder_id: int) -> None:
        autoresponders.delete_autoresponder(autoresponder_id)
        self.load(None)
        self.refresh()
        self._say(translate("autoresponders_page", "Deleted."))

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_revert_clicked(self) -> None:
        self.revert()

