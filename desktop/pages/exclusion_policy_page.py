"""Which lists someone leaves when they unsubscribe: the campaign's lists, or every list."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.config_words import scope_words
from desktop.pages.settings_page import SettingsPage
from desktop.services import Services
from desktop.widgets.form import help_label
from engine.config import ExclusionPolicy
from engine.storage import repo


class ExclusionPolicyPage(SettingsPage):
    title = QT_TRANSLATE_NOOP("pages", "Exclusion policy")
    intro = QT_TRANSLATE_NOOP(
        "settings_page", "When someone unsubscribes (the link in a campaign's footer, or you on "
        "the Lists page), which lists do they leave?")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.campaign_radio = QRadioButton(translate("exclusion_policy_page", "&Campaign"))
        self.global_radio = QRadioButton(translate("exclusion_policy_page", "&Global"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.campaign_radio)
        self.group.addButton(self.global_radio)
        self.body_layout.addWidget(self.campaign_radio)
        self.body_layout.addWidget(help_label(scope_words("campaign")))
        self.body_layout.addWidget(self.global_radio)
        self.body_layout.addWidget(help_label(scope_words("global")))

        self.body_layout.addStretch(1)
        self.set_tab_order(self.campaign_radio, self.global_radio)
        self.refresh()

    def stored(self) -> ExclusionPolicy:
        return repo.load_setting(ExclusionPolicy)

    def load(self, settings: ExclusionPolicy) -> None:
        with QSignalBlocker(self.campaign_radio), QSignalBlocker(self.global_radio):
            (self.global_radio if settings.scope == "global" else self.campaign_radio).setChecked(
                True
            )

    def values(self) -> ExclusionPolicy:
        return ExclusionPolicy("global" if self.global_radio.isChecked() else "campaign")

    def persist(self, values: ExclusionPolicy) -> None:
        repo.save_setting(values)
