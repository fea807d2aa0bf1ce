"""The window in the user's language: every word through Qt's catalogues, German and Italian
complete, the language from the system or the menu, numbers and dates as the locale writes them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop import demo_data
from desktop.i18n import (
    LANGUAGES,
    SETTING,
    TRANSLATIONS,
    format_datetime,
    format_number,
    install_translation,
    resolve_language,
    translate,
)
from desktop.main_window import MainWindow
from desktop.services import Services
from tests.i18n_check import check_paths

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SHIPPED = sorted(lang for lang in LANGUAGES if lang != "en")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
Message = tuple[str, str]  # (context, source)


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"newsletter_desk_{language}.ts"


def messages(path: Path) -> dict[Message, list[str]]:
    """Each (context, source) with its translations (one, or a form per plural), "" if none."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            unfinished = node.get("type") == "unfinished"
            forms = ([form.text or "" for form in node.iter("numerusform")]
                     if message.get("numerus") == "yes" else [node.text or ""])
            found[(name, message.findtext("source") or "")] = [
                "" if unfinished else form for form in forms]
    return found


def test_every_word_the_window_shows_passes_through_translate() -> None:
    findings = check_paths(sorted((ROOT / "desktop").rglob("*.py")))
    assert not findings, "\n".join(map(str, findings))


def test_the_catalogues_hold_every_string_of_the_code_and_no_other(tmp_path: Path) -> None:
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / catalogue(language).name
        shutil.copy(catalogue(language), copy)
        copies.append(copy)
    marks = tmp_path / "runtime_texts.py"
    subprocess.run([sys.executable, "-m", "desktop.models.catalogue", str(marks)],
                   cwd=ROOT, check=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none",
                    "-no-obsolete", "-source-language", "en", *sources, str(marks),
                    "-ts", *map(str, copies)], cwd=ROOT, check=True)
    for copy in copies:
        committed = messages(TRANSLATIONS / copy.name)
        gathered = messages(copy)
        assert sorted(set(gathered) - set(committed)) == [], \
            f"{copy.name} lacks these: run scripts/translations.sh"
        assert sorted(set(committed) - set(gathered)) == [], \
            f"{copy.name} keeps strings the code no longer has: run scripts/translations.sh"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_is_translated(language: str) -> None:
    untranslated = [message for message, forms in messages(catalogue(language)).items()
                    if not all(forms)]
    assert untranslated == []


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_the_placeholders_and_counts_of_their_source(language: str) -> None:
    wrong = []
    for (context, source), forms in messages(catalogue(language)).items():
        for form in filter(None, forms):
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((context, source, form))
    assert wrong == []


@pytest.mark.parametrize("language", SHIPPED)
def test_a_mnemonic_in_the_source_has_one_in_the_translation(language: str) -> None:
    def mnemonics(text: str) -> int:
        return text.replace("&&", "").count("&")

    lost = [(context, source, forms[0])
            for (context, source), forms in messages(catalogue(language)).items()
            if mnemonics(source) and forms[0] and not mnemonics(forms[0])]
    assert lost == []


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path: Path) -> None:
    for language in LANGUAGES:
        compiled = tmp_path / f"{language}.qm"
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(catalogue(language)),
                        "-qm", str(compiled)], check=True)
        shipped = catalogue(language).with_suffix(".qm")
        assert compiled.read_bytes() == shipped.read_bytes(), \
            f"{shipped.name} is stale: run scripts/translations.sh"


def test_the_system_language_is_used_when_none_is_chosen() -> None:
    assert resolve_language("", ["it-IT", "en-US"]) == "it"
    assert resolve_language("", ["de_AT"]) == "de"


def test_the_chosen_language_wins_over_the_system() -> None:
    assert resolve_language("de", ["it-IT"]) == "de"


def test_a_language_not_shipped_falls_back_to_english() -> None:
    assert resolve_language("", ["fr-FR", "ja"]) == "en"
    assert resolve_language("xx", ["fr-FR"]) == "en"


def test_english_counts_read_in_the_singular_and_the_plural(qapp: QApplication) -> None:
    assert translate("words", "%n hard bounce(s)", None, 1) == "1 hard bounce"
    assert translate("words", "%n hard bounce(s)", None, 2) == "2 hard bounces"


def test_german_numbers_and_dates_read_as_germans_write_them(qapp: QApplication) -> None:
    install_translation("de")
    assert format_number(1234567) == "1.234.567"
    assert format_datetime(datetime(2026, 12, 3, 14, 5).astimezone()) == "03.12.26 14:05"


def test_the_italian_window_reads_italian_counts(qapp: QApplication) -> None:
    assert install_translation("it") == "it"
    one, two = (translate("words", "%n complaint(s)", None, n) for n in (1, 2))
    assert one.startswith("1 ") and two.startswith("2 ")
    assert "complaint" not in one + two and one[2:] != two[2:]


def test_a_missing_catalogue_leaves_the_window_in_english(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("desktop.i18n.TRANSLATIONS", tmp_path)
    assert install_translation("it") == "en"
    assert format_datetime(datetime(2026, 12, 3, 14, 5, tzinfo=UTC)).count("/") == 2


def test_choosing_a_language_keeps_it_for_the_next_start(
        main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr("desktop.main_window.QMessageBox.information",
                        lambda _parent, _title, text: told.append(text))
    menu = main_window.findChild(QWidget, "language_menu")
    assert menu is not None
    german = next(a for a in menu.actions() if a.data() == "de")
    german.trigger()
    assert QSettings().value(SETTING) == "de"
    assert german.isChecked()
    assert told == ["Newsletter Desk will use Deutsch the next time it starts."]


def _visible_words(window: QWidget) -> set[str]:
    """The texts a user reads on the window's widgets, as shown."""
    texts: set[str] = set()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(model.columnCount()))
        texts.add(widget.toolTip())
    return {text.replace("&", "") for text in texts if text}


def test_the_italian_window_shows_no_english_left(
        qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_translation("it")
    demo_data.fill(services.secrets, tmp_path / "demo")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    english = {source.replace("&", "") for (_context, source), forms
               in messages(catalogue("it")).items()
               if forms[0] and forms[0] != source and re.search(r"[a-z]{3}", source)}
    left: dict[str, set[str]] = {}
    for title in window.page_titles():
        window.show_page(title)
        qtbot.wait(10)
        shown = _visible_words(window) & english
        if shown:
            left[title] = shown
    assert left == {}
    navigation = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Campagne" in navigation

