"""What every settings page shares: a heading, a scrolling form, Save and Revert.

A subclass builds its widgets into ``self.body``, then implements ``stored()`` (the settings
as saved), ``load(settings)`` (fill the widgets, signals blocked), ``values()`` (the settings
the widgets show), ``check(values)`` (field errors) and ``persist(values)``. Saving happens
only on Save; a page knows it has unsaved changes by comparing ``values()`` with what it loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.config_words import field_messages
from desktop.services import Services
from desktop.widgets.form import FieldErrorLabel, FormFields, chain_tab_order, reveal
from engine.errors import ConfigError, SecretStoreUnavailable

SAVED_STYLE = "color: #26a269; font-weight: bold;"
READABLE_WIDTH = 980
# What a connection needs of the settings: where, and as whom.
CONNECT_FIELDS = ("host", "port", "username")


class SettingsPage(QWidget):
    title = ""
    section = QT_TRANSLATE_NOOP("pages", "Settings")
    intro = ""  # marked QT_TRANSLATE_NOOP("settings_page", ...) by the page that has one

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # On a wide screen a form stretched over 1,900 pixels puts a label and its field a
        # head-turn apart, and Save far from both: the page keeps a readable width.
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.frame = QWidget()
        self.frame.setMaximumWidth(READABLE_WIDTH)
        row.addWidget(self.frame, 1)
        row.addStretch(0)
        outer = QVBoxLayout(self.frame)
        heading = QLabel("<h2>{title}</h2>".format(
            title=QCoreApplication.translate("pages", self.title)))  # untranslated: marked
        outer.addWidget(heading)
        if self.intro:
            intro = QLabel(QCoreApplication.translate(  # untranslated: marked
                "settings_page", self.intro))
            intro.setWordWrap(True)
            outer.addWidget(intro)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)
        self.page_error = FieldErrorLabel()
        outer.addWidget(self.page_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        # said beside the button pressed, where the eye is; gone at the next change
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setAccessibleName(translate("settings_page", "Save result"))
        buttons.addWidget(self.saved_label)
        self.revert_button = QPushButton(translate("settings_page", "&Revert"))
        self.revert_button.setToolTip(translate("settings_page",
                                                "Discard the changes since the last save"))
        self.save_button = QPushButton(translate("settings_page", "&Save"))
        self.save_button.setDefault(True)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self._loaded: Any = None
        self._errors_shown = False  # Save was refused: re-check as the user corrects

    # -- building helpers -------------------------------------------------------------------

    def new_form(self, heading: str = "", into: QVBoxLayout | None = None) -> FormFields:
        """A titled group of fields in the page body (or in ``into``, e.g. a tab)."""
        target = into if into is not None else self.body_layout
        if heading:
            target.addWidget(QLabel(f"<b>{heading}</b>"))
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        target.addLayout(layout)
        form = FormFields(layout)
        form.on_edit = self._on_field_edited
        return form

    def set_tab_order(self, *widgets: QWidget) -> None:
        """Tab goes through ``widgets`` top to bottom, then Revert and Save.

        Qt's default order is the order widgets were created in, which puts Revert and
        Save (built first, by this class) before the form.
        """
        chain_tab_order([*widgets, self.revert_button, self.save_button])

    def focus_field(self, widget: QWidget) -> None:
        """Show ``widget`` (its tab, its place in the scroll area) and put the cursor there."""
        reveal(widget)
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def forms(self) -> list[FormFields]:
        return [v for v in vars(self).values() if isinstance(v, FormFields)]

    # -- what subclasses provide ------------------------------------------------------------

    def stored(self) -> Any:
        raise NotImplementedError

    def load(self, settings: Any) -> None:
        raise NotImplementedError

    def values(self) -> Any:
        raise NotImplementedError

    def check(self, values: Any) -> dict[str, str]:
        return field_messages(values.validate())

    def persist(self, values: Any) -> None:
        raise NotImplementedError

    # -- the page protocol the main window uses ---------------------------------------------

    def refresh(self) -> None:
        """Show what is stored (on first show and when the page is visited again)."""
        if self.has_unsaved_changes():
            return
        self.show_loaded(self.stored())

    def show_loaded(self, settings: Any) -> None:
        self._loaded = settings
        self.load(settings)
        self.show_errors({})

    def has_unsaved_changes(self) -> bool:
        # a number typed wrong is a change too: leaving would lose what was typed
        return self._loaded is not None and (self.values() != self._loaded
                                             or bool(self.typing_problems()))

    def typing_problems(self) -> dict[str, str]:
        return {name: problem for form in self.forms()
                for name, problem in form.typing_problems().items()}

    def _on_field_edited(self) -> None:
        """After a refused Save, the messages follow the fields as they are corrected."""
        self.saved_label.setText("")
        if self._errors_shown:
            errors = self.check(self.values())
            self.show_errors(errors)
            if not errors and not self.typing_problems():
                self._errors_shown = False
                self.page_error.show_message("")

    def show_errors(self, errors: dict[str, str]) -> QWidget | None:
        first: QWidget | None = None
        for form in self.forms():
            widget = form.show_errors(errors)
            first = first or widget
        return first

    def connectable(self, settings: Any) -> bool:
        """Whether ``settings`` are good enough to reach the server with (the connection test
        needs no more than where and who); if not, the errors show at the fields."""
        errors = {k: v for k, v in {**field_messages(settings.validate()),
                                    **self.typing_problems()}.items() if k in CONNECT_FIELDS}

        first = self.show_errors(errors)
        if first is not None:
            self.focus_field(first)
            return False
        return True

    def savable(self, values: Any, refusal: str | None = None) -> bool:
        """Whether Save would take ``values``; if not, say why at the fields (and
        ``refusal`` under the form), focus the first and re-check as they are corrected."""
        errors = {**self.check(values), **self.typing_problems()}
        first = self.show_errors(errors)
        if errors:
            self._errors_shown = True
            self.saved_label.setText("")
            self.page_error.show_message(refusal or translate(
                "settings_page", "Correct the fields marked in red first."))
            self.focus_field(first or self)
            return False
        return True

    def save(self) -> bool:
        """Validate, then persist; on an error show it at the field, focus it and refuse."""
        values = self.values()
        if not self.savable(values, translate("settings_page",
                                              "Not saved: correct the fields marked in red.")):
            return False
        try:
            self.persist(values)
        except (ConfigError, SecretStoreUnavailable) as exc:
            field = getattr(exc, "field", None)
            if field:
                self.show_errors({field: str(exc)})
            self.page_error.show_message(
                translate("settings_page", "Not saved: {reason}").format(reason=exc))
            return False
        self.page_error.show_message("")
        self._errors_shown = False
        self.show_loaded(self.stored())
        self.saved_label.setText(translate("settings_page", "Saved ✓"))

        return True

    def revert(self) -> None:
        self.page_error.show_message("")
        self._errors_shown = False
        self.saved_label.setText("")
        self.show_loaded(self.stored())

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_revert_button_clicked(self) -> None:
        self.revert()
