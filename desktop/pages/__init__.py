"""The pages of the main window, in navigation order.

A page is a QWidget subclass with a class attribute ``title`` and a constructor taking
``(services, parent=None)``. Pages with a form also offer ``has_unsaved_changes()``,
``save() -> bool`` and ``revert()`` so the window can ask before leaving.
"""

from __future__ import annotations

from desktop.pages.storage_page import StoragePage

PAGE_CLASSES: list[type] = [StoragePage]
