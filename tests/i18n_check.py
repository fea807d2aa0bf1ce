"""Finds words in the window's code that would reach a user without passing through ``translate``.

Read by ``tests/desktop/test_translations.py``; also runnable on a few files while wrapping them:
``python -m tests.i18n_check desktop/pages/campaigns_page.py``.

It looks at the calls that put text on screen (a label's text, a button, a tooltip, a form
row, a tab, a message box) and reports a string literal or an f-string with letters in it
given straight to one. It also checks the ``translate`` calls themselves: ``pyside6-lupdate``
only collects a literal context and a literal text, so a name or an f-string there would
silently stay English. A line ending in ``# untranslated: <why>`` is let through (an example
address, a product name).
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

# Widgets and items built with their text as the first argument.
TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QCommandLinkButton", "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem",
    "QStandardItem",
}
# Methods whose string arguments are shown.
TEXT_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setWindowTitle", "setTitle", "setLabelText", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "addRow", "insertRow", "addItem", "addItems", "insertItem", "addMenu",
    "addAction", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setSuffix", "setPrefix", "setSpecialValueText", "setFormat", "showMessage",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setNameFilter",
    "setNameFilters", "setButtonText", "setInformativeText", "setDetailedText", "addButton",
    "setHtml", "setMarkdown", "setPlainTextPlaceholder",
}
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
# Log lines are for the developer's log file and stay English.
LOGGERS = {"log", "logger", "logging", "_log", "LOG"}
WORD = re.compile(r"[A-Za-z]{2,}")
EXEMPT = "# untranslated:"


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):  # "..." % x, "..." + x
        return _has_words(node.left) or _has_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_words(element) for element in node.elts)
    return False


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def check_source(path: Path, text: str) -> list[Finding]:
    lines = text.splitlines()
    findings: list[Finding] = []

    def exempt(node: ast.stmt | ast.expr) -> bool:
        first, last = node.lineno, getattr(node, "end_lineno", node.lineno) or node.lineno
        return any(EXEMPT in lines[number - 1] for number in range(first, last + 1))

    for node in ast.walk(ast.parse(text, str(path))):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in TRANSLATE_NAMES and isinstance(node.func, ast.Name | ast.Attribute):
                if name == "translate" and isinstance(node.func, ast.Attribute) and not (
                        isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "QCoreApplication"):
                    continue  # some other object's translate()
                if (len(node.args) < 2 or not all(_is_literal(a) for a in node.args[:2])) \
                        and not exempt(node):
                    findings.append(Finding(path, node.lineno,
                                            f"{name}() needs a literal context and text"))
                continue
            if (isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                    and node.func.value.id in LOGGERS):
                continue
            shown = (name in TEXT_CONSTRUCTORS and node.args[:1]) or (
                name in TEXT_METHODS and node.args)
            if shown and any(_has_words(arg) for arg in shown) and not exempt(node):
                findings.append(Finding(path, node.lineno, f"{name}() is given words that "
                                        "do not pass through translate()"))
        elif isinstance(node, ast.ClassDef):
            for statement in node.body:
                if (isinstance(statement, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id in {"title", "section"}
                                for t in statement.targets)
                        and _has_words(statement.value) and not exempt(statement)):
                    findings.append(Finding(path, statement.lineno, "a page's title or "
                                            "section needs QT_TRANSLATE_NOOP(\"pages\", ...)"))
    return findings


def check_paths(paths: list[Path]) -> list[Finding]:
    findings: list[Finding] = []
    for path in paths:
        findings.extend(check_source(path, path.read_text(encoding="utf-8")))
    return findings


def main(argv: list[str]) -> int:
    findings = check_paths([Path(arg) for arg in argv])
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
