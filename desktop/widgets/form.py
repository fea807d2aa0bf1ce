"""A form whose fields show their own validation message underneath.

Pages add rows through ``FormFields.add(name, label, widget)`` where ``name`` is the settings
dataclass field; ``show_errors(errors)`` then puts each message under its field and returns
the first offending widget, so Save can focus it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.number_field import NumberField

ERROR_STYLE = "color: #a40000;"
HELP_STYLE = "color: palette(placeholder-text);"


class FieldErrorLabel(QLabel):
    """The red line under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


def help_label(text: str) -> QLabel:
    """A grey sentence under a field saying what it does."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HELP_STYLE)
    return label


def reveal(widget: QWidget) -> None:
    """Bring forward every tab that hides ``widget``, so it can be seen and take focus."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (hidden and disabled ones are skipped by Qt)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a field sends when the user changes it, for the common field widgets."""
    if isinstance(widget, NumberField):
        return widget.valueChanged
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    return None


class FormFields:
    """The rows of a form; a number typed wrong says so under its field as it is typed, and
    ``on_edit`` (set by the page) hears of every change, to re-check what Save refused."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.on_edit: Callable[[], None] | None = None
        self._shown: dict[str, str] = {}  # the messages from the last check, per field

    def add(self, name: str, label: str, widget: QWidget, help_text: str = "") -> QWidget:
        """Add a row: the widget, an optional help line and its error line beneath."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if help_text:
            column.addWidget(help_label(help_text))
        error = FieldErrorLabel()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setMinimumWidth(170)  # lines up the labels of the page's separate groups
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        caption.setBuddy(widget)  # "&Server" → Alt+S focuses the field
        self.layout.addRow(caption, cell)
        self.widgets[name] = widget
        self.errors[name] = error
        self.labels[name] = caption
        if isinstance(widget, NumberField):
            widget.problem_changed.connect(lambda _p, n=name: self._show_field(n))
        signal = edited_signal(widget)
        if signal is not None:
            signal.connect(self._edited)
        return widget

    def typing_problems(self) -> dict[str, str]:
        """Fields whose text is not a value yet (a number typed wrong)."""
        return {name: w.problem() for name, w in self.widgets.items()
                if isinstance(w, NumberField) and w.problem()}

    def _show_field(self, name: str) -> None:
        widget = self.widgets[name]
        typed = widget.problem() if isinstance(widget, NumberField) else ""
        self.errors[name].show_message(typed or self._shown.get(name, ""))

    def _edited(self, *_args: object) -> None:
        if self.on_edit is not None:
            self.on_edit()

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        """Show each message under its field; return the first field in form order."""
        first: QWidget | None = None
        self._shown = dict(errors)
        typed = self.typing_problems()
        for name, label in self.errors.items():
            message = typed.get(name) or errors.get(name, "")
            label.show_message(message)
            if message and first is None:
                first = self.widgets[name]
        return first

    def clear_errors(self) -> None:
        self.show_errors({})
