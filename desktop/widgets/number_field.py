"""A number typed as text, checked as it is typed, never corrected behind the user's back.

QSpinBox swallows what it cannot take: "5x00" becomes 500 and a pasted 99999 becomes 9999,
silently. Here the text stays as typed, the field says what is wrong under it at once
(``problem_changed``), and ``value()`` keeps the last good value so the form can still compare
and Save can refuse. The interface is QSpinBox's where it matters (``value``, ``setValue``,
``valueChanged``), so pages swap one for the other.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.i18n import translate


class NumberField(QLineEdit):
    """What whole and decimal numbers share; use ``WholeNumberField`` or ``DecimalField``."""

    valueChanged = Signal(object)  # the value, as ``value()`` gives it
    problem_changed = Signal(str)  # "" once the text is a good number again

    def __init__(self, low: float, high: float, *, suffix: str = "", decimals: int = 0,
                 special_zero: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.decimals = low, high, decimals
        self.special_zero = special_zero  # what 0 means, e.g. "no limit"
        self._value: float = low
        self._problem = ""
        self.textEdited.connect(self._on_edit_text_edited)
        # the unit inside the field, on the right, as QSpinBox shows its suffix
        self.suffix = QLabel(suffix.strip(), self)
        self.suffix.setStyleSheet("color: palette(placeholder-text);")
        self.suffix.adjustSize()
        self.setTextMargins(0, 0, self.suffix.width() + 6 if suffix.strip() else 0, 0)
        self.setMaximumWidth(140 + self.suffix.width())
        self._show_value()

    # -- QSpinBox's interface ------------------------------------------------------------------
    def setValue(self, value: float) -> None:
        self._value = value
        self._show_value()
        self._set_problem("")

    def problem(self) -> str:
        """What is wrong with the text as typed; "" when it is a number in range."""
        return self._problem

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.suffix.move(self.width() - self.suffix.width() - 6,
                         (self.height() - self.suffix.height()) // 2)

    # -- reading what was typed ----------------------------------------------------------------
    def _show_value(self) -> None:
        self.setText(self._words(self._value))
        low, high = self._words(self.low), self._words(self.high)
        hint = (translate("number_field", "{low} to {high}; 0: {meaning}").format(
            low=low, high=high, meaning=self.special_zero) if self.special_zero
            else translate("number_field", "{low} to {high}").format(low=low, high=high))
        self.setPlaceholderText(hint)
        self.setToolTip(hint)

    def _words(self, number: float) -> str:
        # the locale's decimal mark (0,3 in German), no thousands separator: the field is
        # for typing, and _parse takes either mark back
        if self.decimals:
            locale = QLocale()
            return locale.toString(float(number), "f", self.decimals).replace(
                locale.groupSeparator(), "").rstrip("0").rstrip(locale.decimalPoint())
        return str(int(number))


    def _parse(self, text: str) -> tuple[float | None, str]:
        cleaned = text.strip().replace("\u202f", "").replace(" ", "")
        if self.decimals:
            cleaned = cleaned.replace(",", ".")  # either decimal mark: 0,3 and 0.3
        if not cleaned:
            return None, translate("number_field", "Enter a number.")
        try:
            number = float(cleaned) if self.decimals else int(cleaned)
        except ValueError:
            if self.decimals:
                return None, translate(
                    "number_field", "“{text}” is not a number: type digits only, such as "
                    "{example}.").format(text=text.strip(), example=self._grouped(0.3))
            return None, translate(
                "number_field", "“{text}” is not a whole number: type digits only, such as "
                "{example}.").format(text=text.strip(), example=self._grouped(500))
        if not self.low <= number <= self.high:
            sentence = (translate("number_field", "Enter a number from {low} to {high}; "
                                  "{number} is too large.") if number > self.high
                        else translate("number_field", "Enter a number from {low} to {high}; "
                                       "{number} is too small."))
            return None, sentence.format(low=self._grouped(self.low),
                                         high=self._grouped(self.high),
                                         number=self._grouped(number))
        return number, ""


    def _grouped(self, number: float) -> str:
        locale = QLocale()
        if self.decimals:
            return locale.toString(float(number), "f", self.decimals).rstrip("0").rstrip(
                locale.decimalPoint())
        return locale.toString(int(number))

    def _set_problem(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.setStyleSheet("border: 1px solid #a40000;" if problem else "")
            self.setAccessibleDescription(problem)
            self.problem_changed.emit(problem)

    @Slot(str)
    def _on_edit_text_edited(self, text: str) -> None:
        number, problem = self._parse(text)
        self._set_problem(problem)
        if number is not None and number != self._value:
            self._value = number
            self.valueChanged.emit(number)


class WholeNumberField(NumberField):
    def __init__(self, low: int, high: int, *, suffix: str = "", special_zero: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(low, high, suffix=suffix, special_zero=special_zero, parent=parent)

    def value(self) -> int:
        return int(self._value)


class DecimalField(NumberField):
    def __init__(self, low: float, high: float, *, suffix: str = "", decimals: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(low, high, suffix=suffix, decimals=decimals, parent=parent)

    def value(self) -> float:
        return round(self._value, self.decimals)
