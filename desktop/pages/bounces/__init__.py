"""The Bounces page, one module per part: Collect now and the page (``page``), the bounce log
(``log``), the suppressed list (``suppressed``), the collection runs (``runs``) and Needs
review (``review``)."""

from desktop.pages.bounces.page import BouncesPage

__all__ = ["BouncesPage"]
