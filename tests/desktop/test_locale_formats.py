"""Numbers in the settings pages as the reader's locale writes them (issue 17): a German
reader sees 0,3 and 1.000, and what they type in their own format is read back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from desktop.models.progress_words import complaint_words as complaint_rate_words
from desktop.widgets.number_field import DecimalField, WholeNumberField
from engine.storage.complaints import ComplaintRate


def in_german() -> None:
    # the autouse fixture of conftest puts US English back after the test
    QLocale.setDefault(QLocale("de_DE"))


def test_a_decimal_field_shows_the_locales_decimal_mark(qtbot: Any) -> None:
    in_german()
    field = DecimalField(0.0, 100.0, decimals=2)
    qtbot.addWidget(field)
    field.setValue(0.3)
    assert field.text() == "0,3"


def test_a_decimal_typed_with_the_locales_mark_is_read_back(qtbot: Any) -> None:
    in_german()
    field = DecimalField(0.0, 100.0, decimals=2)
    qtbot.addWidget(field)
    field.clear()
    qtbot.keyClicks(field, "0,25")

    assert field.problem() == ""
    assert field.value() == 0.25


def test_a_whole_number_field_shows_no_thousands_separator_to_type_over(qtbot: Any) -> None:
    in_german()
    field = WholeNumberField(1, 10_000_000)
    qtbot.addWidget(field)
    field.setValue(20_000)
    assert field.text() == "20000"


def test_a_range_refusal_writes_its_numbers_as_the_locale_does(qtbot: Any) -> None:
    in_german()
    field = WholeNumberField(1, 10_000)
    qtbot.addWidget(field)
    field.clear()
    qtbot.keyClicks(field, "20000")
    assert "1 to 10.000; 20.000 is too large" in field.problem()


def test_complaint_figures_use_the_locales_number_format() -> None:
    in_german()
    words = complaint_rate_words(ComplaintRate(complaints=3, delivered=1200))
    # the space before % is the German catalogue's ("{number} %"), not the locale's
    assert words == ("Complaints: 3 of 1.200 delivered (0,25%), past Gmail's 0.1% line: "
                     "watch it")


def test_complaint_figures_read_in_english_as_the_cli_writes_them() -> None:
    from engine.cli.progress_words import complaint_words

    for figures in (ComplaintRate(0, 0), ComplaintRate(3, 1200), ComplaintRate(1, 3),
                    ComplaintRate(0, 5)):
        assert complaint_rate_words(figures) == complaint_words(figures)
