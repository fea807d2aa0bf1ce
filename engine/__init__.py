"""Newsletter Desk engine: plain Python, never imports Qt.

The desktop window, the command line and the tests all drive this package.
"""

from __future__ import annotations

__version__ = "0.1.0"
