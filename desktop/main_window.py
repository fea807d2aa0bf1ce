"""The main window: navigation on the left, the chosen page on the right.

The navigation lists the pages of ``desktop.pages.PAGE_CLASSES`` in order, under a heading
whenever a page's ``section`` class attribute differs from the page before it (a page without
one stays under the previous heading). Headings cannot be selected, and the arrow keys pass
over them.

Closing the window stops every page's background work first (see ``shutdown_page``), so no
thread outlives the window.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop import pages
from desktop.dialogs.unsaved import ask_unsaved
from desktop.i18n import LANGUAGES, choose_language, chosen_language, translate, translate_marked
from desktop.services import Services
from desktop.widgets.network_action import NetworkActionWidget
from desktop.workers.engine_worker import WorkerRunner
from desktop.workers.scheduler_worker import controller_for
from engine import __version__

HEADING_ROLE = Qt.ItemDataRole.UserRole + 1


SP = QStyle.StandardPixmap
# An icon per page from the style's own set: it exists on every platform and in every bundle
# (no icon theme to ship), and matches the system's look.
PAGE_ICONS: dict[str, QStyle.StandardPixmap] = {
    "Overview": SP.SP_DesktopIcon,
    "SMTP profiles": SP.SP_DriveNetIcon, "Bounce mailbox": SP.SP_DirIcon,
    "Bounce handling": SP.SP_BrowserReload, "Complaint guard": SP.SP_MessageBoxWarning,
    "Exclusion policy": SP.SP_DialogNoButton, "Footers": SP.SP_FileDialogDetailedView,
    "Sending checks": SP.SP_DialogApplyButton, "Unsubscribe service": SP.SP_ComputerIcon,
    "Bounce codes": SP.SP_FileDialogListView, "Data and passwords": SP.SP_DriveHDIcon,
    "Lists and contacts": SP.SP_FileDialogContentsView, "Clean a list": SP.SP_DialogResetButton,
    "Bounces": SP.SP_ArrowBack, "Campaigns": SP.SP_ArrowForward,
    "Autoresponders": SP.SP_MediaSeekForward, "Jobs": SP.SP_MediaPlay,
}


def translate_title(title: str) -> str:
    """A page's title or section in the reader's language (marked in context "pages")."""
    return translate_marked("pages", title)


def page_icon(style: QStyle, title: str) -> QIcon:
    return style.standardIcon(PAGE_ICONS.get(title, SP.SP_FileIcon))


class NavigationDelegate(QStyledItemDelegate):
    """Draws section headings as headings: bold capitals in the text colour, not greyed.

    A heading item has no flags, so Qt neither selects it nor stops on it with the arrow
    keys; left alone, Qt would paint it like a disabled entry.
    """

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if not index.data(HEADING_ROLE):
            return
        option.state |= QStyle.StateFlag.State_Enabled
        option.state &= ~QStyle.StateFlag.State_MouseOver
        palette = QPalette(option.palette)  # PySide hands out a copy: set it back
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            palette.setColor(group, QPalette.ColorRole.Text,
                             palette.color(QPalette.ColorGroup.Active,
                                           QPalette.ColorRole.WindowText))
        option.palette = palette
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(HEADING_ROLE) and index.row() > 0:
            size.setHeight(size.height() + 12)  # air above a new section
        return size


def shutdown_page(page: QWidget) -> None:
    """Stop what ``page`` runs in the background and wait for its threads to end.

    A page may offer ``shutdown()`` for work of its own; network actions are hung up (so a
    silent server does not hold the window), then every ``WorkerRunner`` is stopped.
    """
    hook = getattr(page, "shutdown", None)
    if callable(hook):
        hook()
    for action in page.findChildren(NetworkActionWidget):
        action.stop()
    for runner in page.findChildren(WorkerRunner):
        runner.close()


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle("Newsletter Desk")  # untranslated: the product's name
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.navigation.setItemDelegate(NavigationDelegate(self.navigation))
        self.stack = QStackedWidget()
        self.pages: list[QWidget] = []
        self._rows: list[int] = []  # navigation row of each page
        section = ""
        for page_class in pages.PAGE_CLASSES:
            page = page_class(services, self)
            page_section = getattr(page_class, "section", "") or section
            if page_section != section:
                self._add_heading(page_section)
                section = page_section
            item = QListWidgetItem(translate_title(page.title))
            item.setIcon(page_icon(self.style(), page.title))
            item.setData(Qt.ItemDataRole.UserRole, len(self.pages))
            self.navigation.addItem(item)
            self._rows.append(self.navigation.count() - 1)
            requests = getattr(page, "open_requested", None)
            if requests is not None:  # a page that points at others (the Overview)
                requests.connect(self._on_page_open_requested)
            self.pages.append(page)
            self.stack.addWidget(page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._current_page = 0
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self._build_menus()
        self._restore_state()

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(translate_title(text).upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(HEADING_ROLE, True)
        font = QFont(self.navigation.font())
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(font)
        self.navigation.addItem(item)

    def page_titles(self) -> list[str]:
        return [str(p.title) for p in self.pages]  # type: ignore[attr-defined]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        file_menu.addMenu(self._language_menu())
        file_menu.addSeparator()
        quit_action = QAction(translate("main_window", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(translate("main_window", "&Help"))
        about = QAction(translate("main_window", "&About Newsletter Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _language_menu(self) -> QMenu:
        """File > Language: the system's language or one of those shipped, from the next start."""
        menu = QMenu(translate("main_window", "&Language"), self)
        menu.setObjectName("language_menu")
        group = QActionGroup(menu)
        chosen = chosen_language()
        choices = [("", translate("main_window", "Same as the system"))]
        choices += sorted(LANGUAGES.items(), key=lambda item: item[1])
        for code, name in choices:
            action = QAction(name, menu)  # untranslated: each language in its own name
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
        return menu

    def choose_language(self, language: str) -> None:
        if language == chosen_language():
            return
        choose_language(language)
        name = LANGUAGES.get(language) or translate("main_window", "the system's language")
        QMessageBox.information(
            self, translate("main_window", "Language"),
            translate("main_window", "Newsletter Desk will use {language} the next time it "
                      "starts.").format(language=name))

    def page(self, title: str) -> QWidget:
        for page in self.pages:
            if page.title == title:  # type: ignore[attr-defined]
                return page
        raise KeyError(title)

    def show_page(self, title: str) -> None:
        self.navigation.setCurrentRow(self._rows[self.page_titles().index(title)])

    def open(self, title: str, campaign_id: int | None = None, tab: str = "") -> None:
        """Show page ``title`` and in it the campaign or the tab named, if the page has a
        ``show_target(campaign_id, tab)`` (the Campaigns and Bounces pages)."""
        self.show_page(title)
        page = self.current_page
        if page.title != title:  # type: ignore[attr-defined]
            return  # the user chose to stay with unsaved changes
        show_target = getattr(page, "show_target", None)
        if show_target is not None:
            show_target(campaign_id, tab)

    @Slot(str, int, str)
    def _on_page_open_requested(self, title: str, campaign_id: int, tab: str) -> None:
        self.open(title, campaign_id if campaign_id >= 0 else None, tab)

    @property
    def current_page(self) -> QWidget:
        return self.pages[self._current_page]

    def _on_navigation_current_row_changed(self, row: int) -> None:
        item = self.navigation.item(row)
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if index is None or index == self._current_page:
            return
        if not ask_unsaved(self, self.pages[self._current_page]):
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self._rows[self._current_page])
            self.navigation.blockSignals(False)
            return
        self._current_page = index
        self.stack.setCurrentIndex(index)
        refresh = getattr(self.pages[index], "refresh", None)
        if refresh is not None:
            refresh()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            translate("main_window", "About Newsletter Desk"),
            translate("main_window", "<h3>Newsletter Desk {version}</h3><p>Send newsletters "
                      "through your own SMTP server and keep your lists clean.</p>").format(
                version=__version__),
        )

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        # Every start opens on the first page, the Overview: what is being sent and what
        # needs attention matter more at start than the page last left open.
        self._current_page = 0
        self.stack.setCurrentIndex(0)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(self._rows[0] if self._rows else -1)
        self.navigation.blockSignals(False)

    def shutdown(self) -> None:
        """Stop all background work of the window's pages and its scheduler."""
        for page in self.pages:
            shutdown_page(page)
        # The scheduler belongs to the services, not to a page; it runs while the window does.
        controller_for(self.services).stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages:
            if not ask_unsaved(self, page):
                event.ignore()
                return
        self.shutdown()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        event.accept()


__all__ = ["MainWindow", "Qt"]
