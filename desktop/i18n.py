"""The window in the user's language: Qt's translation files, and the locale's dates and numbers.

Every string a user reads goes through ``translate(context, text)`` (Qt's
``QCoreApplication.translate``), which ``pyside6-lupdate`` finds in the source and collects into
``resources/translations/newsletter_desk_<lang>.ts``; ``pyside6-lrelease`` compiles those into
the ``.qm`` files the window loads (``scripts/translations.sh`` does both). The context is the
module's short name, so a translator sees which page a string belongs to.

Placeholders are named and filled with ``str.format`` *after* translation, so a translator can
move them: ``translate("campaigns", "Sent {sent} of {total}").format(sent=..., total=...)``.
Counts that need a plural pass ``n``: ``translate("jobs", "%n message(s)", None, n)``.
A string kept in a table or a class attribute and translated where it is shown is marked with
``QT_TRANSLATE_NOOP(context, text)`` (this module's, typed) and shown through
``translate_marked(context, text)``.

The language is the one chosen in *File > Language*, or the system's when none is chosen (or
the system's is one we do not ship: then English). It takes effect at the next start, as in
most desktop programs, because pages build their words once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTime,
    QTranslator,
)

log = logging.getLogger(__name__)

# resources/ sits beside desktop/ in a checkout and at the root of the PyInstaller bundle.
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
CATALOGUE = "newsletter_desk"
SOURCE_LANGUAGE = "en"
# Each language in its own name, as a user looks for it in a menu.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "it": "Italiano"}
SETTING = "window/language"

# The translators stay referenced for the application's life: Qt does not own them.
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)  # untranslated: itself


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for the catalogue where it is written (a table, a class attribute);
    ``translate_marked`` shows it. PySide's own returns ``object`` to the type checker."""
    del context
    return text


def translate_marked(context: str, text: str) -> str:
    """``text`` kept in a table or attribute, marked with ``QT_TRANSLATE_NOOP(context, ...)``
    where it was written, in the reader's language."""
    return QCoreApplication.translate(context, text)  # untranslated: marked where written


def resolve_language(chosen: str, system_languages: Iterable[str]) -> str:
    """The language to show: the chosen one if shipped, else the system's first shipped one."""
    if chosen in LANGUAGES:
        return chosen
    for tag in system_languages:
        language = tag.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def chosen_language() -> str:
    """The user's choice from the menu, or "" for the system's language."""
    value = QSettings().value(SETTING, "")
    return str(value or "")


def choose_language(language: str) -> None:
    """Keeps ``language`` ("" for the system's) for the next start."""
    QSettings().setValue(SETTING, language)


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def install_translation(language: str) -> str:
    """Loads the window's words and Qt's own for ``language``; returns the language shown.

    A missing catalogue is logged and leaves the window in English rather than stopping it.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if app is None:
        return language
    base = language.split("_")[0]
    # English has a catalogue too: it holds only the plural forms ("1 hard bounce").
    ours = QTranslator()
    if not ours.load(f"{CATALOGUE}_{base}", str(TRANSLATIONS)):
        log.warning("no translation for %s in %s; the window stays in English",
                    language, TRANSLATIONS)
        if base != SOURCE_LANGUAGE:
            QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
            return install_translation(SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    if base == SOURCE_LANGUAGE:
        return language
    # Qt's own words (the buttons of standard dialogs, context menus of text fields).
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return language


def format_number(value: int | float, decimals: int = -1) -> str:
    """A number as the locale writes it (1,234 in English, 1.234 in German and Italian)."""
    locale = QLocale()
    if isinstance(value, int) and decimals < 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", max(decimals, 0) if decimals >= 0 else 1)


def format_percent(fraction: float, decimals: int = 1) -> str:
    """``0.0123`` as "1.2%" in English, "1,2 %" in German."""
    locale = QLocale()
    number = locale.toString(fraction * 100, "f", decimals)
    return translate("i18n", "{number}%").format(number=number)


def format_datetime(moment: datetime) -> str:
    """A moment (naive: UTC, as stored) in local time, short, as the locale writes it."""
    local = (moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)).astimezone()
    qt = QDateTime(QDate(local.year, local.month, local.day),
                   QTime(local.hour, local.minute, local.second))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def format_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


__all__ = [
    "QT_TRANSLATE_NOOP",
    "LANGUAGES",
    "choose_language",
    "chosen_language",
    "format_date",
    "format_datetime",
    "format_number",
    "format_percent",
    "install_translation",
    "resolve_language",
    "translate",
    "translate_marked",
]
