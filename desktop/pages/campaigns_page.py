"""Campaigns: write one, preview it as a contact, test-send it, then prepare, start and follow it.

Thin over ``engine.storage.campaigns`` (the form is a ``CampaignDraft``), ``engine.sending``
(preview, test send, progress and forecast) and the job state: the sending itself happens in
the scheduler's thread (the Jobs page), which this page nudges with "run now".
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.progress_words import (
    complaint_words,
    progress_lines,
    status_words,
    statuses_in_words,
    uncertain_warning,
)
from desktop.pages.campaign_report_tab import CampaignReportTab
from desktop.services import Services
from desktop.widgets.complaint_bar import ComplaintRateBar
from desktop.widgets.form import FieldErrorLabel
from desktop.widgets.format_bar import FormatBar
from desktop.widgets.record_list import refill
from desktop.widgets.sending_check import SendingCheckWidget, confirm_sending_despite
from desktop.workers.engine_worker import EngineWorker, WorkerRunner, one_call
from desktop.workers.scheduler_worker import controller_for
from engine.checking.cache import subject_key
from engine.cli.check_sending import CheckJob, cache_for, prepare_check
from engine.cli.progress_words import complaint_level
from engine.clock import stored_now, utc_now
from engine.errors import ConfigError, EngineError
from engine.jobs import JobContext
from engine.mail.email_html import email_safe_html, text_from_html
from engine.sending import outbound
from engine.sending.progress import CampaignProgress, campaign_progress, completed_holdings
from engine.storage import audience, campaigns, repo, runners
from engine.storage.campaign_states import GENERATING, SENDING, Action, allowed_actions
from engine.storage.campaigns import CampaignDraft, CampaignInfo

# A campaign sending or being prepared moves every second; otherwise little changes, and on
# a distant PostgreSQL each read costs round trips.
REFRESH_BUSY_MS = 1000
REFRESH_IDLE_MS = 5000
BUSY = (SENDING, GENERATING)
PHONE_WIDTH = 375
QWIDGETSIZE_MAX = 16777215


def as_on_phone(document: str) -> str:
    """The HTML part as a phone shows it: phones apply the column's max-width:100%, which
    Qt's viewer does not, so the fixed 600-pixel widths give way to the screen's."""
    return document.replace('width="600"', 'width="100%"')


# The headers a preview shows, in the reader's words (the names stay English in the message).
PREVIEW_HEADERS: dict[str, str] = {
    "From": QT_TRANSLATE_NOOP("campaigns_page", "From"),
    "To": QT_TRANSLATE_NOOP("campaigns_page", "To"),
    "Subject": QT_TRANSLATE_NOOP("campaigns_page", "Subject"),
    "Reply-To": QT_TRANSLATE_NOOP("campaigns_page", "Reply-To"),
}


def header_words(name: str) -> str:
    text = PREVIEW_HEADERS[name]
    return QCoreApplication.translate("campaigns_page", text)  # untranslated: marked in the table


def progress_text(progress: CampaignProgress) -> str:
    """The progress words (``progress_lines``, as ``campaign status`` says them) as the
    page's rich text."""
    lines = [html.escape(line) for line in progress_lines(progress)]
    lines[0] = f"<b>{lines[0]}</b>"
    if progress.pause_reason is not None:  # the line after the status: why it stopped
        lines[1] = f"<span style='color:#a40000'>{lines[1]}</span>"
    if warning := uncertain_warning(progress.counts):
        lines.append(f"<span style='color:#a40000'>{html.escape(warning)}</span>")
    return "<br>".join(lines)


class CampaignsPage(QWidget):
    title = QT_TRANSLATE_NOOP("pages", "Campaigns")
    section = QT_TRANSLATE_NOOP("pages", "Sending")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.start_jobs = True  # tests drive the jobs themselves
        self._campaigns: list[CampaignInfo] = []
        self._loaded: CampaignDraft | None = None
        self._html_source = ""
        self._rich_edited = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(translate("pages", "Campaigns"))))
        splitter = QSplitter()
        splitter.addWidget(self._campaign_list())
        tabs = QTabWidget()
        tabs.addTab(self._message_tab(), translate("campaigns_page", "Message"))
        tabs.addTab(self._text_tab(), translate("campaigns_page", "Plain text"))
        tabs.addTab(self._html_tab(), translate("campaigns_page", "HTML"))
        tabs.addTab(self._preview_tab(),
                    translate("campaigns_page", "Preview and test"))
        self.send_index = tabs.addTab(self._send_tab(),
                                     translate("campaigns_page", "Send"))
        self.runner = WorkerRunner(self)
        self.report_tab = CampaignReportTab(self.runner)
        self.report_index = tabs.addTab(self.report_tab,
                                       translate("campaigns_page", "Report"))
        tabs.currentChanged.connect(self._on_tabs_current_changed)
        tabs.setUsesScrollButtons(True)
        self.tabs = tabs
        splitter.addWidget(tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 660])
        layout.addWidget(splitter, 1)
        # Progress is read in a worker thread, never on the window's (see ``_show_progress``).
        self._reading: EngineWorker | None = None
        self._read_again = False
        self._shown_id: int | None = None  # the campaign whose progress is on show
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_IDLE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        self._first_picture = True  # complete before any thread, as the Jobs page does
        self.refresh()
        self._first_picture = False

    # -- building -----------------------------------------------------------------------------

    def _campaign_list(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.list_view = QListWidget()
        self.list_view.currentRowChanged.connect(self._on_list_view_current_row_changed)
        column.addWidget(self.list_view)
        row = QGridLayout()
        for n, (text, slot) in enumerate((
                (translate("campaigns_page", "New"), self._on_new_clicked),
                (translate("campaigns_page", "Duplicate"), self._on_duplicate_clicked),
                (translate("campaigns_page", "Delete"), self._on_delete_clicked))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button, n, 0)
        column.addLayout(row)
        return box

    def _message_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        form = QFormLayout()
        outer.addLayout(form)
        self.name = QLineEdit()
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(
            translate("campaigns_page", "Hello {{first_name|there}}, our spring news"))
        self.from_name = QLineEdit()
        self.from_name.setPlaceholderText(translate("campaigns_page", "the profile's sender name"))
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText(
            translate("campaigns_page", "the profile's sender address"))
        self.reply_to = QLineEdit()
        self.profile = QComboBox()
        self.lists = QListWidget()
        self.lists.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lists.setMaximumHeight(120)
        self.errors: dict[str, FieldErrorLabel] = {}
        for name, label, widget in (
            ("name", translate("campaigns_page", "Campaign &name:"), self.name),
            ("subject", translate("campaigns_page", "&Subject:"), self.subject),
            ("from_name", translate("campaigns_page", "Sender na&me:"), self.from_name),
            ("from_address", translate("campaigns_page", "Sender &address:"), self.from_address),
            ("reply_to", translate("campaigns_page", "&Reply-to address:"), self.reply_to),
            ("profile_name", translate("campaigns_page", "SMTP &profile:"), self.profile),
            ("list_names", translate("campaigns_page", "&Lists:"), self.lists),
        ):
            cell = QWidget()
            cell.setFocusProxy(widget)  # the label's Alt+letter lands in the field
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(widget)
            self.errors[name] = FieldErrorLabel()
            cell_layout.addWidget(self.errors[name])
            form.addRow(label, cell)
        hint = QLabel(translate(
            "campaigns_page", "Merge fields: {{first_name}}, {{last_name}}, {{email}} and the "
            "extra columns of the chosen lists; a fallback follows a bar: "
            "{{first_name|there}}. The footer with the unsubscribe link is added."))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("campaigns_page", "Save"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.revert_button = QPushButton(translate("campaigns_page", "Revert"))
        self.revert_button.clicked.connect(self._on_revert_clicked)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)
        return tab

    def _text_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.derive_button = QPushButton(translate("campaigns_page", "F&ill from the HTML"))
        self.derive_button.setToolTip(translate(
            "campaigns_page", "Write the plain-text part from the HTML part: its words in "
            "order, each link's address after its text"))
        self.derive_button.clicked.connect(self._on_derive_clicked)
        row.addWidget(self.derive_button)
        note = QLabel(translate("campaigns_page", "Shown by mail programs that do not show "
                                "HTML, and read by spam filters: keep it close to the HTML."))
        note.setWordWrap(True)
        row.addWidget(note, 1)
        column.addLayout(row)
        self.text_body = QPlainTextEdit()
        self.errors["text_body"] = FieldErrorLabel()
        column.addWidget(self.text_body)
        column.addWidget(self.errors["text_body"])
        return tab

    def _html_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        import_button = QPushButton(translate("campaigns_page", "Import HTML file…"))
        import_button.clicked.connect(self._on_import_html_clicked)
        row.addWidget(import_button)
        row.addStretch(1)
        column.addLayout(row)
        note = QLabel(translate(
            "campaigns_page", "Write below; it is sent as email-safe HTML in a 600-pixel "
            "column. An imported file is sent exactly as written until you edit it here."))
        note.setWordWrap(True)
        column.addWidget(note)
        self.html_editor = QTextEdit()
        self.html_editor.setAcceptRichText(True)
        self.html_editor.textChanged.connect(self._on_html_editor_text_changed)
        self.format_bar = FormatBar(self.html_editor)
        column.addWidget(self.format_bar)
        column.addWidget(self.html_editor)
        self.errors["html_body"] = FieldErrorLabel()
        column.addWidget(self.errors["html_body"])
        return tab

    def _preview_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.preview_contact = QLineEdit()
        self.preview_contact.setPlaceholderText(
            translate("campaigns_page", "a contact's address (empty: fallbacks only)"))
        preview_button = QPushButton(translate("campaigns_page", "Preview"))
        preview_button.clicked.connect(self._on_preview_clicked)
        row.addWidget(QLabel(translate("campaigns_page", "As:")))
        row.addWidget(self.preview_contact, 1)
        row.addWidget(preview_button)
        column.addLayout(row)
        self.phone_width = QCheckBox(
            translate("campaigns_page", "As on a phone (375 pi&xels wide)"))
        self.phone_width.toggled.connect(self._on_phone_width_toggled)
        column.addWidget(self.phone_width)
        self.preview_head = QLabel()
        self.preview_head.setTextFormat(Qt.TextFormat.RichText)
        self.preview_head.setWordWrap(True)
        column.addWidget(self.preview_head)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_parts = QTabWidget()
        self.preview_parts.addTab(self.preview, translate("campaigns_page", "HTML part"))
        self.preview_parts.addTab(self.preview_text,
                                  translate("campaigns_page", "Plain-text part"))
        frame = QHBoxLayout()
        frame.addWidget(self.preview_parts, 1)
        column.addLayout(frame, 1)
        test = QHBoxLayout()
        self.test_addresses = QLineEdit()
        self.test_addresses.setPlaceholderText(
            "you@example.com, colleague@example.com")  # untranslated: example address
        self.test_button = QPushButton(translate("campaigns_page", "Send test"))
        self.test_button.clicked.connect(self._on_test_clicked)
        test.addWidget(QLabel(translate("campaigns_page", "Test to:")))
        test.addWidget(self.test_addresses, 1)
        test.addWidget(self.test_button)
        column.addLayout(test)
        self.test_status = QLabel()
        self.test_status.setWordWrap(True)
        column.addWidget(self.test_status)
        return tab

    def _send_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        box = QGroupBox(translate("campaigns_page", "Where it stands"))
        inner = QVBoxLayout(box)
        self.progress_bar = QProgressBar()
        self.progress_bar.setFormat(translate("campaigns_page", "%v of %m done (%p%)"))
        self.progress_bar.setToolTip(translate(
            "campaigns_page", "Recipients no longer waiting: sent, refused or uncertain. "
            "Deferred ones wait to be tried again."))
        self.progress_bar.hide()
        inner.addWidget(self.progress_bar)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        inner.addWidget(self.progress)
        self.complaint_bar = ComplaintRateBar()
        self.complaint_bar.hide()
        inner.addWidget(self.complaint_bar)
        column.addWidget(box)
        grid = QGridLayout()
        self.prepare_button = QPushButton(translate("campaigns_page", "Prepare recipients"))
        self.prepare_button.setToolTip(translate(
            "campaigns_page", "Make one item per recipient and count who is left out, before "
            "anything is sent."))
        self.start_button = QPushButton(translate("campaigns_page", "Start sending"))
        self.pause_button = QPushButton(translate("campaigns_page", "Pause"))
        self.resume_button = QPushButton(translate("campaigns_page", "Resume"))
        self.cancel_button = QPushButton(translate("campaigns_page", "Cancel campaign"))
        self.uncertain_button = QPushButton(translate("campaigns_page", "Send uncertain"))
        self._action_buttons = {
            Action.PREPARE: self.prepare_button, Action.START: self.start_button,
            Action.PAUSE: self.pause_button, Action.RESUME: self.resume_button,
            Action.CANCEL: self.cancel_button, Action.SEND_UNCERTAIN: self.uncertain_button,
        }
        for n, (button, slot) in enumerate((
            (self.prepare_button, self._on_prepare_clicked),
            (self.start_button, self._on_start_clicked),
            (self.pause_button, self._on_pause_clicked),
            (self.resume_button, self._on_resume_clicked),
            (self.cancel_button, self._on_cancel_clicked),
            (self.uncertain_button, self._on_uncertain_clicked),
        )):
            button.clicked.connect(slot)
            grid.addWidget(button, n // 2, n % 2)
        column.addLayout(grid)
        self.sending_check = SendingCheckWidget(cache_for(self.services.database_url),
                                                self._check_job,
                                                lambda: utc_now(self.services.clock))
        column.addWidget(self.sending_check, 1)
        return tab

    # -- the form -------------------------------------------------------------------------------

    def show_target(self, campaign_id: int | None, tab: str = "") -> None:
        """Select the campaign another page points at (the Overview), on its Send tab or,
        with ``tab="report"``, its Report."""
        rows = [n for n, c in enumerate(self._campaigns) if c.id == campaign_id]
        if not rows:
            return  # deleted since the Overview read it
        self.list_view.setCurrentRow(rows[0])  # shows the report if that tab is open
        index = {"report": self.report_index, "send": self.send_index}.get(tab)
        if index is not None:
            self.tabs.setCurrentIndex(index)

    def current(self) -> CampaignInfo | None:
        row = self.list_view.currentRow()
        return self._campaigns[row] if 0 <= row < len(self._campaigns) else None

    def refresh(self) -> None:
        chosen = self.current()
        self._campaigns = campaigns.list_campaigns()
        pairs = [(c.id, c.status) for c in self._campaigns]
        words = statuses_in_words(completed_holdings(pairs), pairs)
        refill(self.list_view,
               [f"{c.name} — {words[c.id]}" for c in self._campaigns],
               [c.id for c in self._campaigns], chosen.id if chosen else None)
        if not self.has_unsaved_changes():
            with QSignalBlocker(self.profile):
                self.profile.clear()
                self.profile.addItems([p.name for p in repo.list_profiles()])
            self.load(self.current())
        self._show_progress()

    def _fill_lists(self, checked: tuple[str, ...]) -> None:
        self.lists.clear()
        for mailing in audience.list_lists():
            item = QListWidgetItem(f"{mailing.name}")
            item.setCheckState(Qt.CheckState.Checked if mailing.name in checked
                               else Qt.CheckState.Unchecked)
            self.lists.addItem(item)

    def load(self, info: CampaignInfo | None) -> None:
        draft = info.draft if info else CampaignDraft(name="")
        for widget, value in ((self.name, draft.name), (self.subject, draft.subject),
                              (self.from_name, draft.from_name),
                              (self.from_address, draft.from_address),
                              (self.reply_to, draft.reply_to)):
            widget.setText(value)
        default = repo.default_profile()
        self.profile.setCurrentText(draft.profile_name or (default.name if default else ""))
        self._fill_lists(draft.list_names)
        self.text_body.setPlainText(draft.text_body)
        with QSignalBlocker(self.html_editor):
            self.html_editor.setHtml(draft.html_body)
        self._html_source = draft.html_body
        self._rich_edited = False
        self._loaded = self.values() if info else None
        self._show_errors({})
        self.sending_check.show_cached(self._check_key(info))

    def values(self) -> CampaignDraft:
        checked = tuple(self.lists.item(i).text() for i in range(self.lists.count())
                        if self.lists.item(i).checkState() == Qt.CheckState.Checked)
        html = (email_safe_html(self.html_editor.toHtml(), title=self.subject.text())
                if self._rich_edited else self._html_source)
        return CampaignDraft(
            name=self.name.text().strip(), subject=self.subject.text(),
            from_name=self.from_name.text(), from_address=self.from_address.text().strip(),
            reply_to=self.reply_to.text().strip(), profile_name=self.profile.currentText(),
            list_names=checked, text_body=self.text_body.toPlainText(), html_body=html,
        )

    def has_unsaved_changes(self) -> bool:
        if self._loaded is None:
            return bool(self.name.text().strip())
        return self.values() != self._loaded

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_message(errors.get(name, ""))

    def save(self) -> bool:
        draft = self.values()
        errors = campaigns.validate_draft(draft)
        if errors:
            self._show_errors(errors)
            return False
        info = self.current() if self._loaded is not None else None
        try:
            saved = campaigns.save_campaign(draft, info.id if info else None)
        except ConfigError as exc:
            self._show_errors({exc.field or "name": str(exc)})
            return False
        self._loaded = draft
        self.refresh()
        with QSignalBlocker(self.list_view):
            self.list_view.setCurrentRow([c.id for c in self._campaigns].index(saved.id))
        self.load(saved)
        self._show_progress()
        return True

    def revert(self) -> None:
        self.load(self.current())

    # -- slots ----------------------------------------------------------------------------------

    @Slot(int)
    def _on_list_view_current_row_changed(self, _row: int) -> None:
        self.load(self.current())
        self._show_progress()
        self._on_tabs_current_changed(self.tabs.currentIndex())

    @Slot()
    def _on_new_clicked(self) -> None:
        with QSignalBlocker(self.list_view):
            self.list_view.setCurrentRow(-1)
        self.load(None)
        self.tabs.setCurrentIndex(0)
        self.name.setFocus()

    @Slot()
    def _on_duplicate_clicked(self) -> None:
        if (info := self.current()) is not None:
            copy = campaigns.duplicate_campaign(info.id)
            self.refresh()
            self.list_view.setCurrentRow([c.id for c in self._campaigns].index(copy.id))

    @Slot()
    def _on_delete_clicked(self) -> None:
        info = self.current()
        if info is None:
            return
        answer = QMessageBox.question(
            self, translate("campaigns_page", "Delete campaign"),
            translate("campaigns_page", "Delete “{name}”?").format(name=info.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: campaigns.delete_campaign(info.id))

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_revert_clicked(self) -> None:
        self.revert()

    @Slot()
    def _on_html_editor_text_changed(self) -> None:
        self._rich_edited = True

    @Slot()
    def _on_import_html_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("campaigns_page", "Import HTML"), "",
            translate("campaigns_page", "HTML files (*.html *.htm);;All files (*)"))
        if path:
            self.import_html(Path(path))

    def import_html(self, path: Path) -> None:
        self._html_source = path.read_text(encoding="utf-8", errors="replace")
        with QSignalBlocker(self.html_editor):
            self.html_editor.setHtml(self._html_source)
        self._rich_edited = False

    @Slot()
    def _on_preview_clicked(self) -> None:
        self.show_preview(self.preview_contact.text().strip() or None)

    def show_preview(self, contact: str | None) -> None:
        info = self.current()
        if info is None:
            return
        try:
            preview = outbound.preview(info.id, contact, utc_now(self.services.clock))
        except EngineError as exc:
            self.preview.setPlainText(str(exc))
            return
        self.preview_head.setText("<br>".join(
            translate("campaigns_page", "<b>{header}:</b> {value}").format(
                header=html.escape(header_words(k)), value=html.escape(v))
            for k, v in preview.headers
            if k in ("From", "To", "Subject", "Reply-To")))
        self.preview_text.setPlainText(
            preview.text or translate("campaigns_page", "(no plain-text part)"))
        if preview.html:
            self.preview.setHtml(as_on_phone(preview.html) if self.phone_width.isChecked()
                                 else preview.html)
        else:
            self.preview.setPlainText(
                translate("campaigns_page", "(no HTML part: mail programs show the plain text)"))
        self.preview_parts.setCurrentIndex(0 if preview.html else 1)
        self._fit_preview_width()

    def _fit_preview_width(self) -> None:
        # a phone's screen is narrow; the parts are what the reader sees in that width
        self.preview_parts.setMaximumWidth(PHONE_WIDTH if self.phone_width.isChecked()
                                           else QWIDGETSIZE_MAX)

    def derive_text(self, *, ask: bool = True) -> None:
        """Fill the plain-text part from the HTML part (the editor's, or the imported file)."""
        derived = text_from_html(self.values().html_body)  # what Save would keep
        current = self.text_body.toPlainText()
        if ask and current.strip() and current.strip() != derived.strip():
            answer = QMessageBox.question(
                self, translate("campaigns_page", "Fill from the HTML"),
                translate("campaigns_page", "Replace the plain-text part you wrote with one "
                          "made from the HTML?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.text_body.setPlainText(derived)

    @Slot()
    def _on_derive_clicked(self) -> None:
        self.derive_text()

    @Slot(bool)
    def _on_phone_width_toggled(self, _on: bool) -> None:
        self.show_preview(self.preview_contact.text().strip() or None)

    @Slot()
    def _on_test_clicked(self) -> None:
        info = self.current()
        addresses = [a.strip() for a in self.test_addresses.text().replace(";", ",").split(",")
                     if a.strip()]
        if info is None or not addresses:
            return
        try:
            outbound.queue_test_send(info.id, addresses,
                                     contact_email=self.preview_contact.text().strip() or None,
                                     ctx=JobContext(clock=self.services.clock))
        except EngineError as exc:
            self.test_status.setText(str(exc))
            return
        self._nudge("process_outbound_email")
        self.test_status.setText(translate(
            "campaigns_page", "Test queued for {addresses}: it goes out within seconds while "
            "jobs run (see the Jobs page).").format(addresses=", ".join(addresses)))

    def _nudge(self, job: str) -> None:
        """Ask for the job now, and make sure the jobs run while the window is open."""
        runners.run_now(job, stored_now(self.services.clock))
        if self.start_jobs:
            controller_for(self.services).start()

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except EngineError as exc:
            QMessageBox.warning(self, translate("pages", "Campaigns"), str(exc))
        self.refresh()

    @Slot()
    def _on_prepare_clicked(self) -> None:
        if self.has_unsaved_changes() and not self.save():
            return
        if (info := self.current()) is not None:
            self._act(lambda: campaigns.prepare(info.id))
            self._nudge("generate_campaign_items")

    def _check_key(self, info: CampaignInfo | None) -> str | None:
        profile = repo.get_profile_by_key(info.profile_key) if info else None
        return subject_key(profile.key, info.name) if info and profile else None

    def _check_job(self) -> CheckJob | None:
        """The selected campaign's check, with its saved message and profile."""
        if self.has_unsaved_changes() and not self.save():
            return None
        info = self.current()
        profile = repo.get_profile_by_key(info.profile_key) if info else None
        if info is None or profile is None:
            self.sending_check.action.say(
                translate("campaigns_page", "Choose a saved campaign with a profile first."),
                False)
            return None
        return prepare_check(profile, info, resolver=None, secrets=self.services.secrets,
                             now=utc_now(self.services.clock))

    def _sending_despite_checks(self, info: CampaignInfo) -> bool:
        """True unless the last check found a must rule failing and the user stops here."""
        key = self._check_key(info)
        result = self.sending_check.cache.get(key) if key else None
        if result is None or not result.failed_musts:
            return True
        return confirm_sending_despite(self, result.failed_musts)

    @Slot()
    def _on_start_clicked(self) -> None:
        if (info := self.current()) is not None:
            if not self._sending_despite_checks(info):
                return
            self._act(lambda: campaigns.start(info.id, now=stored_now(self.services.clock)))
            self._nudge("process_campaign_messages")

    @Slot()
    def _on_pause_clicked(self) -> None:
        if (info := self.current()) is not None:
            self._act(lambda: campaigns.pause(info.id))

    @Slot()
    def _on_resume_clicked(self) -> None:
        if (info := self.current()) is not None:
            self._act(lambda: campaigns.resume(info.id))
            self._nudge("process_campaign_messages")

    @Slot()
    def _on_cancel_clicked(self) -> None:
        info = self.current()
        if info is None:
            return
        answer = QMessageBox.question(
            self, translate("campaigns_page", "Cancel campaign"),
            translate("campaigns_page", "Stop sending “{name}” for good? What was sent stays "
                      "recorded; duplicate it to send again later.").format(name=info.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda: campaigns.cancel(info.id))

    @Slot()
    def _on_uncertain_clicked(self) -> None:
        if (info := self.current()) is not None:
            self._act(lambda: campaigns.send_uncertain(info.id))
            self._nudge("process_campaign_messages")

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self._show_progress()

    @property
    def reading(self) -> bool:
        return self._reading is not None

    def _show_progress(self) -> None:
        """Ask for the chosen campaign's progress; it is shown when the worker has read it."""
        info = self.current()
        if info is None:
            self.progress.setText(translate("campaigns_page", "Choose a campaign, or press New."))
            self._shown_id = None
            self._show_buttons("", 0)
            return
        if self._first_picture:
            self._show_result(info.id, campaign_progress(info.id, stored_now(self.services.clock)))
            return
        if self._shown_id != info.id:
            # until it is read, what the list knows of it: never the last one's picture,
            # also while that one's read is still under way
            self._shown_id = None
            self.progress.setText("")
            self._show_buttons(info.status, 0)
        if self._reading is not None:
            self._read_again = True  # after this read: it may predate a change just made
            return
        worker = EngineWorker(one_call(partial(_read_progress, info.id,
                                               stored_now(self.services.clock))))
        worker.finished.connect(self._on_progress_read)
        worker.failed.connect(self._on_progress_failed)
        self._reading = self.runner.start(worker)

    @Slot(object)
    def _on_progress_read(self, read: tuple[int, CampaignProgress | None]) -> None:
        self._reading = None
        campaign_id, result = read
        self._show_result(campaign_id, result)
        self._read_pending()

    @Slot(str)
    def _on_progress_failed(self, message: str) -> None:
        self._reading = None
        self.progress.setText(translate(
            "campaigns_page", "Where the campaign stands could not be read: {message}"
        ).format(message=message))
        self._read_pending()

    def _read_pending(self) -> None:
        if self._read_again:
            self._read_again = False
            self._show_progress()

    def _show_result(self, campaign_id: int, result: CampaignProgress | None) -> None:
        info = self.current()
        if info is None or info.id != campaign_id:
            self._read_pending()  # another campaign was chosen meanwhile
            return
        self._shown_id = campaign_id
        status = result.status if result else ""
        self.progress.setText(progress_text(result) if result else "")
        self._show_bar(result)
        self._show_complaints(result)
        if result is not None:
            if status != info.status:
                self._campaigns[self.list_view.currentRow()] = replace(info, status=status)
            words = status_words(result.status, result.counts)
            self.list_view.currentItem().setText(f"{info.name} — {words}")
        self._show_buttons(status, result.counts.get("uncertain") if result else 0)
        self.timer.setInterval(REFRESH_BUSY_MS if status in BUSY else REFRESH_IDLE_MS)

    def _show_bar(self, result: CampaignProgress | None) -> None:
        recipients = result.counts.recipients if result is not None else 0
        if not recipients:
            self.progress_bar.hide()
            return
        self.progress_bar.setRange(0, recipients)
        self.progress_bar.setValue(recipients - result.counts.remaining if result else 0)
        self.progress_bar.show()

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if index == self.report_index:
            info = self.current()
            self.report_tab.show_campaign(info.id if info else None)

    def _show_complaints(self, result: CampaignProgress | None) -> None:
        figures = result.complaints if result is not None else None
        if figures is None or not figures.delivered:
            self.complaint_bar.hide()
            return
        self.complaint_bar.set_rate(figures.percent, complaint_level(figures),
                                    complaint_words(figures))
        self.complaint_bar.show()

    def _show_buttons(self, status: str, uncertain: int) -> None:
        allowed = allowed_actions(status, uncertain=uncertain)
        for action, button in self._action_buttons.items():
            button.setEnabled(action in allowed)


def _read_progress(campaign_id: int, now: datetime) -> tuple[int, CampaignProgress | None]:
    """In the worker thread: the progress, with the campaign it is for."""
    return campaign_id, campaign_progress(campaign_id, now)
