"""The *Check before sending* panel of the SMTP profile and campaign pages: a Check button,
the busy line while the DNS and the relay are asked (on a worker thread), and the findings
as a readable list: a coloured mark per status, what was found, what to do, and the DNS
record to add, selectable and copied by *Copy records*.

The page gives a ``job`` function: the check's data read in the GUI thread (database,
keyring), or None after showing why not; the worker only looks things up."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.models.check_words import age_words, finding_words, rule_title, status_words
from desktop.widgets.network_action import NetworkActionWidget
from engine.checking.cache import CheckCache
from engine.checking.check import CheckResult
from engine.checking.report import Finding
from engine.checking.rules import RULES
from engine.cli.check_sending import CheckJob
from engine.network import Hangup

MARKS = {"pass": ("✔", "#1a7f37"), "warn": ("!", "#9a6700"), "fail": ("✖", "#a40000"),
         "unknown": ("?", "#57606a")}
JobSource = Callable[[], CheckJob | None]


def findings_html(result: CheckResult) -> str:
    rows = []
    for finding in result.findings:
        mark, colour = MARKS[finding.status]
        rule = RULES[finding.rule]
        found, fix = finding_words(finding)
        need = translate("sending_check", "required by {providers}").format(
            providers=", ".join(rule.providers)) if rule.severity == "must" and \
            rule.providers else translate("sending_check", "recommended")
        row = (f'<p style="margin:6px 0 0 0"><span style="color:{colour};font-weight:bold">'
               f"{mark} {html.escape(status_words(finding.status))}</span> &nbsp;"
               f"<b>{html.escape(rule_title(finding.rule))}</b> "
               f'<span style="color:#57606a">({html.escape(need)})</span><br>'
               f"{html.escape(found)}")
        if fix and finding.status != "pass":
            row += f"<br><i>{html.escape(fix)}</i>"
        row += "</p>"
        if finding.fix_record and finding.status != "pass":
            row += ('<pre style="background:#f6f8fa;margin:2px 0 0 16px">'
                    f"{html.escape(finding.fix_record)}</pre>")
        rows.append(row)
    return "".join(rows)


class SendingCheckWidget(QWidget):
    checked = Signal(object)  # the fresh CheckResult

    def __init__(self, cache: CheckCache, job: JobSource,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self._job_source = job
        self._now = now
        self._job: CheckJob | None = None
        self.result: CheckResult | None = None
        self.check_button = QPushButton(translate("sending_check", "Check before sending"))
        self.check_button.setToolTip(translate(
            "sending_check",
            "Look up SPF, DKIM, DMARC, MX and reverse DNS, try the server's encryption and "
            "check the message against Gmail's, Yahoo's and Outlook.com's sender rules"))
        self.copy_button = QPushButton(translate("sending_check", "Copy records"))
        self.copy_button.setToolTip(translate("sending_check",
                                              "Copy the DNS records to add, one per line"))
        self.copy_button.setEnabled(False)
        self.age = QLabel()
        self.age.setObjectName("checkAge")
        self.action = NetworkActionWidget()
        self.findings = QTextBrowser()
        self.findings.setObjectName("checkFindings")
        self.findings.setOpenLinks(False)
        self.findings.setMinimumHeight(160)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.age, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.action)
        column.addWidget(self.findings, 1)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.action.succeeded.connect(self._on_action_succeeded)
        self.action.busy_changed.connect(self._on_action_busy_changed)

    def show_cached(self, key: str | None) -> None:
        """The last results for ``key`` with their age, or an empty list."""
        self.show_result(self.cache.get(key) if key else None)

    def show_result(self, result: CheckResult | None) -> None:
        self.result = result
        if result is None:
            self.age.setText(translate("sending_check", "Not checked yet."))
            self.findings.setHtml("")
            self.findings.setVisible(False)
            self.copy_button.setEnabled(False)
            return
        failed = len(result.failed_musts)
        age = age_words(result.checked_at, self._now())
        self.age.setText(
            translate("sending_check", "All required rules met, {age}.").format(age=age)
            if not failed else
            translate("sending_check", "%n required rule(s) not met, {age}.", None, failed)
            .format(age=age))
        self.findings.setHtml(findings_html(result))
        self.findings.setVisible(True)
        self.copy_button.setEnabled(bool(self.records()))

    def records(self) -> list[str]:
        if self.result is None:
            return []
        return [f.fix_record for f in self.result.findings
                if f.fix_record and f.status != "pass"]

    @Slot()
    def _on_check_button_clicked(self) -> None:
        job = self._job_source()
        if job is None:
            return
        self._job = job
        now = self._now()

        def run(_hangup: Hangup) -> CheckResult:
            return job.run(now)

        self.action.start(translate("sending_check", "Checking {host} and its DNS records…")
                          .format(host=job.profile.host), run)

    @Slot(object)
    def _on_action_succeeded(self, result: object) -> None:
        if not isinstance(result, CheckResult) or self._job is None:
            return
        self.cache.put(self._job.key, result)
        self.action.say("", True)
        self.show_result(result)
        self.checked.emit(result)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.records()))

    @Slot(bool)
    def _on_action_busy_changed(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)

    def stop(self) -> None:
        self.action.stop()


def confirm_sending_despite(parent: QWidget, failed: list[Finding]) -> bool:
    """Before Start sending: the failed must rules, and the user's choice to send anyway."""
    lines = "\n".join(translate("sending_check", "• {rule}: {found}").format(
        rule=rule_title(f.rule), found=finding_words(f)[0]) for f in failed)
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("sending_check", "Sender rules not met"),
                      translate("sending_check",
                                "The last check found problems that make Gmail, Yahoo or "
                                "Outlook.com refuse this mail or file it as spam:\n\n{problems}"
                                "\n\nFix them and check again, or send anyway.")
                      .format(problems=lines), parent=parent)
    send = box.addButton(translate("sending_check", "Send anyway"),
                         QMessageBox.ButtonRole.AcceptRole)

    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is send
