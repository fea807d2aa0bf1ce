"""The Bounces page: the log, the suppressed list, un-suppressing, export, and Collect now."""

from __future__ import annotations

import csv
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication

from desktop.dialogs.unsuppress_dialog import UnsuppressDialog
from desktop.models.notes_words import note_words
from desktop.pages.bounces import BouncesPage
from desktop.services import Services
from engine.bounces.rules import CountingRules
from engine.clock import FakeClock
from engine.collecting.job import process_bounce_email
from engine.config import BounceMailbox, BounceSettings
from engine.jobs import JobContext, Progress, new_runner_id, run_to_end
from engine.notes import load, note
from engine.scheduler import jobs
from engine.scheduler.runner import Runner
from engine.sending import outcomes, refusal
from engine.storage import bounces, repo, suppressions
from engine.storage.bounces import COLLECT_JOB
from engine.storage.db import database
from engine.storage.models import Bounce
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import Sent, send_campaign
from tests.servers.dovecot import DovecotServer, MailUser


@pytest.fixture
def page(qtbot, services: Services) -> BouncesPage:  # type: ignore[no-untyped-def]
    widget = BouncesPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def sent(services: Services) -> Sent:
    return send_campaign("January news", ["ann@example.org", "bob@example.org",
                                          "cy@example.org"])


def record(folder: Path, messages: list[bytes]) -> None:
    """Collect saved .eml files through the engine, as `collect --from-dir` does."""
    folder.mkdir()
    for n, raw in enumerate(messages):
        (folder / f"{n:03}.eml").write_bytes(raw)
    run_to_end(process_bounce_email(JobContext(clock=FakeClock()), paths=[str(folder)]))


@pytest.fixture
def recorded(page: BouncesPage, sent: Sent, tmp_path: Path) -> BouncesPage:
    """Ann hard-bounced (counted, not yet suppressed: hard bounces count toward the threshold
    here), Bob soft-bounced, Cy complained."""
    repo.save_setting(BounceSettings(count_hard_bounces=True))
    record(tmp_path / "saved", [
        mail.dsn("ann@example.org", tracking=sent.tokens["ann@example.org"]),
        mail.dsn("bob@example.org", "4.2.2", tracking=sent.tokens["bob@example.org"]),
        mail.complaint("cy@example.org", tracking=sent.tokens["cy@example.org"]),
    ])
    page.refresh()
    return page


def shown(page: BouncesPage, column: int = 1) -> list[str]:
    proxy = page.log_proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


class DialogAnswerer(QObject):
    """Answers the un-suppress dialog when it opens: a reason and Un-suppress, or Cancel."""

    def __init__(self, reason: str | None) -> None:
        super().__init__()
        self.reason = reason
        self.seen: list[str] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(20)

    @Slot()
    def _on_timer_timeout(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnsuppressDialog):
            return
        self.timer.stop()
        self.seen.append(dialog.windowTitle())
        if self.reason is None:
            dialog.reject()
        else:
            dialog.reason_edit.setText(self.reason)
            dialog.confirm_button.click()


# --- the bounce log -------------------------------------------------------------------------


def test_the_log_shows_each_recorded_bounce_with_kind_code_and_campaign(
    recorded: BouncesPage,
) -> None:
    rows = {recorded.log_proxy.index(r, 1).data(): [recorded.log_proxy.index(r, c).data()
                                                    for c in range(7)]
            for r in range(recorded.log_proxy.rowCount())}
    assert set(rows) == {"ann@example.org", "bob@example.org", "cy@example.org"}
    _date, _email, kind, code, reason, campaign, diagnostic = rows["ann@example.org"]
    assert (kind, code, reason, campaign) == ("Hard bounce", "5.1.1", "Address does not exist",
                                              "January news")
    assert "User unknown" in diagnostic
    assert rows["cy@example.org"][2] == "Spam complaint"


def test_search_keeps_only_the_matching_bounces(qtbot, recorded: BouncesPage) -> None:  # type: ignore[no-untyped-def]
    recorded.log_search.setText("bob@")
    qtbot.waitUntil(lambda: shown(recorded) == ["bob@example.org"], timeout=3000)


def test_the_kind_filter_shows_only_that_kind(recorded: BouncesPage) -> None:
    recorded.kind_combo.setCurrentIndex(recorded.kind_combo.findData("complaint"))
    recorded.apply_filters()
    assert shown(recorded) == ["cy@example.org"]


def test_a_selected_bounce_explains_its_rule_campaign_match_and_outcome(
    recorded: BouncesPage,
) -> None:
    recorded.log_view.selectRow(shown(recorded).index("ann@example.org"))
    text = recorded.bounce_details.toPlainText()
    record = recorded.selected_bounce()
    assert record is not None and record.rule and note_words(record.rule) in text
    assert "found by the tracking code in the bounced message" in text
    assert "counted 1 of 3" in text
    assert "not suppressed" in text
    assert not recorded.undo_button.isEnabled()


def test_an_autoresponder_refused_at_sending_shows_as_no_campaign_and_says_whose_it_was(
    page: BouncesPage, services: Services,
) -> None:
    refused = bounces.RefusedRecipient("new@example.org", None, None, None, "welcometoken", 1)
    outcome = outcomes.from_reply(550, "5.1.1 No such user", repo.load_bounce_codes())
    with database.atomic():
        refusal.record(refused, outcome, FakeClock().now().replace(tzinfo=None),
                       settings=BounceSettings(), rules=CountingRules())
    page.refresh()
    assert shown(page) == ["new@example.org"]
    assert page.log_proxy.index(0, 5).data() == "None (autoresponder)"
    page.log_view.selectRow(0)
    text = page.bounce_details.toPlainText()
    assert "Campaign\nnone: not a campaign message but an autoresponder's" in text
    assert "hard bounce: suppressed at once" in text
    assert "on the suppressed list" in text


# --- the suppressed list --------------------------------------------------------------------


def test_the_suppressed_list_shows_why_and_the_selected_address_history(
    recorded: BouncesPage,
) -> None:
    assert recorded.suppression_model.rowCount() == 1
    recorded.suppressed_view.selectRow(0)
    assert recorded.suppressed_proxy.index(0, 1).data() == "Spam complaint"
    history = recorded.history.toPlainText()
    assert "cy@example.org is suppressed: Spam complaint" in history
    assert "Suppressed by collection run" in history


def test_unsuppress_after_confirmation_removes_the_address_and_records_why(
    qtbot, recorded: BouncesPage  # type: ignore[no-untyped-def]
) -> None:
    recorded.suppressed_view.selectRow(0)
    answerer = DialogAnswerer("the reader asked to stay")
    recorded.unsuppress_button.click()
    assert answerer.seen == ["Un-suppress an address"]
    assert not suppressions.is_suppressed("cy@example.org")
    assert recorded.suppression_model.rowCount() == 0
    last = suppressions.events("cy@example.org")[-1]
    assert (last.action, last.actor, load(last.reason)) == (
        "unsuppress", "user", note("by_user", text="the reader asked to stay"))


def test_cancelling_the_confirmation_keeps_the_address_suppressed(
    recorded: BouncesPage,
) -> None:
    recorded.suppressed_view.selectRow(0)
    answerer = DialogAnswerer(None)
    recorded.unsuppress_button.click()
    assert answerer.seen
    assert suppressions.is_suppressed("cy@example.org")
    assert [e.action for e in suppressions.events("cy@example.org")] == ["suppress"]


# --- export ---------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_export_writes_the_bounce_log_matching_the_search(
    recorded: BouncesPage, tmp_path: Path
) -> None:
    recorded.log_search.setText("example.org")
    recorded.apply_filters()
    assert recorded.export_bounces(tmp_path / "bounces.csv") == 3
    rows = read_csv(tmp_path / "bounces.csv")
    ann = next(r for r in rows if r["email"] == "ann@example.org")
    assert (ann["kind"], ann["code"], ann["campaign"], ann["campaign_found_by"]) == (
        "hard", "5.1.1", "January news", "tracking")
    assert ann["outcome"] == "counted 1 of 3" and ann["rule"]


def test_export_writes_the_suppressed_list(recorded: BouncesPage, tmp_path: Path) -> None:
    assert recorded.export_suppressed(tmp_path / "suppressed.csv") == 1
    [row] = read_csv(tmp_path / "suppressed.csv")
    assert (row["email"], row["reason"], row["campaign"]) == ("cy@example.org", "complaint",
                                                              "January news")
    assert "Exported 1 suppressed address to" in recorded.status.text()


def test_a_long_suppressed_list_shows_the_newest_and_exports_all(
    page: BouncesPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.pages.bounces.common.LIST_LIMIT", 2)
    for n in range(3):
        suppressions.suppress_many(
            [suppressions.NewSuppression(f"p{n}@example.org", "hard_bounce", note(
                "hard_bounce", status="5.1.1", reason="user_unknown"))],
            actor="user", at=FakeClock().now() + timedelta(minutes=n))
    page.refresh()

    assert page.suppression_model.rowCount() == 2
    assert page.suppression_model.record(0).email == "p2@example.org"  # newest first
    assert page.suppressed_count.text().startswith("3 suppressed addresses")
    assert "newest 2 are shown" in page.suppressed_count.text()
    assert page.tabs.tabText(1) == "Suppressed addresses (3)"
    assert page.export_suppressed(tmp_path / "all.csv") == 3


# --- collect now ----------------------------------------------------------------------------


@pytest.fixture
def mailbox(services: Services, dovecot: DovecotServer, dovecot_user: MailUser) -> BounceMailbox:
    """The bounce mailbox set up on Dovecot, its password saved as the mailbox page does."""
    settings = BounceMailbox(protocol="imap", host=dovecot.host, port=dovecot.imap_port,
                             security="none", username=dovecot_user.name,
                             bounce_address="bounces@news.example.com")
    repo.save_mailbox(settings)
    services.secrets.set(settings.key, dovecot_user.password)
    return settings


def wait_idle(qtbot, page: BouncesPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.runner.running == 0 and page.worker is None, timeout=30_000)


def test_collect_now_without_a_mailbox_says_what_to_set_up(page: BouncesPage) -> None:
    page.collect_button.click()
    assert page.worker is None
    assert "No bounce mailbox is set up yet" in page.status.text()
    assert "Bounce mailbox page" in page.status.text()


def test_collect_now_without_a_saved_password_points_to_the_mailbox_page(
    page: BouncesPage,
) -> None:
    repo.save_mailbox(BounceMailbox(host="imap.example.org", username="bounces@example.org"))
    page.collect_button.click()
    assert page.worker is None
    assert "No password is saved for the bounce mailbox" in page.status.text()


class ProgressRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[Progress] = []

    @Slot(object)
    def on_progressed(self, progress: Progress) -> None:
        self.seen.append(progress)


def test_collect_now_reads_the_mailbox_with_progress_then_shows_the_report(
    qtbot, page: BouncesPage, sent: Sent, mailbox: BounceMailbox,  # type: ignore[no-untyped-def]
    dovecot_user: MailUser,
) -> None:
    dovecot_user.put_many("INBOX", [mail.dsn("ann@example.org"), mail.dsn("bob@example.org"),
                                    mail.reply()])
    recorder = ProgressRecorder()
    page.progressed.connect(recorder.on_progressed)
    page.collect_button.click()
    assert page.cancel_button.isEnabled() and not page.collect_button.isEnabled()
    wait_idle(qtbot, page)
    assert page.report is not None, page.status.text()
    assert [p.done for p in recorder.seen if p.total] == [0, 3]
    assert "3 messages read — 2 hard" in page.status.text()
    assert page.progress.value() == 100
    assert page.tabs.currentIndex() == 2
    assert "Bounces: 2 hard, 0 soft" in page.run_details.toPlainText()
    assert set(shown(page)) == {"ann@example.org", "bob@example.org"}
    assert dovecot_user.count("INBOX") == 1  # the reply stays


class ProgressGate:
    """Holds the worker thread at its first progress after a chunk until released.

    Connected directly (called in the worker's thread), so the test can press Cancel while
    the collection is known to be mid-run, with no race.
    """

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()

    def hold(self, progress: Progress) -> None:
        if progress.done and not self.reached.is_set():
            self.reached.set()
            self.release.wait(20)


def test_cancel_stops_collection_and_leaves_the_rest_in_the_mailbox(
    qtbot, page: BouncesPage, sent: Sent, mailbox: BounceMailbox,  # type: ignore[no-untyped-def]
    dovecot_user: MailUser,
) -> None:
    dovecot_user.put_many("INBOX", [mail.dsn(f"p{n}@example.org") for n in range(300)])
    gate = ProgressGate()
    page.collect_button.click()
    assert page.worker is not None
    page.worker.progressed.connect(gate.hold, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
    page.cancel_button.click()
    gate.release.set()
    wait_idle(qtbot, page)
    assert page.status.text().startswith("Stopped.")
    assert page.report is None
    [run] = bounces.list_runs()
    assert run.state == "cancelled"
    assert dovecot_user.count("INBOX") == 300 - run.summary["messages_read"] > 0
    assert page.run_details.toPlainText().startswith("Stopped")


def test_collect_now_reports_a_wrong_password_plainly(
    qtbot, page: BouncesPage, services: Services,  # type: ignore[no-untyped-def]
    mailbox: BounceMailbox,
) -> None:
    repo.save_setting(BounceSettings(collect_retry_count=0))  # no real-time backoff
    services.secrets.set(mailbox.key, "wrong")
    page.collect_button.click()
    wait_idle(qtbot, page)
    assert "Authentication failed" in page.status.text()


def test_collect_now_while_another_collection_runs_says_so_plainly_and_reads_nothing(
    qtbot, page: BouncesPage, services: Services, mailbox: BounceMailbox,  # type: ignore[no-untyped-def]
    dovecot_user: MailUser,
) -> None:
    dovecot_user.put_many("INBOX", [mail.dsn(f"p{n}@example.org") for n in range(3)])
    collect = jobs.job(COLLECT_JOB)
    scheduler = Runner(JobContext(clock=services.clock,
                                  passwords={mailbox.secret_key: dovecot_user.password},
                                  runner_id=new_runner_id("run-jobs")))
    scheduler.start()
    held = scheduler.run_job(collect)
    next(held)  # the scheduled collection holds the mailbox from its first step
    try:
        page.collect_button.click()
        wait_idle(qtbot, page)
        assert "already running" in page.status.text()
        assert page.status.styleSheet() == ""  # not shown as a failure
    finally:
        held.close()
        scheduler.stop()
    assert Bounce.select().count() == 0
