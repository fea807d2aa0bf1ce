"""Footers: the plain-text and rich-text footers every campaign message ends with."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from engine.config import Footers
from engine.sending.test_email import fill_sample_links
from engine.storage import repo

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
# Qt writes layout hints of its own into every paragraph; mail clients ignore or mangle them.
_QT_NOISE = re.compile(
    r"\s*(-qt-[a-z-]+|margin-(top|bottom|left|right)|text-indent)\s*:\s*[^;\"]*;?"
)
_EMPTY_STYLE = re.compile(r'\s*style="\s*"')


def clean_rich_html(qt_html: str) -> str:
    """The body of Qt's HTML, without Qt's private style properties."""
    match = _BODY.search(qt_html)
    body = match.group(1) if match else qt_html
    body = _QT_NOISE.sub("", body)
    return _EMPTY_STYLE.sub("", body).strip()


class RichFooterEditor(QWidget):
    """A rich-text editor (bold, italic, link) with a switch to the HTML source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tools = QHBoxLayout()
        self.bold_button = QPushButton(translate("footers_page", "&Bold"))
        self.italic_button = QPushButton(translate("footers_page", "&Italic"))
        self.link_button = QPushButton(translate("footers_page", "Lin&k…"))
        self.unsubscribe_button = QPushButton(translate("footers_page", "U&nsubscribe link"))
        self.source_check = QCheckBox(translate("footers_page", "HTML s&ource"))
        for widget in (self.bold_button, self.italic_button, self.link_button,
                       self.unsubscribe_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.source_check)
        self.rich = QTextEdit()
        self.rich.setAcceptRichText(True)
        self.source = QPlainTextEdit()
        self.source.setFont(QFont("monospace"))
        # A footer needs no tab characters; Tab moves on, so keyboard users are not trapped.
        self.rich.setTabChangesFocus(True)
        self.source.setTabChangesFocus(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.rich)
        self.stack.addWidget(self.source)
        self.stack.setFixedHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.rich)
        self.bold_button.clicked.connect(self._on_bold_button_clicked)
        self.italic_button.clicked.connect(self._on_italic_button_clicked)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.unsubscribe_button.clicked.connect(self._on_unsubscribe_button_clicked)
        self.source_check.toggled.connect(self._on_source_check_toggled)

    def set_html(self, text: str) -> None:
        with QSignalBlocker(self.source), QSignalBlocker(self.rich):
            self.source.setPlainText(text)
            self.rich.setHtml(text)
        self.rich.document().setModified(False)

    def html(self) -> str:
        """The source as typed, unless the rich view was edited since."""
        if self.rich.document().isModified():
            return clean_rich_html(self.rich.toHtml())
        return self.source.toPlainText()

    @Slot(bool)
    def _on_source_check_toggled(self, source: bool) -> None:
        current = self.html()
        self.set_html(current)
        self.stack.setCurrentIndex(1 if source else 0)
        for button in (self.bold_button, self.italic_button, self.link_button,
                       self.unsubscribe_button):
            button.setEnabled(not source)

    @Slot()
    def _on_bold_button_clicked(self) -> None:
        fmt = QTextCharFormat()
        bold = self.rich.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.rich.mergeCurrentCharFormat(fmt)
        self.rich.document().setModified(True)

    @Slot()
    def _on_italic_button_clicked(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.rich.fontItalic())
        self.rich.mergeCurrentCharFormat(fmt)
        self.rich.document().setModified(True)

    def insert_link(self, url: str, text: str) -> None:
        cursor = self.rich.textCursor()
        label = cursor.selectedText() or text
        cursor.insertHtml(f'<a href="{html.escape(url)}">{html.escape(label)}</a>')
        self.rich.document().setModified(True)

    @Slot()
    def _on_link_button_clicked(self) -> None:
        url, ok = QInputDialog.getText(
            self, translate("footers_page", "Link"),
            translate("footers_page", "Link address (a web address, or {{unsubscribe_url}} / "
                      "{{manage_url}}):"), text="https://")
        if ok and url.strip():
            self.insert_link(url.strip(), url.strip())

    @Slot()
    def _on_unsubscribe_button_clicked(self) -> None:
        # the link's words go into the footer, in the sender's language
        self.insert_link("{{unsubscribe_url}}", translate("footers_page", "Unsubscribe"))


class FootersPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Footers")
    intro = QT_TRANSLATE_NOOP(
        "settings_page",
        "Every campaign message ends with a footer. {{unsubscribe_url}} and {{manage_url}} "
        "become each reader's own links when the message is sent."
    )

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.form = self.new_form()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setFixedHeight(100)
        self.text_edit.setTabChangesFocus(True)
        self.html_editor = RichFooterEditor()
        self.unsubscribe_edit = QLineEdit()
        self.unsubscribe_edit.setPlaceholderText(translate(
            "footers_page", "Empty: readers unsubscribe by e-mail to the bounce address"))
        self.manage_edit = QLineEdit()
        self.manage_edit.setPlaceholderText(translate(
            "footers_page", "Empty: readers write to the bounce address"))
        self.form.add("text", translate("footers_page", "&Plain-text footer"), self.text_edit)
        self.form.add("html", translate("footers_page", "Rich-te&xt footer"), self.html_editor)
        self.form.add("unsubscribe_url_template", translate("footers_page", "&Unsubscribe page"),
                      self.unsubscribe_edit, translate(
                          "footers_page", "Optional: your own web page, with {{token}} where "
                          "the reader's code goes, e.g. "
                          "https://example.com/unsubscribe?t={{token}}"))
        self.form.add("manage_url_template", translate("footers_page", "&Manage page"),
                      self.manage_edit)
        self.body_layout.addWidget(QLabel(translate(
            "footers_page", "<b>Preview</b> (with sample links)")))
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(150)
        # Its sample links are not for following: Tab leaves instead of stepping through them.
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.preview.setTabChangesFocus(True)
        self.body_layout.addWidget(self.preview)
        editor = self.html_editor
        self.set_tab_order(
            self.text_edit, editor.bold_button, editor.italic_button, editor.link_button,
            editor.unsubscribe_button, editor.source_check, editor.rich, editor.source,
            self.unsubscribe_edit, self.manage_edit, self.preview,
        )
        self.text_edit.textChanged.connect(self._on_content_changed)
        self.html_editor.source.textChanged.connect(self._on_content_changed)
        self.html_editor.rich.textChanged.connect(self._on_content_changed)
        self.refresh()

    def stored(self) -> Footers:
        return repo.load_setting(Footers)

    def load(self, settings: Footers) -> None:
        with QSignalBlocker(self.text_edit), QSignalBlocker(self.unsubscribe_edit), \
                QSignalBlocker(self.manage_edit):
            self.text_edit.setPlainText(settings.text)
            self.unsubscribe_edit.setText(settings.unsubscribe_url_template)
            self.manage_edit.setText(settings.manage_url_template)
        self.html_editor.set_html(settings.html)
        self._update_preview()

    def values(self) -> Footers:
        return Footers(
            text=self.text_edit.toPlainText(),
            html=self.html_editor.html(),
            unsubscribe_url_template=self.unsubscribe_edit.text().strip(),
            manage_url_template=self.manage_edit.text().strip(),
        )

    def persist(self, values: Footers) -> None:
        repo.save_setting(values)

    @Slot()
    def _on_content_changed(self) -> None:
        self._update_preview()

    def _update_preview(self) -> None:
        values = self.values()
        between = translate("footers_page", "— the plain-text version —")
        self.preview.setHtml(
            f"{fill_sample_links(values.html)}"
            f"<p style='color:#888'>{html.escape(between)}</p>"

            f"<pre>{html.escape(fill_sample_links(values.text))}</pre>"
        )  # untranslated: markup around translated and user text

