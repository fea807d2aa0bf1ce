"""The Bounces page's "Needs review" tab: read a kept bounce, assign its address or dismiss it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from desktop.dialogs.assign_address_dialog import AssignAddressDialog
from desktop.pages.bounces import BouncesPage
from desktop.services import Services
from engine.config import BounceMailbox, SmtpProfile
from engine.storage import bounces, repo, reviews, suppressions
from tests.desktop.test_bounces_page import record, wait_idle
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import send_campaign
from tests.servers.dovecot import DovecotServer, MailUser


@pytest.fixture
def page(qtbot, services: Services, tmp_path: Path) -> BouncesPage:  # type: ignore[no-untyped-def]
    send_campaign("January news", ["ann@example.org", "bob@example.org"])
    repo.save_profile(SmtpProfile(name="Main", host="smtp.example.com",
                                  from_address="news@news.example.com",
                                  reply_to="replies@news.example.com"))
    record(tmp_path / "saved", [mail.dsn("@mx.example.org"), mail.dsn("ann@example.org")])
    widget = BouncesPage(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


class AddressAnswerer(QObject):
    """Types each of ``answers`` into the assign dialog in turn and presses Assign; after the
    last, the dialog must have closed (or is cancelled when ``cancel``)."""

    def __init__(self, answers: list[str], *, cancel: bool = False) -> None:
        super().__init__()
        self.answers = list(answers)
        self.cancel = cancel
        self.errors: list[str] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(20)

    @Slot()
    def _on_timer_timeout(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AssignAddressDialog):
            return
        if dialog.error_label.isVisible():
            self.errors.append(dialog.error_label.text())
        if not self.answers:
            self.timer.stop()
            dialog.reject()
            return
        dialog.address_edit.setText(self.answers.pop(0))
        dialog.confirm_button.click()
        if not self.answers and not self.cancel:
            self.timer.stop()


def test_a_kept_bounce_is_listed_with_its_text(page: BouncesPage) -> None:
    tab = page.review_tab
    assert page.tabs.tabText(page.review_index) == "Needs review (1)"
    assert tab.proxy.index(0, 2).data() == "no failed recipient found"
    assert not tab.assign_button.isEnabled()
    tab.select_row(0)
    assert "Final-Recipient: rfc822; @mx.example.org" in tab.text.toPlainText()
    assert tab.assign_button.isEnabled() and tab.dismiss_button.isEnabled()


def test_assign_refuses_a_wrong_or_own_address_then_counts_the_right_one(
    qtbot, page: BouncesPage  # type: ignore[no-untyped-def]
) -> None:
    tab = page.review_tab
    tab.select_row(0)
    answerer = AddressAnswerer(["@mx.example.org", "replies+x@news.example.com",
                                "bob@example.org"])
    tab.assign_button.click()
    qtbot.waitUntil(lambda: not tab.busy and reviews.list_reviews() == [], timeout=10_000)
    qtbot.waitUntil(lambda: page.tabs.tabText(page.review_index) == "Needs review",
                    timeout=5000)
    assert len(answerer.errors) == 2
    assert "not a valid e-mail address" in answerer.errors[0]
    assert "one of your own addresses" in answerer.errors[1]
    assert "counted for bob@example.org" in page.status.text()
    assert {b.email for b in bounces.list_bounces()} == {"ann@example.org", "bob@example.org"}
    assert tab.model.rowCount() == 0
    assert any(page.log_proxy.index(r, 1).data() == "bob@example.org"
               for r in range(page.log_proxy.rowCount()))


def test_cancelling_the_assign_dialog_changes_nothing(
    qtbot, page: BouncesPage  # type: ignore[no-untyped-def]
) -> None:
    tab = page.review_tab
    tab.select_row(0)
    answerer = AddressAnswerer([], cancel=True)
    tab.assign_button.click()
    assert not tab.busy and len(reviews.list_reviews()) == 1 and not answerer.errors
    assert [b.email for b in bounces.list_bounces()] == ["ann@example.org"]


def test_dismiss_counts_nothing_and_empties_the_list(
    qtbot, page: BouncesPage  # type: ignore[no-untyped-def]
) -> None:
    tab = page.review_tab
    tab.select_row(0)
    tab.dismiss_button.click()
    qtbot.waitUntil(lambda: not tab.busy and tab.model.rowCount() == 0, timeout=10_000)
    assert page.status.text().startswith("Dismissed: nothing was counted")
    assert [r.state for r in reviews.list_reviews(state=None)] == ["dismissed"]
    assert [b.email for b in bounces.list_bounces()] == ["ann@example.org"]
    # only ann, by her own hard bounce collected before: the dismissed one counted nothing
    assert [s.email for s in suppressions.list_suppressed()] == ["ann@example.org"]




def test_collect_now_says_how_many_bounces_need_review(
    qtbot, services: Services, dovecot: DovecotServer,  # type: ignore[no-untyped-def]
    dovecot_user: MailUser,
) -> None:
    settings = BounceMailbox(protocol="imap", host=dovecot.host, port=dovecot.imap_port,
                             security="none", username=dovecot_user.name,
                             bounce_address="bounces@news.example.com")
    repo.save_mailbox(settings)
    services.secrets.set(settings.key, dovecot_user.password)
    dovecot_user.put_many("INBOX", [mail.dsn("@mx.example.org"), mail.dsn("ann@example.org")])
    page = BouncesPage(services)
    qtbot.addWidget(page)
    page.collect_button.click()
    wait_idle(qtbot, page)
    assert "1 bounce named no address of yours: see Needs review." in page.status.text()
    assert page.tabs.tabText(page.review_index) == "Needs review (1)"
    assert dovecot_user.count("INBOX") == 1
