"""The pages of the main window, in navigation order.

A page is a QWidget subclass with a class attribute ``title`` and a constructor taking
``(services, parent=None)``. Pages with a form also offer ``has_unsaved_changes()``,
``save() -> bool`` and ``revert()`` so the window can ask before leaving. A class attribute
``section`` puts a heading above the page in the navigation (pages without one stay under the
heading before them): give a new group of pages its own ``section``.
"""

from __future__ import annotations

from desktop.pages.autoresponders_page import AutorespondersPage
from desktop.pages.bounce_codes_page import BounceCodesPage
from desktop.pages.bounce_handling_page import BounceHandlingPage
from desktop.pages.bounce_mailbox_page import BounceMailboxPage
from desktop.pages.bounces import BouncesPage
from desktop.pages.campaigns_page import CampaignsPage
from desktop.pages.cleanup_page import CleanupPage
from desktop.pages.complaint_guard_page import ComplaintGuardPage
from desktop.pages.exclusion_policy_page import ExclusionPolicyPage
from desktop.pages.footers_page import FootersPage
from desktop.pages.jobs_page import JobsPage
from desktop.pages.lists_page import ListsPage
from desktop.pages.overview_page import OverviewPage
from desktop.pages.sending_checks_page import SendingChecksPage
from desktop.pages.smtp_profiles_page import SmtpProfilesPage
from desktop.pages.storage_page import StoragePage
from desktop.pages.unsubscribe_service_page import UnsubscribeServicePage

PAGE_CLASSES: list[type] = [
    # The first page at every start, above the headings: what is going on.
    OverviewPage,
    # Settings ("Newsletter Configuration"), in the order a new user fills them in.
    SmtpProfilesPage,
    BounceMailboxPage,
    BounceHandlingPage,
    ComplaintGuardPage,
    ExclusionPolicyPage,
    FootersPage,
    SendingChecksPage,
    UnsubscribeServicePage,
    BounceCodesPage,
    StoragePage,
    # Lists.
    ListsPage,
    CleanupPage,
    BouncesPage,
    # Sending.
    CampaignsPage,
    AutorespondersPage,
    JobsPage,
]
