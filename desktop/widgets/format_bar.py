"""A formatting toolbar for a QTextEdit: what a newsletter needs and a mail client shows.

Only formats that ``engine.mail.email_html`` writes as email-safe HTML are offered (no fonts,
no sizes: those break in Outlook and on phones). The dialogs only ask; the ``apply_*`` and
``insert_*`` methods do the work, so tests and keyboard users reach them directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextImageFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QInputDialog,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate

BLOCK_STYLES = ((QT_TRANSLATE_NOOP("format_bar", "Paragraph"), 0),
                (QT_TRANSLATE_NOOP("format_bar", "Heading 1"), 1),
                (QT_TRANSLATE_NOOP("format_bar", "Heading 2"), 2),
                (QT_TRANSLATE_NOOP("format_bar", "Heading 3"), 3))


def block_style_words(label: str) -> str:
    return QCoreApplication.translate("format_bar", label)  # untranslated: marked in BLOCK_STYLES


ALIGNMENTS = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
              "right": Qt.AlignmentFlag.AlignRight}


class FormatBar(QToolBar):
    """Bold, italic, underline, headings, lists, link, image, alignment and colour.

    A toolbar, not a row of buttons: in a narrow window what does not fit goes into its »
    menu instead of making the window wider than the screen.
    """

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setMovable(False)
        self.setFloatable(False)
        row = self
        self._keys: list[tuple[QKeySequence, QToolButton]] = []
        self.block_style = QComboBox()
        self.block_style.setToolTip(translate("format_bar", "Paragraph or heading"))
        self.block_style.setAccessibleName(translate("format_bar", "Paragraph style"))
        for label, level in BLOCK_STYLES:
            self.block_style.addItem(block_style_words(label), level)
        self.block_style.activated.connect(self._on_block_style_activated)
        row.addWidget(self.block_style)
        # the letters of bold, italic and underline are the language's own (F, K, U in German)
        self.bold = self._button(translate("format_bar", "B"),
                                 translate("format_bar", "Bold (Ctrl+B)"),
                                 QKeySequence.StandardKey.Bold,
                                 self._on_bold_toggled, checkable=True)
        self.bold.setStyleSheet("font-weight: bold")
        self.italic = self._button(translate("format_bar", "I"),
                                   translate("format_bar", "Italic (Ctrl+I)"),
                                   QKeySequence.StandardKey.Italic,
                                   self._on_italic_toggled, checkable=True)
        self.italic.setStyleSheet("font-style: italic")
        self.underline = self._button(translate("format_bar", "U"),
                                      translate("format_bar", "Underline (Ctrl+U)"),
                                      QKeySequence.StandardKey.Underline,
                                      self._on_underline_toggled, checkable=True)
        self.underline.setStyleSheet("text-decoration: underline")
        self.colour = self._button(translate("format_bar", "Colour…"),
                                   translate("format_bar", "Text colour"), None,
                                   self._on_colour_clicked)
        for widget in (self.bold, self.italic, self.underline, self.colour):
            row.addWidget(widget)
        row.addSeparator()
        self.bullets = self._button(translate("format_bar", "• List"),
                                    translate("format_bar", "Bulleted list"), None,
                                    self._on_bullets_clicked)
        self.numbers = self._button(translate("format_bar", "1. List"),
                                    translate("format_bar", "Numbered list"), None,
                                    self._on_numbers_clicked)
        row.addWidget(self.bullets)
        row.addWidget(self.numbers)
        row.addSeparator()
        self.align_buttons: dict[str, QToolButton] = {}
        for name, label, tip in (
                ("left", translate("format_bar", "Left"), translate("format_bar", "Align left")),
                ("center", translate("format_bar", "Centre"),
                 translate("format_bar", "Align centre")),
                ("right", translate("format_bar", "Right"),
                 translate("format_bar", "Align right"))):
            button = self._button(label, tip, None,
                                  lambda _=False, n=name: self.apply_alignment(n),
                                  checkable=True)
            self.align_buttons[name] = button
            row.addWidget(button)
        row.addSeparator()
        self.link = self._button(translate("format_bar", "Link…"),
                                 translate("format_bar", "Link the selected text (Ctrl+K)"),
                                 QKeySequence("Ctrl+K"), self._on_link_clicked)
        self.image = self._button(translate("format_bar", "Image…"),
                                  translate("format_bar", "Insert an image by its web address"),
                                  None,
                                  self._on_image_clicked)
        row.addWidget(self.link)
        row.addWidget(self.image)
        # The keys belong to the editor, not the window: they work while typing, in the one
        # place they mean formatting, whichever window is active.
        editor.installEventFilter(self)
        editor.cursorPositionChanged.connect(self._on_editor_cursor_moved)
        editor.currentCharFormatChanged.connect(self._on_editor_cursor_moved)

    def _button(self, text: str, tip: str, keys: QKeySequence | QKeySequence.StandardKey | None,
                slot: Callable[..., None], *, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(checkable)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if keys is not None:
            self._keys.append((QKeySequence(keys), button))
        (button.toggled if checkable else button.clicked).connect(slot)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() in (QEvent.Type.ShortcutOverride,
                                                       QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            for keys, button in self._keys:
                if pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch:
                    event.accept()
                    if event.type() == QEvent.Type.KeyPress:
                        button.click()
                    return True
        return super().eventFilter(watched, event)

    # -- what the buttons do (the dialogs only ask for the value) ------------------------------
    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.editor.mergeCurrentCharFormat(fmt)

    def apply_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    def apply_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    def apply_underline(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(on)
        self._merge(fmt)

    def apply_colour(self, colour: QColor) -> None:
        fmt = QTextCharFormat()
        fmt.setForeground(colour)
        self._merge(fmt)

    def apply_heading(self, level: int) -> None:
        """Qt's own way (its text-edit example): the block's heading level, which toHtml
        writes as <h1>…, and the size and weight that show it while editing."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        chars = QTextCharFormat()
        chars.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 4 - level if level else 0)
        cursor.mergeCharFormat(chars)
        cursor.endEditBlock()
        self.editor.mergeCurrentCharFormat(chars)

    def apply_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            # the same button again takes the paragraph out of the list
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
            return
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    def apply_alignment(self, name: str) -> None:
        self.editor.setAlignment(ALIGNMENTS[name])
        self._show_alignment()

    def insert_link(self, url: str) -> None:
        url = url.strip()
        if not url:
            return
        cursor = self.editor.textCursor()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        fmt.setForeground(QColor("#1a5fb4"))
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(url, fmt)
            self.editor.setCurrentCharFormat(QTextCharFormat())

    def insert_image(self, url: str, alt: str = "") -> None:
        url = url.strip()
        if not url:
            return
        image = QTextImageFormat()
        image.setName(url)
        if alt:
            image.setProperty(QTextFormat.Property.ImageAltText, alt)
        self.editor.textCursor().insertImage(image)

    # -- slots ----------------------------------------------------------------------------------
    @Slot(bool)
    def _on_bold_toggled(self, on: bool) -> None:
        self.apply_bold(on)

    @Slot(bool)
    def _on_italic_toggled(self, on: bool) -> None:
        self.apply_italic(on)

    @Slot(bool)
    def _on_underline_toggled(self, on: bool) -> None:
        self.apply_underline(on)

    @Slot()
    def _on_colour_clicked(self) -> None:
        colour = QColorDialog.getColor(self.editor.textColor(), self,
                                       translate("format_bar", "Text colour"))
        if colour.isValid():
            self.apply_colour(colour)

    @Slot()
    def _on_bullets_clicked(self) -> None:
        self.apply_list(QTextListFormat.Style.ListDisc)

    @Slot()
    def _on_numbers_clicked(self) -> None:
        self.apply_list(QTextListFormat.Style.ListDecimal)

    @Slot(int)
    def _on_block_style_activated(self, index: int) -> None:
        self.apply_heading(int(self.block_style.itemData(index)))
        self.editor.setFocus()

    @Slot()
    def _on_link_clicked(self) -> None:
        current = self.editor.textCursor().charFormat().anchorHref()
        url, ok = QInputDialog.getText(
            self, translate("format_bar", "Link"),
            translate("format_bar", "Web address (https://…) or a merge field such as "
                      "{{manage_url}}:"),
            text=current or "https://")
        if ok:
            self.insert_link(url)

    @Slot()
    def _on_image_clicked(self) -> None:
        url, ok = QInputDialog.getText(
            self, translate("format_bar", "Image"),
            translate("format_bar", "The image's web address (https://…). Mail clients load it "
                      "from there, so it must be public:"), text="https://")
        if not ok or not url.strip():
            return
        alt, ok = QInputDialog.getText(self, translate("format_bar", "Image"),
                                       translate("format_bar", "Words shown where images are off:"))
        self.insert_image(url, alt if ok else "")

    @Slot()
    def _on_editor_cursor_moved(self, *_args: object) -> None:
        """The buttons show the format where the cursor is, as in any word processor."""
        fmt = self.editor.currentCharFormat()
        for button, on in ((self.bold, fmt.fontWeight() >= QFont.Weight.DemiBold),
                           (self.italic, fmt.fontItalic()),
                           (self.underline, fmt.fontUnderline() and not fmt.isAnchor())):
            button.blockSignals(True)
            button.setChecked(bool(on))
            button.blockSignals(False)
        level = self.editor.textCursor().blockFormat().headingLevel()
        self.block_style.setCurrentIndex(max(0, min(level, len(BLOCK_STYLES) - 1)))
        self._show_alignment()

    def _show_alignment(self) -> None:
        align = self.editor.alignment()
        for name, button in self.align_buttons.items():
            button.blockSignals(True)
            button.setChecked(bool(align & ALIGNMENTS[name]))
            button.blockSignals(False)
